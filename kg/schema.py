"""The graph schema (kg/schema.yaml) as Python objects, and everything generated from it.

One file declares labels, properties and relationship types; this module turns it into the
LadybugDB DDL, the Neo4j constraints and indexes, the schema handed to the Cypher linter and
the docs page, so that a change to the YAML reaches every store and document at once.

``python -m kg.schema --docs`` rewrites docs/schema.md; ``--lint-json FILE`` writes the
linter schema; ``--ddl`` / ``--neo4j`` print the statements.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from kg.errors import StoreError

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
TYPES = ("STRING", "INT64", "BOOLEAN", "DOUBLE", "STRING[]")
DOCS_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
NEO4J_OWNER_KEY = "kg_owner"  # set on everything kg writes to Neo4j: kg deletes only what has it


@dataclass(frozen=True)
class NodeSpec:
    """One node label: its key property, typed properties and indexed properties."""

    label: str
    description: str
    key: str
    properties: dict[str, str]
    indexes: tuple[str, ...] = ()

    def row(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A row of this label: exactly its declared properties, in schema order (None where
        ``values`` has none; other keys left out). StoreError when the key is missing."""
        if values.get(self.key) is None:
            raise StoreError(f"{self.label} node without {self.key}: {dict(values)!r:.200}")
        return {p: values.get(p) for p in self.properties}


@dataclass(frozen=True)
class RelSpec:
    """One relationship type with its endpoint labels and typed properties."""

    type: str
    description: str
    from_label: str
    to_label: str
    properties: dict[str, str] = field(default_factory=dict)

    def row(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A row of this type: ``from`` and ``to`` (node ids, both required) and exactly its
        declared properties (None where ``values`` has none; other keys left out)."""
        if values.get("from") is None or values.get("to") is None:
            raise StoreError(f"{self.type} relationship without from / to: {dict(values)!r:.200}")
        return {"from": values["from"], "to": values["to"], **{p: values.get(p) for p in self.properties}}


@dataclass(frozen=True)
class Schema:
    version: int
    nodes: dict[str, NodeSpec]
    rels: dict[str, RelSpec]

    def node(self, label: str) -> NodeSpec:
        """The spec of a node label; StoreError when kg/schema.yaml does not declare it."""
        spec = self.nodes.get(label)
        if spec is None:
            raise StoreError(f"node label {label!r} is not declared in kg/schema.yaml")
        return spec

    def rel(self, typ: str) -> RelSpec:
        """The spec of a relationship type; StoreError when kg/schema.yaml does not declare it."""
        spec = self.rels.get(typ)
        if spec is None:
            raise StoreError(f"relationship type {typ!r} is not declared in kg/schema.yaml")
        return spec

    def property_keys(self) -> list[str]:
        keys = {p for n in self.nodes.values() for p in n.properties}
        keys |= {p for r in self.rels.values() for p in r.properties}
        return sorted(keys)


def _check_type(where: str, typ: str) -> str:
    if typ not in TYPES:
        raise StoreError(f"{SCHEMA_PATH}: {where} has unknown type {typ!r} (known: {', '.join(TYPES)})")
    return typ


def parse_schema(data: dict[str, Any]) -> Schema:
    """Build a :class:`Schema` from the YAML mapping, checking types and endpoint labels."""
    nodes: dict[str, NodeSpec] = {}
    for label, spec in data["nodes"].items():
        props = {k: _check_type(f"{label}.{k}", v) for k, v in (spec.get("properties") or {}).items()}
        key = spec.get("key", "id")
        if key not in props:
            raise StoreError(f"{SCHEMA_PATH}: node {label} key {key!r} is not a property")
        idx = tuple(spec.get("indexes") or ())
        nodes[label] = NodeSpec(label, spec.get("description", ""), key, props, idx)
    rels: dict[str, RelSpec] = {}
    for typ, spec in data["relationships"].items():
        for end in ("from", "to"):
            if spec[end] not in nodes:
                raise StoreError(f"{SCHEMA_PATH}: relationship {typ} {end} unknown label {spec[end]!r}")
        props = {k: _check_type(f"{typ}.{k}", v) for k, v in (spec.get("properties") or {}).items()}
        rels[typ] = RelSpec(typ, spec.get("description", ""), spec["from"], spec["to"], props)
    return Schema(int(data.get("version", 1)), nodes, rels)


@lru_cache(maxsize=4)
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Load and check schema.yaml (cached: it is read by every store open)."""
    with open(path, encoding="utf-8") as fh:
        return parse_schema(yaml.safe_load(fh))


def quote(name: str) -> str:
    """Backtick an identifier: IN, TO, end, start … are keywords in LadybugDB's parser."""
    return "`" + name.replace("`", "``") + "`"


def ladybug_ddl(schema: Schema | None = None) -> list[str]:
    """CREATE NODE TABLE / CREATE REL TABLE statements for a fresh LadybugDB database."""
    schema = schema or load_schema()
    out = []
    for n in schema.nodes.values():
        cols = ", ".join(f"{quote(k)} {t}" for k, t in n.properties.items())
        out.append(f"CREATE NODE TABLE {quote(n.label)}({cols}, PRIMARY KEY({quote(n.key)}))")
    for r in schema.rels.values():
        cols = "".join(f", {quote(k)} {t}" for k, t in r.properties.items())
        out.append(f"CREATE REL TABLE {quote(r.type)}(FROM {quote(r.from_label)} TO {quote(r.to_label)}{cols})")
    return out


def neo4j_constraints(schema: Schema | None = None) -> list[str]:
    """Key constraints (needed before any MERGE) and range indexes, all idempotent.

    Unique on (key, kg_owner): only nodes kg wrote are constrained, never a user's own nodes of
    the same label in a shared database (Community Edition has composite uniqueness)."""
    schema = schema or load_schema()
    out = []
    for n in schema.nodes.values():
        low = n.label.lower()
        out.append(
            f"CREATE CONSTRAINT kg_{low}_{n.key}_owner IF NOT EXISTS "
            f"FOR (n:{quote(n.label)}) REQUIRE (n.{quote(n.key)}, n.{quote(NEO4J_OWNER_KEY)}) IS UNIQUE"
        )
        for prop in n.indexes:
            out.append(f"CREATE INDEX kg_{low}_{prop} IF NOT EXISTS FOR (n:{quote(n.label)}) ON (n.{quote(prop)})")
    return out


def lint_schema(schema: Schema | None = None, parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    """The DbSchema that @neo4j-cypher/language-support's lintCypherQuery takes."""
    schema = schema or load_schema()
    return {
        "labels": sorted(schema.nodes),
        "relationshipTypes": sorted(schema.rels),
        "propertyKeys": schema.property_keys(),
        "parameters": dict(parameters or {}),
        "graphSchema": [{"from": r.from_label, "to": r.to_label, "relType": r.type} for r in schema.rels.values()],
    }


def check_graph(schema: Schema, nodes: dict[str, list[dict[str, Any]]], rels: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse a graph the schema does not allow, naming the label, property or id at fault
    (every store checks what it is given to write with this)."""
    ids: dict[str, set[Any]] = {}
    for label, rows in nodes.items():
        spec = schema.nodes.get(label)
        if spec is None:
            raise StoreError(f"node label {label!r} is not declared in kg/schema.yaml")
        seen: set[Any] = set()
        for row in rows:
            _check_props(label, spec.properties, row)
            key = row.get(spec.key)
            if key is None:
                raise StoreError(f"{label} node without {spec.key}: {row!r:.200}")
            if key in seen:
                raise StoreError(f"duplicate {label} id {key!r}")
            seen.add(key)
        ids[label] = seen
    for typ, rel_rows in rels.items():
        rspec = schema.rels.get(typ)
        if rspec is None:
            raise StoreError(f"relationship type {typ!r} is not declared in kg/schema.yaml")
        for row in rel_rows:
            _check_props(typ, {**rspec.properties, "from": "", "to": ""}, row)
            for end, end_label in (("from", rspec.from_label), ("to", rspec.to_label)):
                if row.get(end) not in ids.get(end_label, ()):
                    raise StoreError(f"{typ} {end} {row.get(end)!r}: no {end_label} node with that id")


def _check_props(where: str, allowed: dict[str, str], row: dict[str, Any]) -> None:
    extra = set(row) - set(allowed)
    if extra:
        raise StoreError(f"{where} has properties not in kg/schema.yaml: {', '.join(sorted(extra))}")


def _props_table(props: dict[str, str], key: str | None = None) -> list[str]:
    if not props:
        return ["(no properties)", ""]
    rows = ["| property | type |", "|---|---|"]
    rows += [f"| `{k}`{' (key)' if k == key else ''} | {t} |" for k, t in props.items()]
    return rows + [""]


def docs_markdown(schema: Schema | None = None) -> str:
    """The docs/schema.md page (generated: edit kg/schema.yaml, then `python -m kg.schema --docs`)."""
    schema = schema or load_schema()
    lines = [
        "# Graph schema",
        "",
        "<!-- Generated from kg/schema.yaml by `python -m kg.schema --docs`. Do not edit by hand. -->",
        "",
        f"Schema version {schema.version}. Dates are ISO strings (partial dates such as `2021-08` allowed).",
        "The same schema is used by the embedded LadybugDB store and by Neo4j.",
        "",
        "## Nodes",
        "",
    ]
    for n in schema.nodes.values():
        lines += [f"### {n.label}", "", n.description, ""]
        if n.indexes:
            lines += [f"Indexed in Neo4j: {', '.join(f'`{i}`' for i in n.indexes)}.", ""]
        lines += _props_table(n.properties, n.key)
    lines += ["## Relationships", ""]
    for r in schema.rels.values():
        lines += [f"### {r.type}", "", f"`({r.from_label})-[:{r.type}]->({r.to_label})` — {r.description}", ""]
        lines += _props_table(r.properties)
    lines += ["## Generated statements", "", "LadybugDB DDL:", "", "```cypher"]
    lines += [s + ";" for s in ladybug_ddl(schema)]
    lines += ["```", "", "Neo4j constraints and indexes:", "", "```cypher"]
    lines += [s + ";" for s in neo4j_constraints(schema)]
    lines += ["```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.schema", description=__doc__.splitlines()[0])
    ap.add_argument("--docs", action="store_true", help=f"write {DOCS_PATH}")
    ap.add_argument("--lint-json", metavar="FILE", help="write the Cypher linter schema as JSON")
    ap.add_argument("--ddl", action="store_true", help="print the LadybugDB DDL")
    ap.add_argument("--neo4j", action="store_true", help="print the Neo4j constraints")
    args = ap.parse_args(argv)
    if args.docs:
        DOCS_PATH.write_text(docs_markdown(), encoding="utf-8")
        print(f"wrote {DOCS_PATH}")
    if args.lint_json:
        Path(args.lint_json).write_text(json.dumps(lint_schema(), ensure_ascii=False, indent=1), encoding="utf-8")
    for flag, fn in ((args.ddl, ladybug_ddl), (args.neo4j, neo4j_constraints)):
        if flag:
            print(";\n".join(fn()) + ";")


if __name__ == "__main__":
    main()
