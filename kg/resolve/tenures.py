"""Tenures: when a person held a post, derived from decided acts and hold statements.

Per (person, post), evidence points are replayed in date order:
- a decided appoint / elect / acting opens a tenure at its date (or confirms an open one);
- a hold (roster, biography, mention) confirms the open tenure, or opens one with the start
  the text gives (``Fact.start``; none when the text gives none); its ``Fact.end`` closes it;
  ``former`` (原…) marks a tenure that ended at a date the text does not give;
- a decided remove / resign closes the open tenure at its date, or records a tenure that has
  only an end when none is open.
Proposed acts never make tenures. Dates stay ISO strings (partial dates compare as prefixes).

The replay may give several pieces for one post (a roster's "8月调离" and the removal of
08-17, a hold before and after an act); :func:`merge` makes them ONE tenure per person and
post: the most precise compatible start and end, ``first_seen`` / ``last_seen`` from every
dated piece of evidence (a yearbook about 2021 attests 2021), acting and concurrent flags.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Callable

from kg.dates import PartialDate
from kg.model import Evidence, Fact

OPEN_KINDS = ("appoint", "elect", "acting")
CLOSE_KINDS = ("remove", "resign")
RECENT_DAYS = 365  # a tenure with no end is current if last seen this close to the newest document


@dataclass
class Tenure:
    """One continuous holding of a post (or membership) by one person."""

    org: str | None
    title: str
    start: str | None = None
    end: str | None = None
    former: bool = False
    secondment: bool = False
    concurrent: bool = False
    acting: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    events: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.end is None and not self.former

    def see(self, fact: Fact, when: str | None, event_id: str | None) -> None:
        self.facts.append(fact)
        self.evidence += [fact.source, *fact.evidence]
        if event_id:
            self.events.append(event_id)
        self.secondment |= bool(fact.secondment)
        self.concurrent |= bool(fact.concurrent)
        if when and (self.last_seen is None or when > self.last_seen):
            self.last_seen = when
        if when and (self.first_seen is None or when < self.first_seen):
            self.first_seen = when

    def evidence_json(self) -> str:
        seen, out = set(), []
        for e in sorted(self.evidence, key=lambda e: e.key()):
            if e.key() not in seen:
                seen.add(e.key())
                out.append({"doc": e.doc, "start": e.start, "end": e.end, "text": e.text})
        return json.dumps(out, ensure_ascii=False)

    def is_current(self, reference: str | None) -> bool:
        """No end, not former, and last seen within RECENT_DAYS of the newest document."""
        if not self.open or not self.last_seen or not reference:
            return False
        return _days(self.last_seen, reference) <= RECENT_DAYS


def precision(value: str | None) -> str | None:
    """'day', 'month' or 'year' for an ISO (partial) date; None when unknown."""
    d = PartialDate.parse(value)
    return d.precision if d else None


def _refine(a: str | None, b: str | None, latest: bool) -> str | None:
    """Two readings of one date: the more precise when they agree (2021-08 and 2021-08-17),
    else the earlier (starts) or the later (ends)."""
    if not a or not b:
        return a or b
    if b.startswith(a):
        return b
    if a.startswith(b):
        return a
    return max(a, b) if latest else min(a, b)


def is_acting(fact: Fact) -> bool:
    return fact.kind == "acting" or bool(fact.acting)


def merge(pieces: list[Tenure], when_of: Callable[[Fact], str | None]) -> Tenure | None:
    """One tenure per person and post from the pieces the replay gave (see the module doc).

    Acting: every act or statement that opened or confirmed it says 代理 (an appointment in
    full after an acting period makes the tenure a full one)."""
    if not pieces:
        return None
    first = pieces[0]
    t = Tenure(first.org, first.title)
    for piece in pieces:
        t.start = _refine(t.start, piece.start, latest=False)
        t.events += piece.events
        t.evidence += piece.evidence
        t.facts += piece.facts
        t.secondment |= piece.secondment
        t.concurrent |= piece.concurrent
        for seen in (piece.first_seen, piece.last_seen):
            if seen and (t.first_seen is None or seen < t.first_seen):
                t.first_seen = seen
            if seen and (t.last_seen is None or seen > t.last_seen):
                t.last_seen = seen
    for f in t.facts:  # a dated document attests the post at its date
        when = when_of(f)
        if when and (t.first_seen is None or when < t.first_seen):
            t.first_seen = when
        if when and (t.last_seen is None or when > t.last_seen) and f.kind not in CLOSE_KINDS:
            t.last_seen = _refine(t.last_seen, when, latest=True)
    if t.start and _attested_for_the_year_before(t, when_of):
        t.start = None
    last = pieces[-1]
    if any(p.open for p in pieces) and last.open:
        t.end, t.former = None, False
    else:
        for piece in pieces:
            t.end = _refine(t.end, piece.end, latest=True)
        t.former = any(p.former for p in pieces)
    openers = [f for f in t.facts if f.kind in OPEN_KINDS or f.kind == "hold"]
    t.acting = bool(openers) and any(is_acting(f) for f in openers) and not any(
        f.kind in ("appoint", "elect") and not is_acting(f) for f in openers)
    if t.acting and any(f.kind == "hold" and not is_acting(f) for f in openers):
        # a statement of the full title after the acting one (a later document) ends the acting period
        acting_dates = [when_of(f) or "" for f in openers if is_acting(f)]
        full_dates = [when_of(f) or "" for f in openers if f.kind == "hold" and not is_acting(f)]
        t.acting = max(full_dates) <= max(acting_dates)
    return t


def _attested_for_the_year_before(t: Tenure, when_of: Callable[[Fact], str | None]) -> bool:
    """A yearbook roster of that year lists the post with no start note of its own, and the
    start comes from an act of the same year (the December congress that re-elects a 常委): the
    act confirms the tenure rather than begins it — the roster would have noted "12月任…" —
    so the start is unknown (the tenure stays attested for the whole year through first_seen).
    Starts the text gives (Fact.start) are never dropped."""
    if not t.start or any(f.kind == "hold" and f.start for f in t.facts):
        return False
    return any(f.kind == "hold" and not f.end and not f.former and (when_of(f) or "") == t.start[:4]
               and len(when_of(f) or "") == 4 for f in t.facts)


def _as_date(iso: str, end: bool) -> _date:
    parts = [int(p) for p in iso.split("-")[:3]]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if end else 1)
    d = parts[2] if len(parts) > 2 else (28 if end else 1)
    return _date(y, m, d)


def _days(seen: str, reference: str) -> int:
    """Days from the (latest reading of) last_seen to the reference; partial dates read generously."""
    try:
        return (_as_date(reference, end=False) - _as_date(seen, end=True)).days
    except (ValueError, IndexError):
        return RECENT_DAYS + 1


def _sort_date(fact: Fact, when: str | None) -> str:
    """Replay order: a fact's own date; a statement dated only by its document ('2025-06')
    sorts at the end of that period, after the acts dated inside it ('2025-06-26'). An
    undated election or appointment ("惠民街道第四选区选出的…代表郭高凌") states how a tenure
    began, before anything the same document dates: it sorts at the period's start."""
    own = fact.start if fact.kind == "hold" else fact.date
    if own:
        return own
    if not when:
        return "9999"
    if fact.kind in OPEN_KINDS:
        return when[:7] + "-00" if when.count("-") >= 1 else when + "-00"
    return when if when.count("-") == 2 else when + "-99"


def _rank(fact: Fact) -> int:
    if fact.kind in OPEN_KINDS:
        return 0
    if fact.kind == "hold":
        return 1
    return 2


def derive(facts: list[Fact], when_of: Callable[[Fact], str | None], event_of: Callable[[Fact], str | None]) -> list[Tenure]:
    """Tenures of one person in one post from that person's facts about the post."""
    usable = [f for f in facts if f.status == "decided" and f.kind in OPEN_KINDS + CLOSE_KINDS + ("hold",)]
    points = sorted(usable, key=lambda f: (_sort_date(f, when_of(f)), _rank(f), f.source.key()))
    tenures: list[Tenure] = []
    for f in points:
        _apply(tenures, f, when_of(f), event_of(f))
    return tenures


def _open_tenure(tenures: list[Tenure]) -> Tenure | None:
    opened = [t for t in tenures if t.open]
    return opened[-1] if opened else None


def _apply(tenures: list[Tenure], f: Fact, when: str | None, event_id: str | None) -> None:
    current = _open_tenure(tenures)
    title = f.title or ""
    if f.kind in OPEN_KINDS:
        if current is None:
            current = Tenure(f.org, title, start=f.date)
            tenures.append(current)
        elif current.start is None or (f.date and f.date < current.start):
            current.start = current.start or f.date
        elif f.date and f.date.startswith(current.start):
            current.start = f.date  # the act dates to the day what a note gave to the month
        current.see(f, f.date or when, event_id)
    elif f.kind in CLOSE_KINDS:
        if current is None:
            current = Tenure(f.org, title)
            tenures.append(current)
        if f.date:
            current.end = f.date
        else:
            current.former = True  # ended, at a date the text does not give
        current.see(f, f.date or when, event_id)
    else:
        _apply_hold(tenures, current, f, when)


def _apply_hold(tenures: list[Tenure], current: Tenure | None, f: Fact, when: str | None) -> None:
    if current is not None and f.start and current.start and f.start > current.start and current.last_seen and current.last_seen < f.start:
        current = None  # the text dates a new tenure after the open one was last seen
    if current is None:
        current = Tenure(f.org, f.title or "", start=f.start)
        tenures.append(current)
    elif f.start and (current.start is None or f.start < current.start):
        current.start = f.start
    current.see(f, f.end or when, None)
    if f.end:
        current.end = f.end
    if f.former:
        current.former = True
