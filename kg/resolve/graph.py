"""Assemble the Graph tables (kg.model.Graph) from resolved persons, organizations and tenures.

Every row is built by its kg.schema spec (:meth:`kg.schema.NodeSpec.row`,
:meth:`kg.schema.RelSpec.row`): exactly the properties kg/schema.yaml declares for its label or
type (missing ones as None), plus ``from`` / ``to`` on relationships; a label or type the schema
does not declare is refused. Rows are sorted by id so that two runs over the same facts give
identical tables.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kg.model import ACT_KINDS, DocumentInfo, Evidence, Fact, Graph
from kg.resolve import tenures as T
from kg.resolve.organizations import OrgRegistry, node_id, org_id
from kg.resolve.persons import PersonGroup, fact_id
from kg.schema import load_schema

# Titles that make a membership of a collective body rather than (or as well as) an office.
MEMBER_ONLY = {"常委", "委员", "常务委员", "党组成员", "党委委员", "党委成员", "代表", "人大代表", "政协委员", "常务委员会委员"}
MEMBER_AND_HELD = {"党组书记", "党组副书记"}


def post_id(org: str, title: str) -> str:
    return node_id("post", org, title)


def event_id(fact: Fact) -> str:
    return node_id("event", *fact.key())


def spans_json(evidence: list[Evidence]) -> str:
    seen, out = set(), []
    for e in sorted(evidence, key=lambda e: e.key()):
        if e.key() not in seen:
            seen.add(e.key())
            out.append({"doc": e.doc, "start": e.start, "end": e.end, "text": e.text})
    return json.dumps(out, ensure_ascii=False)


class Assembler:
    """Collects rows label by label; one instance per resolve() call."""

    def __init__(self, docs: list[DocumentInfo], orgs: OrgRegistry):
        self.docs: dict[str, DocumentInfo] = {d["path"]: d for d in docs}
        self.orgs = orgs
        self.nodes: dict[str, dict[str, dict[str, Any]]] = {}
        self.rels: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}

    # -- helpers -------------------------------------------------------------------
    def node(self, label: str, row: dict[str, Any]) -> str:
        self.nodes.setdefault(label, {}).setdefault(row["id"], row)
        return row["id"]

    def rel(self, rtype: str, row: dict[str, Any], key: tuple[Any, ...] = ()) -> None:
        self.rels.setdefault(rtype, {}).setdefault((row["from"], row["to"], *key), row)

    def doc_id(self, path: str) -> str:
        doc = self.docs.get(path)
        if doc is None:  # a fact of a document the build was not given: a Document all the same
            doc = self.docs[path] = DocumentInfo(id=node_id("doc", path), path=path, title=None, date=None, year=None,
                                                 jurisdiction=None, sha256=None, real_paths=None)
        return doc["id"]

    def when(self, fact: Fact) -> str | None:
        """The date a fact speaks for: its own, else its document's — the year a yearbook is
        about (year) rather than its publication date, unless the date falls in that year."""
        if fact.date:
            return fact.date
        doc = self.docs.get(fact.source.doc)
        date, year = (doc.get("date"), doc.get("year")) if doc else (None, None)
        if year and not (date and str(date).startswith(str(year))):
            return str(year)
        return date

    def org(self, name: str | None, text: str | None, fact: Fact) -> str | None:
        doc = self.docs.get(fact.source.doc)
        return self.orgs.add(name, text, doc.get("jurisdiction") if doc else None)

    # -- stages --------------------------------------------------------------------
    def documents(self) -> None:
        for path in sorted(self.docs):
            d = self.docs[path]
            self.node("Document", {**d, "path": path})

    def fact_rows(self, facts: list[Fact]) -> None:
        for f in facts:
            self.node("Fact", {"id": fact_id(f), "doc": self.doc_id(f.source.doc), "kind": f.kind,
                               "json": json.dumps(f.to_json(), ensure_ascii=False)})

    def post(self, fact: Fact) -> str | None:
        org = self.org(fact.org, fact.org_text, fact)
        if not org or not fact.title or fact.kind == "rank":
            return None
        pid = self.node("Post", {"id": post_id(org, fact.title), "title": fact.title, "name": f"{org} {fact.title}", "org": org})
        self.rel("IN", {"from": pid, "to": org_id(org)})
        return pid

    def person(self, p: PersonGroup) -> None:
        self.node("Person", {"id": p.id, "name": p.name, "jurisdiction": p.scope or None, **p.attrs()})
        for path in sorted({f.source.doc for f in p.facts}):
            self.rel("MENTIONED_IN", {"from": p.id, "to": self.doc_id(path)})
        for f in p.facts:
            self.post(f)
            if f.kind in ACT_KINDS:
                self.event(f, p.id)
            elif f.kind == "rank":
                self.rank(f, p.id)
        self.tenures(p)

    def event(self, f: Fact, pid: str) -> None:
        eid = event_id(f)
        spans = [f.source, *f.evidence]
        self.node("Event", {"id": eid, "kind": f.kind, "status": f.status, "date": f.date, "person": f.person,
                            "title": f.title, "org": f.org, "decided_by": f.decided_by, "meeting": f.meeting,
                            "doc_number": f.doc_number, "evidence": spans_json(spans)})
        self.rel("CONCERNS", {"from": eid, "to": pid})
        pst = self.post(f)
        if pst:
            self.rel("TO", {"from": eid, "to": pst})
        body = self.org(f.decided_by, None, f) if f.decided_by else None
        if body:
            self.rel("DECIDED_BY", {"from": eid, "to": org_id(body)})
        for e in spans:
            self.rel("SOURCE", {"from": eid, "to": self.doc_id(e.doc), "start": e.start, "end": e.end, "text": e.text},
                     key=(e.start, e.end))

    def rank(self, f: Fact, pid: str) -> None:
        name = f.title or f.rank
        if not name:
            return
        rid = self.node("Rank", {"id": node_id("rank", name), "name": name})
        self.rel("HAS_RANK", {"from": pid, "to": rid, "date": f.date, "evidence": spans_json([f.source, *f.evidence])},
                 key=(f.date,))

    def tenures(self, p: PersonGroup) -> None:
        by_post: dict[tuple[str, str], list[Fact]] = {}
        for f in p.facts:
            org = self.orgs.add(f.org, None, None) if f.org else None
            if org and f.title and f.kind != "rank":
                by_post.setdefault((org, f.title), []).append(f)
        for (org, title), facts in sorted(by_post.items()):
            pieces = T.derive(facts, self.when, lambda f: event_id(f) if f.kind in ACT_KINDS else None)
            t = T.merge(pieces, self.when)
            if t is not None:
                self.tenure(p, org, title, t)

    def tenure(self, p: PersonGroup, org: str, title: str, t: T.Tenure) -> None:
        """ONE HELD (and / or MEMBER_OF) per person and post, however many sources attest it."""
        reference = self.reference_date()
        dates = {"start": t.start, "end": t.end, "start_precision": T.precision(t.start),
                 "end_precision": T.precision(t.end), "first_seen": t.first_seen, "last_seen": t.last_seen,
                 "acting": t.acting, "concurrent": t.concurrent, "evidence": t.evidence_json(),
                 "sources": sorted({e.doc for e in t.evidence})}
        if title not in MEMBER_ONLY:
            self.rel("HELD", {"from": p.id, "to": post_id(org, title), **dates,
                              "current": t.is_current(reference), "former": t.former, "secondment": t.secondment,
                              "events": sorted(set(t.events))})
        if title in MEMBER_ONLY or title in MEMBER_AND_HELD:
            constituency = next((f.constituency for f in t.facts if f.constituency), None)
            self.rel("MEMBER_OF", {"from": p.id, "to": org_id(org), "role": title, "constituency": constituency,
                                   **dates, "current": t.is_current(reference), "events": sorted(set(t.events))},
                     key=(title,))

    @lru_cache(maxsize=1)  # noqa: B019 - one Assembler per resolve() call
    def reference_date(self) -> str | None:
        """The newest document date (or year): what 'current' is measured against."""
        dates = [d.get("date") or (str(d.get("year")) if d.get("year") else None) for d in self.docs.values()]
        return max((d for d in dates if d), default=None)

    def graph(self) -> Graph:
        schema = load_schema()
        orgs, part_of = self.orgs.rows()
        nodes = {label: [schema.node(label).row(r) for _, r in sorted(rows.items())] for label, rows in self.nodes.items()}
        nodes["Organization"] = [schema.node("Organization").row(r) for r in orgs]
        rels = {t: [schema.rel(t).row(r) for _, r in sorted(rows.items(), key=lambda kv: _sort_key(kv[0]))]
                for t, rows in self.rels.items()}
        rels["PART_OF"] = [schema.rel("PART_OF").row(r) for r in part_of]
        for label in schema.nodes:
            nodes.setdefault(label, [])
        for rtype in schema.rels:
            rels.setdefault(rtype, [])
        return Graph(nodes=nodes, rels=rels)


def _sort_key(key: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple("" if k is None else str(k) for k in key)
