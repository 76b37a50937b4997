"""Session 31: gaps found on the development pages of rounds 17 (session 30's independent check, used as
development pages from this session on) and 20 (written this session). Each: the construction, made-up
variants and negatives. Clause shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

import pytest

from conftest import acts_read
from kg.extract.posts import parse_posts


# -- 1. the press's 辞任: a resignation, never part of the name before it

@pytest.mark.parametrize("text, fact", [
    ("应勇辞任上海市长。", "resign decided 应勇 市长 上海市人民政府"),
    ("黄某帆已辞任重庆市市长。", "resign decided 黄某帆 市长 重庆市人民政府"),
])
def test_resigned_as_the_press_writes_it(text, fact):
    assert acts_read(text) == {fact}


# -- 2. a day between the name and the verb of moving dates the move

def test_day_between_name_and_verb():
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    doc = document_from_text("2020年2月14日\n据报道，应某2月13日调任湖北省委书记。", path="t.txt")
    facts = extract_acts(doc)
    assert [(f.person, f.title, f.date) for f in facts] == [("应某", "书记", "2020-02-13")]


# -- 3. "委员、常务委员会、副书记": the committee's standing committee is its 常委

def test_standing_committee_in_a_list_of_party_posts():
    posts = parse_posts("中共黑龙江省委委员、常务委员会、副书记", None)
    assert [(p.title, p.org) for p in posts] == [("委员", "中共黑龙江省委员会"), ("常委", "中共黑龙江省委员会"),
                                                 ("副书记", "中共黑龙江省委员会")]
    assert parse_posts("常务委员会", None) == []  # alone: no post


# -- 4. 原 between a body and its title: the post left, no part of either

def test_former_between_body_and_title():
    posts = parse_posts("深圳市委原书记", None)
    assert [(p.title, p.org) for p in posts] == [("书记", "中共广东省深圳市委员会")]
    assert [p.org for p in parse_posts("原平市委书记", None)] == ["中共山西省忻州市原平市委员会"]  # a place's 原


# -- 5. the press's leaving verbs after the post and the name (被免职 / 卸任 / 辞职)

@pytest.mark.parametrize("text, fact", [
    ("原青海省委书记骆某宁亦被免职，另有任用。", "remove decided 骆某宁 书记 中共青海省委员会"),
    ("深圳市委原书记刘某浦因为年龄问题卸任。", "remove decided 刘某浦 书记 中共广东省深圳市委员会"),
    ("天津市市长戴某龙日前辞职。", "resign decided 戴某龙 市长 天津市人民政府"),
])
def test_leaving_after_post_and_name(text, fact):
    assert fact in acts_read(text)


@pytest.mark.parametrize("text", [
    "副市长张某提出辞职。",
    "市长张某辞职后，由李某代理。",
    "2016年，副市长张某辞职。",
    "网传副市长张某将辞职。",
])
def test_no_resignation_that_is_not_reported_done(text):
    assert not any(f.startswith("resign decided") for f in acts_read(text))


# -- 6. surnames of officials kg lacked; a surname that ends a word never starts a name there

@pytest.mark.parametrize("name", ["雒树刚", "焉荣竹", "戢运斌", "旷志军", "令计划", "千奋勇", "怀进鹏", "布小林"])
def test_rare_surnames_of_officials(name):
    from kg.names import is_person_name

    assert is_person_name(name)


@pytest.mark.parametrize("text, fact", [
    ("会上宣布易某不再担任全国政协经济委员会副主任。", "remove decided 易某 副主任 中国人民政治协商会议全国委员会经济委员会"),
    ("关于周某同志任职的通知：周某同志任某县县长。", None),
])
def test_name_never_starts_on_a_word_end(text, fact):
    acts = acts_read(text)
    assert not any(f.split()[2].startswith(("布", "于")) for f in acts)
    if fact:
        assert fact in acts


def test_word_surname_after_a_title_needs_a_boundary():
    from conftest import holds_read

    assert not any(h.startswith("布置") for h in holds_read("副县长布置工作。"))
    assert "布某林 副主席 中国人民政治协商会议内蒙古自治区委员会" in holds_read("内蒙古自治区政协副主席布某林出席会议。")


def test_a_place_after_a_title_is_no_name():
    from conftest import holds_read

    holds = holds_read("重庆市六届人大代表巴南区副区长张某出席。")
    assert not any(h.startswith("巴南") for h in holds)


# -- 7. the small form marks of Big5 pages (﹔ ﹐ ﹑ ﹕) are the marks they stand for

def test_small_form_marks():
    from kg.normalize import normalize

    text, offsets = normalize("李某同志任云南省委书记﹔陈某同志任云南省委副书记﹐")
    assert text == "李某同志任云南省委书记；陈某同志任云南省委副书记，"
    assert len(offsets) == len(text) + 1
    assert acts_read("中央决定：李某恒同志任云南省委书记﹔秦某荣同志不再担任云南省委书记职务。") == {
        "appoint decided 李某恒 书记 中共云南省委员会", "remove decided 秦某荣 书记 中共云南省委员会"}


# -- 8. a name never starts on the 官 of 高官 / 法官; two elections joined by 、

def test_no_name_opening_on_a_word_end():
    acts = acts_read("藏族高官旦巴已履新西藏自治区政府常务副主席。")
    assert acts == {"appoint decided 旦巴 常务副主席 西藏自治区人民政府"}


def test_two_elections_joined_by_a_comma_mark():
    acts = acts_read("张某黎当选河北省人大常委会主任、张某伟当选河北省省长。")
    assert acts == {"elect decided 张某黎 主任 河北省人民代表大会常务委员会", "elect decided 张某伟 省长 河北省人民政府"}
    assert acts_read("张某、李某当选为河北省政协副主席。") == {
        "elect decided 张某 副主席 中国人民政治协商会议河北省委员会", "elect decided 李某 副主席 中国人民政治协商会议河北省委员会"}


# -- 9. a list of a place's past holders: "河南省历任省委书记、省长" over "一、书记：张玺（1949.5-1952.11）"

def test_rows_under_a_list_of_past_holders():
    from conftest import holds_read
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    text = ("新中国成立后，河南省历任省委书记、省长大盘点(附照片)\n"
            "一、书记：张玺（1949.5-1952.11）\n省长：吴芝圃（1949.5-1962.7）\n"
            "首任省委书记张玺是河北平乡人。\n二、书记：潘复生（1952.11-1958.8）\n")
    facts = {(f.person, f.title, f.org, f.start, f.end) for f in extract_holds(document_from_text(text, path="t.txt"))}
    assert ("张玺", "书记", "中共河南省委员会", "1949-05", "1952-11") in facts
    assert ("潘复生", "书记", "中共河南省委员会", "1952-11", "1958-08") in facts
    assert ("吴芝圃", "省长", "河南省人民政府", "1949-05", "1962-07") in facts
    # no list of past holders named: a bare 书记 row belongs to no body (org null, session 36)
    assert all(h == "张玺 书记 None" for h in holds_read("一、书记：张玺（1949.5-1952.11）\n二、书记：潘复生（1952.11-1958.8）\n")
               if h.startswith("张玺"))


# -- 10. the press's place + 前 / 原 + a government's head (陕西前副省长冯新柱, 珠海原市长江凌)

@pytest.mark.parametrize("text, hold", [
    ("陕西前副省长冯某柱出席。", "冯某柱 副省长 陕西省人民政府"),
    ("珠海原市长江某出席。", "江某 市长 广东省珠海市人民政府"),
    ("上海前市长、市委副书记应某出席。", "应某 副书记 中共上海市委员会"),
])
def test_place_then_former_then_head(text, hold):
    from conftest import holds_read

    assert hold in holds_read(text)


def test_a_career_line_seconded():
    from conftest import holds_read

    holds = holds_read("陕西省。2004年至2006年间，信某星曾挂职任陕西省西安市委常委、副市长。")
    assert {"信某星 常委 中共陕西省西安市委员会", "信某星 副市长 陕西省西安市人民政府"} <= holds


# -- 11. a round-up of provinces' news: a bare 省政府 / 市长 is of the body its own sentence names as deciding

def test_bare_body_of_the_sentences_own_decider():
    acts = acts_read("28日上午，浙江省十三届人大常委会第二十九次会议决定徐某光任浙江省政府副省长。\n"
                     "28日上午，云南省第十三届人大常委会第二十四次会议决定任命崔某虎为省政府副省长，决定接受刘某建辞去副省长职务。\n")
    assert acts == {"appoint decided 徐某光 副省长 浙江省人民政府", "appoint decided 崔某虎 副省长 云南省人民政府",
                    "resign decided 刘某建 副省长 云南省人民政府"}


# -- 12. a title over names each followed by the person's posts in brackets

def test_names_with_their_posts_in_brackets():
    from conftest import holds_read

    holds = holds_read("政治局委员孙某兰（中央统战部部长）、胡某华（广东省委书记）出席。")
    assert {"孙某兰 委员 中共中央政治局", "胡某华 委员 中共中央政治局", "胡某华 书记 中共广东省委员会"} <= holds
    assert "张某 副市长 None" in holds_read("副市长张某（女）、李某出席。")
