"""The embedded store: one LadybugDB database file (plus its .wal after a crash).

Writes never touch the live database: :meth:`LadybugStore.replace_all` builds a new database
next to it, bulk-loads it with COPY from CSV files (the fast path: ~10x faster than batched
UNWIND + MERGE, see bench/bench_store.py) and atomically renames it over the old one, so a
crash or a bad graph leaves the previous database intact.

STRING[] columns go into the CSV as ``[a,b]`` literals when every element is plain (LadybugDB's
list parser splits on commas, keeps quotes and trims spaces); a table with any other element is
copied through ``COPY T FROM (LOAD WITH HEADERS (...) FROM 'f.csv' RETURN ..., string_split(col, US))``
with the ASCII unit separator joining elements (correct for any string, ~5x slower).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable

import ladybug

from kg.errors import QueryError, StoreError
from kg.model import Fact, Graph
from kg.schema import NodeSpec, RelSpec, Schema, ladybug_ddl, load_schema, quote
from kg.store import doc_info, store_tables

LIST_SEP = "\x1f"  # ASCII unit separator: joins STRING[] elements inside one CSV field
CSV_OPTS = "(header=true, parallel=false)"  # parallel=false: quoted newlines in sentences


def missing_db_error(path: Path | str) -> StoreError:
    return StoreError(f"no graph at {path} — run `kg build samples/` first")


class LadybugStore:
    """A LadybugDB database file holding the kg graph (see :func:`kg.store.open_store`)."""

    dialect = "ladybug"  # which per-store query variant this store runs (kg.queries)

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, schema: Schema | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.schema = schema or load_schema()
        self._db: Any = None
        self._conn: Any = None
        if read_only:
            self._connection()  # fail now (missing, locked, not a database), not at first query

    # -- connection ------------------------------------------------------------------
    def _connection(self) -> Any:
        if self._conn is not None:
            return self._conn
        if not self.path.exists():
            raise missing_db_error(self.path)
        try:
            self._db = ladybug.Database(str(self.path), read_only=self.read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            self._db = None
            raise StoreError(f"cannot open {self.path}: {_first_line(exc)} (is another kg process writing it?)") from exc
        return self._conn

    def close(self) -> None:
        """Release the database (and its lock)."""
        if self._conn is not None:
            self._conn.close()
        if self._db is not None:
            self._db.close()
        self._conn = self._db = None

    def __enter__(self) -> "LadybugStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------
    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run one parameterized Cypher query; rows as dicts keyed by the RETURN names."""
        conn = self._connection()
        try:
            result = conn.execute(query, dict(params or {}))
        except RuntimeError as exc:
            raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc
        return _rows(result)

    def load_facts(self) -> tuple[list[Fact], list[dict]]:
        """The stored raw facts and document infos; empty when the database does not exist yet."""
        if self._conn is None and not self.path.exists():
            return [], []
        rows = self.run("MATCH (f:Fact) RETURN f.json AS json ORDER BY f.id")
        facts = [Fact.from_json(json.loads(r["json"])) for r in rows]
        docs = self.run("MATCH (d:Document) RETURN d.* ORDER BY d.id")
        return facts, [doc_info({k.removeprefix("d."): v for k, v in r.items()}) for r in docs]

    # -- writing ---------------------------------------------------------------------
    def replace_all(self, graph: Graph, facts: list[Fact], docs: list[dict]) -> None:
        """Write the whole graph into a new database and swap it in atomically."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        nodes = store_tables(graph, facts, docs)
        check_graph(self.schema, nodes, graph.rels)
        if self.path.exists():
            self._connection()  # hold the target's write lock while the new database is written
        target = self.path.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        _remove_db(tmp)
        try:
            write_database(tmp, self.schema, nodes, graph.rels)
        except BaseException:
            _remove_db(tmp)
            raise
        self.close()
        _swap_in(tmp, target)

    def write_unwind(self, graph: Graph, facts: list[Fact], docs: list[dict], batch: int = 2000) -> None:
        """The slow path (batched UNWIND + MERGE into a fresh database), kept for the benchmark."""
        nodes = store_tables(graph, facts, docs)
        check_graph(self.schema, nodes, graph.rels)
        self.close()
        _remove_db(self.path)
        db = ladybug.Database(str(self.path))
        conn = ladybug.Connection(db)
        try:
            for stmt in ladybug_ddl(self.schema):
                conn.execute(stmt)
            for label, rows in nodes.items():
                q = _unwind_node_query(self.schema.nodes[label])
                for i in range(0, len(rows), batch):
                    conn.execute(q, {"rows": [_clean(self.schema.nodes[label].properties, r) for r in rows[i : i + batch]]})
            for typ, rows in graph.rels.items():
                spec = self.schema.rels[typ]
                q = _unwind_rel_query(spec)
                for i in range(0, len(rows), batch):
                    conn.execute(q, {"rows": [_rel_param(spec, r) for r in rows[i : i + batch]]})
        finally:
            conn.close()
            db.close()


# -- validation --------------------------------------------------------------------------
def check_graph(schema: Schema, nodes: dict[str, list[dict]], rels: dict[str, list[dict]]) -> None:
    """Refuse a graph the schema does not allow, naming the label, property or id at fault."""
    ids: dict[str, set[str]] = {}
    for label, rows in nodes.items():
        spec = schema.nodes.get(label)
        if spec is None:
            raise StoreError(f"node label {label!r} is not declared in kg/schema.yaml")
        seen: set[str] = set()
        for row in rows:
            _check_props(label, spec.properties, row)
            key = row.get(spec.key)
            if key is None:
                raise StoreError(f"{label} node without {spec.key}: {row!r:.200}")
            if key in seen:
                raise StoreError(f"duplicate {label} id {key!r}")
            seen.add(key)
        ids[label] = seen
    for typ, rows in rels.items():
        rspec = schema.rels.get(typ)
        if rspec is None:
            raise StoreError(f"relationship type {typ!r} is not declared in kg/schema.yaml")
        for row in rows:
            _check_props(typ, {**rspec.properties, "from": "", "to": ""}, row)
            for end, label in (("from", rspec.from_label), ("to", rspec.to_label)):
                if row.get(end) not in ids.get(label, ()):
                    raise StoreError(f"{typ} {end} {row.get(end)!r}: no {label} node with that id")


def _check_props(where: str, allowed: dict[str, str], row: dict) -> None:
    extra = set(row) - set(allowed)
    if extra:
        raise StoreError(f"{where} has properties not in kg/schema.yaml: {', '.join(sorted(extra))}")


# -- the fast path: COPY from CSV ---------------------------------------------------------
def write_database(path: Path, schema: Schema, nodes: dict[str, list[dict]], rels: dict[str, list[dict]]) -> None:
    """Create a database at ``path`` with the schema's tables and COPY every table into it."""
    db = ladybug.Database(str(path), auto_checkpoint=False)  # one checkpoint at the end, not per COPY
    conn = ladybug.Connection(db)
    try:
        with tempfile.TemporaryDirectory(prefix="kg-copy-") as tmpdir:
            for stmt in ladybug_ddl(schema):
                conn.execute(stmt)
            for label, rows in nodes.items():
                spec = schema.nodes[label]
                _copy(conn, Path(tmpdir) / f"n_{label}.csv", label, list(spec.properties.items()), rows)
            for typ, rows in rels.items():
                cols = [("from", "STRING"), ("to", "STRING"), *schema.rels[typ].properties.items()]
                _copy(conn, Path(tmpdir) / f"r_{typ}.csv", typ, cols, rows)
        conn.execute("CHECKPOINT")
    except RuntimeError as exc:
        raise StoreError(f"writing {path.name} failed: {_first_line(exc)}") from exc
    finally:
        conn.close()
        db.close()


def _copy(conn: Any, csv_path: Path, table: str, cols: list[tuple[str, str]], rows: list[dict]) -> None:
    if not rows:
        return
    lists = [name for name, t in cols if t == "STRING[]"]
    literal = all(_literal_ok(row.get(name)) for name in lists for row in rows)
    write_csv(csv_path, cols, rows, list_literals=literal)
    src = str(csv_path).replace("\\", "\\\\").replace("'", "\\'")
    if not lists or literal:
        conn.execute(f"COPY {quote(table)} FROM '{src}' {CSV_OPTS}")
        return
    names = [f"c{i}" for i in range(len(cols))]  # LOAD column names: avoid keywords (from, end …)
    header = ", ".join(f"{n} {'STRING' if t == 'STRING[]' else t}" for n, (_, t) in zip(names, cols))
    ret = ", ".join(_list_expr(n) if t == "STRING[]" else n for n, (_, t) in zip(names, cols))
    conn.execute(
        f"COPY {quote(table)} FROM (LOAD WITH HEADERS ({header}) FROM '{src}' {CSV_OPTS} RETURN {ret})",
        {"sep": LIST_SEP},
    )


def _list_expr(col: str) -> str:
    return f"CASE WHEN {col} IS NULL THEN NULL WHEN {col} = '' THEN CAST([] AS STRING[]) ELSE string_split({col}, $sep) END"


def _literal_ok(value: Any) -> bool:
    """Whether a list can go into the CSV as a plain `[a,b]` literal (the fastest COPY)."""
    if value is None:
        return True
    items = [value] if isinstance(value, str) else value
    return all(isinstance(v, str) and (v == "" or SAFE_ELEMENT.match(v)) for v in items)


# LadybugDB's CSV list parser splits on commas, keeps quotes and trims spaces: plain elements only
SAFE_ELEMENT = re.compile(r"^[^\s,\[\]{}'\"\\](?:[^\n\r,\[\]{}'\"\\]*[^\s,\[\]{}'\"\\])?$")


def write_csv(path: Path, cols: list[tuple[str, str]], rows: Iterable[dict], *, list_literals: bool = False) -> None:
    """CSV the way LadybugDB's COPY reads it: strings always quoted, NULL as an empty field.

    STRING[] values are `[a,b]` literals when ``list_literals`` (all elements plain), else
    elements joined by LIST_SEP for the LOAD … string_split path."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(f"c{i}" for i in range(len(cols))) + "\n")
        for row in rows:
            fh.write(",".join(_csv_value(row.get(name), typ, list_literals) for name, typ in cols) + "\n")


def _csv_value(value: Any, typ: str, list_literals: bool = False) -> str:
    if value is None:
        return ""
    if typ == "BOOLEAN":
        return "true" if value else "false"
    if typ == "INT64":
        return str(int(value))
    if typ == "DOUBLE":
        return repr(float(value))
    if typ == "STRING[]":
        # empty-string elements are dropped (string_split would drop them on one path only)
        value = [str(v) for v in ([value] if isinstance(value, str) else value) if v != ""]
        if list_literals:
            return '"[' + ",".join(value) + ']"'
        value = LIST_SEP.join(str(v).replace(LIST_SEP, " ") for v in value)
    elif not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return '"' + value.replace('"', '""') + '"'


# -- the slow path: UNWIND + MERGE (benchmark only) -------------------------------------------
def _clean(props: dict[str, str], row: dict) -> dict:
    return {k: row.get(k) for k in props}


def _rel_param(spec: RelSpec, row: dict) -> dict:
    return {"f": row["from"], "t": row["to"], **{k: row.get(k) for k in spec.properties}}


def _typed(prop: str, typ: str) -> str:
    # a batch whose values are all None infers STRING: cast to the column's type
    return f"r.{quote(prop)}" if typ == "STRING" else f"CAST(r.{quote(prop)} AS {typ})"


def _unwind_node_query(spec: NodeSpec) -> str:
    # project scalars first: `MERGE (n:L {id: r.id})` plans as a cross product in LadybugDB
    props = [p for p in spec.properties if p != spec.key]
    proj = ", ".join(f"{_typed(p, spec.properties[p])} AS v_{p}" for p in props)
    sets = ", ".join(f"n.{quote(p)} = v_{p}" for p in props)
    return (
        f"UNWIND $rows AS r WITH r.{quote(spec.key)} AS k{', ' + proj if proj else ''} "
        f"MERGE (n:{quote(spec.label)} {{{quote(spec.key)}: k}})" + (f" SET {sets}" if sets else "")
    )


def _unwind_rel_query(spec: RelSpec) -> str:
    # here the opposite holds: projecting r.f / r.t through WITH first is ~80x slower
    body = ", ".join(f"{quote(p)}: {_typed(p, t)}" for p, t in spec.properties.items())
    return (
        f"UNWIND $rows AS r "
        f"MATCH (a:{quote(spec.from_label)}) WHERE a.id = r.f MATCH (b:{quote(spec.to_label)}) WHERE b.id = r.t "
        f"CREATE (a)-[:{quote(spec.type)}{' {' + body + '}' if body else ''}]->(b)"
    )


# -- files -----------------------------------------------------------------------------------
def _remove_db(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def _swap_in(tmp: Path, target: Path) -> None:
    """Rename the new database over the old one; a leftover .wal of the old one must go with it."""
    wal, tmp_wal = Path(str(target) + ".wal"), Path(str(tmp) + ".wal")
    os.replace(tmp, target)
    if tmp_wal.exists():
        os.replace(tmp_wal, wal)
    elif wal.exists():
        wal.unlink()


def _rows(result: Any) -> list[dict]:
    results = result if isinstance(result, list) else [result]
    last = results[-1]
    cols = last.get_column_names()
    out = []
    while last.has_next():
        out.append(dict(zip(cols, last.get_next())))
    return out


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
