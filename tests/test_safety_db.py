"""Issue 8, documents and databases: document identity, `kg remove`, the write lock, stale
temporary databases, stores without raw facts, killed and concurrent builds.

Small one-sentence documents keep it fast; subprocesses only where a process must die or two
must race (kills, concurrent first builds)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT

from kg.errors import InputError, StoreError
from kg.model import Evidence, Fact
from kg.pipeline import Extracted, build, match_documents, merge_with_stored, remove
from kg.reading import document_from_text
from kg.store import open_store
from kg.store.ladybug import LOCK_MARK, LadybugStore, remove_stale_temp_files, temp_path

GOV = "重庆市巴南区人民政府"


def sentence(name: str, title: str = "副区长") -> str:
    return f"决定任命{name}为{GOV}{title}。\n"


def write(path: Path, *names: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(sentence(n) for n in names), encoding="utf-8")
    return path


def graph_state(db: Path) -> dict:
    """What a reader sees: documents (path, real paths), persons, events per person, counts."""
    with open_store(str(db), read_only=True) as store:
        docs = store.run("MATCH (d:Document) RETURN d.path AS path, d.real_paths AS real, d.id AS id ORDER BY d.id")
        persons = [r["n"] for r in store.run("MATCH (p:Person) RETURN p.name AS n ORDER BY n")]
        events = store.run("MATCH (e:Event)-[:CONCERNS]->(p:Person) RETURN p.name AS n, count(e) AS c ORDER BY n")
        facts = store.run("MATCH (f:Fact) RETURN count(f) AS n")[0]["n"]
    return {"docs": docs, "persons": persons, "events": {r["n"]: r["c"] for r in events}, "facts": facts}


def no_kg_leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if ".tmp-" in n or n.endswith(".lock") or n.endswith(".wal"))


# -- 1. document identity -------------------------------------------------------------------
def test_safety_db_one_file_reached_four_ways_is_one_document(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "alias" / "doc.txt", "王玥")
    (tmp_path / "link.txt").symlink_to("alias/doc.txt")
    db = tmp_path / "kg.db"
    for given in ("alias/doc.txt", "./alias/doc.txt", str(tmp_path / "alias" / "doc.txt"), "link.txt"):
        build([given], str(db))
        state = graph_state(db)
        assert len(state["docs"]) == 1, (given, state["docs"])
        assert state["docs"][0]["real"] == [str((tmp_path / "alias" / "doc.txt").resolve())]
        assert state["events"] == {"王玥": 1} and state["facts"] == 1
    # one build naming it three ways reads it once
    report = build(["alias/doc.txt", "./alias/doc.txt", "link.txt"], str(db))
    assert report.documents == 1 and report.facts == 1
    assert no_kg_leftovers(tmp_path) == []


def test_safety_db_an_edited_file_replaces_its_old_reading(tmp_path, monkeypatch):
    """Regression: `alias/doc.txt` then, after an edit, `./alias/doc.txt` made two Documents and
    duplicated acts (documents were keyed by the path string)."""
    monkeypatch.chdir(tmp_path)
    doc = write(tmp_path / "alias" / "doc.txt", "王玥", "李明")
    db = tmp_path / "kg.db"
    build(["alias/doc.txt"], str(db))
    assert graph_state(db)["events"] == {"李明": 1, "王玥": 1}
    write(doc, "王玥", "张伟")  # 李明 edited out, 张伟 in
    build(["./alias/doc.txt"], str(db))
    state = graph_state(db)
    assert len(state["docs"]) == 1 and state["docs"][0]["path"] == "./alias/doc.txt"
    assert state["events"] == {"张伟": 1, "王玥": 1} and state["persons"] == ["张伟", "王玥"]
    assert state["facts"] == 2


def test_safety_db_same_content_at_two_real_paths_is_one_document_with_both_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", "王玥")
    write(tmp_path / "b.txt", "王玥")
    write(tmp_path / "other.txt", "李明")
    db = tmp_path / "kg.db"
    report = build(["a.txt", "b.txt", "other.txt"], str(db))
    assert report.documents == 2 and report.facts == 2
    state = graph_state(db)
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    [wang] = [d for d in state["docs"] if d["path"] == "a.txt"]
    assert wang["real"] == [a, b] and state["events"] == {"李明": 1, "王玥": 1}
    # a.txt edited: the content stays at b.txt, shown there (its facts follow), a.txt is new
    write(tmp_path / "a.txt", "张伟")
    build(["a.txt"], str(db))
    state = graph_state(db)
    paths = {d["path"]: d["real"] for d in state["docs"]}
    assert paths == {"a.txt": [a], b: [b], "other.txt": [str(tmp_path / "other.txt")]}
    assert state["events"] == {"张伟": 1, "李明": 1, "王玥": 1}
    with open_store(str(db), read_only=True) as store:
        facts, _ = store.load_facts()
    assert {f.person: f.source.doc for f in facts} == {"王玥": b, "张伟": "a.txt", "李明": "other.txt"}
    assert all(e.doc == f.source.doc for f in facts for e in f.evidence)


def _fact(person: str, doc: str) -> Fact:
    ev = Evidence(doc, 0, 10, sentence(person))
    return Fact("appoint", "decided", person, "副区长", GOV, GOV, None, ev, [ev])


def _reading(path: str, real: str, *persons: str) -> Extracted:
    doc = document_from_text("".join(sentence(p) for p in persons), path=path)
    return Extracted(path, doc=doc, facts=[_fact(p, path) for p in persons], real_path=real)


def test_safety_db_merge_documents_stored_before_real_paths_are_matched_by_resolved_path(tmp_path, monkeypatch):
    """A database written before documents had real_paths: its documents' paths are resolved
    against the current directory; the same path string elsewhere is another document."""
    monkeypatch.chdir(tmp_path)
    old_docs = [{"id": "x", "path": "doc.txt", "sha256": "00" * 32, "real_paths": None}]
    old_facts = [_fact("李明", "doc.txt")]
    new = [_reading("./doc.txt", str(tmp_path / "doc.txt"), "王玥")]
    facts, docs = merge_with_stored(old_facts, old_docs, new)
    assert [d["path"] for d in docs] == ["./doc.txt"] and [f.person for f in facts] == ["王玥"]
    # same path string, other real file (another working directory): both kept, paths unique
    new = [_reading("doc.txt", "/elsewhere/doc.txt", "王玥")]
    facts, docs = merge_with_stored(old_facts, old_docs, new)
    assert sorted(d["path"] for d in docs) == [str(tmp_path / "doc.txt"), "doc.txt"]
    assert {f.person: f.source.doc for f in facts} == {"李明": str(tmp_path / "doc.txt"), "王玥": "doc.txt"}


# -- 2. kg remove ---------------------------------------------------------------------------
def run_main(*args: str, capsys) -> tuple[int, str, str]:
    """The console entry point in process: exit code, stdout, stderr."""
    from kg.cli import main

    old = sys.argv
    sys.argv = ["kg", *args]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = old
    out = capsys.readouterr()
    return exit_info.value.code, out.out, out.err


def test_safety_db_kg_remove_takes_a_document_and_what_only_it_supported(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "docs" / "a.txt", "王玥", "李明")
    write(tmp_path / "docs" / "b.txt", "王玥")  # 王玥 is in both
    write(tmp_path / "docs" / "c.txt", "张伟")
    db = tmp_path / "kg.db"
    build(["docs"], str(db))
    before = graph_state(db)
    assert len(before["docs"]) == 3 and set(before["persons"]) == {"张伟", "李明", "王玥"}

    code, _, err = run_main("remove", "./docs/a.txt", "--db", str(db), capsys=capsys)
    assert code == 0, err
    assert "removed docs/a.txt" in err
    state = graph_state(db)
    assert sorted(d["path"] for d in state["docs"]) == ["docs/b.txt", "docs/c.txt"]
    # 李明 only in a.txt: gone; 王玥 still supported by b.txt (whether or not the resolver had
    # joined the two 王玥 of a.txt and b.txt)
    assert state["persons"] == ["张伟", "王玥"] and state["events"] == {"张伟": 1, "王玥": 1}
    assert state["facts"] == 2

    # by id prefix; a path that no longer exists on disk works too
    c_id = next(d["id"] for d in state["docs"] if d["path"] == "docs/c.txt")
    (tmp_path / "docs" / "b.txt").unlink()
    code, _, err = run_main("remove", c_id[:8], str(tmp_path / "docs" / "b.txt"), "--db", str(db), capsys=capsys)
    assert code == 0, err
    assert graph_state(db)["docs"] == [] and graph_state(db)["persons"] == []
    assert no_kg_leftovers(tmp_path) == []


def test_safety_db_kg_remove_unknown_document_is_one_error_and_changes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", "王玥")
    db = tmp_path / "kg.db"
    build(["a.txt"], str(db))
    before = graph_state(db)
    inode = db.stat().st_ino
    code, out, err = run_main("remove", "a.txt", "nothere.txt", "--db", str(db), capsys=capsys)
    assert code == 1 and out == ""
    assert err.splitlines() == [f"Error: nothere.txt: no such document in {db} (give a path it was built from, its sha256 or id prefix)"]
    assert graph_state(db) == before and db.stat().st_ino == inode  # not replaced
    code, _, err = run_main("remove", "a.txt", "--db", str(tmp_path / "missing.db"), capsys=capsys)
    assert code == 1 and err.startswith("Error: no graph at") and len(err.splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()
    assert no_kg_leftovers(tmp_path) == []


def test_safety_db_remove_matches_paths_before_hashes_and_refuses_ambiguous_prefixes():
    docs = [
        {"id": "abcdef0011223344", "path": "a.txt", "sha256": "abcdef00" + "1" * 56, "real_paths": ["/d/a.txt", "/d/a2.txt"]},
        {"id": "abcdef9911223344", "path": "abcdef", "sha256": "abcdef99" + "2" * 56, "real_paths": ["/d/abcdef"]},
    ]
    assert match_documents(docs, "a.txt", "kg.db") == {0: {"/d/a.txt"}}
    assert match_documents(docs, "/d/a2.txt", "kg.db") == {0: {"/d/a2.txt"}}
    assert match_documents(docs, "abcdef", "kg.db") == {1: {"/d/abcdef"}}  # a path first
    assert match_documents(docs, "ABCDEF00", "kg.db") == {0: None}
    renamed = [docs[0], dict(docs[1], path="y.txt", real_paths=["/d/y.txt"])]
    with pytest.raises(InputError, match=r"^abcdef: names 2 documents in kg.db; give more digits"):
        match_documents(renamed, "abcdef", "kg.db")
    with pytest.raises(InputError, match="no such document"):
        match_documents(docs, "abc", "kg.db")  # fewer than 6 hex digits is not an id


# -- 3. the write lock and stale temporary databases --------------------------------------------
def test_safety_db_second_writer_of_a_new_database_stops_at_open(tmp_path):
    db = tmp_path / "new.db"
    first = LadybugStore(db)
    try:
        assert (tmp_path / "new.db.lock").read_text().startswith(f"{LOCK_MARK}, pid {os.getpid()}")
        with pytest.raises(StoreError, match=rf"new\.db: another kg process \(pid {os.getpid()}\) is writing this database"):
            LadybugStore(db)
        with pytest.raises(StoreError, match="another kg process"):
            LadybugStore(f"{tmp_path}/./new.db")  # the same file named another way
        assert not db.exists()
    finally:
        first.close()
    assert sorted(os.listdir(tmp_path)) == []  # the lock file goes with the lock
    LadybugStore(db).close()


def test_safety_db_lock_file_kg_did_not_write_is_refused_and_untouched(tmp_path):
    lock = tmp_path / "kg.db.lock"
    lock.write_text("my notes\n")
    with pytest.raises(StoreError, match="kg.db.lock: exists and was not written by kg"):
        LadybugStore(tmp_path / "kg.db")
    assert lock.read_text() == "my notes\n"
    lock.write_text(f"{LOCK_MARK}, pid 999999999\n")  # left by a killed kg: reused, then removed
    LadybugStore(tmp_path / "kg.db").close()
    assert not lock.exists()


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_safety_db_stale_temp_databases_of_dead_writers_are_removed_at_the_next_write_open(tmp_path):
    target = tmp_path / "kg.db"
    dead, live = dead_pid(), os.getppid()
    stale = [temp_path(target, dead), Path(f"{temp_path(target, dead)}.wal")]
    kept = [temp_path(target, live), tmp_path / "kg.db.tmp-1", tmp_path / ".kg.db.tmp-notes", tmp_path / ".other.db.tmp-1"]
    for p in stale + kept:
        p.write_bytes(b"x")
    LadybugStore(target, read_only=False).close()
    assert [p.exists() for p in stale] == [False, False]
    assert all(p.exists() for p in kept)
    # read-only opens never clean (and never lock)
    stale[0].write_bytes(b"x")
    with pytest.raises(StoreError, match="no graph"):
        LadybugStore(target, read_only=True)
    assert stale[0].exists() and remove_stale_temp_files(target) == [stale[0]]


# -- 4. a store with a kg graph but no raw facts -------------------------------------------------
def test_safety_db_build_refuses_a_graph_without_raw_facts(tmp_path, monkeypatch, capsys):
    """Regression: a graph without Fact nodes (a neo4j-admin import of the csv export) was
    replaced by the graph of the new documents only (791 persons became 1)."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.txt", "王玥", "李明")
    write(tmp_path / "b.txt", "张伟")
    db = tmp_path / "kg.db"
    build(["a.txt"], str(db))
    with LadybugStore(db) as store:
        store.run("MATCH (f:Fact) DELETE f")
    before = graph_state(db)
    assert before["facts"] == 0 and len(before["persons"]) == 2
    code, _, err = run_main("build", "b.txt", "--db", str(db), capsys=capsys)
    assert code == 1
    assert err.splitlines() == [
        f"Error: {db}: the graph has 2 persons but no raw facts (Fact nodes); kg build would replace it with only "
        "the documents read now; rebuild from all the documents into a new database, or import a kg csv export "
        "(it includes the Fact nodes)"
    ]
    assert graph_state(db) == before
    with pytest.raises(StoreError, match="2 persons but no raw facts"):
        remove(["a.txt"], str(db))
    assert graph_state(db) == before and no_kg_leftovers(tmp_path) == []


def test_safety_db_build_refuses_a_ladybug_database_that_is_not_a_kg_graph(tmp_path):
    import ladybug

    path = tmp_path / "mine.db"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Thing(id STRING, PRIMARY KEY(id))")
    conn.execute("CREATE (:Thing {id: 'keep me'})")
    conn.close()
    db.close()
    write(tmp_path / "a.txt", "王玥")
    with pytest.raises(StoreError, match="mine.db: not a kg graph"):
        build([str(tmp_path / "a.txt")], str(path))
    db = ladybug.Database(str(path), read_only=True)
    conn = ladybug.Connection(db)
    assert conn.execute("MATCH (t:Thing) RETURN t.id").get_next() == ["keep me"]
    conn.close()
    db.close()


# -- 5. killed builds and concurrent first builds (subprocesses) ---------------------------------
CANNED = textwrap.dedent("""
    import json, os, sys
    import kg.pipeline
    from kg.model import Fact
    # the facts of each document, extracted by the test process: no spaCy start-up here
    _canned = json.load(open(os.environ["KG_TEST_FACTS"], encoding="utf-8"))
    def canned_extract(doc):
        return [Fact.from_json(f) for f in _canned[os.path.realpath(doc.path)]]
    kg.pipeline.extract_document = canned_extract
""")

KILL = CANNED + textwrap.dedent("""
    import kg.store.ladybug as lb
    point = sys.argv[1]
    if point == "extract":
        kg.pipeline.extract_document = lambda doc: os._exit(99)
    elif point == "write":
        real_copy, calls = lb._copy, []
        def copy(*args):
            calls.append(1)
            if len(calls) == 3:
                os._exit(99)
            return real_copy(*args)
        lb._copy = copy
    elif point == "swap":
        lb._swap_in = lambda tmp, target: os._exit(99)
    kg.pipeline.build(sys.argv[3:], sys.argv[2])
    os._exit(0)
""")


def canned_facts(tmp_path: Path, *docs: Path) -> Path:
    """Extract ``docs`` here and write their facts where the subprocesses read them."""
    import json

    from kg.extract import extract_document
    from kg.reading import read_document

    facts = {os.path.realpath(d): [f.to_json() for f in extract_document(read_document(str(d)))] for d in docs}
    out = tmp_path / "facts.json"
    out.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return out


def env(facts: Path) -> dict:
    e = {**os.environ, "PYTHONPATH": str(ROOT), "KG_TEST_FACTS": str(facts)}
    e.pop("KG_DB", None)
    return e


@pytest.mark.e2e
@pytest.mark.slow  # three builds killed at three points (~10 s)
def test_safety_db_a_killed_build_keeps_the_previous_graph_and_the_next_build_completes_it(tmp_path):
    points = ("extract", "write", "swap")
    for point in points:
        folder = tmp_path / point
        write(folder / "a.txt", "王玥", "李明")
        write(folder / "b.txt", "张伟")
        build([str(folder / "a.txt")], str(folder / "kg.db"))
    before = {p: graph_state(tmp_path / p / "kg.db") for p in points}
    facts = canned_facts(tmp_path, *(tmp_path / p / n for p in points for n in ("a.txt", "b.txt")))
    procs = {p: subprocess.Popen([sys.executable, "-c", KILL, p, str(tmp_path / p / "kg.db"),
                                  str(tmp_path / p / "a.txt"), str(tmp_path / p / "b.txt")],
                                 env=env(facts), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in points}
    for point, proc in procs.items():
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 99, (point, err)
    for point in points:
        folder = tmp_path / point
        assert graph_state(folder / "kg.db") == before[point], point  # the previous graph, usable
        if point != "extract":
            assert any(".tmp-" in n for n in os.listdir(folder)), point  # what the kill left behind
        report = build([str(folder / "a.txt"), str(folder / "b.txt")], str(folder / "kg.db"))
        assert report.documents == 2 and not report.errors
        state = graph_state(folder / "kg.db")
        assert len(state["docs"]) == 2 and state["facts"] == 3, point
        assert state["events"] == {"张伟": 1, "李明": 1, "王玥": 1}, point  # no duplicates
        assert no_kg_leftovers(folder) == [], point  # stale temp database and lock file gone


RACE = CANNED + textwrap.dedent("""
    import time
    from pathlib import Path
    def slow_extract(doc):
        time.sleep(1.0)  # the winner holds the lock while the loser tries
        return canned_extract(doc)
    kg.pipeline.extract_document = slow_extract
    ready, go = Path(sys.argv[1]), Path(sys.argv[2])
    from kg.cli import main
    ready.touch()
    while not go.exists():
        time.sleep(0.005)
    sys.argv = ["kg", "build", *sys.argv[3:]]
    main()
""")


@pytest.mark.e2e  # two kg processes race
def test_safety_db_two_concurrent_first_builds_one_wins_the_other_gets_the_lock_error(tmp_path):
    """Regression: two first builds of a new database both exited 0 and the second silently won."""
    db = tmp_path / "new.db"
    docs = {"a": write(tmp_path / "a.txt", "王玥"), "b": write(tmp_path / "b.txt", "李明")}
    go = tmp_path / "go"
    facts = canned_facts(tmp_path, *docs.values())
    procs = {k: subprocess.Popen([sys.executable, "-c", RACE, str(tmp_path / f"ready-{k}"), str(go), str(doc), "--db", str(db)],
                                 env=env(facts), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k, doc in docs.items()}
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready-{k}").exists() for k in docs):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs.values())
        time.sleep(0.01)
    go.touch()
    results = {k: (p.wait(timeout=300), p.stderr.read()) for k, p in procs.items()}
    codes = sorted(code for code, _ in results.values())
    assert codes == [0, 1], results
    [winner] = [k for k, (code, _) in results.items() if code == 0]
    [(_, loser_err)] = [r for k, r in results.items() if k != winner]
    lines = loser_err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {db}: another kg process (pid "), loser_err
    assert "Traceback" not in loser_err
    state = graph_state(db)
    assert [d["path"] for d in state["docs"]] == [str(docs[winner])]
    assert state["persons"] == [{"a": "王玥", "b": "李明"}[winner]]
    assert not (tmp_path / "new.db.lock").exists()


def test_safety_db_two_threads_building_one_new_database(tmp_path, monkeypatch):
    """The same race in one process (flock is per open file, so threads exclude each other too)."""
    import kg.pipeline

    barrier = threading.Barrier(2)
    real_open, real_extract = kg.pipeline.open_store, kg.pipeline.extract_document

    def open_at_once(*args, **kwargs):
        barrier.wait(timeout=30)
        return real_open(*args, **kwargs)

    def slow_extract(doc):
        time.sleep(0.5)
        return real_extract(doc)

    monkeypatch.setattr(kg.pipeline, "open_store", open_at_once)
    monkeypatch.setattr(kg.pipeline, "extract_document", slow_extract)
    db = tmp_path / "new.db"
    docs = [write(tmp_path / "a.txt", "王玥"), write(tmp_path / "b.txt", "李明")]
    outcome: dict[int, object] = {}

    def run(i: int) -> None:
        try:
            outcome[i] = build([str(docs[i])], str(db))
        except StoreError as exc:
            outcome[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    errors = [i for i, o in outcome.items() if isinstance(o, StoreError)]
    assert len(outcome) == 2 and len(errors) == 1, outcome
    assert "another kg process" in str(outcome[errors[0]])
    winner = 1 - errors[0]
    assert [d["path"] for d in graph_state(db)["docs"]] == [str(docs[winner])]


# -- the same library paths through the Store protocol only (what --neo4j uses) -------------------
class ProtocolStore:
    """An in-memory store with just the protocol: load_facts, replace_all, run (the two counts)."""

    dialect = "neo4j"

    def __init__(self, facts=(), docs=(), persons=0):
        self.facts, self.docs, self.persons = list(facts), list(docs), persons
        self.replaced = 0

    def load_facts(self):
        return list(self.facts), [dict(d) for d in self.docs]

    def replace_all(self, graph, facts, docs, *, progress=None):
        self.facts, self.docs, self.replaced = list(facts), [dict(d) for d in docs], self.replaced + 1
        self.persons = len(graph.nodes.get("Person", []))

    def run(self, query, params=None):
        assert params == {}  # constant queries, no user input in them
        assert "(f:Fact)" in query and "MENTIONED_IN" in query  # the saved query fact_layer
        return [{"kind": "facts", "count": len(self.facts)}, {"kind": "persons", "count": self.persons}]

    def close(self):
        pass


def test_safety_db_build_and_remove_through_the_store_protocol(tmp_path, monkeypatch):
    import kg.pipeline

    store = ProtocolStore()
    monkeypatch.setattr(kg.pipeline, "open_store", lambda db, uri=None: store)
    a, b = write(tmp_path / "a.txt", "王玥", "李明"), write(tmp_path / "b.txt", "张伟")
    build([str(a), str(b)], uri="bolt://example:7687")
    assert sorted(f.person for f in store.facts) == ["张伟", "李明", "王玥"] and store.persons == 3
    report = remove([str(a)], uri="bolt://example:7687")
    assert [d["path"] for d in report.removed] == [str(a)] and report.db == "bolt://example:7687"
    assert [f.person for f in store.facts] == ["张伟"] and [d["path"] for d in store.docs] == [str(b)]
    with pytest.raises(InputError, match="a.txt: no such document in bolt://example:7687"):
        remove([str(a)], uri="bolt://example:7687")
    # an imported graph without raw facts: refused, nothing written
    imported = ProtocolStore(docs=store.docs, persons=791)
    monkeypatch.setattr(kg.pipeline, "open_store", lambda db, uri=None: imported)
    with pytest.raises(StoreError, match="^bolt://example:7687: the graph has 791 persons but no raw facts"):
        build([str(a)], uri="bolt://example:7687")
    assert imported.replaced == 0 and imported.persons == 791
