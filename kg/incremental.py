"""Incremental builds: re-resolve and rewrite only what new (or removed) documents touch.

A build on an existing database, or ``kg remove``, knows which stored facts go and which facts
come. Resolution is local but for a few global pieces, and each is kept exact here, so that the
database ends up identical -- same node ids, properties and relationships -- to a build from
scratch over the same documents (tests/test_incremental.py checks it):

- **Persons** are resolved per (jurisdiction, name) *bucket* (kg.resolve.persons): nothing of one
  bucket depends on another (a person id, an Event id, a tenure: all are made from the bucket's
  own facts). The buckets of the facts that come or go -- and of every fact of a document whose
  path, date, year or jurisdiction changed -- are re-resolved from ALL their facts (the stored
  raw facts of the documents their persons are mentioned in, plus the new ones); their Person
  and Event nodes and everything hanging from them (HELD, MEMBER_OF, HAS_RANK, MENTIONED_IN,
  CONCERNS, TO, DECIDED_BY, SOURCE) are deleted and written again.
- **Organizations** are a function of the *set* of organization mentions (OrgRegistry.preload);
  the mentions of every stored fact are read from the Fact rows (a light pass: no resolution),
  and the Organization and PART_OF tables are diffed against the stored ones.
- **Posts** exist while some fact names them (the same pass gives the set); **ranks** while a
  HAS_RANK points to them.
- **current** on tenures is measured against the newest document: when the change moves that
  date, the persons whose tenures flip are re-resolved too.

Everything is written in one transaction of the store (:meth:`LadybugStore.apply_delta`). When
the touched buckets hold more than :data:`FULL_SHARE` of the facts, or the store cannot apply a
delta, :func:`update` returns the reason and the caller rebuilds everything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterable

from kg.model import DocumentInfo, Fact, Graph, fact_id, memoized_fact_ids
from kg.resolve import _unique
from kg.resolve.graph import Assembler, post_id
from kg.resolve.organizations import OrgRegistry, org_mentions
from kg.resolve.persons import resolve_persons
from kg.resolve import tenures as T
from kg.schema import load_schema, quote

FULL_SHARE = 0.30  # touched facts above this share of all facts: a full rebuild is as cheap

RESOLUTION_KEYS = ("path", "date", "year", "jurisdiction")  # what resolution reads of a document


@dataclass
class Delta:
    """What one incremental update changed (counts of the rows written), for the report."""

    buckets: int = 0
    documents: int = 0
    facts_touched: int = 0
    facts_total: int = 0
    nodes: int = 0
    relationships: int = 0
    written: dict[str, int] = field(default_factory=dict)


def reference_date(docs: Iterable[dict]) -> str | None:
    """The newest document date (or year): what a tenure's ``current`` is measured against
    (the same rule as Assembler.reference_date)."""
    dates = [d.get("date") or (str(d["year"]) if d.get("year") else None) for d in docs]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def _bucket(f: Fact, juris: dict[str, str | None]) -> tuple[str, str]:
    return (juris.get(f.source.doc) or "", f.person)


def _facts_by_id(facts: Iterable[Fact]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for f in facts:
        out.setdefault(fact_id(f), f)
    return out


def _flipping_persons(store, old_ref: str | None, new_ref: str | None) -> set[tuple[str, str]]:
    """Buckets of persons a tenure of whom changes ``current`` when the reference date moves."""
    if old_ref == new_ref:
        return set()
    out: set[tuple[str, str]] = set()
    for rel in ("HELD", "MEMBER_OF"):
        if old_ref is not None and (new_ref is None or new_ref > old_ref):
            rows = store.run(f"MATCH (p:Person)-[r:{quote(rel)}]->() WHERE r.current = true "
                             "RETURN p.name AS name, p.jurisdiction AS j, r.last_seen AS seen")
            hit = [r for r in rows if new_ref is None or T._days(r["seen"], new_ref) > T.RECENT_DAYS]
        else:
            rows = store.run(f"MATCH (p:Person)-[r:{quote(rel)}]->() WHERE r.current = false AND r.end IS NULL "
                             "AND r.last_seen IS NOT NULL RETURN p.name AS name, p.jurisdiction AS j, r.last_seen AS seen")
            hit = [r for r in rows if T._days(r["seen"], new_ref) <= T.RECENT_DAYS]
        out |= {(r["j"] or "", r["name"]) for r in hit}
    return out


def _scan_mentions(store, removed: set[str], added: list[Fact], old_docs: dict[str, dict],
                   new_juris: dict[str, str | None]) -> tuple[set[tuple], set[tuple[str, str]]]:
    """The organization mentions and the (org, title) pairs of every fact of the new state: the
    stored facts (less the ``removed`` ids) read lightly from the Fact rows, plus ``added``."""
    path_of = {d["id"]: d["path"] for d in old_docs.values()}
    mentions: set[tuple] = set()
    posts: set[tuple[str, str]] = set()
    for fid, doc, text in fact_rows(store):
        if fid in removed:
            continue
        data = json.loads(text)
        path = (data.get("source") or {}).get("doc") or path_of.get(doc)
        f = _Light(data)
        mentions.update(org_mentions(f, new_juris.get(path)))
        if f.org and f.title and f.kind != "rank":
            posts.add((f.org, f.title))
    for f in added:
        mentions.update(org_mentions(f, new_juris.get(f.source.doc)))
        if f.org and f.title and f.kind != "rank":
            posts.add((f.org, f.title))
    return mentions, posts


class _Light:
    """The fields of a stored fact that organization mentions read (no Fact object built)."""

    __slots__ = ("org", "org_text", "decided_by", "kind", "title")

    def __init__(self, data: dict):
        self.org = data.get("org")
        self.org_text = data.get("org_text")
        self.decided_by = data.get("decided_by")
        self.kind = data.get("kind")
        self.title = data.get("title")


def update(store, old_docs: list[DocumentInfo], new_docs: list[DocumentInfo], old_part: list[Fact], new_part: list[Fact],
           part_docs: set[str], progress=None) -> Delta | str:
    """Bring the store from ``old_docs`` to ``new_docs``: ``old_part`` are the stored facts of the
    documents ``part_docs`` (ids) the change concerns, ``new_part`` their facts afterwards (with
    those of new documents); every other stored document and its facts stay as they are.

    Returns what was written, or the reason to rebuild everything instead (nothing written)."""
    with memoized_fact_ids():
        return _update(store, old_docs, new_docs, old_part, new_part, part_docs, progress)


def _update(store, old_docs, new_docs, old_part, new_part, part_docs, progress) -> Delta | str:
    old_by_id = {d["id"]: d for d in old_docs}
    new_by_id = {d["id"]: d for d in new_docs}
    old_juris = {d["path"]: d.get("jurisdiction") for d in old_docs}
    new_juris = {d["path"]: d.get("jurisdiction") for d in new_docs}
    old_facts = _facts_by_id(old_part)
    new_facts = _facts_by_id(new_part)
    removed = {k: f for k, f in old_facts.items() if k not in new_facts}
    added = {k: f for k, f in new_facts.items() if k not in old_facts}

    # -- the touched buckets ------------------------------------------------------------------
    buckets = {_bucket(f, old_juris) for f in removed.values()} | {_bucket(f, new_juris) for f in added.values()}
    moved_paths_old, moved_paths_new = set(), set()
    for i in set(old_by_id) | set(new_by_id):
        a, b = old_by_id.get(i), new_by_id.get(i)
        if a and b and any(a.get(k) != b.get(k) for k in RESOLUTION_KEYS):
            moved_paths_old.add(a["path"])
            moved_paths_new.add(b["path"])
    buckets |= {_bucket(f, old_juris) for f in old_facts.values() if f.source.doc in moved_paths_old}
    buckets |= {_bucket(f, new_juris) for f in new_facts.values() if f.source.doc in moved_paths_new}
    old_ref, new_ref = reference_date(old_docs), reference_date(new_docs)
    buckets |= _flipping_persons(store, old_ref, new_ref)

    total = _count(store, "MATCH (f:Fact) RETURN count(f) AS n") - len(removed) + len(added)
    if not buckets and not _docs_differ(old_by_id, new_by_id):
        nodes, relationships = graph_counts(store)
        return Delta(documents=len(new_docs), facts_total=total, nodes=nodes, relationships=relationships)

    # -- every fact of those buckets, before and after ------------------------------------------
    names = sorted({n for _, n in buckets})
    persons = persons_named(store, names)  # rows: id, name, jurisdiction, docs
    old_persons = [p for p in persons if (p["jurisdiction"] or "", p["name"]) in buckets]
    docs_needed = {d for p in old_persons for d in p["docs"]} - set(part_docs)
    if len(docs_needed) > FULL_SHARE * max(len(old_docs), 1):
        return f"the change touches persons mentioned in {len(docs_needed)} of {len(old_docs)} documents"
    pool = _facts_by_id(store.load_facts_of(sorted(docs_needed)))
    old_touched = {k: f for k, f in {**pool, **old_facts}.items() if _bucket(f, old_juris) in buckets}
    new_pool = {**{k: f for k, f in pool.items() if k not in removed}, **new_facts}
    new_touched = [f for f in new_pool.values() if _bucket(f, new_juris) in buckets]
    if max(len(new_touched), len(old_touched)) > FULL_SHARE * max(total, 1):
        return f"the change touches {max(len(new_touched), len(old_touched))} of {total} facts (over {FULL_SHARE:.0%})"

    # -- resolve the touched part -----------------------------------------------------------------
    mentions, post_pairs = _scan_mentions(store, set(removed), list(added.values()), old_by_id, new_juris)
    registry = OrgRegistry()
    registry.preload(mentions)
    scope = {d["path"]: d.get("jurisdiction") for d in new_docs}
    persons_new, _ = resolve_persons(_unique(new_touched), lambda f: scope.get(f.source.doc) or "", registry.canonical)
    asm = Assembler(new_docs, registry)
    asm.fact_rows(_unique(list(added.values())))
    for p in persons_new:
        asm.person(p)
    part = asm.graph()
    all_posts = {post_id(registry.canonical(o), t) for o, t in post_pairs}

    # -- what to delete, update and create ----------------------------------------------------------
    delete: dict[str, set[str]] = {
        "Person": {p["id"] for p in old_persons},
        "Event": events_of(store, [p["id"] for p in old_persons]),
        "Fact": set(removed),
        "Document": set(old_by_id) - set(new_by_id),
    }
    create: dict[str, list[dict]] = {label: rows for label, rows in part.nodes.items()
                                     if label in ("Person", "Event", "Fact")}
    update_rows: dict[str, list[dict]] = {}

    stored_posts = ids(store, "Post")
    delete["Post"] = stored_posts - all_posts
    create["Post"] = [r for r in part.nodes["Post"] if r["id"] not in stored_posts]
    missing = all_posts - stored_posts - {r["id"] for r in create["Post"]}
    if missing:  # a post no touched fact makes cannot be new: the stored graph is not what kg wrote
        return f"{len(missing)} posts of stored facts are missing from the graph"

    stored_ranks = ids(store, "Rank")
    create["Rank"] = [r for r in part.nodes["Rank"] if r["id"] not in stored_ranks]

    stored_orgs = node_rows(store, "Organization")
    new_orgs = {r["id"]: r for r in part.nodes["Organization"]}
    delete["Organization"] = set(stored_orgs) - set(new_orgs)
    create["Organization"] = [r for i, r in new_orgs.items() if i not in stored_orgs]
    update_rows["Organization"] = [r for i, r in new_orgs.items() if i in stored_orgs and not _same_row(r, stored_orgs[i])]

    create["Document"] = [d for i, d in new_by_id.items() if i not in old_by_id]
    update_rows["Document"] = [d for i, d in new_by_id.items() if i in old_by_id and d != old_by_id[i]]

    new_post_ids = {r["id"] for r in create["Post"]}
    rels: dict[str, list[dict]] = {t: rows for t, rows in part.rels.items() if t not in ("IN", "PART_OF")}
    rels["IN"] = [r for r in part.rels["IN"] if r["from"] in new_post_ids]
    stored_part_of = rel_pairs(store, "PART_OF")
    new_part_of = {(r["from"], r["to"]) for r in part.rels["PART_OF"]}
    rels["PART_OF"] = [r for r in part.rels["PART_OF"] if (r["from"], r["to"]) not in stored_part_of]
    delete_rels = {"PART_OF": sorted(p for p in stored_part_of - new_part_of
                                     if p[0] not in delete["Organization"] and p[1] not in delete["Organization"])}

    if progress is not None:
        progress.advance(len(new_touched))
        progress.stage("write", unit="rows")
    written = store.apply_delta(delete=delete, create=create, update=update_rows, rels=rels, delete_rels=delete_rels)
    if progress is not None:
        progress.advance(sum(written.values()))
    nodes, relationships = graph_counts(store)
    return Delta(buckets=len(buckets), documents=len(new_docs), facts_touched=len(new_touched), facts_total=total,
                 nodes=nodes, relationships=relationships, written=written)


def _docs_differ(old: dict[str, dict], new: dict[str, dict]) -> bool:
    return old.keys() != new.keys() or any(old[i] != new[i] for i in old)


def _same_row(a: dict, b: dict) -> bool:
    """Two rows of one label, lists compared as lists (the store gives [] for an empty list)."""
    for k in set(a) | set(b):
        x, y = a.get(k), b.get(k)
        if isinstance(x, (list, tuple)) or isinstance(y, (list, tuple)):
            if list(x or []) != list(y or []):
                return False
        elif x != y:
            return False
    return True


# -- reading the stored graph (plain Cypher: any store) ---------------------------------------
def _count(store, query: str, params: dict | None = None) -> int:
    rows = store.run(query, params or {})
    return int(rows[0]["n"]) if rows else 0


def fact_rows(store) -> list[tuple[str, str, str]]:
    """(id, document id, JSON) of every stored raw fact."""
    return [(r["id"], r["doc"], r["json"]) for r in store.run("MATCH (f:Fact) RETURN f.id AS id, f.doc AS doc, f.json AS json")]


def persons_named(store, names: list[str]) -> list[dict]:
    """Persons with one of ``names``: id, name, jurisdiction and the ids of their documents."""
    if not names:
        return []
    rows = store.run("MATCH (p:Person)-[:MENTIONED_IN]->(d:Document) WHERE p.name IN $names "
                     "RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, collect(d.id) AS docs",
                     {"names": names})
    return rows


def events_of(store, person_ids: list[str]) -> set[str]:
    if not person_ids:
        return set()
    rows = store.run("MATCH (e:Event)-[:CONCERNS]->(p:Person) WHERE p.id IN $ids RETURN DISTINCT e.id AS id",
                     {"ids": person_ids})
    return {r["id"] for r in rows}


def ids(store, label: str) -> set[str]:
    return {r["id"] for r in store.run(f"MATCH (n:{quote(label)}) RETURN n.id AS id")}


def node_rows(store, label: str) -> dict[str, dict]:
    rows = store.run(f"MATCH (n:{quote(label)}) RETURN n.*")
    out = {}
    for r in rows:
        row = {k.split(".", 1)[1]: v for k, v in r.items()}
        out[row["id"]] = row
    return out


def rel_pairs(store, rtype: str) -> set[tuple[str, str]]:
    return {(r["a"], r["b"]) for r in store.run(f"MATCH (a)-[:{quote(rtype)}]->(b) RETURN a.id AS a, b.id AS b")}


def graph_counts(store) -> tuple[int, int]:
    """Nodes and relationships of the graph (the labels and types of kg/schema.yaml)."""
    schema = load_schema()
    nodes = sum(_count(store, f"MATCH (n:{quote(label)}) RETURN count(n) AS n") for label in schema.nodes)
    rels = sum(_count(store, f"MATCH ()-[r:{quote(t)}]->() RETURN count(r) AS n") for t in schema.rels)
    return nodes, rels
