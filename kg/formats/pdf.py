"""PDF text with pypdfium2 (PDFium), laid out as lines with their gaps and indentation.

PDFium splits a page's text into runs ("rects": characters on one baseline, one font, no
large gap) in content-stream order. This module keeps that order — the order a typeset
two-column yearbook writes its columns in; sorting by position would interleave the columns —
and joins consecutive runs on the same baseline into one line:

- the gap between two runs becomes spaces, one per half em (a CJK character is one em wide), at
  least two for a gap of 1.5 em or more, so a roster row typeset in two columns
  ("余长明" | "区委书记（8 月开始担任）") reads "余长明    区委书记（8 月开始担任）", the row the
  normalizer knows; a small gap is one space, none between CJK runs;
- a line starting right of its column's left edge (the page's most common left edges) gets that
  offset as spaces (continuation lines of a roster row are indented);
- a page number alone on the first or last line of a page ("— 12 —", "12") is dropped.

Pages are joined by a newline; :attr:`kg.formats.Extracted.pages` keeps each page's start.
Measured on a 330-page yearbook made from sample 002 (bench/bench_pdf.py): pypdfium2 about
10x pypdf / pdfminer.six and 20x pdfplumber, the same text; PyMuPDF is faster still but
AGPL-3.0 (kg is not AGPL: it is not used).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.errors import InputError
from kg.formats import Extracted

_PAGE_NUMBER = re.compile(r"^[\s\-—–·•]*(?:第\s*)?\d{1,4}(?:\s*页)?[\s\-—–·•]*$")


def pdf_text(path: str, data: bytes) -> Extracted:
    import pypdfium2 as pdfium  # lazy: only a .pdf needs pypdfium2 (a dependency of kg)

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        found = re.search(r"PDFium: ([^)]*)", str(exc))
        reason = (found.group(1) if found else str(exc)).strip().rstrip(".") or "unreadable"
        if "password" in reason.lower():
            raise InputError(path, "encrypted PDF (needs a password), cannot read its text") from None
        raise InputError(path, f"not a readable PDF ({reason})") from None
    pages_text: list[str] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                pages_text.append(_page_text(textpage))
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
    starts = []
    pos = 0
    for text in pages_text:
        starts.append(pos)
        pos += len(text) + 1
    text = "\n".join(pages_text)
    if not text.strip():
        raise InputError(path, f"no text in the PDF ({len(pages_text)} page(s); a scan? kg does not OCR)")
    return Extracted(text, "pdf", starts)


def _page_text(textpage) -> str:
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ")
        if text.strip():
            runs.append((left, bottom, right, top, text))
    lines: list[list[tuple]] = []
    for run in runs:
        if lines and _same_line(lines[-1][-1], run):
            lines[-1].append(run)
        else:
            lines.append([run])
    heights = sorted(line[0][3] - line[0][1] for line in lines)
    lefts = _column_lefts([line[0][0] for line in lines], heights[len(heights) // 2] if heights else 10.0)
    out = []
    for line in lines:
        em = max(line[0][3] - line[0][1], 1.0)
        x0 = line[0][0]
        edge = max((e for e in lefts if e <= x0 + 1.5), default=x0)
        pieces = [" " * round((x0 - edge) / (em / 2))] if x0 - edge >= em / 2 else []
        prev = None
        for run in line:
            text = run[4]
            if prev is not None:
                pieces.append(_gap(prev, run, em))
            pieces.append(text)
            prev = run
        out.append("".join(pieces).rstrip())
    for end in (0, -1):  # a page number alone at the top or bottom of the page
        if out and _PAGE_NUMBER.match(out[end]):
            out.pop(end)
    return "\n".join(out)


def _same_line(a: tuple, b: tuple) -> bool:
    """Is run ``b`` on run ``a``'s baseline and to its right?"""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    height = min(a[3] - a[1], b[3] - b[1])
    return height > 0 and overlap >= 0.5 * height and b[0] >= a[2] - 1.0


def _gap(a: tuple, b: tuple, em: float) -> str:
    gap = b[0] - a[2]
    if a[4].endswith(" ") or b[4].startswith(" "):
        gap = max(gap, 0.0)
        if gap < 1.5 * em:
            return ""  # the run carries its own space
    if gap >= 1.5 * em:
        return " " * max(2, round(gap / (em / 2)))
    if gap < 0.3 * em:
        return ""
    last, first = a[4].rstrip()[-1:], b[4].lstrip()[:1]
    if last and first and not last.isascii() and not first.isascii():
        return ""  # two CJK runs (a font change inside a sentence)
    return " "


def _column_lefts(xs: list[float], em: float) -> list[float]:
    """The page's column left edges: left positions (to 2 pt) where at least 3 lines start and
    no such position lies less than 12 em to the left (that one would be the column's edge and
    this an indentation: a roster's continuation lines)."""
    counts = Counter(round(x / 2) * 2 for x in xs)
    frequent = sorted(x for x, n in counts.items() if n >= 3)
    edges: list[float] = []
    for x in frequent:
        if not edges or x - edges[-1] >= 12 * em:
            edges.append(x)
    return edges
