"""Neo4j store tests. The real ones run with NEO4J_URI=bolt://localhost:7687 (docker compose up -d),
NEO4J_USER / NEO4J_PASSWORD as in docker-compose.yml. They replace the kg graph in that
database, and are skipped when NEO4J_URI is not set. One test drives Neo4jStore against a
recording fake driver, so the write path (constraints, batched deletes, UNWIND batches) runs
everywhere."""

from __future__ import annotations

import json
import os

import pytest

from conftest import SAMPLE_DOCS, make_sample_facts, make_sample_graph
from kg.queries import load_catalog, run_saved
from kg.store import open_store
from kg.store.ladybug import LadybugStore

needs_neo4j = pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no Neo4j server to test against")

PARAMS = {
    "who_held": {"title": "副区长"},
    "career": {"name": "曾庆云"},
    "people": {"name": "刘"},
    "org_members": {"org": "检察院"},
    "org_tree": {"org": "巴南区人民政府"},
    "events_by_date": {"from": "2025-06", "to": "2025-06-30"},
    "served_together": {"name": "赵吉春"},
    "successors": {"title": "检察长"},
    "body_members": {"org": "常务委员会"},
    "connection": {"a": "罗伟", "b": "曾庆云"},
    "stats": {},
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
    assert docs == SAMPLE_DOCS


@pytest.mark.neo4j
@needs_neo4j
def test_neo4j_every_saved_query_matches_ladybug(neo4j_store, sample_db):
    assert set(PARAMS) == set(load_catalog())
    with LadybugStore(sample_db, read_only=True) as lb:
        for name, params in PARAMS.items():
            assert _canon(run_saved(neo4j_store, name, params)) == _canon(run_saved(lb, name, params)), name


class FakeResult:
    def __init__(self, rows=None, n=0):
        self.rows, self.n = rows or [], n

    def consume(self):
        return None

    def single(self):
        return {"n": self.n}

    def __iter__(self):
        return iter(self.rows)


class FakeRecord:
    def __init__(self, data):
        self._data = data

    def data(self):
        return self._data


class FakeSession:
    def __init__(self, log, deleted):
        self.log, self.deleted = log, deleted

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, query, params=None, **kw):
        self.log.append(("run", query, params if params is not None else kw))
        if "f.json" in query:
            return FakeResult([FakeRecord({"json": json.dumps(make_sample_facts()[0].to_json())})])
        if "properties(d)" in query:
            return FakeResult([FakeRecord({"d": dict(SAMPLE_DOCS[0])})])
        if "DETACH DELETE" in query:
            label = query.split(":", 1)[1].split(")", 1)[0]
            first = label not in self.deleted
            self.deleted.add(label)
            return FakeResult(n=3 if first else 0)
        return FakeResult()

    def execute_write(self, fn, *args):
        return fn(self, *args)


class FakeDriver:
    def __init__(self):
        self.log, self.deleted = [], set()

    def verify_connectivity(self):
        return None

    def session(self, **kw):
        return FakeSession(self.log, self.deleted)

    def close(self):
        return None


def test_neo4j_store_write_path_with_fake_driver(monkeypatch):
    import neo4j

    from kg.schema import load_schema, neo4j_constraints

    fake = FakeDriver()
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth: fake)
    store = open_store(uri="bolt://fake:7687")
    store.batch = 4
    store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    queries = [q for _, q, _ in fake.log]
    constraints = neo4j_constraints()
    assert queries[: len(constraints)] == constraints  # constraints before anything else
    deletes = [q for q in queries if "DETACH DELETE" in q]
    assert len(deletes) == 2 * len(load_schema().nodes)  # one batch that deleted, one that found none
    person_batches = [p["rows"] for _, q, p in fake.log if q.startswith("UNWIND") and ":`Person` {" in q and "MERGE" in q]
    assert [len(b) for b in person_batches] == [4, 2]
    assert person_batches[0][0] == {"key": "p:zhao", "props": {"name": "赵吉春", "jurisdiction": "重庆市巴南区"}}
    held = [r for _, q, p in fake.log if "[x:`HELD`]" in q for r in p["rows"]]
    assert len(held) == 6 and held[0]["props"]["events"] == ["e:zhao"] and "end" not in held[0]["props"]
    assert queries.index(next(q for q in queries if "[x:`HELD`]" in q)) > queries.index(deletes[-1])
    facts, docs = store.load_facts()
    assert facts[0].person == "赵吉春" and docs == SAMPLE_DOCS
    store.close()
