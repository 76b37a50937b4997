"""Two layouts kg read nothing of (issue 9, session 19, helper moved19; corpus/dev
roster-heilongjiang-61 and bio-neimenggu-61) and their common variants, on made-up texts:

- tables of people with the post they held then and their later career (kg.extract.career_tables;
  examples and negatives in kg/data/career_tables.yaml), a header of titles over rows of names;
- an older résumé's ranges with a two-digit end year and an open end (1946年至54年, 1993年至现在:
  kg/data/career_shapes.yaml, shape range), a page stamp glued to its source (1998-03-17来源：…),
  代 between a body's 党委 and its secretary (文委党委代书记), bare 地委 / 行署 on a 地区's page, and a
  header of titles that no roster row opens (kg.extract.roster)."""

from __future__ import annotations

import pytest

from kg.datafiles import load_yaml
from kg.extract import extract_document
from kg.extract.holds import parse_post
from conftest import doc_as_written

DATA = load_yaml("career_tables.yaml")


def _holds(text: str, jur: str | None):
    return [f for f in extract_document(doc_as_written(text, jur)) if f.kind == "hold"]


@pytest.mark.parametrize("case", DATA["examples"], ids=lambda c: c["text"][:20])
def test_career_table_examples(case):
    got = {(f.person, f.title, f.org, f.start, f.end, f.former) for f in _holds(case["text"], case.get("jurisdiction"))}
    want = {(p, t, o, s if s is None else str(s), e if e is None else str(e), fo) for p, t, o, s, e, fo in case["facts"]}
    assert want <= got, (want - got, got)


@pytest.mark.parametrize("text", DATA["negatives"], ids=lambda t: t[:20])
def test_career_table_negatives(text):
    facts = [f for f in _holds(text, "浙江省杭州市淳安县") if (f.notes or {}).get("career_table")]
    assert facts == []


def test_a_lead_line_counts_the_rows_of_a_body():
    head = "上一届湖南省委常委中仅有两人仍在任。其余2位常委职位变动如下：\n姓名 | 当选时职务 | 职务变动 |\n"
    rows = "张建国 | 省委书记 | 2013年3月任全国人大常委会副委员长 |\n李明华 | 省委秘书长 | 2014年5月被查 |\n"
    got = {(f.person, f.title, f.org) for f in _holds(head + rows, "湖南省")}
    assert {("张建国", "常委", "中共湖南省委员会"), ("李明华", "常委", "中共湖南省委员会")} <= got
    # the count is not the rows': no membership read
    got = {(f.person, f.title) for f in _holds(head.replace("其余2位", "其余3位") + rows, "湖南省")}
    assert ("张建国", "常委") not in got and ("张建国", "书记") in got


@pytest.mark.parametrize("text", [
    "中共黑龙江省绥化地委领导成员\n| 书记 | 副书记 |\n| 王振海 | 李明、张国华 |\n",
    "中共黑龙江省绥化地委领导成员\n书记\t副书记\n王振海\t李明、张国华\n",
    "中共黑龙江省绥化地委领导成员\n书记    副书记\n王振海  李明、张国华\n",
])
def test_a_header_of_titles_over_names(text):
    got = {(f.person, f.title, f.org) for f in _holds(text, None)}
    assert got == {("王振海", "书记", "中共黑龙江省绥化地区委员会"), ("李明", "副书记", "中共黑龙江省绥化地区委员会"),
                   ("张国华", "副书记", "中共黑龙江省绥化地区委员会")}


@pytest.mark.parametrize("text", [
    "| 书记 | 副书记 |\n| 王振海 | 李明、张国华 |\n",  # no body named, none implied: nothing
    "中共黑龙江省绥化地委领导成员\n| 书记 | 副书记 |\n| 负责全面工作 | 协助书记工作 |\n",  # duties, no names
    "中共黑龙江省绥化地委领导成员\n书记    副书记\n",  # a header alone: never a person 书记
])
def test_a_header_of_titles_negatives(text):
    assert [(f.person, f.title) for f in _holds(text, None)] == []


def test_bare_prefecture_bodies_on_a_prefectures_page():
    text = "绥化地区历任领导名录\n| 职务 | 姓名 | 任职时间 |\n| 地委书记 | 王振海 | 1949.8-1953.6 |\n| 行署专员 | 赵 刚 | 1978.3-1983.10 |\n"
    got = {(f.person, f.title, f.org, f.start, f.end) for f in _holds(text, "黑龙江省绥化地区")}
    assert ("王振海", "书记", "中共黑龙江省绥化地区委员会", "1949-08", "1953-06") in got
    assert ("赵刚", "专员", "黑龙江省绥化地区行政公署", "1978-03", "1983-10") in got
    # a province's page: 地委 names no prefecture
    assert all(f.org is None or "地区" not in f.org for f in _holds(text.replace("绥化地区历任", "历任"), "黑龙江省"))


def test_short_end_years_and_an_open_end():
    text = "张三，男，蒙古族，1926年3月生。1946年至54年任内蒙古自治区文化局副局长。1998年3月—02年5月任湖北省十堰市副市长。1993年至现在任全国人大常委会副委员长。\n"
    by = {f.title: f for f in _holds(text, "内蒙古自治区")}
    assert (by["副局长"].start, by["副局长"].end, by["副局长"].former) == ("1946", "1954", True)
    assert (by["副市长"].start, by["副市长"].end) == ("1998-03", "2002-05")
    assert (by["副委员长"].start, by["副委员长"].end, by["副委员长"].former) == ("1993", None, None)
    assert _holds("张三，男，汉族，1926年3月生。1939年至46年在延安陕北公学学习。\n", None) == []


def test_a_stamp_glued_to_its_source_dates_the_page():
    text = "副委员长 张三\n1998-03-17来源：光明日报\n张三，男，汉族，1926年3月生。1993年至现在任全国人大常委会副委员长。\n"
    assert {f.date for f in _holds(text, None)} == {"1998-03-17"}


def test_acting_secretary_of_a_bodys_party_committee():
    post = parse_post("自治区文委党委代书记")
    assert post is not None and (post.title, post.org_text, post.marks.acting) == ("党委书记", "自治区文委", True)
    post = parse_post("县委代书记")
    assert post is not None and (post.title, post.org_text, post.marks.acting) == ("书记", "县委", True)
