"""Roster (名录) rows of the 大渡口年鉴 as hold / rank facts, on real rows from samples/002."""

from __future__ import annotations

import pytest

from kg.eval import evaluate, load_gold_file
from kg.extract.holds import extract_holds
from kg.extract.roster import extract, read_rows
from kg.reading import document_from_text, read_document
from conftest import doc_as_written

SAMPLE = "samples/002_da5c81e7ca3b0941.txt"
GOLD = "tests/gold/002_roster_holds.jsonl"


def _doc(body: str, raw: bool = False):
    text = "大渡口区市管领导干部\n" + body
    doc = document_from_text(text, "002_test.txt")
    if raw:  # the PDF text as extracted, without kg.normalize: identity offsets
        doc.text, doc.offsets = text, list(range(len(text) + 1))
    doc.jurisdiction, doc.year = "重庆市大渡口区", 2021
    return doc


def _by(facts, person):
    return {(f.kind, f.title, f.org): f for f in facts if f.person == person}


@pytest.fixture(scope="session")
def yearbook():
    return read_document(SAMPLE)


@pytest.fixture(scope="session")
def yearbook_holds(yearbook):
    return extract_holds(yearbook)


@pytest.mark.parametrize("raw", [False, True])
def test_roster_row_posts_get_their_organizations(raw):
    doc = _doc("中共大渡口区委员会\n（一）在任\n李晓珂    区委常委、纪委书记、区监委代理主任\n"
               "              （8 月任区委常委、纪委书记，9 月任区\n"
               "                监委代理主任）\n", raw=raw)
    facts = _by(extract(doc)[0], "李晓珂")
    assert facts[("hold", "常委", "中共重庆市大渡口区委员会")].start == "2021-08"
    assert facts[("hold", "书记", "中共重庆市大渡口区纪律检查委员会")].start == "2021-08"
    acting = facts[("hold", "主任", "重庆市大渡口区监察委员会")]
    assert acting.start == "2021-09" and acting.acting is True


def test_roster_departed_rows_end_in_the_month_given():
    doc = _doc("中共大渡口区委员会\n（二）调离\n王    俊    区委书记（8 月调离）\n"
               "汪    建    区委常委、纪委书记、监委主任（8 月调离）\n")
    facts = extract(doc)[0]
    wang = _by(facts, "王俊")[("hold", "书记", "中共重庆市大渡口区委员会")]
    assert (wang.end, wang.former) == ("2021-08", True)
    assert ("hold", "主任", "重庆市大渡口区监察委员会") in _by(facts, "汪建")


def test_roster_notes_name_past_posts_and_promotions():
    doc = _doc("中共大渡口区委员会\n（一）在任\n刘德毅    区委副书记（1 月至 11 月担任区委常\n"
               "                委、组织部部长，11 月至 12 月担任区\n                委常委，12 月担任委副书记）\n"
               "陈中举    区委副书记（1 月至 12 月担任副书记，\n                11 月晋升一级巡视员）\n")
    facts = extract(doc)[0]
    liu = _by(facts, "刘德毅")
    assert liu[("hold", "副书记", "中共重庆市大渡口区委员会")].start == "2021-12"
    dept = liu[("hold", "部长", "中共重庆市大渡口区委员会组织部")]
    assert (dept.end, dept.former) == ("2021-11", True)
    rank = _by(facts, "陈中举")[("rank", "一级巡视员", None)]
    assert rank.start == "2021-11"


def test_roster_bare_titles_take_the_row_organization_not_the_party_committee():
    doc = _doc("区财政局\n秦    学    区财政局党委委员、副局长\n跳磴镇\n杨    闯   跳磴镇党委副书记、镇长\n")
    facts = extract(doc)[0]
    assert ("hold", "副局长", "重庆市大渡口区财政局") in _by(facts, "秦学")
    assert ("hold", "镇长", "重庆市大渡口区跳磴镇") in _by(facts, "杨闯")


def test_roster_rank_in_brackets_and_secondment():
    doc = _doc("区纪委监委\n王颖秋    区纪委常委（正处级）\n九宫庙街道\n"
               "李文超   九宫庙街道党工委委员、九宫庙街道\n                办事处副主任、区招商投资促进局党\n"
               "                组成员、副局长（挂职）\n")
    facts = extract(doc)[0]
    wang = _by(facts, "王颖秋")
    assert wang[("hold", "常委", "中共重庆市大渡口区纪律检查委员会")].rank == "正处级"
    assert ("rank", "正处级", None) in wang
    li = _by(facts, "李文超")
    assert li[("hold", "副局长", "重庆市大渡口区招商投资促进局")].secondment is True
    assert not li[("hold", "副主任", "重庆市大渡口区九宫庙街道办事处")].secondment


def test_roster_rows_are_numbered_and_same_names_stay_apart(yearbook):
    rows = read_rows(yearbook)
    assert len(rows) == 417
    assert len({r.number for r in rows}) == len(rows)
    wang_tao = [r for r in rows if r.name == "王涛"]
    assert [r.section for r in wang_tao] == ["中共大渡口区委员会", "区融媒体中心"]


def test_roster_matches_the_gold(yearbook_holds):
    report = evaluate(load_gold_file(GOLD), yearbook_holds, kinds=("hold", "rank"))
    assert report.overall.f1 >= 0.95
    assert report.overall.precision >= 0.95


def test_roster_bare_head_after_party_committee_is_of_the_government():
    from kg.extract.holds import extract_holds
    text = "领导分工\n张三  区委副书记、区长，主持区政府全面工作。\n李四  区委常委、常务副区长，负责区政府常务工作。\n"
    doc = doc_as_written(text, "重庆市巴南区", "2024-01-05", path="x.txt")
    assert {(f.person, f.title, f.org) for f in extract_holds(doc)} == {
        ("张三", "副书记", "中共重庆市巴南区委员会"), ("张三", "区长", "重庆市巴南区人民政府"),
        ("李四", "常委", "中共重庆市巴南区委员会"), ("李四", "常务副区长", "重庆市巴南区人民政府"),
    }
