"""Session 22: general constructions found by made-up probes of common layouts (yearbook rosters, a
Tibet government roster, 国务院任免 lists of national bureaus, biographies' plenum elections). Each:
the construction, made-up variants and negatives."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read
from kg.extract.posts import parse_posts
from kg.names import is_person_name


# -- 1. a group's roster: its name as a heading, then 组长 / 副组长 / 成员 lines (kg.extract.group_rosters)

@pytest.mark.parametrize("text", [
    "青州市扶贫开发领导小组\n组　长：王大明（市委书记）\n副组长：李小红（市长）、张德丰（副市长）\n成　员：赵一平、钱国宝\n",
    "青州市扶贫开发领导小组\n组长　王大明　市委书记\n副组长　李小红　市长\n成员　赵一平　钱国宝\n",
])
def test_group_roster(text):
    got = holds_read(text)
    group = "山东省潍坊市青州市扶贫开发领导小组"
    assert {f"王大明 组长 {group}", f"李小红 副组长 {group}", f"赵一平 成员 {group}", f"钱国宝 成员 {group}"} <= got
    assert {f for f in got if f.startswith("王大明 书记")}  # the member's own post, written with the name


@pytest.mark.parametrize("text", [
    # a sentence forms the group: its list is the decision's (acts), not a roster
    "经研究，决定成立青州市扶贫开发领导小组，组成人员如下：\n青州市扶贫开发领导小组\n组长：王大明\n成员：赵一平、钱国宝\n",
    # lines that are no names
    "青州市扶贫开发领导小组\n组长：负责全面工作\n成员：各有关部门\n",
])
def test_group_roster_negatives(text):
    assert not {f for f in holds_read(text) if " 组长 " in f or " 成员 " in f}


# -- 2. Tibetan names of parts the list lacked (kg/data/minority_name_parts.txt): one unknown name
#       cost the whole roster line

@pytest.mark.parametrize("name", ["嘎玛泽登", "才旺罗布", "旺青次仁", "伦珠扎西", "尕藏才让"])
def test_tibetan_names22(name):
    assert is_person_name(name)


def test_tibetan_roster_line():
    got = holds_read("西藏自治区人民政府\n主　席　严金海\n副主席　嘎玛泽登　罗布顿珠\n")
    assert {"嘎玛泽登 副主席 西藏自治区人民政府", "罗布顿珠 副主席 西藏自治区人民政府"} <= got


# -- 3. a label with an order note over a line of names; a row's body heading the bare labels below it

def test_label_with_order_note():
    got = holds_read("中共中央政治局委员（按姓氏笔画为序）\n丁薛祥　马兴瑞　王毅　尹力　石泰峰\n")
    assert {f"{n} 委员 中共中央政治局" for n in ("丁薛祥", "马兴瑞", "王毅", "尹力", "石泰峰")} <= got


def test_row_body_heads_bare_labels():
    got = holds_read("山东省人民代表大会常务委员会主任　王大明\n副主任　李小红　张德丰\n")
    assert {"李小红 副主任 山东省人民代表大会常务委员会", "张德丰 副主任 山东省人民代表大会常务委员会"} <= got


def test_colon_row_heads_nothing():
    # "县革委主任:李锦章" then dated paragraphs: a list's line, no heading for the rows below (roster-shandong-81)
    got = holds_read("县革委主任:李锦章\n1968年3月18日,第二次成立平度县革命委员会。\n主任:贾福善\n")
    assert not {f for f in got if f.startswith("贾福善") and "革委" in f and "None" not in f}


# -- 4. national bureaus of the State Council (kg/data/org_abbreviations.yaml) and a body opening with
#       国家 / 中国 never read as a unit of the body before it in a list

def test_national_bureaus_list():
    got = acts_read("国务院任免国家工作人员。任命王大明为国家药品监督管理局局长、国家外汇管理局局长、国家文物局局长、"
                    "国家中医药管理局局长、中国民用航空局局长、国家铁路局局长。")
    assert {f"appoint decided 王大明 局长 {o}" for o in (
        "国家药品监督管理局", "国家外汇管理局", "国家文物局", "国家中医药管理局", "中国民用航空局", "国家铁路局")} <= got


def test_national_prefix_is_no_unit():
    readings = parse_posts("国家药品监督管理局局长、国家测试管理局局长", None)
    assert [r.org for r in readings][1] != "国家药品监督管理局国家测试管理局"


def test_unit_after_body_still_inherits():
    readings = parse_posts("上海市松江区人民法院副院长、审判委员会委员", None)
    assert readings[1].org and readings[1].org.endswith("人民法院审判委员会")


# -- 5. a committee's secretariat heads, and a bare post elected at a central plenum

@pytest.mark.parametrize("text", ["团中央书记处第一书记", "团中央第一书记"])
def test_secretariat_first_secretary(text):
    assert [(r.title, r.org) for r in parse_posts(text, None)] == [("第一书记", "中国共产主义青年团中央委员会")]


@pytest.mark.parametrize("text, title, org", [
    ("王大明，男，汉族，1955年3月生。1993年5月在共青团十三届一中全会上当选为书记处书记。", "书记处书记", "中国共产主义青年团中央委员会"),
    ("王大明，男，汉族，1955年3月生。1998年6月在共青团十四届一中全会上当选为书记处第一书记。", "第一书记", "中国共产主义青年团中央委员会"),
    ("王大明，男，汉族，1955年3月生。2002年11月在党的十六届一中全会上当选为书记处书记。", "书记处书记", "中共中央委员会"),
])
def test_plenum_bare_post(text, title, org):
    assert f"王大明 {title} {org}" in holds_read(text)
