"""Election news, session 20 round 2 (issue 9, breadth): constructions kg missed or misread on several
of 30 new election pages of many provinces and sites (kept outside the repository, no gold), read with
made-up variants and negatives (docs/holds.md, "Election breadth, session 20")."""

from __future__ import annotations

from kg.extract import extract_document
from conftest import doc_as_written


def _facts(text: str, jur: str | None = None, date: str | None = None) -> set[tuple]:
    doc = doc_as_written(text, jur, date, path="election_breadth20_test.txt")
    return {(f.person, f.title, f.org, f.date) for f in extract_document(doc) if f.kind == "hold"}


def _chairs(text: str, jur: str | None = None, date: str | None = None) -> set[tuple]:
    return {(p, t, o) for p, t, o, _d in _facts(text, jur, date) if t in ("执行主席", "常务主席")}


# ------------------------------ the chairs of a session the text names but does not place (3 of 30 pages)


def test_executive_chairs_of_an_unplaced_session_are_kept_with_org_null():
    got = _chairs("2月27日上午，市六届人大五次会议举行第三次全体会议。\n"
                  "大会由执行主席苗伟伦主持。担任本次大会的执行主席还有：薛少仙、元茂荣、梁毅。")
    assert got == {("苗伟伦", "执行主席", None), ("薛少仙", "执行主席", None), ("元茂荣", "执行主席", None),
                   ("梁毅", "执行主席", None)}
    # a made-up variant: a county's session, the chairs before 在主席台就座
    got = _chairs("3月2日，县十八届人大三次会议举行第二次全体会议。大会执行主席周建平、吴小红、郑大海在主席台就座。")
    assert got == {("周建平", "执行主席", None), ("吴小红", "执行主席", None), ("郑大海", "执行主席", None)}


def test_standing_chairs_of_an_unplaced_presidium_are_kept_with_org_null():
    got = _facts("2018-01-29 08:11:05 来源：魅力中国网\n1月27日，省十三届人大一次会议主席团举行第二次会议。\n"
                 "大会主席团常务主席谢伏瞻、陈润儿、刘春良出席会议。谢伏瞻主持会议。")
    assert {(p, t, o, d) for p, t, o, d in got if t == "常务主席"} == {
        ("谢伏瞻", "常务主席", None, "2018-01-27"), ("陈润儿", "常务主席", None, "2018-01-27"),
        ("刘春良", "常务主席", None, "2018-01-27")}
    got = _chairs("9月16日下午，市十六届人大六次会议第一次全体会议结束后，大会主席团举行第二次会议。"
                  "市委书记、市人大常委会主任、大会主席团常务主席郭文海主持。")
    assert got == {("郭文海", "常务主席", None)}
    # a CPPCC session written short, no place (made up)
    got = _chairs("1月5日，区政协八届二次会议举行第一次全体会议。大会执行主席孙立群、何德明出席会议。")
    assert got == {("孙立群", "执行主席", None), ("何德明", "执行主席", None)}


def test_a_placed_session_still_names_its_chairs_body():
    got = _chairs("3月24日下午，晋中市五届人大三次会议举行第三次全体会议。大会执行主席王建忠、文竑烜在主席台前排就座。")
    assert got == {("王建忠", "执行主席", "山西省晋中市第五届人民代表大会第三次会议"),
                   ("文竑烜", "执行主席", "山西省晋中市第五届人民代表大会第三次会议")}


def test_no_chair_without_a_named_session_or_a_name():
    # no session named before the title: the chair of what?
    assert not _chairs("大会执行主席苗伟伦主持会议。")
    assert not _chairs("北京冬奥组委执行主席张三出席活动。")
    # the titles name a list to be voted on, no person (a name read there would be 和执行)
    assert not _chairs("5日晚，县第十六届人民代表大会第五次会议举行主席团第一次会议。"
                       "会议推定了主席团常务主席和执行主席分组名单、决定了大会副秘书长。")
    assert not _chairs("6月15日，省十四届人大四次会议主席团举行第一次会议。会议推选出主席团常务主席（名单另发）。")


# ------------------------------------------------- precision: a word kg read as a name (1 of 30 pages)


def test_rongxing_before_dangxuan_is_no_name():
    doc = doc_as_written("新当选的镇人民政府镇长卜英忠作履职表态发言，表示荣幸当选草潭镇镇长，是全体代表的厚爱与支持。",
                         None, path="election_breadth20_test.txt")
    assert not {f.person for f in extract_document(doc) if f.kind == "elect"}
    doc = doc_as_written("会议选举荣国强为草潭镇人民政府镇长。", None, path="election_breadth20_test.txt")
    assert {f.person for f in extract_document(doc) if f.kind == "elect"} == {"荣国强"}
