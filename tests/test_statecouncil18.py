"""Session 18, statecouncil / partynotice / gongshi genre (issue 9): central and party notices
reported in news — who decided, the post chains of the acts, and the career paragraphs of the
officials they name (each subject read from its own sentence, never the previous official's)."""

from __future__ import annotations

from kg.extract import careers
from conftest import doc_as_written


def _doc(text: str, jur: str | None = None, date: str | None = "2022-03-30"):
    return doc_as_written(text, jur, date, path="statecouncil_test.txt", year=None)


def _careers(text: str, jur: str | None = None) -> set[tuple[str, str, str | None]]:
    facts, _ = careers.extract(_doc(text, jur))
    return {(f.person, f.title, f.org) for f in facts}


def _acts(text: str, jur: str | None = None) -> list:
    from kg.extract.acts import extract_acts

    return extract_acts(_doc(text, jur))


def test_the_committee_that_adjusts_the_posts_decides():
    text = ("新华网武汉电 日前，中央对湖北省委主要负责同志职务进行了调整。"
            "王强同志任湖北省委委员、常委、书记，李四同志不再担任湖北省委书记、常委、委员职务。")
    facts = _acts(text)
    assert {(f.kind, f.person, f.title) for f in facts} >= {("appoint", "王强", "书记"), ("remove", "李四", "书记")}
    assert {f.decided_by for f in facts} == {"中共中央委员会"}
    # a body that adjusts nothing decides nothing
    text = "日前，省委对全省春耕生产进行了部署。王强同志任湖北省委书记。"
    assert {f.decided_by for f in _acts(text)} <= {None}


def test_a_party_body_written_bare_after_a_placed_committee_post():
    """石景山区委常委、纪委书记: 纪委 is the district's, in an act as in a holding."""
    text = "北京调整局级干部\n市残联副理事长吴学文就任北京市石景山区委常委、纪委书记。"
    got = {(f.kind, f.person, f.title, f.org) for f in _acts(text)}
    assert ("appoint", "吴学文", "书记", "中共北京市石景山区纪律检查委员会") in got
    assert ("appoint", "吴学文", "常委", "中共北京市石景山区委员会") in got


def test_career_subjects_are_the_officials_each_sentence_names():
    text = ("六十二岁的王强，江苏盐城人，曾任广东省汕尾市市长。"
            "由青海省长升任书记的信长星，曾任人力资源和社会保障部副部长。"
            "据悉，青海省委副书记吴晓军将升任省长，他曾任江西省副省长、南昌市委书记。"
            "六十岁的新任宁夏书记梁言顺出身中共中央党校，曾任中央党校科研部主任。")
    got = _careers(text)
    assert ("王强", "市长", "广东省汕尾市人民政府") in got
    assert ("信长星", "副部长", "中华人民共和国人力资源和社会保障部") in got
    assert ("吴晓军", "副省长", "江西省人民政府") in got
    assert ("梁言顺", "主任", "中共中央党校科研部") in got
    assert {p for p, _, _ in got} == {"王强", "信长星", "吴晓军", "梁言顺"}  # none given to the one before


def test_career_subject_after_a_time_before_the_change_or_of_its_career():
    text = "履新国家移民管理局局长前，许甘露曾在河南省任职，先后任河南省副省长，河南省委常委、政法委书记等职。"
    assert ("许甘露", "副省长", "河南省人民政府") in _careers(text)
    text = "章建华的任职经历主要集中在地方，曾任山西省副省长。"
    assert ("章建华", "副省长", "山西省人民政府") in _careers(text)


def test_a_second_career_verb_starts_its_own_list():
    """"曾任A、B，上世纪九十年代开始长期在广东工作，曾任C、D": the second list is read on its
    own; "后来担任" continues a list; "二○一一年十二月之后担任" is a dated step."""
    text = ("六十二岁的王强，江苏盐城人，曾任清华大学建筑学院院长助理，上世纪九十年代开始长期在广东工作，"
            "曾任番禺区长、汕尾市市长，云浮市委书记等职，2011年12月之后担任福建省副省长、厦门市委书记。")
    got = _careers(text)
    assert {("王强", "市长", "广东省汕尾市人民政府"), ("王强", "书记", "中共广东省云浮市委员会"),
            ("王强", "副省长", "福建省人民政府"), ("王强", "书记", "中共福建省厦门市委员会")} <= got
    text = "应勇出生于1957年，曾任浙江省绍兴市公安局局长，后来担任上海市高级人民法院院长、上海市委组织部部长。"
    got = _careers(text)
    assert {("应勇", "院长", "上海市高级人民法院"), ("应勇", "部长", "中共上海市委员会组织部")} <= got


def test_a_published_notice_proposes_as_the_department_its_title_names():
    """"孝感市人民政府网站发布“中共孝感市委组织部干部任前公示公告”": the 组织部 proposes, not the site."""
    text = ("5月12日，湖北省孝感市人民政府网站发布“中共孝感市委组织部干部任前公示公告”，"
            "其中，干部洪永旺拟任安陆市委副书记。")
    facts = [f for f in _acts(text, "湖北省孝感市") if f.status == "proposed"]
    assert facts and {f.decided_by for f in facts} == {"中共湖北省孝感市委员会组织部"}


def test_a_mention_followed_by_its_month_and_day_or_after_a_dateline():
    """"国务院总理李克强9月17日主持召开…": the name is written whole before the date; a dateline run
    into the text ("据新华社北京9月17日电国务院总理…") is no part of the post."""
    from kg.extract import mentions

    for text in ("国务院总理李克强9月17日主持召开国务院第三次全体会议。",
                 "据新华社北京9月17日电国务院总理李克强17日主持召开国务院第三次全体会议。"):
        got = {(f.person, f.title, f.org) for f in mentions.extract(_doc(text))}
        assert got == {("李克强", "总理", "中华人民共和国国务院")}


def test_a_rank_noted_after_a_post_of_a_career_list():
    """"曾任…，安陆市委副书记（正县级）": the rank is a fact of its own (no organization), once."""
    text = "洪永旺，男，汉族，1984年8月出生。曾任湖北省孝感市城乡规划局副局长，安陆市委副书记（正县级）。"
    facts, _ = careers.extract(_doc(text, "湖北省孝感市"))
    ranks = [(f.person, f.title, f.org) for f in facts if f.kind == "rank"]
    assert ranks == [("洪永旺", "正县级", None)]
    # a bracket that is no rank gives none
    facts, _ = careers.extract(_doc("洪永旺，男，1984年8月出生。曾任湖北省孝感市城乡规划局副局长（主持工作）。", "湖北省孝感市"))
    assert [f for f in facts if f.kind == "rank"] == []


def test_the_state_council_announcing_its_list_decides():
    """"国务院日前密集任免20余名部级官员。…国务院通报任免…名单。其中包括：任命A为…；免去B的…职务":
    the words between the body and 任免 (密集, 通报) keep the State Council the decider."""
    text = ("中共国务院日前密集任免20余名部级官员。7月19日，中共国务院通报任免20余名部级官员名单。"
            "其中包括：任命徐麟为国家互联网信息办公室主任；免去鲁炜的国家互联网信息办公室主任职务。")
    facts = _acts(text)
    assert {(f.kind, f.person) for f in facts} >= {("appoint", "徐麟"), ("remove", "鲁炜")}
    assert {f.decided_by for f in facts} == {"中华人民共和国国务院"}


def test_the_head_of_a_special_administrative_region():
    """"国务院…决定任命崔世安为澳门特别行政区第四任行政长官，于2014年12月20日就职": the region is the
    org (the term's ordinal is no part of it), dated by the meeting, not by the day he takes office."""
    text = ("据新华社北京9月17日电 国务院总理李克强9月17日主持召开国务院第三次全体会议，"
            "决定任命崔世安为澳门特别行政区第四任行政长官，于2014年12月20日就职。")
    from kg.extract.acts import extract_acts

    facts = extract_acts(_doc(text, date="2014-09-18"))  # the page's date
    got = {(f.kind, f.person, f.title, f.org, f.date, f.decided_by) for f in facts if f.kind == "appoint"}
    assert got == {("appoint", "崔世安", "行政长官", "澳门特别行政区", "2014-09-17", "中华人民共和国国务院")}
