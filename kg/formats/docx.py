"""DOCX text with python-docx: body paragraphs and tables in document order.

A paragraph is one line. A table row is one line with its cells separated by a tab (the
normalizer reads a tab as the gap of a row: "余长明\\t区委书记"); a cell's own paragraphs are
joined by a space, merged cells (the same cell repeated across a row) are written once, and a
table inside a cell is read with its cell. Headers, footers, footnotes and comments are not
the document's text and are left out.
"""

from __future__ import annotations

import io
import zipfile

from kg.errors import InputError
from kg.formats import Extracted


def docx_text(path: str, data: bytes) -> Extracted:
    import docx  # lazy: only a .docx needs python-docx (a dependency of kg)
    from docx.opc.exceptions import OpcError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(path, f"not a readable DOCX file ({_reason(exc)})") from None
    except (LxmlError, OpcError) as exc:  # damaged XML parts, a package that is not a document
        raise InputError(path, f"damaged DOCX file ({_reason(exc)})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_rows(block))
    return Extracted("\n".join(lines), "docx")


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(_cell_lines(cell)).strip())
        rows.append("\t".join(cells))
    return rows


def _cell_lines(cell) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                out.append(block.text.strip())
        elif isinstance(block, Table):
            out.extend(r.replace("\t", " ") for r in _table_rows(block))
    return out


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
