"""Decision documents of standing committees (任免名单): the rows of their lists are acts of
the list's kind, never holdings, and a heading naming a body gives it to the bare posts under it."""

from __future__ import annotations

from kg.extract.acts import act_list_spans, extract_acts
from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _doc(text: str, jur: str | None):
    doc = document_from_text(text, "decision_test.txt")
    doc.text, doc.offsets = text, list(range(len(text) + 1))
    doc.jurisdiction = jur
    return doc


LIST = ("任命：\n赵四平\t湖南省高级人民法院审判员\n钱五军\t湖南省高级人民法院民事审判第一庭庭长\n\n"
        "免去：\n王三峰\t湖南省教育厅厅长\n孙六林\t湖南省高级人民法院副院长\n")


def test_two_column_list_rows_are_acts_not_holds():
    doc = _doc(LIST, "湖南省")
    acts = {(f.kind, f.person, f.title, f.org) for f in extract_acts(doc)}
    assert acts == {("appoint", "赵四平", "审判员", "湖南省高级人民法院"),
                    ("appoint", "钱五军", "庭长", "湖南省高级人民法院民事审判第一庭"),
                    ("remove", "王三峰", "厅长", "湖南省教育厅"),
                    ("remove", "孙六林", "副院长", "湖南省高级人民法院")}
    assert [f for f in extract_holds(doc) if f.kind == "hold"] == []  # 王三峰 no longer holds his post


def test_act_list_spans_end_at_the_first_line_that_is_no_row():
    text = "免去：\n王三峰\t湖南省教育厅厅长\n会议结束。\n李四\t湖南省财政厅厅长\n"
    spans = act_list_spans(text)
    assert [text[s:e] for s, e in spans] == ["王三峰\t湖南省教育厅厅长"]


def test_rows_outside_a_list_still_hold():
    doc = _doc("领导班子\n李四\t湖南省财政厅厅长\n", "湖南省")
    assert {(f.person, f.title) for f in extract_holds(doc) if f.kind == "hold"} == {("李四", "厅长")}


def test_heading_body_scopes_the_posts_under_it_until_a_title_line():
    text = ("二、市中级人民法院\n任命：\n黄三元为审判员。\n\n"
            "岳阳市人民代表大会常务委员会关于任免国家工作人员的决定\n任命：\n何五明为审判员。\n")
    doc = _doc(text, "湖南省岳阳市")
    orgs = {f.person: f.org for f in extract_acts(doc)}
    assert orgs == {"黄三元": "湖南省岳阳市中级人民法院", "何五明": None}


def test_unpunctuated_list_rows_stay_apart():
    text = ("任命：\n刘一平为岳阳市教育局局长\n陈二东为岳阳市财政局局长\n免去：\n黄三元的岳阳市民政局局长职务\n"
            "一、州人民政府\n任命：\n向一平为岳阳市民族宗教事务委员会主任\n二、市人民检察院\n任命：\n何五明为检察员\n")
    doc = _doc(text, "湖南省岳阳市")
    acts = {(f.kind, f.person, f.title, f.org) for f in extract_acts(doc)}
    assert acts == {("appoint", "刘一平", "局长", "湖南省岳阳市教育局"), ("appoint", "陈二东", "局长", "湖南省岳阳市财政局"),
                    ("remove", "黄三元", "局长", "湖南省岳阳市民政局"),
                    ("appoint", "向一平", "主任", "湖南省岳阳市民族宗教事务委员会"),
                    ("appoint", "何五明", "检察员", "湖南省岳阳市人民检察院")}
