"""Real-Neo4j tests: run with NEO4J_URI=bolt://localhost:7687 (docker compose up -d),
NEO4J_USER / NEO4J_PASSWORD as in docker-compose.yml. They replace the kg graph in that
database. Skipped when NEO4J_URI is not set."""

from __future__ import annotations

import os

import pytest

from conftest import SAMPLE_DOCS, make_sample_facts, make_sample_graph
from kg.queries import load_catalog, run_saved
from kg.store import open_store
from kg.store.ladybug import LadybugStore

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI not set: no Neo4j server to test against"),
]

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


def test_neo4j_replace_all_is_idempotent(neo4j_store):
    first = run_saved(neo4j_store, "stats")
    neo4j_store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    assert run_saved(neo4j_store, "stats") == first


def test_neo4j_load_facts(neo4j_store):
    facts, docs = neo4j_store.load_facts()
    assert sorted(f.person for f in facts) == sorted(f.person for f in make_sample_facts())
    assert docs == SAMPLE_DOCS


def test_neo4j_every_saved_query_matches_ladybug(neo4j_store, sample_db):
    assert set(PARAMS) == set(load_catalog())
    with LadybugStore(sample_db, read_only=True) as lb:
        for name, params in PARAMS.items():
            assert _canon(run_saved(neo4j_store, name, params)) == _canon(run_saved(lb, name, params)), name
