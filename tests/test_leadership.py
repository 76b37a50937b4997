"""Leadership pages and rosters of other places (kg.extract.leadership): the example texts of
kg/data/leadership.yaml, positive and negative, run through the whole extraction (its holdings: a
holding that tells an act again is dropped beside the act, kg.extract.extract_document)."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.leadership import _data, body_titles, heading_body
from conftest import doc_as_written


def _holds(text: str, jur: str | None):
    doc = doc_as_written(text, jur, None, path="leadership_test.txt", year=None)
    return extract_document(doc)


@pytest.mark.parametrize("example", _data()["examples"] + _data()["negatives"], ids=lambda e: e["text"][:14])
def test_leadership_examples(example):
    facts = [f for f in _holds(example["text"], example.get("jurisdiction")) if f.kind == "hold"]
    got = {(f.person, f.title, f.org) for f in facts}
    assert got == {tuple(x[:3]) for x in example["facts"]}
    starts = {(f.person, f.title): f.start for f in facts}
    for x in example["facts"]:
        if len(x) > 3:
            assert starts[(x[0], x[1])] == x[3]


def test_heading_names_a_body_with_its_own_titles():
    assert heading_body("中国共产党杭州市委员会", "浙江省杭州市") == ("中国共产党杭州市委员会", "中共浙江省杭州市委员会")
    assert heading_body("二、区人大常委会", "重庆市巴南区")[1] == "重庆市巴南区人民代表大会常务委员会"
    assert heading_body("巴南区防汛抗旱指挥部", "重庆市巴南区") is None  # a group: no titles of its own
    assert heading_body("砚城镇概况", "山西省忻州市") is None
    assert "常委" in body_titles("中共浙江省杭州市委员会") and "区长" not in body_titles("中共浙江省杭州市委员会")
    assert "主任" in body_titles("重庆市巴南区人民代表大会常务委员会")
    # every body with titles of its own is written with a heading word (heading_words): the
    # other short lines are not read as organizations at all
    for heading, jur in (("区政协", "重庆市巴南区"), ("市中级法院", "浙江省杭州市"), ("县人民政府", "浙江省杭州市淳安县"),
                         ("区纪委", "重庆市巴南区"), ("市检察院", "浙江省杭州市")):
        assert heading_body(heading, jur) is not None, heading
    assert heading_body("巴南区概况", "重庆市巴南区") is None


def test_leadership_rows_keep_concurrent_mark():
    facts = _holds("梁伟发省政府党组副书记，兼任省公安厅厅长。\n", "广东省")
    assert {f.title: f.concurrent for f in facts} == {"党组副书记": None, "厅长": True}


def test_division_of_work_rows_written_title_first(tmp_path):
    """"常务副县长 李强：负责县政府常务工作" — posts, the name, a colon, duties opened by a duty word."""
    from kg.extract import extract_document
    from kg.reading import read_document

    path = tmp_path / "fengong.txt"
    path.write_text("浙江省平阳县人民政府领导分工\n县长 张明：主持县政府全面工作，负责审计工作。\n"
                    "常务副县长 李强：负责县政府常务工作，分管财政、税务。\n副县长 王芳（女）：负责教育、卫生健康工作。\n"
                    "会议地点 三楼：请准时参加。\n", encoding="utf-8")
    holds = {(f.person, f.title, f.org) for f in extract_document(read_document(str(path))) if f.kind == "hold"}
    assert holds == {("张明", "县长", "浙江省温州市平阳县人民政府"), ("李强", "常务副县长", "浙江省温州市平阳县人民政府"),
                     ("王芳", "副县长", "浙江省温州市平阳县人民政府")}
