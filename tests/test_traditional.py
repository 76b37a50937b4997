"""Traditional characters read as simplified (kg.simplify inside kg.normalize), evidence kept in
the original characters; pinyin glosses inside words dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import simplify
from kg.extract import extract_document
from kg.normalize import normalize
from kg.reading import document_from_text, read_document
from kg.simplify import is_traditional_char, to_simplified, traditional_chars

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEV = ROOT / "corpus" / "dev" / "docs"

TRAD_DECISION = (
    "吉林省人大常委會決定\n"
    "（2021年8月2日吉林省第十三屆人民代表大會常務委員會第二十九次會議通過）\n"
    "吉林省第十三屆人民代表大會常務委員會第二十九次會議決定：\n"
    "任命張偉為吉林省人民政府副省長；\n"
    "免去趙強的吉林省人民政府秘書長職務。\n"
)


def _simplified(value: str | None) -> bool:
    return value is None or not any(is_traditional_char(c) for c in value)


def test_traditional_decision_gives_simplified_facts_with_traditional_evidence():
    doc = document_from_text(TRAD_DECISION, "trad.txt")
    facts = extract_document(doc)
    acts = {(f.kind, f.person, f.title) for f in facts if f.kind != "hold"}
    assert ("appoint", "张伟", "副省长") in acts
    assert ("remove", "赵强", "秘书长") in acts
    for f in facts:
        assert _simplified(f.person) and _simplified(f.title) and _simplified(f.org)
        for ev in [f.source, *f.evidence]:
            written = doc.original[ev.start:ev.end]
            assert to_simplified(written) != written  # the span is the traditional text as written
            assert f.person in to_simplified(written) or f.kind == "hold"


@pytest.mark.parametrize("name", ["trad-guizhou-01.txt", "election-sichuan-01.txt", "actnews-shandong-04.txt", "scnews-tianjin-04.txt"])
def test_traditional_dev_documents_evidence_points_into_the_original(name):
    path = DEV / name
    if not path.exists():
        pytest.skip(f"{path} not in this checkout")
    doc = read_document(str(path))
    assert traditional_chars(doc.original) and not traditional_chars(doc.text)
    facts = extract_document(doc)
    assert facts
    for f in facts:
        assert _simplified(f.person) and _simplified(f.title) and _simplified(f.org)
        for ev in [f.source, *f.evidence]:
            written = doc.original[ev.start:ev.end]
            # the span holds the fact's person as written (traditional), read back as simplified
            assert f.person in to_simplified(written).replace(" ", "") or f.kind in ("hold", "rank")


def test_offsets_stay_exact_character_for_character():
    text, offsets = normalize(TRAD_DECISION)
    assert "吉林省人大常委会决定" in text and "任命张伟为吉林省人民政府副省长" in text
    for i, c in enumerate(text):
        o = TRAD_DECISION[offsets[i]]
        assert c == o or c == simplify._char(o) or c in "\n（）：；" or o.isspace()


def test_mainland_document_odd_traditional_characters():
    original = (SAMPLES / "000_0945f9fe5f825365.txt").read_text(encoding="utf-8")
    text, offsets = normalize(original)
    assert "督导体制" in text and "中小学生" in text
    i = text.index("督导体制")
    assert original[offsets[i]:offsets[i + 3] + 1] == "督導體制"  # evidence keeps what is written
    assert not traditional_chars(text)


def test_mainland_names_with_traditional_characters_are_kept():
    # sample 002: a person (袁崑), a historical figure (杨闇公), a kindergarten (三昇幼儿园); 乾隆
    original = (SAMPLES / "002_da5c81e7ca3b0941.txt").read_text(encoding="utf-8")
    assert to_simplified(original) == original


@pytest.mark.parametrize("name", ["001_c20813c4169b5919.txt", "003_c62ba9d0d4872cf1.txt", "004_3acbdc6da8fda54b.txt"])
def test_simplified_samples_unchanged(name):
    original = (SAMPLES / name).read_text(encoding="utf-8")
    assert to_simplified(original) == original


def test_traditional_quote_inside_a_simplified_document_is_converted():
    text = "区人大常委会召开会议。\n報導稱：貴州省人大常委會決定任命趙克志為副省長。\n李昇同志出席。\n" * 3
    out = to_simplified(text)
    assert "报导称：贵州省人大常委会决定任命赵克志为副省长。" in out
    assert "李昇同志出席" in out  # one traditional character, no support in the text: kept
    assert len(out) == len(text)


def test_odd_character_after_a_surname_is_kept_even_with_support():
    text = "思想得到升华。\n王昇华同志任副区长。\n全面提升學生素质，学生和教师。\n" + "区人大常委会召开第三十五次会议。\n" * 5
    out = to_simplified(text)
    assert "王昇华同志" in out  # 升华 occurs, but 王 is a surname: perhaps a name, kept
    assert "提升学生" in out  # 学生 occurs and no surname before it: converted


def test_phrase_conversion_keeps_phrases_and_length():
    out = to_simplified("乾隆年間，著名的乾淨頭髮。" * 20)
    assert out.startswith("乾隆年间，著名的干净头发。")


def test_length_changing_phrase_falls_back_to_characters(monkeypatch):
    class Stretching:
        def convert(self, s):  # a phrase table that changes the length of a line
            return s.replace("會議", "会议了") if len(s) > 1 else {"會": "会", "議": "议", "國": "国"}.get(s, s)

    monkeypatch.setattr(simplify, "_converter", lambda: Stretching())
    simplify._char.cache_clear()
    try:
        line = "全國人大會議"
        assert simplify._convert_line(line) == "全国人大会议"
        assert simplify._convert_lines(line + "\n" + line) == "全国人大会议\n全国人大会议"
    finally:
        simplify._char.cache_clear()


@pytest.mark.parametrize("written,expected", [
    ("十二屆全國人大一次會(huì )議主席團", "十二届全国人大一次会议主席团"),
    ("中央軍委主席習(xí)近平會見", "中央军委主席习近平会见"),
    ("在縣(市、區(qū)、旗)委書記崗位上", "在县（市、区、旗）委书记岗位上"),
    ("王强(男)任副区长", "王强（男）任副区长"),  # not pinyin
    ("Beijing(běi)", "Beijing(běi)"),  # not after a Han character
    ("会议(hui)", "会议（hui）"),  # no tone mark: not taken for a gloss
])
def test_pinyin_glosses_inside_words_are_dropped(written, expected):
    text, offsets = normalize(written)
    assert text == expected
    assert len(offsets) == len(text) + 1 and all(a < b for a, b in zip(offsets, offsets[1:]))
    if "議" in written:
        i = text.index("会议")
        assert written[offsets[i]] == "會" and written[offsets[i + 1]] == "議"
def test_a_variant_word_is_replaced_only_as_the_word():
    """Session 38 (trad dev): 甯德 is 宁德 (福建省宁德市), while 甯 stays the surname of 甯汉豪 (the
    word table of kg/data/char_variants.txt; same length, offsets exact)."""
    text = "曾任甯德市委副書記、市長，發展局局長甯漢豪出席會議。政務司司長與財政司司長出席。"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert "宁德市委副书记" in out and "甯汉豪" in out
