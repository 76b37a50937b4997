"""Decode the bytes of an input file on the evidence of the whole file.

Order of evidence (the first that holds decides):

1. A byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE.
2. Strict UTF-8 (a file without NUL bytes that decodes as UTF-8 is UTF-8).
3. For HTML, the page's own declaration (``<meta charset="gbk">`` or ``http-equiv`` content),
   when the bytes decode under it.
4. Every candidate reading — UTF-8, UTF-16 LE, UTF-16 BE (no BOM), GB18030 (the superset of
   GBK / GB2312), Big5 — decoded with undecodable bytes replaced (U+FFFD) and positions recorded,
   and scored by how plausible its text is as Chinese: common hanzi (GB2312 or Big5's common
   set) and CJK punctuation count fully, other ideographs half, replacement characters,
   control characters, private-use and unassigned code points count against. The best reading
   with few bad bytes (:func:`max_bad`, and at most one character in ten) wins when at least
   half of it reads as Chinese (on equal scores the order above decides); else the best
   reading without any bad byte, if it is at all plausible. UTF-16 without a BOM must score
   0.8 or more (any even run of bytes decodes as UTF-16), and in a file without NUL bytes
   (no ASCII, no line break) 0.9 with no bad byte where no 8-bit reading is clean: pairs of
   ASCII letters are CJK code points.
5. charset-normalizer's guess, only when no reading above was kept and the file has no NUL
   byte: it never puts a non-Chinese legacy code page (cp949, cp1252 …) over a GB18030 or
   Big5 reading.

A reading with bad bytes is kept: each undecodable sequence becomes one U+FFFD, and
:attr:`Decoded.bad` holds the byte positions so the caller can warn. A file is refused only
when no reading is text: NUL bytes that are not UTF-16, or too many undecodable bytes in
every encoding.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.errors import InputError

_BOMS = (  # mark, codec for what follows it, name
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)
# encodings a page may declare, by what Python decodes them best with (WHATWG maps
# gb2312 / gbk to GBK, which GB18030 extends; Big5 is read with Microsoft's cp950 superset)
_DECLARED_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030", "gb18030": "gb18030",
    "big5": "big5", "x-x-big5": "big5", "cn-big5": "big5", "csbig5": "big5",
    "big5-hkscs": "big5hkscs", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    # a page cannot declare UTF-16 in ASCII bytes: HTML reads such a declaration as UTF-8
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
}
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
SHOWN_POSITIONS = 5  # byte positions named in a warning or an error


@dataclass
class Decoded:
    """A decoded file: its text, the encoding that read it, and the byte positions of the
    undecodable sequences that were replaced by U+FFFD (empty for a clean reading)."""

    text: str
    encoding: str
    bad: list[int] = field(default_factory=list)
    note: str = ""  # why this encoding, when it overrode a declaration

    def warning(self, path: str) -> str | None:
        """One line naming the file, the encoding and where the bad bytes are; None if clean."""
        if not self.bad:
            return None
        n = len(self.bad)
        noun = "sequence" if n == 1 else "sequences"
        return f"{path}: read as {self.encoding} with {n} undecodable byte {noun} replaced by U+FFFD ({_at(self.bad)})"


def max_bad(size: int) -> int:
    """How many undecodable sequences a reading may have and still be kept: a few, and one in
    a thousand bytes of a long file (a stray byte, a truncated last character, a bad splice)."""
    return max(3, size // 1000)


def _few(bad: list[int], text: str, size: int) -> bool:
    """Few enough bad sequences to keep a reading: at most :func:`max_bad` of the file's
    ``size`` bytes, and at most one character in ten of the text replaced."""
    return len(bad) <= max_bad(size) and 10 * len(bad) <= len(text)


def decode_bytes(data: bytes, path: str, html: bool = False) -> Decoded:
    """Decode a file's bytes (see the module doc); raise :class:`InputError` naming the cause."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text, bad = _decode(data[len(bom):], codec)
            bad = [p + len(bom) for p in bad]  # positions in the file
            if not _few(bad, text, len(data)):
                damage = (_damage(bad, text) if len(bad) <= _cap(len(data) - len(bom))
                          else f"more than {_cap(len(data) - len(bom))} byte sequences do")
                raise InputError(path, f"starts with a {name} byte-order mark but {damage} "
                                       f"not decode as {name} ({_at(bad)})")
            return Decoded(text, name, bad)
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    candidates = _candidates(data)
    if html:
        declared = _declared(data, candidates)
        if declared is not None:
            return declared
    usable = [c for c in candidates if _few(c.decoded.bad, c.decoded.text, len(data))]
    best = max(usable, key=lambda c: c.score, default=None)  # max keeps the first of equals
    if best is not None and best.score >= 0.5:
        return best.decoded
    clean = [c for c in usable if not c.decoded.bad and c.score >= 0.3]
    if clean:
        return max(clean, key=lambda c: c.score).decoded
    guess = _guess(data)
    if guess is not None:
        return guess
    raise InputError(path, _refusal(data, candidates))


# ---------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    decoded: Decoded
    score: float


def _candidates(data: bytes) -> list[_Candidate]:
    out = []
    for codec in ("utf-8", "gb18030", "big5"):
        text, bad = _decode(data, codec)
        name = codec
        if codec == "big5" and bad and len(bad) <= max_bad(len(data)):
            text2, bad2 = _decode(data, "cp950")  # Microsoft's Big5, a few hundred more characters
            if len(bad2) < len(bad):
                text, bad, name = text2, bad2, "cp950"
        out.append(_Candidate(Decoded(text, name, bad), plausibility(text)))
    wide = [_Candidate(Decoded(text, codec, bad), plausibility(text))
            for codec in _utf16_orders(data) for text, bad in [_decode(data, codec)]]
    # UTF-16 without a BOM must read as fluent text: any even run of bytes "decodes" as UTF-16
    # (a few binary bytes become a hanzi and a Latin letter)
    wide = [c for c in wide if c.score >= 0.8]
    if b"\x00" not in data:
        # without NUL bytes (no ASCII, no line break) it must read as clean, fluent Chinese
        # where no 8-bit reading does: pairs of ASCII letters are CJK code points, so plain
        # ASCII text with a stray byte would otherwise "read" as UTF-16
        eight_bit_fine = any(not c.decoded.bad and c.score >= 0.5 for c in out)
        wide = [c for c in wide if not c.decoded.bad and c.score >= 0.9 and not eight_bit_fine]
    return out[:1] + wide + out[1:]


def _utf16_orders(data: bytes) -> tuple[str, ...]:
    """UTF-16 byte orders to try, the likelier first: ASCII and line breaks in UTF-16 LE put a
    NUL at odd indices, in BE at even ones. Both are always tried (CJK code points such as
    一 U+4E00 put NULs on the other side); the plausibility score decides."""
    odd = data[1::2].count(0)
    even = data.count(0) - odd
    return ("utf-16-be", "utf-16-le") if even > odd else ("utf-16-le", "utf-16-be")


def _declared(data: bytes, candidates: list[_Candidate]) -> Decoded | None:
    """The reading an HTML page declares in its first 4 KB, if the bytes decode under it
    (within :func:`max_bad`). A declaration of a Western code page whose reading is implausible
    yields to a clean Chinese reading (pages often keep a template's ``iso-8859-1``)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    codec = _DECLARED_ALIASES.get(label, label)
    try:
        codecs.lookup(codec)
    except LookupError:
        return None
    text, bad = _decode(data, codec)
    if not _few(bad, text, len(data)):
        return None
    score = plausibility(text)
    clean = [c for c in candidates if not c.decoded.bad and c.score >= 0.8]
    if score < 0.3 and clean:
        best = max(clean, key=lambda c: c.score).decoded
        best.note = f"declares {label}, which does not read as text"
        return best
    return Decoded(text, codec, bad)


def _guess(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None  # NUL bytes that are not UTF-16: binary, whatever a guesser makes of them
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return None
    text = str(best)
    if "\x00" in text:
        return None
    return Decoded(text, best.encoding)


def _refusal(data: bytes, candidates: list[_Candidate]) -> str:
    """The true reason no reading was kept."""
    nuls = data.count(0)
    if nuls:
        return (f"binary file, not text ({nuls} NUL bytes, first at byte {data.index(0)}, "
                "and it does not read as UTF-16)")
    fewest = min(candidates, key=lambda c: (len(c.decoded.bad), -c.score))
    decoded = fewest.decoded
    if not decoded.bad:
        return (f"not text in any encoding kg reads: the best reading ({decoded.encoding}) is "
                "mostly control, private-use or unassigned characters")
    if len(decoded.bad) <= max_bad(len(data)):  # few bad bytes, but too many for so short a text
        return (f"too damaged to read: as {decoded.encoding}, {_damage(decoded.bad, decoded.text)} "
                f"not decode ({_at(decoded.bad)})")
    count = len(decoded.bad) if len(decoded.bad) <= _cap(len(data)) else f"more than {_cap(len(data))}"
    return (f"cannot detect the text encoding: not text in UTF-8, UTF-16, GB18030 or Big5 "
            f"(the closest, {decoded.encoding}, has {count} undecodable byte sequences, "
            f"{_at(decoded.bad)})")


def _damage(bad: list[int], text: str) -> str:
    return f"{len(bad)} of its {len(text)} characters {'does' if len(bad) == 1 else 'do'}"


def _at(bad: list[int]) -> str:
    return f"at byte{'s' if len(bad) > 1 else ''} {_positions(bad)}"


def _positions(bad: list[int]) -> str:
    return ", ".join(str(p) for p in bad[:SHOWN_POSITIONS]) + (", …" if len(bad) > SHOWN_POSITIONS else "")


# ---------------------------------------------------------------- decoding with positions

_record = threading.local()


class _TooMany(Exception):
    """More undecodable sequences than worth counting: this reading is hopeless."""


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    positions = _record.positions
    positions.append(exc.start)
    if len(positions) > _record.cap:
        raise _TooMany
    return "\ufffd", exc.end


codecs.register_error("kg.record", _record_error)


def _cap(size: int) -> int:
    """How many undecodable sequences are counted before a reading is given up (far more than
    :func:`max_bad` keeps; counting every error of UTF-8 read as Big5 costs seconds)."""
    return max(1000, 10 * max_bad(size))


def _decode(data: bytes, codec: str) -> tuple[str, list[int]]:
    """Decode with every undecodable sequence replaced by U+FFFD; return the text and the byte
    positions where those sequences start. Past :func:`_cap` errors the reading is abandoned:
    the text is empty and the positions are ``_cap + 1`` (read "more than _cap")."""
    positions: list[int] = []
    _record.positions = positions
    _record.cap = _cap(len(data))
    try:
        text = data.decode(codec, errors="kg.record")
    except _TooMany:
        text = ""
    finally:
        _record.positions = []
    return text, positions


# ---------------------------------------------------------------- plausibility


@lru_cache(maxsize=1)
def gb2312_hanzi() -> frozenset[str]:
    """GB2312's 6763 hanzi: the simplified characters in common use."""
    chars: set[str] = set()
    trails = bytes(range(0xA1, 0xFF))
    row = bytearray(2 * len(trails))
    row[1::2] = trails
    for lead in range(0xB0, 0xF8):
        row[0::2] = bytes((lead,)) * len(trails)
        try:
            chars.update(row.decode("gb2312"))  # a whole row at once (a pair at a time took ~25 ms)
        except UnicodeDecodeError:  # a row with unassigned places (D7FA–D7FE): pair by pair
            for i in range(0, len(row), 2):
                try:
                    chars.add(row[i:i + 2].decode("gb2312"))
                except UnicodeDecodeError:
                    pass
    return frozenset(chars)


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """GB2312's 6763 hanzi (the simplified characters in common use) and Big5's 5401 common
    characters (常用字, the traditional ones)."""
    chars: set[str] = set(gb2312_hanzi())
    for code in range(0xA440, 0xC67F):
        try:
            chars.add(code.to_bytes(2, "big").decode("big5"))
        except UnicodeDecodeError:
            pass
    return frozenset(chars)


_CHINESE_PUNCT = set("，。、；：？！“”‘’（）【】《》〈〉「」『』〔〕—…·•－～ ")


@lru_cache(maxsize=65536)
def _weight(c: str) -> float:
    if c == "\ufffd":
        return -1.0
    if c in _common_hanzi() or c in _CHINESE_PUNCT:
        return 1.0
    o = ord(c)
    if 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:  # CJK symbols, full-width forms
        return 1.0
    category = unicodedata.category(c)
    if category in ("Cc", "Cs", "Co", "Cn"):
        return -1.0
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF:
        return 0.5  # a rare ideograph: possible in names, suspicious in bulk
    if 0x0F00 <= o <= 0x0FFF or 0x1800 <= o <= 0x18AF or 0x0600 <= o <= 0x06FF:
        return 0.5  # Tibetan, Mongolian, Arabic (Uyghur): names quoted in minority regions
    if o <= 0x24F or 0x2000 <= o <= 0x206F:  # Latin letters, general punctuation
        return 0.25
    return 0.0


def plausibility(text: str) -> float:
    """How much ``text`` reads as Chinese, from -1 to 1: the mean weight of its characters
    outside printable ASCII (1 for common hanzi and Chinese punctuation, 0.5 for rare
    ideographs and the Tibetan, Mongolian and Arabic scripts, 0.25 for Latin letters and
    general punctuation, 0 for kana, hangul, symbols…, -1 for U+FFFD, controls, private-use and
    unassigned code points). Text that is all printable ASCII scores 1."""
    total = 0
    weight = 0.0
    for c, n in Counter(text).items():
        if c < "\x80" and (c >= " " or c in "\t\n\r\f\v"):
            continue
        total += n
        weight += n * (-1.0 if c < "\x80" else _weight(c))
    return 1.0 if total == 0 else weight / total
