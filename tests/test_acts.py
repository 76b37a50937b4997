"""The acts extractor on real sentences of the sample documents."""

from __future__ import annotations

import re

import pytest

from kg.extract import extract_document, merge_facts
from kg.extract.acts import extract_acts
from kg.reading import document_from_text, read_document

BANAN = "重庆市巴南区"


def acts(text: str, jurisdiction: str | None = BANAN) -> set[tuple]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {(f.kind, f.status, f.person, f.title, f.org) for f in merge_facts(extract_acts(doc))}


def test_acts_minutes_list_of_removals_and_appointments():
    text = ("十、审议并表决通过了区政府提请审议的人事议案。决定免去刘伦波的重庆市巴南区人民政府副区长职务;"
            "张长建的重庆市巴南区退役军人事务局局长职务。决定任命赵吉春为重庆市巴南区人民政府副区长;"
            "刘松为重庆市巴南区退役军人事务局局长。")
    assert acts(text) == {
        ("remove", "decided", "刘伦波", "副区长", "重庆市巴南区人民政府"),
        ("remove", "decided", "张长建", "局长", "重庆市巴南区退役军人事务局"),
        ("appoint", "decided", "赵吉春", "副区长", "重庆市巴南区人民政府"),
        ("appoint", "decided", "刘松", "局长", "重庆市巴南区退役军人事务局"),
    }


def test_acts_resignation_acting_and_concurrent_post():
    text = ("九、审议并表决通过了区人大常委会主任会议提请审议的人事议案。决定接受罗伟辞去重庆市巴南区人民检察院检察长职务,"
            "任命曾庆云为重庆市巴南区人民检察院副检察长,决定曾庆云为重庆市巴南区人民检察院代理检察长;"
            "谢治林为重庆市巴南区人大常委会花溪街道工作委员会副主任(兼)。")
    found = acts(text)
    assert ("resign", "decided", "罗伟", "检察长", "重庆市巴南区人民检察院") in found
    assert ("appoint", "decided", "曾庆云", "副检察长", "重庆市巴南区人民检察院") in found
    assert ("acting", "decided", "曾庆云", "检察长", "重庆市巴南区人民检察院") in found
    assert ("appoint", "decided", "谢治林", "副主任", "重庆市巴南区人民代表大会常务委员会花溪街道工作委员会") in found
    assert len(found) == 4


def test_acts_two_people_one_post_and_two_posts_one_person():
    text = ("因程晋意、黄强两位同志已办结退休手续，提请免去程晋意、黄强两位同志的重庆市巴南区人民法院审判员职务。\n"
            "提请免去罗晓玲同志的重庆市巴南区人民检察院检察委员会委员、检察员职务。")
    assert acts(text) == {
        ("remove", "proposed", "程晋意", "审判员", "重庆市巴南区人民法院"),
        ("remove", "proposed", "黄强", "审判员", "重庆市巴南区人民法院"),
        ("remove", "proposed", "罗晓玲", "委员", "重庆市巴南区人民检察院检察委员会"),
        ("remove", "proposed", "罗晓玲", "检察员", "重庆市巴南区人民检察院"),
    }


def test_acts_list_under_a_heading_is_proposed_with_sub_units_and_aliases():
    text = ("# 重庆市巴南区人民法院 关于提请审议李杰等同志职务任免的议案\n"
            "## 一、提请任命\n"
            "李杰为重庆市巴南区人民法院立案庭(诉讼服务中心)副庭长；\n"
            "王勤勤为重庆市巴南区人民法院民事审判一庭副庭长；\n"
            "## 二、提请免去\n"
            "杨竞的重庆市巴南区人民法院行政审判庭(综合审判庭)庭长职务；\n")
    assert acts(text) == {
        ("appoint", "proposed", "李杰", "副庭长", "重庆市巴南区人民法院立案庭"),
        ("appoint", "proposed", "王勤勤", "副庭长", "重庆市巴南区人民法院民事审判一庭"),
        ("remove", "proposed", "杨竞", "庭长", "重庆市巴南区人民法院行政审判庭"),
    }


def test_acts_abbreviations_resolved_with_the_jurisdiction():
    text = "根据上述规定，经2025年6月23日区十九届人大常委会第60次主任会议审议，现提请任命曾庆云同志为区人民检察院副检察长。"
    assert acts(text) == {("appoint", "proposed", "曾庆云", "副检察长", "重庆市巴南区人民检察院")}


def test_acts_abbreviation_without_jurisdiction_is_not_guessed():
    found = acts("提请任命曾庆云同志为区人民检察院副检察长。", jurisdiction=None)
    assert {f[4] for f in found} <= {None, "区人民检察院"}
    assert all(BANAN not in (f[4] or "") for f in found)


def test_acts_notice_with_female_mark_and_remove_his_post():
    text = ("经2021年6月22日第二届区人民政府第111次常务会研究，决定：\n"
            "徐之杰同志(女)任重庆市綦江区就业和人才中心主任，免去其重庆市綦江区招商投资局副局长职务；")
    found = acts(text, "重庆市綦江区")
    assert ("appoint", "decided", "徐之杰", "主任", "重庆市綦江区就业和人才中心") in found
    assert any(f[0] == "remove" and f[2] == "徐之杰" and f[3] == "副局长" for f in found)


def test_acts_elections_in_a_chronicle():
    text = "余长明、张国智（女）、刘德毅11人当选区委常委；余长明当选区委书记，张国智（女）、刘德毅当选区委副书记。"
    found = acts(text, "重庆市大渡口区")
    party = "中共重庆市大渡口区委员会"
    assert ("elect", "decided", "余长明", "书记", party) in found
    assert ("elect", "decided", "张国智", "副书记", party) in found
    assert {f[2] for f in found if f[3] == "常委"} == {"余长明", "张国智", "刘德毅"}


@pytest.mark.parametrize("text", [
    "他就是任弼时，以奋斗让“党的骆驼”的美誉永远留驻在人们心中。",
    "我们要完成好各项任务，任职期间做到廉洁自律。",
    "刘永全主任为赵吉春、曾庆云、刘松等10位同志颁发了任命书。",
    "提名的代理人选不是副职领导人员的，应当先任命其为副检察长，再决定其为代理检察长。",
])
def test_acts_not_fooled(text):
    assert acts(text) == set()


@pytest.fixture(scope="module")
def doc_000():
    return read_document("samples/000_0945f9fe5f825365.txt")


@pytest.fixture(scope="module")
def facts_000(doc_000):
    return extract_document(doc_000)


def _squash(text: str) -> str:
    table = str.maketrans("(),;:", "（），；：")
    return re.sub(r"[\s*#]+", "", text).translate(table)  # markdown marks sit inside spans


def test_acts_spans_point_into_the_original_file(doc_000, facts_000):
    assert len(facts_000) > 100  # sample 000 gives ~350 facts: an empty extraction must not pass
    for fact in facts_000:
        for ev in fact.evidence:
            assert _squash(doc_000.original[ev.start:ev.end]) == _squash(ev.text), ev


def test_acts_decisions_of_2025_06_26(facts_000):
    decided = {(f.kind, f.person, f.title, f.org) for f in facts_000 if f.status == "decided" and f.date == "2025-06-26"}
    assert ("appoint", "赵吉春", "副区长", "重庆市巴南区人民政府") in decided
    assert ("remove", "刘伦波", "副区长", "重庆市巴南区人民政府") in decided
    assert ("appoint", "曾庆云", "副检察长", "重庆市巴南区人民检察院") in decided
    assert ("acting", "曾庆云", "检察长", "重庆市巴南区人民检察院") in decided
    assert ("resign", "罗伟", "检察长", "重庆市巴南区人民检察院") in decided


def test_acts_one_fact_per_key_with_all_evidence(facts_000):
    keys = [f.key() for f in facts_000]
    assert len(keys) == len(set(keys))
    acting = [f for f in facts_000 if f.kind == "acting" and f.status == "decided"]
    assert len(acting) == 1 and len(acting[0].evidence) >= 2  # the minutes and the decision
    assert acting[0].doc_number == "巴南人发[2025]36号"


def test_acts_nomination_is_a_proposed_appointment():
    """Convention of 2026-11-30 (issue "Nationwide"): 提名…为…候选人 / …人选 proposes."""
    found = acts("提名曾庆云同志为重庆市巴南区人民检察院检察长候选人。")
    assert found == {("appoint", "proposed", "曾庆云", "检察长", "重庆市巴南区人民检察院")}


def test_acts_bare_title_takes_the_body_of_the_act_before_only_in_its_paragraph():
    """李斌辞去安徽省省长职务，王学军任代理省长: the bare title is the same body's (siblings,
    kg/data/titles.yaml); a new paragraph starts afresh."""
    same = acts("3月27日，李斌辞去安徽省省长职务，王学军任代理省长。", jurisdiction=None)
    assert ("acting", "decided", "王学军", "省长", "安徽省人民政府") in same
    apart = acts("3月27日，李斌辞去安徽省省长职务。\n王学军任代理省长。", jurisdiction=None)
    assert not any(f[2] == "王学军" for f in apart)
    unrelated = acts("李斌辞去安徽省省长职务，王学军任副书记。", jurisdiction=None)
    assert not any(f[2] == "王学军" for f in unrelated)


def test_acts_abbreviation_placed_by_the_deciding_body_else_null():
    placed = acts("中共山西省第九届委员会第一次全体会议选举张宝顺为省委书记。", jurisdiction=None)
    assert placed == {("elect", "decided", "张宝顺", "书记", "中共山西省委员会")}
    unplaced = acts("全体会议选举张宝顺为省委书记。", jurisdiction=None)
    assert unplaced == {("elect", "decided", "张宝顺", "书记", None)}


def test_acts_one_line_items_are_not_joined_and_a_space_ends_a_clause():
    text = ("本月各地具体任免如下:\n北京:\n邱水平任北京市委副秘书长\n张吉福任北京市平谷区委书记 齐静任北京市怀柔区委书记\n"
            "李斌辞去安徽省省长职务 王学军任副省长、代理省长\n")
    found = acts(text, jurisdiction=None)
    assert ("appoint", "decided", "邱水平", "副秘书长", "中共北京市委员会") in found
    assert ("appoint", "decided", "张吉福", "书记", "中共北京市平谷区委员会") in found
    assert ("appoint", "decided", "齐静", "书记", "中共北京市怀柔区委员会") in found
    assert ("appoint", "decided", "王学军", "副省长", "安徽省人民政府") in found
    assert ("acting", "decided", "王学军", "省长", "安徽省人民政府") in found


def test_acts_a_headline_run_into_the_next_line_is_no_post():
    text = "国务院任免一批副部级官员 单忠德任工信部副部长\n大陆国务院任免一批副部级官员单忠德（如图）任工信部副部长。"
    assert not any("官员" in (f[4] or "") for f in acts(text, jurisdiction=None))


def test_acts_list_of_appointments_goes_on_after_a_repeated_verb_and_resignations_after_职务():
    found = acts("决定任命崔乃夫为民政部部长、李锡铭为城乡建设环境保护部部长、任命李东冶为冶金工业部部长。",
                 jurisdiction=None)
    assert {f[2] for f in found} == {"崔乃夫", "李锡铭", "李东冶"}
    found = acts("会议决定接受王珉辞去吉林省人大常委会主任职务、韩长赋辞去吉林省省长职务的请求。", jurisdiction=None)
    assert ("resign", "decided", "韩长赋", "省长", "吉林省人民政府") in found


def test_acts_decisions_listed_after_a_comma_and_an_election_list_with_spaces():
    found = acts("表决通过了关于接受张宏义辞去济源市人民政府市长职务请求的决定、关于罢免张宏义河南省第十四届人民代表大会"
                 "代表职务的决议。", jurisdiction="河南省济源市")
    assert ("remove", "decided", "张宏义", "代表", "河南省第十四届人民代表大会") in found
    text = ("西藏自治区第十二届人民代表大会第三次会议补选西藏自治区人民代表大会常务委员会主任、副主任、委员。现将名单公告如下：\n"
            "主任：严金海；\n委员：（按姓名笔画为序）\n扎西措姆（女）、白玛罗布、 吕涛（汉族）、宗嘎。\n")
    found = acts(text, jurisdiction=None)
    assert {f[2] for f in found if f[3] == "委员"} == {"扎西措姆", "白玛罗布", "吕涛", "宗嘎"}


def test_posts_units_written_bare_after_their_body_and_brackets_kept_whole():
    from kg.extract.posts import parse_posts

    posts = parse_posts("区委常委、统战部长", BANAN)
    assert [(p.title, p.org) for p in posts] == [("常委", "中共重庆市巴南区委员会"),
                                                ("部长", "中共重庆市巴南区委员会统一战线工作部")]
    assert [(p.title, p.org) for p in parse_posts("县（市、区）委常委", "广东省肇庆市")] == [("常委", None)]
    assert [(p.title, p.org) for p in parse_posts("中共贵州省委副书记、代理省长", None)] == [
        ("副书记", "中共贵州省委员会"), ("省长", "贵州省人民政府")]


def test_acts_a_removal_list_after_an_appointment_list_is_read_whole():
    text = ("重庆市巴南区人民代表大会常务委员会任免名单\n一、任命\n张三为重庆市巴南区财政局局长；\n"
            "二、免去\n王五的重庆市巴南区财政局局长职务；\n赵六的重庆市巴南区审计局局长职务。\n")
    found = acts(text)
    assert ("remove", "decided", "赵六", "局长", "重庆市巴南区审计局") in found
    assert ("appoint", "decided", "张三", "局长", "重庆市巴南区财政局") in found


def test_posts_sibling_units_of_a_standing_committee_and_a_term_without_第():
    from kg.extract.posts import parse_posts

    posts = parse_posts("上海市松江区人大常委会人事代表工作室主任、人事代表工作委员会副主任", "上海市松江区")
    assert [p.org for p in posts] == ["上海市松江区人民代表大会常务委员会人事代表工作室",
                                      "上海市松江区人民代表大会常务委员会人事代表工作委员会"]
    assert [p.org for p in parse_posts("省十三届人民代表大会代表", "山西省")] == ["山西省第十三届人民代表大会"]
    assert [p.org for p in parse_posts("国家互联网信息办公室主任、国务院新闻办公室副主任", None)][1] == "国务院新闻办公室"


@pytest.mark.parametrize("phrase, jur, org", [
    ("自治区副主席", "广西壮族自治区", "广西壮族自治区人民政府"),
    ("省副省长", "浙江省", "浙江省人民政府"),
    ("区副区长", BANAN, "重庆市巴南区人民政府"),
    ("市副市长", "浙江省", None),  # which city: the text must say
])
def test_posts_a_level_marker_before_a_government_head(phrase, jur, org):
    from kg.extract.posts import parse_posts

    assert [p.org for p in parse_posts(phrase, jur)] == [org]


def test_posts_a_rank_note_after_the_title_is_a_mark():
    from kg.extract.posts import parse_posts

    (post,) = parse_posts("临高县委书记（副厅级）", "海南省")
    assert (post.title, post.org, post.marks.rank) == ("书记", "中共海南省临高县委员会", "副厅级")


def test_acts_read_with_the_sentence_prefilter_as_without(monkeypatch):
    """kg.extract.acts skips the clause loop of a sentence read outside a list that holds no title
    word, no bracket and no trigger word of the list-opening and branch_formed shapes (_may_act,
    speed23: no clause of it can give a fact or open a list). The acts of the samples and part of
    the dev corpus are those read with every sentence's clauses tried."""
    from pathlib import Path

    from kg.extract import acts
    from kg.reading import read_document

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "samples").glob("*.txt")) + sorted((root / "corpus" / "dev" / "docs").glob("*.txt"))[::4]
    docs = [read_document(str(p)) for p in paths]
    got = [acts.extract_acts(doc) for doc in docs]
    monkeypatch.setattr(acts, "_may_act", lambda text: True)
    assert [acts.extract_acts(doc) for doc in docs] == got
