"""A recording fake of the `neo4j` driver that also keeps a tiny in-memory property graph.

It understands exactly the Cypher texts kg/store/neo4j.py sends (matched by text against the
store's own statement builders, so an unknown text fails the test) and applies each one with
the semantics that text states: MERGE on (key, kg_owner), deletes scoped by kg_owner, … The
texts themselves are checked elsewhere (tests/test_cypher_lint.py lints them with Neo4j's parser,
tests/test_store_neo4j_safety.py inspects them); a real server runs them in
tests/test_neo4j_integration.py.

Every call is logged as ``(how, query, params)`` with how = "write" (inside execute_write),
"read" (inside execute_read) or "auto" (session.run). ``kill_at = n`` makes the n-th
execute_write (0-based) raise :class:`Killed` before it runs, as if the process died there;
``apply_twice`` re-runs committed transactions, as a driver retry after a lost commit
acknowledgement would; ``steal_at = n`` hands the write lock to another process just before the
n-th execute_write.
"""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace
from typing import Any, Callable

from kg.schema import load_schema, neo4j_constraints
from kg.store import neo4j as n4


class Killed(BaseException):
    """The process died here (not an Exception: nothing may catch it)."""


class FakeRecord:
    def __init__(self, data: dict):
        self._data = data

    def data(self) -> dict:
        return self._data

    def __getitem__(self, key: str):
        return self._data[key]


class FakeResult:
    def __init__(self, rows: list[dict] | None = None, deleted: int = 0):
        self.rows, self.deleted = rows or [], deleted

    def consume(self):
        return SimpleNamespace(counters=SimpleNamespace(nodes_deleted=self.deleted))

    def single(self):
        return FakeRecord(self.rows[0]) if self.rows else None

    def __iter__(self):
        return iter(FakeRecord(r) for r in self.rows)


class FakeGraph:
    """Nodes and relationships by internal id; ``props`` include kg_owner / kg_seq when set."""

    def __init__(self):
        self.nodes: dict[int, dict] = {}  # id -> {"label", "props"}
        self.rels: dict[int, dict] = {}  # id -> {"type", "a", "b", "props"}
        self.next_id = 0
        self.now = 1_000_000  # the server clock, milliseconds (timestamp())
        self.handlers: dict[str, Callable[[dict], FakeResult]] = {}
        self._register()

    # -- building the user's own data in tests --------------------------------------------------
    def add_node(self, label: str, **props: Any) -> int:
        self.next_id += 1
        self.nodes[self.next_id] = {"label": label, "props": dict(props)}
        return self.next_id

    def add_rel(self, typ: str, a: int, b: int, **props: Any) -> int:
        self.next_id += 1
        self.rels[self.next_id] = {"type": typ, "a": a, "b": b, "props": dict(props)}
        return self.next_id

    def find(self, label: str, key: str, value: Any, owner: Any) -> list[int]:
        return [i for i, n in self.nodes.items()
                if n["label"] == label and n["props"].get(key) == value and n["props"].get(n4.OWNER_KEY) == owner]

    def kg_dump(self) -> list[str]:
        """kg's part of the graph, canonical (sorted, duplicates kept): to compare two states."""
        def node_ref(i: int) -> str:
            n = self.nodes[i]
            return f"{n['label']}:{n['props'].get('id')}"

        out = [json.dumps(["node", n["label"], n["props"]], sort_keys=True, ensure_ascii=False)
               for n in self.nodes.values() if n["props"].get(n4.OWNER_KEY) == n4.OWNER and n["label"] != "KgLock"]
        out += [json.dumps(["rel", r["type"], node_ref(r["a"]), node_ref(r["b"]), r["props"]], sort_keys=True, ensure_ascii=False)
                for r in self.rels.values() if r["props"].get(n4.OWNER_KEY) == n4.OWNER]
        return sorted(out)

    # -- the statements -------------------------------------------------------------------------
    def _register(self) -> None:
        schema = load_schema()
        for stmt in neo4j_constraints(schema):
            self.handlers[stmt] = lambda p: FakeResult()
        self.handlers[n4.LOCK_CONSTRAINT] = lambda p: FakeResult()
        self.handlers[n4.LOCK_ACQUIRE] = self._lock_acquire
        self.handlers[n4.LOCK_FENCE] = self._lock_fence
        self.handlers[n4.LOCK_RELEASE] = self._lock_release
        self.handlers[n4.FACTS_QUERY] = self._load_facts
        self.handlers[n4.DOCS_QUERY] = self._load_docs
        self.handlers[n4.ALL_SPANS_QUERY] = self._load_spans
        self.handlers[n4.SPANS_QUERY] = self._spans_by_id
        for spec in schema.nodes.values():
            self.handlers[n4.node_read_query(spec)] = lambda p, s=spec: self._read_nodes(s, p)
            self.handlers[n4.node_merge_query(spec)] = lambda p, s=spec: self._merge_nodes(s, p)
            self.handlers[n4.node_delete_query(spec)] = lambda p, s=spec: self._delete_nodes(s, p)
            self.handlers[n4.node_handover_query(spec)] = lambda p, s=spec: self._handover(s, p)
        for rspec in schema.rels.values():
            self.handlers[n4.rel_read_query(schema, rspec)] = lambda p, s=rspec: self._read_rels(schema, s, p)
            self.handlers[n4.rel_merge_query(schema, rspec)] = lambda p, s=rspec: self._merge_rels(schema, s, p)
            self.handlers[n4.rel_delete_query(schema, rspec)] = lambda p, s=rspec: self._delete_rels(schema, s, p)

    def execute(self, query: str, params: dict) -> FakeResult:
        assert query in self.handlers, f"the store sent a statement the fake does not know:\n{query}"
        return self.handlers[query](params)

    def lock(self) -> dict | None:
        found = [n["props"] for n in self.nodes.values() if n["label"] == "KgLock"]
        assert len(found) <= 1, "two lock nodes: the constraint would have refused it"
        return found[0] if found else None

    def _lock_acquire(self, p: dict) -> FakeResult:
        lock = self.lock()
        if lock is None:
            self.add_node("KgLock", kg_owner=p["owner"])
            lock = self.lock()
        lock["checked"] = self.now
        was, until = lock.get("holder"), lock.get("until")
        mine = was is None or was == p["holder"] or was == p["expected"] or until < self.now
        if mine:
            lock["holder"], lock["until"] = p["holder"], self.now + p["lease"]
        return FakeResult([{"mine": mine, "holder": was, "left": None if until is None else until - self.now}])

    def _lock_fence(self, p: dict) -> FakeResult:
        lock = self.lock()
        held = bool(lock and lock.get("kg_owner") == p["owner"] and lock.get("holder") == p["holder"])
        if held:
            lock["until"] = self.now + p["lease"]
        return FakeResult([{"held": int(held)}])

    def _lock_release(self, p: dict) -> FakeResult:
        for i, n in list(self.nodes.items()):
            if n["label"] == "KgLock" and n["props"].get("kg_owner") == p["owner"] and n["props"].get("holder") == p["holder"]:
                del self.nodes[i]
        return FakeResult()

    def _load_facts(self, p: dict) -> FakeResult:
        rows = sorted((n["props"]["id"], n["props"]["json"]) for n in self.nodes.values()
                      if n["label"] == "Fact" and n["props"].get(n4.OWNER_KEY) == p["owner"])
        return FakeResult([{"json": j} for _, j in rows])

    def _span_row(self, props: dict) -> dict:
        return {k: props.get(k) for k in ("id", "doc", "start", "end", "text")}

    def _load_spans(self, p: dict) -> FakeResult:
        return FakeResult([self._span_row(n["props"]) for n in self.nodes.values()
                           if n["label"] == "Span" and n["props"].get(n4.OWNER_KEY) == p["owner"]])

    def _spans_by_id(self, p: dict) -> FakeResult:
        spans = {n["props"].get("id"): n["props"] for n in self.nodes.values() if n["label"] == "Span"}
        return FakeResult([self._span_row(spans[i]) for i in p["ids"] if i in spans])

    def _load_docs(self, p: dict) -> FakeResult:
        rows = [dict(n["props"]) for n in self.nodes.values() if n["label"] == "Document" and n["props"].get(n4.OWNER_KEY) == p["owner"]]
        return FakeResult([{"d": d} for d in sorted(rows, key=lambda d: d["id"])])

    def _read_nodes(self, spec, p: dict) -> FakeResult:
        keys = n4._compared_props(spec)
        return FakeResult([
            {"key": n["props"].get(spec.key), "props": {k: n["props"].get(k) for k in keys}}
            for n in self.nodes.values() if n["label"] == spec.label and n["props"].get(n4.OWNER_KEY) == p["owner"]
        ])

    def _merge_nodes(self, spec, p: dict) -> FakeResult:
        for r in p["rows"]:
            found = self.find(spec.label, spec.key, r["key"], p["owner"])
            assert len(found) <= 1, f"duplicate {spec.label} {r['key']!r}: the constraint would have refused it"
            i = found[0] if found else self.add_node(spec.label, **{spec.key: r["key"], n4.OWNER_KEY: p["owner"]})
            _set_props(self.nodes[i]["props"], r["props"])
        return FakeResult()

    def _linked(self, i: int) -> bool:
        return any(r["a"] == i or r["b"] == i for r in self.rels.values())

    def _delete_nodes(self, spec, p: dict) -> FakeResult:
        deleted = 0
        for k in p["keys"]:
            for i in self.find(spec.label, spec.key, k, p["owner"]):
                if self._linked(i):  # WHERE NOT EXISTS { (n)--() }
                    continue
                del self.nodes[i]
                deleted += 1
        return FakeResult(deleted=deleted)

    def _handover(self, spec, p: dict) -> FakeResult:
        for k in p["keys"]:
            for i in self.find(spec.label, spec.key, k, p["owner"]):
                del self.nodes[i]["props"][n4.OWNER_KEY]
        return FakeResult()

    def _rel_matches(self, schema, spec, p: dict, r: dict) -> tuple[list[int], list[int], list[int]]:
        a_spec, b_spec = schema.nodes[spec.from_label], schema.nodes[spec.to_label]
        a = self.find(a_spec.label, a_spec.key, r["src"], p["owner"])
        b = self.find(b_spec.label, b_spec.key, r["dst"], p["owner"])
        xs = [i for i, x in self.rels.items() if x["type"] == spec.type and x["a"] in a and x["b"] in b
              and x["props"].get(n4.OWNER_KEY) == p["owner"] and x["props"].get(n4.SEQ_KEY) == r["seq"]]
        return a, b, xs

    def _read_rels(self, schema, spec, p: dict) -> FakeResult:
        a_spec, b_spec = schema.nodes[spec.from_label], schema.nodes[spec.to_label]
        rows = []
        for x in self.rels.values():
            a, b = self.nodes[x["a"]], self.nodes[x["b"]]
            if x["type"] == spec.type and x["props"].get(n4.OWNER_KEY) == p["owner"] \
                    and a["label"] == spec.from_label and b["label"] == spec.to_label:
                rows.append({"src": a["props"].get(a_spec.key), "dst": b["props"].get(b_spec.key),
                             "seq": x["props"].get(n4.SEQ_KEY), "props": {k: x["props"].get(k) for k in spec.properties}})
        return FakeResult(rows)

    def _merge_rels(self, schema, spec, p: dict) -> FakeResult:
        for r in p["rows"]:
            a, b, xs = self._rel_matches(schema, spec, p, r)
            for ai in a:
                for bi in b:
                    mine = [i for i in xs if self.rels[i]["a"] == ai and self.rels[i]["b"] == bi]
                    i = mine[0] if mine else self.add_rel(spec.type, ai, bi, **{n4.OWNER_KEY: p["owner"], n4.SEQ_KEY: r["seq"]})
                    _set_props(self.rels[i]["props"], r["props"])
        return FakeResult()

    def _delete_rels(self, schema, spec, p: dict) -> FakeResult:
        for r in p["rows"]:
            for i in self._rel_matches(schema, spec, p, r)[2]:
                del self.rels[i]
        return FakeResult()


def _set_props(target: dict, props: dict) -> None:
    """``SET x += props``: a null removes the property."""
    for k, v in props.items():
        if v is None:
            target.pop(k, None)
        else:
            target[k] = copy.deepcopy(v)


class FakeTx:
    def __init__(self, driver: "FakeDriver", how: str):
        self.driver, self.how = driver, how

    def run(self, query, params=None, **kw):
        params = params if params is not None else kw
        self.driver.log.append((self.how, query, params))
        self.driver.tx_of.append(self.driver.writes - 1 if self.how == "write" else None)
        return self.driver.graph.execute(query, params)


class FakeSession:
    def __init__(self, driver: "FakeDriver", **kw):
        self.driver, self.kw = driver, kw

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, query, params=None, **kw):
        return FakeTx(self.driver, "auto").run(query, params, **kw)

    def execute_read(self, fn, *args, **kw):
        return fn(FakeTx(self.driver, "read"), *args, **kw)

    def execute_write(self, fn, *args, **kw):
        d = self.driver
        n = d.writes
        d.writes += 1
        if d.kill_at is not None and n >= d.kill_at:
            raise Killed(f"killed before write transaction {n}")
        if d.steal_at is not None and n == d.steal_at:  # another process takes the lock over
            d.graph.lock()["holder"] = "elsewhere:1:thief"
        saved = copy.deepcopy((d.graph.nodes, d.graph.rels, d.graph.next_id))
        try:
            out = fn(FakeTx(d, "write"), *args, **kw)
        except Exception:
            d.graph.nodes, d.graph.rels, d.graph.next_id = saved  # rolled back
            raise
        if d.apply_twice:  # committed, the acknowledgement lost, the driver runs it again
            out = fn(FakeTx(d, "write"), *args, **kw)
        return out


class FakeDriver:
    def __init__(self, graph: FakeGraph | None = None):
        self.graph = graph or FakeGraph()
        self.log: list[tuple[str, str, dict]] = []
        self.tx_of: list[int | None] = []  # for each log entry: the number of its write transaction
        self.writes = 0
        self.kill_at: int | None = None
        self.steal_at: int | None = None
        self.apply_twice = False
        self.auth = None
        self.closed = False

    def verify_connectivity(self):
        return None

    def session(self, **kw):
        return FakeSession(self, **kw)

    def close(self):
        self.closed = True

    def queries(self, how: str | None = None) -> list[str]:
        return [q for h, q, _ in self.log if how is None or h == how]

    def clear(self) -> None:
        self.log.clear()
        self.tx_of.clear()

    def data_writes(self) -> list[str]:
        """The write statements other than schema commands and the lock's."""
        lock = {n4.LOCK_CONSTRAINT, n4.LOCK_ACQUIRE, n4.LOCK_FENCE, n4.LOCK_RELEASE}
        return [q for q in self.queries("write") if q not in lock and not q.startswith("CREATE ")]


def install(monkeypatch, driver: FakeDriver) -> FakeDriver:
    """Make ``neo4j.GraphDatabase.driver`` return ``driver`` (recording the auth it was given)."""
    import neo4j

    def make(uri, auth=None, **kw):
        driver.auth = auth
        return driver

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", make)
    return driver
