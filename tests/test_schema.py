"""kg/schema.yaml and what is generated from it (DDL, constraints, lint schema, docs)."""

from __future__ import annotations

from pathlib import Path

import ladybug
import pytest

from kg.errors import StoreError
from kg.schema import docs_markdown, ladybug_ddl, lint_schema, load_schema, neo4j_constraints, parse_schema

REPO = Path(__file__).resolve().parents[1]


def test_schema_loads_every_label_and_type():
    schema = load_schema()
    assert {"Person", "Organization", "Post", "Event", "Rank", "Document", "Fact", "Span"} == set(schema.nodes)
    assert schema.rels["HELD"].from_label == "Person" and schema.rels["HELD"].to_label == "Post"
    assert schema.rels["HELD"].properties["events"] == "STRING[]"


def test_schema_ladybug_ddl_runs(tmp_path):
    db = ladybug.Database(str(tmp_path / "x.db"))
    conn = ladybug.Connection(db)
    for stmt in ladybug_ddl():
        conn.execute(stmt)
    result = conn.execute("CALL show_tables() RETURN count(*)")
    assert result.get_next()[0] == len(load_schema().nodes) + len(load_schema().rels)
    conn.close()
    db.close()
    assert "CREATE REL TABLE `IN`(FROM `Post` TO `Organization`)" in ladybug_ddl()


def test_schema_neo4j_constraints():
    stmts = neo4j_constraints()
    assert "CREATE CONSTRAINT kg_person_id_owner IF NOT EXISTS FOR (n:`Person`) REQUIRE (n.`id`, n.`kg_owner`) IS UNIQUE" in stmts
    assert "CREATE INDEX kg_person_name IF NOT EXISTS FOR (n:`Person`) ON (n.`name`)" in stmts
    assert sum(s.startswith("CREATE CONSTRAINT") for s in stmts) == len(load_schema().nodes)


def test_schema_lint_schema_shape():
    lint = lint_schema(parameters={"title": ""})
    assert "Person" in lint["labels"] and "HELD" in lint["relationshipTypes"]
    assert {"id", "name", "short_names", "start", "end", "current"} <= set(lint["propertyKeys"])
    assert lint["parameters"] == {"title": ""}
    assert {"from": "Person", "to": "Post", "relType": "HELD"} in lint["graphSchema"]


def test_schema_rejects_bad_yaml():
    with pytest.raises(StoreError, match="unknown type 'TEXT'"):
        parse_schema({"nodes": {"A": {"properties": {"id": "TEXT"}}}, "relationships": {}})
    with pytest.raises(StoreError, match="unknown label 'B'"):
        parse_schema({"nodes": {"A": {"properties": {"id": "STRING"}}}, "relationships": {"R": {"from": "A", "to": "B"}}})


def test_schema_docs_are_current():
    assert (REPO / "docs" / "schema.md").read_text(encoding="utf-8") == docs_markdown(), (
        "docs/schema.md is stale: run `python -m kg.schema --docs`"
    )


def test_schema_rows_keep_exactly_the_declared_properties():
    schema = load_schema()
    rank = schema.node("Rank").row({"id": "r:1", "name": "一级巡视员", "undeclared": 1})
    assert rank == {"id": "r:1", "name": "一级巡视员"}
    held = schema.rel("HELD").row({"from": "p:1", "to": "post:1", "acting": True})
    assert list(held)[:2] == ["from", "to"] and set(held) == {"from", "to", *schema.rels["HELD"].properties}
    assert held["acting"] is True and held["start"] is None


def test_schema_rows_refuse_undeclared_labels_and_missing_keys():
    schema = load_schema()
    with pytest.raises(StoreError, match="not declared"):
        schema.node("Minister")
    with pytest.raises(StoreError, match="not declared"):
        schema.rel("KNOWS")
    with pytest.raises(StoreError, match="without id"):
        schema.node("Rank").row({"name": "一级巡视员"})
    with pytest.raises(StoreError, match="without from / to"):
        schema.rel("IN").row({"from": "post:1"})
