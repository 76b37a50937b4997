"""Neo4j store tests against a real server: NEO4J_URI=bolt://localhost:7687 (`docker compose up -d
--wait`), NEO4J_PASSWORD (and NEO4J_USER / NEO4J_DATABASE) from the environment or ./.env. They
replace kg's graph in that database (only the nodes and relationships marked kg_owner = 'kg';
the tests that add nodes of their own remove them again), and are skipped when NEO4J_URI is not
set in the environment. The same write path runs everywhere against a recording fake driver:
tests/test_store_neo4j_safety.py."""

from __future__ import annotations

import os

import pytest

from conftest import SAMPLE_DOCS, make_sample_facts, make_sample_graph
from kg.errors import StoreError
from kg.model import Graph
from kg.queries import load_catalog, run_saved
from kg.store import open_store
from kg.store.ladybug import LadybugStore

needs_neo4j = pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no Neo4j server to test against")

PARAMS = {
    "who_held": {"title": "副区长"},
    "career": {"name": "曾庆云"},
    "people": {"name": "刘"},
    "org_members": {"org": "检察院"},
    "org_tree": {"org": "重庆市巴南区人民政府"},
    "events_by_date": {"from": "2025-06", "to": "2025-06-30"},
    "served_together": {"name": "赵吉春"},
    "successors": {"title": "检察长"},
    "body_members": {"org": "常务委员会"},
    "connection": {"a": "罗伟", "b": "曾庆云"},
    "stats": {},
    "fact_layer": {},
    "documents": {},
    # the catalog of issue 10 (same parameters as tests/test_queries.py)
    "person_tenures": {"name": "曾庆云"},
    "org_lookup": {"text": "区检察院"},
    "colleagues": {"name": "罗伟"},
    "people_by": {"born_from": "1974", "born_to": "1974"},
    "decisions": {"body": "常务委员会"},
    "changes": {"jurisdiction": "巴南区", "from": "2025-06", "to": "2025-06"},
    "concurrent_posts": {},
    "promotions": {},
    "network": {"name": "罗伟"},
}


@pytest.fixture(scope="module")
def neo4j_store():
    store = open_store(uri=os.environ["NEO4J_URI"])
    store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    yield store
    store.close()


def _canon(rows: list[dict]) -> list[str]:
    return sorted(repr(sorted((k, sorted(v) if isinstance(v, list) else v) for k, v in r.items())) for r in rows)


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_replace_all_is_idempotent(neo4j_store):
    first = run_saved(neo4j_store, "stats")
    neo4j_store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    assert run_saved(neo4j_store, "stats") == first


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_load_facts(neo4j_store):
    facts, docs = neo4j_store.load_facts()
    assert sorted(f.person for f in facts) == sorted(f.person for f in make_sample_facts())
    assert [{k: d[k] for k in SAMPLE_DOCS[0]} for d in docs] == SAMPLE_DOCS


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_every_saved_query_matches_ladybug(neo4j_store, sample_db):
    assert set(PARAMS) == set(load_catalog())
    with LadybugStore(sample_db, read_only=True) as lb:
        for name, params in PARAMS.items():
            assert _canon(run_saved(neo4j_store, name, params)) == _canon(run_saved(lb, name, params)), name


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_second_writer_stops_at_once(neo4j_store):
    with pytest.raises(StoreError, match="another kg process"):
        open_store(uri=os.environ["NEO4J_URI"])  # neo4j_store holds the write lock
    with open_store(uri=os.environ["NEO4J_URI"], read_only=True) as reader:
        assert reader.load_facts()[0]


def _sample_build():
    return make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS)


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_users_own_nodes_survive_build_and_remove(neo4j_store):
    rows = neo4j_store.run(
        "CREATE (p:Person {id: 'p:zhao', name: $name})-[:MENTIONED_IN]->(d:Document {id: 'd:000'}) "
        "RETURN elementId(p) AS p, elementId(d) AS d",
        {"name": "the user's own"},
    )
    ids = [rows[0]["p"], rows[0]["d"]]
    count = "MATCH (n) WHERE elementId(n) IN $ids RETURN count(n) AS n, collect(n.name) AS names"
    try:
        neo4j_store.replace_all(*_sample_build())  # a build
        neo4j_store.replace_all(Graph(), [], [])  # every document removed
        assert neo4j_store.run(count, {"ids": ids})[0] == {"n": 2, "names": ["the user's own"]}
        assert neo4j_store.run("MATCH (n) WHERE n.kg_owner = 'kg' AND NOT n:KgLock RETURN count(n) AS n") == [{"n": 0}]
        assert neo4j_store.load_facts() == ([], [])
    finally:
        neo4j_store.run("MATCH (n) WHERE elementId(n) IN $ids DETACH DELETE n", {"ids": ids})
        neo4j_store.replace_all(*_sample_build())


class _Killed(BaseException):
    pass


class _KillingSession:
    """A real session whose n-th execute_write dies before it runs."""

    def __init__(self, session, counter):
        self.session, self.counter = session, counter

    def __enter__(self):
        self.session.__enter__()
        return self

    def __exit__(self, *exc):
        return self.session.__exit__(*exc)

    def execute_read(self, *args, **kw):
        return self.session.execute_read(*args, **kw)

    def execute_write(self, *args, **kw):
        self.counter[0] -= 1
        if self.counter[0] < 0:
            raise _Killed()
        return self.session.execute_write(*args, **kw)


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_build_killed_between_transactions_leaves_a_usable_graph(neo4j_store, monkeypatch):
    neo4j_store.replace_all(*_sample_build())
    clean = run_saved(neo4j_store, "stats")
    graph, facts, docs = _sample_build()
    graph.nodes["Person"] = [p for p in graph.nodes["Person"] if p["id"] != "p:liu"]
    graph.rels["MEMBER_OF"] = []
    graph.rels["MENTIONED_IN"] = [r for r in graph.rels["MENTIONED_IN"] if r["from"] != "p:liu"]
    docs = [{**docs[0], "sha256": "edited"}]
    real_session = neo4j_store.driver.session

    def build_edited(budget: int) -> int:
        """The edited build, its execute_write calls limited to ``budget``; returns those left."""
        counter = [budget]
        monkeypatch.setattr(neo4j_store.driver, "session", lambda **kw: _KillingSession(real_session(**kw), counter))
        try:
            neo4j_store.replace_all(graph, facts, docs)
        finally:
            monkeypatch.setattr(neo4j_store.driver, "session", real_session)
        return counter[0]

    total = 10_000 - build_edited(10_000)  # how many write transactions the edited build takes
    edited = run_saved(neo4j_store, "stats")
    assert edited != clean
    for kill in range(total):
        neo4j_store.replace_all(*_sample_build())
        with pytest.raises(_Killed):
            build_edited(kill)
        got, _ = neo4j_store.load_facts()  # usable: the raw facts are all there
        assert sorted(f.person for f in got) == sorted(f.person for f in facts), kill
        assert run_saved(neo4j_store, "stats"), kill  # the saved queries run
        neo4j_store.replace_all(graph, facts, docs)  # and the next build completes it
        assert run_saved(neo4j_store, "stats") == edited, kill
    neo4j_store.replace_all(*_sample_build())
    assert run_saved(neo4j_store, "stats") == clean
