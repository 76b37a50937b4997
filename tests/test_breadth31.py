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
