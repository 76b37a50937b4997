"""Roster breadth, session 20 (issue 9, roster genre): constructions kg missed or got wrong on 3 or
more of 30 new roster pages (kept outside the repository, /tmp/kg/breadth-roster), read as general
rules — made-up variants (other names, places, titles) and negatives here.

- "现任 post 为 name" (kg.extract.infobox NOW_POST_RE): the post written between 现任 and 为 / 是.
- a post held before 1949 is no post of the People's Republic body kg would expand its short form to
  (kg.extract._unplace_pre_prc_bodies): org none, the title and the organization as written kept."""

from __future__ import annotations

from kg.extract import extract_document
from conftest import doc_as_written


def _facts(text: str, jur: str | None, kind: str = "hold"):
    return [f for f in extract_document(doc_as_written(text, jur)) if f.kind == kind]


def _keys(text: str, jur: str | None, kind: str = "hold"):
    return {(f.person, f.title, f.org) for f in _facts(text, jur, kind)}


# ---------------------------------------------------------------- 现任 post 为 name

def test_current_post_before_its_holder():
    assert ("龚正", "市长", "上海市人民政府") in _keys("现任市长为龚正[1]。\n", "上海市")
    assert ("李明华", "县长", "浙江省杭州市淳安县人民政府") in _keys("现任县长是李明华，男，1970年生。\n", "浙江省杭州市淳安县")
    assert ("张建国", "书记", "中共浙江省杭州市淳安县委员会") in _keys("该县现任县委书记为张建国。\n", "浙江省杭州市淳安县")


def test_current_post_with_its_body_and_an_alias_in_brackets():
    got = _keys("现任中国共产党山西省委员会书记（中共山西省委书记）为蓝佛安，他于2022年12月上任。\n", None)
    assert got == {("蓝佛安", "书记", "中共山西省委员会")}
    got = _keys("现任的湖南省人民政府省长为毛伟明。\n", None)
    assert ("毛伟明", "省长", "湖南省人民政府") in got


def test_current_post_is_a_current_holding():
    f = _facts("现任区长为王强。\n", "重庆市巴南区")
    assert [(x.person, x.title, x.org, x.former) for x in f] == [("王强", "区长", "重庆市巴南区人民政府", None)]


def test_no_holding_without_a_post_or_a_name():
    assert _keys("现任职务为县委书记。现任领导为张三。其现任妻子为李四。\n", "浙江省杭州市淳安县") == set()
    assert _keys("现任县长为何迟迟不表态？\n", "浙江省杭州市淳安县") == set()
    # a post whose body kg cannot name (no place in the text): nothing
    assert _keys("该县现任县委书记为张建国。\n", None) == set()


# ---------------------------------------------------------------- posts held before 1949

def test_a_mayor_before_1949_is_no_mayor_of_the_peoples_government():
    f = _facts("1938年1月1日,王克明正式就任天津市长;1938年5月,李国栋为新任天津市长。\n", None)
    wang = [x for x in f if x.person == "王克明"]
    assert wang and all(x.org is None and x.title == "市长" for x in wang)


def test_a_list_item_whose_line_dates_it_before_1949():
    text = "  11. 刘文明:1928年5月恢复市长制。1930年6月仍改省辖市。刘文明任市长。\n"
    got = {(f.person, f.title, f.org) for f in extract_document(doc_as_written(text, "广东省广州市"))}
    assert ("刘文明", "市长", "广东省广州市人民政府") not in got


def test_a_post_after_1949_keeps_its_body():
    assert ("李国栋", "市长", "天津市人民政府") in _keys("1952年5月，天津市市长李国栋出席会议。\n", None)
    assert ("张建国", "县长", "浙江省杭州市淳安县人民政府") in _keys(
        "历任县长：张建国（1983年5月—1987年3月）\n", "浙江省杭州市淳安县")


def test_a_birth_year_does_not_date_the_post():
    text = "据透露，年龄超过63岁，即1945年1月前出生的省长，一般不安排连任。如生于1944年的天津市市长王国强，将不再连任。\n"
    assert ("王国强", "市长", "天津市人民政府") in _keys(text, None)


def test_a_body_written_in_full_before_1949_stays():
    # the text names the body itself: kg expands nothing, nothing to undo
    got = _keys("1948年9月,华北人民政府成立,董必武任华北人民政府主席。\n", None, "appoint") \
        | _keys("1948年9月,华北人民政府成立,董必武任华北人民政府主席。\n", None)
    assert all(org is None or "人民政府" in org for _, _, org in got)
