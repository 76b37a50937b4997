"""Data contracts shared by every stage of the pipeline.

read ──▶ :class:`Document` ──extract──▶ list[:class:`Fact`] ──resolve──▶ :class:`Graph` ──▶ store / export

Each stage takes and returns these types only, so a stage can be tested, replaced or run
elsewhere on its own. Offsets are always *character* offsets (Python ``str`` indices): into
``Document.text`` inside extractors, into ``Document.original`` (the decoded original file)
in every :class:`Evidence` that leaves the extraction stage.
"""

from __future__ import annotations

import copy
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

ACT_KINDS = ("appoint", "remove", "elect", "resign", "acting")
FACT_KINDS = ACT_KINDS + ("hold",)
STATUSES = ("proposed", "decided")


@dataclass
class Document:
    """One input file, decoded and normalized.

    ``text`` is what extractors read; ``offsets`` maps it back to ``original``:
    ``offsets[i]`` is the index in ``original`` of ``text[i]``, and ``offsets[len(text)]``
    is ``len(original)`` (so an end offset maps too). Use :meth:`to_original`.
    """

    path: str  # the path as the user gave it
    original: str  # decoded original file content (HTML source for .html)
    text: str  # normalized text
    offsets: list[int]
    encoding: str = "utf-8"
    sha256: str = ""
    title: str | None = None
    date: str | None = None  # ISO, partial allowed ("2025-06", "2021")
    year: int | None = None  # yearbook year / the year the document is about, when known
    jurisdiction: str | None = None  # canonical place name, e.g. 重庆市巴南区; None if unknown
    meta: dict[str, Any] = field(default_factory=dict)  # other metadata (meeting dates …)
    warnings: list[str] = field(default_factory=list)  # "<path>: <what>" lines (bad bytes replaced …)

    @property
    def id(self) -> str:
        return self.sha256[:16] if self.sha256 else self.path

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Evidence:
    """Where a fact was read: the document path as given, a span of the original file,
    and the sentence (normalized text) that carries it. ``page``: the 1-based page of a PDF
    the span starts on (None for other files; left out of the JSON then)."""

    doc: str
    start: int
    end: int
    text: str
    page: int | None = None

    def key(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


@dataclass
class Fact:
    """One extracted statement about a person and a post (the JSONL contract, see README).

    ``kind``: appoint | remove | elect | resign | acting | hold (and ``rank`` for ranks such
    as 一级巡视员, which are not posts). ``status``: proposed | decided. ``org`` is the full
    canonical organization name, ``org_text`` the name as written. ``date`` is the date of the
    act (ISO, partial allowed) or None. For holds, ``start`` / ``end`` give the tenure where
    the text says so and ``former`` marks a past post (原…). ``person_attrs`` carries what a
    biography says of the person (gender, ethnicity, birth, native_place, education,
    work_start, party_join). ``extra`` is for anything else an extractor wants to keep
    (secondment, rank note, section) — it is written out but never used as identity.
    """

    kind: str
    status: str
    person: str
    title: str | None
    org: str | None
    org_text: str | None
    date: str | None
    source: Evidence
    evidence: list[Evidence] = field(default_factory=list)
    decided_by: str | None = None
    meeting: str | None = None
    doc_number: str | None = None
    start: str | None = None
    end: str | None = None
    former: bool | None = None
    person_attrs: dict[str, Any] | None = None
    extra: dict[str, Any] | None = None

    def key(self) -> tuple:
        """Identity of a fact inside one document: one fact per distinct key."""
        return (self.source.doc, self.person, self.kind, self.status, self.title, self.org)

    def to_json(self) -> dict[str, Any]:
        data = _json_view(self)
        for name in ("person_attrs", "extra"):  # the only nested values a caller could change
            if name in data:
                data[name] = copy.deepcopy(data[name])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Fact":
        data = dict(data)
        data["source"] = Evidence(**data["source"])
        data["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


_FIELDS = ("kind", "status", "person", "title", "org", "org_text", "date", "source", "evidence", "decided_by",
           "meeting", "doc_number", "start", "end", "former", "person_attrs", "extra")
_OPTIONAL = frozenset(("start", "end", "former", "person_attrs", "extra"))


def _ev(e: Evidence) -> dict[str, Any]:
    if e.page is not None:
        return {"doc": e.doc, "start": e.start, "end": e.end, "text": e.text, "page": e.page}
    return {"doc": e.doc, "start": e.start, "end": e.end, "text": e.text}


def _json_view(fact: Fact) -> dict[str, Any]:
    """What ``dataclasses.asdict`` gives (without its deep copies, ~20x faster), optional
    fields dropped when None: the JSON of a fact."""
    data: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(fact, name)
        if name == "source":
            value = _ev(value)
        elif name == "evidence":
            value = [_ev(e) for e in value]
        elif value is None and name in _OPTIONAL:
            continue
        data[name] = value
    return data


_ID_MEMO: dict[int, tuple[Fact, str]] | None = None


@contextmanager
def memoized_fact_ids() -> Iterator[None]:
    """Inside this block each fact's id is computed once (the resolver asks ~10 times per
    fact). Facts must not be changed inside it: the memo is keyed by the object."""
    global _ID_MEMO
    outer = _ID_MEMO
    if outer is None:
        _ID_MEMO = {}
    try:
        yield
    finally:
        if outer is None:
            _ID_MEMO = None


def fact_id(fact: Fact) -> str:
    """Stable id of one fact: a hash of its full JSON. Identical facts collapse, facts that
    differ in anything (a roster row id, a date) stay distinct whatever the input order; the
    resolver's Fact nodes and the store's raw Fact rows share these ids."""
    memo = _ID_MEMO
    if memo is not None:
        hit = memo.get(id(fact))
        if hit is not None and hit[0] is fact:
            return hit[1]
    blob = json.dumps(_json_view(fact), ensure_ascii=False, sort_keys=True)
    fid = "f:" + hashlib.sha1(blob.encode("utf-8")).hexdigest()[:20]
    if memo is not None:
        memo[id(fact)] = (fact, fid)  # the memo keeps the fact alive: its id() is not reused
    return fid


@dataclass
class Graph:
    """The resolved graph, as tables: the shape both stores and every exporter take.

    ``nodes[label]`` is a list of property dicts, each with a string ``id`` (stable across
    rebuilds: derived from canonical keys, never from run order). ``rels[type]`` is a list of
    property dicts, each with ``from`` and ``to`` node ids; the endpoint labels of each
    relationship type are declared in ``kg/schema.yaml``. Property names and types follow
    that schema.
    """

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    def rel_count(self) -> int:
        return sum(len(v) for v in self.rels.values())
