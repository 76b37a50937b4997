"""Attendee lists and chronicles nationwide, session 18 (issue 9, genre attendlist / chronicle):
the document's place when a county-level city's head sits on the city's standing committee or
when only a prefecture's short name is written, chronicles headed by their year (and month) with
day lines that carry their own month, page dates beside their source. Short invented texts."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _dated(text: str) -> set[tuple]:
    doc = document_from_text(text, "attendlist18_test.txt")
    return {(f.person, f.title, f.org, f.date) for f in extract_holds(doc) if f.kind == "hold"}


JURISDICTION = [
    # "市委常委、三河市委书记": the county-level city is a member's post; the bare 市 is the one above it
    ("9月19日上午，市六届人大五次会议召开各代表团召集人会议。\n市委书记张三出席会议并讲话，市委常委、三河市委书记李四，"
     "市委常委、组织部部长王五出席会议。会议的核心任务是补选廊坊市人民政府市长。\n", "河北省廊坊市"),
    # a prefecture's short name written twice, its level words (州政协, 全州) leading: that prefecture
    ("10月23日，州政协十一届二十九次常委会召开。州政协主席张三主持会议，州政协副主席李四出席。\n"
     "张三指出，五年来，州政协紧紧围绕全州中心工作，构建和谐临夏作出了贡献。\n临夏新闻，新鲜有料。\n",
     "甘肃省临夏回族自治州"),
]

JURISDICTION_UNKNOWN = [
    # two prefectures' short names of the level written: no choice
    "州政协主席张三主持会议。州委书记李四出席。全州上下，临夏与甘南携手，临夏、甘南共建。\n",
    # a city's short name is never taken this way (市 of 廊坊 is also a company's, a district's word)
    "市政协主席张三主持会议。市委书记李四出席。全市上下推动廊坊发展，廊坊新闻。\n",
]


@pytest.mark.parametrize("text,place", JURISDICTION)
def test_jurisdiction(text, place):
    assert document_from_text(text, "t.txt").jurisdiction == place


@pytest.mark.parametrize("text", JURISDICTION_UNKNOWN)
def test_jurisdiction_stays_unknown(text):
    assert document_from_text(text, "t.txt").jurisdiction is None


def test_a_province_member_heading_the_city_keeps_the_city():
    # "省委常委、南宁市委书记" in a 南宁 page: the city is still the page's (only bare 市委 / 州委 count)
    text = "12月6日，座谈会在南宁召开。自治区党委常委、南宁市委书记张三出席会议。南宁市政协主席李四主持。\n"
    assert document_from_text(text, "t.txt").jurisdiction == "广西壮族自治区南宁市"


def test_a_chronicle_headed_by_year_and_month():
    # "2019年1月大事记": day lines 1月2日 under it are of January 2019, not of the page's 发布日期
    text = ("2019年1月大事记(杂志版)\n发布日期:2020-01-31 18:23:54\n1月2日，市委全体会议召开。市委副书记、市长"
            "周先旺总结部署经济工作。\n1月4—8日，政协会议召开。市委书记马国强出席。\n")
    got = {(p, t, d) for p, t, _, d in _dated(text)}
    assert ("周先旺", "市长", "2019-01-02") in got
    assert ("马国强", "书记", "2019-01") in got  # a day range: its month


def test_a_gazetteer_chronicle_under_its_year():
    # "1988 年" over lines opened by their own month ("1 月4 日 …", "4 月 …", "8 月中旬 …")
    text = ("按:特辑1988 ~1994 年大事记。\n1988 年\n1 月4 日 县十届二次人代会在县城召开。\n"
            "4 月 县委书记张三主持召开全委会。\n8 月中旬 县长李四到乡镇检查旱情。\n同月 副县长王五调研。\n")
    got = {(p, t, d) for p, t, _, d in _dated(text)}
    assert ("张三", "书记", "1988-04") in got
    assert ("李四", "县长", "1988-08") in got
    assert ("王五", "副县长", "1988-08") in got


def test_month_lines_need_a_chronicle_year_heading():
    # a page with no year heading: "4 月 …" lines date nothing
    text = "4 月 县委书记张三主持召开全委会。\n"
    assert {d for *_, d in _dated(text)} == {None}


def _holds(text: str) -> set[tuple]:
    return {(p, t, o) for p, t, o, _ in _dated(text)}


def test_a_county_level_city_head_carries_no_place_to_the_colleagues():
    # "市委常委、三河市委书记韩占山，市委常委、组织部部长李龙": 李龙's bare 市委 is the document's
    text = ("市六届人大五次会议召开。会议的核心任务是补选廊坊市人民政府市长。\n市委书记张三出席会议，市委常委、"
            "三河市委书记韩占山，市委常委、组织部部长李龙，市人大常委会副主任杨杰出席会议。\n")
    got = _holds(text)
    assert ("韩占山", "书记", "中共河北省廊坊市三河市委员会") in got
    assert ("李龙", "常委", "中共河北省廊坊市委员会") in got
    assert ("李龙", "部长", "中共河北省廊坊市委员会组织部") in got
    assert ("杨杰", "副主任", "河北省廊坊市人民代表大会常务委员会") in got


def test_a_current_unit_and_its_former_name_under_one_place():
    # 伊通县 names 伊通满族自治县 (an alias) and the 伊通县 of before 1988: the current unit
    from kg.orgs import canonical_org

    assert canonical_org("吉林省四平市伊通县委") == "中共吉林省四平市伊通满族自治县委员会"


@pytest.mark.parametrize("text,expected", [
    # 本 / 和 after the surname, as names written whole hold them, before an officials' verb
    ("泾县县委书记张三出席。中共泾县第七次代表大会召开。\n县委书记邓本忠奉调离泾。副县长王和平出席。\n",
     {("张三", "书记", "中共安徽省宣城市泾县委员会"), ("邓本忠", "书记", "中共安徽省宣城市泾县委员会"),
      ("王和平", "副县长", "安徽省宣城市泾县人民政府")}),
    # never a word 本 starts (本次), never a shorter verb after 向
    ("泾县县委书记张三出席。中共泾县第七次代表大会召开。\n县长王五本次出席会议。县长李四向大会作报告。\n",
     {("张三", "书记", "中共安徽省宣城市泾县委员会"), ("李四", "县长", "安徽省宣城市泾县人民政府")}),
])
def test_names_holding_ben_or_he(text, expected):
    assert _holds(text) == expected


def test_a_two_character_county_written_with_its_level_word_again():
    # "泾县县委", "中共泾县…": the county is the document's (a two-character name alone is too weak)
    text = "1988 年\n4 月 县委书记邓本忠奉调离泾，谢群任泾县县委书记。\n11 月 中共泾县第七次党代会召开。\n"
    assert document_from_text(text, "t.txt").jurisdiction == "安徽省宣城市泾县"
    # once, after a Han character, is too weak (召开县委常委会 is no 开县委)
    assert document_from_text("召开县委常委会，会上泾县县委书记张三讲话。\n", "t.txt").jurisdiction is None


def test_deputies_to_a_congress_written_without_daihui():
    from kg.extract.acts import extract_acts

    text = "泾县县委书记张三出席。中共泾县第七次代表大会召开。\n选出朱景本、靳忠身为省七届人民代表。\n"
    doc = document_from_text(text, "t.txt")
    got = {(f.kind, f.person, f.title, f.org) for f in extract_acts(doc)}
    assert got == {("elect", p, "代表", "安徽省第七届人民代表大会") for p in ("朱景本", "靳忠身")}


def test_a_middle_dot_written_as_a_question_mark():
    # a mis-encoded page writes the dot of a Uyghur name as "?" (the name was cut at it)
    text = "自治区人大常委会主任乃依木?亚森，自治区党委副书记、政府主席雪克来提?扎克尔等在机场列队欢迎。\n"
    doc = document_from_text(text, "t.txt")
    got = {(f.person, f.title) for f in extract_holds(doc)}
    assert ("乃依木·亚森", "主任") in got and ("雪克来提·扎克尔", "主席") in got
    assert not any(p in ("乃依木", "雪克来提") for p, _ in got)
    # a Han name's lost character (王?明) is never read as a dotted name
    assert {p for p, _ in {(f.person, f.title) for f in extract_holds(document_from_text("副县长王?明出席。\n", "t.txt"))}} \
        <= {"王明"}


def test_a_round_up_headed_by_its_period():
    # "2024年4月22日至4月28日。" at the head: month-days below are of that period
    text = ("深圳一周\n04-28 16:56\n2024年4月22日至4月28日。\n福田区\n4月23日，区委书记黄伟主持召开区委常委会会议，"
            "区委副书记、区长周江涛主持召开区政府常务会议。\n")
    got = {(p, t, d) for p, t, _, d in _dated(text)}
    assert ("周江涛", "区长", "2024-04-23") in got


def test_names_of_inner_mongolia_and_xinjiang():
    from kg.names import is_person_name

    assert is_person_name("佟格日乐") and is_person_name("敖登其其格") and is_person_name("支现伟", delimited=True)
    assert not is_person_name("张日乐")  # 日 inside a Han name of one surname


@pytest.mark.parametrize("text,jur,org", [
    ("市卫计委", "内蒙古自治区巴彦淖尔市", "内蒙古自治区巴彦淖尔市卫生和计划生育委员会"),
    ("总后勤部", None, "中国人民解放军总后勤部"),
    ("地区行署", "新疆维吾尔自治区阿勒泰地区", "新疆维吾尔自治区阿勒泰地区行政公署"),
    ("地区中级人民法院", "新疆维吾尔自治区阿勒泰地区", "新疆维吾尔自治区阿勒泰地区中级人民法院"),
    # a 地区 has no congress nor CPPCC: the region's standing committee and CPPCC keep a working committee there
    ("阿勒泰地区人大工委", "新疆维吾尔自治区", "新疆维吾尔自治区人民代表大会常务委员会阿勒泰地区工作委员会"),
    ("政协吐鲁番地区工委", "新疆维吾尔自治区", "中国人民政治协商会议新疆维吾尔自治区委员会吐鲁番地区工作委员会"),
])
def test_bodies_of_attendee_lists(text, jur, org):
    from kg.orgs import canonical_org

    assert canonical_org(text, jur) == org


def _placed_holds(text: str, jur: str | None) -> set[tuple]:
    doc = document_from_text(text, "t.txt")
    doc.jurisdiction = jur
    return {(f.person, f.title, f.org) for f in extract_holds(doc) if f.kind == "hold"}


QZ = "内蒙古自治区巴彦淖尔市乌拉特中旗"


@pytest.mark.parametrize("text,jur,expected", [
    # a state body without its level marker after an item that wrote one: that level's
    ("旗委书记张三，旗人大常委会主任李四、政协主席王五出席。", QZ,
     {("张三", "书记", f"中共{QZ}委员会"), ("李四", "主任", f"{QZ}人民代表大会常务委员会"),
      ("王五", "主席", f"中国人民政治协商会议{QZ}委员会")}),
    # alone, with no level written before it in the enumeration: no body, org null (session 36)
    ("政协主席王五出席。", QZ, {("王五", "主席", None)}),
])
def test_a_bare_state_body_takes_the_level_written_before(text, jur, expected):
    assert _placed_holds(text, jur) == expected


def test_chairs_of_a_cppcc_session_written_term_first():
    # "政协第六届吴忠市委员会第三次会议" (the term before the place): its chairs' session
    text = "1月12日下午，政协第六届吴忠市委员会第三次会议举行第二次全体会议。\n大会执行主席王天军、王永福在主席台就座。\n"
    got = _placed_holds(text, "宁夏回族自治区吴忠市")
    assert got == {(p, "执行主席", "中国人民政治协商会议宁夏回族自治区吴忠市第六届委员会第三次会议")
                   for p in ("王天军", "王永福")}


@pytest.mark.parametrize("text,date", [
    # the event named with its year right after the day that opens the sentence
    ("2月12日，2026年东西湖区政协新春茶话会举行。区委书记王敏出席并讲话。\n", "2026-02-12"),
    # a year elsewhere in the sentence, or a 年度, names no event of that day
    ("2月12日，会议回顾了2025年工作。区委书记王敏出席并讲话。\n", None),
    ("2月12日，2025年度表彰大会举行。区委书记王敏出席并讲话。\n", None),
])
def test_an_event_named_with_its_year(text, date):
    got = {d for p, _, _, d in _dated(text) if p == "王敏"}
    assert got == {date}
