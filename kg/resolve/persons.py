"""Person resolution: which facts are about the same real person.

Facts are first grouped into *mentions* by construction (all facts of one roster row; every
other fact alone). Mentions with the same name in the same jurisdiction are then linked on
evidence only — a shared post, a shared organization, the same passage of one document —
never on the name alone; links are refused when attributes conflict (gender, birth, native
place, ethnicity) or when two rows of one roster share no post (a roster lists different
people in different rows). Links are applied strongest first in an order fixed by canonical
keys, so the result does not depend on the order of the input. Every decision is recorded
with its reason (see docs/resolution.md).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from kg.model import ACT_KINDS, Fact, fact_id

ATTRS = ("gender", "ethnicity", "birth", "native_place", "education", "party_join", "work_start")
IDENTITY_ATTRS = ("gender", "ethnicity", "birth", "native_place")
PASSAGE_GAP = 200  # characters between two evidence spans that still count as one passage

STRONG, PASSAGE, ORG = 3, 2, 1
STRENGTH_NAMES = {STRONG: "shared post", PASSAGE: "same passage", ORG: "shared organization or title"}


def is_list_row(fact: Fact) -> bool:
    """Rows of attendee / member lists (Fact.list_row) rather than of a yearbook roster."""
    return bool(fact.list_row)


def roster_row(fact: Fact) -> tuple[str, str, str] | None:
    """(doc, section, row) for facts of a roster row, else None."""
    if fact.row is None:
        return None
    return (fact.source.doc, fact.section or "", fact.row)


@dataclass
class Mention:
    """Facts known by construction to be one person (one roster row, or one fact)."""

    key: str
    name: str
    scope: str
    facts: list[Fact]
    row: tuple[str, str, str] | None = None
    canon: Callable[[str], str] = staticmethod(lambda o: o)

    @property
    def docs(self) -> set[str]:
        return {f.source.doc for f in self.facts}

    @property
    def posts(self) -> set[tuple[str, str]]:
        return {(self.canon(f.org), f.title) for f in self.facts if f.org and f.title and f.kind != "rank"}

    @property
    def titles_unplaced(self) -> set[str]:
        """Titles (and ranks) whose organization the text does not give."""
        return {f.title for f in self.facts if f.title and (not f.org or f.kind == "rank")}

    @property
    def titles(self) -> set[str]:
        return {f.title for f in self.facts if f.title}

    @property
    def listed(self) -> bool:
        return any(is_list_row(f) for f in self.facts)

    @property
    def orgs(self) -> set[str]:
        return {self.canon(f.org) for f in self.facts if f.org and f.kind != "rank"}

    def spans(self) -> list[tuple[str, int, int]]:
        return [e.key() for f in self.facts for e in [f.source, *f.evidence]]

    def attrs(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in sorted(self.facts, key=fact_id):
            for k, v in (f.person_attrs or {}).items():
                if v not in (None, "") and k not in out:
                    out[k] = v
        return out

    def describe(self) -> str:
        posts = sorted({f"{f.org or '?'}·{f.title}" for f in self.facts if f.title})
        where = f"row {self.row[2]} of '{self.row[1]}'" if self.row else f"{self.facts[0].kind}/{self.facts[0].status}"
        return f"{self.name} [{where} in {sorted(self.docs)[0]}] {', '.join(posts[:4])}"


@dataclass
class Decision:
    """One resolver decision between two mentions: 'merge' or 'apart', with its reason."""

    action: str
    a: str
    b: str
    reason: str
    confident: bool = True


@dataclass
class PersonGroup:
    """One resolved person: its mentions and the decisions that concern it."""

    id: str
    name: str
    scope: str
    mentions: list[Mention]
    decisions: list[Decision] = field(default_factory=list)

    @property
    def facts(self) -> list[Fact]:
        return sorted((f for m in self.mentions for f in m.facts), key=fact_id)

    def attrs(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for m in sorted(self.mentions, key=lambda m: m.key):
            for k, v in m.attrs().items():
                out.setdefault(k, v)
        return out


@dataclass
class Ambiguity:
    """Same-name persons of one jurisdiction kept apart without evidence either way."""

    name: str
    scope: str
    persons: list[str]
    reason: str


def build_mentions(facts: list[Fact], scope_of, canon=lambda o: o) -> list[Mention]:
    """Group facts into mentions: one per roster row, one per other fact."""
    rows: dict[tuple, list[Fact]] = {}
    singles: list[Fact] = []
    for f in facts:
        r = roster_row(f)
        if r:
            rows.setdefault((f.person, *r), []).append(f)
        else:
            singles.append(f)
    mentions = [
        Mention(_mention_key(fs), k[0], scope_of(fs[0]), sorted(fs, key=fact_id), k[1:], canon) for k, fs in rows.items()
    ]
    mentions += [Mention(_mention_key([f]), f.person, scope_of(f), [f], None, canon) for f in singles]
    return sorted(mentions, key=lambda m: m.key)


def _mention_key(facts: list[Fact]) -> str:
    return min(fact_id(f) for f in facts)


def _norm_place(v: str) -> str:
    return re.sub(r"[省市区县人\s]", "", str(v))


def attr_conflict(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two attribute sets cannot describe one person, or None."""
    for k in IDENTITY_ATTRS:
        x, y = a.get(k), b.get(k)
        if not x or not y:
            continue
        if k == "birth":
            if not (str(x).startswith(str(y)) or str(y).startswith(str(x))):
                return f"different birth ({x} vs {y})"
        elif k == "native_place":
            nx, ny = _norm_place(x), _norm_place(y)
            if nx not in ny and ny not in nx:
                return f"different native place ({x} vs {y})"
        elif x != y:
            return f"different {k} ({x} vs {y})"
    return None


def _passage_gap(a: Mention, b: Mention) -> int | None:
    best = None
    for da, sa, ea in a.spans():
        for db, sb, eb in b.spans():
            if da != db:
                continue
            gap = max(0, max(sa, sb) - min(ea, eb))
            best = gap if best is None else min(best, gap)
    return best


def link(a: Mention, b: Mention) -> tuple[int, str] | Decision:
    """Evidence that a and b are one person: (strength, reason); a Decision when they must stay apart; (0, '') when none."""
    conflict = attr_conflict(a.attrs(), b.attrs())
    if conflict:
        return Decision("apart", a.key, b.key, conflict)
    shared = sorted(a.posts & b.posts)
    ra, rb = a.row, b.row
    if ra and rb and ra[0] == rb[0] and not shared and (ra[1] == rb[1] or not (a.listed or b.listed)):
        return Decision("apart", a.key, b.key, "two rows of one roster with no post in common (a roster lists each person in one row per section, repeating the shared posts)")
    if shared:
        org, title = shared[0]
        return STRONG, f"same post {org}·{title}"
    if not (a.row and b.row):  # two roster rows are near each other by layout, not by meaning
        gap = _passage_gap(a, b)
        if gap is not None and gap <= PASSAGE_GAP:
            return PASSAGE, f"same passage of {sorted(a.docs & b.docs)[0]} ({gap} characters apart)"
    common = sorted(a.orgs & b.orgs)
    if common:
        return ORG, f"same organization {common[0]}"
    same_doc = sorted(a.docs & b.docs)
    titles = sorted((a.titles_unplaced & b.titles) | (b.titles_unplaced & a.titles))
    if same_doc and titles:
        return ORG, f"same title {titles[0]} in {same_doc[0]} (organization not given)"
    return 0, ""


class _Groups:
    """Union-find over mentions with cannot-link constraints and merged attributes."""

    def __init__(self, mentions: list[Mention]):
        self.parent = {m.key: m.key for m in mentions}
        self.members = {m.key: [m] for m in mentions}
        self.attrs = {m.key: m.attrs() for m in mentions}
        self.cannot: set[frozenset[str]] = set()

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def blocked(self, ra: str, rb: str) -> str | None:
        conflict = attr_conflict(self.attrs[ra], self.attrs[rb])
        if conflict:
            return f"the merged person would have {conflict}"
        keys_a = {m.key for m in self.members[ra]}
        keys_b = {m.key for m in self.members[rb]}
        if any(frozenset((x, y)) in self.cannot for x in keys_a for y in keys_b):
            return "would join two roster rows that must stay apart"
        return None

    def union(self, ra: str, rb: str) -> None:
        root, other = sorted((ra, rb))
        self.parent[other] = root
        self.members[root] += self.members.pop(other)
        merged = dict(self.attrs.pop(other))
        merged.update({k: v for k, v in self.attrs[root].items() if v})
        self.attrs[root] = merged


def resolve_bucket(mentions: list[Mention]) -> tuple[list[list[Mention]], list[Decision]]:
    """Resolve the mentions of one (name, jurisdiction): groups of mentions and the decisions taken."""
    groups = _Groups(mentions)
    decisions: list[Decision] = []
    candidates: list[tuple[int, str, str, str]] = []
    for i, a in enumerate(mentions):
        for b in mentions[i + 1 :]:
            result = link(a, b)
            if isinstance(result, Decision):
                decisions.append(result)
                groups.cannot.add(frozenset((a.key, b.key)))
            elif result[0]:
                candidates.append((-result[0], a.key, b.key, result[1]))
    candidates += _biography_links(mentions)
    candidates += _work_change_links(mentions)
    for neg, ka, kb, reason in sorted(candidates):
        ra, rb = groups.find(ka), groups.find(kb)
        if ra == rb:
            decisions.append(Decision("merge", ka, kb, f"{reason} (already joined)"))
            continue
        why_not = groups.blocked(ra, rb)
        if why_not:
            decisions.append(Decision("apart", ka, kb, f"{reason}, but {why_not}"))
            continue
        groups.union(ra, rb)
        decisions.append(Decision("merge", ka, kb, reason))
    return [sorted(ms, key=lambda m: m.key) for ms in groups.members.values()], decisions


def _biography_links(mentions: list[Mention]) -> list[tuple[int, str, str, str]]:
    """A biography (facts marked ``bio``) accompanies the act of its bill: in one document, when
    every act about this name there concerns ONE post, the biography is that person (肖秉文's
    biography — 执行局副局长 — attached to the bill that proposes him as 东泉人民法庭副庭长).
    With acts on two posts (刘松: 局长 and the resignation of a 代表) nothing is linked here."""
    out = []
    for bio in mentions:
        if bio.row or not any(f.bio for f in bio.facts):
            continue
        for doc in sorted(bio.docs):
            acts = [m for m in mentions if m is not bio and not m.row and doc in m.docs
                    and any(f.kind in ACT_KINDS for f in m.facts)]
            posts = {(m.canon(f.org), f.title) for m in acts for f in m.facts if f.kind in ACT_KINDS and f.org and f.title}
            if len(posts) != 1:
                continue
            org, title = next(iter(posts))
            for act in acts:
                a, b = sorted((bio.key, act.key))
                out.append((-ORG, a, b, f"biography accompanying the act on {org}·{title} in {doc} (the only post acted on for this name there)"))
    return out


@functools.lru_cache(maxsize=1)
def _work_change_cues() -> tuple[str, ...]:
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "identity_cues.yaml").read_text("utf-8"))
    return tuple(data["work_change"])


def _said_work_change(name: str, mentions: list[Mention], doc: str) -> bool:
    """Does an evidence sentence of these mentions in ``doc`` say NAME resigned for a change of work?"""
    heads = (name, name + "同志")
    for m in mentions:
        for f in m.facts:
            for e in (f.source, *f.evidence):
                if e.doc != doc:
                    continue
                for head in heads:
                    at = e.text.find(head)
                    while at >= 0:
                        rest = e.text[at + len(head):]
                        if any(rest.startswith(cue) for cue in _work_change_cues()):
                            return True
                        at = e.text.find(head, at + 1)
    return False


def _same_meeting(a: Fact, b: Fact) -> bool:
    if a.meeting and b.meeting:
        return a.meeting == b.meeting and a.date == b.date
    return bool(a.date and len(a.date) == 10 and a.date == b.date)


def _work_change_links(mentions: list[Mention]) -> list[tuple[int, str, str, str]]:
    """A resignation "for a change of work" and an appointment decided at the same meeting of one
    document are one person (刘松 resigns as 代表 因工作原因 at the 2025-06-26 meeting that appoints
    刘松 退役军人事务局局长). Only when the name is appointed to ONE post in that document, the
    resignation passage itself gives the work-change reason right after the name, and the two acts
    share the meeting (or the full day); never on the name alone."""
    out = []
    for res in mentions:
        if res.row:
            continue
        for r in res.facts:
            if r.kind != "resign" or r.status != "decided":
                continue
            doc = r.source.doc
            same_membership = [m for m in mentions if not m.row and doc in m.docs and m.posts & res.posts]
            if not _said_work_change(res.name, same_membership, doc):
                continue
            acts = [(m, f) for m in mentions if not m.row and m is not res for f in m.facts
                    if f.source.doc == doc and f.kind in ("appoint", "elect", "acting") and f.status == "decided"
                    and f.org and f.title and (m.canon(f.org), f.title) not in res.posts]
            posts = {(m.canon(f.org), f.title) for m, f in acts if f.org}
            if len(posts) != 1:
                continue
            org, title = next(iter(posts))
            for m, f in acts:
                if _same_meeting(r, f):
                    a, b = sorted((res.key, m.key))
                    out.append((-ORG, a, b, f"resigned {r.title} for a change of work at the meeting that "
                                            f"appointed the same name {org}·{title} ({doc}, {f.date})"))
    return out


def person_id(name: str, scope: str, group: list[Mention], namesakes: int) -> str:
    """Id from name + jurisdiction + a disambiguator (the person's first post, else first fact),
    ALWAYS — so that a namesake added by a later document does not change anyone's id.
    (``namesakes`` is kept for callers; it no longer changes the id.)"""
    parts = ["person", scope, name]
    posts = sorted(f"{o}|{t}" for m in group for o, t in m.posts)
    parts.append(posts[0] if posts else min(m.key for m in group))
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def resolve_persons(facts: list[Fact], scope_of, canon=lambda o: o) -> tuple[list[PersonGroup], list[Ambiguity]]:
    """All persons of the facts, with decisions, and the same-name groups left uncertain."""
    buckets: dict[tuple[str, str], list[Mention]] = {}
    for m in build_mentions(facts, scope_of, canon):
        buckets.setdefault((m.scope, m.name), []).append(m)
    persons: list[PersonGroup] = []
    ambiguous: list[Ambiguity] = []
    for (scope, name), mentions in sorted(buckets.items()):
        groups, decisions = resolve_bucket(mentions)
        made = _make_groups(name, scope, groups, decisions)
        persons += made
        amb = _ambiguity(name, scope, made, decisions)
        if amb:
            ambiguous.append(amb)
    _note_other_scopes(persons)
    return sorted(persons, key=lambda p: p.id), ambiguous


def _make_groups(name: str, scope: str, groups: list[list[Mention]], decisions: list[Decision]) -> list[PersonGroup]:
    out = []
    ids = [person_id(name, scope, g, len(groups)) for g in groups]
    if len(set(ids)) < len(ids):  # two namesakes with the same first post: fall back to first fact
        ids = [hashlib.sha1(f"person|{scope}|{name}|{min(m.key for m in g)}".encode()).hexdigest()[:16] for g in groups]
    for pid, g in zip(ids, groups):
        keys = {m.key for m in g}
        mine = [d for d in decisions if d.a in keys or d.b in keys]
        out.append(PersonGroup(pid, name, scope, g, mine))
    return out


def _ambiguity(name: str, scope: str, persons: list[PersonGroup], decisions: list[Decision]) -> Ambiguity | None:
    """Pairs of namesakes with no evidence either way (no confident 'apart' between them)."""
    if len(persons) < 2:
        return None
    owner = {m.key: p.id for p in persons for m in p.mentions}
    separated = {frozenset((owner[d.a], owner[d.b])) for d in decisions if d.action == "apart"}
    unsure: set[str] = set()
    for i, p in enumerate(persons):
        for q in persons[i + 1 :]:
            if frozenset((p.id, q.id)) not in separated:
                unsure |= {p.id, q.id}
                reason = ("same name and jurisdiction" + _overlap(p, q) + ", no shared post, organization or passage, "
                          "no conflicting attributes: kept apart (never merged on the name alone)")
                p.decisions.append(Decision("apart", p.mentions[0].key, q.mentions[0].key, reason, confident=False))
                q.decisions.append(Decision("apart", q.mentions[0].key, p.mentions[0].key, reason, confident=False))
    if not unsure:
        return None
    return Ambiguity(name, scope, sorted(unsure), "same name and jurisdiction; no evidence links or separates them")


def _dates(p: PersonGroup) -> list[str]:
    return sorted(d for f in p.facts for d in (f.date, f.start, f.end) if d)


def _overlap(p: PersonGroup, q: PersonGroup) -> str:
    """What the two namesakes share besides the name: documents, time."""
    docs = sorted({f.source.doc for f in p.facts} & {f.source.doc for f in q.facts})
    out = f", both in {', '.join(docs)}" if docs else ""
    dp, dq = _dates(p), _dates(q)
    if dp and dq:
        out += f", dated {dp[0]}..{dp[-1]} and {dq[0]}..{dq[-1]}"
    return out


def _note_other_scopes(persons: list[PersonGroup]) -> None:
    by_name: dict[str, list[PersonGroup]] = {}
    for p in persons:
        by_name.setdefault(p.name, []).append(p)
    for group in by_name.values():
        for p in group:
            for q in group:
                if q.scope != p.scope:
                    p.decisions.append(Decision("apart", p.mentions[0].key, q.mentions[0].key,
                                                f"different jurisdiction ({p.scope or 'unknown'} vs {q.scope or 'unknown'}): never merged"))
