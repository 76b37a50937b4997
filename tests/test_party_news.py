"""Party news and party appointment notices (issue 9): which constructions report a decision
(an act) and which only state a holding (a hold). Made-up sentences in the ways these genres
are written; the corpus documents are corpus/dev/docs/partynews-* and partynotice-*."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.reading import document_from_text


def _facts(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    doc = document_from_text(text, "partynews_test.txt")
    doc.jurisdiction, doc.date = jur, date
    return {(f.kind, f.status, f.person, f.title, f.org) for f in extract_document(doc)}


def _acts(facts: set[tuple]) -> set[tuple]:
    return {f for f in facts if f[0] not in ("hold", "rank")}


# a decision read out: 宣布…决定 / 经…研究决定 / 任命 / 提名 → acts
@pytest.mark.parametrize("text,jur,act", [
    ("会议宣布了省委关于唐山市委主要领导调整的决定：张超超同志任唐山市委书记。", "河北省",
     ("appoint", "decided", "张超超", "书记", "中共河北省唐山市委员会")),
    ("经省委研究决定：提名姚高员同志为温州市市长候选人。", "浙江省",
     ("appoint", "proposed", "姚高员", "市长", "浙江省温州市人民政府")),
    ("经省委研究决定：提议张耕同志不再担任温州市市长职务。", "浙江省",
     ("remove", "proposed", "张耕", "市长", "浙江省温州市人民政府")),
    ("据悉，前任黄山市委书记任泽锋调任淮南市委书记。", "安徽省",
     ("appoint", "decided", "任泽锋", "书记", "中共安徽省淮南市委员会")),
    ("随着张超超调任，唐山市委书记由焦彦龙担任。", "河北省",
     ("appoint", "decided", "焦彦龙", "书记", "中共河北省唐山市委员会")),
])
def test_party_news_decisions_are_acts(text, jur, act):
    assert act in _facts(text, jur)


# a holding stated in news: who is in office, a post held before the change → holds, no act
@pytest.mark.parametrize("text,jur,hold", [
    ("此前，张超超任河北省委常委、唐山市委书记。", "河北省", ("张超超", "书记", "中共河北省唐山市委员会")),
    ("此番履新前，张超超同志任唐山市委书记。", "河北省", ("张超超", "书记", "中共河北省唐山市委员会")),
    ("目前，石家庄市委书记由河北省委常委邢国辉担任。", "河北省", ("邢国辉", "书记", "中共河北省石家庄市委员会")),
    ("林武高度肯定了魏旋君同志任益阳市委书记期间取得的成绩。", "湖南省", ("魏旋君", "书记", "中共湖南省益阳市委员会")),
    ("张三同志担任重庆市巴南区委书记以来，工作出色。", None, ("张三", "书记", "中共重庆市巴南区委员会")),
])
def test_party_news_holdings_are_holds_not_acts(text, jur, hold):
    facts = _facts(text, jur)
    assert ("hold", "decided", *hold) in facts
    assert _acts(facts) == set()


@pytest.mark.parametrize("text", [
    "其中，石家庄市委书记由河北省委常委张超超担任，太原市委书记由山西省委常委吴政隆担任。",
    "省会城市的市委书记多由省委常委兼任，如石家庄市委书记由省委常委邢国辉担任。",
    "从2016年起，张超超任唐山市委书记。",
    "在此之前，张超超任唐山市委书记。",
])
def test_party_news_round_ups_give_no_act(text):
    assert _acts(_facts(text, "河北省")) == set()


def test_party_news_zone_committee_and_posts_joined_by_he():
    facts = _facts("宣布省委决定：毛小兵同志任中共西宁市委书记、西宁经济技术开发区党工委书记；"
                   "免去吴开华同志的大连市委常委、委员和大连市副市长职务。", "青海省")
    assert ("appoint", "decided", "毛小兵", "书记", "中共青海省西宁市委员会西宁经济技术开发区工作委员会") in facts
    assert ("remove", "decided", "吴开华", "副市长", "辽宁省大连市人民政府") in facts
    assert ("remove", "decided", "吴开华", "委员", "中共辽宁省大连市委员会") in facts


def test_party_news_mentions_of_the_present_take_the_document_date():
    doc = document_from_text("1964年7月出生的合肥市市长凌云，2016年10月当选合肥市市长。"
                             "目前，在全国省会城市中，还有两位女市长，分别是南京市长韩立明、郑州市长侯红。",
                             "partynews_test.txt")
    doc.jurisdiction, doc.date = "安徽省", "2020-03-30"
    dates = {(f.person, f.date) for f in extract_document(doc) if f.kind == "hold"}
    assert ("韩立明", "2020-03-30") in dates and ("侯红", "2020-03-30") in dates
