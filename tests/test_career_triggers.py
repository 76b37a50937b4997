"""The career shapes' triggers (kg/data/career_shapes.yaml `trigger`, session 21, speed).

kg.extract.careers tries each shape only in the sentences (runs of text between 。 and ；) that hold
one of its trigger words. That gives every match a finditer over the whole text gives only when
every match holds one of the words and no match runs across 。 or ；. Both are checked here on each
pattern's parse tree, the examples of every shape must hold its trigger, and the matches are
compared with a finditer over the whole text on the samples, part of the dev corpus and made-up text.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]  # private: not in typeshed
from typing import Any

import pytest
from re._constants import (  # type: ignore[import-not-found]
    ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_NOT_SPACE,
    CATEGORY_NOT_WORD, CATEGORY_SPACE, CATEGORY_WORD, GROUPREF_EXISTS, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
    NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SUBPATTERN,
)

from kg import fast_re
from kg.extract import careers

ROOT = Path(__file__).resolve().parent.parent
REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
CATEGORIES = {CATEGORY_SPACE: r"\s", CATEGORY_NOT_SPACE: r"\S", CATEGORY_DIGIT: r"\d",
              CATEGORY_NOT_DIGIT: r"\D", CATEGORY_WORD: r"\w", CATEGORY_NOT_WORD: r"\W"}
# shapes whose trigger is read by hand, not from the parse tree (the words are in a lookahead): why
BY_HAND = {
    # (是|为…)(?=(第?[一…十]+届、?)+[^，,。；;\n]{0,12}?(?:政协委员|…))(?P<posts>{POSTS}): the posts run on
    # to the next comma at least (POSTS stops only before a comma or at 。；;\n), so they take the 届
    "term_member",
}
NO_TRIGGER: set[str] = set()  # shapes without a trigger word (tried over the whole text)


def _tree(spec: dict) -> Any:
    return _parser.parse(spec["regex"].pattern, spec["regex"].flags)


def _in_class(items: Any, ch: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is NEGATE:
            negate = True
        elif op is LITERAL:
            hit = hit or av == ord(ch)
        elif op is RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is CATEGORY:
            hit = hit or re.fullmatch(CATEGORIES[av], ch) is not None
        else:
            return True  # not known: it may
    return hit != negate


def _consumes(seq: Any, ch: str) -> bool:
    """Whether a match of ``seq`` may consume ``ch`` (lookarounds consume nothing)."""
    for op, av in seq:
        if op is LITERAL and av == ord(ch) or op is NOT_LITERAL and av != ord(ch) or op is ANY and ch != "\n" \
                or op is IN and _in_class(av, ch):
            return True
        if op in REPEATS and av[1] > 0 and _consumes(av[2], ch) or op is SUBPATTERN and _consumes(av[3], ch) \
                or op is BRANCH and any(_consumes(alt, ch) for alt in av[1]) \
                or op is GROUPREF_EXISTS and (_consumes(av[1], ch) or av[2] is not None and _consumes(av[2], ch)):
            return True
        if op not in (LITERAL, NOT_LITERAL, ANY, IN, *REPEATS, SUBPATTERN, BRANCH, GROUPREF_EXISTS, ASSERT,
                      ASSERT_NOT, AT):
            return True  # not known: it may
    return False


CAP = 400  # the most strings a run of literal items is expanded to


def _strings(op: Any, av: Any) -> set[str] | None:
    """The strings an item consumes, when they are few and known: a literal, a class of literals, a
    group or alternation of such, a short repeat; "" for a lookaround or an anchor. None otherwise."""
    if op is LITERAL:
        return {chr(av)}
    if op is IN:
        return {chr(a) for _, a in av} if all(o is LITERAL for o, _ in av) else None
    if op in (ASSERT, ASSERT_NOT, AT):
        return {""}
    if op is SUBPATTERN:
        return None if av[1] or av[2] else _seq_strings(av[3])
    if op is BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq_strings(alt)
            if got is None:
                return None
            out |= got
        return out
    if op in REPEATS and av[1] <= 2:
        body = _seq_strings(av[2])
        if body is None:
            return None
        out, run = set(), {""}
        for n in range(av[1] + 1):
            if n >= av[0]:
                out |= run
            run = {a + b for a in run for b in body}
        return out if len(out) <= CAP else None
    return None


def _seq_strings(seq: Any) -> set[str] | None:
    run = {""}
    for op, av in seq:
        got = _strings(op, av)
        if got is None:
            return None
        run = {a + b for a in run for b in got}
        if len(run) > CAP:
            return None
    return run


def _each_holds(strings: set[str], words: list[str]) -> bool:
    return all(any(w in s for w in words) for s in strings)


def _holds_word(seq: Any, words: list[str]) -> bool:
    """Whether every match of ``seq`` consumes one of ``words`` (False when the tree does not show
    it): a run of literal items whose every string holds one, or a group, an alternation whose every
    branch, a repeat taken at least once, a conditional whose both branches, do."""
    run: set[str] = {""}
    for op, av in seq:
        got = _strings(op, av)
        if got is not None:
            if _each_holds(got, words):
                return True
            run = {a + b for a in run for b in got}
            if len(run) <= CAP:
                continue
        if _each_holds(run, words):
            return True
        run = {""}
        if op is SUBPATTERN and _holds_word(av[3], words) \
                or op is BRANCH and all(_holds_word(alt, words) for alt in av[1]) \
                or op in REPEATS and av[0] >= 1 and _holds_word(av[2], words) \
                or op is GROUPREF_EXISTS and av[2] is not None and _holds_word(av[1], words) \
                and _holds_word(av[2], words):
            return True
    return _each_holds(run, words)


def test_every_shape_has_a_trigger() -> None:
    missing = {s["name"] for s in careers.shapes() if not s.get("trigger")}
    assert missing == NO_TRIGGER, f"give {sorted(missing - NO_TRIGGER)} a trigger: the words one of which every match" \
        " holds (kg/data/career_shapes.yaml, its header); a shape without one is tried over the whole text"
    _, _, _, untriggered = careers._trigger_index()
    assert {careers.shapes()[i]["name"] for i in untriggered} == NO_TRIGGER


@pytest.mark.parametrize("spec", careers.shapes(), ids=lambda s: s["name"])
def test_trigger_follows_from_the_pattern(spec: dict) -> None:
    """Every match of the shape holds one of its trigger words: read from the pattern's parse tree."""
    if spec["name"] in NO_TRIGGER:
        return
    proved = _holds_word(_tree(spec), spec["trigger"])
    assert proved or spec["name"] in BY_HAND, f"{spec['name']}: not every match of the pattern holds one of" \
        f" {spec['trigger']} (read the pattern: a way it is written without them loses its matches)"
    assert not (proved and spec["name"] in BY_HAND), f"{spec['name']}: read from the pattern, no more by hand"


@pytest.mark.parametrize("spec", careers.shapes(), ids=lambda s: s["name"])
def test_no_shape_runs_across_a_sentence_end(spec: dict) -> None:
    tree = _tree(spec)
    assert [c for c in careers.SENTENCE_ENDS if _consumes(tree, c)] == []


def test_the_proof_reads_what_it_should() -> None:
    def holds(pattern: str, words: list[str]) -> bool:
        return _holds_word(_parser.parse(pattern), words)

    assert holds("(?:现任|现为|现担任|现系)X", ["现任", "现为", "现担任", "现系"])
    assert holds("(?:工作|任职)(?:多年)?[，,]", ["工作，", "工作,", "任职，", "任职,", "多年，", "多年,"])
    assert holds("a(?:(?:也|亦|还)?(?:是|系)|仅为|只是)b", ["是", "系", "仅为"])
    assert holds("x+(?:19|20)\\d{2}年", ["年"]) and holds("(?:A|B)+年", ["年"])
    assert not holds("(?:工作|任职)(?:多年)?[，,]", ["工作，", "任职，"])
    assert not holds("(?=现任)\\w+", ["现任"])  # a lookahead consumes nothing
    assert not holds("(?:现任)?X", ["现任"]) and not holds("现?任", ["现任"])
    assert not holds("[^a]", ["b"]) and not holds("a|b", ["a"])
    assert _consumes(_parser.parse("\\s*"), "\n") and not _consumes(_parser.parse("[^。；]"), "。")
    assert not _consumes(_parser.parse("(?=。)a"), "。") and _consumes(_parser.parse("(?:a|.)"), "；")


@pytest.mark.parametrize("spec", careers.shapes(), ids=lambda s: s["name"])
def test_examples_hold_the_trigger(spec: dict) -> None:
    """Each example of a shape (as the shapes read it: notes and terms blanked) holds one of its
    trigger words, so a shape whose trigger misses a way it is written fails here."""
    if spec["name"] in NO_TRIGGER:
        return
    for example in spec.get("examples") or []:
        text = careers.shape_text(careers._unannotated(example["text"]))
        assert any(w in text for w in spec["trigger"]), (spec["name"], example["text"])


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev" / "docs").glob("*.txt"))[::10]]
    texts += [e["text"] for s in careers.shapes() for e in s.get("examples") or []]
    texts += [n for s in careers.shapes() for n in s.get("negatives") or []]
    texts += [
        "李工作为湖南省长沙市市长出席会议。",  # 作为 starts inside 工作 (the search finds 工作)
        "张三曾任职于湖南省长沙市财政局，历任副局长、局长；2019年任市长。\n2020.01—至今 长沙市委书记",
        "", "。", "；；", "任", "2019年，张三任长沙市市长",  # no sentence end after the last sentence
    ]
    return [careers.shape_text(careers._unannotated(t)) for t in texts]


def test_shape_hits_are_the_whole_text_finditer() -> None:
    """kg.extract.careers._shape_hits: the matches and their order a search of every shape over the
    whole text gives, as careers.extract did before (kg.fast_re.finditer at clause starts, a mid-line
    shape's finditer_at at its first characters; sorted by start, then shape)."""
    order = {id(spec): i for i, spec in enumerate(careers.shapes())}
    for text in _texts():
        want = []
        for i, spec in enumerate(careers.shapes()):
            hits = fast_re.finditer_at(spec["regex"], text, spec["first_re"]) if spec["first_re"] is not None \
                else fast_re.finditer(spec["regex"], text)
            want += [(m.start(), i, m.span(), m.groups()) for m in hits]
        want.sort(key=lambda w: (w[0], w[1]))
        got = [(m.start(), order[id(spec)], m.span(), m.groups()) for m, spec in careers._shape_hits(text)]
        assert got == want


def test_a_shape_without_trigger_is_tried_over_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = [{**spec, "trigger": None} if spec["name"] == "current" else spec for spec in careers.shapes()]
    monkeypatch.setattr(careers, "shapes", lambda: plain)
    careers._trigger_index.cache_clear()
    careers._shapes_of.cache_clear()
    try:
        text = "据悉，张三现任湖南省长沙市市长"
        got = [(m.span(), spec["name"]) for m, spec in careers._shape_hits(text)]
        assert ((m := plain[0]["regex"].search(text)) is not None and (m.span(), "current") in got)
    finally:
        careers._trigger_index.cache_clear()
        careers._shapes_of.cache_clear()


# -- the subjects read near the clauses that may take one (careers._subjects(text, near)) --------------
#
# extract reads the subjects only SUBJECT_REACH before the clauses that may take the subject as their
# person (careers._reading_windows), each subject pattern from the start of the sentence an interval
# starts in: the whole text's matches there only when no match of the pattern runs over a sentence end.

WINDOWED_SUBJECT_PATTERNS = [rx for rx in careers.SUBJECT_PATTERNS if rx not in careers.SUBJECTS_ACROSS_SENTENCES] + [
    careers.TIMED_SUBJECT_RE, careers.NAMED_LAST_RE, careers.AGED_RE, careers.NATIVE_RE, careers.BORN_OF_RE,
    careers.BORN_RE, careers.BORN_AFTER_RE]


@pytest.mark.parametrize("rx", WINDOWED_SUBJECT_PATTERNS, ids=lambda rx: rx.pattern[:30])
def test_subject_patterns_read_by_sentence_never_run_over_a_sentence_end(rx: re.Pattern[str]) -> None:
    tree = _parser.parse(rx.pattern, rx.flags)
    assert [c for c in careers.SENTENCE_BREAKS if _consumes(tree, c)] == [], \
        "a match of this pattern may hold 。；;: list it in careers.SUBJECTS_ACROSS_SENTENCES"


@pytest.mark.parametrize("share", [careers.WHOLE_TEXT_SHARE, 1e9])  # (1e9: never the whole text instead)
def test_subjects_near_are_those_of_the_whole_text_there(share: float, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    monkeypatch.setattr(careers, "WHOLE_TEXT_SHARE", share)
    rng = random.Random(23)
    for text in [careers._unannotated(t) for t in _texts_plain()]:
        whole = careers._subjects(text)
        marks = sorted({at for at, _ in whole} | {rng.randrange(len(text) + 1) for _ in range(8)})
        for _ in range(6):
            near: list[tuple[int, int]] = []
            for at in sorted(rng.sample(marks, min(len(marks), rng.randint(1, 4)))):
                lo, hi = max(0, at - rng.randint(0, 600)), at + rng.randint(0, 3)
                if near and lo <= near[-1][1] + 1:
                    near[-1] = (near[-1][0], max(near[-1][1], hi))
                else:
                    near.append((lo, hi))
            assert careers._subjects(text, near) == careers._in_intervals(whole, near), near


def _texts_plain() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "dev" / "docs").glob("*.txt"))[::7]]
    texts += [e["text"] for s in careers.shapes() for e in s.get("examples") or []]
    return [t for t in texts if t]


def test_careers_read_with_the_subjects_near_their_clauses_as_with_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """careers.extract reads the subjects only near the clauses that may take one (_reading_windows):
    the facts and spans are those it reads with every subject of the text."""
    from kg.reading import read_document

    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "corpus" / "dev" / "docs").glob("*.txt"))[::5]
    docs = [read_document(str(path)) for path in paths]
    got = [careers.extract(doc) for doc in docs]
    monkeypatch.setattr(careers, "_reading_windows", lambda hits, taken: [(0, 1 << 30)])  # every subject
    assert [careers.extract(doc) for doc in docs] == got
