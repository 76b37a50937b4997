"""Session 36 (issue 9): a holding whose body kg cannot place is kept with org null when its name is
sure (kg.extract.mentions._unplaced_kept); 前 before a title or a body kg names marks a former post
(kg.extract.mentions._place_after_qian); such a holding inside an act's evidence is the act told
again (kg.extract._drop_took_office_holds). Made-up names, shapes of the dev pages."""

from __future__ import annotations

import pytest

from conftest import holds_read
from kg.extract import extract_document
from kg.extract.holds import extract_holds
from kg.names import COMMON_SURNAME_COUNT, common_surnames, surnames
from kg.reading import document_from_text


def _holds(text: str) -> set[tuple]:
    return {(f.person, f.title, f.org, f.former) for f in extract_holds(document_from_text(text, path="t.txt"))}


# -- 1. a bare title and a sure name: kept, org null

@pytest.mark.parametrize("text, hold", [
    ("县公安局党委书记、局长申某荣出席会议。", ("申某荣", "局长", None, None)),
    ("院长郑某文主持会议。", ("郑某文", "院长", None, None)),
    ("副主任谭某珠（女）、张某出席。", ("张某", "副主任", None, None)),
    ("统战部长林某为唯一的女常委。", ("林某", "部长", None, None)),  # a common surname, running text after
])
def test_unplaced_holding_is_kept(text, hold):
    assert hold in _holds(text)


@pytest.mark.parametrize("text", [
    "叶某在主席台执行主席席就座。",  # a session's office needs its session; 席就座 is no name
    "他创下了南京最年轻区长纪录。",  # a rare surname opening a word, running text after it
    "程某分别代表马鞍山、芜湖发言。",  # 代表 is a verb
    "全镇党委书记张某出席会议。",  # a party committee's title depends on its body
    "淳安县财政局拟任局长、副局长名单\n局长王某\n",  # nominees under their list's heading
    "当选镇长杨某玲同志进行了表态发言。",  # the act's words before the title
])
def test_unplaced_holding_is_not_guessed(text):
    assert not {h for h in _holds(text) if h[2] is None}


def test_common_surnames_are_the_first_of_the_frequency_ordered_table():
    common = common_surnames()
    assert len(common) == COMMON_SURNAME_COUNT and common <= surnames()
    assert {"王", "李", "张", "刘", "陈"} <= common and not {"席", "纪", "晋", "和"} & common


# -- 2. 前 before a bare title or a body kg names: a former post

def test_qian_before_a_title_or_a_named_body_marks_a_former_post():
    assert ("唐某年", "司长", "香港特别行政区政府政务司", True) in _holds("前政务司司长唐某年出席。")
    assert ("王某明", "市长", None, True) in _holds("前市长王某明出席。")
    assert _holds("前往市长办公室的王某明") == set()  # 前往: a verb, no mark


def test_traditional_page_qian_before_a_named_body():
    assert ("唐某年", "司长", "香港特别行政区政府政务司", True) in _holds("香港特區政府宣布，前政務司司長唐某年出席。")


# -- 3. the act told again: a holding of no body inside the act's evidence is dropped beside the act

def test_unplaced_holding_inside_an_act_is_dropped():
    text = "西藏自治区人民代表大会常务委员会公告\n自治区人大常委会会议补选了常务委员会主任。现将名单公告如下：\n主任：严某海\n"
    facts = extract_document(document_from_text(text, path="t.txt"))
    assert ("elect", "严某海", "主任") in {(f.kind, f.person, f.title) for f in facts}
    assert not [f for f in facts if f.kind == "hold" and f.person == "严某海"]


def test_placed_holdings_are_unchanged():
    assert holds_read("青海书记王某军出席。") == {"王某军 书记 中共青海省委员会"}


# -- 4. the press's short titles of Hong Kong and Macau (kg/data/titles.yaml title_aliases)

@pytest.mark.parametrize("text, hold", [
    ("澳门特首贺某诚出席。", ("贺某诚", "行政长官", "澳门特别行政区", None)),
    ("包括两名香港前特首董某华、梁某英。", ("梁某英", "行政长官", "香港特别行政区", True)),
    ("劳工及福利局政治助理冯某礼出席。", ("冯某礼", "政治助理", "香港特别行政区政府劳工及福利局", None)),
    # (总监 is not a title: "…有限公司人力资源副总监" would make a department kg.orgs cannot name)
])
def test_hong_kong_and_macau_short_titles(text, hold):
    assert hold in _holds(text)


def test_full_title_of_a_short_form():
    from kg.titles import full_title

    assert full_title("特首") == "行政长官" and full_title("市长") == "市长"


# -- 5. commanders of military units, each bound to its unit's ending (titles.yaml body_endings)

def test_military_unit_commanders():
    assert ("何某钦", "营长", None, None) in _holds("三营营长何某钦出席会议。")
    assert _holds("公司经营长江航运业务。") == set() and _holds("接连长达三年的工作。") == set()


# -- 6. a holder's tenure in brackets after the name in a list of holders (mentions TENURE_AT)

def test_tenures_after_the_names_of_a_colon_list():
    facts = extract_holds(document_from_text("人事局\n局长：白某江（1953年5月-1954年10月）、张某宇（1954年10月-12月）\n", path="t.txt"))
    got = {(f.person, f.title, f.start, f.end, f.former) for f in facts}
    assert {("白某江", "局长", "1953-05", "1954-10", True), ("张某宇", "局长", "1954-10", "1954-12", True)} <= got
    facts = extract_holds(document_from_text("书记：张某（1949.5-1952.11）\n", path="t.txt"))
    assert {(f.person, f.start, f.end) for f in facts} == {("张某", "1949-05", "1952-11")}
