"""The pipeline, stage by stage: read → extract → resolve → store.

Each stage is a function over the contracts of kg/model.py; this module only chains them,
keeps going past a broken document (its error is collected, never raised), and makes the
build incremental: a database keeps its raw facts, a build replaces the facts of the
documents it reads again and re-resolves what they touch (kg.incremental). A build of
everything into the embedded store streams (kg.streaming): memory follows the largest group
of persons, not the corpus; from memory (Neo4j, or ``stream=False``) it gives the same graph.

Document identity: a document is its *content* (sha256; the Document id is its first 16 hex
digits) found at one or more *resolved paths* (``os.path.realpath``: absolute, symlinks
followed). ``alias/doc.txt``, ``./alias/doc.txt``, ``/abs/alias/doc.txt`` and a symlink to it
are one file and one document. A document info keeps ``path`` (the path as given when it was
read: what ``source.doc`` of its facts says and what the commands show) and ``real_paths``
(every resolved path it was read at, the first being that of ``path``). When a build reads a
file:

- same content as a stored document: the new reading replaces it (its other paths are kept);
- other content at a resolved path a stored document was read at (an edit): that path is taken
  off the stored document, and a document left with no path goes with its facts;
- the same content at several resolved paths in one build is read and extracted once (the
  first path given) and records every path.

A stored document that loses the path its ``path`` names but keeps another is shown under that
other (resolved) path from then on, its facts re-pointed. Databases written before documents
had ``real_paths`` are matched by their ``path`` resolved against the current directory.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeGuard, cast

from kg.errors import InputError, KgError, QueryError, StoreError
from kg.extract import extract_document
from kg.model import Document, DocumentInfo, Fact, memoized_fact_ids
from kg.progress import Progress
from kg.reading import iter_input_files, read_document
from kg.store import DeltaStore, MissingStoreError, Store, default_db, open_store

if TYPE_CHECKING:
    from kg.incremental import Delta

log = logging.getLogger(__name__)


@dataclass
class Extracted:
    """One input file after extraction: its document and facts, or the error that stopped it."""

    path: str
    doc: Document | None = None
    facts: list[Fact] = field(default_factory=list)
    error: KgError | None = None
    real_path: str | None = None  # os.path.realpath(path)
    same_as: str | None = None  # read before in this run with the same content: that path (not extracted again)


@dataclass
class BuildReport:
    documents: int
    facts: int
    errors: list[KgError]
    nodes: int
    relationships: int
    db: str
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage (this process)
    mode: str = "full"  # "incremental" when only what the new documents touch was re-resolved (kg.incremental)


@dataclass
class RemoveReport:
    removed: list[DocumentInfo]  # document infos taken out of the graph, with their facts
    unlinked: list[tuple[DocumentInfo, list[str]]]  # documents kept, with the resolved paths taken off them
    documents: int
    facts: int
    nodes: int
    relationships: int
    db: str


def doc_info(doc: Document, real_paths: Sequence[str] = ()) -> DocumentInfo:
    """The document metadata the resolver and the store keep (no text)."""
    return DocumentInfo(id=doc.id, path=doc.path, title=doc.title, date=doc.date, year=doc.year,
                        jurisdiction=doc.jurisdiction, sha256=doc.sha256, real_paths=list(real_paths) or None)


def extract_one(path: str) -> Extracted:
    """Read and extract one file; a failure is reported in the result, never raised."""
    real = os.path.realpath(path)
    try:
        doc = read_document(path)
        return Extracted(path, doc=doc, facts=extract_document(doc), real_path=real)
    except KgError as exc:
        return Extracted(path, error=exc, real_path=real)
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not cost the batch: reported per file
        return _failed(path, exc, real)


def _failed(path: str, exc: Exception, real: str) -> Extracted:
    """A bug met while reading or extracting one file: the batch reports it as that file's one
    ``Error:`` line and goes on; the traceback goes to the log (``kg -v`` shows it)."""
    log.debug("reading or extracting %s failed", path, exc_info=exc)
    return Extracted(path, error=InputError(path, f"extraction failed: {type(exc).__name__}: {exc}"), real_path=real)


def extract_paths(paths: Iterable[str], on_file: Callable[[str], None] | None = None, *,
                  dedupe: bool = False, workers: int = 1,
                  on_total: Callable[[int], None] | None = None, skip: Sequence[str] = ()) -> Iterator[Extracted]:
    """Read and extract every file under ``paths``; a failure is reported, not raised.

    With ``dedupe``, a file whose content was already read in this run (the same file reached
    another way, or a copy) is not extracted again: it comes with ``same_as`` set and no facts.
    With ``workers`` > 1 the files are extracted in that many processes (kg.parallel); the
    results, and their order, are those of one process. ``on_total`` hears the number of files
    once they are listed."""
    listed = list(iter_input_files(list(paths), skip))  # (skip: the build's own database files)
    if on_total:
        on_total(len(listed))
    if workers > 1:
        from kg.parallel import extract_files

        results = extract_files([path for path, error in listed if error is None], workers)
    else:
        results = None
    first: dict[str, str] = {}  # sha256 -> path of the first reading
    for path, error in listed:
        if error is not None:
            if on_file:
                on_file(path)
            yield Extracted(path, error=error)
            continue
        if results is not None:
            item = next(results)
        elif dedupe:
            item = _read_once(path, first)
        else:
            item = extract_one(path)
        if on_file:
            on_file(path)
        if item.doc is not None and dedupe and item.same_as is None:
            if item.doc.sha256 in first:
                item = Extracted(path, doc=item.doc, real_path=item.real_path, same_as=first[item.doc.sha256])
            else:
                first[item.doc.sha256] = path
        yield item


def _read_once(path: str, first: dict[str, str]) -> Extracted:
    """One process, deduplicating: a content read before is not extracted again."""
    real = os.path.realpath(path)
    try:
        doc = read_document(path)
    except KgError as exc:
        return Extracted(path, error=exc, real_path=real)
    except Exception as exc:  # noqa: BLE001 - reported per file, see _failed
        return _failed(path, exc, real)
    if doc.sha256 in first:
        return Extracted(path, doc=doc, real_path=real, same_as=first[doc.sha256])
    try:
        return Extracted(path, doc=doc, facts=extract_document(doc), real_path=real)
    except KgError as exc:
        return Extracted(path, error=exc, real_path=real)
    except Exception as exc:  # noqa: BLE001 - reported per file, see _failed
        return _failed(path, exc, real)


def write_jsonl_atomic(rows: Iterable[dict], out: str | Path) -> None:
    """Write JSON Lines to ``out`` safely (see :func:`kg.outputs.open_output`: temporary file in
    the same folder + rename; ``-`` is stdout; a device or FIFO is written in place)."""
    from kg.outputs import open_output

    with open_output(out) as fh:
        write_jsonl(rows, fh)


def write_jsonl(rows: Iterable[dict], fh: IO[str]) -> None:
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def real_paths_of(info: DocumentInfo) -> list[str]:
    """The resolved paths a stored document was read at; for a document stored before kg kept
    them, its ``path`` resolved against the current directory."""
    paths = info.get("real_paths")
    if paths:
        return list(paths)
    return [os.path.realpath(info["path"])] if info.get("path") else []


def _with_paths(info: DocumentInfo, paths: list[str]) -> DocumentInfo:
    """``info`` with ``real_paths`` = ``paths``: the first kept first, the others sorted, no repeats."""
    head, rest = paths[0], sorted(set(paths[1:]) - {paths[0]})
    return {**info, "real_paths": [head, *rest]}


def _repoint(facts: list[Fact], old: str, new: str) -> list[Fact]:
    """Facts of the document shown as ``old``, shown as ``new`` (source and evidence spans)."""
    def ev(e):
        return replace(e, doc=new) if e.doc == old else e

    return [replace(f, source=ev(f.source), evidence=[ev(e) for e in f.evidence]) if f.source.doc == old else f
            for f in facts]


def _take_paths(info: DocumentInfo, facts: list[Fact], gone: set[str]) -> tuple[DocumentInfo | None, list[Fact]]:
    """Take the resolved paths ``gone`` off a stored document: None when none is left (the
    document goes, with its facts); when the path its ``path`` names went, it is shown under the
    first one left (resolved) and its facts follow."""
    kept, steps = _take_paths_info(info, gone)
    return kept, (_apply_steps(facts, steps) if kept is not None else [])


def _take_paths_info(info: DocumentInfo, gone: set[str]) -> tuple[DocumentInfo | None, list[tuple[str, str]]]:
    """:func:`_take_paths` on the document info alone: (the info left or None, the re-pointings
    (old path, new path) its facts are to follow)."""
    paths = real_paths_of(info)
    left = [p for p in paths if p not in gone]
    if not left:
        return None, []
    if left == paths:
        return _with_paths(info, paths), []  # (a document stored before real_paths gets them)
    steps = []
    if left[0] != paths[0]:
        steps.append((info["path"], left[0]))
        info = {**info, "path": left[0]}
    return _with_paths(info, left), steps


def _apply_steps(facts: list[Fact], steps: Sequence[tuple[str, str]]) -> list[Fact]:
    for old, new in steps:
        facts = _repoint(facts, old, new)
    return facts


def _facts_by_doc(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.source.doc, []).append(f)
    return out


@dataclass
class PlanEntry:
    """One document of the graph after a build: its info, where its facts come from (``origin``
    >= 0: the reading of that index in this build; < 0: the stored document ``-origin - 1``) and
    the re-pointings (old path, new path) they follow."""

    info: DocumentInfo
    origin: int
    steps: list[tuple[str, str]] = field(default_factory=list)


def plan(old_docs: list[DocumentInfo], readings: Iterable[tuple[int, str, DocumentInfo]]) -> list[PlanEntry]:
    """The documents of the graph once what this build read (``readings``: (index, content key
    -- its sha256 --, its info with the resolved path it was read at)) is merged with the stored ones (see the module
    docstring: documents are keyed by content and resolved path, never by the path string).
    Document infos only: :func:`merge_with_stored` and the streaming build (kg.streaming) take
    the facts from it."""
    infos: dict[str, DocumentInfo] = {}  # sha256 -> the new document info
    origin: dict[str, int] = {}  # sha256 -> the reading whose facts it keeps
    for i, sha, info in readings:
        if sha in infos:  # the same content again (another path to it, or a copy)
            infos[sha] = _with_paths(infos[sha], [*real_paths_of(infos[sha]), *real_paths_of(info)[:1]])
            continue
        infos[sha], origin[sha] = info, i
    read_here = {p for d in infos.values() for p in real_paths_of(d)}
    entries: list[PlanEntry] = []
    for j, d in enumerate(old_docs):
        stored_sha = d.get("sha256")
        if stored_sha and stored_sha in infos:  # read again: the new reading replaces it, keeping its other paths
            r = infos[stored_sha]
            infos[stored_sha] = _with_paths(r, [*real_paths_of(r), *(p for p in real_paths_of(d) if p not in read_here)])
            continue
        kept, steps = _take_paths_info(d, read_here)
        if kept is not None:
            entries.append(PlanEntry(kept, -j - 1, steps))
    entries += [PlanEntry(info, origin[sha]) for sha, info in infos.items()]
    return _unique_paths(entries)


def _unique_paths(entries: list[PlanEntry]) -> list[PlanEntry]:
    """Two documents never show the same ``path`` (the resolver ties facts to documents by it):
    the later one keeps it, an earlier one is shown under its resolved path."""
    last = {e.info["path"]: i for i, e in enumerate(entries)}
    for i, e in enumerate(entries):
        d = e.info
        if last[d["path"]] != i:
            new = real_paths_of(d)[0]
            e.info = {**d, "path": new, "real_paths": real_paths_of(d)}
            e.steps = [*e.steps, (d["path"], new)]
    return entries


def _reading_infos(new: Sequence[Extracted]) -> Iterator[tuple[int, str, DocumentInfo]]:
    for i, e in enumerate(new):
        if e.doc is not None:
            yield i, _content(e.doc), doc_info(e.doc, [e.real_path or os.path.realpath(e.path)])


def _content(doc: Document) -> str:
    """What makes two readings one document: the content's sha256 (a document of a facts file,
    known by its path only, has none: its path then)."""
    return doc.sha256 or "path:" + doc.path


def merge_with_stored(old_facts: list[Fact], old_docs: list[DocumentInfo], new: list[Extracted]) -> tuple[list[Fact], list[DocumentInfo]]:
    """Stored facts and documents, with what this build read merged in (:func:`plan`)."""
    entries = plan(old_docs, _reading_infos(new))
    old_of = _facts_by_doc(old_facts)
    stored = [old_of.pop(d["path"], []) for d in old_docs]  # (a stored document read again: its facts go)
    orphans = [f for fs in old_of.values() for f in fs]  # facts of no stored document: kept as they were
    facts: list[Fact] = []
    for e in entries:
        own = stored[-e.origin - 1] if e.origin < 0 else list(new[e.origin].facts)
        facts += _apply_steps(own, e.steps)
    return orphans + facts, [e.info for e in entries]


def check_raw_facts(store: Store, where: str) -> None:
    """Refuse a store whose graph kg could not rebuild: persons of a kg graph (linked to their
    Documents) but no raw facts, as after a neo4j-admin import of an export without Fact nodes.
    Replacing it would keep only what this run reads. A store with no database yet passes."""
    try:
        layer = fact_layer(store)
        if layer["facts"]:
            return
        persons = layer["persons"]
    except MissingStoreError:
        return
    except QueryError as exc:
        raise StoreError(f"{where}: not a kg graph ({exc}); kg will not replace it — choose another database") from exc
    if persons:
        raise StoreError(
            f"{where}: the graph has {persons} persons but no raw facts (Fact nodes); kg build would replace it "
            "with only the documents read now; rebuild from all the documents into a new database, "
            "or import a kg csv export (it includes the Fact nodes)"
        )


def fact_layer(store: Store) -> dict[str, int]:
    """How many raw facts and document-linked persons the store holds (saved query fact_layer)."""
    from kg.queries import run_saved

    counts = {r["kind"]: int(r["count"] or 0) for r in run_saved(store, "fact_layer")}
    return {k: counts.get(k, 0) for k in ("facts", "persons")}


def build(paths: Iterable[str], db: str | None = None, *, uri: str | None = None,
          on_file: Callable[[str], None] | None = None,
          on_error: Callable[[KgError], None] | None = None,
          workers: int = 1, shards: Sequence[str] = (), progress: Progress | None = None,
          incremental: bool = True, stream: bool | None = None, batch: int | None = None) -> BuildReport:
    """Extract ``paths`` (in ``workers`` processes), add the documents of fact ``shards``
    (kg.shards), merge with what the store already holds, resolve, write the graph.

    The store is opened first: for LadybugDB that takes kg's write lock, so a second build of
    the same database -- new or not -- stops at once; a store holding a graph without raw facts
    is refused before anything is read (:func:`check_raw_facts`). ``progress`` hears each stage
    (extract, shards, load, resolve, write); the report carries their times.

    On a database that already holds a graph, only what the documents read now touch is
    re-resolved and rewritten (kg.incremental: same graph as a build from scratch); when that is
    most of the graph, or with ``incremental=False``, everything is. A build of everything into
    the embedded store streams (kg.streaming: facts spilled to disk as they are read, resolved
    and written ``batch`` facts at a time, default $KG_BATCH or 20,000; memory bounded by that,
    not by the corpus); ``stream=False`` (or KG_STREAM=0) resolves and writes it from memory
    (the reference: the same graph), as Neo4j always is."""
    from kg.incremental import Delta  # build / remove only: `kg extract` does not import the resolver

    where = uri or str(db or default_db())
    progress = progress or Progress(enabled=False)
    store = open_store(db, uri=uri)
    try:
        check_raw_facts(store, where)
        errors: list[KgError] = []
        own = () if uri else tuple(f"{where}{suffix}" for suffix in ("", ".lock", ".wal", ".shadow"))
        readings = _readings(list(paths), shards, on_file, on_error, workers, progress, errors, own)
        streaming = _can_stream(store) if stream is None else bool(stream) and _can_stream(store)
        incremental = incremental and _incremental_store(store)
        if streaming and not incremental:  # a new database (or everything rebuilt): straight from the readings
            return _report(_build_streaming(store, readings, progress, batch), errors, where, progress)
        extracted = list(readings)
        if incremental:
            delta = _build_incremental(store, extracted, progress)
            if isinstance(delta, Delta):
                progress.end()
                return BuildReport(documents=delta.documents, facts=delta.facts_total, errors=errors, nodes=delta.nodes,
                                   relationships=delta.relationships, db=where, timings=dict(progress.times),
                                   cpu=dict(progress.cpu), mode="incremental")
            if delta:
                log.info("%s: full rebuild: %s", where, delta)
            if streaming:
                return _report(_build_streaming(store, extracted, progress, batch), errors, where, progress)
        counts = _build_in_memory(store, extracted, progress, where)
    finally:
        store.close()
    return _report(counts, errors, where, progress)


def _readings(paths: list[str], shards: Sequence[str], on_file: Callable[[str], None] | None,
              on_error: Callable[[KgError], None] | None, workers: int, progress: Progress,
              errors: list[KgError], own: Sequence[str] = ()) -> Iterator[Extracted]:
    """What a build reads, one document at a time: the files ``paths`` extracted (stage
    extract), then the documents of the fact ``shards`` (stage shards); errors are collected
    into ``errors`` (and told to ``on_error``) as they come."""
    from kg.shards import info_document

    if paths or not shards:
        progress.stage("extract")
        for item in extract_paths(paths, on_file, dedupe=True, workers=workers, on_total=progress.total, skip=own):
            progress.advance(1, facts=len(item.facts))
            if item.error is not None:
                errors.append(item.error)
                if on_error:
                    on_error(item.error)
            yield item
    if shards:
        progress.stage("shards")
        for info, facts in read_facts(shards, on_total=progress.total):
            real = real_paths_of(info)[0]
            yield Extracted(info["path"], doc=info_document(info), facts=facts, real_path=real)
            progress.advance(1, facts=len(facts))


def read_facts(paths: Sequence[str], on_total: Callable[[int], None] | None = None) -> Iterator[tuple[DocumentInfo, list[Fact]]]:
    """(document info, facts) of fact shards (`kg extract --shards`) and of facts JSON Lines
    (`kg extract -o FILE`), files or folders of them (``*.jsonl``), streaming shard by shard.

    A facts file has no document lines: its facts are grouped by their document (``source.doc``)
    and each document is known by that path only -- no title, date or jurisdiction, so persons
    are resolved without a jurisdiction (a warning says so); shards keep what a build from the
    documents knows. ``on_total`` hears the number of documents first (document lines counted)."""
    from kg.shards import DOC_KEY, read_shards, shard_files

    files = shard_files(paths)
    kinds = [_is_shard(f, DOC_KEY) for f in files]
    if on_total is not None and all(kinds):
        head = '{"' + DOC_KEY + '"'
        total = 0
        for f in files:
            with open(f, encoding="utf-8") as fh:
                total += sum(1 for line in fh if line.startswith(head))
        on_total(total)
    for f, shard in zip(files, kinds):
        if shard:
            yield from read_shards([f])
            continue
        log.warning("Warning: %s: facts without document lines (kg extract -o): their documents are known by path "
                    "only (no title, date or jurisdiction); `kg extract --shards DIR` keeps them", f)
        yield from _plain_facts(f)


def _is_shard(path: Path, key: str) -> bool:
    """Whether a JSON Lines file starts with a shard's document line (else: facts only)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    return True  # read_shards says what is wrong with it
                return not isinstance(data, dict) or key in data
    return True


def _plain_facts(path: Path) -> Iterator[tuple[DocumentInfo, list[Fact]]]:
    """The facts of a `kg extract -o` file by document (in the order first seen)."""
    from kg.model import document_info

    by_doc: dict[str, list[Fact]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                fact = Fact.from_json(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"line {n}: not JSON ({exc.msg})") from None
            except (TypeError, KeyError, ValueError, AttributeError) as exc:
                raise InputError(str(path), f"line {n}: not a kg fact ({exc})") from None
            by_doc.setdefault(fact.source.doc, []).append(fact)
    for doc, facts in by_doc.items():
        yield document_info({"path": doc}), facts


def _report(counts: tuple[int, int, int, int], errors: list[KgError], where: str, progress: Progress) -> BuildReport:
    progress.end()
    documents, facts, nodes, relationships = counts
    return BuildReport(documents=documents, facts=facts, errors=errors, nodes=nodes, relationships=relationships,
                       db=where, timings=dict(progress.times), cpu=dict(progress.cpu))


def _build_in_memory(store: Store, extracted: list[Extracted], progress: Progress, where: str) -> tuple[int, int, int, int]:
    """Everything resolved and written from memory: every stored fact loaded, merged with what
    this build read, one graph resolved and written (Neo4j; the reference for kg.streaming)."""
    from kg.resolve import resolve

    progress.stage("load", unit="facts")
    old_facts, old_docs = store.load_facts()
    progress.advance(len(old_facts))
    log.debug("%s holds %d raw facts of %d documents", where, len(old_facts), len(old_docs))
    facts, docs = merge_with_stored(old_facts, old_docs, extracted)
    del extracted, old_facts
    with memoized_fact_ids():  # the store asks for the ids the resolver computed
        progress.stage("resolve", unit="facts")
        graph = resolve(facts, docs)
        progress.advance(len(facts))
        log.debug("resolved %d facts of %d documents: %d nodes, %d relationships",
                  len(facts), len(docs), graph.node_count(), graph.rel_count())
        progress.stage("write", unit="rows")
        store.replace_all(graph, facts, docs, progress=progress)  # rows done / total, table by table
    return len(docs), len(facts), graph.node_count(), graph.rel_count()


def _can_stream(store: Store) -> bool:
    """Whether the store can be written group by group (LadybugDB; KG_STREAM=0 turns it off)."""
    return hasattr(store, "stream_writer") and os.environ.get("KG_STREAM") != "0"


LOAD_DOCS = 500  # stored documents whose facts are read from the store at once (a streaming rebuild)


def _build_streaming(store: Store, readings: Iterable[Extracted], progress: Progress,
                     batch: int | None) -> tuple[int, int, int, int]:
    """Everything resolved and written group by group (kg.streaming): the facts read now and
    the stored facts of the documents kept are spilled to disk, then resolved and written a
    group of persons at a time into a new database swapped in at the end."""
    from kg.resolve.organizations import OrgRegistry
    from kg.streaming import Mentions, Spill, batch_size, spill_folder, write_groups

    old_docs = load_documents(store)  # a rebuild of a stored graph; [] for a new database
    with spill_folder() as folder:
        spill, mentions = Spill(folder), Mentions()
        try:
            infos: list[tuple[int, str, DocumentInfo]] = []
            seen: set[str] = set()
            for i, e in enumerate(readings):
                if e.doc is None:
                    continue
                key = _content(e.doc)
                infos.append((i, key, doc_info(e.doc, [e.real_path or os.path.realpath(e.path)])))
                if key in seen:  # the same content again: its first reading's facts are kept
                    continue
                seen.add(key)
                for f in e.facts:
                    spill.add(i, f)
                    mentions.add(i, f)
            entries = plan(old_docs, infos)
            del infos
            kept = [e for e in entries if e.origin < 0]
            if kept:
                progress.stage("load", unit="facts")
                orphan = -len(old_docs) - 1  # a stored fact of no document kept under its path: kept as it was
                for k in range(0, len(kept), LOAD_DOCS):
                    part = kept[k : k + LOAD_DOCS]
                    origin_of = {old_docs[-e.origin - 1]["path"]: e.origin for e in part}
                    facts = cast("DeltaStore", store).load_facts_of(old_docs[-e.origin - 1]["id"] for e in part)
                    for f in facts:
                        o = origin_of.get(f.source.doc, orphan)
                        spill.add(o, f)
                        mentions.add(o, f)
                    progress.advance(len(facts))
            spill.close()
            steps = {e.origin: e.steps for e in entries if e.steps}
            docs = [e.info for e in entries]
            registry = OrgRegistry()  # a function of the set of organization mentions
            registry.preload(mentions.resolved(steps, {d["path"]: d.get("jurisdiction") for d in docs}))
            del mentions
            with cast(Any, store).stream_writer(progress) as writer:
                written = write_groups(writer, spill, docs, registry, steps, batch=batch or batch_size(), progress=progress)
                writer.finish()
        finally:
            spill.close()
    log.debug("streamed %d facts of %d documents: %d nodes, %d relationships",
              written.facts, written.documents, written.nodes, written.relationships)
    return written.documents, written.facts, written.nodes, written.relationships


def load_documents(store: Store) -> list[DocumentInfo]:
    """The stored document infos (no facts)."""
    from kg.store import doc_info

    from kg.queries import run_saved

    try:
        rows = run_saved(store, "documents")
    except MissingStoreError:
        return []
    return [doc_info(r) for r in rows]


def _incremental_store(store: Store) -> TypeGuard[DeltaStore]:
    """A store that can take a delta and already holds raw facts (else a full build is as cheap)."""
    if not hasattr(store, "apply_delta") or os.environ.get("KG_INCREMENTAL") == "0":
        return False
    try:
        return fact_layer(store)["facts"] > 0
    except (MissingStoreError, QueryError):
        return False


def _build_incremental(store: Store, extracted: list[Extracted], progress: Progress) -> "Delta | str":
    """Merge what this build read into the stored graph, touching only what it concerns
    (kg.incremental.update); the reason for a full rebuild instead ('' when the store is new)."""
    from kg.incremental import Delta, update

    if not _incremental_store(store):
        return ""
    progress.stage("load", unit="facts")
    old_docs = load_documents(store)
    read = [(e, e.doc) for e in extracted if e.doc is not None]
    shas = {doc.sha256 for _, doc in read}
    reals = {e.real_path or os.path.realpath(e.path) for e, _ in read}
    paths = {doc.path for _, doc in read}
    part = {d["id"] for d in old_docs
            if d.get("sha256") in shas or d.get("path") in paths or set(real_paths_of(d)) & reals}
    old_part = store.load_facts_of(part)
    progress.advance(len(old_part))
    facts, docs = merge_with_stored(old_part, old_docs, extracted)
    before = {d["id"]: d for d in old_docs}
    if any(d["id"] not in part and d["id"] in before and d != before[d["id"]] for d in docs):
        return "a document this build did not read changes (paths shared with another document)"
    progress.stage("resolve", unit="facts")
    delta = update(store, old_docs, docs, old_part, facts, part, progress)
    if isinstance(delta, Delta):
        delta.documents = len(docs)
    return delta


HEX = re.compile(r"^[0-9a-fA-F]{6,64}$")


def match_documents(docs: list[DocumentInfo], target: str, where: str) -> dict[int, set[str] | None]:
    """Which stored documents ``target`` names, as {index: resolved paths to take off, or None
    for the whole document}: a path (as shown, or any path resolving to one the document was
    read at) names that path; else a sha256 or id prefix (6+ hex digits) names the document."""
    real = os.path.realpath(target)
    hits: dict[int, set[str] | None] = {}
    for i, d in enumerate(docs):
        paths = real_paths_of(d)
        if d.get("path") == target and paths:
            hits[i] = {paths[0]}
        elif real in paths:
            hits[i] = {real}
    if hits:
        return hits
    if HEX.match(target):
        low = target.lower()
        ids = [i for i, d in enumerate(docs)
               if str(d.get("sha256") or "").lower().startswith(low) or str(d.get("id") or "").lower().startswith(low)]
        if len(ids) > 1:
            raise InputError(target, f"names {len(ids)} documents in {where}; give more digits of the sha256")
        if ids:
            return {ids[0]: None}
    raise InputError(target, f"no such document in {where} (give a path it was built from, its sha256 or id prefix)")


def _targets(docs: list[DocumentInfo], targets: Sequence[str], where: str) -> dict[int, set[str] | None]:
    """The stored documents the targets name: {index: resolved paths to take off, or None}."""
    gone: dict[int, set[str] | None] = {}
    for target in targets:
        for i, paths in match_documents(docs, target, where).items():
            before = gone.get(i, set())
            gone[i] = None if paths is None or before is None else before | paths
    return gone


def _without(docs: list[DocumentInfo], facts: list[Fact], gone: dict[int, set[str] | None]
             ) -> tuple[list[DocumentInfo], list[Fact], list[DocumentInfo], list[tuple[DocumentInfo, list[str]]]]:
    """Documents and facts once ``gone`` is taken out: (kept documents, kept facts, documents
    removed, documents kept with the paths taken off them)."""
    facts_of = _facts_by_doc(facts)
    kept_docs, removed, unlinked = [], [], []
    for i, d in enumerate(docs):
        own = facts_of.pop(d.get("path"), [])
        if i not in gone:
            kept_docs.append(d)
            facts_of[d["path"]] = own
            continue
        taken = gone[i]
        info, own = (None, []) if taken is None else _take_paths(d, own, taken)
        if info is None or taken is None:
            removed.append(d)
        else:
            unlinked.append((info, sorted(taken)))
            kept_docs.append(info)
            facts_of[info["path"]] = own
    return kept_docs, [f for fs in facts_of.values() for f in fs], removed, unlinked


def remove(targets: Sequence[str], db: str | None = None, *, uri: str | None = None) -> RemoveReport:
    """Take documents out of the graph, and with them everything only they supported.

    Each target is a path (the document loses that path and goes when it has none left) or a
    sha256 / id prefix (the document goes). Every target must name a stored document, else
    nothing changes. What the documents' facts touched is re-resolved from the stored raw facts
    and rewritten in one transaction (kg.incremental; a full rebuild when that is most of the
    graph), the same way a build adds documents."""
    from kg.incremental import Delta, update
    from kg.resolve import resolve

    where = uri or str(db or default_db())
    if not targets:
        raise InputError(where, "no document given to remove")
    if uri is None and not os.path.exists(db or default_db()):
        raise MissingStoreError(f"no graph at {where} — nothing to remove")
    store = open_store(db, uri=uri)
    try:
        check_raw_facts(store, where)
        if _incremental_store(store):
            docs = load_documents(store)
            gone = _targets(docs, targets, where)
            part = {docs[i]["id"] for i in gone}
            facts = store.load_facts_of(part)
            kept_docs, kept_facts, removed, unlinked = _without(docs, facts, gone)
            delta = update(store, docs, kept_docs, facts, kept_facts, part)
            if isinstance(delta, Delta):
                return RemoveReport(removed=removed, unlinked=unlinked, documents=len(kept_docs),
                                    facts=delta.facts_total, nodes=delta.nodes, relationships=delta.relationships,
                                    db=where)
            log.info("%s: full rebuild: %s", where, delta)
        facts, docs = store.load_facts()
        gone = _targets(docs, targets, where)
        kept_docs, kept_facts, removed, unlinked = _without(docs, facts, gone)
        graph = resolve(kept_facts, kept_docs)
        store.replace_all(graph, kept_facts, kept_docs)
    finally:
        store.close()
    return RemoveReport(removed=removed, unlinked=unlinked, documents=len(kept_docs), facts=len(kept_facts),
                        nodes=graph.node_count(), relationships=graph.rel_count(), db=where)
