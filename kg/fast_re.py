"""Faster compilation of regular expressions whose classes hold large ranges ([\u4e00-\u9fff]).

CPython's ``re`` compiler (``re._compiler._optimize_charset``) marks the characters of a class
in a bitmap one at a time, in Python: every ``[\u4e00-\u9fff]`` costs ~21,000 loop steps
(~0.3 ms). kg's patterns (the act shapes, names, posts, organizations) hold hundreds of such
classes, so compiling them took 0.5–1 s of every process — more than extracting the samples.

:func:`install` puts in its place a function that fills the same bitmap by slice assignment
for classes without case folding (every class kg writes) and hands everything else to the
original; the rest of the original (runs, bitmap, big charset) is kept line for line, so the
compiled code is the same byte for byte (``tests/test_fast_re.py`` compares both on every class
of kg's patterns and on random ones). It is installed only on the CPython versions whose
function it was checked against (3.11–3.13); elsewhere nothing changes.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import zlib
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import _sre  # type: ignore[import-not-found]  # CPython's regex engine: not in typeshed

from re import _compiler as _c  # type: ignore[attr-defined]  # private: not in typeshed
from re import _parser  # type: ignore[attr-defined]  # private: not in typeshed
from re._constants import (  # type: ignore[import-not-found]
    ANY, ASSERT, ASSERT_NOT, AT, BIGCHARSET, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT,
    CATEGORY_NOT_SPACE, CATEGORY_NOT_WORD, CATEGORY_SPACE, CATEGORY_WORD, CHARSET, IN, LITERAL, MAX_REPEAT,
    MIN_REPEAT, NEGATE, NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SUBPATTERN,
)

# :func:`_fingerprint` of ``re._compiler._optimize_charset`` on the CPython versions whose source
# was compared with the copy below (3.11.7, 3.12.1, 3.13.0: the same source in all three)
_CHECKED = {
    "3bcca4f5b933870de76d60b5562748046fb1bd0b096da873eeb57351ab4cb617",
    "a13d6bc5fb6ddcd2e2056b8a4d442c4070bf3378b3634eb732d026a087d64d87",
    "88635d59e573992cffb719843d5e1ecda9310c3e3e40cc74194cb7460aaead4c",
}
_original = _c._optimize_charset
# the same for ``re._compiler.compile`` (the same source in the three versions)
_CHECKED_COMPILE = {
    "7a51c349834725261151fd52b40d1fb3c634633286572c7b0939d9fbcce9df5e",
    "d22554885785878e4ebf202ca8bac545a80d202a3b05aaf8caf78d106124fe17",
    "e31f17adc408fbe7a0c38a75d6011de783dcb060747326c8973d9b9d82b1c6fd",
}
_original_compile = _c.compile


def optimize_charset(charset, iscased=None, fixup=None, fixes=None):  # noqa: ANN001, ANN201 (re's own signature)
    """``re._compiler._optimize_charset`` with the bitmap filled by slices (same result)."""
    if fixup is not None:
        return _original(charset, iscased, fixup, fixes)
    top = 0
    for op, av in charset:
        if op is LITERAL:
            top = max(top, av)
        elif op is RANGE:
            top = max(top, av[1])
        elif op is not NEGATE:
            return _original(charset, iscased, fixup, fixes)
    out = []
    tail = []  # what lies beyond the BMP, kept as written (the original's tail)
    charmap = bytearray(65536 if top > 255 else 256)
    for op, av in charset:
        if op is LITERAL:
            if av > 0xFFFF:
                tail.append((op, av))
            else:
                charmap[av] = 1
        elif op is RANGE:
            lo, hi = av
            if lo <= 0xFFFF:  # the BMP part in the map (the original marks it before it stops)
                end = min(hi, 0xFFFF) + 1
                charmap[lo:end] = b"\x01" * (end - lo)
            if hi > 0xFFFF:
                tail.append((op, av))
        else:
            out.append((op, av))
    hascased = False

    # From here on the original, line for line (no category, no case folding).
    runs = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))
            break
        runs.append((p, q))
    if runs is not None:
        for p, q in runs:
            if q - p == 1:
                out.append((LITERAL, p))
            else:
                out.append((RANGE, (p, q - 1)))
        out += tail
        if hascased or len(out) < len(charset):
            return out, hascased
        return charset, hascased

    if len(charmap) == 256:
        data = _c._mk_bitmap(charmap)
        out.append((CHARSET, data))
        out += tail
        return out, hascased

    charmap = bytes(charmap)
    comps = {}
    mapping = bytearray(256)
    block = 0
    data = bytearray()
    for i in range(0, 65536, 256):
        chunk = charmap[i: i + 256]
        if chunk in comps:
            mapping[i // 256] = comps[chunk]
        else:
            mapping[i // 256] = comps[chunk] = block
            block += 1
            data += chunk
    data = _c._mk_bitmap(data)
    data[0:0] = [block] + _c._bytes_to_codes(mapping)
    out.append((BIGCHARSET, data))
    out += tail
    return out, hascased


# -- finditer for patterns that can only start after given characters ----------------------------

_AFTER = re.compile(r"^\(\?:\^\|\(\?<=\[((?:[^\]\\]|\\.)+)\]\)\)"  # (?:^|(?<=[C]))
                    r"|^\(\?:\(\?<=\[((?:[^\]\\]|\\.)+)\]\)\|\^\)")  # (?:(?<=[C])|^), the same


@lru_cache(maxsize=512)
def _after_marks(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern written ``(?:^|(?<=[C]))X`` or ``(?:(?<=[C])|^)X``: ``[C]X`` (a line break added to C under
    MULTILINE), whose search the engine runs with its fast skip to the next character of C.
    None for any other pattern."""
    m = _AFTER.match(pattern.pattern) if isinstance(pattern.pattern, str) else None
    chars = m and (m.group(1) or m.group(2))
    if m is None or not chars or chars.startswith("^"):
        return None
    marks = chars + ("\\n" if pattern.flags & re.MULTILINE else "")
    return re.compile(f"[{marks}]" + pattern.pattern[m.end():], pattern.flags)


_COUNTS: list = [None, {}]  # the last text counted in, and its counts by word


def _count(text: str, word: str) -> int:
    """``text.count(word)``, kept for the last text: the career shapes of one document share
    most of their window words (任, 担任 …), each a pass over the whole text."""
    if _COUNTS[0] is not text:
        _COUNTS[0], _COUNTS[1] = text, {}
    found = _COUNTS[1].get(word)
    if found is None:
        found = _COUNTS[1][word] = text.count(word)
    return found


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, faster for a pattern that opens with
    ``(?:^|(?<=[C]))`` (a clause start: kg's career and biography shapes): the engine tries
    such a pattern at every offset, though a match can only start at 0 or after a character of
    C. Here a companion pattern that consumes that character finds each candidate with the
    engine's fast skip, and ``pattern.match`` at the candidate gives the very match finditer
    gives (same string, same start: lookbehinds see the same text). Other patterns: finditer."""
    marks = _after_marks(pattern)
    window = _word_window(pattern) if marks is not None else None
    if window is not None:  # (its words are words every match holds)
        counts = [_count(text, w) for w in window[0]]
        if not any(counts):
            return iter(())
        if sum(counts) * _SPARSE < len(text):
            return _windowed(pattern, text, window, [w for w, n in zip(window[0], counts) if n])
    for words in required_words(pattern):
        if not any(w in text for w in words):
            return iter(())  # a word every match holds is not in the text: no match
    if marks is None:
        return pattern.finditer(text)  # (the engine's own iterator: no step of Python per match)
    return _after_marks_matches(pattern, text, marks)


def _after_marks_matches(pattern: re.Pattern[str], text: str, marks: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """:func:`finditer` of a clause-start pattern: each candidate found by its companion ``marks``."""
    pos = 0
    m = pattern.match(text, 0)
    while True:
        if m is None:
            found = marks.search(text, max(pos - 1, 0))
            if found is None:
                return
            m = pattern.match(text, found.start() + 1)
            if m is None:  # cannot happen (the companion matched there); stay exact regardless
                yield from pattern.finditer(text, found.start() + 1)
                return
        if m.end() == m.start():  # an empty match: finditer's own rules from here on
            yield from pattern.finditer(text, m.start())
            return
        yield m
        pos = m.end()
        m = None


# -- finditer for clause-start patterns whose words come soon after the start ----------------------
#
# A career shape "(?:^|(?<=[，。…]))[ \t]*(?:(?P<who>[\u4e00-\u9fff]{2,4}?)\s*)?现任…" can match only
# at a clause start from which 现任 is reached over characters its lead can take (Han characters
# and spaces): the clause that holds 现任. So instead of trying every clause start of a 400k-char
# yearbook, the clause starts before each 现任 are tried, back to the nearest character the lead
# cannot take. Which words and which characters is read from the pattern's parse tree.

_SPARSE = 200  # the words must be rarer than one in this many characters (else the plain search)
_CATEGORIES = {CATEGORY_SPACE: r"\s", CATEGORY_NOT_SPACE: r"\S", CATEGORY_DIGIT: r"\d",
               CATEGORY_NOT_DIGIT: r"\D", CATEGORY_WORD: r"\w", CATEGORY_NOT_WORD: r"\W"}


@lru_cache(maxsize=512)
def _word_window(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]] | None:
    """:func:`_find_word_window`, kept between runs (:func:`_known`)."""
    plain = _known("window", pattern, lambda: _plain_window(_find_word_window(pattern)))
    return None if plain is None else (tuple(plain[0]), re.compile(plain[1], plain[2]), re.compile(plain[3], plain[4]))


def _plain_window(window: tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]] | None) -> tuple | None:
    if window is None:
        return None
    words, barrier, marks = window
    return words, barrier.pattern, int(barrier.flags), marks.pattern, int(marks.flags)


def _find_word_window(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]] | None:
    """For a pattern ``(?:^|(?<=[C]))LEAD WORDS…`` where LEAD consumes only characters of a set A
    and WORDS is a literal word or a group whose every branch opens with one: (the words, a
    class of the characters outside A, the class C). None when the parse tree says otherwise."""
    marks = _after_marks(pattern)
    if marks is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.DOTALL):
        return None
    seq = _parsed(pattern)
    if seq is None:
        return None
    allowed: list[Any] = []  # the class items LEAD may consume
    negated: list[set[str]] = []  # ... and the classes it may consume written as [^…]
    for i, (op, av) in enumerate(seq):
        words = _lead_words(seq, i)
        if words:
            break
        if not _consumes(op, av, allowed, negated):
            return None
    else:
        return None
    try:
        if negated:
            outside = set.intersection(*negated)
            if allowed:
                inside = re.compile(_class(allowed))
                outside = {c for c in outside if not inside.match(c)}
            if not outside:
                return None
            barrier = re.compile("[" + "".join(re.escape(c) for c in sorted(outside)) + "]")
        else:
            barrier = re.compile(_class(allowed, negate=True)) if allowed else re.compile(r"[\s\S]")
    except (re.error, KeyError):
        return None
    mark_chars = marks.pattern[1:marks.pattern.index("]")]  # (the class _after_marks opened with)
    return tuple(sorted(set(words))), barrier, re.compile(f"[{mark_chars}]")


def _lead_words(seq: Any, i: int) -> tuple[str, ...] | None:
    """The words item ``i`` of ``seq`` opens with when it is a literal word or a group whose every
    branch opens with one (None otherwise)."""
    op, av = seq[i]
    if op is LITERAL:
        run = []
        for j in range(i, len(seq)):
            if seq[j][0] is not LITERAL:
                break
            run.append(chr(seq[j][1]))
        return ("".join(run),)
    if op is IN and av and all(iop is LITERAL for iop, _ in av):
        return tuple(chr(iav) for _, iav in av)  # (年|月|日 is parsed as the class [年月日])
    if op is SUBPATTERN and not av[1] and not av[2]:
        inner = list(av[3])
        if len(inner) == 1 and inner[0][0] is BRANCH:
            out: list[str] = []
            for alt in inner[0][1][1]:
                alt = list(alt)
                words = _lead_words(alt, 0) if alt else None
                if not words:
                    return None
                out += words
            return tuple(out)
        return _lead_words(inner, 0) if inner else None
    if op is BRANCH:
        found: list[str] = []
        for alt in av[1]:
            alt = list(alt)
            words = _lead_words(alt, 0) if alt else None
            if not words:
                return None
            found += words
        return tuple(found)
    return None


def _consumes(op: Any, av: Any, allowed: list[Any], negated: list[set[str]]) -> bool:
    """Add what item (op, av) may consume to ``allowed`` / ``negated``; False when it is not
    known (a back reference, a negated class of ranges, …)."""
    if op is LITERAL:
        allowed.append((LITERAL, av))
    elif op is NOT_LITERAL:
        negated.append({chr(av)})
    elif op is ANY:
        negated.append({"\n"})
    elif op is IN:
        if av and av[0][0] is NEGATE:
            chars: set[str] = set()
            for iop, iav in av[1:]:
                if iop is LITERAL:
                    chars.add(chr(iav))
                elif iop is RANGE and iav[1] - iav[0] < 256:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return False
            negated.append(chars)
        else:
            if any(iop not in (LITERAL, RANGE, CATEGORY) for iop, _ in av):
                return False
            allowed.extend(av)
    elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        return all(_consumes(o, a, allowed, negated) for o, a in av[2])
    elif op is SUBPATTERN:
        if av[1] or av[2]:
            return False  # flags set inside the group
        return all(_consumes(o, a, allowed, negated) for o, a in av[3])
    elif op is BRANCH:
        return all(_consumes(o, a, allowed, negated) for alt in av[1] for o, a in alt)
    elif op in (ASSERT, ASSERT_NOT, AT):
        pass  # zero width
    else:
        return False
    return True


def _class(items: list[Any], negate: bool = False) -> str:
    """A class of the parser's items (LITERAL, RANGE, CATEGORY)."""
    parts = []
    for op, av in items:
        if op is LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            parts.append(_CATEGORIES[av])
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _windowed(pattern: re.Pattern[str], text: str,
              window: tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]],
              words: list[str] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` trying only the clause starts from which one of the words is
    reached over the lead's characters (:func:`_word_window`): every match starts at one of
    them, so the first that matches at or after the last match's end is the next match.
    ``words``: those of the window the text holds, when the caller knows."""
    _, barrier, marks = window
    found = set()
    for w in window[0] if words is None else words:
        i = text.find(w)
        while i >= 0:
            found.add(i)
            i = text.find(w, i + 1)
    if not found:
        return
    n = len(text)
    rev = text[::-1]

    def starts() -> Iterator[int]:  # the clause starts before each word, each once, rising
        tried = 0  # candidates below this were given
        for q in sorted(found):
            b = barrier.search(rev, n - q)  # the nearest character before q the lead cannot take
            lo = n - b.start() if b is not None else 0
            for s in ([] if lo > 0 else [0]) + [c.start() + 1 for c in marks.finditer(text, max(lo - 1, 0), q)]:
                if s >= tried:
                    tried = s + 1
                    yield s

    yield from _matches_at(pattern, text, starts())


_START = re.Match.start  # (a match's start as a function: map() calls it without a step of Python per match)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, when every match starts at one of ``starts`` (rising):
    the pattern is tried at each start not inside the last match."""
    pos = 0  # where the next match may start
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is None:
            continue
        if m.end() == s:  # an empty match: finditer's own rules from here on
            yield from pattern.finditer(text, s)
            return
        yield m
        pos = m.end()


def finditer_between(pattern: re.Pattern[str], text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` that start in [a, b], given that none of its
    matches starts before ``a`` and ends after it (the caller's guarantee: from ``a`` on, the scan
    is the whole text's). Tried only where a match can start: at the characters of
    :func:`first_class`, else after the marks of a clause-start pattern (:func:`_after_marks`),
    else at every offset; each match read on the whole text (lookarounds see all of it)."""
    first = first_class(pattern)
    starts: Iterable[int]
    if first is not None:
        starts = map(_START, first.finditer(text, a, b + 1))
    elif (marks := _after_marks(pattern)) is not None:
        cls = re.compile(marks.pattern[: marks.pattern.index("]") + 1])
        starts = (s for s in ([a] if a == 0 else []) + [c.end() for c in cls.finditer(text, max(a - 1, 0), b)]
                  if a <= s <= b)
    else:
        starts = range(a, min(b, len(text)) + 1)
    return _matches_at(pattern, text, starts)


def finditer_near(pattern: re.Pattern[str], text: str, word: str, reach: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match has ``word``
    at most ``reach`` characters after its start, in the match or in its lookahead (the caller's
    guarantee): tried only at the
    starts from which an occurrence of ``word`` is in reach. For patterns that open with a lazy
    run of characters (a name, a body), which a plain search tries at every offset."""
    starts: set[int] = set()
    q = text.find(word)
    while q >= 0:
        starts.update(range(max(0, q - reach), q + 1))
        q = text.find(word, q + 1)
    return _matches_at(pattern, text, sorted(starts))


def finditer_lines(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match starts at a line
    start and holds one of ``words`` (none holding a line break) on that first line (the caller's
    guarantee): tried only at the starts of the lines that hold one (a MULTILINE ``^`` pattern is
    otherwise tried at every offset and every line start)."""
    starts: set[int] = set()
    for word in words:
        q = text.find(word)
        while q >= 0:
            a = text.rfind("\n", 0, q) + 1
            starts.add(a)
            end = text.find("\n", q)
            q = text.find(word, end) if end >= 0 else -1
    return _matches_at(pattern, text, sorted(starts))


def finditer_in_lines(pattern: re.Pattern[str], text: str, word: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match holds ``word``,
    none crosses a line break and no lookaround looks past its line (the caller's guarantee):
    searched only in the lines that hold ``word``."""
    q = text.find(word)
    while q >= 0:
        end = text.find("\n", q)
        if end < 0:
            end = len(text)
        yield from pattern.finditer(text, text.rfind("\n", 0, q) + 1, end)
        q = text.find(word, end)


def finditer_after(pattern: re.Pattern[str], text: str, word: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match starts right
    after ``word`` (the caller's guarantee: it opens with the lookbehind ``(?<=word)``, which the
    engine tries at every offset): tried only there."""
    starts = []
    q = text.find(word)
    while q >= 0:
        starts.append(q + len(word))
        q = text.find(word, q + 1)
    return _matches_at(pattern, text, starts)


def search_first(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, tried only at the characters a match can start with
    (:func:`first_class`; the plain search when they are not known): for a pattern that opens with
    a lookbehind, which the engine tries at every offset."""
    first = first_class(pattern)
    if first is None:
        return pattern.search(text, pos, endpos)
    for c in first.finditer(text, pos, endpos):
        m = pattern.match(text, c.start(), endpos)
        if m is not None:
            return m
    return None


def search_lines(pattern: re.Pattern[str], text: str, pos: int, endpos: int,
                 ends: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a MULTILINE pattern whose every match is a whole
    line (``^…$``) that ``ends`` (a MULTILINE pattern closed by ``$``) matches the end of (the caller's
    guarantee): tried only at the starts of those lines."""
    for e in ends.finditer(text, pos, endpos):
        start = text.rfind("\n", 0, e.start()) + 1
        if start >= pos:
            m = pattern.match(text, start, endpos)
            if m is not None:
                return m
    return None


def finditer_starts(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, when every match starts at one of ``starts``
    (rising; the caller's guarantee)."""
    return _matches_at(pattern, text, starts)


def finditer_near_any(pattern: re.Pattern[str], text: str, words: tuple[str, ...], reach: int) -> Iterator[re.Match[str]]:
    """:func:`finditer_near` for a pattern whose every match has one of ``words`` at most ``reach``
    characters after its start (the caller's guarantee)."""
    starts: set[int] = set()
    for word in words:
        q = text.find(word)
        while q >= 0:
            starts.update(range(max(0, q - reach), q + 1))
            q = text.find(word, q + 1)
    return _matches_at(pattern, text, sorted(starts))


def finditer_before(pattern: re.Pattern[str], text: str, marks: re.Pattern[str], reach: int,
                    first: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match starts with a
    character of ``first`` and has a character of the class ``marks`` at most ``reach`` characters
    after its start, in the match or its lookahead (the caller's guarantee: a date starts with a
    numeral and has 年, 日 or 号 within a few characters). Tried only at those characters of
    ``first`` that have a mark in reach: a yearbook's numerals are mostly no dates."""
    starts: set[int] = set()
    for m in marks.finditer(text):
        q = m.start()
        starts.update(map(_START, first.finditer(text, max(0, q - reach), q + 1)))
    return _matches_at(pattern, text, sorted(starts))


def finditer_at(pattern: re.Pattern[str], text: str, first: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, for a pattern whose every match starts with a
    character of the one-character class ``first`` (the caller's guarantee: a date starts with a
    digit or a numeral). A pattern that opens with a lookbehind is tried by the engine at every
    offset; ``first``, a plain class, is found with the engine's fast skip, and ``pattern.match``
    at each of its characters gives what finditer gives there."""
    yield from _matches_at(pattern, text, map(_START, first.finditer(text)))


# -- finditer for patterns that open with a lookbehind, an optional part or mixed alternatives ------
#
# The engine skips ahead by itself only when a pattern opens with a literal or a class (or an
# alternation of them): "(?:研究)?(?:决定|批准…)|(?<=[委府])任命|第[一二三]+次…" is tried at every
# offset. The characters any of its matches can start with are read from its parse tree; a class of
# them is found with the engine's fast skip, and ``pattern.match`` there gives what finditer gives.


def finditer_first(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches, tried only at the characters a match can
    start with (:func:`first_class`); plain finditer when they are not known (or the pattern
    can match the empty string)."""
    first = first_class(pattern)
    if first is None:
        return pattern.finditer(text)
    return finditer_at(pattern, text, first)


@lru_cache(maxsize=512)
def first_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character class holding the first character of every match of ``pattern``, None
    when the parse tree does not tell (a back reference, ".", a negated class, case folding) or
    when a match may be empty. Kept between runs (:func:`_known`)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    found = _known("first", pattern, lambda: _find_first_class(pattern))
    return None if found is None else re.compile(found)


def first_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``pattern`` can start with (:func:`first_class`) as a set, and
    whether a decimal digit can (``\\d``: ``str.isdecimal``), to be looked up without a call of
    the engine; None when they are not known or need a class (a range of more than 512, another
    category). Kept between runs (:func:`_known`)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    found = _known("first-chars", pattern, lambda: _find_first_chars(pattern))
    return None if found is None else (frozenset(found[0]), found[1])


def _find_first_chars(pattern: re.Pattern[str]) -> tuple[str, bool] | None:
    seq = _parsed(pattern)
    if seq is None:
        return None
    try:
        items, empty = _first_items(seq)
    except Exception:  # noqa: BLE001 - an unexpected parse tree: no shortcut
        return None
    if items is None or empty or not items:
        return None
    chars: set[str] = set()
    digit = False
    for op, av in items:
        if op is LITERAL:
            chars.add(chr(av))
        elif op is RANGE and av[1] - av[0] < 512:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is CATEGORY and av is CATEGORY_DIGIT:
            digit = True
        else:
            return None
    return "".join(sorted(chars)), digit


def _find_first_class(pattern: re.Pattern[str]) -> str | None:
    seq = _parsed(pattern)
    if seq is None:
        return None
    try:
        items, empty = _first_items(seq)
        return None if items is None or empty or not items else _class(items)
    except Exception:  # noqa: BLE001 - an unexpected parse tree: no shortcut
        return None


def _first_items(seq: Any) -> tuple[list[Any] | None, bool]:
    """(the class items a match of ``seq`` can start with, whether it can be empty); None items
    when not known. Zero-width items (lookarounds, anchors) are stepped over: the first character
    a match consumes is the first of what follows them."""
    items: list[Any] = []
    found: list[Any] | None
    for op, av in seq:
        if op in (ASSERT, ASSERT_NOT, AT):
            continue
        if op is LITERAL:
            found, empty = [(LITERAL, av)], False
        elif op is IN:
            if not av or av[0][0] is NEGATE or any(iop not in (LITERAL, RANGE, CATEGORY) for iop, _ in av):
                return None, False
            found, empty = list(av), False
        elif op is SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # flags set inside the group
            found, empty = _first_items(av[3])
        elif op is BRANCH:
            branches: list[Any] = []
            empty = False
            for alt in av[1]:
                alt_items, alt_empty = _first_items(alt)
                if alt_items is None:
                    return None, False
                branches += alt_items
                empty = empty or alt_empty
            found = branches
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            found, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        items += found
        if not empty:
            return items, False
    return items, True


@lru_cache(maxsize=512)
def required_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Words every match of ``pattern`` holds, as groups of alternatives (one of each group is in
    every match): the runs of plain characters of its top-level sequence, of its groups and of
    repeats taken at least once, and of alternations whose every branch has one. Conservative:
    case-insensitive patterns, lookarounds and classes give nothing."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return ()
    return tuple(tuple(words) for words in _known("required", pattern, lambda: _find_required_words(pattern)))


def _find_required_words(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    seq = _parsed(pattern)
    try:
        return tuple(_required(seq)) if seq is not None else ()
    except Exception:  # an unexpected parse tree: no shortcut
        return ()


@lru_cache(maxsize=512)
def _parsed(pattern: re.Pattern[str]) -> Any:
    """The parse tree of a text pattern (re._parser's SubPattern), None when it cannot be had."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        return _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected pattern: no shortcut
        return None


def _required(seq: Any) -> list[tuple[str, ...]]:
    """(a re._parser.SubPattern)"""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in seq:
        if op is LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                out += _required(av[3])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out += _required(av[2])
        elif op is BRANCH:
            longest = []
            for alt in av[1]:
                words = [w for group in _required(alt) if len(group) == 1 for w in group]
                if not words:
                    break
                longest.append(max(words, key=len))
            else:
                if longest:
                    out.append(tuple(longest))
    if run:
        out.append(("".join(run),))
    return out


def _fingerprint(func) -> str:  # noqa: ANN001
    code = func.__code__
    return hashlib.sha256(code.co_code + repr((code.co_consts, code.co_names, code.co_varnames)).encode()).hexdigest()


def checked() -> bool:
    """Whether this Python's ``_optimize_charset`` is the one :func:`optimize_charset` copies."""
    return sys.implementation.name == "cpython" and _fingerprint(_original) in _CHECKED


def install() -> None:
    """Use :func:`optimize_charset` in this process, and keep compiled patterns between runs
    (:func:`cached_compile`; not when ``KG_CACHE_DIR`` is set empty). A no-op on an unchecked Python."""
    if checked():
        _c._optimize_charset = optimize_charset
        if _fingerprint(_original_compile) in _CHECKED_COMPILE and array("I").itemsize == _sre.CODESIZE \
                and cache_dir() is not None:
            _c.compile = cached_compile


# -- compiled patterns kept between runs ------------------------------------------------------
#
# Compiling kg's ~800 patterns (parse, then code generation, both in Python) costs ~0.12 s of
# every process; building a pattern object from its code (``_sre.compile``, in C) costs ~1 µs.
# So the code of each pattern this Python compiled is kept in a file of kg's cache folder,
# one file per Python version, and read back on the next run. A pattern is keyed by its text
# and flags: the code is what ``re._compiler.compile`` gives for them on this Python, byte for
# byte (a stale entry is one no pattern asks for). The file carries a checksum of its content; a
# file that is unreadable, corrupt, of another format or whose code ``_sre`` refuses is ignored
# (and rewritten): the pattern is compiled as usual. Written once, at exit, atomically, when
# the run compiled something new.

_FORMAT = b"kg-re-cache 2\n"
_MAX_ENTRIES = 3000  # a run holds at most twice this many patterns
_MAX_BYTES = 2_000_000  # a write keeps the patterns the run used, then older ones up to this size (~5 ms to read)
# (pattern, flags) -> (flags, code as bytes of C unsigned ints, groups, groupindex, indexgroup):
# the code as bytes, not a list, makes the file one allocation per pattern to read (~5 ms, not ~20)
_cache: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]] | None = None
_used: set[tuple[str, int]] = set()
_added = False


def cache_dir() -> Path | None:
    """kg's cache folder: ``$KG_CACHE_DIR`` when set (set empty: no cache), else the user's
    cache folder + ``kg`` (``$XDG_CACHE_HOME/kg``, ``~/.cache/kg``; ``~/Library/Caches/kg`` on
    macOS; ``%LOCALAPPDATA%\\kg\\Cache`` on Windows). Created by kg when it first writes."""
    given = os.environ.get("KG_CACHE_DIR")
    if given is not None:
        return Path(given).expanduser() if given.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "kg" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "kg"
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "kg"
    try:
        return Path.home() / ".cache" / "kg"
    except RuntimeError:  # no home folder
        return None


def cache_file() -> Path | None:
    """The file of compiled patterns of this Python (its version and ``_sre``'s code format in
    the name), or None without a cache folder."""
    folder = cache_dir()
    if folder is None:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.version.split()[0]}-{_sre.MAGIC}-{_sre.CODESIZE}-{_c.MAXREPEAT}"
    return folder / f"re-{hashlib.sha256(tag.encode()).hexdigest()[:16]}.bin"


def _load() -> dict:
    return _read_file(cache_file(), _FORMAT)


def _read_file(path: Path | None, fmt: bytes) -> dict:
    """The dict a file of kg's cache folder holds (``fmt``, a CRC32 of the body, the body in
    ``marshal``), or {} when there is none, or one of another format, or a corrupt one."""
    try:
        if path is None:
            return {}
        data = path.read_bytes()
        if not data.startswith(fmt):
            return {}
        digest, body = data[len(fmt): len(fmt) + 4], data[len(fmt) + 4:]
        if zlib.crc32(body).to_bytes(4, "big") != digest:
            return {}  # corrupt
        loaded = marshal.loads(body)
        return loaded if isinstance(loaded, dict) else {}
    except Exception:  # noqa: BLE001 - no cache, a cache of another format, a corrupt one: made anew
        return {}


def _write_file(path: Path, fmt: bytes, entries: dict) -> None:
    """Write ``entries`` as :func:`_read_file` reads them, atomically (a temporary file renamed
    into place). Raises what writing raises: a cache that cannot be written is the caller's call."""
    import tempfile

    body = marshal.dumps(entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".re-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(fmt + zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def cached_compile(p, flags=0):  # noqa: ANN001, ANN201 (re._compiler.compile's own signature)
    """``re._compiler.compile`` (the same lines), with the code of a pattern given as text taken
    from the cache file when it is there, and put in it when it is not."""
    global _cache, _added
    if not isinstance(p, str) or flags & _c.SRE_FLAG_DEBUG:
        return _original_compile(p, flags)
    if _cache is None:
        _cache = _load()
        atexit.register(_save)
    key = (p, int(flags))
    hit = _cache.get(key)
    if hit is not None:
        try:
            flags_, code_, groups_, groupindex_, indexgroup_ = hit
            compiled = _sre.compile(p, flags_, array("I", code_).tolist(), groups_, groupindex_, indexgroup_)
        except Exception:  # noqa: BLE001 - an entry _sre refuses: compiled anew below
            pass
        else:
            _used.add(key)
            return compiled
    pattern = p
    p = _parser.parse(p, flags)
    code = _c._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    compiled = _sre.compile(pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    if len(_cache) >= 2 * _MAX_ENTRIES:
        return compiled  # patterns made from text (a name escaped): memory stays bounded
    _cache[key] = (int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1,
                   dict(groupindex), tuple(indexgroup))
    _used.add(key)
    _added = True
    return compiled


def _save() -> None:
    """Write the cache file (at exit) when this run compiled a pattern it did not hold."""
    global _added
    path = cache_file()
    if not _added or _cache is None or path is None:
        return
    _added = False
    entries = {k: v for k, v in _cache.items() if k in _used}  # what this run used, then the others while they fit
    size = sum(len(k[0]) + len(v[1]) for k, v in entries.items())
    for k, v in _cache.items():
        if len(entries) >= _MAX_ENTRIES:
            break
        if k not in entries and size + len(k[0]) + len(v[1]) <= _MAX_BYTES:
            entries[k] = v
            size += len(k[0]) + len(v[1])
    try:
        _write_file(path, _FORMAT, entries)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error: the next run compiles
        pass


# -- what the shortcuts read from a pattern, kept between runs ------------------------------------
#
# The words every match holds and the clause-start windows are read from a pattern's parse tree
# (``re._parser.parse``, in Python): ~0.035 s of every process for kg's ~60 such patterns. The
# answers are plain values, kept in one file of kg's cache folder per Python and per text of this
# module (an edit of the analysis is never answered from an older file), written at exit when the
# run added one. A file that cannot be read is ignored: the patterns are analysed as usual.

_ANALYSIS_FORMAT = b"kg-re-analysis 1\n"
_analysis: dict[tuple[str, str, int], Any] | None = None
_analysis_added = False


def _analysis_file() -> Path | None:
    path = cache_file()
    if path is None:
        return None
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return path.with_name(f"re-analysis-{path.stem[3:]}-{code}.bin")


def _known(kind: str, pattern: re.Pattern[str], make: Callable[[], Any]) -> Any:
    """``make()`` for ``pattern``, or its answer from the analysis file."""
    global _analysis, _analysis_added
    if cache_dir() is None:
        return make()
    if _analysis is None:
        _analysis = _load_analysis()
        atexit.register(_save_analysis)
    key = (kind, pattern.pattern, int(pattern.flags))
    if key in _analysis:
        return _analysis[key]
    value = _analysis[key] = make()
    _analysis_added = True
    return value


def _load_analysis() -> dict:
    try:
        return _read_file(_analysis_file(), _ANALYSIS_FORMAT)
    except Exception:  # noqa: BLE001 - this module's own file unreadable: analysed as usual
        return {}


def _save_analysis() -> None:
    """Write the analysis file (at exit) when this run added an answer; older files of this
    Python (another text of this module) are removed."""
    global _analysis_added
    path = _analysis_file()
    if not _analysis_added or _analysis is None or path is None:
        return
    _analysis_added = False
    try:
        _write_file(path, _ANALYSIS_FORMAT, dict(list(_analysis.items())[:_MAX_ENTRIES]))
        prefix = path.name[: path.name.rindex("-") + 1]
        for old in path.parent.glob(prefix + "*.bin"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a file that cannot be written is no error: the next run analyses
        pass


# -- an alternation of literal words, written as a tree of their characters ---------------------------
#
# "|".join(words, longest first) matches, at the leftmost offset where a word starts, the longest
# word written there; the engine tries every word in turn at each offset whose character opens
# one (~250 titles: most of mentions' scan of a page). The same words as a tree of their shared
# starts ("副(?:主(?:任|席)|书记)…") match the same: at most one branch of a node can take the
# next character, a longer word is tried before the word that ends at the node (greedy "?"),
# so the match at an offset is the longest word there, as before.


def words_pattern(words: Iterable[str]) -> str:
    """The pattern of the literal ``words`` that matches what ``"|".join`` of them, longest
    first, matches (the same spans), written as a tree of their characters (faster to search)."""
    tree: dict[str, Any] = {}
    for word in words:
        if not word:
            raise ValueError("words_pattern: an empty word")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(tree) or "(?!)"


def _branches(node: dict[str, Any]) -> str:
    return "|".join(re.escape(ch) + _rest(node[ch]) for ch in sorted(node) if ch)


def _rest(node: dict[str, Any]) -> str:
    inner = _branches(node)
    if not inner:
        return ""
    return f"(?:{inner})?" if "" in node else f"(?:{inner})"
