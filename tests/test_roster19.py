"""Rosters of other places, session 19 (issue 9, roster genre): lines pairing several titles
with their holders, runs of title+name clauses, a body's departments with their heads
(kg.extract.pair_rows; examples and negatives in kg/data/pair_rows.yaml, made-up texts of the
shapes met in corpus/dev roster-*-101…105 and in the genre's probes)."""

from __future__ import annotations

import pytest

from kg.datafiles import load_yaml
from kg.extract import extract_document
from conftest import doc_as_written

DATA = load_yaml("pair_rows.yaml")


def _holds(text: str, jur: str | None):
    doc = doc_as_written(text, jur)
    return [f for f in extract_document(doc) if f.kind == "hold"]


@pytest.mark.parametrize("case", DATA["examples"], ids=lambda c: c["text"][:24])
def test_examples(case):
    got = {(f.person, f.title, f.org) for f in _holds(case["text"], case.get("jurisdiction"))}
    want = {tuple(x) for x in case["facts"]}
    assert want <= got, (want - got, got)


@pytest.mark.parametrize("case", DATA["negatives"], ids=lambda c: c["text"][:24])
def test_negatives(case):
    got = {(f.person, f.title, f.org) for f in _holds(case["text"], case.get("jurisdiction"))}
    assert got == {tuple(x) for x in case.get("facts") or []}


def test_name_marks_give_dates_ranks_and_secondment():
    facts = _holds("淳安县财政局\n局长：张建国（2015.03—）  副局长：李明华（正科级）  王立新（挂职）\n", "浙江省杭州市淳安县")
    by = {f.person: f for f in facts}
    assert by["张建国"].start == "2015-03" and by["张建国"].end is None
    assert by["王立新"].secondment
    doc = doc_as_written("淳安县人民代表大会常务委员会\n主任 张建国（正处级） 副主任 李明华（兼） 王立新（女）\n", "浙江省杭州市淳安县")
    facts = extract_document(doc)
    assert ("rank", "张建国", "正处级") in {(f.kind, f.person, f.title) for f in facts}
    assert [f.concurrent for f in facts if f.person == "李明华"] == [True]


def test_a_place_kg_cannot_name_keeps_the_titles_without_org():
    # a wartime county (1944) no gazetteer holds: its officers' titles, no org guessed
    text = "县委书记穆林，组织部长刘德坤，宣传部长霍建华，敌工部长靳怀刚，后换渠维瑛，县长刘剑，公安局长马达，下设九个区委。\n"
    got = {(f.person, f.title, f.org) for f in _holds(text, None)}
    assert {("刘德坤", "部长", None), ("渠维瑛", "部长", None), ("马达", "局长", None)} <= got


def test_a_run_mixing_places_reads_no_bare_department():
    text = "其他分别是：常务副省长陈向群，长沙市委书记易炼红，统战部部长黄兰香，组织部长王少峰。\n"
    facts = [f for f in _holds(text, "湖南省") if f.person in ("黄兰香", "王少峰")]
    assert all(f.org != "中共湖南省长沙市委员会组织部" and "长沙" not in (f.org or "") for f in facts)
