"""Session 37 (issue 9): an infobox's label over a count line and names with a bracket of posts
(kg.extract.pair_rows._names_under_labels); titles the press writes short are one post with the full
title, in kg's facts and in kg eval's key (titles.yaml title_aliases). Made-up names, shapes of the
dev pages."""

from __future__ import annotations

import pytest

from kg.eval import fact_key
from kg.extract import extract_document
from kg.reading import document_from_text


def _facts(text: str) -> set[tuple]:
    return {(f.kind, f.person, f.title, f.org) for f in extract_document(document_from_text(text, path="t.txt"))}


# -- 1. a label alone on its line, a count of its holders, then the holders one a line

def test_count_line_under_a_label_is_passed_over():
    facts = _facts("中共某某县委员会\n副书记\n4\n张大海\n李小明\n")
    assert ("hold", "张大海", "副书记", "中共某某县委员会") in facts
    assert ("hold", "李小明", "副书记", "中共某某县委员会") in facts


def test_names_with_a_bracket_of_posts_hold_the_label_and_their_posts():
    facts = _facts("中共某某县委员会\n副书记\n张大海(藏族,县政府县长)\n李小明(统战部部长)\n")
    assert ("hold", "张大海", "副书记", "中共某某县委员会") in facts
    assert ("hold", "李小明", "副书记", "中共某某县委员会") in facts
    assert any(f[1] == "张大海" and f[2] == "县长" for f in facts)  # the bracket stays the mention readers'


@pytest.mark.parametrize("text", [
    "中共某某县委员会\n副书记\n张大海(在此期间发表讲话)\n李小明\n",  # a bracket that says something else
    "中共某某县委员会\n副书记\n2021年\n张大海\n李小明\n",  # a year is no count
])
def test_label_over_other_lines_reads_no_roster(text):
    assert not any(f[1] == "张大海" and f[2] == "副书记" for f in _facts(text))


# -- 2. titles the press writes short

def test_short_title_becomes_the_full_one():
    facts = _facts("民盟某某市委主委张大海出席会议。")
    assert any(f[1] == "张大海" and f[2] == "主任委员" for f in facts)
    assert not any(f[2] == "主委" for f in facts)


@pytest.mark.parametrize("gold, kg", [("主委", "主任委员"), ("副主委", "副主任委员"), ("特首", "行政长官")])
def test_eval_compares_a_short_title_as_its_full_one(gold, kg):
    def fact(title):
        return {"kind": "hold", "status": "decided", "person": "张大海", "title": title, "org": None,
                "source": {"doc": "corpus/dev/docs/x.txt", "start": 0, "end": 3}}
    assert fact_key(fact(gold)) == fact_key(fact(kg))
    assert fact_key(fact("主任")) != fact_key(fact("主任委员"))


# -- 3. the Republic of China's government (Taiwan pages)

def test_roc_ministry_is_not_the_peoples_republics():
    text = "行政院今下午举行记者会，外交部长李某维改任国安会秘书长，由总统府秘书长吴某燮接任；行政院政务委员张某政接任科技部长。"
    facts = _facts(text)
    assert ("hold", "张某政", "政务委员", "行政院") in facts
    assert not any(f[3] and f[3].startswith("中华人民共和国") for f in facts)


def test_prc_ministry_keeps_its_state_on_a_page_of_the_prc():
    facts = _facts("国务院任命王某强为外交部副部长。")
    assert any(f[1] == "王某强" and f[3] == "中华人民共和国外交部" for f in facts)


# -- 4. a career list goes on past a job that ends like a body (干部)

def test_career_list_goes_on_past_a_cadre_job():
    text = ("陆某浩，男，汉族，1947年4月生。\n"
            "历任兰州大学化学系教师、政治辅导员，中共甘肃省委办公厅正副处级干部，省委组织部副部长；")
    assert ("hold", "陆某浩", "副部长", "中共甘肃省委员会组织部") in _facts(text)


def test_one_roc_body_named_is_not_enough():
    facts = _facts("行政院今下午举行记者会，外交部长李某维改任国安会秘书长。")  # (a history page may name 行政院 once)
    assert any(f[3] == "中华人民共和国外交部" for f in facts)


# -- 5. a table whose first column is a place and one column a post of it

def test_place_table_rows_hold_the_post_of_their_place():
    text = ("2023年上海市各区委书记名单\n行政区 | 区委书记 | 任职时间 |\n"
            "黄浦区 | strong>陈某宁 | 2022-11 |\n徐汇区 | 张某军 | 2021-05 |\n")
    facts = extract_document(document_from_text(text, path="t.txt"))
    got = {(f.person, f.title, f.org, f.start) for f in facts}
    assert ("陈某宁", "书记", "中共上海市黄浦区委员会", "2022-11") in got
    assert ("张某军", "书记", "中共上海市徐汇区委员会", "2021-05") in got


def test_table_without_a_place_column_reads_no_place_rows():
    text = "单位 | 区委书记 | 任职时间 |\n宣传部 | 陈某宁 | 2022-11 |\n"
    assert not any(f.org and "宣传部" in f.org and f.title == "书记" for f in
                   extract_document(document_from_text(text, path="t.txt")))


# -- 6. bodies written alone before one written with its titles share those titles (kg.extract.posts)

def test_bodies_share_the_titles_written_after_the_last():
    from kg.extract.posts import parse_posts

    got = parse_posts("中共嘉兴市委甲工作委员会、中共嘉兴市委乙工作委员会委员、副书记", "浙江省嘉兴市")
    assert [(p.title, p.org) for p in got] == [
        ("委员", "中共浙江省嘉兴市委员会甲工作委员会"), ("副书记", "中共浙江省嘉兴市委员会甲工作委员会"),
        ("委员", "中共浙江省嘉兴市委员会乙工作委员会"), ("副书记", "中共浙江省嘉兴市委员会乙工作委员会")]
    assert len(parse_posts("嘉兴甲区管理委员会、嘉兴乙区管理委员会主任", "浙江省嘉兴市")) == 2
    assert parse_posts("北京、上海市长", None) == []  # (places, not bodies ending as the last)
    assert parse_posts("县财政局、县政府办公室主任", None) == []  # (endings differ: no shared titles)


# -- 7. a decision's list written post first after "下列同志职务：" (kg.extract.acts TITLE_FIRST_DECISION_RE)

def test_post_first_list_after_the_persons_heading():
    facts = _facts("会议经表决，决定任命下列同志职务：市财政局局长张某三、市教育局局长李某四。")
    assert {f[:3] for f in facts if f[0] == "appoint"} == {("appoint", "张某三", "局长"), ("appoint", "李某四", "局长")}
    facts = _facts("会议决定任命张某三同志为市财政局局长。")  # (同志 without the colon: the plain shape)
    assert ("appoint", "张某三", "局长") in {f[:3] for f in facts}


# -- 8. small shapes: 则包括 before a list of holders; 接替…的B is an aside; a post held concurrently removed

def test_list_of_holders_after_ze_baokuo():
    facts = _facts("内阁名单方面，行政院政务委员则包括林某亿、罗某成、黄某达。")
    assert {("hold", n, "政务委员") for n in ("林某亿", "罗某成", "黄某达")} <= {f[:3] for f in facts}


def test_predecessor_named_after_jieti_is_an_aside():
    facts = {f[:3] for f in _facts("人民日报社社长王某，接替调任文化部长的蔡某，出任国务院新闻办主任。")}
    assert ("appoint", "王某", "主任") in facts and ("appoint", "蔡某", "主任") not in facts
