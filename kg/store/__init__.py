"""Graph stores: embedded LadybugDB (default, a database file) and Neo4j (bolt URI).

Both take the same input (a resolved :class:`kg.model.Graph`, the raw facts and the document
infos), hold the same schema (kg/schema.yaml) and answer the same saved Cypher queries.
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, Protocol

from kg.errors import StoreError
from kg.model import DocumentInfo, Fact, Graph, document_info, fact_id

DEFAULT_DB = "kg.db"


class MissingStoreError(StoreError):
    """The embedded database file does not exist (yet): nothing to read, nothing to protect."""


def default_db() -> str:
    """The database path used when none is given: $KG_DB, else kg.db."""
    return os.environ.get("KG_DB") or DEFAULT_DB


class Store(Protocol):
    """What every store offers (LadybugStore, Neo4jStore).

    A store opened for writing is the build's: LadybugStore holds kg's exclusive write lock
    from open to close (a second writer gets a one-line StoreError at open). ``load_facts``
    returns the raw facts and document infos the store holds; ``replace_all`` makes the store
    hold exactly the given graph, raw facts and documents, atomically."""

    dialect: str  # "ladybug" | "neo4j": which per-store variant of a saved query it runs

    def replace_all(self, graph: Graph, facts: list[Fact], docs: list[DocumentInfo], *, progress: Any = None) -> None: ...

    def load_facts(self) -> tuple[list[Fact], list[DocumentInfo]]: ...

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict]: ...

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...


class DeltaStore(Store, Protocol):
    """A store that can also change in place (LadybugStore): the raw facts of some documents,
    and one transaction of node and relationship changes (what kg.incremental computes)."""

    def load_facts_of(self, doc_ids: Iterable[str]) -> list[Fact]: ...

    def apply_delta(self, *, delete: dict[str, set[str]], create: dict[str, list[dict]],
                    update: dict[str, list[dict]], rels: dict[str, list[dict]],
                    delete_rels: dict[str, list[tuple[str, str]]]) -> dict[str, int]: ...


def open_store(db: str | None = None, *, uri: str | None = None, read_only: bool = False) -> Store:
    """Open the LadybugDB file ``db`` (default $KG_DB or kg.db), or Neo4j when ``uri`` is given.

    Opening the LadybugDB file for writing takes kg's write lock (``<db>.lock``) at once, before
    the database is read or created; :meth:`Store.close` releases it.

    Neo4j settings (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) are read by
    :class:`kg.store.neo4j.Neo4jStore`.
    """
    if uri:
        from kg.store.neo4j import Neo4jStore

        return Neo4jStore(uri, read_only=read_only)
    from kg.store.ladybug import LadybugStore

    return LadybugStore(db or default_db(), read_only=read_only)


def fact_rows(facts: list[Fact], have: set[str] | dict | frozenset = frozenset()) -> list[dict[str, Any]]:
    """Fact nodes for the store (one per distinct fact), keeping the first of duplicates;
    facts whose id is in ``have`` (rows already made) are skipped."""
    rows: dict[str, dict[str, Any]] = {}
    for f in facts:
        fid = fact_id(f)
        if fid not in rows and fid not in have:
            rows[fid] = {
                "id": fid,
                "doc": f.source.doc,
                "kind": f.kind,
                "json": json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True),
            }
    return list(rows.values())


def document_rows(graph: Graph, docs: list[DocumentInfo]) -> list[dict[str, Any]]:
    """Document nodes: the graph's own Document nodes, completed by the document infos."""
    merged: dict[str, dict[str, Any]] = {}
    for info in docs:
        merged[str(info["id"])] = dict(info)
    for d in graph.nodes.get("Document", []):
        base = merged.get(str(d["id"]), {})
        merged[str(d["id"])] = {**base, **{k: v for k, v in d.items() if v is not None}}
    return list(merged.values())


def store_tables(graph: Graph, facts: list[Fact], docs: list[DocumentInfo]) -> dict[str, list[dict[str, Any]]]:
    """All node tables to write: the graph's nodes plus Document and Fact rows."""
    nodes = {k: list(v) for k, v in graph.nodes.items()}
    nodes["Document"] = document_rows(graph, docs)
    # the resolver may already emit Fact nodes: those win, the raw facts fill in the rest
    resolved = {str(f["id"]): f for f in nodes.get("Fact", [])}
    fact_nodes = {str(f["id"]): f for f in fact_rows(facts, resolved)}
    fact_nodes.update(resolved)
    nodes["Fact"] = list(fact_nodes.values())
    return nodes


def doc_info(row: dict[str, Any]) -> DocumentInfo:
    """A Document node back as a :class:`kg.model.DocumentInfo` (the keys the build gives)."""
    try:
        return document_info(row)
    except ValueError as exc:
        raise StoreError(f"a stored Document node kg cannot read: {exc}") from None
