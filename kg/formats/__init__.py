"""Text out of PDF and DOCX files, with the page each character is on.

:func:`extract_text` turns a ``.pdf`` or ``.docx`` file into plain text that
:func:`kg.reading.read_document` normalizes like a ``.txt`` file. That text is the document's
``Document.original``: evidence offsets point into it, and for a PDF ``Document.meta["pages"]``
holds the offset where each page starts, so that every evidence span also gets its page number
(:func:`page_of`, :func:`add_pages`).

- PDF: pypdfium2 (PDFium, Apache-2.0 / BSD-3-Clause), in content-stream order (the order a
  typeset two-column yearbook is written in, column after column), text runs on one baseline
  joined with their gaps kept as spaces (a roster row "余长明    区委书记" stays a row), a line's
  indentation as spaces. See :mod:`kg.formats.pdf` and docs/reading.md for the measured
  comparison with pypdf, pdfminer.six, pdfplumber and PyMuPDF.
- DOCX: python-docx (MIT): body paragraphs and tables in document order, a table row as one
  line with its cells separated by a tab. See :mod:`kg.formats.docx`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from kg.errors import InputError

PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
SUFFIXES = PDF_SUFFIXES + DOCX_SUFFIXES


@dataclass
class Extracted:
    """A file's text and, for paged formats, the offset in ``text`` where each page starts
    (``pages[0] == 0``); empty for formats without pages."""

    text: str
    format: str
    pages: list[int] = field(default_factory=list)


def extract_text(path: str, data: bytes) -> Extracted:
    """The text of a PDF or DOCX file (by its suffix); :class:`InputError` naming the cause when
    the file cannot be read as one (damaged, encrypted, not that format, no text layer)."""
    lower = path.lower()
    if lower.endswith(PDF_SUFFIXES):
        from kg.formats.pdf import pdf_text

        return pdf_text(path, data)
    if lower.endswith(DOCX_SUFFIXES):
        from kg.formats.docx import docx_text

        return docx_text(path, data)
    raise InputError(path, "not a PDF or DOCX file")


def page_of(pages: list[int], offset: int) -> int:
    """The 1-based number of the page that character ``offset`` is on."""
    return bisect_right(pages, offset)


def add_pages(doc, facts) -> None:
    """Set ``page`` on every evidence span of ``facts`` read from ``doc`` when the document
    has pages (a PDF); a no-op otherwise."""
    pages = doc.meta.get("pages") if doc.meta else None
    if not pages:
        return
    for fact in facts:
        for ev in [fact.source, *fact.evidence]:
            if ev.doc == doc.path:
                ev.page = page_of(pages, ev.start)
