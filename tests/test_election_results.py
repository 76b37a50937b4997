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
    # its chairs are kept with org null (session 20, election breadth: tests/test_election_breadth20.py)
    got = _holds("市政协七届一次会议主席团常务主席第一次会议召开。主席团常务主席林庆生、彭丽靖出席。", None)
    assert got == {"林庆生 常务主席 None", "彭丽靖 常务主席 None"}


def test_tingqu_before_a_post_is_no_part_of_its_body():
    got = _holds("会议听取市委常委、组织部长卓晓銮作人事情况说明。", "福建省莆田市")
    assert got == {"卓晓銮 常委 中共福建省莆田市委员会", "卓晓銮 部长 中共福建省莆田市委员会组织部"}


PARTY_LISTS = """中国共产党嘉善县第十五届委员会委员名单
（2021年9月15日中国共产党嘉善县第十五次代表大会选举）
（31名，按姓氏笔画为序）
丁一明  王建国  刘晓红（女）
王　晨　李　强  欧阳明
中国共产党嘉善县第十五届委员会候补委员名单
（3名，按得票多少为序）
沈国强  朱丽（女）  蒋伟
中国共产党嘉善县第十五届纪律检查委员会委员名单
马志刚、王丽（女）
中国共产党嘉善县第十五届委员会常务委员会委员、书记、副书记名单
（2021年9月16日中国共产党嘉善县第十五届委员会第一次全体会议选举）
书  记：王建国
副书记：陈志强  张海波
常  委：王建国  陈志强
县委书记王建国主持会议。
"""


def _dated(text: str, jurisdiction: str | None) -> set[str]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {f"{f.person} {f.title} {f.org} {f.date}" for f in merge_facts(extract_acts(doc)) if f.kind == "elect"}


def test_party_congress_name_lists_under_their_headings():
    jur = "浙江省嘉兴市嘉善县"
    cc, dc = "中共浙江省嘉兴市嘉善县委员会", "中共浙江省嘉兴市嘉善县纪律检查委员会"
    got = _dated(PARTY_LISTS, jur)
    want = {f"{p} 委员 {cc} 2021-09-15" for p in ("丁一明", "王建国", "刘晓红", "王晨", "李强", "欧阳明")}
    want |= {f"{p} 候补委员 {cc} 2021-09-15" for p in ("沈国强", "朱丽", "蒋伟")}
    want |= {f"{p} 委员 {dc} None" for p in ("马志刚", "王丽")}
    want |= {f"王建国 书记 {cc} 2021-09-16", f"陈志强 副书记 {cc} 2021-09-16", f"张海波 副书记 {cc} 2021-09-16",
             f"王建国 常委 {cc} 2021-09-16", f"陈志强 常委 {cc} 2021-09-16"}
    assert {f.rsplit(" ", 1)[0] for f in got} == {f.rsplit(" ", 1)[0] for f in want}
    assert {f for f in got if not f.startswith(("马志刚", "王丽"))} == {f for f in want if "纪律" not in f}


def test_party_congress_inline_list():
    got = _acts("中共嘉善县第十五届委员会委员（31名，按姓氏笔画为序）：丁一明、王建国、刘晓红（女）。", "浙江省嘉兴市嘉善县")
    cc = "中共浙江省嘉兴市嘉善县委员会"
    assert got == {f"elect decided {p} 委员 {cc}" for p in ("丁一明", "王建国", "刘晓红")}


@pytest.mark.parametrize("text", [
    "中国共产党嘉善县第十五届委员会委员名单（草案）\n张三  李四\n",
    "中国共产党嘉善县第十五届委员会委员候选人名单\n张三  李四\n",
    "中国共产党嘉善县第十五届委员会委员名单\n（候选人预备人选，按姓氏笔画为序）\n张三  李四\n",
    "中国共产党嘉善县第十五届委员会委员名单\n经大会选举产生，共31名。\n",
])
def test_party_lists_not_elected_or_not_names_give_nothing(text):
    assert _acts(text, "浙江省嘉兴市嘉善县") == set()


@pytest.mark.parametrize("text", [
    "丁一明、王建国、刘晓红（女）（以姓氏笔画为序）当选为县人大常委会副主任。",
    "大会选举王建国为县人大常委会主任，丁一明、刘晓红（女）（按姓氏笔画为序）为副主任。",
    "会议选举产生了县人大常委会副主任（按姓氏笔画为序）：丁一明、刘晓红（女）。",
])
def test_names_written_with_their_order_note(text):
    got = _acts(text, "浙江省嘉兴市嘉善县")
    org = "浙江省嘉兴市嘉善县人民代表大会常务委员会"
    assert {f"elect decided 丁一明 副主任 {org}", f"elect decided 刘晓红 副主任 {org}"} <= got
    assert all("笔画" not in f for f in got)


def test_cppcc_election_colon_lists_with_an_order_note():
    text = ("2022年1月10日，政协嘉善县第十届委员会第一次会议举行第三次全体会议，选举产生政协嘉善县第十届委员会主席、"
            "副主席、秘书长和常务委员。\n主席：张三\n副主席：李四、赵六（女）\n秘书长：钱七\n"
            "常务委员（按姓氏笔画为序）：丁一明、刘晓红（女）\n")
    cppcc = "中国人民政治协商会议浙江省嘉兴市嘉善县委员会"
    assert _acts(text, "浙江省嘉兴市嘉善县") == {
        f"elect decided 张三 主席 {cppcc}", f"elect decided 李四 副主席 {cppcc}", f"elect decided 赵六 副主席 {cppcc}",
        f"elect decided 钱七 秘书长 {cppcc}", f"elect decided 丁一明 常务委员 {cppcc}",
        f"elect decided 刘晓红 常务委员 {cppcc}"}


def test_an_order_note_with_a_count_keeps_its_clause():
    got = _acts("当选为中共嘉善县第十五届委员会委员的有（31名，按姓氏笔画为序）：丁一明、王建国、刘晓红（女）。",
                "浙江省嘉兴市嘉善县")
    assert got == {f"elect decided {p} 委员 中共浙江省嘉兴市嘉善县委员会" for p in ("丁一明", "王建国", "刘晓红")}


def test_posts_named_with_an_elected_person_and_session_chairs_listed_with_you():
    got = _holds("3月11日下午，在全国政协十二届一次会议第四次全体会议上，中共中央政治局常委俞正声当选全国政协主席。", None)
    assert "俞正声 常委 中共中央政治局" in got
    got = _holds("嘉善县第十七届人民代表大会第二次会议举行。担任本次大会执行主席的有：李四、王五。", "浙江省嘉兴市嘉善县")
    session = "浙江省嘉兴市嘉善县第十七届人民代表大会第二次会议"
    assert got == {f"李四 执行主席 {session}", f"王五 执行主席 {session}"}
