"""Place infoboxes, committee member lists, "post 现任是 name" and lists of current holders
(kg.extract.infobox, issue 9 roster genre): the example texts of kg/data/infobox.yaml, positive
through the whole hold extraction, negative through the reader itself."""

from __future__ import annotations

import pytest

from kg.extract import infobox
from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _doc(text: str, jur: str | None):
    doc = document_from_text(text, "infobox_test.txt")  # normalized and simplified as kg reads it
    doc.jurisdiction, doc.date, doc.year = jur, None, None
    return doc


@pytest.mark.parametrize("example", infobox._data()["examples"], ids=lambda e: e["text"][:14])
def test_infobox_examples(example):
    facts = [f for f in extract_holds(_doc(example["text"], example.get("jurisdiction"))) if f.kind == "hold"]
    got = {(f.person, f.title, f.org) for f in facts}
    assert got == {tuple(x[:3]) for x in example["facts"]}
    starts = {(f.person, f.title): f.start for f in facts}
    for x in example["facts"]:
        if len(x) > 3:
            assert starts[(x[0], x[1])] == x[3]


@pytest.mark.parametrize("example", infobox._data()["negatives"], ids=lambda e: e["text"][:14])
def test_infobox_negatives(example):
    doc = _doc(example["text"], example.get("jurisdiction"))
    for reader in (infobox.tables, infobox):
        facts, spans = reader.extract(doc)
        assert facts == [] and spans == []


def test_infobox_holds_are_dated_by_the_document_not_the_founding_date():
    text = "涼山彝族自治州\n設立1952年10月1日\n政府駐地西昌市\n政府\n • 州委書記虞平\n"
    facts = [f for f in extract_holds(_doc(text, "四川省凉山彝族自治州")) if f.person == "虞平"]
    assert [(f.title, f.date) for f in facts] == [("书记", None)]


def test_member_list_takes_the_date_of_its_own_sentence_only():
    text = ("2、上海市市长现任龚正是2020年7月21日,在上海市第十五届人民代表大会第四次会议上被选举为上海市市长。\n"
            "4、上海市委常委班子成员包括李强、龚正、陈金山、刘杰12位同志。\n"
            "1954年8月县委建立常委会,常委为赵仲一、汪洪涛(副书记)。\n")
    facts = infobox.extract(_doc(text, "上海市"))[0]
    assert {f.person: f.date for f in facts if f.title == "常委" and f.org == "中共上海市委员会"} == \
        {"李强": None, "龚正": None, "陈金山": None, "刘杰": None}


def test_infobox_row_needs_a_body_of_the_page_place():
    # a label whose body lies elsewhere (another province's committee) is no row of this page
    doc = _doc("政府\n • 河北省委書記倪岳峰\n", "四川省凉山彝族自治州")
    assert infobox.extract(doc)[0] == []
