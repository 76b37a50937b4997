"""The Neo4j write path is safe in a shared database (issue 8), checked against a recording fake
driver (tests/fake_neo4j.py) so that it runs everywhere: kg deletes only what carries its
kg_owner marker, every write runs in a managed write transaction, user values travel only as
parameters, unchanged documents are not written again, a build killed between any two
transactions leaves a usable graph that the next build completes, and the password comes from
the environment or ./.env, never from the code."""

from __future__ import annotations

import copy
import json
import logging
import re

import pytest

from conftest import DOC, SAMPLE_DOCS, kg, make_sample_facts, make_sample_graph
from fake_neo4j import FakeDriver, FakeGraph, Killed, install
from kg.errors import StoreError
from kg.model import Evidence, Fact
from kg.store import open_store
from kg.store import neo4j as n4

URI = "bolt://fake:7687"
HOSTILE = "'}) DETACH DELETE n //"
DOC_B, DOC_C = "samples/b.txt", "samples/c.txt"


OPENED: list = []


@pytest.fixture(autouse=True)
def _env(monkeypatch, tmp_path):
    """A password in the environment and a working directory without a .env; every store the
    test opened is closed after it (stopping its lock renewal)."""
    for key in n4.ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("NEO4J_PASSWORD", "test-password")
    monkeypatch.chdir(tmp_path)
    real_init = n4.Neo4jStore.__init__

    def init(self, *args, **kw):
        real_init(self, *args, **kw)
        OPENED.append(self)

    monkeypatch.setattr(n4.Neo4jStore, "__init__", init)
    yield
    while OPENED:
        store = OPENED.pop()
        store.driver.kill_at = store.driver.steal_at = None
        store.close()


def _fact(doc: str, person: str, date: str) -> Fact:
    ev = Evidence(doc, 10, 20, f"任命{person}为局长")
    return Fact("appoint", "decided", person, "局长", "重庆市巴南区退役军人事务局", "重庆市巴南区退役军人事务局", date, ev, [ev])


def _doc(id_: str, path: str, sha: str) -> dict:
    return {"id": id_, "path": path, "title": f"title of {path}", "date": "2025-06", "year": 2025,
            "jurisdiction": "重庆市巴南区", "sha256": sha}


def build_one():
    """Three documents: d:000 (the sample), d:b and d:c with one fact each."""
    graph = make_sample_graph()
    facts = make_sample_facts() + [_fact(DOC_B, "刘松", "2025-06-26"), _fact(DOC_C, "刘永全", "2021")]
    docs = list(SAMPLE_DOCS) + [_doc("d:b", DOC_B, "bbbb"), _doc("d:c", DOC_C, "cccc")]
    graph.rels["MENTIONED_IN"].append({"from": "p:liu", "to": "d:c"})
    return graph, facts, docs


def build_two():
    """d:000 unchanged, d:b edited (new sha, its fact changed), d:c gone; 刘永全 gone, 曾庆云's
    birth corrected, a second tenure of 赵吉春 in the same post."""
    graph, facts, docs = build_one()
    graph.nodes["Person"] = [p for p in graph.nodes["Person"] if p["id"] != "p:liu"]
    for p in graph.nodes["Person"]:
        if p["id"] == "p:zeng":
            p["birth"] = "1974-04"
    for typ in ("MEMBER_OF", "MENTIONED_IN"):
        graph.rels[typ] = [r for r in graph.rels[typ] if r["from"] != "p:liu"]
    graph.rels["HELD"].append({"from": "p:zhao", "to": "post:gov:副区长", "start": "2016", "end": "2018", "current": False, "events": []})
    facts = make_sample_facts() + [_fact(DOC_B, "刘松", "2025-06-27")]
    docs = list(SAMPLE_DOCS) + [_doc("d:b", DOC_B, "bbbb-edited")]
    return graph, facts, docs


def _store(driver: FakeDriver, monkeypatch, batch: int = n4.BATCH):
    install(monkeypatch, driver)
    store = open_store(uri=URI)
    store.batch = batch
    return store


def _written(driver: FakeDriver, label: str) -> list[dict]:
    query = n4.node_merge_query(n4.load_schema().nodes[label])
    return [r for how, q, p in driver.log if q == query for r in p["rows"]]


# -- ownership: kg deletes only what kg wrote ------------------------------------------------------
DELETED = re.compile(r"\b(?:DETACH\s+)?DELETE\s+(\w+)|\bREMOVE\s+(\w+)\.")


def _scoped(query: str, var: str) -> bool:
    owner = f"`{n4.OWNER_KEY}`: $owner"
    pattern = re.compile(r"[(\[]" + re.escape(var) + r":[^)\]]*\{[^}]*" + re.escape(owner))
    return bool(pattern.search(query))


def test_neo4j_store_every_delete_is_scoped_by_the_kg_marker(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    store.replace_all(*build_one())
    store.replace_all(*build_two())
    sent = set(driver.queries())
    assert sent <= set(n4.store_statements()), "a statement the linter test does not see"
    destructive = [q for q in n4.store_statements() if DELETED.search(q)]
    assert len(destructive) >= 2 * len(n4.load_schema().nodes)
    for query in destructive:
        for m in DELETED.finditer(query):
            assert _scoped(query, m.group(1) or m.group(2)), f"not scoped by the kg marker: {query}"
        assert "$owner" in query and "DETACH" not in query
    assert any("DELETE" in q for q in sent)  # build two did delete
    for how, q, p in driver.log:
        if "$owner" in q:
            assert p["owner"] == n4.OWNER


def test_neo4j_store_users_own_nodes_survive_build_and_removal(monkeypatch, caplog):
    fake = FakeGraph()
    # the user's own data, with kg's labels and even kg's ids
    mine = fake.add_node("Person", id="p:zhao", name="我的赵吉春")
    doc = fake.add_node("Document", id="d:000", path="mine.txt")
    note = fake.add_node("Note", text="about 刘永全")
    fake.add_rel("HELD", mine, doc, since="2020")
    driver = FakeDriver(fake)
    store = _store(driver, monkeypatch)
    store.replace_all(*build_one())
    kg_liu = fake.find("Person", "id", "p:liu", n4.OWNER)[0]
    fake.add_rel("ABOUT", note, kg_liu)  # the user links a note to a kg node
    user_before = {i: copy.deepcopy(fake.nodes[i]) for i in (mine, doc, note)}
    with caplog.at_level(logging.WARNING, logger="kg.store.neo4j"):
        store.replace_all(*build_two())  # 刘永全 is no longer in the graph
        store.replace_all(make_sample_graph().__class__(), [], [])  # every document removed
    assert {i: fake.nodes[i] for i in (mine, doc, note)} == user_before
    assert [r["props"] for r in fake.rels.values() if r["type"] == "HELD"] == [{"since": "2020"}]
    # the stale kg node the user linked to is kept, handed over (no kg marker), with its link
    assert fake.nodes[kg_liu]["props"] == {"id": "p:liu", "name": "刘永全"}
    assert any(r["type"] == "ABOUT" and r["b"] == kg_liu for r in fake.rels.values())
    assert "1 stale kg node(s) kept" in caplog.text
    assert fake.kg_dump() == []  # and nothing else of kg's is left
    assert store.load_facts() == ([], [])


def test_neo4j_store_refuses_a_kg_graph_without_raw_facts(monkeypatch):
    fake = FakeGraph()
    fake.add_node("Person", id="p:x", name="某某", kg_owner=n4.OWNER)  # e.g. imported from CSV
    driver = FakeDriver(fake)
    store = _store(driver, monkeypatch)
    with pytest.raises(StoreError, match="without kg's raw facts") as err:
        store.replace_all(*build_one())
    assert "\n" not in str(err.value)
    assert driver.data_writes() == []


# -- transactions and parameters -----------------------------------------------------------------------
def test_neo4j_store_writes_only_in_managed_write_transactions(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch, batch=3)
    store.replace_all(*build_one())
    assert driver.queries("auto") == []  # no auto-commit statement at all
    reads = {n4.node_read_query(s) for s in n4.load_schema().nodes.values()}
    reads |= {n4.rel_read_query(n4.load_schema(), r) for r in n4.load_schema().rels.values()}
    assert set(driver.queries("read")) == reads
    lock = [n4.LOCK_CONSTRAINT, n4.LOCK_ACQUIRE]
    assert driver.queries()[:2] == lock  # the write lock, taken when the store opens
    writes = [q for q in driver.queries("write") if q not in (*lock, n4.LOCK_FENCE)]
    assert writes[: len(n4.neo4j_constraints())] == n4.neo4j_constraints()  # constraints first
    for q in writes[len(n4.neo4j_constraints()):]:
        assert q.startswith("UNWIND $rows AS r") or q.startswith("UNWIND $keys AS k"), q
    batches = [len(p.get("rows") or p.get("keys")) for how, q, p in driver.log if how == "write" and "UNWIND" in q]
    assert max(batches) <= 3
    held = [r for how, q, p in driver.log if "`HELD`" in q and "MERGE" in q for r in p["rows"]]
    assert len(held) == 6 and {r["seq"] for r in held} == {0}
    zhao = next(r for r in held if r["src"] == "p:zhao")
    assert zhao["props"]["events"] == ["e:zhao"] and zhao["props"]["end"] is None  # a None removes
    facts, docs = store.load_facts()
    assert sorted(f.person for f in facts) == sorted(f.person for f in build_one()[1])
    assert [d["id"] for d in docs] == ["d:000", "d:b", "d:c"]


def test_neo4j_store_hostile_values_travel_only_as_parameters(monkeypatch):
    graph, facts, docs = build_one()
    graph.nodes["Person"].append({"id": HOSTILE, "name": HOSTILE, "native_place": "[/bold]<!--<script>"})
    graph.rels["MENTIONED_IN"].append({"from": HOSTILE, "to": "d:000"})
    docs[0] = {**docs[0], "title": HOSTILE}
    facts.append(_fact(DOC, HOSTILE, "2025-06-26"))
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    store.replace_all(graph, facts, docs)
    assert set(driver.queries()) <= set(n4.store_statements())  # fixed texts, whatever the data
    assert not any(HOSTILE in q or "DETACH" in q for q in driver.queries())
    assert any(HOSTILE in repr(p) for _, _, p in driver.log)
    (node,) = driver.graph.find("Person", "id", HOSTILE, n4.OWNER)
    assert driver.graph.nodes[node]["props"]["name"] == HOSTILE
    assert HOSTILE in [f.person for f in store.load_facts()[0]]


# -- incremental: only what changed is written --------------------------------------------------
def test_neo4j_store_unchanged_documents_are_not_rewritten(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    store.replace_all(*build_one())
    first = driver.graph.kg_dump()
    driver.clear()
    store.replace_all(*build_one())  # the same input again: nothing to write
    assert driver.data_writes() == []
    assert driver.graph.kg_dump() == first
    driver.clear()
    graph, facts, docs = build_two()
    store.replace_all(graph, facts, docs)
    # raw layer: only the edited document d:b (its new fact and its Document node)
    assert [r["props"]["doc"] for r in _written(driver, "Fact")] == [DOC_B]
    assert [r["key"] for r in _written(driver, "Document")] == ["d:b"]
    fact_delete = n4.node_delete_query(n4.load_schema().nodes["Fact"])
    assert [len(p["keys"]) for how, q, p in driver.log if q == fact_delete] == [1, 1]  # d:b's old fact, then d:c's
    # d:b's new fact, its Document node and the removal of its old fact: one transaction
    raw = {n4.node_merge_query(n4.load_schema().nodes[label]) for label in ("Fact", "Document")} | {fact_delete}
    unit = [driver.tx_of[i] for i, (how, q, p) in enumerate(driver.log) if q in raw]
    assert unit[0] == unit[1] == unit[2] != unit[3]  # d:c's facts go last, with the stale nodes
    assert store.report.deleted_nodes["Fact"] == 2
    # resolved layer: only what changed
    assert [r["key"] for r in _written(driver, "Person")] == ["p:zeng"]
    held = [r for how, q, p in driver.log if "`HELD`" in q and "MERGE" in q for r in p["rows"]]
    # the new tenure of 赵吉春 sorts first: both tenures between the same two nodes are (re)written
    assert sorted((r["src"], r["seq"]) for r in held) == [("p:zhao", 0), ("p:zhao", 1)]
    assert store.report.deleted_nodes.get("Person") == 1 and store.report.deleted_nodes.get("Document") == 1
    assert driver.graph.kg_dump() == _clean_dump(monkeypatch, build_two())


def _clean_dump(monkeypatch, build) -> list[str]:
    driver = FakeDriver()
    _store(driver, monkeypatch).replace_all(*build)
    return driver.graph.kg_dump()


def test_neo4j_store_relationship_order_does_not_matter(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    graph, facts, docs = build_two()
    store.replace_all(graph, facts, docs)
    before = driver.graph.kg_dump()
    held = [r for r in before if '"HELD"' in r]
    assert len(held) == 7 and sum("p:zhao" in r for r in held) == 2  # two tenures in one post stay two
    graph.rels["HELD"].reverse()
    graph.nodes["Person"].reverse()
    driver.clear()
    store.replace_all(graph, facts, docs)
    assert driver.data_writes() == []
    assert driver.graph.kg_dump() == before


# -- killed and retried ---------------------------------------------------------------------------
def test_neo4j_store_build_killed_anywhere_leaves_a_usable_graph(monkeypatch):
    one, two = build_one(), build_two()
    # how many write transactions build two takes
    probe = FakeDriver()
    store = _store(probe, monkeypatch, batch=2)
    store.replace_all(*one)
    start = probe.writes
    store.replace_all(*two)
    total = probe.writes - start
    clean = probe.graph.kg_dump()
    assert total > 10
    old_b = {f.date for f in one[1] if f.source.doc == DOC_B}
    new_b = {f.date for f in two[1] if f.source.doc == DOC_B}
    for kill in range(total):
        driver = FakeDriver()
        store = _store(driver, monkeypatch, batch=2)
        store.replace_all(*one)
        driver.kill_at = driver.writes + kill
        with pytest.raises(Killed):
            store.replace_all(*two)
        driver.kill_at = None
        # usable: the raw facts of every document are its old or its new ones, never lost or mixed
        facts = store.load_facts()[0]
        by_doc: dict[str, set] = {}
        for f in facts:
            by_doc.setdefault(f.source.doc, set()).add(f.date)
        assert by_doc.get(DOC_B) in (old_b, new_b), kill
        assert len([f for f in facts if f.source.doc == DOC]) == 2, kill
        # with their evidence text: a document's spans are written in its facts' transaction
        assert all(f.source.text and all(e.text for e in f.evidence) for f in facts), kill
        # and the next build completes it, with no duplicates
        store.replace_all(*two)
        assert driver.graph.kg_dump() == clean, kill


def test_neo4j_store_retried_transactions_are_idempotent(monkeypatch):
    driver = FakeDriver()
    driver.apply_twice = True  # every commit applied twice, as after a lost acknowledgement
    store = _store(driver, monkeypatch, batch=2)
    store.replace_all(*build_one())
    assert driver.graph.kg_dump() == _clean_dump(monkeypatch, build_one())
    store.replace_all(*build_two())
    assert driver.graph.kg_dump() == _clean_dump(monkeypatch, build_two())


# -- credentials ----------------------------------------------------------------------------------
def test_neo4j_store_missing_password_is_one_clear_error(monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD")
    install(monkeypatch, FakeDriver())
    with pytest.raises(StoreError) as err:
        open_store(uri=URI)
    msg = str(err.value)
    assert "NEO4J_PASSWORD" in msg and ".env" in msg and "\n" not in msg
    assert "kgpassword" not in open(n4.__file__, encoding="utf-8").read()


def test_neo4j_store_missing_password_on_the_command_line(monkeypatch, tmp_path):
    monkeypatch.delenv("NEO4J_PASSWORD")
    result = kg("query", "stats", "--neo4j", "bolt://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Error: NEO4J_PASSWORD is not set: export NEO4J_PASSWORD=… or put it in ./.env (see .env.example)"
    ], result.stderr


def test_neo4j_store_reads_dotenv(monkeypatch, tmp_path):
    monkeypatch.delenv("NEO4J_PASSWORD")
    (tmp_path / ".env").write_text(
        "# kg\nexport NEO4J_USER=alice\nNEO4J_PASSWORD=\"s3cret #1\"\nNEO4J_DATABASE=kgdb  # comment\n"
        "NOT_OURS=1\nbroken line\n", encoding="utf-8",
    )
    driver = install(monkeypatch, FakeDriver())
    with open_store(uri=URI) as store:
        assert driver.auth == ("alice", "s3cret #1") and store.database == "kgdb"
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")  # the environment wins
    open_store(uri=URI, read_only=True)
    assert driver.auth == ("alice", "from-env")
    assert n4.read_env_file(tmp_path / "absent.env") == {}


def test_neo4j_store_server_errors_are_one_line(monkeypatch):
    import neo4j

    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    merge = n4.node_merge_query(n4.load_schema().nodes["Person"])

    def refuse(params):
        raise neo4j.exceptions.ConstraintError("Node(7) already exists with label `Person` and property `id` = 'p:zhao'")

    driver.graph.handlers[merge] = refuse
    with pytest.raises(StoreError, match="SHOW CONSTRAINTS") as err:
        store.replace_all(*build_one())
    assert "\n" not in str(err.value)
    driver.graph.handlers[merge] = lambda params: (_ for _ in ()).throw(neo4j.exceptions.ServiceUnavailable("gone"))
    with pytest.raises(StoreError, match="run the build again") as err:
        store.replace_all(*build_one())
    assert "\n" not in str(err.value)


# -- one writer at a time -------------------------------------------------------------------------
def test_neo4j_store_second_writer_stops_at_once(monkeypatch):
    driver = FakeDriver()
    first = _store(driver, monkeypatch)
    with pytest.raises(StoreError, match="another kg process .* is writing this database") as err:
        open_store(uri=URI)
    assert "\n" not in str(err.value) and "expires within 16 min" in str(err.value)
    with open_store(uri=URI, read_only=True) as reader:  # readers take no lock
        assert reader.load_facts() == ([], [])
    first.replace_all(*build_one())
    first.close()
    assert driver.graph.lock() is None  # released
    with open_store(uri=URI) as second:
        second.replace_all(*build_two())
    assert driver.graph.kg_dump() == _clean_dump(monkeypatch, build_two())


def test_neo4j_store_lock_of_a_dead_writer_is_taken_over(monkeypatch):
    import socket
    import subprocess

    gone = subprocess.Popen(["true"])
    gone.wait()
    driver = FakeDriver()
    fake = driver.graph
    fake.add_node("KgLock", kg_owner=n4.OWNER, holder=f"{socket.gethostname()}:{gone.pid}:x", until=fake.now + 10**6)
    _store(driver, monkeypatch).close()  # a killed kg process on this machine: taken over at once
    fake.add_node("KgLock", kg_owner=n4.OWNER, holder="otherhost:1:x", until=fake.now + 10**6)
    with pytest.raises(StoreError, match="another kg process"):
        open_store(uri=URI)  # on another machine: wait for its lease
    fake.now += 10**6 + 1
    open_store(uri=URI).close()  # expired: taken over


def test_neo4j_store_lost_lock_stops_the_writes(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch, batch=2)
    store.replace_all(*build_one())
    before = driver.graph.kg_dump()
    driver.steal_at = driver.writes + len(n4.neo4j_constraints()) + 3  # a few transactions in
    driver.clear()
    with pytest.raises(StoreError, match="taken over by another kg process") as err:
        store.replace_all(*build_two())
    assert "\n" not in str(err.value)
    written = {driver.tx_of[i] for i, q in enumerate(driver.queries()) if q in driver.data_writes()}
    assert written and max(written) < driver.steal_at  # nothing written once the lock was gone
    assert driver.graph.kg_dump() != before
    # every write transaction with data starts by checking the lock
    for tx in written:
        assert driver.queries()[driver.tx_of.index(tx)] == n4.LOCK_FENCE


def test_neo4j_store_open_writer_renews_its_lease(monkeypatch):
    import time

    monkeypatch.setattr(n4, "HEARTBEAT_S", 0.02)
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    driver.graph.now += n4.LOCK_LEASE_MS // 2
    deadline = time.monotonic() + 5
    while driver.graph.lock()["until"] < driver.graph.now + n4.LOCK_LEASE_MS and time.monotonic() < deadline:
        time.sleep(0.01)
    assert driver.graph.lock()["until"] == driver.graph.now + n4.LOCK_LEASE_MS  # renewed
    store.close()
    assert n4.LOCK_FENCE in driver.queries("write")
    assert driver.graph.lock() is None


def test_neo4j_store_keeps_each_evidence_text_once(monkeypatch):
    driver = FakeDriver()
    store = _store(driver, monkeypatch)
    graph, facts, docs = build_one()
    store.replace_all(graph, facts, docs)
    spans = [n["props"] for n in driver.graph.nodes.values() if n["label"] == "Span"]
    texts = [s["text"] for s in spans]
    assert texts and len(texts) == len(set(texts))
    dump = "\n".join(driver.graph.kg_dump())
    assert dump.count(json.dumps(texts[0], ensure_ascii=False)) == 1  # the sentence once, in its Span
    loaded, _ = store.load_facts()
    assert sorted(json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in loaded) == \
        sorted(json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True) for f in facts)
    from kg.store.spans import with_evidence

    held = [r["props"] for r in driver.graph.rels.values() if r["type"] == "HELD"]
    rows = with_evidence(store, [{"evidence": h["evidence"]} for h in held])  # how run_saved reads it
    assert {r["evidence"] for r in rows} == {h["evidence"] for h in graph.rels["HELD"]}
