"""Tenure derivation: decided acts open and close, holds confirm, proposed acts never count."""

from __future__ import annotations

from kg.model import Evidence, Fact
from kg.resolve.tenures import Tenure, derive

DOC = "samples/000_0945f9fe5f825365.txt"
ORG = "重庆市巴南区人民政府"


def fact(kind: str, status: str = "decided", date: str | None = None, start: int = 0, **kw) -> Fact:
    ev = Evidence(DOC, start, start + 5, "…")
    return Fact(kind, status, "赵吉春", "副区长", ORG, None, date, ev, **kw)


def run(*facts: Fact, when: str = "2025-06") -> list[Tenure]:
    return derive(list(facts), lambda f: f.date or when, lambda f: f"e{f.source.start}" if f.kind != "hold" else None)


def test_resolve_tenures_decided_appoint_opens():
    [t] = run(fact("appoint", date="2025-06-26"))
    assert (t.start, t.end, t.open) == ("2025-06-26", None, True)
    assert t.events == ["e0"]


def test_resolve_tenures_proposed_makes_none():
    assert run(fact("appoint", "proposed", date="2025-06-23")) == []


def test_resolve_tenures_remove_closes_open_tenure():
    [t] = run(fact("remove", date="2025-06-26", start=10), fact("appoint", date="2021-03-01"))
    assert (t.start, t.end) == ("2021-03-01", "2025-06-26")
    assert t.events == ["e0", "e10"]


def test_resolve_tenures_remove_without_open_tenure_has_only_end():
    """刘伦波: 决定免去…副区长职务 with no earlier evidence of the appointment."""
    [t] = run(fact("remove", date="2025-06-26"))
    assert (t.start, t.end) == (None, "2025-06-26")


def test_resolve_tenures_hold_in_same_month_confirms_after_appointment():
    """A statement dated only by its document (2025-06) sorts after the act of 2025-06-26."""
    [t] = run(fact("hold", start=50), fact("appoint", date="2025-06-26"))
    assert t.start == "2025-06-26"
    assert len(t.facts) == 2


def test_resolve_tenures_hold_dates_and_former():
    """Roster notes: '11 月开始担任' gives a start, '9 月调离' an end."""
    [a] = run(Fact("hold", "decided", "刘扬", "常委", ORG, None, None, Evidence(DOC, 1, 2, "…"), start="2021-11"))
    assert (a.start, a.end, a.open) == ("2021-11", None, True)
    [b] = run(Fact("hold", "decided", "徐晓勇", "常务副区长", ORG, None, None, Evidence(DOC, 1, 2, "…"), end="2021-09", former=True))
    assert (b.start, b.end, b.former, b.open) == (None, "2021-09", True, False)


def test_resolve_tenures_resign_closes_hold_with_start():
    """刘松 the deputy: 2023年12月 当选 (hold with start), resignation accepted 2025-06-26."""
    hold = Fact("hold", "decided", "刘松", "代表", ORG, None, None, Evidence(DOC, 5, 9, "…"), start="2023-12")
    resign = Fact("resign", "decided", "刘松", "代表", ORG, None, "2025-06-26", Evidence(DOC, 1, 4, "…"))
    [t] = run(resign, hold)
    assert (t.start, t.end) == ("2023-12", "2025-06-26")


def test_resolve_tenures_reappointment_after_removal_is_new_tenure():
    ts = run(fact("appoint", date="2019-01-10"), fact("remove", date="2020-05-01", start=1), fact("appoint", date="2022-02-02", start=2))
    assert [(t.start, t.end) for t in ts] == [("2019-01-10", "2020-05-01"), ("2022-02-02", None)]


def test_resolve_tenures_current_is_relative_to_newest_document():
    [t] = run(fact("appoint", date="2025-06-26"))
    assert t.is_current("2025-06")
    assert t.is_current("2026-03")
    assert not t.is_current("2027-01")  # last seen more than a year before the newest document
    [closed] = run(fact("remove", date="2025-06-26"))
    assert not closed.is_current("2025-06")


def test_resolve_tenures_undated_election_precedes_the_dated_resignation():
    """郭高凌 (samples/000): "惠民街道第四选区选出的…代表郭高凌" (no date) and 决定接受…辞去…代表职务
    on 2025-06-26 are one membership that ended that day, not two."""
    [t] = run(fact("resign", date="2025-06-26", start=10), fact("elect", start=20))
    assert (t.start, t.end) == (None, "2025-06-26")
    assert t.events == ["e20", "e10"]


# -- one tenure per person and post (kg.resolve.tenures.merge) ------------------------------------
def merged(*facts: Fact, when: str = "2025-06"):
    from kg.resolve.tenures import merge

    def when_of(f: Fact) -> str:
        return f.date or when

    return merge(derive(list(facts), when_of, lambda f: f"e{f.source.start}" if f.kind != "hold" else None), when_of)


def test_resolve_tenures_merge_roster_end_and_removal_are_one_tenure():
    """王俊: the roster's "8月调离" (end 2021-08) and the removal of 2021-08-17 — one tenure,
    ended on the more precise date."""
    t = merged(fact("hold", date="2021-01-06", end="2021-08", former=True), fact("remove", date="2021-08-17", start=10))
    assert (t.start, t.end, t.former) == (None, "2021-08-17", True)
    assert (t.first_seen, t.last_seen) == ("2021-01-06", "2021-08-17")
    assert t.events == ["e10"]


def test_resolve_tenures_merge_dates_from_documents_and_precision():
    """A yearbook about 2021 attests the post in 2021 (first_seen / last_seen), no start invented."""
    from kg.resolve.tenures import precision

    t = merged(fact("hold"), when="2021")
    assert (t.start, t.end, t.first_seen, t.last_seen) == (None, None, "2021", "2021")
    assert (precision("2021"), precision("2021-08"), precision("2021-08-17"), precision(None)) == ("year", "month", "day", None)


def test_resolve_tenures_merge_act_refines_a_month_start():
    t = merged(Fact("hold", "decided", "余长明", "书记", ORG, None, None, Evidence(DOC, 0, 5, "…"), start="2021-08"),
               Fact("appoint", "decided", "余长明", "书记", ORG, None, "2021-08-17", Evidence(DOC, 10, 15, "…")))
    assert t.start == "2021-08-17"


def test_resolve_tenures_merge_acting_flag():
    acting = merged(Fact("acting", "decided", "曾庆云", "检察长", ORG, None, "2025-06-26", Evidence(DOC, 0, 5, "…")))
    assert acting.acting
    roster = merged(fact("hold", acting=True))
    assert roster.acting
    confirmed = merged(Fact("acting", "decided", "曾庆云", "检察长", ORG, None, "2025-06-26", Evidence(DOC, 0, 5, "…")),
                       Fact("appoint", "decided", "曾庆云", "检察长", ORG, None, "2025-09-30", Evidence(DOC, 10, 15, "…")))
    assert not confirmed.acting  # appointed in full after the acting period
    assert merged(fact("hold", concurrent=True)).concurrent


def test_resolve_tenures_merge_reappointment_is_still_one_tenure():
    t = merged(fact("appoint", date="2020-01-01"), fact("remove", date="2021-01-01", start=10),
               fact("appoint", date="2022-01-01", start=20))
    assert (t.start, t.end) == ("2020-01-01", None)
    assert t.events == ["e0", "e10", "e20"]


def test_resolve_tenures_merge_congress_reelection_does_not_start_a_yearlong_tenure():
    """A 2021 yearbook roster lists 刘德毅 as 区委常委 with no "…月任" note; the December
    congress elects the 常委: that confirms the tenure, it does not begin it (start unknown,
    attested for 2021). 钟渝's row says "12月任常委": that start stays, refined by the act."""
    roster = Fact("hold", "decided", "刘德毅", "常委", ORG, None, None, Evidence(DOC, 0, 5, "…"))
    congress = Fact("elect", "decided", "刘德毅", "常委", ORG, None, "2021-12-26", Evidence(DOC, 10, 15, "…"))
    t = merged(roster, congress, when="2021")
    assert (t.start, t.first_seen, t.last_seen) == (None, "2021", "2021-12-26")
    noted = Fact("hold", "decided", "钟渝", "常委", ORG, None, None, Evidence(DOC, 0, 5, "…"), start="2021-12")
    t = merged(noted, Fact("elect", "decided", "钟渝", "常委", ORG, None, "2021-12-26", Evidence(DOC, 10, 15, "…")), when="2021")
    assert t.start == "2021-12-26"
