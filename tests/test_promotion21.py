"""Session 21 (lead engineer): a promotion told in a career — the post left and the post taken.
Before, "2013年由X升任Y" kept only Y, "从X任上升任Y" gave nothing, "2013年接任Y" nothing, and
"2016年，X职务NAME升任Y" only the post left (career shapes moved_from, dated, dated_modified)."""

from __future__ import annotations

import pytest

from conftest import holds_read

LEAD = "张建国，男，汉族，1965年生。"
OLD = "张建国 副书记 中共江西省宜春市委员会"
NEW = "张建国 书记 中共江西省宜春市委员会"


@pytest.mark.parametrize("text", [
    LEAD + "2013年由宜春市委副书记升任宜春市委书记。",
    LEAD + "2013年，张建国从宜春市委副书记任上升任市委书记。",
    LEAD + "张建国此前担任宜春市委副书记，2013年接任市委书记。",
    "2016年，宜春市委副书记张建国升任市委书记。",
])
def test_post_left_and_post_taken(text):
    assert {OLD, NEW} <= holds_read(text)


@pytest.mark.parametrize("text", [
    "由此转任的干部要尽快适应新岗位。",
    "从基层岗位上调任的干部要尽快适应。",
    "2016年，全市干部队伍调整中升任的人数较多。",
])
def test_no_person_no_post(text):
    assert holds_read(text) == set()


# a time the list starts from, leading 历任 (former_list): 1976年起历任…, 建国后历任…, 参加工作后历任…
@pytest.mark.parametrize("lead", ["1976年起", "建国后", "参加工作后", "2001年以后，"])
def test_a_time_leading_a_career_list(lead):
    text = LEAD + lead + "历任宜春市委副书记、市长。"
    assert {OLD, "张建国 市长 江西省宜春市人民政府"} <= holds_read(text)


def test_a_bare_post_elected_at_a_named_meeting_is_the_meeting_place_s():
    text = LEAD + "2013年1月28日在株洲市第十四届人民代表大会第一次会议上当选为市长。"
    assert "张建国 市长 湖南省株洲市人民政府" in holds_read(text)
