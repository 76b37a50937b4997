"""The pipeline, stage by stage: read → extract → resolve → store.

Each stage is a function over the contracts of kg/model.py; this module only chains them,
keeps going past a broken document (its error is collected, never raised), and makes the
build incremental: a database keeps its raw facts, a build replaces the facts of the
documents it reads again (same path or same content) and re-resolves everything.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from kg.errors import InputError, KgError
from kg.extract import extract_document
from kg.model import Document, Fact
from kg.reading import iter_input_files, read_document
from kg.resolve import resolve
from kg.store import open_store


@dataclass
class Extracted:
    """One input file after extraction: its document and facts, or the error that stopped it."""

    path: str
    doc: Document | None = None
    facts: list[Fact] = field(default_factory=list)
    error: KgError | None = None


@dataclass
class BuildReport:
    documents: int
    facts: int
    errors: list[KgError]
    nodes: int
    relationships: int
    db: str


def doc_info(doc: Document) -> dict:
    """The document metadata the resolver and the store keep (no text)."""
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "date": doc.date,
        "year": doc.year,
        "jurisdiction": doc.jurisdiction,
        "sha256": doc.sha256,
    }


def extract_paths(paths: Iterable[str], on_file: Callable[[str], None] | None = None) -> Iterator[Extracted]:
    """Read and extract every file under ``paths``; a failure is reported, not raised."""
    for path, error in iter_input_files(list(paths)):
        if on_file:
            on_file(path)
        if error is not None:
            yield Extracted(path, error=error)
            continue
        try:
            doc = read_document(path)
            yield Extracted(path, doc=doc, facts=extract_document(doc))
        except KgError as exc:
            yield Extracted(path, error=exc)
        except Exception as exc:  # an extractor bug must not cost the batch: report it per file
            yield Extracted(path, error=InputError(path, f"extraction failed: {type(exc).__name__}: {exc}"))


def write_jsonl_atomic(rows: Iterable[dict], out: str | Path) -> None:
    """Write JSON Lines to ``out`` safely (see :func:`kg.outputs.open_output`: temporary file in
    the same folder + rename; ``-`` is stdout; a device or FIFO is written in place)."""
    from kg.outputs import open_output

    with open_output(out) as fh:
        write_jsonl(rows, fh)


def write_jsonl(rows: Iterable[dict], fh: TextIO) -> None:
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def merge_with_stored(old_facts: list[Fact], old_docs: list[dict], new: list[Extracted]) -> tuple[list[Fact], list[dict]]:
    """Stored facts and documents, with those of re-read documents (same path or same
    sha256) replaced by the new reading."""
    new_docs = [doc_info(e.doc) for e in new if e.doc is not None]
    paths = {d["path"] for d in new_docs}
    shas = {d["sha256"] for d in new_docs}
    replaced = {d["path"] for d in old_docs if d.get("path") in paths or d.get("sha256") in shas}
    kept_docs = [d for d in old_docs if d.get("path") not in replaced]
    kept_facts = [f for f in old_facts if f.source.doc not in replaced]
    facts = kept_facts + [f for e in new for f in e.facts]
    return facts, kept_docs + new_docs


def build(paths: Iterable[str], db: str | None = None, *, uri: str | None = None,
          on_file: Callable[[str], None] | None = None,
          on_error: Callable[[KgError], None] | None = None) -> BuildReport:
    """Extract ``paths``, merge with what the store already holds, resolve, write the graph."""
    extracted = []
    for item in extract_paths(paths, on_file):
        extracted.append(item)
        if item.error is not None and on_error:
            on_error(item.error)
    errors = [e.error for e in extracted if e.error is not None]
    store = open_store(db, uri=uri)
    try:
        old_facts, old_docs = store.load_facts()
        facts, docs = merge_with_stored(old_facts, old_docs, extracted)
        graph = resolve(facts, docs)
        store.replace_all(graph, facts, docs)
    finally:
        store.close()
    return BuildReport(
        documents=len(docs), facts=len(facts), errors=errors,
        nodes=graph.node_count(), relationships=graph.rel_count(), db=uri or str(db),
    )
