"""Saved queries must not plan as scans of the whole graph (issue 13): EXPLAIN each on the
embedded store and refuse cross products and keyed lookups done by scanning a label. Latency
itself is measured by bench/bench_scale.py, not here."""

from __future__ import annotations

import pytest

from kg.queries import load_catalog
from kg.store.ladybug import LadybugStore, plan_problems

PARAMS = {"name": "赵吉春", "a": "赵吉春", "b": "刘伦波", "title": "副区长", "org": "重庆市巴南区",
          "text": "巴南区人民政府", "jurisdiction": "巴南区", "from": "2021", "to": "2025"}
CATALOG = load_catalog()


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_saved_query_plan_has_no_whole_label_scan_per_row(name, sample_db):
    q = CATALOG[name]
    params = {k: PARAMS.get(k, "") if k in q.required else "" for k in q.params}
    store = LadybugStore(sample_db, read_only=True)
    try:
        ops = store.explain(q.text_for("ladybug"), params)
    finally:
        store.close()
    assert ops, "no plan read"
    assert plan_problems(ops) == [], f"{name}: {plan_problems(ops)}"


def test_plan_check_catches_a_keyed_lookup_by_scan(sample_db):
    bad = ("MATCH (p:Person)-[h:HELD]->(x:Post) WHERE x.title = $t "
           "OPTIONAL MATCH (e:Event) WHERE e.id IN h.events RETURN p.name, collect(e.kind)")
    store = LadybugStore(sample_db, read_only=True)
    try:
        problems = plan_problems(store.explain(bad, {"t": "副区长"}))
    finally:
        store.close()
    assert any("CROSS_PRODUCT" in p for p in problems), problems


def test_lookup_tables_give_the_same_rows_and_a_key_lookup(samples_db):
    """The LadybugDB store starts keyed saved queries from its lookup tables (a primary-key
    lookup instead of a scan of every Person / Post / Organization); the rows are the same."""
    from kg.store.ladybug import use_lookups

    store = LadybugStore(samples_db, read_only=True)
    try:
        person = store.run("MATCH (p:Person)-[:HELD]->(:Post) RETURN p.name AS n ORDER BY n LIMIT 1")[0]["n"]
        org = store.run("MATCH (o:Organization)<-[:PART_OF]-(:Organization) RETURN o.name AS n ORDER BY n LIMIT 1")[0]["n"]
        params = {**PARAMS, "name": person, "a": person, "org": org}
        rewritten = 0
        for name, q in sorted(CATALOG.items()):
            text = q.text_for("ladybug")
            if use_lookups(text) == text:
                continue
            rewritten += 1
            bound = {k: params.get(k, "") if k in q.required else "" for k in q.params}
            store._has_lookups = False
            plain = store.run(text, bound)
            store._has_lookups = True
            fast = store.run(text, bound)
            key = lambda r: repr(sorted(r.items()))  # noqa: E731
            assert sorted(fast, key=key) == sorted(plain, key=key), name
            ops = store.explain(text, bound)
            assert any(op[0].startswith("PRIMARY_KEY_SCAN") for op in ops), (name, [op[0] for op in ops])
        assert rewritten >= 4  # who_held, career, colleagues, org_tree at least
    finally:
        store.close()
