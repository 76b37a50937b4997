"""Dates with their precision: one place that parses, validates, compares and formats them.

Documents give dates at three precisions — a year (2021), a month (2021-08), a day
(2021-08-02) — written with Arabic or Chinese numerals (二〇二一年八月二日, 八月二十八日), or
only as a month and day (4月8日, 28日下午) that take their year (and month) from the document's
own date or from the dated paragraph around them. kg keeps a date as the ISO prefix of its
precision (a string, so that it stores everywhere: LadybugDB cannot hold a partial DATE) and
never invents a year: a month-day with no reference date stays unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from functools import total_ordering

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇零○Ｏ一二三四五六七八九十"
YEAR = rf"(?:\d{{4}}|[{_CN}]{{4}})"
MONTH = rf"(?:\d{{1,2}}|[{_CN}]{{1,2}})"
DAY = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
NUMERAL = re.compile(rf"[\d{_CN}]")  # the first character of every YEAR, MONTH and DAY
# a full or partial date as written: 2021年8月2日, 二〇二一年八月二日, 2021年8月, 8月2日, 2021年
DATE_RE = re.compile(
    rf"(?P<y>{YEAR})年(?:(?P<m>{MONTH})月(?:(?P<d>{DAY})[日号])?)?|(?P<m2>{MONTH})月(?P<d2>{DAY})[日号]"
)
FULL_DATE_RE = re.compile(rf"(?P<y>{YEAR})年(?P<m>{MONTH})月(?P<d>{DAY})[日号]")


def cn_number(text: str) -> int | None:
    """An integer written with digits or Chinese numerals: 2021, 二〇二一, 十二, 二十八, 三十一."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:  # digit by digit: 二〇二一
        return int("".join(str(CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day. ``str()`` is the ISO prefix; dates
    compare by their earliest possible day, a less precise date first on a tie."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            _date(self.year, self.month or 1, self.day)  # raises on 2021-02-30

    @classmethod
    def parse(cls, value: str | None) -> "PartialDate | None":
        """ "2021", "2021-08", "2021-08-02" (or None) → PartialDate; anything else → None."""
        if not value:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
        if not m:
            return None
        try:
            return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
        except ValueError:
            return None

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> _date:
        """The earliest day the date can be (2021-08 → 2021-08-01, 2021 → 2021-01-01)."""
        return _date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _date:
        """The latest day the date can be (2025-06 → 2025-06-30, 2021 → 2021-12-31)."""
        month = self.month or 12
        return _date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def _key(self) -> tuple[int, int, int, int]:
        return (self.year, self.month or 1, self.day or 1, {"year": 0, "month": 1, "day": 2}[self.precision])

    def __lt__(self, other: "PartialDate") -> bool:
        return self._key() < other._key()


def iso(year: int | str | None, month: int | str | None = None, day: int | str | None = None) -> str | None:
    """The ISO prefix of a date given by parts (digits or Chinese numerals), or None when the
    parts do not make a valid date."""
    try:
        y = cn_number(str(year)) if year is not None else None
        m = cn_number(str(month)) if month is not None else None
        d = cn_number(str(day)) if day is not None else None
        if y is None or (month is not None and m is None) or (day is not None and d is None):
            return None
        return str(PartialDate(y, m, d))
    except ValueError:
        return None


def month_day(month: int, day: int | None, reference: str | None) -> str | None:
    """A month-day (4月8日) dated by the document's own date: the latest such day on or before
    the reference (a news item of 2025-04-09 → 2025-04-08; of 2025-01-03 saying 12月30日 →
    2024-12-30). Without a reference of at least month precision: None (never invent a year)."""
    ref = PartialDate.parse(reference)
    if ref is None or ref.month is None:
        return None
    year = ref.year
    if (month, day or 1) > (ref.month, ref.day or 31):
        year -= 1
    return iso(year, month, day)


def day_only(day: int, reference: str | None) -> str | None:
    """A bare day (28日下午) inside a paragraph dated to the day or the month: the latest such
    day on or before the reference day (reference 2025-06-30 → 28日 is 2025-06-28)."""
    ref = PartialDate.parse(reference)
    if ref is None or ref.month is None:
        return None
    year, month = ref.year, ref.month
    if ref.day is not None and day > ref.day:
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return iso(year, month, day)


def parse_match(m: re.Match[str], reference: str | None = None) -> str | None:
    """The ISO date of a :data:`DATE_RE` match (a month-day resolved against ``reference``)."""
    if m.group("y"):
        return iso(m.group("y"), m.group("m"), m.group("d"))
    month, day = cn_number(m.group("m2")), cn_number(m.group("d2"))
    if month is None or day is None:
        return None
    return month_day(month, day, reference)


def find_dates(text: str, reference: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, iso) of every date written in ``text``; month-days need ``reference``."""
    out = []
    for m in DATE_RE.finditer(text):
        value = parse_match(m, reference)
        if value:
            out.append((m.start(), m.end(), value))
    return out


def common_prefix(first: str | None, last: str | None) -> str | None:
    """The date both ends of a range share, at the precision they share: 2021-12-26 … 2021-12-28
    → 2021-12; 1982-04-22 … 1982-05-04 → 1982; different years → None."""
    a, b = PartialDate.parse(first), PartialDate.parse(last)
    if a is None or b is None or a.year != b.year:
        return None
    if a.month is None or a.month != b.month:
        return str(PartialDate(a.year))
    if a.day is None or a.day != b.day:
        return str(PartialDate(a.year, a.month))
    return str(a)


def relative_day(word: str, reference: str | None) -> str | None:
    """今天 / 今日 / 当天 / 昨天 / 昨日 / 前天 against a reference dated to the day, else None."""
    ref = PartialDate.parse(reference)
    if ref is None or ref.day is None:
        return None
    back = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2}.get(word)
    if back is None:
        return None
    return (ref.first_day() - timedelta(days=back)).isoformat()
