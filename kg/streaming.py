"""Streaming full builds: memory bounded by the largest group of persons, not by the corpus.

A full build used to hold every fact, every node and every row of the graph in Python at once
(3.35 GB at 1M relationships). Here the facts go to disk as they are read, and the graph is
resolved and written a group of persons at a time, into the same new database:

1. **Spill.** Each document's facts, as they come out of extraction or a fact shard (and, for a
   full rebuild of an existing database, the stored facts of the documents kept, read from the
   store a batch of documents at a time), are written as JSON lines into one of
   :data:`PARTS` temporary files chosen by a hash of the person's name. What stays in memory
   is small: the document infos, and the organization mentions (name, as written, document).
2. **Documents and organizations.** Which documents the graph holds, under which paths, is
   decided on the document infos alone (:func:`kg.pipeline.plan`: the rules of
   :func:`kg.pipeline.merge_with_stored`, which the in-memory build follows too).
   Organizations are a function of the *set* of organization mentions (OrgRegistry.preload), so
   the registry is made once from the mentions; the Document, Organization and PART_OF rows are
   written first.
3. **Groups.** Persons are resolved per (jurisdiction, name) bucket, and nothing of one bucket
   depends on another (kg.incremental's docstring): a person id, an Event, a tenure are made
   from the bucket's own facts. All the buckets of one name are in one spill file, so the spill
   files, taken a few at a time up to :data:`BATCH_FACTS` facts (``KG_BATCH``), are groups of
   whole buckets: each group's facts are read back, resolved (kg.resolve.persons, the shared
   registry, kg.resolve.graph's Assembler) and its rows converted and appended to one Parquet
   file per table (:class:`kg.store.ladybug.StreamWriter`) before the next group is read. Rows
   that several groups make -- a Post and its IN, a Rank, a Span -- are the same row whoever
   makes it (their ids are hashes of their content), so each is written by the first group
   that makes it. At the end each table is COPYed once from its file into a new database,
   swapped in as a build from memory swaps its database in.

The graph is identical to the in-memory build (``resolve`` + ``replace_all``): same node ids,
properties and relationships, lookup tables and spans (tests/test_streaming.py compares every
table, with groups of one spill file as well as one group). Neo4j is still written from memory.

Why this design rather than a full build as a sequence of incremental batches
(kg.incremental.update, one batch of documents after another)? Measured on this machine
(2026-11-30, the bench/corpus_gen.py corpus at 10×, 2,200 documents, 101,729 relationships):
three incremental batches of 1,000 documents took 20.2 s and 881 MB, one build 8.8 s and
715 MB. Each batch re-reads and re-resolves every person its documents touch (people recur
across a county's documents) and writes through UNWIND (~10× slower than COPY); the cost grows
with the graph. Streamed groups resolve each fact once and load with COPY. At 1M relationships
(bench/bench_scale.py, 100x, same machine and day): peak RSS 3.34 GB from memory, 0.99 GB
streamed; 98.7 s and 86.7 s of wall time.
"""

from __future__ import annotations

import json
import os
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from kg.model import DocumentInfo, Fact, memoized_fact_ids
from kg.resolve import _unique
from kg.resolve.graph import Assembler
from kg.resolve.organizations import OrgRegistry
from kg.resolve.persons import resolve_persons
from kg.schema import load_schema

PARTS = 256  # spill files (a hash of the person's name picks one): groups are made of whole files
BATCH_FACTS = 20_000  # facts resolved and written at once (KG_BATCH); a spill file is never split


def batch_size() -> int:
    """Facts per group: $KG_BATCH, else :data:`BATCH_FACTS`."""
    value = os.environ.get("KG_BATCH")
    try:
        return max(1, int(value)) if value else BATCH_FACTS
    except ValueError:
        return BATCH_FACTS


class Spill:
    """Facts on disk, in :data:`PARTS` JSON Lines files by a hash of the person's name; each
    line ``[origin, fact JSON]`` (origin: who the fact came from, see kg.pipeline.plan)."""

    def __init__(self, folder: str | Path, parts: int | None = None):
        self.folder = Path(folder)
        self.parts = parts or PARTS
        self.counts = [0] * self.parts
        self._files: dict[int, IO[str]] = {}

    def add(self, origin: int, fact: Fact) -> None:
        data = fact.to_json()
        part = zlib.crc32(fact.person.encode("utf-8", "surrogatepass")) % self.parts
        fh = self._files.get(part)
        if fh is None:
            fh = self._files[part] = open(self.folder / f"part-{part:04d}.jsonl", "a", encoding="utf-8")
        fh.write(json.dumps([origin, data], ensure_ascii=False) + "\n")
        self.counts[part] += 1

    @property
    def total(self) -> int:
        return sum(self.counts)

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()

    def groups(self, batch: int) -> Iterator[list[int]]:
        """Spill files taken in order, as few at a time as make up to ``batch`` facts (a file
        larger than that is a group of its own)."""
        group: list[int] = []
        size = 0
        for part, n in enumerate(self.counts):
            if not n:
                continue
            if group and size + n > batch:
                yield group
                group, size = [], 0
            group.append(part)
            size += n
        if group:
            yield group

    def read(self, parts: Iterable[int]) -> Iterator[tuple[int, dict[str, Any]]]:
        for part in parts:
            with open(self.folder / f"part-{part:04d}.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    origin, data = json.loads(line)
                    yield origin, data


@dataclass
class Mentions:
    """The organization mentions of the spilled facts, by (origin, document path): (org, as
    written) pairs; their jurisdiction is the final document's (known once every document is)."""

    by_doc: dict[tuple[int, str], set[tuple[str, str | None]]] = field(default_factory=dict)

    def add(self, origin: int, fact: Fact) -> None:
        from kg.model import ACT_KINDS

        if not fact.org and not (fact.decided_by and fact.kind in ACT_KINDS):
            return
        seen = self.by_doc.setdefault((origin, fact.source.doc), set())
        if fact.org:
            seen.add((fact.org, fact.org_text))
        if fact.decided_by and fact.kind in ACT_KINDS:
            seen.add((fact.decided_by, None))

    def resolved(self, steps: dict[int, list[tuple[str, str]]], juris: dict[str, str | None]) -> set[tuple]:
        """(name, text, jurisdiction) of every mention, as kg.resolve.organizations.org_mentions
        gives them for the facts once their documents are final."""
        out: set[tuple] = set()
        for (origin, doc), pairs in self.by_doc.items():
            for old, new in steps.get(origin, ()):
                doc = new if doc == old else doc
            j = juris.get(doc)
            out.update((name, text, j) for name, text in pairs)
        return out


def repoint(facts: list[Fact], steps: list[tuple[str, str]]) -> list[Fact]:
    from kg.pipeline import _repoint

    for old, new in steps:
        facts = _repoint(facts, old, new)
    return facts


@dataclass
class Written:
    documents: int = 0
    facts: int = 0
    nodes: int = 0
    relationships: int = 0


def write_groups(writer: Any, spill: Spill, docs: list[DocumentInfo], registry: OrgRegistry,
                 steps: dict[int, list[tuple[str, str]]], *, batch: int, progress: Any = None,
                 on_group: Callable[[int, int], None] | None = None) -> Written:
    """Write the graph of the spilled facts through ``writer`` (kg.store.ladybug.StreamWriter):
    documents, organizations and PART_OF first, then the persons group by group."""
    schema = load_schema()
    head = Assembler(docs, registry)
    head.documents()
    from kg.store import document_rows
    from kg.model import Graph

    doc_rows = document_rows(Graph(nodes={"Document": [schema.node("Document").row(r) for _, r in sorted(head.nodes["Document"].items())]}, rels={}), docs) if docs else []
    org_rows, part_of = registry.rows()
    orgs = [schema.node("Organization").row(r) for r in org_rows]
    links = [schema.rel("PART_OF").row(r) for r in part_of]
    out = Written(documents=len(docs))
    if progress is not None:  # (resolve first: the stages are reported in that order)
        progress.stage("resolve", total=spill.total, unit="facts", resume=True)
        progress.stage("write", unit="rows", resume=True)
    writer.write({"Document": doc_rows, "Organization": orgs}, {"PART_OF": links})
    out.nodes += len(doc_rows) + len(orgs)
    out.relationships += len(links)
    posts: set[str] = set()
    ranks: set[str] = set()
    for parts in spill.groups(batch):
        if progress is not None:
            progress.stage("resolve", total=spill.total, unit="facts", resume=True)
        with memoized_fact_ids():
            facts: list[Fact] = []
            for origin, data in spill.read(parts):
                fact = Fact.from_json(data)
                facts.append(repoint([fact], steps[origin])[0] if origin in steps else fact)
            read = len(facts)
            nodes, rels = _resolve_group(facts, docs, registry, schema)
            del facts
        nodes["Post"] = [r for r in nodes["Post"] if r["id"] not in posts]
        new_posts = {r["id"] for r in nodes["Post"]}
        rels["IN"] = [r for r in rels["IN"] if r["from"] in new_posts]
        posts |= new_posts
        nodes["Rank"] = [r for r in nodes["Rank"] if r["id"] not in ranks]
        ranks.update(r["id"] for r in nodes["Rank"])
        if progress is not None:
            progress.advance(read)
            progress.stage("write", unit="rows", resume=True)
        writer.write(nodes, rels)
        out.facts += read
        out.nodes += sum(map(len, nodes.values()))
        out.relationships += sum(map(len, rels.values()))
        if on_group is not None:
            on_group(len(parts), read)
        del nodes, rels
    if registry.rows() != (org_rows, part_of):  # resolution registers nothing the mentions did not
        raise RuntimeError("kg.streaming: the organization registry changed while persons were resolved")
    return out


def _resolve_group(facts: list[Fact], docs: list[DocumentInfo], registry: OrgRegistry,
                   schema: Any) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """The rows a group of whole person buckets makes, exactly as :func:`kg.resolve.resolve`
    makes them for these facts (less the Document, Organization and PART_OF rows)."""
    juris = {d["path"]: d.get("jurisdiction") for d in docs}
    facts = _unique(facts)
    persons, _ = resolve_persons(facts, lambda f: juris.get(f.source.doc) or "", registry.canonical)
    asm = Assembler(docs, registry)
    asm.fact_rows(facts)
    for p in persons:
        asm.person(p)
    if len(asm.docs) != len(docs):
        raise RuntimeError("kg.streaming: a fact of a document the build does not hold")
    nodes = {label: [schema.node(label).row(r) for _, r in sorted(rows.items())] for label, rows in asm.nodes.items()}
    from kg.resolve.graph import _sort_key

    rels = {t: [schema.rel(t).row(r) for _, r in sorted(rows.items(), key=lambda kv: _sort_key(kv[0]))]
            for t, rows in asm.rels.items()}
    for label in schema.nodes:
        if label not in ("Document", "Organization", "Span"):
            nodes.setdefault(label, [])
    for rtype in schema.rels:
        if rtype != "PART_OF":
            rels.setdefault(rtype, [])
    return nodes, rels


def spill_folder() -> tempfile.TemporaryDirectory:
    """Where the facts wait between reading and resolving (the system's temporary folder,
    $TMPDIR): about the size of the facts' JSON; removed at the end of the build."""
    return tempfile.TemporaryDirectory(prefix="kg-spill-")
