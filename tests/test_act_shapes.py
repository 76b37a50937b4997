"""Every clause shape of kg/data/act_shapes.yaml gives the facts of its examples and none from
its negatives (the table is the specification: a new way of writing an act is a data edit with
its examples)."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.grammar import _shape, shapes
from kg.reading import document_from_text

EXAMPLES = [(s.id, e) for s in shapes() for e in s.examples]
NEGATIVES = [(s.id, n) for s in shapes() for n in s.negatives]


def _facts(text: str, jurisdiction: str | None) -> set[str]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in merge_facts(extract_acts(doc))}


@pytest.mark.parametrize("shape_id,example", EXAMPLES, ids=[f"{i}-{n}" for n, (i, _) in enumerate(EXAMPLES)])
def test_act_shapes_example_gives_its_facts(shape_id, example):
    assert _facts(example.text, example.jurisdiction) == {f.replace(" null", " None") for f in example.facts}


@pytest.mark.parametrize("shape_id,text", NEGATIVES, ids=[f"{i}-{n}" for n, (i, _) in enumerate(NEGATIVES)])
def test_act_shapes_negative_gives_no_fact(shape_id, text):
    assert _facts(text, "重庆市巴南区") == set()


def test_act_shapes_every_shape_has_examples_and_negatives():
    """Issue 9: every clause shape (fact, person, list and mode shapes, sentence shapes too) has
    positive and negative example sentences in the table."""
    assert [s.id for s in shapes() if not s.examples] == []
    assert [s.id for s in shapes() if not s.negatives] == []


@pytest.mark.parametrize("spec,message", [
    ({"id": "x", "pattern": "(?P<posts>.+)", "kind": "promote"}, "kind must be one of"),
    ({"id": "x", "pattern": "(", "kind": "appoint"}, "bad pattern"),
    ({"id": "x", "pattern": "任命", "kind": "appoint"}, "needs a (?P<posts>"),
    ({"id": "x", "pattern": "(?P<posts>.+)", "kind": "appoint", "status": "maybe"}, "status must be one of"),
    ({"id": "x", "pattern": "(?P<posts>.+)", "kind": "appoint", "colour": "red"}, "unknown field"),
])
def test_act_shapes_bad_shapes_are_refused_with_the_reason(spec, message):
    with pytest.raises(KgError, match=message.replace("(", r"\(").replace("?", r"\?")):
        _shape(spec, 1)
