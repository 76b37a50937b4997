"""Session 21: a prefecture's party committee written with 地区 too (渭南地区地委), as 渭南地委 reads."""

from __future__ import annotations

from kg.orgs import parse_org


def test_prefecture_committee_written_with_its_level():
    assert parse_org("陕西省渭南地区地委", "陕西省").name == "中共陕西省渭南地区委员会"
    assert parse_org("渭南地委", "陕西省").name == "中共陕西省渭南地区委员会"


def test_a_biography_head_s_post_is_the_government_s_not_the_city_s():
    from conftest import holds_read

    assert "张建国 市长 湖南省株洲市人民政府" in holds_read("张建国，男，汉族，1965年生。现任株洲市市长。")


def test_a_year_before_a_roster_heading_keeps_its_place():
    from conftest import holds_read

    text = "2019年宜春市领导班子\n市委书记 张建国\n市长 李明华\n"
    assert {"张建国 书记 中共江西省宜春市委员会", "李明华 市长 江西省宜春市人民政府"} <= holds_read(text)
