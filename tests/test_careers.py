"""Career sentences: every shape of kg/data/career_shapes.yaml runs its example sentences."""

from __future__ import annotations

import pytest

from kg import fast_re
from kg.extract import careers
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = "2024-07-05"):
    doc = doc_as_written(text, jur, date, path="bio_test.txt", year=None)
    return doc


def _cases():
    for spec in careers.shapes():
        for i, ex in enumerate(spec.get("examples") or []):
            yield pytest.param(spec["name"], ex, id=f"{spec['name']}-{i}")


def _read(text: str, jur: str | None, subject: str | None = None):
    lead = f"{subject}，男，汉族，1970年1月生。\n" if subject else ""
    facts, _ = careers.extract(_doc(lead + text, jur))
    return facts


@pytest.mark.parametrize("name,example", list(_cases()))
def test_careers_shape_examples(name, example):
    facts = _read(example["text"], example.get("jurisdiction"), example.get("subject"))
    assert {(f.person, f.title, f.org) for f in facts} == {tuple(x) for x in example["facts"]}
    assert all(f.notes and f.notes["career"] == name for f in facts)


def test_careers_every_shape_has_examples_and_negatives():
    """Issue 9: every career shape has positive and negative example sentences in the table."""
    assert [s["name"] for s in careers.shapes() if not s.get("examples")] == []
    assert [s["name"] for s in careers.shapes() if not s.get("negatives")] == []


@pytest.mark.parametrize("spec", careers.shapes(), ids=lambda s: s["name"])
def test_careers_shape_negatives(spec):
    for text in spec.get("negatives") or []:
        assert _read(text, "山东省枣庄市", "王强") == [], text


def test_careers_dates_and_former():
    facts = _read("2013 年，施小琳任上海市民政局局长。2021年8月，她任四川省委常委。", "四川省")
    got = {(f.title, f.start, f.end, f.former) for f in facts}
    assert ("局长", "2013", None, True) in got
    assert ("常委", "2021-08", None, True) in got


def test_careers_range_has_start_and_end():
    facts = _read("1996.05至1998.01任职浦江县委组织部副部长。", "浙江省金华市", "张新宇")
    assert [(f.start, f.end, f.former) for f in facts] == [("1996-05", "1998-01", True)]


def test_careers_current_posts_are_dated_by_the_document():
    facts = _read("张迎春现任新疆党委常委。", "新疆维吾尔自治区")
    assert [(f.person, f.date, f.former) for f in facts] == [("张迎春", "2024-07-05", None)]


def test_careers_subject_of_the_biography_and_its_reach():
    text = "新任北京市长蔡奇，1955年12月出生，福建尤溪人。蔡奇曾任福建省三明市市长。2016年10月，他出任北京市副市长。"
    facts = _read(text, "北京市")
    assert {f.person for f in facts} == {"蔡奇"}
    far = "施小琳出生于1969年5月。" + "会议强调。" * 100 + "2006年任南汇区副区长。"
    assert _read(far, "上海市") == []  # the subject is too far back to be the one meant


def test_careers_a_clause_naming_someone_else_is_not_the_subject():
    text = "笔者了解到，1970年3月生的李永红是全省第一位。现任枣庄市委副书记、市长李峰，拟任枣庄市委书记。"
    assert _read(text, "山东省枣庄市") == []


def test_careers_ranks_and_candidacies_are_not_posts():
    facts = _read("2013年1月，严金海升任青海省副省长，晋升副部级。", "西藏自治区")
    assert {(f.kind, f.title) for f in facts} == {("hold", "副省长")}


def test_careers_subjects_opened_by_posts_an_age_or_a_year():
    text = "原中共福建省委常委、福建省委组织部长于伟国，6月10日出任中共厦门市委书记。1995年调到厦门，先后担任过副市长、市委秘书长。"
    assert {(f.person, f.title) for f in _read(text, "福建省厦门市")} >= {("于伟国", "副市长"), ("于伟国", "秘书长")}
    text = "宣布57岁的原福建漳州市市长李建国，调任中共泉州市委副书记。他还曾担任泉州市委常委、政法委书记等职。"
    assert {(f.person, f.title) for f in _read(text, "福建省泉州市")} >= {("李建国", "常委")}
    text = "秦光荣于1999年从湖南来到云南。期间，他历任云南省政法委书记、副省长。"
    assert ("秦光荣", "副省长") in {(f.person, f.title) for f in _read(text, "云南省")}


def test_careers_subject_on_a_name_line_over_the_profile():
    """A profile page: the name alone on a line, then "男，1970年1月生，…现任…"; the next name line
    starts the next profile."""
    text = ("刘捷\n男，1970年1月生，江苏丹阳人。现任江西省新余市委副书记、市长。\n"
            "滕刚\n男，1970年6月生，黑龙江勃利人。现任孝感市委副书记，市长。\n")
    got = {(f.person, f.title, f.org) for f in careers.extract(_doc(text, None))[0]}
    assert got == {("刘捷", "副书记", "中共江西省新余市委员会"), ("刘捷", "市长", "江西省新余市人民政府"),
                   ("滕刚", "副书记", "中共湖北省孝感市委员会"), ("滕刚", "市长", "湖北省孝感市人民政府")}
    # a line that is no name ("个人简历") opens no profile
    assert careers.extract(_doc("个人简历\n男，1970年1月生。现任江西省新余市委副书记。\n", None))[0] == []


def test_careers_name_line_of_an_unknown_surname_and_the_next_profile():
    """"练月琴\\n女，1971年9月生，…": the name line opens the profile even when kg.names does not know
    the surname; the posts after it are never the previous profile's."""
    text = ("周红波\n男，1970年10月生，广西临桂人。现任南宁市委副书记。\n"
            "练月琴\n女，1971年9月生，江苏金坛人。2011年7月任江苏省淮安市委常委。\n")
    got = {(f.person, f.title) for f in careers.extract(_doc(text, None))[0]}
    assert ("周红波", "常委") not in got and ("周红波", "副书记") in got


def test_careers_first_characters_give_the_same_matches():
    """A shape with ``first`` (the characters its own text starts with) is tried only there: the
    same matches as a plain finditer, on its examples and on text where it starts mid-line."""
    import re as _re

    text = ("张三，男，1960年1月生。1982—1986年 湖北省十堰市副市长；1986-1990年，任十堰市市长\n"
            "学习1998-2001年 建设部部长、党组书记 2001—2003 年 在国务院任副秘书长\n")
    for spec in careers.shapes():
        if spec.get("first_re") is None:
            continue
        for sample in [text, *(ex["text"] for ex in spec.get("examples") or [])]:
            want = [(m.start(), m.end()) for m in spec["regex"].finditer(sample)]
            got = [(m.start(), m.end()) for m in fast_re.finditer_at(spec["regex"], sample, spec["first_re"])]
            assert got == want and isinstance(spec["first_re"], _re.Pattern)
