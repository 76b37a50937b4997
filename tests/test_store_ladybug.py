"""The embedded LadybugDB store: bulk write, idempotent rebuilds, atomic replace, read-only."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import kg.store.ladybug as lb
from conftest import SAMPLE_DOCS, make_sample_facts, make_sample_graph
from kg.errors import QueryError, StoreError
from kg.model import Graph
from kg.store import DEFAULT_DB, default_db, open_store
from kg.store.ladybug import LadybugStore


def _counts(store) -> dict[str, int]:
    return {r["kind"]: r["count"] for r in store.run(open_query("stats"))}


def open_query(name: str) -> str:
    from kg.queries import load_catalog

    return load_catalog()[name].text_for("ladybug")


def test_store_ladybug_rebuild_is_idempotent(tmp_path):
    path = tmp_path / "kg.db"
    with open_store(str(path)) as store:
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
        first = _counts(store)
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
        assert _counts(store) == first
    assert first["Person"] == 6 and first["HELD"] == 6 and first["Fact"] == 2 and first["Document"] == 1
    assert sorted(os.listdir(tmp_path)) == ["kg.db"]  # no temp files or stray .wal left


def test_store_ladybug_types_and_nulls(sample_db):
    with LadybugStore(sample_db, read_only=True) as store:
        org = store.run("MATCH (o:Organization) WHERE o.id = $id RETURN o.short_names AS s, o.type AS t", {"id": "o:vet"})
        assert org == [{"s": [], "t": "department"}]
        banan = store.run("MATCH (o:Organization {id: 'o:banan'}) RETURN o.short_names AS s")
        assert banan == [{"s": ["巴南区", "巴南"]}]
        held = store.run("MATCH (p:Person)-[h:HELD]->(x:Post) WHERE p.id = 'p:luo' RETURN h.current AS c, h.former AS f, h.`end` AS e, h.events AS ev, h.concurrent AS cc")
        assert held == [{"c": False, "f": True, "e": "2025-06-26", "ev": ["e:luo"], "cc": None}]
        doc = store.run("MATCH (d:Document) RETURN d.year AS y, d.title AS t")
        assert doc == [{"y": 2025, "t": "巴南区人大常委会公报 2025年第3期"}]
        gender = store.run("MATCH (p:Person {id: 'p:liusong'}) RETURN p.gender AS g, p.birth AS b")
        assert gender == [{"g": None, "b": None}]


def test_store_ladybug_load_facts_round_trips(sample_db):
    with LadybugStore(sample_db, read_only=True) as store:
        facts, docs = store.load_facts()
    original = make_sample_facts()
    assert sorted(f.to_json()["person"] for f in facts) == sorted(f.person for f in original)
    assert {f.person: f for f in facts}["刘松"].to_json() == original[1].to_json()  # quotes, commas, newline
    assert docs == [{**SAMPLE_DOCS[0], "real_paths": None}]


def test_store_ladybug_load_facts_empty_without_db(tmp_path):
    with open_store(str(tmp_path / "new.db")) as store:
        assert store.load_facts() == ([], [])
    assert not (tmp_path / "new.db").exists()


def test_store_ladybug_missing_db_is_one_line_error(tmp_path):
    with pytest.raises(StoreError, match=r"no graph at .*nope\.db — run `kg build samples/` first"):
        open_store(str(tmp_path / "nope.db"), read_only=True)


def test_store_ladybug_read_only_refuses_writes(sample_db):
    with open_store(sample_db, read_only=True) as store:
        assert store.run("MATCH (p:Person) RETURN count(p) AS n") == [{"n": 6}]
        with pytest.raises(StoreError, match="read-only"):
            store.replace_all(Graph(), [], [])
        with pytest.raises(QueryError):
            store.run("CREATE (:Rank {id: 'x', name: 'y'})")


def test_store_ladybug_failed_write_leaves_old_db(tmp_path, monkeypatch):
    path = tmp_path / "kg.db"
    with LadybugStore(path) as store:
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
        before = _counts(store)

    calls = []

    def failing_copy(conn, csv_path, table, cols, rows):
        calls.append(table)
        if len(calls) == 3:
            raise RuntimeError("Copy exception: simulated failure")
        return real_copy(conn, csv_path, table, cols, rows)

    real_copy = lb._copy
    monkeypatch.setattr(lb, "_copy", failing_copy)
    with LadybugStore(path) as store, pytest.raises(StoreError, match="simulated failure"):
        store.replace_all(make_sample_graph(), [], [])
    assert sorted(os.listdir(tmp_path)) == ["kg.db"]
    with LadybugStore(path, read_only=True) as store:
        assert _counts(store) == before and before["Fact"] == 2


def test_store_ladybug_rejects_bad_graph(tmp_path):
    graph = make_sample_graph()
    graph.rels["HELD"].append({"from": "p:ghost", "to": "post:gov:副区长"})
    with LadybugStore(tmp_path / "kg.db") as store:
        with pytest.raises(StoreError, match="HELD from 'p:ghost': no Person node"):
            store.replace_all(graph, [], [])
        graph = make_sample_graph()
        graph.nodes["Person"].append({"id": "p:zhao", "name": "赵吉春"})
        with pytest.raises(StoreError, match="duplicate Person id 'p:zhao'"):
            store.replace_all(graph, [], [])
        graph = make_sample_graph()
        graph.nodes["Person"][0]["nickname"] = "x"
        with pytest.raises(StoreError, match="Person has properties not in kg/schema.yaml: nickname"):
            store.replace_all(graph, [], [])
    assert not (tmp_path / "kg.db").exists()


@pytest.mark.e2e  # a second process holds the locks
def test_store_ladybug_locked_by_another_process(tmp_path):
    """kg's own lock (<db>.lock) stops a second kg writer at open; LadybugDB's lock stops a
    writer when another program holds the database open."""
    path = tmp_path / "kg.db"
    with LadybugStore(path) as store:
        store.replace_all(make_sample_graph(), [], [])
    for script, error in ((HOLD_LOCK, r"kg\.db: another kg process \(pid \d+\) is writing this database"),
                          (HOLD_DB, r"cannot open .*kg.db.*another kg process")):
        holder = subprocess.Popen(
            [sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout.readline().strip() == "locked"
            with pytest.raises(StoreError, match=error):
                LadybugStore(path).replace_all(make_sample_graph(), [], [])
        finally:
            holder.kill()
            holder.wait()
    assert sorted(os.listdir(tmp_path)) == ["kg.db"]


HOLD_LOCK = """
import sys, time
from kg.store.ladybug import LadybugStore
s = LadybugStore(sys.argv[1])
s.run("MATCH (n:Rank) RETURN n.id")
print("locked", flush=True)
time.sleep(60)
"""

HOLD_DB = """
import sys, time
import ladybug
db = ladybug.Database(sys.argv[1])
conn = ladybug.Connection(db)
print("locked", flush=True)
time.sleep(60)
"""


def test_store_default_db(monkeypatch):
    monkeypatch.delenv("KG_DB", raising=False)
    assert default_db() == DEFAULT_DB == "kg.db"
    monkeypatch.setenv("KG_DB", "other.db")
    assert default_db() == "other.db"


def test_store_ladybug_lists_with_awkward_elements_round_trip(tmp_path):
    """Elements LadybugDB's CSV list literal would mangle take the LOAD … string_split path."""
    graph = make_sample_graph()
    awkward = ["重庆市巴南区人民法院行政审判庭(综合审判庭)", "a,b", "it's", ' "q" ', "", "[x]", "多\n行"]
    graph.nodes["Organization"][1]["short_names"] = awkward
    graph.rels["HELD"][0]["events"] = ["e:zhao", "e,2"]
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(graph, [], [])
        rows = store.run("MATCH (o:Organization) RETURN o.id AS id, o.short_names AS s ORDER BY o.id")
        expected = {n["id"]: [x for x in n["short_names"] if x != ""] for n in graph.nodes["Organization"]}
        assert {r["id"]: r["s"] for r in rows} == expected  # empty-string elements are dropped
        held = store.run("MATCH (p:Person {id: 'p:zhao'})-[h:HELD]->() RETURN h.events AS e")
        assert held == [{"e": ["e:zhao", "e,2"]}]


def test_store_ladybug_unwind_path_matches_copy(tmp_path):
    copy_store = LadybugStore(tmp_path / "copy.db")
    copy_store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    unwind_store = LadybugStore(tmp_path / "unwind.db")
    unwind_store.write_unwind(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS), batch=3)
    with copy_store, unwind_store:
        assert _counts(unwind_store) == _counts(copy_store)
        q = "MATCH (p:Person)-[h:HELD]->(x:Post) RETURN p.id AS pid, x.id AS xid, h.current AS c, h.events AS e ORDER BY pid, xid"
        assert unwind_store.run(q) == copy_store.run(q)


def test_store_ladybug_takes_resolver_output(tmp_path):
    """The resolver's Graph (it emits Fact nodes itself) stores as is; empty tables count 0."""
    resolve = pytest.importorskip("kg.resolve").resolve
    from conftest import CONGRESS_SC, DOC, PROC, S_LUO
    from kg.model import Evidence, Fact
    from kg.queries import run_saved

    ev = Evidence(DOC, 200, 200 + len(S_LUO), S_LUO)
    facts = make_sample_facts() + [
        Fact("resign", "decided", "罗伟", "检察长", PROC, PROC, "2025-06-26", ev, [ev], decided_by=CONGRESS_SC),
        Fact("acting", "decided", "曾庆云", "检察长", PROC, PROC, "2025-06-26", ev, [ev], decided_by=CONGRESS_SC),
    ]
    docs = [dict(SAMPLE_DOCS[0], id="0945f9fe5f825365")]
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(resolve(facts, docs), facts, docs)
        counts = {r["kind"]: r["count"] for r in run_saved(store, "stats")}
        assert counts["Fact"] == 4 and counts["Rank"] == 0 and counts["MEMBER_OF"] == 0
        rows = run_saved(store, "successors", {"title": "检察长"})
        assert [(r["person"], r["succeeded"]) for r in rows] == [("罗伟", []), ("曾庆云", ["罗伟"])]
        assert len(store.load_facts()[0]) == 4


WAL_LEFT = """
import os, sys
import ladybug
held = []
for path, value in ((sys.argv[1], "old"), (sys.argv[2], "new")):
    db = ladybug.Database(path)
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE V(id STRING, PRIMARY KEY(id))")
    conn.execute("CREATE (:V {id: $v})", {"v": value})
    held.append((db, conn))  # never closed
os._exit(0)  # killed: both databases keep a .wal
"""


@pytest.mark.e2e  # a killed process leaves the .wal files
def test_store_ladybug_swap_never_pairs_a_database_with_the_other_ones_wal(tmp_path):
    """The swap is one rename of a self-contained database: the new one's .wal is folded in
    first, the old one's removed before, so a reader sees the old or the new database."""
    target, tmp = tmp_path / "kg.db", lb.temp_path(tmp_path / "kg.db")
    subprocess.run([sys.executable, "-c", WAL_LEFT, str(target), str(tmp)], check=True)
    assert sorted(os.listdir(tmp_path)) == sorted(["kg.db", "kg.db.wal", tmp.name, tmp.name + ".wal"])
    lb._swap_in(tmp, target)
    assert sorted(os.listdir(tmp_path)) == ["kg.db"]
    with LadybugStore(target, read_only=True) as store:
        assert store.run("MATCH (v:V) RETURN v.id AS v") == [{"v": "new"}]


# -- evidence text stored once (kg.store.spans) -------------------------------------------------
def test_store_ladybug_evidence_text_is_stored_once(tmp_path):
    from conftest import S_LUO, S_ZHAO

    path = tmp_path / "kg.db"
    with LadybugStore(path) as store:
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
        spans = store.run("MATCH (s:Span) RETURN s.text AS text, s.`start` AS start")
        texts = [s["text"] for s in spans]
        assert sorted(texts) == sorted(set(texts)) and S_ZHAO in texts and S_LUO in texts  # each sentence once
        # nothing else holds a sentence: evidence lists hold Span ids, facts name spans, SOURCE has offsets only
        held = store.run("MATCH ()-[h:HELD]->() RETURN h.evidence AS ev")
        assert all(isinstance(r["ev"], list) and all(i.startswith("s:") for i in r["ev"]) for r in held)
        ev = store.run("MATCH (e:Event) RETURN e.evidence AS ev")
        assert all(isinstance(r["ev"], list) for r in ev)
        facts = store.run("MATCH (f:Fact) RETURN f.json AS json")
        assert facts and not any(S_ZHAO in r["json"] for r in facts)
        source = store.run("MATCH ()-[s:SOURCE]->() RETURN s.*")
        assert source and all(set(r) == {"s.start", "s.end"} for r in source)


def test_store_ladybug_raw_facts_come_back_with_their_text(tmp_path):
    from kg.model import Evidence, Fact

    pdf = Fact("appoint", "decided", "王玥", "副区长", "某区人民政府", "区政府", None,
               Evidence("a.pdf", 5, 9, "任命王玥", page=2), [Evidence("a.pdf", 5, 9, "任命王玥", page=2),
                                                            Evidence("a.pdf", 20, 23, '"引号"\n')])
    facts = [*make_sample_facts(), pdf]
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(make_sample_graph(), facts, list(SAMPLE_DOCS))
        got, _ = store.load_facts()
    assert sorted(json_of(f) for f in got) == sorted(json_of(f) for f in facts)  # page, quotes, newline too


def json_of(fact) -> str:
    import json

    return json.dumps(fact.to_json(), ensure_ascii=False, sort_keys=True)


def test_store_ladybug_saved_queries_show_the_evidence_text(tmp_path):
    from kg.queries import run_saved
    from kg.store.spans import with_evidence

    graph = make_sample_graph()
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(graph, make_sample_facts(), list(SAMPLE_DOCS))
        rows = run_saved(store, "who_held", {"title": "检察长"})
        want = {(h["from"], h["evidence"]) for h in graph.rels["HELD"] if h["to"] == "post:proc:检察长"}
        assert {(r["person_id"], r["evidence"]) for r in rows} == want  # the resolver's evidence JSON, text included
        rows = with_evidence(store, store.run("MATCH (e:Event) RETURN e.id AS id, e.evidence AS evidence ORDER BY id"))
        assert {r["id"]: r["evidence"] for r in rows} == {e["id"]: e["evidence"] for e in graph.nodes["Event"]}


def test_store_ladybug_csv_cells_match_the_reference(tmp_path):
    """The column-wise csv writer writes what _csv_value writes cell by cell (NULL empty, '' quoted)."""
    import csv as _csv

    cols = [("s", "STRING"), ("i", "INT64"), ("b", "BOOLEAN"), ("d", "DOUBLE"), ("l", "STRING[]")]
    rows = [{"s": "", "i": 0, "b": False, "d": 0.5, "l": []}, {"s": 'a"b,\nc', "i": None, "b": None, "l": ["x", "y"]},
            {"s": None, "i": 7, "b": True, "d": None, "l": None}, {"s": {"k": 1}, "l": "one"}]
    for literal in (True, False):
        lb.write_csv(tmp_path / "t.csv", cols, rows, list_literals=literal)
        text = (tmp_path / "t.csv").read_text(encoding="utf-8")
        want = "".join(",".join(lb._csv_value(r.get(n), t, literal) for n, t in cols) + "\n" for r in rows)
        assert text.split("\n", 1)[1] == want
        assert len(list(_csv.reader(open(tmp_path / "t.csv", encoding="utf-8")))) == len(rows) + 1


def test_store_ladybug_write_progress_counts_rows(tmp_path):
    import io

    from kg.progress import Progress

    out = io.StringIO()
    progress = Progress("kg build", stream=out, terminal=False, min_documents=0)
    progress.stage("write", unit="rows")
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS), progress=progress)
    progress.end()
    line = out.getvalue().strip()
    done, total = line.split("write ")[1].split(" rows")[0].split("/")
    assert done == total and int(total) > 50, line


@pytest.mark.parametrize("arrow", [True, False])
def test_store_ladybug_arrow_and_csv_paths_store_the_same(tmp_path, monkeypatch, arrow):
    """Both load paths (COPY from Arrow tables, COPY from CSV) give the same values, including
    the awkward ones: quotes, commas and newlines in strings and list elements, empty lists,
    NULL next to '', a number given as text."""
    monkeypatch.setattr(lb, "ARROW", arrow)
    graph = make_sample_graph()
    graph.nodes["Person"][0]["name"] = 'a"b,\nc'
    graph.nodes["Organization"][0]["short_names"] = ["x, y", 'q"', "", "[z]"]
    graph.nodes["Organization"][1]["short_names"] = []
    graph.nodes["Post"][0]["org"] = ""
    docs = [{**SAMPLE_DOCS[0], "year": "2025"}]
    with LadybugStore(tmp_path / "kg.db") as store:
        store.replace_all(graph, make_sample_facts(), docs)
        assert store.run("MATCH (p:Person) WHERE p.id = 'p:zhao' RETURN p.name AS n") == [{"n": 'a"b,\nc'}]
        orgs = {r["id"]: r["s"] for r in store.run("MATCH (o:Organization) RETURN o.id AS id, o.short_names AS s")}
        assert orgs["o:banan"] == ["x, y", 'q"', "[z]"] and orgs["o:gov"] == []
        assert store.run("MATCH (x:Post) WHERE x.id = 'post:gov:副区长' RETURN x.org AS o, x.name AS n")[0]["o"] == ""
        assert store.run("MATCH (p:Person) WHERE p.id = 'p:liusong' RETURN p.gender AS g") == [{"g": None}]
        assert store.run("MATCH (d:Document) RETURN d.year AS y") == [{"y": 2025}]
