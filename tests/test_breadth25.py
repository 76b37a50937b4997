"""Session 25: general gaps found on the development corpus (all 723 documents) and the genres
the frozen set scores lowest on. Each: the construction, made-up variants and negatives."""

from __future__ import annotations

import pytest

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.reading import document_from_text


def _dates(text: str) -> list[str | None]:
    return [f.date for f in merge_facts(extract_acts(document_from_text(text, path="t.txt")))]


# -- 1. a report written on the day of a session and published the next morning: "1月15日上午，…
#       举行…今天上午到会…" on a page stamped 01-16 — the 今天上午 is the 15th (the session told just
#       before, the same part of the day); a page of two days keeps its own day
#       (kg.extract.dating Dating._written_today)

@pytest.mark.parametrize("text, date", [
    ("2023-01-16 09:06:42 来源：福建日报\n1月15日上午，省十四届人大一次会议举行第三次全体会议。\n"
     "今天上午到会代表525人，符合法定人数。\n经选举，赵龙当选为省人民政府省长。", "2023-01-15"),
    # another part of the day: 今天 is the page's own day
    ("2023-01-16 09:06:42 来源：福建日报\n1月15日下午，省十四届人大一次会议举行第三次全体会议。\n"
     "今天上午到会代表525人，符合法定人数。\n经选举，赵龙当选为省人民政府省长。", "2023-01-16"),
    # the day told is not the eve of the page's day
    ("2023-01-16 09:06:42 来源：福建日报\n1月13日上午，省十四届人大一次会议举行第三次全体会议。\n"
     "今天上午到会代表525人，符合法定人数。\n经选举，赵龙当选为省人民政府省长。", "2023-01-16"),
])
def test_today_of_a_report_published_next_day(text, date):
    assert _dates(text) == [date]
