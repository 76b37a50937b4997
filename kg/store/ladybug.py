"""The embedded store: one LadybugDB database file (plus its .wal after a crash).

Writes never touch the live database: :meth:`LadybugStore.replace_all` builds a new database
next to it (``.<name>.tmp-<pid>``), bulk-loads it with COPY from CSV files (the fast path: ~10x
faster than batched UNWIND + MERGE, see bench/bench_store.py) and atomically renames it over the
old one, so a crash or a bad graph leaves the previous database intact.

A store opened for writing holds an exclusive lock from open to close: ``fcntl.flock`` on a
sidecar file ``<name>.lock`` that kg creates next to the database (and removes at close), taken
*before* anything is read or created, so a second writer -- even on a database that does not
exist yet -- fails at once with a one-line error naming the holder's pid. With the lock held,
temporary databases left by killed writers (``.<name>.tmp-<pid>``, pid no longer alive) are
removed; nothing else is. Read-only opens take no lock: the swap is one rename of a
checkpointed database (no .wal of either database is ever paired with the other), so a reader
sees the old database or the new one.

STRING[] columns go into the CSV as ``[a,b]`` literals when every element is plain (LadybugDB's
list parser splits on commas, keeps quotes and trims spaces); a table with any other element is
copied through ``COPY T FROM (LOAD WITH HEADERS (...) FROM 'f.csv' RETURN ..., string_split(col, US))``
with the ASCII unit separator joining elements (correct for any string, ~5x slower).
"""

from __future__ import annotations

import errno
import json
import os
import csv
import gc
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import ladybug
import pyarrow as pa  # the fast load path: COPY from Arrow tables

try:
    import fcntl
except ImportError:  # Windows: msvcrt's byte-range lock instead
    fcntl = None  # type: ignore[assignment]

from kg.errors import QueryError, StoreError
from kg.model import DocumentInfo, Fact, Graph
from kg.schema import NodeSpec, RelSpec, Schema, check_graph, ladybug_ddl, load_schema, quote
from kg.store import MissingStoreError, doc_info, store_tables
from kg.store.spans import SPAN, Spans, restore_fact_json, split_text, without_text

LIST_SEP = "\x1f"  # ASCII unit separator: joins STRING[] elements inside one CSV field
CSV_OPTS = "(header=true, parallel=false)"  # parallel=false: quoted newlines in sentences


LOCK_SUFFIX = ".lock"
LOCK_MARK = "kg write lock"  # first words of every lock file kg writes


def missing_db_error(path: Path | str) -> StoreError:
    return MissingStoreError(f"no graph at {path} — run `kg build samples/` first")


class LadybugStore:
    """A LadybugDB database file holding the kg graph (see :func:`kg.store.open_store`)."""

    dialect = "ladybug"  # which per-store query variant this store runs (kg.queries)

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, schema: Schema | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.schema = schema or load_schema()
        self._db: Any = None
        self._conn: Any = None
        self._has_lookups: bool | None = None  # lookup tables (LOOKUPS) in this database: known at first query
        self._lock: DbLock | None = None
        if read_only:
            self._connection()  # fail now (missing, locked, not a database), not at first query
        else:
            # the lock first: before the database is read, created or replaced
            self._lock = DbLock(self.path)
            remove_stale_temp_files(self.path)

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
        """Release the database and, for a writer, kg's write lock."""
        self._close_db()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _close_db(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._db is not None:
            self._db.close()
        self._conn = self._db = None
        self._has_lookups = None

    def __del__(self) -> None:  # a writer that was never closed must not keep the lock
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self) -> "LadybugStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------
    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run one parameterized Cypher query; rows as dicts keyed by the RETURN names."""
        conn = self._connection()
        if self._has_lookups is None:
            self._has_lookups = self._lookups_present(conn)
        if self._has_lookups:
            query = use_lookups(query)
        try:
            result = conn.execute(query, dict(params or {}))
        except RuntimeError as exc:
            raise QueryError(f"LadybugDB rejected the query: {_first_line(exc)}") from exc
        return _rows(result)

    def _lookups_present(self, conn: Any) -> bool:
        try:
            names = {str(v) for r in _rows(conn.execute("CALL show_tables() RETURN name")) for v in r.values()}
        except RuntimeError:
            return False
        return all(k in names for k in LOOKUPS)

    def explain(self, query: str, params: dict[str, Any] | None = None) -> list[list[str]]:
        """The plan LadybugDB would run for ``query``: its operators, each as [name, detail…]
        (``['SCAN_NODE_TABLE[4]', 'Tables: Post', 'Alias: x', …]``), top of the plan first,
        column by column. :func:`plan_problems` reads it."""
        rows = self.run("EXPLAIN " + query, params)
        return parse_plan("\n".join(str(v) for r in rows for v in r.values()))

    def load_facts(self) -> tuple[list[Fact], list[DocumentInfo]]:
        """The stored raw facts and document infos; empty when the database does not exist yet."""
        if self._conn is None and not self.path.exists():
            return [], []
        try:
            rows = self.run("MATCH (f:Fact) RETURN f.json AS json ORDER BY f.id")
        except QueryError as exc:
            raise StoreError(
                f"{self.path}: not a kg graph (no Fact table: {exc}); kg will not replace it — choose another --db"
            ) from exc
        spans = self.span_rows()
        facts = [Fact.from_json(restore_fact_json(r["json"], spans)) for r in rows]
        docs = self.run("MATCH (d:Document) RETURN d.* ORDER BY d.id")
        return facts, [doc_info({k.removeprefix("d."): v for k, v in r.items()}) for r in docs]

    def load_facts_of(self, doc_ids: Iterable[str]) -> list[Fact]:
        """The stored raw facts of the documents ``doc_ids`` (Document ids), for an incremental
        build (kg.incremental): the same facts :meth:`load_facts` gives for them."""
        ids = sorted(set(doc_ids))
        if not ids:
            return []
        rows = self.run("MATCH (f:Fact) WHERE f.doc IN $ids RETURN f.json AS json ORDER BY f.id", {"ids": ids})
        spans = self.span_rows(doc_ids=ids)
        return [Fact.from_json(restore_fact_json(r["json"], spans)) for r in rows]

    def span_rows(self, doc_ids: list[str] | None = None) -> dict[str, dict]:
        """Span id -> {doc, start, end, text} (the evidence raw facts name by id:
        kg.store.spans), every span or those of the Documents ``doc_ids``; empty for a database
        written before spans."""
        if self._conn is None and not self.path.exists():
            return {}
        ret = "RETURN s.id AS id, s.doc AS doc, s.`start` AS `start`, s.`end` AS `end`, s.text AS text"
        if doc_ids is None:
            query, params = f"MATCH (s:{SPAN}) {ret}", {}
        else:  # spans name their document by path
            query = f"MATCH (d:Document) WHERE d.id IN $ids MATCH (s:{SPAN}) WHERE s.doc = d.path {ret}"
            params = {"ids": list(doc_ids)}
        try:
            return {r["id"]: r for r in self.run(query, params)}
        except QueryError:
            return {}

    # -- incremental writing (kg.incremental) -------------------------------------------
    def apply_delta(self, *, delete: dict[str, set[str]], create: dict[str, list[dict]],
                    update: dict[str, list[dict]], rels: dict[str, list[dict]],
                    delete_rels: dict[str, list[tuple[str, str]]]) -> dict[str, int]:
        """Change the graph in place, in ONE transaction (all or nothing): DETACH DELETE the nodes
        ``delete`` ({label: ids}); delete the relationships ``delete_rels`` ({type: [(from, to)]});
        write the rows ``update`` (existing nodes) and ``create`` (new nodes), then the new
        relationships ``rels``; Rank nodes left without a HAS_RANK go; the lookup tables follow.
        Rows are complete rows of the resolver's graph (every declared property, evidence as
        text: its Span rows are made here, as :meth:`replace_all` makes them; Spans no fact
        names any more are for the caller to list in ``delete``). Returns rows written."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        conn = self._connection()
        lookups = self._lookups_present(conn)
        create, rels = split_text(create, rels)  # evidence text once, as replace_all writes it
        if SPAN in create:  # a span read before is kept as it is (same id, same content)
            have = {r["id"] for r in _rows(conn.execute(f"UNWIND $ids AS i MATCH (s:{SPAN}) WHERE s.id = i RETURN s.id AS id",
                                                        {"ids": [r["id"] for r in create[SPAN]]}))}
            create[SPAN] = [r for r in create[SPAN] if r["id"] not in have]
        done: dict[str, int] = {}
        conn.execute("BEGIN TRANSACTION")
        try:
            old_keys = {label: self._lookup_values(conn, label, ids) for label, ids in delete.items()} if lookups else {}
            for label, ids in delete.items():
                if ids:
                    conn.execute(f"MATCH (n:{quote(label)}) WHERE n.id IN $ids DETACH DELETE n", {"ids": sorted(ids)})
                    done[f"-{label}"] = len(ids)
            for typ, pairs in delete_rels.items():
                spec = self.schema.rels[typ]
                for i in range(0, len(pairs), 2000):
                    conn.execute(
                        f"UNWIND $rows AS r MATCH (a:{quote(spec.from_label)})-[x:{quote(typ)}]->(b:{quote(spec.to_label)}) "
                        "WHERE a.id = r.f AND b.id = r.t DELETE x",
                        {"rows": [{"f": f, "t": t} for f, t in pairs[i : i + 2000]]})
                done[f"-{typ}"] = len(pairs)
            for table in (update, create):
                for label, rows in table.items():
                    nspec = self.schema.nodes[label]
                    q = _unwind_node_query(nspec)
                    for i in range(0, len(rows), 2000):
                        conn.execute(q, {"rows": [_clean(nspec.properties, r) for r in rows[i : i + 2000]]})
                    done[label] = done.get(label, 0) + len(rows)
            for typ, rows in rels.items():
                spec = self.schema.rels[typ]
                q = _unwind_rel_query(spec)
                for i in range(0, len(rows), 2000):
                    conn.execute(q, {"rows": [_rel_param(spec, r) for r in rows[i : i + 2000]]})
                done[typ] = len(rows)
            if "Rank" in self.schema.nodes and "HAS_RANK" in self.schema.rels:
                conn.execute("MATCH (r:Rank) WHERE NOT EXISTS { MATCH (:Person)-[:HAS_RANK]->(r) } DELETE r")
            if lookups:
                self._update_lookups(conn, old_keys, create)
            conn.execute("COMMIT")
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            finally:
                self._close_db()
            raise
        return done

    def _lookup_values(self, conn: Any, label: str, ids: set[str]) -> set[str]:
        """The looked-up property values (LOOKUPS) of nodes ``ids`` of ``label``."""
        props = [prop for _, (_, lab, prop) in LOOKUPS.items() if lab == label]
        if not props or not ids:
            return set()
        rows = _rows(conn.execute(f"MATCH (n:{quote(label)}) WHERE n.id IN $ids RETURN n.{quote(props[0])} AS v",
                                  {"ids": sorted(ids)}))
        return {r["v"] for r in rows if r["v"] is not None}

    def _update_lookups(self, conn: Any, old_values: dict[str, set[str]], created: dict[str, list[dict]]) -> None:
        """The lookup tables after nodes went (``old_values``: their looked-up values) and came."""
        for lookup, (rel, label, prop) in LOOKUPS.items():
            if label not in self.schema.nodes:
                continue
            rows = [{"f": r[prop], "t": r["id"]} for r in created.get(label, []) if r.get(prop) is not None]
            values = sorted({r["f"] for r in rows})
            l, r_, n = quote(lookup), quote(rel), quote(label)
            if values:
                conn.execute(f"UNWIND $vals AS v MERGE (:{l} {{id: v}})", {"vals": values})
                for i in range(0, len(rows), 2000):
                    conn.execute(f"UNWIND $rows AS r MATCH (a:{l}) WHERE a.id = r.f MATCH (b:{n}) WHERE b.id = r.t "
                                 f"CREATE (a)-[:{r_}]->(b)", {"rows": rows[i : i + 2000]})
            gone = sorted(old_values.get(label, set()) - set(values))
            if gone:
                conn.execute(f"MATCH (a:{l}) WHERE a.id IN $vals AND NOT EXISTS {{ MATCH (a)-[:{r_}]->() }} DELETE a",
                             {"vals": gone})

    # -- writing ---------------------------------------------------------------------
    def replace_all(self, graph: Graph, facts: list[Fact], docs: list[DocumentInfo], *, progress: Any = None) -> None:
        """Write the whole graph into a new database and swap it in atomically (evidence text
        once, in Span rows: kg.store.spans). ``progress`` (a :class:`kg.progress.Progress`)
        hears the rows written, table by table."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        if self._lock is None:
            raise StoreError(f"{self.path}: the store was closed; open it again to write")
        with _no_cyclic_gc():
            nodes = store_tables(graph, facts, docs)
            # checked as the resolver gave it (a SOURCE's sentence goes to its Span); the Span rows
            # kg makes itself. The tables are converted (evidence as Span ids) table by table while
            # the previous one is being loaded: see write_database
            check_graph(self.schema, {k: v for k, v in nodes.items() if k != SPAN}, without_text(graph.rels))
            if self.path.exists():
                self._connection()  # also hold LadybugDB's own lock while the new database is written
            target = self.path.resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = temp_path(target)
            _remove_db(tmp)
            try:
                write_database(tmp, self.schema, nodes, graph.rels, progress=progress, spans=Spans())
            except BaseException:
                _remove_db(tmp)
                raise
        self._close_db()  # checkpoints the old database: its .wal goes
        _swap_in(tmp, target)

    def stream_writer(self, progress: Any = None) -> "StreamWriter":
        """A new database to write group by group and swap in at the end (:class:`StreamWriter`)."""
        return StreamWriter(self, progress)

    def write_unwind(self, graph: Graph, facts: list[Fact], docs: list[DocumentInfo], batch: int = 2000) -> None:
        """The slow path (batched UNWIND + MERGE into a fresh database), kept for the benchmark."""
        nodes, rels = split_text(store_tables(graph, facts, docs), graph.rels)
        check_graph(self.schema, nodes, rels)
        self._close_db()
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
            for typ, rows in rels.items():
                spec = self.schema.rels[typ]
                q = _unwind_rel_query(spec)
                for i in range(0, len(rows), batch):
                    conn.execute(q, {"rows": [_rel_param(spec, r) for r in rows[i : i + batch]]})
        finally:
            conn.close()
            db.close()


# -- lookup tables: the indexed entry points of the saved queries ---------------------------
# LadybugDB indexes primary keys only: `WHERE p.name = $name` scans every Person (50 ms at 200k
# persons, per clause), a primary-key lookup takes 0.1 ms. So next to the graph the store keeps
# one small node table per looked-up property, keyed by the value, linked to the nodes that have
# it: (:PersonByName {id: '赵吉春'})-[:NAME_OF]->(:Person). They are not part of the graph model
# (kg/schema.yaml), exports or Neo4j (which has real indexes); the LadybugDB variants of the
# saved queries (kg/cypher/*.ladybug.cypher) start from them.
LOOKUPS = {  # lookup label: (rel type, label, property)
    "PersonByName": ("NAME_OF", "Person", "name"),
    "PostByTitle": ("TITLE_OF", "Post", "title"),
    "OrgByName": ("ORG_NAME_OF", "Organization", "name"),
}


_LOOKUP_OF = {(label, prop): (lookup, rel) for lookup, (rel, label, prop) in LOOKUPS.items()}
_KEYED_MATCH = re.compile(
    r"(?<![A-Za-z_])(?P<kw>MATCH\s+)(?P<pat>[^\n]*?\((?P<var>\w+):(?P<label>\w+)\)[^\n]*?)"
    r"(?P<gap>\s*\n\s*|\s+)WHERE\s+(?P=var)\.(?P<prop>\w+)\s*=\s*\$(?P<param>\w+)(?=\s+AND\s|\s*\n|\s*$)"
)


def use_lookups(query: str) -> str:
    """``query`` with its keyed lookups starting from the lookup tables.

    A ``MATCH <pattern> WHERE v.name = $p …`` (the equality the first conjunct of the clause's
    WHERE, v a Person / Post / Organization of the pattern, not an OPTIONAL MATCH) gets the extra
    pattern ``(:PersonByName {id: $p})-[:NAME_OF]->(v)``: a primary-key lookup the planner
    starts from. The WHERE stays, so the rows are the same by construction."""
    def add(m: re.Match) -> str:
        hit = _LOOKUP_OF.get((m.group("label"), m.group("prop")))
        before = query[max(0, m.start() - 9):m.start()]
        if hit is None or "OPTIONAL" in before:
            return m.group(0)
        lookup, rel = hit
        entry = f"(:{lookup} {{id: ${m.group('param')}}})-[:{rel}]->({m.group('var')}), "
        return m.group(0).replace(m.group("kw") + m.group("pat"), m.group("kw") + entry + m.group("pat"), 1)

    return _KEYED_MATCH.sub(add, query)


def lookup_statements(schema: Schema) -> list[str]:
    """DDL and COPY statements that build the lookup tables from the loaded graph tables."""
    out = []
    for lookup, (rel, label, prop) in LOOKUPS.items():
        if label not in schema.nodes or prop not in schema.nodes[label].properties:
            continue
        l, r, n, p = quote(lookup), quote(rel), quote(label), quote(prop)
        out += [
            f"CREATE NODE TABLE {l}(id STRING, PRIMARY KEY(id))",
            f"CREATE REL TABLE {r}(FROM {l} TO {n})",
            f"COPY {l} FROM (MATCH (x:{n}) WHERE x.{p} IS NOT NULL RETURN DISTINCT x.{p})",
            f"COPY {r} FROM (MATCH (x:{n}) WHERE x.{p} IS NOT NULL RETURN x.{p}, x.{quote(schema.nodes[label].key)})",
        ]
    return out


# -- the fast path: COPY from CSV ---------------------------------------------------------
def write_database(path: Path, schema: Schema, nodes: dict[str, list[dict]], rels: dict[str, list[dict]],
                   *, progress: Any = None, spans: Spans | None = None) -> None:
    """Create a database at ``path`` with the schema's tables and COPY every table into it
    (:func:`copy_tables`), then the lookup tables."""
    db = ladybug.Database(str(path), auto_checkpoint=False)  # kg checkpoints: every CHECKPOINT_ROWS rows and at the end
    conn = ladybug.Connection(db)
    if progress is not None:
        progress.total(sum(len(v) for k, v in nodes.items() if k != SPAN) + sum(map(len, rels.values())))
    try:
        for stmt in ladybug_ddl(schema):
            conn.execute(stmt)
        copy_tables(conn, schema, nodes, rels, progress=progress, spans=spans)
        for stmt in lookup_statements(schema):
            conn.execute(stmt)
        conn.execute("CHECKPOINT")
    except RuntimeError as exc:
        raise StoreError(f"writing {path.name} failed: {_first_line(exc)}") from exc
    finally:
        conn.close()
        db.close()


def copy_tables(conn: Any, schema: Schema, nodes: dict[str, list[dict]], rels: dict[str, list[dict]],
                *, progress: Any = None, spans: Spans | None = None) -> None:
    """COPY node tables, then relationship tables, into the open database of ``conn``.

    A worker thread prepares each table's CSV (with ``spans``: converts its rows first —
    evidence text into Span rows, kg.store.spans — the Span table coming last) while this
    thread COPYs the one before: LadybugDB releases the GIL while it loads, so Python and the
    database work at once. ``progress`` (a :class:`kg.progress.Progress`) is told each table's
    rows as it is loaded."""
    order: list[tuple[str, str, list[tuple[str, str]], Any]] = [
        ("n", label, list(schema.nodes[label].properties.items()), rows) for label, rows in nodes.items()
        if not (spans is not None and label == SPAN)
    ]
    order += [("r", typ, [("from", "STRING"), ("to", "STRING"), *schema.rels[typ].properties.items()], rows)
              for typ, rows in rels.items()]
    if spans is not None and SPAN in schema.nodes:  # last: every table before it names its spans
        order.append(("n", SPAN, list(schema.nodes[SPAN].properties.items()), None))

    def prepare(kind: str, name: str, cols: list[tuple[str, str]], rows: Any, csv_path: Path) -> list[dict]:
        convert = None
        if spans is not None:
            if rows is None:  # the Span table: every span the tables before it named
                for r in nodes.get(SPAN, []):
                    spans.add(r)
                rows = spans.rows()
            elif ARROW:  # column by column, no row copied
                convert = lambda prop, values: spans.column(kind, name, prop, values)  # noqa: E731
            else:
                rows = spans.node_rows(name, rows) if kind == "n" else spans.rel_rows(name, rows)
        if rows:
            _prepared[str(csv_path)] = (arrow_table(cols, rows, convert) if ARROW
                                        else _prepare_table(csv_path, cols, rows))
        return rows

    with tempfile.TemporaryDirectory(prefix="kg-copy-") as tmpdir, ThreadPoolExecutor(1) as pool:
        paths = [Path(tmpdir) / f"{kind}_{name}.csv" for kind, name, _, _ in order]
        # one table ahead, no more: memory holds two converted tables and disk two CSV files
        job = pool.submit(prepare, *order[0], paths[0]) if order else None
        loaded = 0
        try:
            for i, ((kind, name, cols, _), csv_path) in enumerate(zip(order, paths)):
                assert job is not None  # submitted for every table of order
                rows = job.result()
                job = pool.submit(prepare, *order[i + 1], paths[i + 1]) if i + 1 < len(order) else None
                _copy(conn, csv_path, name, cols, rows)
                csv_path.unlink(missing_ok=True)
                if progress is not None and name != SPAN:
                    progress.advance(len(rows))
                loaded += len(rows)
                if loaded >= CHECKPOINT_ROWS:  # the loaded tables leave memory for the file
                    conn.execute("CHECKPOINT")
                    loaded = 0
                del rows
        finally:
            if job is not None:
                job.cancel()
            for csv_path in paths:
                _prepared.pop(str(csv_path), None)


class StreamWriter:
    """A new database written group by group, then swapped in (kg.streaming: a build whose
    memory is bounded by its largest group, not the corpus).

    Made by :meth:`LadybugStore.stream_writer`. :meth:`write` converts one group's tables as
    :meth:`LadybugStore.replace_all` does (evidence text into Span rows, a Span row kept by the
    first group that names it) and appends them to one Parquet file per table, in a temporary
    folder; :meth:`finish` creates the new database next to the old one (``.<name>.tmp-<pid>``),
    COPYs each table from its file once (nodes, then relationships), adds the lookup tables,
    checkpoints and renames it over the old database atomically; :meth:`abort` (or an exception
    inside ``with``) removes the files and any new database, leaving the old one as it was.

    Why files and one COPY per table rather than a COPY per group: COPY appends, but appending
    relationships to a table that holds some rewrites the adjacency of the nodes they touch
    (every group touches the same Documents and Organizations), and a connection keeps every
    Arrow table COPYed through it until it closes. Measured at 1M relationships (12 groups):
    write 48 s of CPU appending group by group, against 21 s for one COPY per table."""

    def __init__(self, store: "LadybugStore", progress: Any = None):
        if store.read_only:
            raise StoreError(f"{store.path} is open read-only")
        if store._lock is None:
            raise StoreError(f"{store.path}: the store was closed; open it again to write")
        self.store = store
        self.schema = store.schema
        self.progress = progress
        self.folder = Path(tempfile.mkdtemp(prefix="kg-stream-"))
        self._files: dict[tuple[str, str], Any] = {}  # (kind, table) -> pyarrow ParquetWriter
        self._counts: dict[tuple[str, str], int] = {}  # rows per file
        self._spans: set[str] = set()  # ids of the Span rows written
        self.rows = 0  # rows written (Span rows not counted)

    def write(self, nodes: dict[str, list[dict]], rels: dict[str, list[dict]]) -> None:
        """One group: node rows of the resolver's graph (evidence as text, Fact JSON as the
        resolver gives it) and relationships (their endpoints in this group or another)."""
        check_graph(self.schema, {k: v for k, v in nodes.items() if k != SPAN}, {})  # properties, duplicate ids
        spans = Spans()
        with _no_cyclic_gc():
            for label, rows in nodes.items():
                if label != SPAN:
                    self._append("n", label, list(self.schema.nodes[label].properties.items()), rows, spans)
            for typ, rows in rels.items():
                self._append("r", typ, [("from", "STRING"), ("to", "STRING"), *self.schema.rels[typ].properties.items()],
                             rows, spans)
            if SPAN in self.schema.nodes:  # every evidence the tables above named, less the spans written before
                for r in nodes.get(SPAN, []):
                    spans.add(r)
                new = [r for r in spans.rows() if r["id"] not in self._spans]
                self._spans.update(r["id"] for r in new)
                self._append("n", SPAN, list(self.schema.nodes[SPAN].properties.items()), new, None)

    def _append(self, kind: str, name: str, cols: list[tuple[str, str]], rows: list[dict], spans: Spans | None) -> None:
        if not rows:
            return
        import pyarrow.parquet as pq

        convert = None if spans is None else (lambda prop, values: spans.column(kind, name, prop, values))
        table = arrow_table(cols, rows, convert)
        writer = self._files.get((kind, name))
        if writer is None:
            writer = self._files[(kind, name)] = pq.ParquetWriter(str(self.folder / f"{kind}_{name}.parquet"), table.schema)
        writer.write_table(table)
        self._counts[(kind, name)] = self._counts.get((kind, name), 0) + len(rows)
        if name != SPAN:
            self.rows += len(rows)
            if self.progress is not None:
                self.progress.advance(len(rows))

    def finish(self) -> None:
        """The new database from the files, with the lookup tables, in place of the old one."""
        for writer in self._files.values():
            writer.close()
        if self.store.path.exists():
            self.store._connection()  # also hold LadybugDB's own lock while the new database is written
        target = self.store.path.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_path(target)
        _remove_db(tmp)
        try:
            db = ladybug.Database(str(tmp), auto_checkpoint=False)
            conn = ladybug.Connection(db)
            try:
                for stmt in ladybug_ddl(self.schema):
                    conn.execute(stmt)
                loaded = 0
                order = [("n", label) for label in self.schema.nodes] + [("r", typ) for typ in self.schema.rels]
                for kind, name in order:  # nodes (Span among them) before the relationships that join them
                    if (kind, name) not in self._files:
                        continue
                    path = self.folder / f"{kind}_{name}.parquet"
                    _copy(conn, path, name, [], [])
                    loaded += self._counts[(kind, name)]
                    path.unlink()
                    if loaded >= CHECKPOINT_ROWS:
                        conn.execute("CHECKPOINT")
                        loaded = 0
                for stmt in lookup_statements(self.schema):
                    conn.execute(stmt)
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
                db.close()
        except BaseException as exc:
            _remove_db(tmp)
            self.abort()
            if isinstance(exc, RuntimeError):
                raise StoreError(f"writing {tmp.name} failed: {_first_line(exc)}") from exc
            raise
        self.store._close_db()  # checkpoints the old database: its .wal goes
        _swap_in(tmp, target)
        shutil.rmtree(self.folder, ignore_errors=True)

    def abort(self) -> None:
        """Drop what was written: the old database stays as it was."""
        for writer in self._files.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - closing to remove it
                pass
        self._files.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "StreamWriter":
        return self

    def __exit__(self, exc_type: Any, *exc: object) -> None:
        if exc_type is not None:
            self.abort()


CHECKPOINT_ROWS = 200_000  # rows loaded between checkpoints: LadybugDB holds what it loaded in memory until one
@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Python's cycle collector off while a graph is converted and written: the rows made then
    hold no cycles, and every full collection would walk the whole graph in memory again (at 1M
    relationships the conversion took 13 s of CPU with it, 7 s without)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_prepared: dict[str, Any] = {}  # tables made ahead by write_database's worker: an Arrow table, or a CSV's list-literal flag
ARROW = True  # load through Arrow (False: the CSV path, e.g. to compare them)


def _prepare_table(csv_path: Path, cols: list[tuple[str, str]], rows: list[dict]) -> Any:
    """What _copy loads: an Arrow table (the fast path), else the CSV file written at ``csv_path``."""
    if ARROW:
        return arrow_table(cols, rows)
    return _write_table_csv(csv_path, cols, rows)


def arrow_table(cols: list[tuple[str, str]], rows: list[dict],
                convert: Callable[[str, list[Any]], list[Any]] | None = None) -> Any:
    """The rows as a pyarrow Table, column by column (COPY takes its columns by position);
    ``convert(property, values)`` changes a column's values first (kg.store.spans: evidence).

    Values as the CSV path writes them: a non-string in a STRING column as its JSON (or str),
    a single string in a STRING[] column as a one-element list, empty-string elements dropped."""
    arrays = []
    for name, typ in cols:
        values = [r.get(name) for r in rows]
        if convert is not None:
            values = convert(name, values)
        if typ == "STRING[]":
            values = [None if v is None else [str(x) for x in ([v] if isinstance(v, str) else v) if x != ""]
                      for v in values]
        try:
            arrays.append(pa.array(values, type=_ARROW_TYPES[typ]))
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # a value of another type: converted as the CSV path does
            convert = _CONVERT.get(typ, _string_value)
            arrays.append(pa.array([None if v is None else convert(v) for v in values], type=_ARROW_TYPES[typ]))
    return pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(cols))])


_ARROW_TYPES: dict[str, Any] = {
    "STRING": pa.string(), "INT64": pa.int64(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(),
    "STRING[]": pa.list_(pa.string()),
}


_CONVERT: dict[str, Callable[[Any], Any]] = {"INT64": int, "DOUBLE": float, "BOOLEAN": bool, "STRING": lambda v: v if type(v) is str else _string_value(v)}


def _write_table_csv(csv_path: Path, cols: list[tuple[str, str]], rows: list[dict]) -> bool:
    lists = [name for name, t in cols if t == "STRING[]"]
    literal = all(_literal_ok(row.get(name)) for name in lists for row in rows)
    write_csv(csv_path, cols, rows, list_literals=literal)
    return literal


def _copy(conn: Any, csv_path: Path, table: str, cols: list[tuple[str, str]], rows: list[dict]) -> None:
    if csv_path.suffix == ".parquet":  # a table StreamWriter wrote to a file: COPY from it
        src = str(csv_path).replace("\\", "\\\\").replace("'", "\\'")
        conn.execute(f"COPY {quote(table)} FROM '{src}'")
        return
    if not rows:
        return
    lists = [name for name, t in cols if t == "STRING[]"]
    prepared = _prepared.pop(str(csv_path), None)  # made ahead by write_database's worker
    if prepared is None:
        prepared = _prepare_table(csv_path, cols, rows)
    if not isinstance(prepared, bool):  # an Arrow table: LadybugDB scans it in place
        conn.execute(f"COPY {quote(table)} FROM $rows", {"rows": prepared})
        return
    literal = prepared
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


class _Bare(int):
    """A CSV field written bare (unquoted): the csv module quotes every non-number
    (QUOTE_NONNUMERIC) and writes a number as str(), so this "number" writes its text."""

    text: str

    def __new__(cls, text: str) -> "_Bare":
        obj = super().__new__(cls, 0)
        obj.text = text
        return obj

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


NULL, TRUE, FALSE = _Bare(""), _Bare("true"), _Bare("false")  # NULL: an empty, unquoted field
CSV_CHUNK = 50_000  # rows converted at once: memory bounded by a chunk, not the table


def write_csv(path: Path, cols: list[tuple[str, str]], rows: list[dict], *, list_literals: bool = False) -> None:
    """CSV the way LadybugDB's COPY reads it: strings always quoted, NULL as an empty field.

    STRING[] values are `[a,b]` literals when ``list_literals`` (all elements plain), else
    elements joined by LIST_SEP for the LOAD … string_split path. Column by column (one list
    comprehension per column and chunk), written by the csv module (C): the same text as
    :func:`_csv_value` cell by cell, ~4x faster than joining cells in Python."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(f"c{i}" for i in range(len(cols))) + "\n")
        writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n", doublequote=True)
        for i in range(0, len(rows), CSV_CHUNK):
            chunk = rows[i : i + CSV_CHUNK]
            writer.writerows(zip(*(_csv_column(chunk, name, typ, list_literals) for name, typ in cols)))


def _csv_column(rows: list[dict], name: str, typ: str, list_literals: bool) -> list[Any]:
    values = [r.get(name) for r in rows]
    if typ == "STRING":
        return [NULL if v is None else v if type(v) is str else _string_value(v) for v in values]
    if typ == "INT64":
        return [NULL if v is None else int(v) for v in values]
    if typ == "BOOLEAN":
        return [NULL if v is None else (TRUE if v else FALSE) for v in values]
    if typ == "DOUBLE":
        return [NULL if v is None else float(v) for v in values]
    return [NULL if v is None else _list_cell(v, list_literals) for v in values]  # STRING[]


def _string_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def _list_cell(value: Any, list_literals: bool) -> str:
    # empty-string elements are dropped (string_split would drop them on one path only)
    items = [str(v) for v in ([value] if isinstance(value, str) else value) if v != ""]
    if list_literals:
        return "[" + ",".join(items) + "]"
    return LIST_SEP.join(v.replace(LIST_SEP, " ") for v in items)


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
    """Rename the new database over the old one in one step.

    The new database is self-contained first (a .wal of its own is folded in by opening and
    closing it); a .wal of the old one (none after a clean close) goes *before* the rename, so
    no reader ever opens the new database with the old one's .wal."""
    wal, tmp_wal = Path(str(target) + ".wal"), Path(str(tmp) + ".wal")
    if tmp_wal.exists():
        db = ladybug.Database(str(tmp))
        db.close()
        if tmp_wal.exists():
            raise StoreError(f"writing {tmp.name} failed: its write-ahead log could not be checkpointed")
    if wal.exists():
        wal.unlink()
    os.replace(tmp, target)


def temp_path(target: Path, pid: int | None = None) -> Path:
    """Where a writer builds the new database: ``.<name>.tmp-<pid>`` next to ``target``."""
    return target.with_name(f".{target.name}.tmp-{os.getpid() if pid is None else pid}")


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove the temporary databases of dead writers of ``path`` (call with the lock held).

    Only names kg gives its temporary databases (``.<name>.tmp-<pid>`` and its ``.wal``) are
    considered, and only when no process with that pid is alive; returns what was removed."""
    target = Path(path).resolve()
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.tmp-(\d+)(?:\.wal)?$")
    removed: list[Path] = []
    try:
        names = sorted(os.listdir(target.parent))
    except OSError:
        return removed
    for name in names:
        m = pattern.match(name)
        if not m or int(m.group(1)) == os.getpid() or _pid_alive(int(m.group(1))):
            continue
        p = target.parent / name
        try:
            if p.is_symlink() or not p.is_file():
                continue  # kg writes regular files there, never links or folders
            p.unlink()
            removed.append(p)
        except OSError:
            pass
    return removed


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return True  # not a pid kg wrote: leave it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _lock_fd(fd: int) -> None:
    """Take an exclusive lock on an open file without waiting (OSError when another holds it)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


class DbLock:
    """kg's exclusive write lock on one database: ``flock`` on ``<db>.lock``, held until release.

    The lock file is created by kg (it holds ``kg write lock, pid N``), reused when a killed kg
    left it behind, and removed at release while still locked; a file of that name that kg did
    not write is refused, never touched. After locking, the file must still be the one at the
    path (another writer may have removed it meanwhile): otherwise the lock is taken again."""

    def __init__(self, db: Path | str):
        target = Path(db).resolve()
        self.db = Path(db)
        self.path = target.with_name(target.name + LOCK_SUFFIX)
        self.fd: int | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{db}: cannot create its folder ({exc.strerror or exc})") from None
        for _ in range(100):
            fd = self._open()
            try:
                _lock_fd(fd)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", -1)):
                    raise StoreError(
                        f"{db}: another kg process{self._holder()} is writing this database; "
                        "try again when it has finished"
                    ) from None
                raise StoreError(f"{db}: cannot lock {self.path.name} ({exc.strerror or exc})") from None
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                break
            os.close(fd)  # the previous holder removed that file: lock the new one
        else:
            raise StoreError(f"{db}: cannot take the write lock {self.path.name}")
        try:
            os.lseek(self.fd, 0, os.SEEK_SET)
            content = os.read(self.fd, 200).decode("utf-8", "replace")
            if content and not content.startswith(LOCK_MARK):
                raise StoreError(f"{self.path}: exists and was not written by kg; kg will not use or remove it "
                                 f"(move it away to write {db})")
            os.ftruncate(self.fd, 0)
            os.lseek(self.fd, 0, os.SEEK_SET)
            os.write(self.fd, f"{LOCK_MARK}, pid {os.getpid()}\n".encode())
        except BaseException:
            os.close(self.fd)
            self.fd = None
            raise

    def _open(self) -> int:
        while True:
            try:
                return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)  # fds are not inherited (PEP 446)
            except FileExistsError:
                pass
            except OSError as exc:
                raise StoreError(f"{self.db}: cannot create {self.path.name} ({exc.strerror or exc})") from None
            try:
                if self.path.is_symlink():
                    raise StoreError(f"{self.path}: is a symbolic link, not kg's lock file; kg will not use it")
                return os.open(self.path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
            except FileNotFoundError:
                continue  # removed between the two opens: create it
            except StoreError:
                raise
            except OSError as exc:
                raise StoreError(f"{self.db}: cannot open {self.path.name} ({exc.strerror or exc})") from None

    def _holder(self) -> str:
        """The holder's pid as `` (pid N)``, or "" when it cannot be read.

        The holder writes its pid right after it takes the lock, so a writer that lost the race
        by microseconds may find the file still empty: it looks again for up to a quarter second."""
        for _ in range(26):
            try:
                text = self.path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                return ""
            m = re.match(rf"{re.escape(LOCK_MARK)}, pid (\d+)", text)
            if m:
                return f" (pid {m.group(1)})"
            if text.strip():
                return ""  # not kg's format: say nothing about it
            time.sleep(0.01)
        return ""

    def release(self) -> None:
        """Remove the lock file (still holding the lock) and unlock."""
        if self.fd is None:
            return
        try:
            if os.path.samestat(os.fstat(self.fd), os.stat(self.path)):
                os.unlink(self.path)
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None


_PLAN_BOX = re.compile(r"│([^│┌┐└┘]{20,})│")
_PLAN_OP = re.compile(r"^[A-Z_]+\[\d+\]$")


def parse_plan(text: str) -> list[list[str]]:
    """LadybugDB's EXPLAIN drawing (boxes joined by lines) as a list of operators, each
    [name, detail…]; a box's children are the boxes below it in the same column."""
    columns: dict[int, list[str]] = {}
    for line in text.splitlines():
        for m in _PLAN_BOX.finditer(line):
            columns.setdefault(m.start(), []).append(m.group(1).strip())
    ops: list[list[str]] = []
    for _, cells in sorted(columns.items()):
        current: list[str] | None = None
        for cell in cells:
            if _PLAN_OP.match(cell):
                current = [cell]
                ops.append(current)
            elif current is not None and cell and not cell.startswith(("---", "NumOutputTuples", "ExecutionTime", "TotalTime")):
                current.append(cell)
    return ops


def plan_problems(ops: list[list[str]]) -> list[str]:
    """What makes a plan scale with the whole graph rather than the answer: a CROSS_PRODUCT
    (every row of one side paired with a whole label, as ``OPTIONAL MATCH (e:Event) WHERE e.id IN
    h.events`` plans: 15 s at 1M relationships), or a filter on a key read by scanning its label
    (``WHERE e.id = …`` over SCAN_NODE_TABLE instead of a primary-key lookup)."""
    problems = []
    for i, op in enumerate(ops):
        name = op[0].split("[")[0]
        if name == "CROSS_PRODUCT":
            below = next((o for o in ops[i + 1:] if o[0].startswith("SCAN_NODE_TABLE")), None)
            problems.append(f"{op[0]}: a label paired with every row" + (f" ({', '.join(below[1:3])})" if below else ""))
        if name == "FILTER":
            nxt = next((o for o in ops[i + 1:] if not o[0].startswith("FLATTEN")), None)
            if nxt and nxt[0].startswith("SCAN_NODE_TABLE"):
                alias = next((d.split(": ", 1)[1] for d in nxt if d.startswith("Alias: ")), None)
                if alias and any(f"({alias}.id)" in d or d.endswith(f"{alias}.id)") for d in op[1:]):
                    problems.append(f"{op[0]} over {nxt[0]}: key {alias}.id looked up by scanning {', '.join(nxt[1:2])}")
    return problems


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
