"""The spans a reader must skip (what the readers before it read), asked once per candidate.

A reader checks each candidate row or clause against the spans earlier readers took; a scan of
them all per candidate makes a long document's time grow with the square of its length (rows
times spans: a yearbook 8x as long cost 11x the time). :class:`SpanIndex` sorts them once and
answers each question by bisection."""

from __future__ import annotations

import bisect
from typing import Iterable


class SpanIndex:
    """Spans (start, end), sorted by start with the running maximum of their ends."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        top: int | None = None
        for _, e in ordered:
            top = e if top is None or e > top else top
            self.max_end.append(top)

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` shares a character with one of the spans: some (a, b) with
        a < span's end and span's start < b, what ``any(...)`` over them all answers."""
        k = bisect.bisect_left(self.starts, span[1])  # the spans starting before this one ends
        return k > 0 and self.max_end[k - 1] > span[0]
