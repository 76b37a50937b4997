"""Fact shards: extraction results as JSON Lines files that `kg build --facts` consumes.

Extraction is a pure function of one document, so it can run anywhere (other processes, other
machines, a Dask cluster: see :mod:`kg.distributed`) and hand its results over as files. A
shard is a JSON Lines file; each document it holds is one line ``{"kg_document": {...}}`` (the
document info kg keeps: id, path, title, date, year, jurisdiction, sha256, real_paths) followed
by its facts, one fact per line in the JSONL contract of `kg extract` (README). A fact line
belongs to the document line before it. Shards are written atomically (temporary file +
rename) and can be concatenated.

Building from shards gives the same graph as building from the documents themselves: the
build merges shard documents exactly as it merges documents it reads (content identity by
sha256, paths as recorded).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.model import Document, DocumentInfo, Fact, document_info

DOC_KEY = "kg_document"


def shard_lines(info: DocumentInfo, facts: Iterable[Fact]) -> Iterator[str]:
    """The lines of one document in a shard: its info, then its facts."""
    yield json.dumps({DOC_KEY: info}, ensure_ascii=False)
    for f in facts:
        yield json.dumps(f.to_json(), ensure_ascii=False)


def write_shard(path: str | Path, items: Iterable[tuple[DocumentInfo, Iterable[Fact]]]) -> int:
    """Write (document info, facts) pairs into one shard file atomically; returns facts written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            for info, facts in items:
                for i, line in enumerate(shard_lines(info, facts)):
                    fh.write(line + "\n")
                    n += i > 0
        os.replace(tmp, path)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    return n


def shard_files(paths: Iterable[str | Path]) -> list[Path]:
    """Shard files named by ``paths`` (a folder stands for its *.jsonl files, sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.glob("*.jsonl") if q.is_file())
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(str(p), "no such fact shard (give .jsonl files written by `kg extract --shards` or folders of them)")
    return out


def read_shards(paths: Iterable[str | Path]) -> Iterator[tuple[DocumentInfo, list[Fact]]]:
    """(document info, facts) for every document of the shards, in file order, streaming."""
    for path in shard_files(paths):
        info: DocumentInfo | None = None
        facts: list[Fact] = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(str(path), f"line {n}: not JSON ({exc.msg})") from None
                if DOC_KEY in data:
                    if info is not None:
                        yield info, facts
                    try:
                        info, facts = document_info(data[DOC_KEY]), []
                    except (TypeError, AttributeError, ValueError) as exc:
                        raise InputError(str(path), f"line {n}: not a kg document line ({exc})") from None
                    continue
                if info is None:
                    raise InputError(str(path), f"line {n}: a fact before any {DOC_KEY} line (not a kg fact shard)")
                try:
                    facts.append(Fact.from_json(data))
                except (TypeError, KeyError, ValueError) as exc:
                    raise InputError(str(path), f"line {n}: not a kg fact ({exc})") from None
        if info is not None:
            yield info, facts


def info_document(info: DocumentInfo) -> Document:
    """A text-less Document standing for a shard's document info (what the build keeps of it)."""
    return Document(path=info["path"], original="", text="", offsets=[0], sha256=info.get("sha256") or "",
                    title=info.get("title"), date=info.get("date"), year=info.get("year"),
                    jurisdiction=info.get("jurisdiction"))
