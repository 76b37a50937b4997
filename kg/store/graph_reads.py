"""Reads of the stored graph that incremental builds need (kg.incremental): plain, parameterized
Cypher that runs on both stores, kept with the stores so that no module above kg.store holds
query text (the user-facing questions live in the catalog, kg/cypher/). Labels and
relationship types come from kg/schema.yaml, quoted by :func:`kg.schema.quote`; values are
always parameters."""

from __future__ import annotations

from typing import Any

from kg.schema import load_schema, quote


def count(store, query: str, params: dict | None = None) -> int:
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


def existing(store, label: str, wanted: set[str]) -> set[str]:
    """Which of the ids ``wanted`` the store holds (one keyed lookup each)."""
    if not wanted:
        return set()
    rows = store.run(f"UNWIND $ids AS i MATCH (n:{quote(label)}) WHERE n.id = i RETURN n.id AS id", {"ids": sorted(wanted)})
    return {r["id"] for r in rows}


def node_rows(store, label: str, wanted: set[str] | None = None) -> dict[str, dict]:
    """Stored rows of ``label`` by id: all of them, or those of the ids ``wanted``."""
    if wanted is None:
        rows = store.run(f"MATCH (n:{quote(label)}) RETURN n.*")
    elif not wanted:
        return {}
    else:
        rows = store.run(f"UNWIND $ids AS i MATCH (n:{quote(label)}) WHERE n.id = i RETURN n.*", {"ids": sorted(wanted)})
    out = {}
    for r in rows:
        row = {k.split(".", 1)[1]: v for k, v in r.items()}
        out[row["id"]] = row
    return out


def rel_pairs(store, rtype: str, sources: set[str] | None = None) -> set[tuple[str, str]]:
    """(from, to) of the stored relationships of ``rtype``: all, or those from the ids ``sources``."""
    if sources is None:
        rows = store.run(f"MATCH (a)-[:{quote(rtype)}]->(b) RETURN a.id AS a, b.id AS b")
    elif not sources:
        return set()
    else:
        rows = store.run(f"UNWIND $ids AS i MATCH (a)-[:{quote(rtype)}]->(b) WHERE a.id = i RETURN a.id AS a, b.id AS b",
                         {"ids": sorted(sources)})
    return {(r["a"], r["b"]) for r in rows}


def fact_count(store: Any) -> int:
    """How many raw facts the store holds."""
    return count(store, "MATCH (f:Fact) RETURN count(f) AS n")


def current_tenures(store: Any, rel: str) -> list[dict]:
    """(name, jurisdiction j, last_seen) of every person with a current ``rel`` (HELD / MEMBER_OF)."""
    return store.run(f"MATCH (p:Person)-[r:{quote(rel)}]->() WHERE r.current = true "
                     "RETURN p.name AS name, p.jurisdiction AS j, r.last_seen AS seen")


def lapsed_open_tenures(store: Any, rel: str) -> list[dict]:
    """The same for tenures with no end that are no longer current (seen too long ago)."""
    return store.run(f"MATCH (p:Person)-[r:{quote(rel)}]->() WHERE r.current = false AND r.`end` IS NULL "
                     "AND r.last_seen IS NOT NULL RETURN p.name AS name, p.jurisdiction AS j, r.last_seen AS seen")


def org_parents(store: Any, org_ids: list[str]) -> dict[str, str]:
    """Organization name → its PART_OF parent's name, for the organizations ``org_ids``."""
    rows = store.run("UNWIND $ids AS i MATCH (o:Organization)-[:PART_OF]->(p:Organization) WHERE o.id = i "
                     "RETURN o.name AS c, p.name AS p", {"ids": org_ids})
    return {r["c"]: r["p"] for r in rows}


def org_children(store: Any, org_ids: list[str]) -> list[tuple[str, str]]:
    """(parent name, child name) of the stored parts of the organizations ``org_ids``."""
    rows = store.run("UNWIND $ids AS i MATCH (c:Organization)-[:PART_OF]->(o:Organization) WHERE o.id = i "
                     "RETURN o.name AS p, c.name AS c", {"ids": org_ids})
    return [(r["p"], r["c"]) for r in rows]


def unplaced_orgs_containing(store: Any, name: str) -> list[str]:
    """Names of stored organizations with no PART_OF whose name contains ``name``."""
    rows = store.run("MATCH (o:Organization) WHERE o.name CONTAINS $n AND NOT EXISTS { MATCH (o)-[:PART_OF]->() } "
                     "RETURN o.name AS name", {"n": name})
    return [r["name"] for r in rows]


def graph_counts(store) -> tuple[int, int]:
    """Nodes and relationships of the graph (the labels and types of kg/schema.yaml), counted as a
    build from scratch reports them: the Span nodes that store evidence text once are storage, not
    graph (a rebuild of unchanged documents reported 5089 nodes where the first build said 3974;
    session 34)."""
    schema = load_schema()
    nodes = sum(count(store, f"MATCH (n:{quote(label)}) RETURN count(n) AS n") for label in schema.nodes
                if label != "Span")
    rels = sum(count(store, f"MATCH ()-[r:{quote(t)}]->() RETURN count(r) AS n") for t in schema.rels)
    return nodes, rels
