"""Session 20: acts told by the way take no date of the events around them, and a line of its
own ending with 选举： opens a list of elections (kg.extract.acts: ALREADY_DONE_RE,
OFFSET_AFTER_RE, shape election_heading). Names are made up; the shapes are those of real
standing-committee news, party news and election results."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.reading import document_from_text

DATELINE = "2023年4月2日 来源：某某日报\n"


def _acts(text: str) -> dict[tuple[str, str, str], str | None]:
    facts = extract_document(document_from_text(text))
    return {(f.kind, f.person, f.title): f.date for f in facts if f.kind != "hold"}


@pytest.mark.parametrize("text,key,date", [
    # the meeting's act is dated by the meeting; a change told as already done takes none of its date
    (DATELINE + "4月1日，海南省第七届人民代表大会常务委员会第二次会议决定任命刘小明为海南省人民政府副省长。"
     "前任海南省省长冯飞已任海南省委书记。", ("appoint", "刘小明", "副省长"), "2023-04-01"),
    (DATELINE + "4月1日，海南省第七届人民代表大会常务委员会第二次会议决定任命刘小明为海南省人民政府副省长。"
     "前任海南省省长冯飞已调任海南省委书记。", ("appoint", "冯飞", "书记"), None),  # (a bare 已任: a holding, session 27)
    # in the same sentence as a dated move: the dated one keeps its date, the one already done has none
    (DATELINE + "3月30日，江西省委常委吴晓军转任南昌市委书记，原书记殷美根已当选江西省副省长。",
     ("appoint", "吴晓军", "书记"), "2023-03-30"),
    (DATELINE + "3月30日，江西省委常委吴晓军转任南昌市委书记，原书记殷美根已当选江西省副省长。",
     ("elect", "殷美根", "副省长"), None),
    # a change dated by an offset from another event: not counted, no date
    (DATELINE + "3月30日，江西省委决定吴晓军任南昌市委书记。几天后，江西省委又批准王明任九江市委书记。",
     ("appoint", "王明", "书记"), None),
    # 随后 at the same meeting is no offset: the meeting's date
    (DATELINE + "3月30日，南昌市第十六届人民代表大会常务委员会第九次会议举行。随后，会议决定任命李华为南昌市人民政府副市长。",
     ("appoint", "李华", "副市长"), "2023-03-30"),
])
def test_acts_told_by_the_way_take_no_date(text, key, date):
    assert _acts(text)[key] == date


def test_election_colon_list_lines():
    text = ("河南省第十四届人民代表大会第一次会议选举结果\n"
            "河南省第十四届人民代表大会第一次会议于2023年1月16日选举：\n"
            "刘宁为河南省人民代表大会常务委员会主任；\n孙守刚、李亚为河南省人民代表大会常务委员会副主任；\n"
            "王凯为河南省人民政府省长。\n")
    acts = _acts(text)
    assert acts == {("elect", "刘宁", "主任"): "2023-01-16", ("elect", "孙守刚", "副主任"): "2023-01-16",
                    ("elect", "李亚", "副主任"): "2023-01-16", ("elect", "王凯", "省长"): "2023-01-16"}


def test_election_colon_one_line_is_no_appointment():
    acts = _acts("会议选举：刘宁为河南省人民代表大会常务委员会主任，王凯为河南省人民政府省长。")
    assert set(acts) == {("elect", "刘宁", "主任"), ("elect", "王凯", "省长")}


@pytest.mark.parametrize("text,fact", [
    # a body's decision written straight before the name, no colon, no 同志 (news and notices)
    ("3月30日，江西省委决定吴晓军任南昌市委书记。", ("appoint", "吴晓军", "书记", "中共江西省南昌市委员会", "中共江西省委员会")),
    ("江西省委批准王明任九江市委书记。", ("appoint", "王明", "书记", "中共江西省九江市委员会", "中共江西省委员会")),
    ("中央决定吴晓军任江西省委书记。", ("appoint", "吴晓军", "书记", "中共江西省委员会", "中共中央委员会")),
])
def test_decision_word_right_before_the_name(text, fact):
    facts = extract_document(document_from_text(text))
    assert [(f.kind, f.person, f.title, f.org, f.decided_by) for f in facts] == [fact]


def test_no_decision_no_act():
    facts = extract_document(document_from_text("此前，吴晓军任南昌市委书记。"))
    assert [f.kind for f in facts] == ["hold"]


def test_a_step_dated_to_its_day_is_the_act_alone():
    """docs/conventions.md: a career step dated to its day is an act; the career reader's holding
    read from the same words is that act told again (dropped), a step dated to its month stays a
    holding."""
    facts = extract_document(document_from_text("2022年1月5日，张建国当选为南京市人大常委会主任。"))
    assert [(f.kind, f.person, f.title, f.date) for f in facts] == [("elect", "张建国", "主任", "2022-01-05")]


@pytest.mark.parametrize("text,fact", [
    # a 任前公示 whose first entry runs on from its intro line
    ("现将拟提拔任用干部人选公示如下：张建国，男，1978年6月生，现任南京市江宁区发改委主任，拟任南京市江宁区副区长。",
     ("appoint", "proposed", "张建国", "副区长", "江苏省南京市江宁区人民政府")),
    ("现将拟提拔任用干部人选公示如下：\n张建国，男，1978年6月生，现任南京市江宁区发改委主任，拟任南京市江宁区副区长。",
     ("appoint", "proposed", "张建国", "副区长", "江苏省南京市江宁区人民政府")),
    # a body's 人事任免通知 quoted in news is its decision
    ("江苏省人民政府近日发布人事任免通知：张建国任江苏省教育厅副厅长。",
     ("appoint", "decided", "张建国", "副厅长", "江苏省教育厅")),
])
def test_notice_constructions(text, fact):
    facts = extract_document(document_from_text(text))
    assert fact in [(f.kind, f.status, f.person, f.title, f.org) for f in facts]


@pytest.mark.parametrize("text,fact", [
    # a Mongolian name of five characters written without a dot (乌云 + 其木格)
    ("阿拉善左旗第十八届人民代表大会第三次会议选举乌云其木格为阿拉善左旗人民政府旗长。",
     ("elect", "乌云其木格", "旗长", "内蒙古自治区阿拉善盟阿拉善左旗人民政府")),
    ("会议选举巴特尔为阿拉善左旗人民政府旗长。", ("elect", "巴特尔", "旗长", "内蒙古自治区阿拉善盟阿拉善左旗人民政府")),
])
def test_minority_names_in_act_shapes(text, fact):
    facts = extract_document(document_from_text(text))
    assert [(f.kind, f.person, f.title, f.org) for f in facts] == [fact]


@pytest.mark.parametrize("text", [
    # a leading group's members written inline, items parted by ；
    "经研究，决定成立阿拉善左旗安全生产工作领导小组，组长：张建国（旗长）；副组长：李明（副旗长）、王强（旗公安局局长）；成员：赵刚、孙伟。",
    # … and on lines of their own
    "经研究，决定成立阿拉善左旗安全生产工作领导小组，成员如下：\n组长：张建国（旗长）\n副组长：李明（副旗长）、王强（旗公安局局长）\n成员：赵刚、孙伟\n",
])
def test_leading_group_members(text):
    facts = extract_document(document_from_text(text))
    group = "内蒙古自治区阿拉善盟阿拉善左旗安全生产工作领导小组"
    assert sorted((f.person, f.title) for f in facts if f.kind == "appoint" and f.org == group) == [
        ("孙伟", "成员"), ("张建国", "组长"), ("李明", "副组长"), ("王强", "副组长"), ("赵刚", "成员")]


def test_inline_items_need_a_title_and_colon():
    """A sentence whose semicolons part no title-colon items is no inline list."""
    facts = extract_document(document_from_text("经研究，决定成立阿拉善左旗安全生产工作领导小组；领导小组办公室设在旗应急管理局，主任由李明同志兼任。"))
    assert [f for f in facts if f.kind == "appoint" and f.title == "成员"] == []


@pytest.mark.parametrize("text", [
    "张建国因个人原因，向南京市人大常委会提出辞去南京市人民政府市长职务的请求。",
    "张建国因工作变动，请求辞去南京市人民政府市长职务。",
    "南京市人大常委会收到张建国辞去南京市人民政府市长职务的书面请求。",
    "张建国请辞南京市人民政府市长职务。",
    "據悉，張建國已向南京市人大常委會提出辭去南京市人民政府市長職務。",
])
def test_resignation_requests_are_proposed(text):
    facts = extract_document(document_from_text(text))
    assert [(f.kind, f.status, f.person, f.title, f.org) for f in facts] == [
        ("resign", "proposed", "张建国", "市长", "江苏省南京市人民政府")]


def test_rumoured_request_is_no_act():
    assert extract_document(document_from_text("网传张建国请辞南京市人民政府市长职务。")) == []


@pytest.mark.parametrize("text,facts", [
    # a name and its comma, then a dated career step: the subject of the steps after it
    ("张建国同志，2018年3月起任南京市教育局局长，现任南京市江宁区委常委。",
     [("hold", "张建国", "局长", "江苏省南京市教育局"), ("hold", "张建国", "常委", "中共江苏省南京市江宁区委员会")]),
    ("张建国，2021年6月调任南京市教育局局长，2023年1月任南京市江宁区委书记。",
     [("hold", "张建国", "书记", "中共江苏省南京市江宁区委员会"), ("hold", "张建国", "局长", "江苏省南京市教育局")]),
    # a notice titled …职务任免的通知 decides the 'A任X' it lists
    ("中共南京市委关于张建国等同志职务任免的通知：张建国任南京市教育局局长，免去其南京市民政局局长职务。",
     [("appoint", "张建国", "局长", "江苏省南京市教育局"), ("remove", "张建国", "局长", "江苏省南京市民政局")]),
])
def test_subject_and_notice_openers(text, facts):
    got = extract_document(document_from_text(text))
    assert sorted((f.kind, f.person, f.title, f.org) for f in got) == sorted(facts)


DEPUTIES = ("江苏省出席第十四届全国人民代表大会代表名单\n（2023年1月15日江苏省第十四届人民代表大会第一次会议选出）\n"
            "（共145名，按姓氏笔画排列）\n丁一明　王建国　王强（女）　刘大勇\n")
MEMBERS = ("新当选的南京市第十六届人民代表大会常务委员会委员名单\n（2021年9月28日南京市第十六届人民代表大会第一次会议选举）\n"
           "丁一明　王建国　王强（女）　刘大勇\n")


@pytest.mark.parametrize("text,title,org,date", [
    (DEPUTIES, "代表", "第十四届全国人民代表大会", "2023-01-15"),
    (MEMBERS, "委员", "江苏省南京市人民代表大会常务委员会", "2021-09-28"),
])
def test_congress_lists(text, title, org, date):
    facts = extract_document(document_from_text(text))
    assert sorted(f.person for f in facts) == ["丁一明", "刘大勇", "王建国", "王强"]
    assert {(f.kind, f.title, f.org, f.date) for f in facts} == {("elect", title, org, date)}


@pytest.mark.parametrize("text", [
    DEPUTIES.replace("代表名单", "代表候选人名单"),
    DEPUTIES.replace("选出）", "选出）（草案）"),
    "南京市第十六届人民代表大会常务委员会委员名单\n说明：以下人员另行公布。\n",
])
def test_congress_lists_not_elected(text):
    assert [f for f in extract_document(document_from_text(text)) if f.kind == "elect"] == []
