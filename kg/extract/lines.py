"""The lines of a document's text with their offsets, split once for all readers.

Eight readers walk the text line by line, most several times (the infobox reader nine); each
used to split it anew (a fifth of their time on a long yearbook). :func:`lines` splits the last
text it was given once and hands every reader the same immutable tuple."""

from __future__ import annotations

Line = tuple[int, str]  # (offset of the line in the text, the line without its break)

_LAST: list = [None, ()]  # the last text split, and its lines (one document: memory stays bounded)


def _split(text: str, breaks: str) -> tuple[Line, ...]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip(breaks)))
        pos += len(line)
    return tuple(out)


def lines(text: str, keep_cr: bool = False) -> tuple[Line, ...]:
    """``(offset, line)`` for every line of ``text`` (``str.splitlines`` breaks), each line without
    its "\\r\\n" / "\\n" (``keep_cr``: without its "\\n" only, a "\\r" before it kept, as some
    readers always did; a normalized text has no "\\r", so both give the same lines)."""
    if keep_cr and "\r" in text:
        return _split(text, "\n")
    if _LAST[0] is not text:
        _LAST[0], _LAST[1] = text, _split(text, "\r\n")
    return _LAST[1]
