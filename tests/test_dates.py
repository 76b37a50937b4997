"""kg.dates: dates with their precision, Chinese numerals, month-days against a reference."""

from __future__ import annotations

import pytest

from kg.dates import PartialDate, cn_number, day_only, find_dates, iso, month_day


@pytest.mark.parametrize("text,value", [
    ("2021", 2021), ("二〇二一", 2021), ("十二", 12), ("二十八", 28), ("三十一", 31), ("十", 10), ("八", 8),
    ("二〇〇九", 2009), ("一九九〇", 1990),
])
def test_dates_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("bad", ["", "十十", "二十二十", "abc", "一百"])
def test_dates_cn_number_rejects(bad):
    assert cn_number(bad) is None


@pytest.mark.parametrize("text,expected", [
    ("二〇二一年八月二日", ["2021-08-02"]),
    ("（2021年8月2日浙江省第十三届人民代表大会常务委员会第三十次会议通过）", ["2021-08-02"]),
    ("2021年8月", ["2021-08"]),
    ("2019年", ["2019"]),
    ("二〇二〇年十二月三十一日", ["2020-12-31"]),
    ("2021年2月30日", []),  # not a date
])
def test_dates_find_full_and_partial(text, expected):
    assert [d for _, _, d in find_dates(text)] == expected


def test_dates_month_day_takes_the_year_of_the_reference_never_invents_one():
    assert [d for *_, d in find_dates("4月8日，省人大常委会会议决定任命", "2025-04-09")] == ["2025-04-08"]
    assert month_day(12, 30, "2025-01-03") == "2024-12-30"
    assert month_day(4, 8, None) is None
    assert month_day(4, 8, "2025") is None  # a year alone cannot place a month-day before or after it
    assert find_dates("4月8日会议决定") == []


def test_dates_day_only_in_a_dated_paragraph():
    assert day_only(28, "2025-06-30") == "2025-06-28"
    assert day_only(28, "2025-06") == "2025-06-28"
    assert day_only(30, "2025-07-02") == "2025-06-30"
    assert day_only(28, None) is None


def test_dates_partial_date_parse_format_compare():
    assert str(PartialDate.parse("2021-8-2")) == "2021-08-02"
    assert PartialDate.parse("2021-13") is None and PartialDate.parse("x") is None
    assert PartialDate.parse("2021").precision == "year"
    assert sorted(map(PartialDate.parse, ["2021-08-02", "2021", "2021-08"])) == [
        PartialDate(2021), PartialDate(2021, 8), PartialDate(2021, 8, 2)]
    assert iso("2021", "8") == "2021-08" and iso(2021, 2, 30) is None
    with pytest.raises(ValueError):
        PartialDate(2021, None, 3)


def test_dates_common_prefix_of_a_range():
    from kg.dates import common_prefix

    assert common_prefix("2021-12-26", "2021-12-28") == "2021-12"
    assert common_prefix("1982-04-22", "1982-05-04") == "1982"
    assert common_prefix("2021-12-28", "2021-12-28") == "2021-12-28"
    assert common_prefix("2021-12-30", "2022-01-02") is None
    assert common_prefix(None, "2021-01-01") is None


def test_dates_relative_day_needs_a_day_reference():
    from kg.dates import relative_day

    assert relative_day("昨日", "2025-03-01") == "2025-02-28"
    assert relative_day("今天", "2025-03-01") == "2025-03-01"
    assert relative_day("昨天", "2025-03") is None  # 昨天 of a month: unknown
    assert relative_day("明天", "2025-03-01") is None


@pytest.mark.parametrize("value,first,last", [
    ("2021", "2021-01-01", "2021-12-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2025-06", "2025-06-01", "2025-06-30"),
    ("2021-08-02", "2021-08-02", "2021-08-02"),
])
def test_dates_partial_date_first_and_last_day(value, first, last):
    d = PartialDate.parse(value)
    assert d is not None and (d.first_day().isoformat(), d.last_day().isoformat()) == (first, last)


@pytest.mark.parametrize("parts,expected", [
    (("2021", "8"), "2021-08"), (("二〇二一", "八", "二"), "2021-08-02"), ((2021, None, None), "2021"),
    (("2021", "13"), None), (("2021", "6", "31"), None), (("2021", None, "3"), None), (("abc",), None),
])
def test_dates_iso_formats_valid_dates_only(parts, expected):
    assert iso(*parts) == expected
