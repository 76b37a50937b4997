"""Sentence boundaries in one linear pass, without spaCy.

spaCy's Chinese tokenizer (``spacy.blank("zh")``, char segmenter) copies the rest of the text
for every token, so running it over a whole document costs the square of its length (1M
characters 20 s, 2M 78 s; it refuses 20M). The extractors only need sentence boundaries, so
this module computes exactly the boundaries that spaCy's ``sentencizer`` (configured with
:data:`SENT_END`) gives on that tokenization, in one pass over the characters:

- every non-space character is a token; a run of whitespace is one token, except a single
  space right after a token, which is that token's trailing space;
- a token in :data:`SENT_END` marks the end of a sentence; the next sentence starts at the
  first following token that is neither punctuation (Unicode category P*) nor in
  :data:`SENT_END` — so a closing quote or bracket after 。 stays with its sentence.

``tests/test_sentences.py`` checks the equivalence against spaCy on the samples.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SENT_END = frozenset("。！？!?\n")


_END_RE = re.compile(r"[。！？!?\n]")


@lru_cache(maxsize=4096)
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _space(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isspace()


def _newline_is_token(text: str, p: int) -> bool:
    """Whether the "\n" at ``p`` is a token of its own (a whitespace run "\n", or " \n" whose
    space is the trailing space of the character before)."""
    if _space(text, p + 1):
        return False
    if not _space(text, p - 1):
        return True
    return text[p - 1] == " " and p - 2 >= 0 and not text[p - 2].isspace()


def _next_start(text: str, q: int) -> int:
    """From ``q`` (just after a sentence end), the start of the first token that is neither
    punctuation nor a sentence end: where the next sentence starts (len(text) if none)."""
    n = len(text)
    while q < n:
        ch = text[q]
        if ch.isspace():
            if ch == " " and q > 0 and not text[q - 1].isspace():
                q += 1  # trailing space of the token before
                continue
            r = q
            while r < n and text[r].isspace():
                r += 1
            if text[q:r] != "\n":
                return q
            q = r
        elif ch in SENT_END or _is_punct(ch):
            q += 1
        else:
            return q
    return n


def _token_end(text: str, q: int) -> int:
    """The end of the last token before offset ``q`` (a trailing space is not in a token)."""
    if q >= 2 and text[q - 1] == " " and not text[q - 2].isspace():
        return q - 1
    return q


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of ``text``, in order, covering every
    token; ``end`` is the end of the sentence's last token (a trailing space is not part of it).
    Linear: a regular expression finds the sentence ends, a short scan after each finds the
    next start."""
    n = len(text)
    if not n:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    scanned = 0
    for m in _END_RE.finditer(text):
        p = m.start()
        if p < scanned or (text[p] == "\n" and not _newline_is_token(text, p)):
            continue
        if text[p] in "？?" and text[p + 1 : p + 2] == "、":
            continue  # "…、马？、齐续春": a character lost in conversion inside a list, no question (session 38)
        q = _next_start(text, p + 1)
        scanned = q
        if q >= n:
            break
        spans.append((start, _token_end(text, q)))
        start = q
    spans.append((start, _token_end(text, n)))
    return spans


def last_index(text: str, chars: str, end: int, start: int = 0) -> int:
    """``max(text.rfind(c, start, end) for c in chars)`` — the last of ``chars`` before ``end``
    (-1 when none) — looking back in growing windows: a character the text rarely has no longer
    makes every call scan back to the start (quadratic over a long document)."""
    window = 256
    while True:
        lo = max(start, end - window)
        found = max(text.rfind(c, lo, end) for c in chars)
        if found >= 0 or lo == start:
            return found
        window *= 8
