"""Election results as congress, CPPCC and party-congress news write them (issue 9): a result
written title first after 选举产生, the session's chairs of a local CPPCC session, a session's
place written in full, and names the news list with 等N人. Made-up sentences in real shapes."""

from __future__ import annotations

import pytest

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _acts(text: str, jurisdiction: str | None) -> set[str]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in merge_facts(extract_acts(doc))}


def _holds(text: str, jurisdiction: str | None) -> set[str]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {f"{f.person} {f.title} {f.org}" for f in extract_holds(doc) if f.kind == "hold"}


def test_title_first_result_after_xuanju_chansheng():
    text = ("会议依法选举产生江宁镇人大主席张国强、副主席李红，镇长王海涛、副镇长赵明、孙伟、"
            "刘芳，并举行宪法宣誓仪式。")
    jur = "湖北省黄冈市红安县七里坪镇"
    got = _acts(text.replace("江宁镇", "七里坪镇"), jur)
    town = "湖北省黄冈市红安县七里坪镇人民政府"
    assert {f"elect decided 王海涛 镇长 {town}", f"elect decided 赵明 副镇长 {town}",
            f"elect decided 孙伟 副镇长 {town}", f"elect decided 刘芳 副镇长 {town}"} <= got
    assert {f.split()[2] for f in got} == {"张国强", "李红", "王海涛", "赵明", "孙伟", "刘芳"}


@pytest.mark.parametrize("text", [
    "28日下午，举行中国共产党重庆市大渡口区委第十三届委员会第一次全体会议，选举产生第十三届委员会常委和书记、副书记。",
    "预备会议选举产生了大会主席团和秘书长，张三当选为大会秘书长。",
    "会议选举产生的新一届领导班子成员平均年龄48岁。",
])
def test_xuanju_chansheng_without_post_and_name_items_gives_no_title_first_fact(text):
    assert not any(f.startswith("elect") and ("常委" in f or "秘书长" in f or "成员" in f)
                   for f in _acts(text, "重庆市巴南区"))


def test_names_with_a_count_and_yue_inside_an_election_list():
    got = _acts("选举丁新月、王宇等47人为县政协第十届委员会常务委员。", "安徽省阜阳市太和县")
    cppcc = "中国人民政治协商会议安徽省阜阳市太和县委员会"
    assert got == {f"elect decided 丁新月 常务委员 {cppcc}", f"elect decided 王宇 常务委员 {cppcc}"}


def test_local_cppcc_session_chairs_and_full_place_of_a_session():
    got = _holds("1月18日，太和县政协十届一次会议胜利闭幕。本次大会的执行主席是：杨代军、张亚军。", "安徽省阜阳市太和县")
    session = "中国人民政治协商会议安徽省阜阳市太和县第十届委员会第一次会议"
    assert got == {f"杨代军 执行主席 {session}", f"张亚军 执行主席 {session}"}
    got = _holds("11日，伊春市第十二届人民代表大会第三次会议举行。会议由大会执行主席、主席团常务主席许兆君主持。", None)
    assert "许兆君 执行主席 黑龙江省伊春市第十二届人民代表大会第三次会议" in got
    assert "许兆君 常务主席 黑龙江省伊春市第十二届人民代表大会第三次会议主席团" in got


def test_a_session_of_no_written_place_is_no_body():
    got = _holds("市政协七届一次会议主席团常务主席第一次会议召开。主席团常务主席林庆生、彭丽靖出席。", None)
    assert got == set()


def test_tingqu_before_a_post_is_no_part_of_its_body():
    got = _holds("会议听取市委常委、组织部长卓晓銮作人事情况说明。", "福建省莆田市")
    assert got == {"卓晓銮 常委 中共福建省莆田市委员会", "卓晓銮 部长 中共福建省莆田市委员会组织部"}
