"""`kg load`: facts extracted before (shards or a facts JSONL) resolved and stored, no extraction,
with readable progress (issue 13) -- through the console entry, in process (conftest.kg)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, kg

sys.path.insert(0, str(ROOT / "tests"))
from test_incremental import assert_same  # noqa: E402

S000 = "samples/000_0945f9fe5f825365.txt"
S003 = "samples/003_c62ba9d0d4872cf1.txt"


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shards") / "shards"
    run = kg("extract", S000, S003, "--shards", str(out), "--shard-size", "1")
    assert run.returncode == 0, run.stderr
    return out


def test_load_shards_gives_the_graph_of_a_build_from_the_documents(shards, tmp_path):
    loaded, built = tmp_path / "loaded.db", tmp_path / "built.db"
    run = kg("load", str(shards), "--db", str(loaded))
    assert run.returncode == 0, run.stderr
    assert re.search(r"^2 documents, \d+ facts → \d+ nodes, \d+ relationships in ", run.stderr, re.M), run.stderr
    assert kg("build", S000, S003, "--db", str(built)).returncode == 0
    assert_same(loaded, built)


def test_load_shows_a_line_per_stage_off_a_terminal(shards, tmp_path):
    run = kg("load", str(shards), "--db", str(tmp_path / "kg.db"), env={"KG_PROGRESS": "lines"})
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("kg load: ")]
    assert [line.split()[2] for line in lines] == ["shards", "resolve", "write"], run.stderr
    assert re.match(r"kg load: shards 2/2 documents, \d+ facts in [\d.]+ s \(", lines[0]), lines[0]
    assert re.match(r"kg load: resolve (\d+)/\1 facts in ", lines[1]), lines[1]
    assert re.match(r"kg load: write \d+ rows in .* rows/s", lines[2]), lines[2]


def test_load_into_an_existing_graph_adds_documents(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert kg("extract", S000, "--shards", str(one)).returncode == 0
    assert kg("extract", S003, "--shards", str(two)).returncode == 0
    db, built = tmp_path / "kg.db", tmp_path / "built.db"
    assert kg("load", str(one), "--db", str(db)).returncode == 0
    run = kg("load", str(two / "shard-00000.jsonl"), "--db", str(db))
    assert run.returncode == 0, run.stderr
    assert kg("build", S000, S003, "--db", str(built)).returncode == 0
    assert_same(db, built)


def test_load_a_facts_jsonl_of_kg_extract(tmp_path):
    facts = tmp_path / "facts.jsonl"
    assert kg("extract", S000, S003, "-o", str(facts)).returncode == 0
    n = sum(1 for line in facts.read_text(encoding="utf-8").splitlines() if line.strip())
    run = kg("load", str(facts), "--db", str(tmp_path / "kg.db"))
    assert run.returncode == 0, run.stderr
    assert "facts without document lines" in run.stderr  # no title, date, jurisdiction: said once
    assert f"2 documents, {n} facts" in run.stderr
    stats = kg("query", "stats", "--db", str(tmp_path / "kg.db"), "--json")
    counts = {r["kind"]: r["count"] for r in json.loads(stats.stdout)}
    assert counts["Document"] == 2 and counts["Person"] > 0


def test_load_bad_input_is_one_error_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kg_document": {"path": "x.txt"}}\nnot json\n', encoding="utf-8")
    run = kg("load", str(bad), "--db", str(tmp_path / "kg.db"))
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1].startswith(f"Error: {bad}: line 2: not JSON")
    missing = kg("load", str(tmp_path / "nothing.jsonl"), "--db", str(tmp_path / "kg.db"))
    assert missing.returncode == 1 and "no such fact shard" in missing.stderr
    assert not (tmp_path / "kg.db").exists()
