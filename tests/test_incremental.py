"""Incremental builds (kg.incremental): adding documents to a database, or removing some, gives
exactly the database a build from scratch over the same documents gives -- every node, every
relationship, every property, the lookup tables too.

Documents come in as fact shards (extracted once per module), so each build here is resolution
and store only: the samples, a synthetic corpus whose people reappear across documents of one
county (bench/corpus_gen.py: namesakes and posts whose holders follow one another across the
two batches), hand-made facts for the sharp cases, and a few documents of corpus/dev. The other
splits, three builds in a row, corpus/dev and the fallback are ``slow`` (CI runs them).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest

import kg.incremental
from kg.model import Evidence, Fact
from kg.pipeline import build, doc_info, extract_one, remove
from kg.shards import read_shards, write_shard
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt"))
DEV = ["attendlist-chongqing-01.txt", "actnews-guangxi-01.txt", "actnews-henan-02.txt", "actnews-hubei-02.txt"]


@pytest.fixture(autouse=True)
def always_incremental(monkeypatch):
    """Small graphs: any change touches a large share of them; test the incremental path anyway."""
    monkeypatch.setattr(kg.incremental, "FULL_SHARE", 1.0)


# -- helpers ------------------------------------------------------------------------------------
def dump(db: Path) -> dict[str, list[str]]:
    """Every table of the database (graph, lookup tables, spans) as sorted JSON rows."""
    out: dict[str, list[str]] = {}
    with open_store(str(db), read_only=True) as s:
        tables = s.run("CALL show_tables() RETURN name, type")
        for t in tables:
            name = t["name"]
            if str(t["type"]).upper().startswith("NODE"):
                rows = s.run(f"MATCH (n:`{name}`) RETURN n.*")
                out[name] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
            else:
                rows = s.run(f"MATCH (a)-[r:`{name}`]->(b) RETURN a.id AS a, b.id AS b, r")
                out[name] = sorted(json.dumps({"a": r["a"], "b": r["b"], **{k: v for k, v in r["r"].items()
                                                                            if not k.startswith("_")}},
                                              ensure_ascii=False, sort_keys=True, default=str) for r in rows)
    return out


def assert_same(got: Path, want: Path) -> None:
    a, b = dump(got), dump(want)
    problems = []
    for table in sorted(set(a) | set(b)):
        x, y = set(a.get(table, [])), set(b.get(table, []))
        if x != y or len(a.get(table, [])) != len(b.get(table, [])):
            extra, missing = sorted(x - y), sorted(y - x)
            problems.append(f"{table}: {len(extra)} rows only incremental, {len(missing)} only from scratch"
                            + "".join(f"\n  + {r[:300]}" for r in extra[:2]) + "".join(f"\n  - {r[:300]}" for r in missing[:2]))
    assert not problems, "\n".join(problems)
    assert sum(len(v) for v in a.values()) > 0


def shard(tmp: Path, name: str, items: list[tuple[dict, list[Fact]]]) -> str:
    path = tmp / f"{name}.jsonl"
    write_shard(path, items)
    return str(path)


def check_split(tmp: Path, items: list[tuple[dict, list[Fact]]], first: list[int], name: str = "x") -> None:
    """Build the documents ``first``, add the others incrementally; compare with one build of all."""
    a = [items[i] for i in first]
    b = [it for i, it in enumerate(items) if i not in set(first)]
    inc, full = tmp / f"{name}-inc.db", tmp / f"{name}-full.db"
    build([], inc, shards=[shard(tmp, f"{name}-a", a)])
    report = build([], inc, shards=[shard(tmp, f"{name}-b", b)])
    assert report.mode == "incremental"
    build([], full, shards=[shard(tmp, f"{name}-all", a + b)], incremental=False)
    assert_same(inc, full)


def buckets(items: list[tuple[dict, list[Fact]]]) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for info, facts in items:
        for f in facts:
            out.setdefault((info.get("jurisdiction") or "", f.person), set()).add(info["id"])
    return out


# -- inputs ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def samples() -> list[tuple[dict, list[Fact]]]:
    out = []
    for path in SAMPLES:
        e = extract_one(str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path))
        assert e.doc is not None, e.error
        out.append((doc_info(e.doc, [e.real_path]), e.facts))
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[tuple[dict, list[Fact]]]:
    import corpus_gen

    out = tmp_path_factory.mktemp("gen")
    corpus_gen.generate(out, 48, seed=3, places=4)
    return list(read_shards([out / "gold-shards"]))


# -- samples ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("first", [[0, 1, 2], pytest.param([2], marks=pytest.mark.slow),
                                   pytest.param([0, 3, 4], marks=pytest.mark.slow),
                                   pytest.param([1, 2, 3, 4], marks=pytest.mark.slow)])
def test_samples_added_in_two_batches_give_the_graph_of_one_build(samples, tmp_path, first):
    check_split(tmp_path, samples, first)


# -- a synthetic corpus: careers across documents ----------------------------------------------------
def test_generated_corpus_has_people_and_posts_across_both_batches(generated):
    first = set(range(0, len(generated), 2))
    split = buckets(generated)
    ids = [info["id"] for info, _ in generated]
    across = [k for k, docs in split.items() if {ids.index(d) in first for d in docs} == {True, False}]
    assert len(across) >= 10  # the same name in one county, in both batches


@pytest.mark.parametrize("how", ["halves", pytest.param("interleaved", marks=pytest.mark.slow), "last_one",
                                 pytest.param("first_one", marks=pytest.mark.slow)])
def test_generated_corpus_added_incrementally(generated, tmp_path, how):
    n = len(generated)
    first = {"halves": list(range(n // 2)), "interleaved": list(range(0, n, 2)),
             "last_one": list(range(n - 1)), "first_one": [0]}[how]
    check_split(tmp_path, generated, first, how)


@pytest.mark.slow
def test_generated_corpus_in_three_builds(generated, tmp_path):
    n = len(generated)
    parts = [generated[: n // 3], generated[n // 3 : 2 * n // 3], generated[2 * n // 3 :]]
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    for i, part in enumerate(parts):
        build([], inc, shards=[shard(tmp_path, f"p{i}", part)])
    build([], full, shards=[shard(tmp_path, "all", generated)], incremental=False)
    assert_same(inc, full)


def test_remove_gives_the_graph_of_the_documents_left(generated, tmp_path):
    n = len(generated)
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    build([], inc, shards=[shard(tmp_path, "all", generated)])
    gone = [generated[i][0] for i in range(1, n, 5)]
    report = remove([d["sha256"] for d in gone], inc)
    assert [d["id"] for d in report.removed] == sorted(d["id"] for d in gone) or len(report.removed) == len(gone)
    kept = [it for i, it in enumerate(generated) if i not in set(range(1, n, 5))]
    build([], full, shards=[shard(tmp_path, "kept", kept)], incremental=False)
    assert_same(inc, full)


def test_removing_a_whole_county_takes_its_organizations_away(generated, tmp_path):
    county = generated[0][0]["jurisdiction"]
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    build([], inc, shards=[shard(tmp_path, "all", generated)])
    gone = [info for info, _ in generated if info["jurisdiction"] == county]
    assert 0 < len(gone) < len(generated)
    remove([d["sha256"] for d in gone], inc)
    build([], full, shards=[shard(tmp_path, "kept", [it for it in generated if it[0]["jurisdiction"] != county])],
          incremental=False)
    assert_same(inc, full)
    with open_store(str(inc), read_only=True) as s:
        assert not s.run("MATCH (o:Organization) WHERE o.name = $n RETURN o.id", {"n": county})


@pytest.mark.slow
def test_every_mention_replayed_gives_the_same_graph(generated, tmp_path, monkeypatch):
    """The safety path (kg.orgs reading an organization two ways): organizations from every mention."""
    monkeypatch.setattr(kg.incremental, "_orgs_after_adding", lambda *a: None)
    monkeypatch.setattr(kg.incremental, "_orgs_after_losing", lambda *a: None)
    n = len(generated)
    check_split(tmp_path, generated, list(range(n // 2)), "replay")
    inc, full = tmp_path / "replay-inc.db", tmp_path / "first.db"
    remove([info["sha256"] for info, _ in generated[n // 2 :]], inc)
    build([], full, shards=[shard(tmp_path, "first", generated[: n // 2])], incremental=False)
    assert_same(inc, full)


def test_the_same_documents_again_change_nothing(generated, tmp_path):
    inc = tmp_path / "inc.db"
    build([], inc, shards=[shard(tmp_path, "all", generated)])
    before = dump(inc)
    report = build([], inc, shards=[shard(tmp_path, "some", generated[3:9])])
    assert report.mode == "incremental"
    assert dump(inc) == before


# -- hand-made facts: the sharp cases ------------------------------------------------------------------
GOV = "重庆市巴南区人民政府"


def info(n: int, date: str, juris: str = "重庆市巴南区") -> dict:
    sha = f"{n:02d}" * 32
    return {"id": sha[:16], "path": f"/virtual/doc{n}.txt", "title": f"doc {n}", "date": date, "year": int(date[:4]),
            "jurisdiction": juris, "sha256": sha, "real_paths": [f"/virtual/doc{n}.txt"]}


def fact(doc: dict, kind: str, person: str, title: str, org: str | None = GOV, at: int = 0, **kw) -> Fact:
    text = f"{kind} {person} {org or ''}{title}"
    return Fact(kind=kind, status="decided", person=person, title=title, org=org, org_text=org, date=kw.pop("date", doc["date"]),
                source=Evidence(doc["path"], at, at + len(text), text), **kw)


def test_namesakes_successions_and_the_newest_date_across_batches(tmp_path):
    d1, d2, d3, d4 = info(1, "2020-03-01"), info(2, "2021-05-01"), info(3, "2023-09-01"), info(4, "2023-09-02", "重庆市綦江区")
    a = [
        (d1, [fact(d1, "appoint", "张伟", "副区长"), fact(d1, "appoint", "李强", "区长", at=40),
              fact(d1, "hold", "王芳", "局长", "重庆市巴南区财政局", at=80)]),
        (d2, [fact(d2, "remove", "李强", "区长"), fact(d2, "appoint", "陈明", "区长", at=40),
              fact(d2, "appoint", "张伟", "局长", "重庆市巴南区审计局", at=80, decided_by="重庆市巴南区人民代表大会常务委员会")]),
    ]
    b = [
        # 张伟 again (a shared post: one person across the batches; 局长 of another bureau: a namesake)
        (d3, [fact(d3, "remove", "张伟", "副区长"), fact(d3, "appoint", "张伟", "局长", "重庆市巴南区商务委员会", at=40),
              fact(d3, "remove", "陈明", "区长", at=80), fact(d3, "appoint", "赵刚", "区长", at=120),
              fact(d3, "rank", "王芳", "一级调研员", None, at=160)]),
        (d4, [fact(d4, "appoint", "张伟", "副区长", "重庆市綦江区人民政府")]),  # same name, another county
    ]
    check_split(tmp_path, a + b, [0, 1], "hand")
    # and back: the later documents removed give the graph of the first ones
    inc, full = tmp_path / "hand-inc.db", tmp_path / "first.db"
    remove([d3["sha256"], d4["sha256"]], inc)
    build([], full, shards=[shard(tmp_path, "first", a)], incremental=False)
    assert_same(inc, full)


# -- corpus/dev documents -------------------------------------------------------------------------------
@pytest.mark.slow
def test_dev_documents_added_one_by_one(tmp_path):
    items = []
    for name in DEV:
        e = extract_one(str(ROOT / "corpus" / "dev" / "docs" / name))
        assert e.doc is not None, e.error
        items.append((doc_info(e.doc, [e.real_path]), e.facts))
    assert sum(len(f) for _, f in items) > 20
    inc, full = tmp_path / "inc.db", tmp_path / "full.db"
    for i, it in enumerate(items):
        report = build([], inc, shards=[shard(tmp_path, f"d{i}", [it])])
        assert report.mode == ("full" if i == 0 else "incremental")
    build([], full, shards=[shard(tmp_path, "all", items)], incremental=False)
    assert_same(inc, full)


# -- when the change is large: everything is rebuilt, and the log says why ------------------------------------
@pytest.mark.slow
def test_a_large_change_rebuilds_everything_and_says_why(generated, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(kg.incremental, "FULL_SHARE", 0.3)
    inc = tmp_path / "inc.db"
    build([], inc, shards=[shard(tmp_path, "few", generated[:4])])
    with caplog.at_level(logging.INFO, logger="kg.pipeline"):
        report = build([], inc, shards=[shard(tmp_path, "rest", generated[4:])])
    assert report.mode == "full"
    assert any("full rebuild" in r.getMessage() for r in caplog.records)
    full = tmp_path / "full.db"
    build([], full, shards=[shard(tmp_path, "all", generated)], incremental=False)
    assert_same(inc, full)
