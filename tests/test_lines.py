"""kg.extract.lines: the lines every reader walks, split once per text."""

from __future__ import annotations

import pytest

from kg.extract.lines import lines


def _old(text: str, breaks: str) -> list[tuple[int, str]]:
    """What each reader's own generator gave (the code lines() replaced)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip(breaks)))
        pos += len(line)
    return out


@pytest.mark.parametrize("text", ["", "一行", "甲\n乙\n", "甲\r\n乙\r丙\n\n丁", "a\x0bb\x0cc\u2028d\x85e", "\n\n"])
def test_lines_are_the_readers_lines(text: str) -> None:
    assert list(lines(text)) == _old(text, "\r\n")
    assert list(lines(text, keep_cr=True)) == _old(text, "\n")


def test_lines_split_once_per_text() -> None:
    text = "县长 张明\n副县长 李强\n"
    assert lines(text) is lines(text)  # the same tuple: readers share it
    other = "区长 王五\n"
    assert lines(other) == ((0, "区长 王五"),)
    assert lines(text) == ((0, "县长 张明"), (6, "副县长 李强"))
