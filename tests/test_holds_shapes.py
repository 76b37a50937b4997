"""Hold tables with example sentences: kg/data/shared_posts.yaml (a bare title after a comma
shares the body of the person named before it)."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from kg.extract.mentions import _shared_table
from kg.reading import document_from_text


def _holds(text: str, jur: str | None):
    doc = document_from_text(text, "holds_test.txt")
    doc.text, doc.offsets = text, list(range(len(text) + 1))
    doc.jurisdiction, doc.date, doc.year = jur, "2024-07-05", None
    return {(f.person, f.title, f.org) for f in extract_holds(doc) if f.kind == "hold"}


@pytest.mark.parametrize("example", _shared_table()["examples"] + _shared_table()["negatives"],
                         ids=lambda e: e["text"][:12])
def test_shared_posts_examples(example):
    assert _holds(example["text"], example.get("jurisdiction")) == {tuple(x) for x in example["facts"]}
