"""The server store: Neo4j 5 through the official driver (bolt://…).

Writes follow Neo4j's own advice: key constraints and indexes first (generated from
kg/schema.yaml), then batched ``UNWIND $rows AS r MERGE …`` in managed write transactions
(``execute_write`` retries transient errors, so every batch function is idempotent: a batch
either commits whole or is re-run whole). :meth:`Neo4jStore.replace_all` deletes the kg labels
first, in batches, so the server holds exactly the graph the build resolved.

Relationships are CREATEd, not MERGEd, after the delete: two tenures of one person in one post
are two HELD relationships, which a MERGE on the endpoints would collapse into one.
"""

from __future__ import annotations

import json
import os
from typing import Any

from kg.errors import QueryError, StoreError
from kg.model import Fact, Graph
from kg.schema import NodeSpec, RelSpec, Schema, load_schema, neo4j_constraints, quote
from kg.store import doc_info, store_tables

BATCH = 5000
DELETE_BATCH = 10000


class Neo4jStore:
    """A Neo4j database reached over bolt; same API as LadybugStore."""

    dialect = "neo4j"

    def __init__(self, uri: str, *, read_only: bool = False, schema: Schema | None = None, batch: int = BATCH):
        import neo4j

        self.uri = uri
        self.read_only = read_only
        self.schema = schema or load_schema()
        self.batch = batch
        self.database = os.environ.get("NEO4J_DATABASE") or None
        auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "kgpassword"))
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, ValueError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {exc} (is it running? see docker-compose.yml)") from exc

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------
    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run one parameterized query (read access when the store was opened read-only)."""
        import neo4j

        access = neo4j.READ_ACCESS if self.read_only else neo4j.WRITE_ACCESS
        try:
            with self.driver.session(database=self.database, default_access_mode=access) as session:
                result = session.run(query, dict(params or {}))
                return [_plain(r.data()) for r in result]
        except neo4j.exceptions.Neo4jError as exc:
            raise QueryError(f"Neo4j rejected the query: {exc.message or exc}") from exc

    def load_facts(self) -> tuple[list[Fact], list[dict]]:
        rows = self.run("MATCH (f:Fact) RETURN f.json AS json ORDER BY f.id")
        facts = [Fact.from_json(json.loads(r["json"])) for r in rows]
        docs = self.run("MATCH (d:Document) RETURN properties(d) AS d ORDER BY d.id")
        return facts, [doc_info(r["d"]) for r in docs]

    # -- writing -----------------------------------------------------------------------
    def replace_all(self, graph: Graph, facts: list[Fact], docs: list[dict]) -> None:
        """Constraints first, delete the kg graph in batches, then write nodes and relationships."""
        if self.read_only:
            raise StoreError(f"{self.uri} is open read-only")
        from kg.store.ladybug import check_graph

        nodes = store_tables(graph, facts, docs)
        check_graph(self.schema, nodes, graph.rels)
        with self.driver.session(database=self.database) as session:
            for stmt in neo4j_constraints(self.schema):
                session.run(stmt).consume()
            for label in self.schema.nodes:
                while session.execute_write(_delete_batch, label, DELETE_BATCH):
                    pass
            for label, rows in nodes.items():
                query = node_merge_query(self.schema.nodes[label])
                for i in range(0, len(rows), self.batch):
                    chunk = [_node_row(self.schema.nodes[label], r) for r in rows[i : i + self.batch]]
                    session.execute_write(_write_batch, query, chunk)
            for typ, rows in graph.rels.items():
                query = rel_create_query(self.schema.rels[typ])
                for i in range(0, len(rows), self.batch):
                    chunk = [_rel_row(self.schema.rels[typ], r) for r in rows[i : i + self.batch]]
                    session.execute_write(_write_batch, query, chunk)


def node_merge_query(spec: NodeSpec) -> str:
    """MERGE on the key (backed by the key constraint), then set every other property."""
    return f"UNWIND $rows AS r MERGE (n:{quote(spec.label)} {{{quote(spec.key)}: r.key}}) SET n += r.props"


def rel_create_query(spec: RelSpec) -> str:
    return (
        f"UNWIND $rows AS r MATCH (a:{quote(spec.from_label)} {{id: r.from}}) "
        f"MATCH (b:{quote(spec.to_label)} {{id: r.to}}) "
        f"CREATE (a)-[x:{quote(spec.type)}]->(b) SET x += r.props"
    )


def _node_row(spec: NodeSpec, row: dict) -> dict:
    props = {k: row[k] for k in spec.properties if k != spec.key and row.get(k) is not None}
    return {"key": row[spec.key], "props": props}


def _rel_row(spec: RelSpec, row: dict) -> dict:
    props = {k: row[k] for k in spec.properties if row.get(k) is not None}
    return {"from": row["from"], "to": row["to"], "props": props}


def _delete_batch(tx: Any, label: str, limit: int) -> int:
    result = tx.run(f"MATCH (n:{quote(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n", limit=limit)
    return result.single()["n"]


def _write_batch(tx: Any, query: str, rows: list[dict]) -> None:
    tx.run(query, rows=rows).consume()


def _plain(value: Any) -> Any:
    """Driver values as plain Python (nodes and relationships as property dicts)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
