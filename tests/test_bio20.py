"""Biographies nationwide, session 20 (issue 9, genre "bio"): the constructions behind kg's misses on
the rule half of the session's new pages (corpus/dev bio-*-121…124), each tried on made-up variants
(other names, places, titles) and on sentences that must give nothing. The texts are made up; the
constructions are the genre's: a 曾任 list with a staff post (副主任科员) or a rank (副调研员) among its
posts, a step taken on beside the one before (后同时兼任…), a move across provinces (今年11月跨省调任…),
two people who held the same posts in turn (A和B先后担任…), the Youth League committee of a place written without its level
(镇江团市委), and a news subheading about a move after a name and a colon (no row of posts)."""

from __future__ import annotations

from kg.extract.holds import extract_holds
from kg.orgs import canonical_org
from kg.reading import document_from_text


def _read(text: str):
    """Facts of ``text`` read the way `kg extract` reads a file (normalized)."""
    return extract_holds(document_from_text(text, "bio20.txt"))


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text) if f.kind == "hold"}


def test_a_staff_post_does_not_end_a_list_of_posts():
    got = _keys("王某红，男，汉族，1975年2月出生。曾任邢台市委研究室副主任科员、副科长、主任科员，"
                "邢台市委副秘书长，平乡县委常委、常务副县长等职务。")
    assert ("王某红", "副主任科员", "中共河北省邢台市委员会研究室") in got
    assert ("王某红", "副科长", "中共河北省邢台市委员会研究室") in got
    assert ("王某红", "常务副县长", "河北省邢台市平乡县人民政府") in got
    # a variant: another place, 科员 first
    got = _keys("李某华，女，1980年5月生。历任衡阳市财政局科员、副主任科员，衡阳市财政局预算科科长等职。")
    assert ("李某华", "科员", "湖南省衡阳市财政局") in got
    assert ("李某华", "科长", "湖南省衡阳市财政局预算科") in got


def test_a_rank_among_the_posts_of_a_list_is_skipped_and_the_list_goes_on():
    got = _keys("张某某，男，1970年生。历任河北省财政厅预算处副调研员、副处长，邢台市委副秘书长等职。")
    assert ("张某某", "副处长", "河北省财政厅预算处") in got  # the bare title after the rank: the rank's body
    assert ("张某某", "副秘书长", "中共河北省邢台市委员会") in got
    assert not any(t == "副调研员" for _, t, _ in got)  # a rank is no post


def test_a_post_taken_on_beside_the_one_before():
    got = _keys("2011年，赵某林调任盐城市委常委、组织部部长，后同时兼任盐城市委党校校长等职，2015年任盐城市常务副市长。")
    assert ("赵某林", "校长", "中共江苏省盐城市委员会党校") in got
    assert ("赵某林", "常务副市长", "江苏省盐城市人民政府") in got
    got = _keys("2016年，钱某洋任达州市副市长，同时兼任通川区委书记。")
    assert ("钱某洋", "书记", "中共四川省达州市通川区委员会") in got
    assert _keys("会议强调，同时任务艰巨。") == set()


def test_a_move_across_provinces_this_year():
    text = "2021-12-17 07:48\n孙某林生于1969年2月，今年7月任徐州市委书记，今年11月跨省调任江西省委常委。"
    got = _keys(text)
    assert ("孙某林", "书记", "中共江苏省徐州市委员会") in got
    assert ("孙某林", "常委", "中共江西省委员会") in got
    got = _keys("2019年，周某跨市调任张家界市委常委、常务副市长。")
    assert ("周某", "常务副市长", "湖南省张家界市人民政府") in got


def test_two_people_who_held_the_same_posts_in_turn():
    got = _keys("在孙某林之前，施某琳和梁某先后担任江西省委常委、宣传部部长，他们也均是跨省调入。")
    assert got == {("施某琳", "常委", "中共江西省委员会"), ("施某琳", "部长", "中共江西省委员会宣传部"),
                   ("梁某", "常委", "中共江西省委员会"), ("梁某", "部长", "中共江西省委员会宣传部")}
    # one name holding 和 is one person; words joined by 和 are no people
    assert _keys("会议和工作先后担任杭州市委书记。") == set()


def test_the_youth_league_committee_of_a_place_written_without_its_level():
    assert canonical_org("镇江团市委") == "共青团江苏省镇江市委员会"
    assert canonical_org("海宁团市委") == "共青团浙江省嘉兴市海宁市委员会"
    assert canonical_org("天心团区委") == "共青团湖南省长沙市天心区委员会"
    assert canonical_org("中心团市委") is None  # no place 中心市
    got = _keys("孙某林，男，1969年2月生。历任镇江团市委副书记、书记，镇江市润州区区长等职。")
    assert ("孙某林", "副书记", "共青团江苏省镇江市委员会") in got


def test_a_subheading_about_a_move_is_no_row_of_posts():
    assert _keys("孙某林：地市一把手跨省晋升省委常委\n孙某林生于1969年2月。") == set()
    got = _keys("- 吴某德：福州市委副书记，市政府市长、党组书记。")
    assert ("吴某德", "副书记", "中共福建省福州市委员会") in got
