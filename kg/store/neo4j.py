"""The server store: Neo4j 5 through the official driver (bolt://…).

kg shares the database with whatever else lives there, so the write path follows four rules:

- **kg deletes only what kg wrote.** Every node and relationship kg writes carries
  ``kg_owner = 'kg'``; every MATCH that writes or deletes names that marker (the uniqueness
  constraints are on ``(id, kg_owner)``, so a user's own ``:Person {id: …}`` is never matched,
  merged into or constrained). A stale kg node that the user's own relationships still point to
  is not deleted: kg removes its marker and hands it over (logged as a warning).
- **A kill at any point leaves a usable graph.** The build reads what kg holds, computes the
  difference with the new graph and writes it in managed write transactions
  (``execute_write`` retries transient errors, so every unit is idempotent: MERGE on the key,
  ``SET += props``). Order: constraints; the raw layer per document (its new Fact nodes, its
  Document node and the removal of its outdated facts in ONE transaction, so a document's raw
  facts are never lost); the resolved nodes and relationships; and only then, last, the removal
  of kg nodes and relationships the new graph no longer has. Re-running converges.
- **Only what changed is written.** A Fact's id is a hash of its content: a document whose
  Fact ids and Document properties (sha256 …) are unchanged is not written at all; resolved
  nodes and relationships whose properties are unchanged are not written either.
- **One writer at a time.** A store opened for writing takes kg's write lock first (one
  ``:KgLock`` node, a lease of LOCK_LEASE_MS renewed by a heartbeat thread while the store is
  open and by every write transaction): a second ``kg build`` / ``kg remove`` stops at once
  with a one-line error. Every write transaction starts by checking that the lock is still this
  process's (a fence), so a process that lost it (it stopped renewing for longer than the lease
  and another took over) writes nothing more. The lock of a killed process expires with its
  lease, at once if that process ran on this machine.

Relationships are keyed by ``kg_seq``, their ordinal among the relationships of one type
between the same two nodes (two tenures of one person in one post are two HELD relationships).

Credentials: ``NEO4J_PASSWORD`` is required (environment, or a ``.env`` file in the working
directory, see ``.env.example``); ``NEO4J_USER`` defaults to neo4j, ``NEO4J_DATABASE`` to the
server's default database.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from kg.errors import QueryError, StoreError
from kg.model import DocumentInfo, Fact, Graph
from kg.schema import NEO4J_OWNER_KEY, NodeSpec, RelSpec, Schema, check_graph, load_schema, neo4j_constraints, quote
from kg.store import doc_info, store_tables
from kg.store.spans import SPAN, SPANS_QUERY, restore_fact_json, split_text

BATCH = 5000
OWNER = "kg"  # the value of kg_owner on everything kg writes
OWNER_KEY = NEO4J_OWNER_KEY
SEQ_KEY = "kg_seq"  # ordinal of a relationship among those of its type between the same two nodes
RAW_LABELS = ("Document", "Fact", SPAN)  # the per-document raw layer builds start from (facts name their spans)
LOCK_LEASE_MS = 15 * 60 * 1000  # a writer that stops renewing (killed) blocks others this long at most
HEARTBEAT_S = LOCK_LEASE_MS / 1000 / 5  # an open writer renews its lease this often (while it extracts …)
ENV_FILE = ".env"
ENV_KEYS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")

log = logging.getLogger(__name__)

Statement = tuple[str, dict[str, Any]]


# -- credentials ------------------------------------------------------------------------------
def read_env_file(path: str | os.PathLike = ENV_FILE) -> dict[str, str]:
    """``KEY=VALUE`` lines of a dotenv file (``#`` comments, ``export``, quotes); {} if absent."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot read it ({getattr(exc, 'strerror', None) or exc})") from exc
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        if not sep or not key.strip() or key.lstrip().startswith("#"):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        out[key.strip()] = value
    return out


def neo4j_settings(env: Mapping[str, str] | None = None, env_file: str | os.PathLike = ENV_FILE) -> dict[str, str]:
    """NEO4J_* settings: the environment wins over ./.env. NEO4J_PASSWORD is required."""
    env = os.environ if env is None else env
    values = {k: v for k, v in read_env_file(env_file).items() if k in ENV_KEYS and v}
    values.update({k: env[k] for k in ENV_KEYS if env.get(k)})
    if not values.get("NEO4J_PASSWORD"):
        raise StoreError(
            "NEO4J_PASSWORD is not set: export NEO4J_PASSWORD=… or put it in ./.env (see .env.example)"
        )
    values.setdefault("NEO4J_USER", "neo4j")
    return values


# -- the store --------------------------------------------------------------------------------
@dataclass
class WriteReport:
    """What the last :meth:`Neo4jStore.replace_all` wrote (rows sent, not rows changed)."""

    transactions: int = 0
    nodes: dict[str, int] = field(default_factory=dict)  # label -> rows MERGEd
    rels: dict[str, int] = field(default_factory=dict)  # type -> rows MERGEd
    deleted_nodes: dict[str, int] = field(default_factory=dict)  # label -> stale keys removed
    deleted_rels: dict[str, int] = field(default_factory=dict)
    handed_over: int = 0  # stale kg nodes kept because the user's relationships point to them


class Neo4jStore:
    """A Neo4j database reached over bolt; same API as LadybugStore."""

    dialect = "neo4j"

    def __init__(self, uri: str, *, read_only: bool = False, schema: Schema | None = None, batch: int = BATCH):
        import neo4j

        settings = neo4j_settings()
        self.uri = uri
        self.read_only = read_only
        self.schema = schema or load_schema()
        self.batch = batch
        self.database = settings.get("NEO4J_DATABASE") or None
        self.report = WriteReport()
        auth = (settings["NEO4J_USER"], settings["NEO4J_PASSWORD"])
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, ValueError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {_one_line(exc)} (is it running? see docker-compose.yml)") from exc
        self.holder: str | None = None
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None
        if not read_only:
            try:
                self._lock()
            except BaseException:
                self.driver.close()
                raise

    def close(self) -> None:
        self._stop.set()
        if self._heartbeat is not None:
            self._heartbeat.join(timeout=5)
            self._heartbeat = None
        if self.holder is not None:
            try:  # best effort: a lock left behind expires (LOCK_LEASE_MS)
                with self.driver.session(database=self.database) as session:
                    session.execute_write(_run_statements, [(LOCK_RELEASE, {"owner": OWNER, "holder": self.holder})])
            except Exception as exc:  # noqa: BLE001 -- closing must not hide the error that closes us
                log.debug("could not release the kg write lock: %s", exc)
            self.holder = None
        self.driver.close()

    # -- the writer lock ---------------------------------------------------------------
    def _lock(self) -> None:
        """Take kg's write lock on this database (one :KgLock node) before anything is read, so
        that a second kg build or remove stops at once instead of interleaving its writes."""
        import neo4j

        me = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        params = {"owner": OWNER, "holder": me, "lease": LOCK_LEASE_MS, "expected": ""}
        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(_run_statements, [(LOCK_CONSTRAINT, {})])
                row = session.execute_write(_lock_tx, params)
                if not row["mine"] and _dead_here(row["holder"]):  # a killed kg on this machine
                    row = session.execute_write(_lock_tx, {**params, "expected": row["holder"]})
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(f"cannot take kg's write lock at {self.uri}: {_one_line(exc.message or exc)}") from exc
        if not row["mine"]:
            minutes = max(int(row["left"] or 0) // 60000, 0) + 1
            raise StoreError(
                f"{self.uri}: another kg process ({row['holder']}) is writing this database; try again when it "
                f"is done (if it died, its lock expires within {minutes} min)"
            )
        self.holder = me
        self._heartbeat = threading.Thread(target=self._renew, name="kg-neo4j-lock", daemon=True)
        self._heartbeat.start()

    def _renew(self) -> None:
        """Renew the lease while the store is open (the build may extract for a long time before
        it writes); stops when the store closes or the lock is no longer ours."""
        while not self._stop.wait(HEARTBEAT_S):
            try:
                with self.driver.session(database=self.database) as session:
                    session.execute_write(_run_statements, [], self._fence())
            except LockLost:
                return  # the next write transaction fails on its fence and says so
            except Exception as exc:  # noqa: BLE001 -- a missed renewal is retried; the fence decides
                log.debug("could not renew the kg write lock: %s", exc)

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
            raise QueryError(f"Neo4j rejected the query: {_one_line(exc.message or exc)}") from exc

    def load_facts(self) -> tuple[list[Fact], list[DocumentInfo]]:
        """kg's raw facts and document infos (only what kg wrote: kg_owner = 'kg')."""
        rows = self.run(FACTS_QUERY, {"owner": OWNER})
        spans = {r["id"]: r for r in self.run(ALL_SPANS_QUERY, {"owner": OWNER})}
        facts = [Fact.from_json(restore_fact_json(r["json"], spans)) for r in rows]
        docs = self.run(DOCS_QUERY, {"owner": OWNER})
        return facts, [doc_info(r["d"]) for r in docs]

    # -- writing -----------------------------------------------------------------------
    def replace_all(self, graph: Graph, facts: list[Fact], docs: list[DocumentInfo], *, progress: Any = None) -> None:
        """Make kg's part of the database equal to ``graph`` (+ raw facts and documents),
        writing only the difference; see the module docstring for the order and guarantees.
        ``progress`` (a :class:`kg.progress.Progress`) hears the rows written, transaction by
        transaction."""
        import neo4j

        if self.read_only:
            raise StoreError(f"{self.uri} is open read-only")
        nodes, rels = split_text(store_tables(graph, facts, docs), graph.rels)
        check_graph(self.schema, nodes, rels)
        self.report = WriteReport()
        try:
            with self.driver.session(database=self.database) as session:
                for stmt in neo4j_constraints(self.schema):
                    session.execute_write(_run_statements, [(stmt, {})])
                session.execute_write(_run_statements, [], self._fence())  # still ours? (and renewed)
                stored = read_stored(session, self.schema)
                check_raw_layer(self.uri, stored)
                plan = plan_writes(self.schema, stored, nodes, rels, self.batch)
                if progress is not None:
                    progress.total(sum(tx.size for tx in plan))
                for tx in plan:
                    counts = session.execute_write(_run_statements, tx.statements, self._fence())
                    self._account(tx, counts)
                    if progress is not None:
                        progress.advance(tx.size)
        except LockLost as exc:
            raise StoreError(
                f"{self.uri}: kg's write lock was taken over by another kg process while this one was "
                "working (it stopped renewing it for too long); nothing more was written — run the build again"
            ) from exc
        except neo4j.exceptions.ConstraintError as exc:
            raise StoreError(
                f"Neo4j refused the write at {self.uri}: {_one_line(exc.message or exc)} (a uniqueness "
                "constraint that is not kg's, e.g. one an older kg created on `id` alone: SHOW CONSTRAINTS)"
            ) from exc
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(f"Neo4j refused the write at {self.uri}: {_one_line(exc.message or exc)}") from exc
        except neo4j.exceptions.DriverError as exc:
            raise StoreError(
                f"lost Neo4j at {self.uri} while writing: {_one_line(exc)} — the graph is as the last "
                "committed transaction left it; run the build again to complete it"
            ) from exc
        if self.report.handed_over:
            log.warning(
                "%d stale kg node(s) kept: your own relationships point to them; kg removed their "
                "kg_owner marker and no longer manages them", self.report.handed_over,
            )

    def _fence(self) -> Statement:
        """The first statement of every write transaction: it fails the transaction unless this
        process still holds the write lock, and renews the lease."""
        if self.holder is None:
            raise StoreError(f"{self.uri} is not open for writing")
        return (LOCK_FENCE, {"owner": OWNER, "holder": self.holder, "lease": LOCK_LEASE_MS})

    def _account(self, tx: "Tx", deleted: int) -> None:
        r = self.report
        r.transactions += 1
        for kind, name, n in tx.counts:
            bucket = {"node": r.nodes, "rel": r.rels, "del_node": r.deleted_nodes, "del_rel": r.deleted_rels}[kind]
            bucket[name] = bucket.get(name, 0) + n
        requested = sum(n for kind, _, n in tx.counts if kind == "del_node")
        r.handed_over += max(requested - deleted, 0)


# -- reading what kg holds ---------------------------------------------------------------------
@dataclass
class Stored:
    """What kg holds in the database: per label, key -> compared properties; per type,
    (from, to, seq) -> properties."""

    nodes: dict[str, dict[Any, dict[str, Any]]]
    rels: dict[str, dict[tuple[Any, Any, Any], dict[str, Any]]]


def read_stored(session: Any, schema: Schema) -> Stored:
    nodes = {}
    for label, spec in schema.nodes.items():
        rows = session.execute_read(_read_rows, node_read_query(spec), {"owner": OWNER})
        nodes[label] = {r["key"]: dict(r["props"] or {}) for r in rows}
    rels = {}
    for typ, rspec in schema.rels.items():
        rows = session.execute_read(_read_rows, rel_read_query(schema, rspec), {"owner": OWNER})
        rels[typ] = {(r["src"], r["dst"], r["seq"]): dict(r["props"] or {}) for r in rows}
    return Stored(nodes, rels)


def check_raw_layer(uri: str, stored: Stored) -> None:
    """Refuse to build over a kg graph that lacks the raw facts a build re-resolves from
    (e.g. one loaded from the CSV export): the new graph would silently replace it."""
    persons, facts = len(stored.nodes.get("Person", {})), len(stored.nodes.get("Fact", {}))
    if persons and not facts:
        raise StoreError(
            f"{uri} holds a kg graph ({persons} persons) without kg's raw facts (no Fact nodes; "
            "loaded from a CSV export?): a build would replace it by the graph of the new documents "
            "alone. Build into an empty database, or first remove kg's nodes: "
            f"MATCH (n) WHERE n.{OWNER_KEY} = '{OWNER}' DETACH DELETE n"
        )


# -- planning: what to write, in which transactions ----------------------------------------------
@dataclass
class Tx:
    """One managed write transaction: its statements and what they do, for the report."""

    statements: list[Statement] = field(default_factory=list)
    counts: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, label/type, rows)
    size: int = 0

    def add(self, kind: str, name: str, query: str, key: str, rows: list[Any]) -> None:
        self.statements.append((query, {key: rows, "owner": OWNER}))
        self.counts.append((kind, name, len(rows)))
        self.size += len(rows)

    def delete_nodes(self, spec: NodeSpec, keys: list[Any]) -> None:
        """Delete stale kg nodes; those the user's own relationships still use are handed over."""
        self.add("del_node", spec.label, node_delete_query(spec), "keys", keys)
        self.statements.append((node_handover_query(spec), {"keys": keys, "owner": OWNER}))


def plan_writes(schema: Schema, stored: Stored, nodes: dict[str, list[dict]], rels: dict[str, list[dict]],
                batch: int = BATCH) -> list[Tx]:
    """The transactions that turn ``stored`` into the new graph, in a kill-safe order."""
    new_nodes = {label: {r[spec.key]: node_row(spec, r) for r in nodes.get(label, [])} for label, spec in schema.nodes.items()}
    stale_nodes = {label: sorted((k for k in stored.nodes[label] if k not in new_nodes[label]), key=str) for label in schema.nodes}
    plan, removed_facts = _plan_raw(schema, stored, new_nodes, batch)
    for label, spec in schema.nodes.items():  # resolved nodes: new or changed
        if label in RAW_LABELS:
            continue
        rows = [row for key, row in sorted(new_nodes[label].items(), key=lambda kv: str(kv[0]))
                if _changed(row["props"], stored.nodes[label].get(key))]
        plan += _chunks("node", label, node_merge_query(spec), "rows", rows, batch)
    stale_rels = {}
    for typ, rspec in schema.rels.items():  # resolved relationships: new or changed
        new = rel_rows(rspec, rels.get(typ, []))
        old = stored.rels[typ]
        rows = [r for r in new if _changed(r["props"], old.get((r["src"], r["dst"], r["seq"])))]
        plan += _chunks("rel", typ, rel_merge_query(schema, rspec), "rows", rows, batch)
        keys = {(r["src"], r["dst"], r["seq"]) for r in new}
        stale_rels[typ] = [{"src": s, "dst": d, "seq": q} for (s, d, q) in sorted((k for k in old if k not in keys), key=str)]
    # last: what the new graph no longer has (relationships first, then the nodes they held)
    for typ, rspec in schema.rels.items():
        plan += _chunks("del_rel", typ, rel_delete_query(schema, rspec), "rows", stale_rels[typ], batch)
    for label, spec in schema.nodes.items():
        gone = removed_facts if label == "Fact" else stale_nodes[label]
        plan += _node_deletes(spec, gone, batch)
    return plan


def _plan_raw(schema: Schema, stored: Stored, new: dict[str, dict], batch: int) -> tuple[list[Tx], list[Any]]:
    """One unit per document: its new Span nodes (the evidence texts its facts name), its new
    Fact nodes, its Document node (if new or changed) and the removal of its outdated facts, in
    one transaction (small documents share one). Facts of documents that are gone are returned,
    to be removed at the end (stale spans go with the other stale nodes, last)."""
    doc_spec, fact_spec = schema.nodes["Document"], schema.nodes["Fact"]
    old_docs, old_facts = stored.nodes["Document"], stored.nodes["Fact"]
    alias: dict[Any, Any] = {}  # a fact's `doc` (a path or an id) -> Document id
    for key, props in [*old_docs.items(), *((k, r["props"]) for k, r in new["Document"].items())]:
        alias[key] = key
        if props.get("path") is not None:
            alias[props["path"]] = key
    units: dict[Any, tuple[list, list, list, list]] = {}

    def unit(doc: Any) -> tuple[list, list, list, list]:
        return units.setdefault(alias.get(doc, doc), ([], [], [], []))

    old_spans = stored.nodes.get(SPAN, {})
    for key, row in new.get(SPAN, {}).items():
        if _changed(row["props"], old_spans.get(key)):
            unit(row["props"].get("doc"))[3].append(row)
    for key, row in new["Fact"].items():
        if key not in old_facts:
            unit(row["props"].get("doc"))[0].append(row)
    for key, row in new["Document"].items():
        if _changed(row["props"], old_docs.get(key)):
            unit(key)[1].append(row)
    removed: list[Any] = []
    for key, props in old_facts.items():
        if key in new["Fact"]:
            continue
        if alias.get(props.get("doc"), props.get("doc")) in new["Document"]:
            unit(props.get("doc"))[2].append(key)
        else:
            removed.append(key)  # its document is gone: removed last, with the document
    plan: list[Tx] = []
    tx = Tx()
    for _, (facts, doc, stale, spans) in sorted(units.items(), key=lambda kv: str(kv[0])):
        size = len(facts) + len(doc) + len(stale) + len(spans)
        if tx.size and tx.size + size > batch:
            plan.append(tx)
            tx = Tx()
        for i in range(0, len(spans), batch):  # first: the facts after them name them
            tx.add("node", SPAN, node_merge_query(schema.node(SPAN)), "rows", spans[i : i + batch])
        for i in range(0, len(facts), batch):  # a big document: several statements, one transaction
            tx.add("node", "Fact", node_merge_query(fact_spec), "rows", facts[i : i + batch])
        if doc:
            tx.add("node", "Document", node_merge_query(doc_spec), "rows", doc)
        for i in range(0, len(stale), batch):
            tx.delete_nodes(fact_spec, stale[i : i + batch])
    if tx.size:
        plan.append(tx)
    return plan, sorted(removed, key=str)


def _chunks(kind: str, name: str, query: str, key: str, rows: list, batch: int) -> list[Tx]:
    out = []
    for i in range(0, len(rows), batch):
        out.append(Tx())
        out[-1].add(kind, name, query, key, rows[i : i + batch])
    return out


def _node_deletes(spec: NodeSpec, keys: list, batch: int) -> list[Tx]:
    out = []
    for i in range(0, len(keys), batch):
        out.append(Tx())
        out[-1].delete_nodes(spec, keys[i : i + batch])
    return out


def node_row(spec: NodeSpec, row: dict) -> dict:
    """``{key, props}`` with EVERY schema property: a None removes a property kg set before."""
    return {"key": row[spec.key], "props": {k: _value(row.get(k)) for k in spec.properties if k != spec.key}}


def rel_rows(spec: RelSpec, rows: list[dict]) -> list[dict]:
    """``{src, dst, seq, props}``; seq numbers the relationships between the same two nodes in
    an order that does not depend on the input order (by their properties)."""
    keys = list(spec.properties)
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["from"], r["to"]), []).append({k: _value(r.get(k)) for k in keys})
    out = []
    for (src, dst), props in groups.items():
        if len(props) > 1:
            props.sort(key=lambda p: json.dumps(p, sort_keys=True, ensure_ascii=False, default=str))
        out += [{"src": src, "dst": dst, "seq": seq, "props": p} for seq, p in enumerate(props)]
    return out


def _value(v: Any) -> Any:
    return list(v) if isinstance(v, (tuple, set, frozenset)) else v


def _changed(props: dict[str, Any], stored: dict[str, Any] | None) -> bool:
    """Whether a row differs from what kg holds (only the properties the read query returns:
    all of them, except for Fact whose id already hashes its content)."""
    if stored is None:
        return True
    if stored.keys() == props.keys():
        return stored != props
    return any(_value(v) != props.get(k) for k, v in stored.items())


# -- the Cypher texts (every one passes tools/cypher-lint: tests/test_cypher_lint.py) -------------
def _owned(var: str, label: str, key: str, value: str) -> str:
    return f"({var}:{quote(label)} {{{quote(key)}: {value}, {quote(OWNER_KEY)}: $owner}})"


def _compared_props(spec: NodeSpec) -> list[str]:
    if spec.label == "Fact":
        return ["doc"]  # the id is a hash of the fact's JSON: the rest cannot differ
    if spec.label == SPAN:
        return ["doc", "page"]  # the id is a hash of doc, offsets and text
    return [p for p in spec.properties if p != spec.key]


def node_read_query(spec: NodeSpec) -> str:
    props = ", ".join(f".{quote(p)}" for p in _compared_props(spec))
    return (
        f"MATCH (n:{quote(spec.label)}) WHERE n.{quote(OWNER_KEY)} = $owner "
        f"RETURN n.{quote(spec.key)} AS key, n {{{props}}} AS props"
    )


def node_merge_query(spec: NodeSpec) -> str:
    """MERGE on (key, kg_owner) — backed by the uniqueness constraint — then set the properties."""
    return f"UNWIND $rows AS r MERGE {_owned('n', spec.label, spec.key, 'r.key')} SET n += r.props"


def node_delete_query(spec: NodeSpec) -> str:
    """Delete stale kg nodes by key; a node the user's own relationships still use is kept."""
    return f"UNWIND $keys AS k MATCH {_owned('n', spec.label, spec.key, 'k')} WHERE NOT EXISTS {{ (n)--() }} DELETE n"


def node_handover_query(spec: NodeSpec) -> str:
    """After the delete: the stale nodes still there are the user's to keep (marker removed)."""
    return f"UNWIND $keys AS k MATCH {_owned('n', spec.label, spec.key, 'k')} REMOVE n.{quote(OWNER_KEY)}"


def rel_read_query(schema: Schema, spec: RelSpec) -> str:
    a, b = schema.nodes[spec.from_label], schema.nodes[spec.to_label]
    props = "{" + ", ".join(f".{quote(p)}" for p in spec.properties) + "}"
    return (
        f"MATCH (a:{quote(a.label)})-[x:{quote(spec.type)}]->(b:{quote(b.label)}) WHERE x.{quote(OWNER_KEY)} = $owner "
        f"RETURN a.{quote(a.key)} AS src, b.{quote(b.key)} AS dst, x.{quote(SEQ_KEY)} AS seq, "
        + (f"x {props} AS props" if spec.properties else "{} AS props")
    )


def _rel_pattern(schema: Schema, spec: RelSpec) -> tuple[str, str, str]:
    a, b = schema.nodes[spec.from_label], schema.nodes[spec.to_label]
    x = f"[x:{quote(spec.type)} {{{quote(OWNER_KEY)}: $owner, {quote(SEQ_KEY)}: r.seq}}]"
    return _owned("a", a.label, a.key, "r.src"), x, _owned("b", b.label, b.key, "r.dst")


def rel_merge_query(schema: Schema, spec: RelSpec) -> str:
    a, x, b = _rel_pattern(schema, spec)
    return f"UNWIND $rows AS r MATCH {a} MATCH {b} MERGE (a)-{x}->(b) SET x += r.props"


def rel_delete_query(schema: Schema, spec: RelSpec) -> str:
    a, x, b = _rel_pattern(schema, spec)
    return f"UNWIND $rows AS r MATCH {a}-{x}->{b} DELETE x"


# the writer lock: one :KgLock node (kg's own label), unique on kg_owner; times are server
# milliseconds (timestamp()). Each statement first SETs a property, which takes the node's write
# lock, and only then reads the holder: two processes cannot both see the lock free.
LOCK_CONSTRAINT = "CREATE CONSTRAINT kg_lock_owner IF NOT EXISTS FOR (l:`KgLock`) REQUIRE l.`kg_owner` IS UNIQUE"
LOCK_ACQUIRE = (
    "MERGE (l:`KgLock` {`kg_owner`: $owner}) SET l.`checked` = timestamp() "
    "WITH l, l.`holder` AS was, l.`until` AS until "
    "WITH l, was, until, (was IS NULL OR was = $holder OR was = $expected OR until < timestamp()) AS mine "
    "SET l.`holder` = CASE WHEN mine THEN $holder ELSE was END, "
    "l.`until` = CASE WHEN mine THEN timestamp() + $lease ELSE until END "
    "RETURN mine, was AS holder, until - timestamp() AS left"
)
LOCK_FENCE = (
    "MATCH (l:`KgLock` {`kg_owner`: $owner}) SET l.`checked` = timestamp() "
    "WITH l WHERE l.`holder` = $holder SET l.`until` = timestamp() + $lease RETURN count(l) AS held"
)
LOCK_RELEASE = "MATCH (l:`KgLock` {`kg_owner`: $owner}) WHERE l.`holder` = $holder DELETE l"

FACTS_QUERY = f"MATCH (f:`Fact`) WHERE f.{quote(OWNER_KEY)} = $owner RETURN f.`json` AS json ORDER BY f.`id`"
DOCS_QUERY = f"MATCH (d:`Document`) WHERE d.{quote(OWNER_KEY)} = $owner RETURN properties(d) AS d ORDER BY d.`id`"
ALL_SPANS_QUERY = (
    f"MATCH (s:`Span`) WHERE s.{quote(OWNER_KEY)} = $owner "
    "RETURN s.id AS id, s.doc AS doc, s.`start` AS `start`, s.`end` AS `end`, s.text AS text"
)


def store_statements(schema: Schema | None = None) -> list[str]:
    """Every Cypher text this store sends (the linter checks them all)."""
    schema = schema or load_schema()
    out = list(neo4j_constraints(schema)) + [FACTS_QUERY, DOCS_QUERY, ALL_SPANS_QUERY, SPANS_QUERY, LOCK_CONSTRAINT, LOCK_ACQUIRE, LOCK_FENCE, LOCK_RELEASE]
    for spec in schema.nodes.values():
        out += [node_read_query(spec), node_merge_query(spec), node_delete_query(spec), node_handover_query(spec)]
    for rspec in schema.rels.values():
        out += [rel_read_query(schema, rspec), rel_merge_query(schema, rspec), rel_delete_query(schema, rspec)]
    return out


# -- transaction functions (run by execute_read / execute_write, retried whole) -----------------
def _read_rows(tx: Any, query: str, params: dict[str, Any]) -> list[dict]:
    return [_plain(r.data()) for r in tx.run(query, params)]


class LockLost(Exception):
    """Raised inside a write transaction (rolling it back) when the write lock is no longer ours."""


def _run_statements(tx: Any, statements: list[Statement], fence: Statement | None = None) -> int:
    """Run the statements of one transaction, after the lock ``fence`` if given; returns how
    many nodes they deleted."""
    if fence is not None:
        record = tx.run(*fence).single()
        if not record or not record["held"]:
            raise LockLost()
    deleted = 0
    for query, params in statements:
        summary = tx.run(query, params).consume()
        counters = getattr(summary, "counters", None)
        deleted += getattr(counters, "nodes_deleted", 0) or 0
    return deleted


def _lock_tx(tx: Any, params: dict[str, Any]) -> dict[str, Any]:
    record = tx.run(LOCK_ACQUIRE, params).single()
    return {"mine": bool(record["mine"]), "holder": record["holder"], "left": record["left"]}


def _dead_here(holder: str | None) -> bool:
    """Whether a lock holder ``host:pid:token`` is a process of this machine that is gone."""
    host, _, rest = (holder or "").partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def _plain(value: Any) -> Any:
    """Driver values as plain Python (nodes and relationships as property dicts)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _one_line(exc: BaseException | str) -> str:
    text = str(exc).strip()
    return " ".join(text.split()) if text else type(exc).__name__
