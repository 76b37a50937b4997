"""Office-holder tables and succession lists of leadership pages (kg.extract.succession)."""

from __future__ import annotations

from kg.extract import succession
from conftest import doc_as_written


def _doc(text: str, jur: str | None = "四川省"):
    doc = doc_as_written(text, jur, "2024-08-01", path="page.txt")
    return doc


def test_succession_table_row_gives_current_holders():
    facts, _ = succession.extract(_doc("副省长 8 | 董卫民、 普布顿珠、 胡 云 |\n秘书长 | 曾 卿 |\n"))
    assert {(f.person, f.title, f.org, f.former) for f in facts} == {
        ("董卫民", "副省长", "四川省人民政府", None), ("普布顿珠", "副省长", "四川省人民政府", None),
        ("胡云", "副省长", "四川省人民政府", None),
    }  # 秘书长 implies no body: skipped, never guessed


def test_succession_list_with_dates_joined_lines_and_a_cut_item():
    text = ("[编辑]省长\n[编辑]……\n- 肖秧（1993年2月-1996年2月）- 施小琳（女，2024年7月- ）常务副省长\n"
            "- 罗文（2020年3月 - 2022年5月）- 李云泽(2022年5月 - 2023\n")
    got = {(f.person, f.title, f.start, f.end, f.former) for f in succession.extract(_doc(text))[0]}
    assert got == {("肖秧", "省长", "1993-02", "1996-02", True), ("施小琳", "省长", "2024-07", None, False),
                   ("罗文", "常务副省长", "2020-03", "2022-05", True)}


def test_succession_needs_the_place_of_the_document():
    assert succession.extract(_doc("[编辑]省长\n- 肖秧（1993年2月-1996年2月）\n", jur=None))[0] == []
