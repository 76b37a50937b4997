"""The nationwide corpus is what corpus/README.md says: gold files valid against their documents,
every document in a manifest with its source, enough documents, places and frozen ones."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.eval import load_gold_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = sorted(CORPUS.glob("*/gold/*.jsonl"))


def _manifest() -> list[dict[str, str]]:
    rows = []
    for path in sorted((CORPUS / "manifest").glob("*.tsv")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh, delimiter="\t"))
    return rows


def test_corpus_size_places_and_frozen_part():
    rows = _manifest()
    assert len(rows) >= 80
    assert len({r["province"] for r in rows if r["province"] != "central"}) >= 25
    assert any(r["province"] == "central" for r in rows)
    assert sum(r["split"] == "frozen" for r in rows) >= 20


def test_corpus_every_document_has_gold_manifest_row_and_source():
    rows = {r["id"]: r for r in _manifest()}
    docs = sorted(CORPUS.glob("*/docs/*.txt"))
    assert {d.stem for d in docs} == set(rows)
    for doc in docs:
        row = rows[doc.stem]
        assert doc.parent.parent.name == row["split"], doc
        assert row["source_url"].startswith("http"), doc
        assert (doc.parent.parent / "gold" / f"{doc.stem}.jsonl").exists(), doc


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_corpus_gold_evidence_is_the_original_text(path):
    rows = load_gold_file(path)
    scope = rows[0]["_scope"]["doc"]
    text = (ROOT / scope).read_bytes().decode("utf-8-sig")
    for row in rows[1:]:
        for ev in [row["source"], *row.get("evidence", [])]:
            assert ev["doc"] == scope
            assert text[ev["start"]:ev["end"]] == ev["text"], (path.name, row["person"])
