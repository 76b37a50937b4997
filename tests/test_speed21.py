"""Session 21 speed shortcuts give what the plain calls give (issue "Nationwide", point 9).

- kg.fast_re.first_class / finditer_first: a pattern tried only at the characters its matches can
  start with finds what finditer finds;
- kg.extract.grammar.Trigger: the act reader's trigger test, words and other patterns apart, says
  what one alternation of them said;
- names.is_person_name and titles.title_info are cached (pure functions of their text);
- kg.fast_re.words_pattern: literal words written as a tree of their characters match what
  their alternation, longest first, matched (alone and inside a larger pattern);
- kg.orgs' indexes by first character give the forms and stems its scans gave.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg import fast_re
from kg.extract import grammar
from kg.extract.dating import BACKREF, DECIDE_TRIGGER, MEETING_TRIGGER
from kg.metadata import _TOWN, _TOWN_CONGRESS

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    docs += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev" / "docs").glob("*.txt"))[::25]]
    rng = random.Random(21)
    pieces = ["国务院", "令", "，", "任命", "省委", "决定", "研究", "第十二次", "会议", "本次", "会上", "还", "免去",
              "3次", "全体会议", "对", "职务", "进行了", "调整", "昨天", "宣布", "聘任", "任免", "干部", "\n", " ",
              "高行镇", "召开", "第四届", "人民代表大会", "县", "白石镇", "、", "街道"]
    docs += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(2000)]
    return docs


@pytest.mark.parametrize("pattern, first", [
    (r"a*", None),  # may be empty
    (r"(?:x|)", None),
    (r"(?:x|)y", "[xy]"),
    (r"(?<=a)b", "[b]"),  # a lookbehind consumes nothing
    (r"^\s*x", r"[\sx]"),
    (r"(?:ab)?c", "[ac]"),
    (r"[^a]b", None),  # a negated class: not known
    (r"(?i)a", None),  # case folding: not known
    (r".x", None),
    (r"\d+年", r"[\d]"),
    (r"(?:本次)?(?:会议|大会)(?=还)", "[本会大]"),
])
def test_first_class_reads_the_first_characters(pattern: str, first: str | None) -> None:
    got = fast_re.first_class(re.compile(pattern))
    assert (got.pattern if got is not None else None) == first


@pytest.mark.parametrize("rx", [DECIDE_TRIGGER, BACKREF, MEETING_TRIGGER, _TOWN, _TOWN_CONGRESS])
def test_finditer_first_gives_the_finditer(rx: re.Pattern[str]) -> None:
    assert fast_re.first_class(rx) is not None or rx in (_TOWN, _TOWN_CONGRESS)
    for text in _texts():
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast_re.finditer_first(rx, text)] == want
        assert [(m.span(), m.groups()) for m in fast_re.finditer(rx, text)] == want


def test_trigger_says_what_one_alternation_said() -> None:
    """grammar.any_trigger(): the words and the other trigger patterns tried apart find a trigger
    where the one alternation of them did (every line of the samples, every example)."""
    trigger = grammar.any_trigger()
    assert trigger is not None and trigger.words is not None
    found = [s for s in grammar.shapes() if s.scope == "clause" and s.action != "person" and s.trigger]
    whole = re.compile("|".join(f"(?:{s.trigger.pattern})" for s in found if s.trigger))
    texts = [line for text in _texts()[:5] for line in text.splitlines()]
    texts += [e.text for s in grammar.shapes() for e in s.examples] + [n for s in grammar.shapes() for n in s.negatives]
    texts += ["张三丰 拟任", "李四（女） 任", "人：王五", "无关的一句话。"]
    for text in texts:
        assert trigger.found(text) == (whole.search(text) is not None), text


def test_cached_name_and_title_readers() -> None:
    from kg import names, titles

    assert hasattr(names.is_person_name, "cache_info") and hasattr(titles.title_info, "cache_info")
    assert not hasattr(names.minority_name_parts.__wrapped__, "cache_info")  # (its cache once sat on top of it)
    assert names.is_person_name("王小明") and not names.is_person_name("办公室主任")
    info = titles.title_info("代理区长")
    assert info is not None and info.title == "区长" and info.acting
    assert titles.title_info("代理区长") is info  # (frozen: one answer shared)


def _flat(words: list[str] | set[str] | tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, set(words)), key=lambda w: (-len(w), w)))


def test_words_pattern_matches_what_the_alternation_matched() -> None:
    from kg.extract.mentions import _title_re, title_words

    rng = random.Random(2121)
    made = ["".join(rng.choice("副主任书记委员长a.|") for _ in range(rng.randint(1, 5))) for _ in range(300)]
    texts = _texts()[:400] + ["副主任委员会副书记处书记长", "主任委员长a.|b", ""]
    for words in (title_words(), made, ["a"], ["ab", "a", "abc", "b"]):
        flat, tree = re.compile(_flat(words)), re.compile(fast_re.words_pattern(words))
        # inside a larger pattern the engine backtracks into the words: the same order, longest first
        flat_in = re.compile(rf"^.*(?:{_flat(words)})[\u4e00-\u9fff]{{2,4}}?(?:和|与)")
        tree_in = re.compile(rf"^.*(?:{fast_re.words_pattern(words)})[\u4e00-\u9fff]{{2,4}}?(?:和|与)")
        for text in texts:
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
            a, b = flat_in.match(text), tree_in.match(text)
            assert (a and a.span()) == (b and b.span())
    assert _title_re().pattern == fast_re.words_pattern(title_words())
    assert re.compile(fast_re.words_pattern([])).search("任何") is None


def test_org_indexes_give_what_the_scans_gave() -> None:
    """kg.orgs: the named bodies' forms by first character and the county stems by first character
    are the forms / stems the scans over all of them picked, in the same order."""
    from kg import orgs

    forms = orgs._named_forms()
    for first in {f[0][:1] for f in forms} | {"", "x", "省"}:
        assert orgs._named_forms_at(first) == tuple(f for f in forms if f[0][:1] in ("", first))
    stems, by_first = orgs._county_stems(), orgs._county_stems_by_first()
    for text in ["中行巴南支行", "农行江北支行营业部", "", "工商银行" + stems[0][0] + "支行"]:
        written = sorted(i for first in {*text, ""} for i in by_first.get(first, ()))
        assert [stems[i] for i in written if stems[i][0] in text] == [s for s in stems if s[0] in text]
    for text in ["兰山公社", "安澜镇", "城关街道", "县委", "新兴乡中心", "ab"]:
        for pos in range(len(text)):
            # the suffix stands after 2-4 characters: what the loop over every length and suffix finds
            assert bool(orgs._unlisted_towns(text, pos, None)) == any(
                text.startswith(text[pos:pos + n] + s, pos) for n in range(2, 5) for s in ("街道", "镇", "乡", "公社")
                if not set(text[pos:pos + n] + s) & orgs._table()["bad"])
