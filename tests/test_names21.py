"""Session 21: common Tibetan name parts (kg/data/minority_name_parts.txt) — 多吉次珠, 降央泽仁 are names."""

from __future__ import annotations

import pytest

from kg.names import is_person_name


@pytest.mark.parametrize("name", ["多吉次珠", "降央泽仁", "四郎江措", "洛松次旺"])
def test_tibetan_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize("word", ["德庆", "次珠", "泽仁"])  # a county; one part alone is no name
def test_not_names(word):
    assert not is_person_name(word)
