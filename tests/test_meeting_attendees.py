"""Standing-committee meeting news and attendee lists (issue 9, genre scnews / attendlist):
who presided, attended and sat in, with the posts the report gives them, dated by the meeting."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = "2024-07-05", year: int | None = None):
    doc = doc_as_written(text, jur, date, path="meeting_test.txt", year=year)
    return doc


def _holds(text: str, jur: str | None, **kw) -> set[tuple]:
    return {(f.person, f.title, f.org, bool(f.former), bool(f.concurrent))
            for f in extract_holds(_doc(text, jur, **kw)) if f.kind in ("hold", "rank")}


EXAMPLES = [
    # 原 between the body and the title: a former post of that body
    ("区人大常委会原主任米绍林、原一级巡视员吕椿应邀在主席台就座。", "重庆市渝中区",
     {("米绍林", "主任", "重庆市渝中区人民代表大会常务委员会", True, False),
      ("吕椿", "一级巡视员", None, True, False)}),
    ("全国人大常委会原副委员长司马义·铁力瓦尔地应邀出席。", "新疆维吾尔自治区",
     {("司马义·铁力瓦尔地", "副委员长", "全国人民代表大会常务委员会", True, False)}),
    # a place ending in 原 is no former mark
    ("太原市长张三出席。", "山西省", {("张三", "市长", "山西省太原市人民政府", False, False)}),
    # two posts joined by 兼: the second is concurrent and shares the first's body
    ("市政协副主席梅世松、刘飞，市政协副主席兼秘书长张干出席会议。", "贵州省安顺市",
     {("梅世松", "副主席", "中国人民政治协商会议贵州省安顺市委员会", False, False),
      ("刘飞", "副主席", "中国人民政治协商会议贵州省安顺市委员会", False, False),
      ("张干", "副主席", "中国人民政治协商会议贵州省安顺市委员会", False, False),
      ("张干", "秘书长", "中国人民政治协商会议贵州省安顺市委员会", False, True)}),
    # 兼职 is no joint between two posts
    ("区人大常委会兼职副主任李四出席。", "重庆市渝中区",
     {("李四", "副主任", "重庆市渝中区人民代表大会常务委员会", False, False)}),
    # a list of transliterated names holding 则 (艾则孜), the shared 秘书长 after it
    ("自治区政协主席努尔兰·阿不都满金，副主席吉尔拉·衣沙木丁、艾则孜·木沙、刘会军，秘书长任澄在主席台前排就座。",
     "新疆维吾尔自治区",
     {("努尔兰·阿不都满金", "主席", "中国人民政治协商会议新疆维吾尔自治区委员会", False, False),
      ("吉尔拉·衣沙木丁", "副主席", "中国人民政治协商会议新疆维吾尔自治区委员会", False, False),
      ("艾则孜·木沙", "副主席", "中国人民政治协商会议新疆维吾尔自治区委员会", False, False),
      ("刘会军", "副主席", "中国人民政治协商会议新疆维吾尔自治区委员会", False, False),
      ("任澄", "秘书长", "中国人民政治协商会议新疆维吾尔自治区委员会", False, False)}),
    # provincial committees of 台盟 and 致公党
    ("民建省委主委武献华，台盟省委主委王松，致公党省委副主委郭成友发言。", "辽宁省",
     {("武献华", "主任委员", "中国民主建国会辽宁省委员会", False, False),  # 主委: titles.yaml title_aliases
      ("王松", "主任委员", "台湾民主自治同盟辽宁省委员会", False, False),
      ("郭成友", "副主任委员", "中国致公党辽宁省委员会", False, False)}),
    # a session's chairs written "执行主席由A、B…担任"
    ("8月17日，重庆市渝中区第十九届人民代表大会第四次会议开幕。本次会议执行主席由黄茂军、何积光、卫强担任。",
     "重庆市渝中区",
     {(p, "执行主席", "重庆市渝中区第十九届人民代表大会第四次会议", False, False) for p in ("黄茂军", "何积光", "卫强")}),
    # names separated by spaces continue a list only as attendees, never a headline's next clause
    ("市人大常委会副主任张三 李四出席会议。", "河北省石家庄市",
     {(p, "副主任", "河北省石家庄市人民代表大会常务委员会", False, False) for p in ("张三", "李四")}),
    ("乌海市委书记侯凤岐 徐广国会见客人", "宁夏回族自治区",
     {("侯凤岐", "书记", "中共内蒙古自治区乌海市委员会", False, False)}),
    # three-character names holding 会 / 同 after the surname, followed by what officials do
    ("重庆市委常委、万州区委书记于会文出席。", "重庆市万州区",
     {("于会文", "常委", "中共重庆市委员会", False, False), ("于会文", "书记", "中共重庆市万州区委员会", False, False)}),
    ("省人大常委会副主任、省十三届人大常委会代表资格审查委员会主任委员刘同德出席。", "青海省",
     {("刘同德", "副主任", "青海省人民代表大会常务委员会", False, False),
      ("刘同德", "主任委员", "青海省人民代表大会常务委员会代表资格审查委员会", False, False)}),
    # … never the words those characters start
    ("市长王会见了客人。区长张同时表示。书记李同志出席。副区长刘会同有关部门调研。", "重庆市万州区", set()),
    # a party committee's working committee after the committee; 财经工委, 经委
    ("自治区党委副书记、教育工委书记李鹏新作说明。", "新疆维吾尔自治区",
     {("李鹏新", "副书记", "中共新疆维吾尔自治区委员会", False, False),
      ("李鹏新", "书记", "中共新疆维吾尔自治区委员会教育工作委员会", False, False)}),
    ("区人大常委会财经工委副主任朱云舫，区经委副主任朱木根出席。", "上海市松江区",
     {("朱云舫", "副主任", "上海市松江区人民代表大会常务委员会财政经济工作委员会", False, False),
      ("朱木根", "副主任", "上海市松江区经济委员会", False, False)}),
    # the term before a standing body is no part of its name; a congress's deputies keep theirs
    ("十二届省政协主席李江出席。", "云南省", {("李江", "主席", "中国人民政治协商会议云南省委员会", False, False)}),
    # marks after a name in a list: (女), (回族), (列席)
    ("市人大常委会主任张德明，副主任陈秀兰（女）、王建平、马光明（回族）出席。", "江苏省苏州市",
     {("张德明", "主任", "江苏省苏州市人民代表大会常务委员会", False, False)}
     | {(p, "副主任", "江苏省苏州市人民代表大会常务委员会", False, False) for p in ("陈秀兰", "王建平", "马光明")}),
    ("市中级人民法院院长郑国强（列席）、市人民检察院检察长钱伟（列席）", "江苏省苏州市",
     {("郑国强", "院长", "江苏省苏州市中级人民法院", False, False),
      ("钱伟", "检察长", "江苏省苏州市人民检察院", False, False)}),
    # a list going on on the next line
    ("出席会议的有：\n市人大常委会副主任：刘建华、陈晓东、\n孙立新、吴晓梅", "江苏省苏州市",
     {(p, "副主任", "江苏省苏州市人民代表大会常务委员会", False, False) for p in ("刘建华", "陈晓东", "孙立新", "吴晓梅")}),
    # 省长助理 after the government's 党组成员
    ("省政府党组成员、省长助理王建华出席。", "江苏省",
     {("王建华", "党组成员", "江苏省人民政府", False, False), ("王建华", "省长助理", "江苏省人民政府", False, False)}),
    # bare titles opening a meeting's report take the body whose meeting it is
    ("8日，区人大常委会召开第二十次会议。会议由常务副主任张建国主持，副主任李明华、王立新出席。", "江苏省南京市鼓楼区",
     {("张建国", "常务副主任", "江苏省南京市鼓楼区人民代表大会常务委员会", False, False),
      ("李明华", "副主任", "江苏省南京市鼓楼区人民代表大会常务委员会", False, False),
      ("王立新", "副主任", "江苏省南京市鼓楼区人民代表大会常务委员会", False, False)}),
    ("区委召开常委会会议。书记张建国主持会议。", "江苏省南京市鼓楼区",
     {("张建国", "书记", "中共江苏省南京市鼓楼区委员会", False, False)}),
    # … never a body without such titles, nor after another mention (the title kept, org null; session 36)
    ("市政府召开常务会议。副主任张建国出席。", "江苏省南京市", {("张建国", "副主任", None, False, False)}),
    ("区人大常委会召开第二十次会议，副区长张三作报告。副主任李明华出席。", "江苏省南京市鼓楼区",
     {("张三", "副区长", "江苏省南京市鼓楼区人民政府", False, False), ("李明华", "副主任", None, False, False)}),
    # a congress's special committee after its standing committee; a working committee is the standing committee's
    ("省人大常委会委员、法制委员会主任委员黄志明，省人大常委会委员、财经工委主任林文出席。", "福建省",
     {("黄志明", "委员", "福建省人民代表大会常务委员会", False, False),
      ("黄志明", "主任委员", "福建省人民代表大会法制委员会", False, False),
      ("林文", "委员", "福建省人民代表大会常务委员会", False, False),
      ("林文", "主任", "福建省人民代表大会常务委员会财政经济工作委员会", False, False)}),
]


@pytest.mark.parametrize("text,jur,expected", EXAMPLES, ids=[e[0][:14] for e in EXAMPLES])
def test_meeting_attendee_holds(text, jur, expected):
    assert _holds(text, jur) == expected


def test_attendees_take_the_date_of_the_meeting_not_of_the_page():
    """A dated news page: the attendees hold their posts at the meeting's date (1月26日), not at
    the page's (2026-01-27); a yearbook's year still wins over event dates."""
    text = ("1月26日上午，自治区政协十三届四次会议在新疆人民会堂开幕。\n"
            "自治区政协主席努尔兰·阿不都满金在主席台前排就座。")
    facts = extract_holds(_doc(text, "新疆维吾尔自治区", date="2026-01-27", year=2026))
    assert {(f.person, f.date) for f in facts} == {("努尔兰·阿不都满金", "2026-01-26")}
    facts = extract_holds(_doc(text, "新疆维吾尔自治区", date=None, year=2021))
    assert {(f.person, f.date) for f in facts} == {("努尔兰·阿不都满金", "2021")}


def test_page_head_date_before_its_source_is_the_reference_date():
    """"中央政府门户网站 www.gov.cn   2010年07月28日   来源:辽宁日报": the page's date; the
    meeting's 7月27日 takes its year from it."""
    text = ("辽召开座谈会\n中央政府门户网站 www.gov.cn   2010年07月28日   来源:辽宁日报\n\n"
            "    7月27日，辽宁省政府召开座谈会。省长陈政高主持会议并作重要讲话。")
    facts = extract_holds(_doc(text, "辽宁省", date=None))
    assert {(f.person, f.title, f.date) for f in facts} == {("陈政高", "省长", "2010-07-27")}


def test_page_head_date_in_a_joined_paragraph_is_no_event_date():
    """The normalizer may join the page's head line to the report ("…2010年07月28日\t来源：辽宁日报7月27日，
    …"): the page's date is not the event's, the meeting's 7月27日 dates the attendees."""
    text = "中央政府门户网站www.gov.cn\t2010年07月28日\t来源：辽宁日报7月27日，辽宁省政府召开座谈会。省长陈政高主持会议。"
    facts = extract_holds(_doc(text, "辽宁省", date=None))
    assert {(f.person, f.date) for f in facts} == {("陈政高", "2010-07-27")}


@pytest.mark.parametrize("org_text,jur,expected", [
    ("民进新疆区委会", "新疆维吾尔自治区", "中国民主促进会新疆维吾尔自治区委员会"),
    ("农工党新疆区委会", None, "中国农工民主党新疆维吾尔自治区委员会"),
    ("民盟广西区委", "广西壮族自治区", "中国民主同盟广西壮族自治区委员会"),
    ("台盟省委", "辽宁省", "台湾民主自治同盟辽宁省委员会"),
    ("致公党省委", "辽宁省", "中国致公党辽宁省委员会"),
    # 新区 in a 滨海新区 text is that district, not the former 唐山市新区 (until 2002)
    ("新区二届人大常委会", "天津市滨海新区", "天津市滨海新区人民代表大会常务委员会"),
    ("新区人大常委会", "上海市浦东新区", "上海市浦东新区人民代表大会常务委员会"),
])
def test_bodies_of_meeting_reports(org_text, jur, expected):
    from kg.orgs import canonical_org

    assert canonical_org(org_text, jur) == expected


def test_list_rows_take_the_date_of_the_meeting():
    """"5月27日，…举行第三十次会议。出席会议的有：⏎刘永全 区人大常委会主任": the rows are dated by the
    meeting, not the page."""
    text = ("2024年6月1日 来源：巴南日报\n5月27日，重庆市巴南区人大常委会举行第三十次会议。出席会议的有：\n"
            "刘永全 区人大常委会主任\n余炳友 区人大常委会副主任\n")
    facts = extract_holds(_doc(text, "重庆市巴南区", date="2024-06-01", year=2024))
    assert {(f.person, f.title, f.date) for f in facts} == {("刘永全", "主任", "2024-05-27"), ("余炳友", "副主任", "2024-05-27")}


def test_notice_members_hold_their_posts_at_its_signature_date():
    """A leading group's notice published (2014-11-13) later than it was signed (2014年10月24日):
    its members' posts are dated by the signature (落款), as its acts are."""
    from kg.reading import read_document

    facts = extract_holds(read_document("corpus/dev/docs/leadinggroup-gansu-01.txt"))
    assert {(f.person, f.date) for f in facts if f.person in ("俞建宁", "王建中")} == {
        ("俞建宁", "2014-10-24"), ("王建中", "2014-10-24")}


def test_name_post_rows_of_a_short_page_stay_apart(tmp_path):
    """A short page whose attendee rows ("刘永全 区人大常委会主任", one space) make its lines look
    columnar: the rows are not joined (joined, "…主任余炳友 区人大常委会副主任" read 余炳友 as 主任)."""
    from kg.reading import read_document

    path = tmp_path / "rows.txt"
    path.write_text("巴南区人大常委会举行第三十次会议\n2024年6月1日 来源：巴南日报\n"
                    "5月27日，重庆市巴南区第十九届人大常委会举行第三十次会议，听取和审议了区人民政府关于"
                    "2023年度区级预算执行和其他财政收支的审计工作报告，审议通过了有关人事任免事项。\n"
                    "出席会议的有：\n刘永全 区人大常委会主任\n余炳友 区人大常委会副主任\n封洪华 区人大常委会副主任\n"
                    "列席会议的有：\n张国智 副区长\n", encoding="utf-8")
    facts = extract_holds(read_document(str(path)))
    assert {(f.person, f.title) for f in facts} == {
        ("刘永全", "主任"), ("余炳友", "副主任"), ("封洪华", "副主任"), ("张国智", "副区长")}


@pytest.mark.parametrize("text,jur,expected", [
    ("会议接受了张建国因工作变动辞去区人民政府副区长职务的请求。", "江苏省南京市鼓楼区",
     {"resign decided 张建国 副区长 江苏省南京市鼓楼区人民政府"}),
    # 出席 before a congress names the congress the deputy is elected to, no part of it
    ("会议补选李明华为出席江苏省第十四届人民代表大会代表。", "江苏省南京市鼓楼区",
     {"elect decided 李明华 代表 江苏省第十四届人民代表大会"}),
    ("会议任命了王丽、陈刚等5名同志为区人民法院审判员。", "江苏省南京市鼓楼区",
     {"appoint decided 王丽 审判员 江苏省南京市鼓楼区人民法院", "appoint decided 陈刚 审判员 江苏省南京市鼓楼区人民法院"}),
    # the name after 确认 (认王立新 was read)
    ("会议审议通过了代表资格审查委员会的报告，确认王立新的代表资格终止。", "江苏省南京市鼓楼区",
     {"remove decided 王立新 代表 None"}),
])
def test_acts_of_meeting_reports(text, jur, expected):
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts

    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jur
    assert {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in merge_facts(extract_acts(doc))} == expected


def test_a_body_kg_cannot_place_stays_null():
    """"市委统战部" in a province's text (which 市?): the posts are kept with org null, never the
    body as written."""
    facts = extract_holds(_doc("市委常委、市委统战部部长、市总工会主席李红梅出席。", "江苏省"))
    assert {(f.title, f.org) for f in facts} == {("常委", None), ("部长", None), ("主席", None)}
