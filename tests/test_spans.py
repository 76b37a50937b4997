"""kg.extract.spans.SpanIndex answers what a scan of every span answers (the readers' skip test)."""

import random

from kg.extract.spans import SpanIndex


def _scan(spans, span):
    return any(a < span[1] and span[0] < b for a, b in spans)


def test_span_index_is_the_scan():
    rng = random.Random(22)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(0, 15)))  # empty, nested and overlapping spans too
        index = SpanIndex(spans)
        for _ in range(40):
            s = rng.randint(-5, 80)
            span = (s, s + rng.randint(0, 12))
            assert index.overlaps(span) == _scan(spans, span), (spans, span)


def test_no_spans():
    assert not SpanIndex([]).overlaps((0, 10))
    assert not SpanIndex(()).overlaps((5, 5))
