"""Traditional-character news about mainland personnel (issue 9, the trad genre): what such
pages write and kg must read like simplified text — on short invented texts in the ways
mirror pages, Taiwanese and Hong Kong press write mainland news."""

from __future__ import annotations

import pytest

from kg.reading import document_from_text


# -- the document's place from a province's short name (四川, 云南), no place written in full ----
PROVINCE_BY_STEM = [
    ("中國共產黨四川歷史大事記(2020年3月)\n3月2日 省委書記彭清華主持召開省委會議。\n", "四川省"),
    ("9月5日,省委副書記、省長王某在昆明會見客人。\n王某說,云南堅定不移擴大開放。云南篇章。\n", "云南省"),
    # a body paragraph naming 中共中央 is no national heading
    ("9月5日,省委副書記、省長王某會見客人。\n省長王某說。\n"
     "當前,在以習近平同志為核心的中共中央堅強領導下,云南堅定不移擴大開放,譜寫云南篇章。\n", "云南省"),
]
PROVINCE_NOT_BY_STEM = [
    "省委書記王某在北京出席會議。北京。北京。\n",  # a municipality's short name: where a meeting is held
    "四川代表團與云南代表團交流。四川、云南兩省合作。省委。\n",  # two provinces alike
    "王某說,四川的經驗值得學習,四川。\n",  # no level word of a province (省委, 省政府, 全省 …)
]


@pytest.mark.parametrize("text, place", PROVINCE_BY_STEM, ids=[c[1] + str(i) for i, c in enumerate(PROVINCE_BY_STEM)])
def test_province_from_its_short_name(text, place):
    assert document_from_text(text).jurisdiction == place


@pytest.mark.parametrize("text", PROVINCE_NOT_BY_STEM, ids=range(len(PROVINCE_NOT_BY_STEM)))
def test_province_short_name_not_taken_when_unclear(text):
    assert document_from_text(text).jurisdiction is None


def test_published_line_gives_the_page_date():
    doc = document_from_text("四川省委高層異動\n2001年1月13日發表\n【人民報訊】1月13日消息:昨天,四川省人大常委會會議"
                             "決定任命陳某爲省政府副省長。\n")
    assert doc.date == "2001-01-13"
