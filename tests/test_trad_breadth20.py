"""Traditional-character pages, session 20 round 2 (breadth over 30 new trad pages): the
constructions kg missed or misread on three pages or more, each read on made-up variants (other
names, places, titles) and on sentences that must give nothing or something else."""

from __future__ import annotations

import pytest
from conftest import acts_read, holds_read

from kg.extract import extract_document
from kg.reading import document_from_text


_acts, _holds = acts_read, holds_read  # (tests/conftest.py: the strings these tests compare)


def _all(text: str) -> set[str]:
    doc = document_from_text(text, path="t.txt")
    return {f"{f.kind} {f.person} {f.title} {f.org}" for f in extract_document(doc)}


# -- a step of a career dated to its year or its month is a holding, whatever its verb (卸任 / 出任 /
#    履新): no act (docs/conventions.md); pages 08, 11, 24 ------------------------------------------------
@pytest.mark.parametrize("text", [
    "2017年，張三卸任浙江省委書記。",
    "2012年，李四卸任重庆市巴南区区长。",
    "2014年8月，某某落馬。11月王五出任全國人大內務司法委員會副主任委員。",
    "而今年3月《監察法》通過後，趙六則履新省委常委、廣州市委書記。",
    "但去年5月機構改革之後，錢七履新重庆市巴南区财政局局长。",
])
def test_dated_career_step_is_no_act(text):
    assert _acts(text) == set()


@pytest.mark.parametrize("text,fact", [
    # dated to the day, or told relative to the report: the news itself stays an act
    ("10月14日，雲南省委書記張三卸任。", "remove decided 张三 书记 中共云南省委员会"),
    ("王志民卸任国务院港澳事务办公室副主任", "remove decided 王志民 副主任 国务院港澳事务办公室"),
    ("刘某已履新重庆市巴南区财政局局长。", "appoint decided 刘某 局长 重庆市巴南区财政局"),
])
def test_undated_or_day_dated_step_stays_an_act(text, fact):
    assert fact in _acts(text)


# -- A接替B(，)出任 / 担任 / 任 Y: B held Y (its last post, the office), named aside — no subject of
#    the clauses after; pages 04, 11, 14 (and dev trad-gansu-01, trad-heilongjiang-81, …) -----------
@pytest.mark.parametrize("text,fact", [
    ("6月5日，習近平心腹、原中央黨校副校長李某磊，確認接替王某暉，擔任中宣部副部長，分管日常工作。",
     "王某晖 副部长 中共中央宣传部"),
    ("去年5月，孫某又接替到齡的周某龍，升任重庆市巴南区委书记。", "周某龙 书记 中共重庆市巴南区委员会"),
    ("中央宣布深圳市委书记许某接替张某伟出任河北省长。", "张某伟 省长 河北省人民政府"),
    ("广东省委秘书长张某强接替朱某舒，担任甘肃省委常委、兰州市委书记。", "朱某舒 书记 中共甘肃省兰州市委员会"),
])
def test_predecessor_held_the_post(text, fact):
    assert fact in _holds(text)


def test_predecessor_takes_only_the_last_post():
    holds = _holds("广东省委秘书长张某强接替朱某舒，担任甘肃省委常委、兰州市委书记。")
    assert "朱某舒 常委 中共甘肃省委员会" not in holds


def test_predecessor_is_no_subject_of_the_next_clauses():
    text = ("據報導，李某恆則接替王某調任內蒙古自治區黨委書記。資料顯示，62歲的陳某是江蘇海門人，"
            "曾任靜安區委組織部長、上海市委副秘書長等職。")
    holds = _holds(text)
    assert "王某 书记 中共内蒙古自治区委员会" in holds
    assert not any(h.startswith("王某 ") and "上海" in h for h in holds)
    assert "陈某 副秘书长 中共上海市委员会" in holds  # 的NAME是…人，曾任…: the name opens the career


@pytest.mark.parametrize("text", [
    "蔡某2016年10月又接替王某，出任北京代市長。",  # an acting post is not the predecessor's
    "接替他出任縣長的是誰尚未公布。",
    "傳張某將接替李某出任雲南省委書記。",
])
def test_predecessor_not_read(text):
    assert not any(h.startswith(("王某 ", "李某 ")) for h in _holds(text))


# -- the successor after a removal of one post: 由(post)NAME接任, 遗缺由(post)NAME升任; pages 03, 21 -----
@pytest.mark.parametrize("text,fact", [
    ("中共28日正式發佈，李某不再擔任上海市委書記，由原北京市長陳某寧接任。", "appoint decided 陈某宁 书记 中共上海市委员会"),
    ("福建省委書記尤某離任，遺缺由省長于某國升任。", "appoint decided 于某国 书记 中共福建省委员会"),
    ("张某不再担任重庆市巴南区区长，由副区长王某接任。", "appoint decided 王某 区长 重庆市巴南区人民政府"),
])
def test_successor_takes_the_post_removed(text, fact):
    assert fact in _acts(text)


@pytest.mark.parametrize("text", [
    "李某不再擔任上海市委書記、常委、委員職務，由陳某寧接任。",  # several posts: which one, unsaid
    "由陳某寧接任的消息不脛而走。",
    "省長于某國升任。",
])
def test_successor_not_read(text):
    assert not any(a.startswith("appoint") for a in _acts(text))


# -- a level-only body after the person's own post of another place is that place's (遼寧省委副書記
#    NAME升任省委書記 on a page about 廣東); a place + 书记 is its party committee (新疆書記); pages 05, 21
@pytest.mark.parametrize("text,fact", [
    ("胡某離開廣東\n廣東省委書記胡某不再兼任廣東省委書記職務。遼寧省委副書記陳某發升任省委書記。",
     "appoint decided 陈某发 书记 中共辽宁省委员会"),
    ("胡某離開廣東\n廣東省委書記胡某不再兼任廣東省委書記職務。河北省副省長張某升任省長。",
     "appoint decided 张某 省长 河北省人民政府"),
    ("除廣東省長馬某瑞升任新疆書記外，其餘均未調整。", "appoint decided 马某瑞 书记 中共新疆维吾尔自治区委员会"),
])
def test_own_place_of_a_level_only_body(text, fact):
    assert fact in _acts(text)


def test_level_only_body_without_another_place_stays_the_documents():
    acts = _acts("胡某離開廣東\n廣東省委書記胡某不再兼任廣東省委書記職務。省委副書記張某升任省委書記。")
    assert "appoint decided 张某 书记 中共广东省委员会" in acts


# -- names: 正在 after a name (徐某正在接受調查), 就任…以来, a vote count before 当选; pages 04, 10, 16 -----
@pytest.mark.parametrize("text,person", [
    ("中共官方週五公布，福建省副省長許剛正在接受調查。在許剛之前，今年已有10人被查。", "许刚"),
    ("2017年5月27日，蔡某就任北京市委書記以來，北京撤換了14名區委書記。", "蔡某"),
])
def test_name_ends_before_the_verb(text, person):
    assert {h.split()[0] for h in _holds(text)} == {person}


def test_vote_count_is_no_name():
    text = "而高某賢的得票情況則遜於李某琼，以二千八百四十二張贊成票、九十張反對票及七張棄權票當選為十四屆全國人大常委會委員。"
    assert not any(f.split()[1] in ("权票", "对票", "成票") for f in _all(text))


# -- 此前 scopes the whole sentence: NAME此前任X，NAME2任Y are both holdings; page 04 --------------------
def test_before_clause_of_another_person_is_no_act():
    text = "其中，戴某此前任北京海淀區委副書記、區長，於某豐任北京市臺灣事務辦公室主任。"
    assert _acts(text) == set()
    holds = _holds(text)
    assert "戴某 区长 北京市海淀区人民政府" in holds
    assert not any("于某丰" in h.split()[2] for h in holds if h.split()[2] != "None")


# -- (曾任 / 时任 / 原任 / 年至年担任) POSTS 的 NAME: the posts before 的 are the person's, former; pages
#    08, 09, 11, 13, 24 (career shape de_former, a name named aside) -----------------------------------
@pytest.mark.parametrize("text,fact", [
    ("2014年8月，曾任雲南省委書記的白某培落馬。", "白某培 书记 中共云南省委员会"),
    ("當時時任雲南省委常委、省紀委書記的張某輔北上，履新北京市紀委書記。", "张某辅 常委 中共云南省委员会"),
    ("當時時任雲南省委常委、省紀委書記的張某輔北上，履新北京市紀委書記。", "张某辅 书记 中共云南省纪律检查委员会"),
    ("1997年至2010年擔任國務院港澳辦主任的廖某，在2003年擔任十屆全國政協副主席。", "廖某 主任 国务院港澳事务办公室"),
    ("据了解，曾任福建泉州市委书记的邱某钟，今年五月后便一直没有露面。", "邱某钟 书记 中共福建省泉州市委员会"),
])
def test_posts_before_de_name(text, fact):
    assert fact in _holds(text)


@pytest.mark.parametrize("text", ["曾任领导职务的干部应当遵守规定。", "时任的书记已经调走。"])
def test_posts_before_de_name_not_read(text):
    assert _holds(text) == set()


# -- a level-only post placed by the document's place, in a sentence naming that level's post of
#    another place before it: whose, unsaid — org null (page 03); the same place named keeps it ------------
def test_level_only_post_after_another_places_post_is_unplaced():
    acts = _acts("陳某寧任上海書記\n中共28日正式發佈，李某不再擔任上海市委書記。值得注意的是，中共並未同步發佈北京市委書記人選，"
                 "而是在幾個小時後發佈由副書記殷某出任代市長。")
    assert "acting decided 殷某 市长 None" in acts
    assert "acting decided 殷某 市长 上海市人民政府" not in acts


def test_level_only_post_of_the_place_named_keeps_it():
    acts = _acts("中山市委书记陈某桂调任深圳市委副书记、代市长，许某辞去市长职务。")
    assert "resign decided 许某 市长 广东省深圳市人民政府" in acts
