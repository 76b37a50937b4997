"""Streaming full builds (kg.streaming): a build resolved and written a group of persons at a
time gives exactly the database a build from memory gives -- every node, relationship,
property, span and lookup row -- whatever the group size; so does a full rebuild of a stored
graph. Documents come in as fact shards (as in tests/test_incremental.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.model import Fact
from kg.pipeline import build, doc_info, extract_one
from kg.progress import Progress
from kg.shards import read_shards, write_shard
from kg.streaming import Spill

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from test_incremental import assert_same  # noqa: E402

SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt"))


@pytest.fixture(autouse=True)
def few_spill_files(monkeypatch):
    """8 spill files, not 256: groups of one file are then a handful of COPY rounds, not hundreds."""
    import kg.streaming

    monkeypatch.setattr(kg.streaming, "PARTS", 8)


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> str:
    items = []
    for path in SAMPLES:
        e = extract_one(str(path.relative_to(ROOT)))
        assert e.doc is not None, e.error
        items.append((doc_info(e.doc, [e.real_path]), e.facts))
    out = tmp_path_factory.mktemp("samples") / "samples.jsonl"
    write_shard(out, items)
    return str(out)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[tuple[dict, list[Fact]]]:
    import corpus_gen

    out = tmp_path_factory.mktemp("gen")
    corpus_gen.generate(out, 40, seed=5, places=4)
    return list(read_shards([out / "gold-shards"]))


@pytest.mark.parametrize("batch", [1, 50, 10**9])
def test_samples_streamed_in_groups_give_the_graph_built_in_memory(samples, tmp_path, batch):
    streamed, memory = tmp_path / "s.db", tmp_path / "m.db"
    report = build([], streamed, shards=[samples], batch=batch)
    reference = build([], memory, shards=[samples], stream=False)
    assert (report.documents, report.facts, report.nodes, report.relationships) == (
        reference.documents, reference.facts, reference.nodes, reference.relationships)
    assert_same(streamed, memory)


def test_generated_corpus_in_batches_of_two_documents_and_of_one_spill_file(generated, tmp_path):
    """Documents read two at a time (shards of two documents) and groups of one spill file give
    the graph of one batch (everything in one group)."""
    shards = tmp_path / "shards"
    for i in range(0, len(generated), 2):
        write_shard(shards / f"s-{i:04d}.jsonl", generated[i : i + 2])
    small, one = tmp_path / "small.db", tmp_path / "one.db"
    build([], small, shards=[str(shards)], batch=1)
    build([], one, shards=[str(shards)], batch=10**9)
    assert_same(small, one)
    build([], tmp_path / "memory.db", shards=[str(shards)], stream=False)
    assert_same(small, tmp_path / "memory.db")


def test_full_rebuild_of_a_stored_graph_streams_the_stored_facts(generated, tmp_path):
    """A rebuild (incremental=False) of a database that holds documents, with some of them read
    again and new ones: the stored facts are read back a batch of documents at a time."""
    first, second = generated[:25], generated[15:]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_shard(a, first)
    write_shard(b, second)
    streamed, memory = tmp_path / "s.db", tmp_path / "m.db"
    build([], streamed, shards=[str(a)], batch=7)
    report = build([], streamed, shards=[str(b)], incremental=False, batch=7)
    assert report.mode == "full"
    build([], memory, shards=[str(a)], stream=False)
    build([], memory, shards=[str(b)], incremental=False, stream=False)
    assert_same(streamed, memory)


def test_spill_groups_whole_files_up_to_the_batch(tmp_path):
    spill = Spill(tmp_path, parts=4)
    spill.counts = [3, 0, 2, 5]
    assert list(spill.groups(5)) == [[0, 2], [3]]
    assert list(spill.groups(1)) == [[0], [2], [3]]
    assert list(spill.groups(100)) == [[0, 2, 3]]


def test_streamed_stages_are_one_line_each_off_a_terminal(samples, tmp_path, monkeypatch):
    import io

    monkeypatch.setenv("KG_PROGRESS", "lines")
    out = io.StringIO()
    with Progress("kg build", stream=out, terminal=False) as progress:
        build([], tmp_path / "p.db", shards=[samples], batch=1, progress=progress)
    lines = out.getvalue().splitlines()
    assert [line.split()[2] for line in lines] == ["shards", "resolve", "write"], lines
    assert "facts" in lines[1] and "rows" in lines[2]
