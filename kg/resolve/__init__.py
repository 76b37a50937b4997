"""Resolution: facts from many documents → one graph (the only cross-document stage).

``resolve(facts, docs)`` returns a :class:`kg.model.Graph`; ``explain(facts, docs)`` returns
the decisions behind its Person nodes (what was joined and why, which namesakes were kept
apart, which remain uncertain). Both are deterministic and independent of input order.
See docs/resolution.md for the rules.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, ParamSpec, Sequence, TypeVar

from kg.model import DocumentInfo, Fact, Graph, memoized_fact_ids
from kg.resolve.graph import Assembler
from kg.resolve.organizations import OrgRegistry, org_mentions
from kg.resolve.persons import Ambiguity, PersonGroup, fact_id, resolve_persons

__all__ = ["resolve", "explain", "ResolutionReport", "PersonReport"]


@dataclass
class PersonReport:
    """One resolved person: its facts and the decisions that made it."""

    id: str
    name: str
    jurisdiction: str | None
    posts: list[str]
    facts: list[dict[str, Any]]
    merges: list[dict[str, Any]] = field(default_factory=list)
    kept_apart: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ResolutionReport:
    """What the person resolver decided, for `kg people --explain / --ambiguous`."""

    persons: list[PersonReport]
    ambiguous: list[dict[str, Any]]

    def by_name(self, name: str) -> list[PersonReport]:
        return [p for p in self.persons if p.name == name]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


P = ParamSpec("P")
R = TypeVar("R")


def memoized(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with each fact's id computed once (kg.model.memoized_fact_ids): the resolver
    asks for a fact's id about ten times; hashing its JSON each time was most of its cost."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with memoized_fact_ids():
            return fn(*args, **kwargs)

    return wrapper


def _unique(facts: list[Fact]) -> list[Fact]:
    """One fact per id (a fact given twice is the same fact), in a canonical order."""
    seen: dict[str, Fact] = {}
    for f in facts:
        seen.setdefault(fact_id(f), f)
    return [seen[k] for k in sorted(seen)]


def _scope_fn(docs: list[DocumentInfo]) -> Callable[[Fact], str]:
    juris = {d["path"]: d.get("jurisdiction") for d in docs}

    def scope_of(fact: Fact) -> str:
        """A person's resolution scope: the jurisdiction of the document that mentions them."""
        return juris.get(fact.source.doc) or ""

    return scope_of


def _persons(facts: list[Fact], docs: list[DocumentInfo], registry: OrgRegistry) -> tuple[list[Fact], list[PersonGroup], list[Ambiguity]]:
    facts = _unique(facts)
    persons, ambiguous = resolve_persons(facts, _scope_fn(docs), registry.canonical)
    return facts, persons, ambiguous


def _registry(docs: list[DocumentInfo], facts: Sequence[Fact] = ()) -> OrgRegistry:
    """The organization registry of these facts, every mention registered first in sorted order
    (OrgRegistry.preload): its rows depend on the set of mentions only."""
    registry = OrgRegistry()
    juris = {d["path"]: d.get("jurisdiction") for d in docs}
    registry.preload(m for f in facts for m in org_mentions(f, juris.get(f.source.doc)))
    return registry


@memoized
def resolve(facts: list[Fact], docs: list[DocumentInfo]) -> Graph:
    """Resolve facts (from any number of documents) into one Graph."""
    registry = _registry(docs, facts)
    facts, persons, _ = _persons(facts, docs, registry)
    asm = Assembler(docs, registry)
    asm.documents()
    asm.fact_rows(facts)
    for p in persons:
        asm.person(p)
    return asm.graph()


@memoized
def explain(facts: list[Fact], docs: list[DocumentInfo]) -> ResolutionReport:
    """The person resolver's decisions: merges with reasons, namesakes kept apart, uncertain groups."""
    _, persons, ambiguous = _persons(facts, docs, _registry(docs, facts))
    by_mention = {m.key: m for p in persons for m in p.mentions}
    reports = [_report(p, by_mention) for p in persons]
    posts = {r.id: r.posts for r in reports}
    amb = [{"name": a.name, "jurisdiction": a.scope or None, "persons": a.persons, "reason": a.reason,
            "described": [{"id": pid, "posts": posts.get(pid, [])} for pid in a.persons]} for a in ambiguous]
    return ResolutionReport(sorted(reports, key=lambda r: (r.name, r.jurisdiction or "", r.id)), amb)


def _report(p: PersonGroup, by_mention: dict) -> PersonReport:
    owner = {m.key: p.id for m in p.mentions}

    def desc(key: str) -> str:
        m = by_mention.get(key)
        return m.describe() if m else key

    merges, apart = [], []
    for d in p.decisions:
        item = {"a": desc(d.a), "b": desc(d.b), "reason": d.reason, "confident": d.confident}
        if d.action == "merge":
            merges.append(item)
        elif d.a in owner or d.b in owner:
            apart.append(item)
    posts = sorted({f"{f.org or '?'} {f.title}" for f in p.facts if f.title and f.kind != "rank"})
    facts = [{"id": fact_id(f), "kind": f.kind, "status": f.status, "title": f.title, "org": f.org,
              "doc": f.source.doc, "text": f.source.text} for f in p.facts]
    return PersonReport(p.id, p.name, p.scope or None, posts, facts, merges, apart)
