"""Person names as officials write them: 2–4 Han characters, a known surname, no honorifics.

Precision matters more than recall here: a string is a name only when it starts with a known
surname (kg/data/surnames.txt, compound surnames included) and contains none of the characters
that never occur in the names of the documents but often follow a name ("等", "同", "的" …).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

HAN = "\u4e00-\u9fff"
# Characters that end a name in running text; a "name" containing one is a phrase, not a name.
_NOT_IN_NAME = set("的为任免和及与等同在于是了将对从向把被由以该本我你他她们年月日号届次位名会")
_MARKS_RE = re.compile(r"[（(]\s*[女男]\s*[)）]")
# "等", "2位", "两位同志", "11人" after a list of names (a numeral only with its unit: 张三 is a name)
_COUNT_RE = re.compile(r"(等)?(?:[0-9一二两三四五六七八九十]+(?:位|名|人))?(同志)?$")
_SPLIT_RE = re.compile(r"[、，,]")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    text = resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def clean_name(text: str) -> str:
    """Strip spaces, "(女)" marks and trailing 同志 / 等 / "2位同志" from a name as written."""
    text = _MARKS_RE.sub("", text)
    text = re.sub(r"\s+", "", text)
    text = _COUNT_RE.sub("", text) if len(text) > 2 else text
    return text


def is_person_name(text: str) -> bool:
    """True when ``text`` (already cleaned) looks like a Chinese personal name."""
    if not 2 <= len(text) <= 4 or not re.fullmatch(f"[{HAN}]+", text):
        return False
    if any(ch in _NOT_IN_NAME for ch in text[1:]):
        return False
    sn = surnames()
    if text[:2] in sn and len(text) >= 3:
        return True
    return text[0] in sn and len(text) <= 3


def split_names(text: str) -> list[str]:
    """"程晋意、黄强两位同志" → ["程晋意", "黄强"]; returns [] unless every part is a name."""
    text = _COUNT_RE.sub("", re.sub(r"\s+", "", _MARKS_RE.sub("", text)))
    parts = [clean_name(p) for p in _SPLIT_RE.split(text) if p]
    if parts and all(is_person_name(p) for p in parts):
        return parts
    return []
