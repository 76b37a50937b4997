"""Scale paths: parallel extraction, fact shards, progress lines (issue 13). Small inputs only:
timings belong to bench/bench_scale.py."""

from __future__ import annotations

import io
import json

import pytest

from conftest import kg
from kg.pipeline import build, extract_paths
from kg.progress import Progress
from kg.shards import DOC_KEY, read_shards, write_shard
from kg.store import open_store

DOCS = {
    "a.txt": "重庆市巴南区人民政府关于赵吉春等同志职务任免的通知\n经区政府研究，决定：\n任命赵吉春为重庆市巴南区民政局局长；\n"
             "免去刘松的重庆市巴南区审计局副局长职务。\n重庆市巴南区人民政府\n2021年3月2日\n",
    "b.txt": "重庆市巴南区第十八届人民代表大会常务委员会第三次会议于2021年8月17日决定：\n决定任命刘松为重庆市巴南区审计局局长。\n",
    "c.txt": "河南省焦作市温县年鉴（2022）\n\n河南省焦作市温县领导名单\n\n河南省焦作市温县人民政府\n王伟　　县长\n李明　　副县长\n",
    "d.txt": "王伟，男，汉族，1972年5月生，温县人，大学学历，1994年7月参加工作，中共党员。\n现任河南省焦作市温县人民政府县长。\n",
    "e.txt": "",  # an error: the batch goes on, in both modes
    "f.txt": "决定任命赵吉春为重庆市巴南区民政局局长。\n",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "copy-of-a.txt").write_text(DOCS["a.txt"], encoding="utf-8")  # same content, another path
    return folder


def _summary(items):
    return [(e.path, e.same_as, str(e.error) if e.error else None, [f.to_json() for f in e.facts]) for e in items]


def test_parallel_extract_same_as_one_process(corpus):
    one = _summary(extract_paths([str(corpus)], dedupe=True))
    two = _summary(extract_paths([str(corpus)], dedupe=True, workers=2))
    assert one == two
    assert sum(len(x[3]) for x in one) >= 5 and any(x[2] for x in one) and any(x[1] for x in one)


def _graph_of(db) -> dict:
    """Every node id per label and every relationship (type, from, to), sorted."""
    out = {}
    with open_store(str(db), read_only=True) as s:
        for label in ("Person", "Organization", "Post", "Event", "Document", "Fact"):
            out[label] = [r["id"] for r in s.run(f"MATCH (n:{label}) RETURN n.id AS id ORDER BY id")]
        out["rels"] = [(r["t"], r["x"], r["y"]) for r in s.run(
            "MATCH (a)-[r]->(b) RETURN label(r) AS t, a.id AS x, b.id AS y ORDER BY t, x, y")]
        out["held"] = s.run("MATCH (p:Person)-[h:HELD]->(x:Post) RETURN p.id AS pid, x.id AS xid, h.start AS s, "
                            "h.evidence AS e ORDER BY pid, xid")
    return out


def test_build_from_shards_same_graph_as_from_documents(corpus, tmp_path):
    from kg.cli.extract_cmd import extract_shards

    direct = tmp_path / "direct.db"
    report = build([str(corpus)], str(direct))
    assert report.errors and report.relationships > 10
    read, failed, facts, files = extract_shards([str(corpus)], str(tmp_path / "shards"), workers=2, shard_size=3)
    assert read + failed == len(DOCS) + 1 and failed == len(report.errors) and len(files) == 2
    sharded = tmp_path / "sharded.db"
    build([], str(sharded), shards=[str(tmp_path / "shards")])
    assert _graph_of(sharded) == _graph_of(direct)


def test_shard_round_trip_and_bad_shard(tmp_path):
    from kg.errors import InputError
    from kg.model import Evidence, Fact

    ev = Evidence("x.txt", 0, 5, "任命张三")
    fact = Fact("appoint", "decided", "张三", "局长", "某局", "某局", None, ev, [ev])
    info = {"id": "abc", "path": "x.txt", "sha256": "abc" * 10}
    write_shard(tmp_path / "s.jsonl", [(info, [fact, fact]), ({**info, "path": "y.txt"}, [])])
    got = list(read_shards([tmp_path]))
    assert [i["path"] for i, _ in got] == ["x.txt", "y.txt"] and got[0][1] == [fact, fact] and got[1][1] == []
    (tmp_path / "bad.jsonl").write_text(json.dumps(fact.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"before any {DOC_KEY}"):
        list(read_shards([tmp_path / "bad.jsonl"]))


def test_progress_line_per_stage_off_a_terminal():
    out = io.StringIO()
    p = Progress("kg build", stream=out, terminal=False, min_documents=0)
    p.stage("extract", total=3)
    for _ in range(3):
        p.advance(1, facts=4)
    p.stage("resolve", unit="facts")
    p.advance(12)
    p.end()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("kg build: extract 3/3 documents, 12 facts in ") and "documents/s" in lines[0]
    assert lines[1].startswith("kg build: resolve 12 facts in ")
    assert set(p.times) == {"extract", "resolve"}
    quiet = io.StringIO()
    p = Progress("kg extract", stream=quiet, terminal=False)  # a small run: its stderr is its errors only
    p.stage("extract", total=3)
    p.advance(3, facts=1)
    p.end()
    assert quiet.getvalue() == ""


def test_cli_build_from_shards_and_workers(corpus, tmp_path):
    shards = tmp_path / "sh"
    run = kg("extract", str(corpus), "--shards", str(shards), "--workers", "2")
    assert run.returncode == 1 and "Error: " in run.stderr  # the empty file; the rest is written
    run = kg("build", "--facts", str(shards), "--db", str(tmp_path / "g.db"))
    assert run.returncode == 0, run.stderr
    assert "documents" in run.stderr.splitlines()[-1]


def test_dask_shards_same_graph_as_from_documents(corpus, tmp_path):
    pytest.importorskip("dask.bag", reason="Dask is optional (pip install 'kg-officials[distributed]')")
    from kg.distributed import extract_with_dask

    parts = extract_with_dask([str(corpus)], str(tmp_path / "shards"), partition_size=3)
    direct = build([str(corpus)], str(tmp_path / "direct.db"))
    errors = sum(len(p["errors"]) for p in parts)
    assert errors == len(direct.errors) >= 1 and sum(p["read"] for p in parts) == len(DOCS) + 1 - errors
    build([], str(tmp_path / "dask.db"), shards=[str(tmp_path / "shards")])
    assert _graph_of(tmp_path / "dask.db") == _graph_of(tmp_path / "direct.db")
