"""Constructions found by scoring kg on new dev documents (issue 9, corpus/dev/*-11/-12): each
case is a sentence shaped like the document's, with the holdings kg must read and must not."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from conftest import doc_as_written


def _holds(text: str, jur: str | None = None) -> set[tuple[str, str, str | None]]:
    doc = doc_as_written(text, jur, "2024-07-05", path="dev_constructions.txt", year=None)
    return {(f.person, f.title, f.org) for f in extract_holds(doc) if f.kind == "hold"}


CASES = [
    # a post without its holder before 应邀 (应 is a surname): no one holds it
    ("市委书记、市长王学军，市中级人民法院院长，市人民检察院检察长应邀在主席台就座。", None,
     {("王学军", "书记", None), ("王学军", "市长", None)},
     {("应邀", "院长", None), ("应邀", "检察长", None)}),
    # a run cut by a verb (会见了) ends the chain: the posts before the 、 are the first person's
    ("宁夏回族自治区党委常委、银川市委书记徐广国会见了内蒙古自治区乌海市委书记侯凤岐。", None,
     {("徐广国", "常委", "中共宁夏回族自治区委员会"), ("侯凤岐", "书记", "中共内蒙古自治区乌海市委员会")},
     {("侯凤岐", "常委", "中共宁夏回族自治区委员会")}),
    ("市委常委、宣传部部长张三会见了来访的李四市长王五。", None, set(), {("王五", "常委", None)}),
    # 部务委员 is one title (of the 组织部), not 委员 of a "…组织部部务"
    ("现任海南省委组织部部务委员刘峰松出席。", None,
     {("刘峰松", "部务委员", "中共海南省委员会组织部")}, {("刘峰松", "委员", "中共海南省委员会组织部部务")}),
    # "…是1964年出生的陈军。他曾任…": the name after 出生的 at a sentence end is the subject of 他
    ("刘峰松，男，1968年5月出生，汉族。\n\n现任定安县委书记是1964年出生的陈军。他曾任海南省信访局局长。", None,
     {("陈军", "局长", "海南省信访局")}, {("刘峰松", "局长", "海南省信访局")}),
]


@pytest.mark.parametrize("text,jur,wanted,unwanted", CASES, ids=[c[0][:10] for c in CASES])
def test_dev_constructions(text, jur, wanted, unwanted):
    got = _holds(text, jur)
    assert wanted <= got, (wanted - got, got)
    assert not (unwanted & got), unwanted & got


def _acts(text: str, jur: str | None = None):
    from kg.extract.acts import extract_acts

    doc = doc_as_written(text, jur, None, path="dev_constructions.txt", year=None)
    return {(f.person, f.kind, f.title): f.decided_by for f in extract_acts(doc)}


def test_a_standing_committee_never_decides_a_party_post():
    # a meeting's report, then party decisions announced at a cadre meeting (no decider named):
    # the standing committee written before decides the government post only
    text = ("8月27日上午，漳州市十六届人大常委会召开第二十三次会议。会议决定任命王建东为漳州市人民政府副市长。\n"
            "另外，8月27日上午，芗城区召开全区领导干部大会，宣布芗城区主要领导任免决定：胡栋良同志任中共漳州市芗城区委委员、常委、书记；"
            "卢力同志不再担任漳州市人民政府党组成员职务。")
    got = _acts(text)
    assert got[("王建东", "appoint", "副市长")] == "福建省漳州市人民代表大会常务委员会"
    assert got[("胡栋良", "appoint", "书记")] is None
    assert got.get(("卢力", "remove", "党组成员"), "absent") in (None, "absent")


def test_a_clause_inside_the_run_ends_the_posts_before_a_name():
    # "…麦正华调任…，陵水县委书记由海南省纪委常委符鸣担任": the posts before the comma are 麦正华's
    text = "时任陵水县委书记兼试验区党工委书记、管委会主任（正厅级）麦正华调任海南省国资委副主任，陵水县委书记由海南省纪委常委符鸣担任。"
    got = _holds(text)
    assert ("符鸣", "常委", "中共海南省纪律检查委员会") in got
    assert not any(p == "符鸣" and t == "党工委书记" for p, t, _ in got), got
