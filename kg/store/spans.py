"""Evidence text stored once: the Span table, and the one way back from span ids to text.

The resolver's graph carries evidence as JSON lists of ``{doc, start, end, text}`` on Events,
HELD, MEMBER_OF and HAS_RANK, in every raw fact's JSON and on each SOURCE relationship: one
roster sentence that attests twenty tenures used to be written dozens of times (930 MB of CSV
for 10 MB of text at 1M relationships). Both stores keep each distinct piece of evidence once,
as a ``Span`` node ``{id, doc, start, end, page, text}`` (``doc``: the document path as the
evidence gives it; ``id``: a hash of doc, start, end and text, so the same span read twice is one
node and a span's content never changes under its id), and point to it by id:

- ``evidence`` of Event, HELD, MEMBER_OF, HAS_RANK: the list of Span ids (STRING[]), in span order;
- ``Fact.json``: the fact's JSON with each evidence span as its Span id (``{"span": id, "page":
  n}`` for a PDF page) and its null fields left out;
- SOURCE: ``start`` and ``end`` only.

Readers get the text back through this module only: :func:`with_evidence` (the rows of saved
queries: an ``evidence`` list of ids becomes the JSON text it always was), :func:`graph_with_text`
(exports that show the graph), :func:`restore_fact_json` (the raw facts a later build
re-resolves, given the stores' Span rows). In Cypher the join is ``MATCH (s:Span) WHERE s.id IN
h.evidence`` (Neo4j) or ``UNWIND h.evidence AS i MATCH (s:Span) WHERE s.id = i`` (LadybugDB: a
primary-key lookup per id).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable, TypeGuard

from kg.model import Graph

SPAN = "Span"  # the node label
EVIDENCE = "evidence"  # the property (node or relationship) that holds span ids
TEXT_PROPS = {"SOURCE": "text"}  # relationship properties the resolver sets that the Span now holds
LOOKUP_BATCH = 2000

# one keyed lookup per id: LadybugDB plans it as QUERY_PRIMARY_KEY_LOOKUP (0.3 ms for 30 ids at
# 300k spans; `WHERE s.id IN $ids` scans the label, 350 ms), Neo4j uses the key constraint
SPANS_QUERY = (
    "UNWIND $ids AS i MATCH (s:Span) WHERE s.id = i "
    "RETURN s.id AS id, s.doc AS doc, s.`start` AS `start`, s.`end` AS `end`, s.text AS text"
)


def span_id(doc: str, start: int, end: int, text: str) -> str:
    blob = f"{doc}\x1f{start}\x1f{end}\x1f{text}".encode("utf-8", "surrogatepass")
    return "s:" + hashlib.sha1(blob).hexdigest()[:20]


class Spans:
    """The distinct spans of one write, collected while the rows are converted."""

    def __init__(self) -> None:
        self._by_key: dict[tuple, dict[str, Any]] = {}
        self._by_json: dict[str, list[str]] = {}  # an evidence JSON string seen before: its ids

    def __len__(self) -> int:
        return len(self._by_key)

    def add(self, ev: dict[str, Any]) -> str:
        """The id of one evidence dict ``{doc, start, end, text[, page]}`` (kept once)."""
        key: tuple[Any, Any, Any, Any] = (ev.get("doc"), ev.get("start"), ev.get("end"), ev.get("text"))
        row = self._by_key.get(key)
        if row is None:
            row = self._by_key[key] = {"id": span_id(*key), "doc": key[0], "start": key[1], "end": key[2],
                                       "page": ev.get("page"), "text": key[3]}
        elif row["page"] is None and ev.get("page") is not None:
            row["page"] = ev["page"]
        return row["id"]

    def ids(self, value: Any) -> Any:
        """An evidence value (a JSON string of spans, or a list of span dicts) as span ids;
        anything else (None, ids already) as it is."""
        if isinstance(value, str):
            if not value.startswith("["):
                return value
            hit = self._by_json.get(value)
            if hit is None:  # an event and its tenure often share one evidence: parsed once
                hit = self._by_json[value] = [self.add(v) for v in json.loads(value)]
            return list(hit)
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return [self.add(v) for v in value]
        return value

    def fact_json(self, text: str) -> str:
        """A raw fact's JSON as stored: each evidence span as its Span id (``{"span": id,
        "page": n}`` when it names a page), null fields left out (:func:`restore_fact_json`
        puts both back, so the fact and its id are unchanged)."""
        data = json.loads(text)
        for key in ("source", "evidence"):
            value = data.get(key)
            if isinstance(value, dict):
                data[key] = self._compact(value)
            elif isinstance(value, list):
                data[key] = [self._compact(v) if isinstance(v, dict) else v for v in value]
        return json.dumps({k: v for k, v in data.items() if v is not None or k not in _NULLABLE}, ensure_ascii=False,
                          separators=(",", ":"))

    def _compact(self, ev: dict[str, Any]) -> Any:
        if "text" not in ev:
            return ev
        sid = self.add(ev)
        return sid if ev.get("page") is None else {"span": sid, "page": ev["page"]}

    def rows(self) -> list[dict[str, Any]]:
        """The Span rows of every evidence seen so far (write them after the tables that name them)."""
        return list(self._by_key.values())

    def column(self, kind: str, table: str, prop: str, values: list[Any]) -> list[Any]:
        """One column of a table as stored (``kind`` "n" for a node table, "r" for a
        relationship table): what :meth:`node_rows` / :meth:`rel_rows` give, without copying rows."""
        if prop == EVIDENCE:
            return [self.ids(v) for v in values]
        if kind == "n" and table == "Fact" and prop == "json":
            return [self.fact_json(v) if v else v for v in values]
        return values

    def node_rows(self, label: str, rows: list[dict]) -> list[dict]:
        """One node table as stored: Fact JSON compacted, evidence as span ids."""
        if label == "Fact":
            return [{**r, "json": self.fact_json(r["json"])} if r.get("json") else r for r in rows]
        if any(EVIDENCE in r for r in rows):
            return [{**r, EVIDENCE: self.ids(r[EVIDENCE])} if EVIDENCE in r else r for r in rows]
        return rows

    def rel_rows(self, typ: str, rows: list[dict]) -> list[dict]:
        """One relationship table as stored: evidence as span ids, no sentence on SOURCE."""
        drop = TEXT_PROPS.get(typ)
        if drop:
            rows = [{k: v for k, v in r.items() if k != drop} for r in rows]
        if any(EVIDENCE in r for r in rows):
            rows = [{**r, EVIDENCE: self.ids(r[EVIDENCE])} if EVIDENCE in r else r for r in rows]
        return rows


def split_text(nodes: dict[str, list[dict]], rels: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """The store's tables with evidence text moved into Span rows (new dicts; the input is not
    changed). :class:`Spans` does the same table by table (the embedded store streams it)."""
    spans = Spans()
    out_nodes = {label: spans.node_rows(label, rows) for label, rows in nodes.items() if label != SPAN}
    for r in nodes.get(SPAN, []):
        spans.add(r)
    out_rels = {typ: spans.rel_rows(typ, rows) for typ, rows in rels.items()}
    out_nodes[SPAN] = spans.rows()
    return out_nodes, out_rels


def without_text(rels: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The resolver's relationships without the sentences Span rows take over (SOURCE text):
    what a store checks against the schema before it converts them."""
    return {typ: [{k: v for k, v in r.items() if k != TEXT_PROPS[typ]} for r in rows] if typ in TEXT_PROPS else rows
            for typ, rows in rels.items()}


# -- reading: span ids back to text ------------------------------------------------------------
def evidence_json(spans: Iterable[dict[str, Any]]) -> str:
    """Spans as the evidence JSON kg has always shown: ``[{doc, start, end, text}]``."""
    return json.dumps([{"doc": s.get("doc"), "start": s.get("start"), "end": s.get("end"), "text": s.get("text")}
                       for s in spans], ensure_ascii=False)


def _id_list(value: Any) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) and v.startswith("s:") for v in value)


def fetch_spans(store: Any, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The Span rows of ``ids`` (keyed lookups in batches)."""
    wanted = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(wanted), LOOKUP_BATCH):
        for r in store.run(SPANS_QUERY, {"ids": wanted[i : i + LOOKUP_BATCH]}):
            out[r["id"]] = r
    return out


def with_evidence(store: Any, rows: list[dict], column: str = EVIDENCE) -> list[dict]:
    """Rows of a query with every ``evidence`` list of span ids replaced by its evidence JSON
    (text included), read from the Span table in one pass; other values are left alone (a
    database written before spans holds the JSON itself)."""
    ids = {i for r in rows if _id_list(v := r.get(column)) for i in v}
    if not ids:
        return rows
    spans = fetch_spans(store, ids)
    for r in rows:
        v = r.get(column)
        if _id_list(v):
            r[column] = evidence_json(spans[i] for i in v if i in spans)
    return rows


def graph_with_text(graph: Graph) -> Graph:
    """A graph read from a store, as people look at it: evidence ids replaced by the evidence
    JSON of their spans, each SOURCE with its sentence (``text``), and no Span nodes."""
    spans = {r["id"]: r for r in graph.nodes.get(SPAN, [])}
    nodes = {k: v for k, v in graph.nodes.items() if k != SPAN}
    if not spans:
        return Graph(nodes=nodes, rels=graph.rels)

    def fix(rows: list[dict]) -> list[dict]:
        if not any(_id_list(r.get(EVIDENCE)) for r in rows):
            return rows
        return [{**r, EVIDENCE: evidence_json(spans[i] for i in r[EVIDENCE] if i in spans)}
                if _id_list(r.get(EVIDENCE)) else r for r in rows]

    rels = {k: fix(v) for k, v in graph.rels.items()}
    for typ, prop in TEXT_PROPS.items():
        if rels.get(typ):
            paths = {d.get("id"): d.get("path") for d in nodes.get("Document", [])}
            text = {(s.get("doc"), s.get("start"), s.get("end")): s.get("text") for s in spans.values()}
            rels[typ] = [r if prop in r else {**r, prop: text.get((paths.get(r.get("to")), r.get("start"), r.get("end")))}
                         for r in rels[typ]]
    return Graph(nodes={k: fix(v) for k, v in nodes.items()}, rels=rels)


def restore_fact_json(text: str, spans: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A stored raw fact's JSON as the fact's own (:meth:`Spans.fact_json` undone): its
    evidence spans back from ``spans`` (Span id -> row with doc, start, end, text), its null
    fields back. A fact stored before spans comes back as it was."""
    data = json.loads(text)
    for key in ("source", "evidence"):
        value = data.get(key)
        if isinstance(value, (str, dict)):
            data[key] = _expand(value, spans)
        elif isinstance(value, list):
            data[key] = [_expand(v, spans) for v in value]
    for name in _REQUIRED:
        data.setdefault(name, None)
    return data


def _expand(value: Any, spans: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict):
        if "span" not in value:
            return value  # stored before spans: the evidence itself
        sid, page = value["span"], value.get("page")
    else:
        sid, page = value, None
    s = spans.get(sid) or {}
    ev = {"doc": s.get("doc"), "start": s.get("start"), "end": s.get("end"), "text": s.get("text")}
    if page is not None:
        ev["page"] = page
    return ev


def _fact_fields() -> tuple[tuple[str, ...], frozenset[str]]:
    """The Fact fields a stored fact may leave out when null: (required ones, put back as
    None; every field whose absence means None)."""
    from dataclasses import MISSING, fields

    from kg.model import Fact

    required = tuple(f.name for f in fields(Fact) if f.default is MISSING and f.default_factory is MISSING)
    return required, frozenset(required) | {f.name for f in fields(Fact) if f.default is None}


_REQUIRED, _NULLABLE = _fact_fields()
