"""What the breadth tests (tests/test_breadth38.py …) read of a text: the facts of its document and
each as the key "kind status person title org" their case tables write."""

from kg.extract import extract_document
from kg.model import Fact
from kg.reading import document_from_text


def read_facts(text: str) -> tuple[list[Fact], set[str]]:
    """The facts of ``text`` as one document, and their keys."""
    facts = extract_document(document_from_text(text))
    return facts, {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in facts}


def assert_reading(text: str, wanted: set[str], never: tuple[str, ...]) -> None:
    """A breadth case: ``text`` gives every key of ``wanted``, and no key holds a word of ``never``."""
    _, got = read_facts(text)
    assert wanted <= got, sorted(got)
    assert not any(word in fact for word in never for fact in got), sorted(got)
