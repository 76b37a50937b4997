"""Session 21 (title / bio breadth): constructions of the dev holding misses of the bio, trad,
roster, chronicle and electbio genres whose cause is "other title" / "title nested" (kg has the
person, not this post), each built only when it recurs on 4 or more dev documents; the dev
sentence shapes, made-up variants (other names, places, titles) and negatives."""

from __future__ import annotations

import pytest

from conftest import holds_read


# ---- 2. a place's military bodies: 省军区政委, 贵州省军区第一政治委员, 西藏军区司令员 (bio-guizhou-81,
# roster-heilongjiang-61, roster-multi-83, roster-shanxi-84; counted on roster-zhejiang-21 and
# trad-heilongjiang-81 too, where the reader of the row still misses them): place + 军区 / 警备区 / 军分区
# (kg/data/org_abbreviations.yaml `others`); an autonomous region's is named by its short name (named_bodies)

@pytest.mark.parametrize("text, expected", [
    ("黑龙江省委常委、省军区政委马某出席会议。", {"马某 常委 中共黑龙江省委员会", "马某 政委 黑龙江省军区"}),
    ("曾任中共贵州省委第一书记、贵州省军区第一政治委员等职的马某，1979年病逝。",
     {"马某 第一书记 中共贵州省委员会", "马某 第一政治委员 贵州省军区"}),
    ("张国华（西藏军区司令员）、李某（西藏军区政委）", {"张国华 司令员 西藏军区", "李某 政委 西藏军区"}),
    ("宁夏军区政委王某出席会议。", {"王某 政委 宁夏军区"}),
    ("云南省军区司令员赵某出席会议。", {"赵某 司令员 云南省军区"}),
])
def test_military_bodies(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text", [
    "南京军区司令员王某出席会议。",  # a great military region: not a place's body, left unread
    "军区医院院长王某出席会议。",
    "省军区的同志出席会议。",
])
def test_military_bodies_negatives(text: str) -> None:
    assert holds_read(text) == set()
