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
from typing import Any, Iterator, Literal, Mapping, TypedDict, get_args

ActKind = Literal["appoint", "remove", "elect", "resign", "acting"]
FactKind = Literal["appoint", "remove", "elect", "resign", "acting", "hold", "rank"]
Status = Literal["proposed", "decided"]
ACT_KINDS: tuple[ActKind, ...] = get_args(ActKind)
FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)  # acts, then hold and rank
STATUSES: tuple[Status, ...] = get_args(Status)


def fact_kind(value: object) -> FactKind:
    """``value`` as a :data:`FactKind`; ValueError when it is none (data files, JSON input)."""
    if value not in FACT_KINDS:
        raise ValueError(f"unknown fact kind {value!r} (known: {', '.join(FACT_KINDS)})")
    return value


def status(value: object) -> Status:
    """``value`` as a :data:`Status`; ValueError when it is none."""
    if value not in STATUSES:
        raise ValueError(f"unknown status {value!r} (known: {', '.join(STATUSES)})")
    return value


class Publication(TypedDict):
    """A newspaper a document names: its name and the issue's date (ISO, or None)."""

    name: str
    date: str | None


class DocumentMeta(TypedDict, total=False):
    """What reading (kg.reading, kg.metadata) finds about a document besides its title, date,
    year and jurisdiction; every key is optional."""

    format: str  # "pdf" | "docx": read through kg.formats (its text is Document.original)
    pages: list[int]  # a PDF's page starts, offsets into Document.original (pages[0] == 0)
    issue: str  # the journal issue as written (2025年第3期（总第…期）)
    sponsor: str  # the journal's sponsor (主办单位 …)
    publication: Publication  # the newspaper the text is from
    reprint: Publication  # the newspaper an item is reprinted from, under the document's own masthead
    meeting_dates: list[str]  # the days of the meetings the text reports (ISO, sorted)
    period: list[str]  # the period the document covers: [start, end] (ISO days)
    towns: list[str]  # town / street names the text lists (…镇, …街道): a hint to the jurisdiction
    jurisdiction_counts: dict[str, int]  # the places the text names most, with their support
    zone: str  # the development zone whose 党工委 / 管委会 the text names most (台州湾循环经济产业集聚区): what a bare 党工委 / 管委会 is


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
    meta: DocumentMeta = field(default_factory=lambda: DocumentMeta())  # other metadata (meeting dates …)
    warnings: list[str] = field(default_factory=list)  # "<path>: <what>" lines (bad bytes replaced …)

    @property
    def id(self) -> str:
        return self.sha256[:16] if self.sha256 else self.path

    def original_as_read(self, start: int, end: int) -> str:
        """The original span of ``text[start:end]`` with the characters normalization changed
        from one Han character to another (traditional → simplified) as ``text`` has them: a
        reader that needs the file's spacing (padded names 刘 刚) still gets 李学勇, not 李學勇."""
        o_start, o_end = self.to_original(start, end)
        chars = list(self.original[o_start:o_end])
        for j in range(start, end):
            k = self.offsets[j] - o_start
            if 0 <= k < len(chars) and chars[k] != self.text[j] \
                    and "\u3400" <= chars[k] and "\u3400" <= self.text[j]:
                chars[k] = self.text[j]
        return "".join(chars)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the span of ``original`` it came from."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


class PersonAttrs(TypedDict, total=False):
    """What a biography says of a person (kg.extract.bio); every key optional, None when the
    text leaves it out. Dates are ISO, usually a month ("1974-03")."""

    gender: str | None  # 男 | 女
    ethnicity: str | None  # 汉族 …
    birth: str | None
    native_place: str | None  # 籍贯 as written (重庆巴南)
    education: str | None  # 大学学历 …
    degree: str | None  # 硕士 …
    work_start: str | None  # 参加工作
    party_join: str | None  # 入党
    party: str | None  # a party other than the CPC (九三学社 …)


class DocumentInfo(TypedDict):
    """What the resolver, the stores and fact shards keep of a :class:`Document` (no text): the
    properties of its Document node (kg/schema.yaml). ``path`` is the path as given when it was
    read (what its facts' ``source.doc`` says); ``real_paths`` every resolved path it was read
    at, the first being that of ``path`` (None for infos written before kg kept them)."""

    id: str
    path: str
    title: str | None
    date: str | None  # ISO, partial allowed
    year: int | None
    jurisdiction: str | None
    sha256: str | None
    real_paths: list[str] | None


def document_info(data: Mapping[str, Any]) -> DocumentInfo:
    """A :class:`DocumentInfo` from a mapping read back (a Document node, a shard's document
    line): missing keys become None (``id`` becomes the path, as :attr:`Document.id` without a
    sha256); ValueError when ``path`` is missing or a value has the wrong type."""
    path, did = data.get("path"), data.get("id")
    if not isinstance(path, str) or not path:
        raise ValueError(f"document info without a path: {dict(data)!r}")
    for key in ("title", "date", "jurisdiction", "sha256"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            raise ValueError(f"document info {key} must be a string, got {data.get(key)!r}")
    year = data.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise ValueError(f"document info year must be an integer, got {year!r}")
    paths = data.get("real_paths")
    if paths is not None and (not isinstance(paths, list) or not all(isinstance(p, str) for p in paths)):
        raise ValueError(f"document info real_paths must be a list of strings, got {paths!r}")
    return DocumentInfo(id=str(did) if did is not None else path, path=path, title=data.get("title"),
                        date=data.get("date"), year=year, jurisdiction=data.get("jurisdiction"),
                        sha256=data.get("sha256"), real_paths=list(paths) if paths else None)


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
    """One extracted statement about a person and a post (the JSONL contract: README, "The facts
    contract"; the conventions behind it: docs/conventions.md).

    ``kind``: an act (appoint | remove | elect | resign | acting), ``hold`` (the text says the
    person holds the post) or ``rank`` (a rank such as 一级巡视员, which is not a post).
    ``status``: proposed | decided. ``org`` is the full canonical organization name,
    ``org_text`` the name as written. ``date`` is the date of the act (ISO, partial allowed) or
    None. For holds, ``start`` / ``end`` give the tenure where the text says so and ``former``
    marks a past post (原…). ``person_attrs`` carries what a biography says of the person
    (:class:`PersonAttrs`).

    The typed marks after ``former`` say how the post is held (``acting``, ``concurrent``,
    ``secondment``, ``rank``, ``constituency``) and where the fact was read (``section``,
    ``row``, ``list_row``, ``bio``); the resolver reads them, and ``row`` / ``section`` are part
    of a person's identity (see their comments). ``notes`` keeps anything else an extractor
    wants to show (which reader, 试用期 …): it is written out, but nothing downstream reads it.
    """

    kind: FactKind
    status: Status
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
    # -- how the post is held (the resolver carries these onto HELD / MEMBER_OF) ---------------
    acting: bool | None = None  # 代理: held in an acting capacity (a roster's 代理主任, 代省长)
    concurrent: bool | None = None  # (兼): held alongside another post
    secondment: bool | None = None  # 挂职: held on secondment
    rank: str | None = None  # a rank written with the post (正处级); a kind=rank fact's rank when it has no title
    constituency: str | None = None  # the 选区 a deputy was elected in (MEMBER_OF.constituency)
    # -- where the fact was read (identity: the resolver groups by these) ----------------------
    section: str | None = None  # IDENTITY with row: the heading of the roster / list the row is under
    row: str | None = None  # IDENTITY: facts with the same (doc, section, row) are one person (a roster row)
    list_row: bool | None = None  # the row is of an attendee / member list, not of a yearbook roster
    bio: bool | None = None  # read from a biography (the resolver links it to the act of its bill)
    person_attrs: PersonAttrs | None = None
    notes: dict[str, Any] | None = None  # free marks for people reading the JSON; read by no stage after extraction

    def add_marks(self, marks: Mapping[str, Any]) -> None:
        """Set the typed marks named in ``marks`` (a data file's fixed marks such as
        act_shapes.yaml's ``extra``, or the ``extra`` object of old JSON) where they are still
        unset; other keys go to ``notes``. A mark of the wrong type raises ValueError."""
        notes = dict(self.notes or {})
        for key, value in marks.items():
            name = LEGACY_KEYS.get(key, key)
            want = MARKS.get(name)
            if want is None:
                notes.setdefault(key, value)
                continue
            if value is None:
                continue
            if name == "row" and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, want):
                raise ValueError(f"fact mark {key!r} must be {want.__name__}, got {value!r}")
            if getattr(self, name) is None:
                setattr(self, name, value)
        self.notes = notes or None

    def key(self) -> tuple[str, str, str, str, str | None, str | None]:
        """Identity of a fact inside one document: one fact per distinct key."""
        return (self.source.doc, self.person, self.kind, self.status, self.title, self.org)

    def to_json(self) -> dict[str, Any]:
        data = _json_view(self)
        for name in ("person_attrs", "notes"):  # the only nested values a caller could change
            if name in data:
                data[name] = copy.deepcopy(data[name])
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Fact":
        """A fact from its JSON. Older JSON kept the marks in one ``extra`` object: its keys
        are read into the typed fields (``list`` → ``list_row``), the others into ``notes``.
        Unknown top-level keys (a gold file's ``note``) are ignored; a bad kind, status or mark
        raises ValueError."""
        values = {k: v for k, v in data.items() if k in _FIELD_SET}
        values["kind"] = fact_kind(data.get("kind"))
        values["status"] = status(data.get("status"))
        values["source"] = Evidence(**data["source"])
        values["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        fact = cls(**values)
        if data.get("extra"):
            fact.add_marks(data["extra"])
        return fact


# The typed marks of a Fact and their types (what add_marks accepts), and old extra keys renamed.
MARKS: dict[str, type] = {"acting": bool, "concurrent": bool, "secondment": bool, "rank": str, "constituency": str,
                          "section": str, "row": str, "list_row": bool, "bio": bool}
LEGACY_KEYS = {"list": "list_row"}

_FIELDS = ("kind", "status", "person", "title", "org", "org_text", "date", "source", "evidence", "decided_by",
           "meeting", "doc_number", "start", "end", "former", *MARKS, "person_attrs", "notes")
_FIELD_SET = frozenset(_FIELDS)
_OPTIONAL = frozenset(("start", "end", "former", *MARKS, "person_attrs", "notes"))


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
