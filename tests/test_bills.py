"""A bill (议案) written as plain text proposes every act of its list, as the same bill under a
Markdown heading does (issue 9: precision on standing-committee papers)."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.sections import title_line
from kg.reading import document_from_text

BILL = ("关于提请审议王建华等同志职务任免的议案\n\n县人大常委会：\n\n根据有关规定，提请县人大常委会审议：\n\n"
        "任命王建华为浙江省安吉县发展和改革局局长；\n任命李明为浙江省安吉县财政局局长；\n"
        "免去张伟的浙江省安吉县发展和改革局局长职务。\n\n请予审议。\n\n县长：刘强\n2023年3月1日\n")
LEAD = ("浙江省湖州市人民政府关于提请任免陈东等同志职务的议案\n\n市人大常委会：\n经市人民政府研究，提请市人大常委会决定：\n"
        "陈东任浙江省湖州市教育局局长；\n免去孙立的浙江省湖州市教育局局长职务。\n请予审议。\n")
DECISION = ("浙江省安吉县人民代表大会常务委员会关于任免王建华等同志职务的决定\n\n"
            "（2023年3月10日安吉县第十七届人民代表大会常务委员会第十次会议通过）\n\n"
            "决定任命王建华为浙江省安吉县发展和改革局局长；\n任命李明为浙江省安吉县财政局局长。\n")


def _acts(text: str) -> list[tuple[str, str, str]]:
    return sorted((f.kind, f.status, f.person) for f in extract_document(document_from_text(text)) if f.kind != "hold")


@pytest.mark.parametrize("text, expected", [
    (BILL, [("appoint", "proposed", "李明"), ("appoint", "proposed", "王建华"), ("remove", "proposed", "张伟")]),
    (LEAD, [("appoint", "proposed", "陈东"), ("remove", "proposed", "孙立")]),
    (DECISION, [("appoint", "decided", "李明"), ("appoint", "decided", "王建华")]),
])
def test_bills_plain_text_paper_status(text, expected):
    assert _acts(text) == expected


@pytest.mark.parametrize("text, title", [
    (BILL, "关于提请审议王建华等同志职务任免的议案"),
    ("编辑说明\n\n一、《大渡口年鉴》是根据规定编纂的。", ""),  # a yearbook's editor's note is no paper
    ("3月5日，全市领导干部大会召开，宣布省委关于某市委主要领导调整的决定。", ""),  # a sentence
])
def test_bills_title_line(text, title):
    assert title_line(text) == title
