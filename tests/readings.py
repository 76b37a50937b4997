"""What the breadth tests (tests/test_breadth38.py …) read of a text: the facts of its document and
each as the key "kind status person title org" their case tables write."""

from kg.extract import extract_document
from kg.model import Fact
from kg.reading import document_from_text


def read_facts(text: str) -> tuple[list[Fact], set[str]]:
    """The facts of ``text`` as one document, and their keys."""
    facts = extract_document(document_from_text(text))
    return facts, {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in facts}
