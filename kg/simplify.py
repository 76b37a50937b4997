"""Traditional → simplified characters, one character for one character (the offset map stays exact).

:func:`to_simplified` returns a string of the same length as its input in which every
character at index ``i`` comes from the input's character at ``i``, so that the normalizer
(:func:`kg.normalize.normalize`) keeps its map into the original file unchanged: extractors read
simplified text, evidence points at the traditional characters as written.

The converter is OpenCC (PyPI ``opencc``, Apache-2.0, the C++ library), profile ``t2s``. What it
gives each Han character of the BMP alone is kept in kg's cache folder (:func:`_char_table`): a
simplified document with a few odd characters is read without loading OpenCC.

Two kinds of document:

- **Traditional** (at least 10 % of the Han characters, and 3 or more, are traditional-only, see
  below; traditional text has 25–40 %, mainland text under 0.5 %): every
  line is converted with OpenCC's phrase-level conversion (乾隆 stays, 乾淨 → 干净, 著名 stays,
  顯著 → 显著), and kept when it is aligned: same length, and every changed position a Han
  character replaced by a Han character. A line where a phrase changed the length falls back to
  character-level conversion (each character converted alone) — never an approximate map. 乾 stays
  乾 (a simplified character of its own: 乾隆, names such as 邱乾國) except in a word of "dry" (乾淨 →
  干净), where OpenCC alone gives 干 everywhere outside its phrase list.
- **Simplified with odd traditional characters** (a mainland document: sample 000 writes
  督導體制 and 中小學生 once each). A line that is itself mostly traditional (a quoted passage:
  at least 3 traditional-only characters and 20 % of its Han characters) is converted as above.
  Elsewhere a traditional-only character is converted only when a word confirms it: the converted
  character with its left or right Han neighbour (converted too) is a word of kg's titles and
  institutions (書記, 常委會, 市長, 政協: :func:`_office_pairs`), or occurs
  elsewhere in the document (督导 and 体制 do in sample 000) and no surname stands in the
  two characters before it (it could be a name's second or third character: 王昇华 stays even
  where 升华 occurs). Traditional characters that mainland text keeps in names (袁崑, 杨闇公,
  三昇幼儿园 in sample 002) stay as written: a person's name is never changed on a guess.

"Traditional-only" means: OpenCC converts the character alone, and it is not one of GB2312's
6763 hanzi (the simplified set: 乾, 著, 干 are in GB2312 and are left to phrase conversion, which
only traditional documents get). Text without such characters is returned as is, after a scan
of its distinct characters (the cost on simplified documents).
"""

from __future__ import annotations

import re
from functools import lru_cache

TRADITIONAL_SHARE = 0.10  # of a document's Han characters (and at least LINE_MIN): a traditional document
LINE_MIN, LINE_SHARE = 3, 0.2  # a traditional line inside a simplified document

__all__ = ["to_simplified", "traditional_chars", "is_traditional_char"]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # imported on first need: simplified documents without odd characters never load it

    return opencc.OpenCC("t2s")


def _gb2312() -> frozenset[str]:
    from kg.decoding import gb2312_hanzi

    return gb2312_hanzi()


def _is_han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0003ffff"


@lru_cache(maxsize=16384)
def _char(c: str) -> str:
    """The character converted alone (itself when OpenCC gives anything but one character)."""
    table = _char_table() if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" else None
    if table is not None:
        return table.get(c, c)
    out = _converter().convert(c)
    return out if len(out) == 1 else c


def _table_chars() -> str:
    """The characters whose conversion alone :func:`_char_table` keeps: the Han characters of the
    BMP (what documents write; the others are asked of OpenCC)."""
    return "".join(chr(cp) for cp in (*range(0x3400, 0xA000), *range(0xF900, 0xFB00)))


@lru_cache(maxsize=1)
def _char_table() -> dict[str, str] | None:
    """:func:`_char` of every Han character of the BMP that converts to another one, made once
    (each converted alone: one OpenCC call over them one a line) and kept in kg's cache folder,
    keyed by the installed OpenCC's files: a run whose odd characters are all in it never loads
    OpenCC (~12 ms). None when OpenCC's files cannot be found (each character asked of OpenCC)."""
    from kg.datafiles import cached

    key = _opencc_key()
    if key is None:
        return None

    def make() -> list[str]:
        chars = _table_chars()
        outs = _converter().convert("\n".join(chars)).split("\n")
        if len(outs) != len(chars):
            outs = [_converter().convert(c) for c in chars]
        pairs = [(c, out) for c, out in zip(chars, outs) if len(out) == 1 and out != c]
        return ["".join(c for c, _ in pairs), "".join(out for _, out in pairs)]  # (two strings: read back at once)

    converted, into = cached("opencc-chars", key, make)
    return dict(zip(converted, into))


def _opencc_key() -> str | None:
    """What identifies the installed OpenCC, without importing it: the path, size and time of
    its package's files, of its compiled library and of its profiles and dictionaries."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("opencc")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    package = os.path.dirname(spec.origin)
    lines = []
    for folder in (package, os.path.join(package, "clib"), os.path.join(package, "clib", "share", "opencc")):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return None
        for entry in entries:
            if entry.is_file():
                st = entry.stat()
                lines.append(f"{entry.path}\t{st.st_size}\t{st.st_mtime_ns}")
    return "opencc t2s, each character alone\n" + "\n".join(lines)


def is_traditional_char(c: str) -> bool:
    """Is ``c`` a traditional-only character (converted by OpenCC alone, not in GB2312)?"""
    return _is_han(c) and c not in _gb2312() and _char(c) != c


_CHAR_REF = re.compile(rb"&#(\d+);")


def _outside_gb2312(text: str) -> set[str]:
    """The distinct characters of ``text`` that GB2312 cannot encode (the codec lists them as
    character references, in C; a set of all the text's characters cost three times more), or
    all of them when the text itself holds "&#"."""
    if "&#" in text:
        return set(text)
    return {chr(int(n)) for n in _CHAR_REF.findall(text.encode("gb2312", errors="xmlcharrefreplace"))}


def traditional_chars(text: str) -> frozenset[str]:
    """The distinct traditional-only characters of ``text``."""
    gb = _gb2312()  # GB2312's hanzi: exactly the Han characters the GB2312 codec encodes
    candidates = [c for c in _outside_gb2312(text) if c >= "\u3400" and _is_han(c) and c not in gb]
    return frozenset(c for c in candidates if _char(c) != c)


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, same length, character for character (module doc)."""
    trad = traditional_chars(text)
    if not trad:
        return text
    n_trad = sum(text.count(c) for c in trad)
    if n_trad >= LINE_MIN and n_trad >= TRADITIONAL_SHARE * _han_count(text):
        converted = _convert_lines(text).translate(_variants())  # (陜西 of mirror pages: 陕西)
        words, pattern = _word_variants()
        return pattern.sub(lambda m: words[m.group(0)], converted) if pattern is not None else converted
    return _odd_characters(text, trad, n_trad)


@lru_cache(maxsize=1)
def _variant_pairs() -> tuple[tuple[str, str], ...]:
    """kg/data/char_variants.txt's pairs (variant, simplified), of one character or of a word."""
    from importlib import resources

    pairs = []
    for line in resources.files("kg").joinpath("data/char_variants.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#") and len(parts[0]) == len(parts[1]):
            pairs.append((parts[0], parts[1]))
    return tuple(pairs)


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """The variant characters OpenCC leaves (陜 → 陕), as a translate table."""
    return {ord(a): b for a, b in _variant_pairs() if len(a) == 1}


@lru_cache(maxsize=1)
def _word_variants() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The variant words (甯德 → 宁德): a variant character that is a character of its own elsewhere (甯 of
    the surname 甯汉豪) is replaced only inside the words listed, each of the same length as its
    replacement (offsets stay exact; session 38)."""
    words = {a: b for a, b in _variant_pairs() if len(a) > 1}
    pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None
    return words, pattern


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _han_count(text: str) -> int:
    """How many Han characters ``text`` has (estimated from every 8th character past 64k)."""
    # (the characters a substitution drops: the count findall gives, without a list of them)
    if len(text) <= 65536:
        return len(text) - len(_HAN.sub("", text))
    sample = text[::8]
    return 8 * (len(sample) - len(_HAN.sub("", sample)))


def _aligned(source: str, converted: str) -> bool:
    if len(source) != len(converted):
        return False
    return all(a == b or (_is_han(a) and _is_han(b)) for a, b in zip(source, converted))


# 乾 is a simplified character of its own (qián: 乾隆, 乾坤, names such as 邱乾國), 干 only in the words of
# "dry" (乾淨 → 干净): OpenCC gives 干 for it outside its phrase list, which changed a person's name (round 37).
# 乾 stays unless one of these characters follows it.
_DRY_AFTER = frozenset("淨净燥旱杯貨货涸枯癟瘪脆燒烧洗糧粮果草冰")


def _kept_qian(source: str, converted: str) -> str:
    """``converted`` with 乾 back where OpenCC gave 干 outside a word of "dry"."""
    if "乾" not in source:
        return converted
    chars = list(converted)
    at = source.find("乾")
    while at >= 0:
        if chars[at] == "干" and source[at + 1:at + 2] not in _DRY_AFTER:
            chars[at] = "乾"
        at = source.find("乾", at + 1)
    return "".join(chars)


def _convert_line(line: str) -> str:
    converted = _converter().convert(line)
    if _aligned(line, converted):
        return _kept_qian(line, converted)
    return _kept_qian(line, "".join(_char(c) if _is_han(c) else c for c in line))


def _convert_lines(text: str) -> str:
    converted = _converter().convert(text)
    if _aligned(text, converted):
        return _kept_qian(text, converted)
    return "\n".join(_convert_line(line) for line in text.split("\n"))


def _odd_characters(text: str, trad: frozenset[str], n_trad: int) -> str:
    """A simplified document: traditional lines converted, single traditional characters only
    where the document confirms the converted word (module doc)."""
    seen = _Bigrams(text, {_char(c) for c in trad})
    office = _office_pairs()
    found = re.compile("[" + "".join(sorted(trad)) + "]")
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement of the same length), in order
    line_end = -1
    line_whole = False
    for m in found.finditer(text):
        i = m.start()
        if i > line_end:  # a new line: is it a traditional passage?
            line_start = text.rfind("\n", 0, i) + 1
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            n = len(found.findall(line))
            line_whole = n >= LINE_MIN and n >= LINE_SHARE * (len(line) - len(_HAN.sub("", line)))
            if line_whole:
                edits.append((line_start, line_end, _convert_line(line)))
        if line_whole:
            continue
        s = _char(text[i])
        left = _char(text[i - 1]) if i and _is_han(text[i - 1]) else ""
        right = _char(text[i + 1]) if i + 1 < len(text) and _is_han(text[i + 1]) else ""
        if (left and left + s in office) or (right and s + right in office):
            edits.append((i, i + 1, s))  # 市委書記, 人大常委會主任: a word of kg's titles and bodies (session 40)
            continue
        if _after_surname(text, i):
            continue  # perhaps a name's second or third character (王昇华 beside 升华): kept
        if (left and left + s in seen) or (right and s + right in seen):
            edits.append((i, i + 1, s))
    out: list[str] = []
    last = 0
    for start, end, new in edits:
        out += (text[last:start], new)
        last = end
    out.append(text[last:])
    return "".join(out)


@lru_cache(maxsize=1)
def _office_pairs() -> frozenset[str]:
    """The two-character words inside kg's titles (kg/data/titles.yaml) and the written forms of its
    institutions (kg/data/org_abbreviations.yaml: {P}人大常委会, 中共{P}委 …): a traditional character
    that makes one with its neighbour is an office's word (書記, 常委會, 市長), converted even
    where the document writes it once (a mainland wiki page's infobox, session 40)."""
    from kg.orgs import institution_forms
    from kg.titles import titles

    forms = institution_forms()  # (the table kg.orgs parsed already: no second parse of the file)
    words = [w for f in forms for w in re.findall("[\u4e00-\u9fff]+", f)] + list(titles())
    return frozenset(w[i:i + 2] for w in words for i in range(len(w) - 1))


def _after_surname(text: str, i: int) -> bool:
    """Is one of the two characters before ``i`` a surname (kg/data/surnames.txt)?"""
    from kg.names import surnames

    known = surnames()
    return any(j >= 0 and text[j] in known for j in (i - 1, i - 2))


class _Bigrams:
    """``pair in seen``: does ``pair`` occur in the text? Every pair looked up holds one of
    ``chars`` (a converted character), so the set holds the pairs around each occurrence of those
    characters only (linear; a set of all the text's pairs cost more than the rest of the
    conversion)."""

    def __init__(self, text: str, chars: set[str]):
        pairs: set[str] = set()
        for c in chars:
            i = text.find(c)
            while i >= 0:
                pairs.add(text[max(0, i - 1):i + 1])
                pairs.add(text[i:i + 2])
                i = text.find(c, i + 1)
        self.pairs = pairs

    def __contains__(self, pair: str) -> bool:
        return len(pair) == 2 and pair in self.pairs
