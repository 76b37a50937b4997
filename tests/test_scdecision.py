"""Standing-committee decisions and their news (issue 9, genres scdecision / scnews): the
constructions of the session-17 dev documents (陕西, 广西, 山东, 上海, 贵州, 湖南, 黑龙江, 河南),
on invented texts — list names written whole (郭大为, 宗和), a character a mis-converted page
lost, the author of a report (县长肖克关于…), a post inside a report's title, a city's paper
naming the text's place, a two-character county with its body, a page's date line with its
paper, a meeting to come inside the act's sentence, 因 after a name, and 决定X副省长为…代理省长."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.holds import extract_holds
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    doc = doc_as_written(text, jur, date, path="scdecision_test.txt")
    return doc


def _holds(text: str, jur: str | None) -> set[tuple]:
    return {(f.person, f.title, f.org) for f in extract_holds(_doc(text, jur)) if f.kind == "hold"}


HOLDS = [
    # a name ending in 为 written whole before 和 and a colleague's title
    ("省人大常委会副主任姜锋、郭青、郭大为和秘书长文引学出席会议。", "陕西省",
     {("姜锋", "副主任", "陕西省人民代表大会常务委员会"), ("郭青", "副主任", "陕西省人民代表大会常务委员会"),
      ("郭大为", "副主任", "陕西省人民代表大会常务委员会"), ("文引学", "秘书长", "陕西省人民代表大会常务委员会")}),
    # a two-character item of a list: a surname and 和, written whole between separators
    ("市人大常委会副主任于锦初、宗和、任群先，秘书长邱广茂出席会议。", "山东省青岛市",
     {("于锦初", "副主任", "山东省青岛市人民代表大会常务委员会"), ("宗和", "副主任", "山东省青岛市人民代表大会常务委员会"),
      ("任群先", "副主任", "山东省青岛市人民代表大会常务委员会"), ("邱广茂", "秘书长", "山东省青岛市人民代表大会常务委员会")}),
    # the author of a report or a request: 关于 ends the name; 会议首先就 is no part of the body
    ("会议首先就县人民政府县长肖克关于三位同志辞去领导职务的提请报告进行了审查。", "贵州省黔东南苗族侗族自治州榕江县",
     {("肖克", "县长", "贵州省黔东南苗族侗族自治州榕江县人民政府")}),
    # the proposer of a nomination, an official acting on another body's behalf (受…委托)
    ("国务院总理李克强提名王毅为外交部部长人选。市委组织部副部长解思明受市委委托作说明。", "广西壮族自治区柳州市",
     {("李克强", "总理", "中华人民共和国国务院"), ("解思明", "副部长", "中共广西壮族自治区柳州市委员会组织部")}),
    # a report's title or its noun before 和 ends the phrase: the next post's body starts after it
    ("听取了《关于经济发展情况的工作报告》和区人大常委会财经工委副主任朱云舫所作的审议意见。", "上海市松江区",
     {("朱云舫", "副主任", "上海市松江区人民代表大会常务委员会财政经济工作委员会")}),
    ("会议听取了关于撤销陈某职务的议案报告和市人大常委会人事代表工委副主任张金康所作的审查意见报告。", "上海市",
     {("张金康", "副主任", "上海市人民代表大会常务委员会人事代表工作委员会")}),
    # a bare 监委 after the place's 纪委: the same place's supervision commission
    ("区纪委副书记、监委副主任向震东、区委常委、纪委书记、监委主任张三列席会议。", "湖南省邵阳市北塔区",
     {("向震东", "副书记", "中共湖南省邵阳市北塔区纪律检查委员会"), ("向震东", "副主任", "湖南省邵阳市北塔区监察委员会"),
      ("张三", "常委", "中共湖南省邵阳市北塔区委员会"), ("张三", "书记", "中共湖南省邵阳市北塔区纪律检查委员会"),
      ("张三", "主任", "湖南省邵阳市北塔区监察委员会")}),
    # a post named inside a report's title
    ("听取和评议了《县人民法院副院长李普生同志个人履职情况的专项工作报告》。", "陕西省安康市紫阳县",
     {("李普生", "副院长", "陕西省安康市紫阳县人民法院")}),
]


@pytest.mark.parametrize("text,jur,expected", HOLDS)
def test_holds_of_meeting_news(text, jur, expected):
    assert _holds(text, jur) == expected


@pytest.mark.parametrize("text,jur", [
    # "崔亞?wèn)|": a character lost in conversion; 崔亚 is no name (the name is cut)
    ("会议听取了上海市高级人民法院代理院长崔亚？wèn)|所作的报告。", "上海市"),
    # 为 of a verb is never part of a name: 任命张三为和平县县长 gives no holder 张三为
    ("会议决定任命张三为和平县县长。", "广东省河源市"),
])
def test_no_cut_or_joined_names(text, jur):
    names = {f.person for f in extract_holds(_doc(text, jur)) if f.kind == "hold"}
    assert not any(n in ("崔亚", "张三为", "张三") for n in names)


def test_city_paper_names_the_place():
    text = ("当前位置: 本市要闻\n\n人大常委会召开第二十八次会议\n\n  • 2010-01-23   柳州日报   记者 姚颖盈\n\n"
            "   市十二届人大常委会第二十八次会议于昨天上午召开。会议决定市十二届人大八次会议于今年23日至5日举行，"
            "决定任命胡明朗为市人民政府副市长。\n   会议由市人大常委会副主任周卓新主持。\n")
    doc = document_from_text(text, "paper.txt")
    assert doc.jurisdiction == "广西壮族自治区柳州市"
    acts = [f for f in extract_document(doc) if f.kind == "appoint"]
    assert [(f.person, f.title, f.org, f.date, f.decided_by) for f in acts] == [
        ("胡明朗", "副市长", "广西壮族自治区柳州市人民政府", "2010-01-22", "广西壮族自治区柳州市人民代表大会常务委员会")]


@pytest.mark.parametrize("text", [
    # a national paper whose name is a district's stem: no place
    "光明日报 记者 张三\n区人大常委会召开会议。区人大常委会主任李四主持。\n",
    # the paper's level (省) is not the level the text speaks of (市)
    "湖北日报讯\n市人大常委会召开会议。市人大常委会主任李四主持。市委书记王五出席。\n",
])
def test_paper_alone_is_not_a_place(text):
    assert document_from_text(text, "paper.txt").jurisdiction is None


def test_two_character_county_with_its_body():
    text = "息县人大常委会通过息县法院人事任免事项\n在息县十三届人大常委会第七次会议上，息县法院院长齐秀作报告。县人大常委会主任伍存强出席。\n"
    assert document_from_text(text, "county.txt").jurisdiction == "河南省信阳市息县"
    # 代县长: a two-character county name before 长 is no mention of 代县
    assert document_from_text("代县长李四出席会议。代县长李四讲话。\n", "x.txt").jurisdiction is None


def test_reason_clause_after_a_name():
    doc = _doc("于冲因已调任山东省旅游局党组书记，请求辞去市政府副市长职务。", "山东省青岛市")
    appoints = [(f.person, f.title, f.org) for f in extract_document(doc) if f.kind == "appoint"]
    assert appoints == [("于冲", "党组书记", "山东省旅游局")]


def test_acting_after_current_post_and_wei():
    doc = _doc("湖南省第十三届人民代表大会常务委员会第二十一次会议经过表决，决定任命毛伟明为湖南省人民政府副省长，"
               "并根据湖南省人民代表大会常务委员会主任会议的提名，决定毛伟明副省长为湖南省人民政府代理省长。", "湖南省")
    acts = {(f.kind, f.person, f.title, f.org) for f in extract_document(doc) if f.kind != "hold"}
    assert acts == {("appoint", "毛伟明", "副省长", "湖南省人民政府"), ("acting", "毛伟明", "省长", "湖南省人民政府")}


def test_regional_paper_by_its_short_name():
    text = ("自治区十三届人大常委会举行第五次会议\n\n2018年09月06日 10:09   来源:新疆日报\n\n"
            "  新疆日报讯 9月5日,自治区十三届人大常委会举行第五次会议。自治区人大常委会主任张三主持会议。"
            "受自治区党委委托,自治区党委副书记李四作有关人事任免事项的说明。\n")
    assert document_from_text(text, "xj.txt").jurisdiction == "新疆维吾尔自治区"


def test_province_of_several_cities_named_once_when_the_text_speaks_of_it():
    text = ("自治区十四届人大常委会第二十一次会议闭幕\n会议决定任命张三为自治区副主席。自治区党委书记、自治区人大常委会主任"
            "李四主持闭幕会。会议表决批准了南宁市历史文化街区保护条例、梧州市文化旅游发展促进条例、贵港市扬尘污染防治规定。\n")
    assert document_from_text(text, "gx.txt").jurisdiction == "广西壮族自治区"
    # the same cities in a text that speaks of no level: unplaced
    assert document_from_text("批准了南宁市条例、梧州市条例、贵港市规定。\n", "x.txt").jurisdiction is None


DECISION_HEAD = ("长兴县人民代表大会常务委员会任免名单\n"
                 "（2020年12月25日长兴县第十七届人民代表大会常务委员会第三十次会议通过）\n")


@pytest.mark.parametrize("body", [
    # headings without a colon, rows of a name and its post
    "一、任命\n张三  县财政局局长\n李四  县教育局局长\n二、免去\n王五  县财政局局长职务\n",
    # names padded with a full-width space to three cells (the normalizer leaves one space)
    "决定任命\n张　三　县财政局局长\n李　四　县教育局局长\n决定免去\n王　五　县财政局局长\n",
])
def test_decision_list_rows_are_acts_not_holds(body):
    doc = document_from_text(DECISION_HEAD + body, "list.txt")
    facts = extract_document(doc)
    assert {(f.kind, f.person, f.title, f.org, f.date) for f in facts} == {
        ("appoint", "张三", "局长", "浙江省湖州市长兴县财政局", "2020-12-25"),
        ("appoint", "李四", "局长", "浙江省湖州市长兴县教育局", "2020-12-25"),
        ("remove", "王五", "局长", "浙江省湖州市长兴县财政局", "2020-12-25"),
    }  # no hold: a row under 免去 holds the post no longer, one under 任命 is the act itself


def test_newly_appointed_official_taking_the_oath():
    doc = _doc("湖州市人大常委会举行会议。新任命的市人民政府副市长王三进行了宪法宣誓。", "浙江省湖州市")
    assert ("王三", "副市长", "浙江省湖州市人民政府") in _holds(doc.text, "浙江省湖州市")


@pytest.mark.parametrize("text", [
    "长兴县人大常委会召开会议。拟任县财政局局长张三作供职发言。",
    "长兴县人大常委会召开会议。拟任命的县财政局局长张三作了表态发言。",
    "长兴县人大常委会召开会议。会议听取了拟任县人民法院副院长张三的供职报告。",
    "长兴县人大常委会召开会议。被免职的县财政局局长张三出席会议。",
])
def test_a_nominee_or_one_removed_holds_no_post(text):
    assert _holds(text, "浙江省湖州市长兴县") == set()


def _national_examples():
    from kg.datafiles import load_yaml

    data = load_yaml("national_titles.yaml")
    return data["examples"], data["negatives"]


@pytest.mark.parametrize("example", _national_examples()[0])
def test_national_titles_after_a_name(example):
    assert {tuple(f) for f in example["facts"]} <= _holds(example["text"], None)


@pytest.mark.parametrize("text", _national_examples()[1])
def test_national_titles_of_history_give_nothing(text):
    assert _holds(text, None) == set()


def test_acts_of_earlier_meetings_take_no_carried_date():
    text = ("2016年03月31日08:31  来源:宁夏新闻网\n"
            "  宁夏回族自治区十一届人大常委会3月24日举行宪法宣誓仪式，自治区人大常委会主任张一主持。\n"
            "  自治区十一届人大常委会第二十一次会议任命王二为自治区人大法制委员会副主任委员；"
            "自治区十一届人大常委会第二十二次会议决定任命李三为自治区公安厅厅长；"
            "当天闭幕的自治区十一届人大常委会第二十三次会议决定任命赵四为自治区人民政府副主席。\n")
    doc = document_from_text(text, "nx.txt")
    dates = {f.person: f.date for f in extract_document(doc) if f.kind == "appoint"}
    assert dates == {"王二": None, "李三": None, "赵四": "2016-03-24"}
    # the same meeting named in the dated sentence and in the act's: the date carries
    text2 = ("5月27日，区人大常委会举行第三十次会议。区人大常委会主任张一主持。\n"
             "区十九届人大常委会第三十次会议决定任命王二为重庆市巴南区人民政府副区长。\n")
    doc2 = _doc(text2, "重庆市巴南区", date="2015-05-28")
    assert [f.date for f in extract_document(doc2) if f.kind == "appoint"] == ["2015-05-27"]


def test_rows_under_a_list_title_with_verbs_are_acts():
    # 任县 is a county of 河北: "张三  任县财政局局长" is 任 + the county's bureau, never a post of 任县
    doc = document_from_text(DECISION_HEAD + "张三  任县财政局局长\n李四  免去县教育局局长职务\n王五  任县人民法院审判员\n",
                             "rows.txt")
    assert {(f.kind, f.person, f.title, f.org) for f in extract_document(doc)} == {
        ("appoint", "张三", "局长", "浙江省湖州市长兴县财政局"),
        ("remove", "李四", "局长", "浙江省湖州市长兴县教育局"),
        ("appoint", "王五", "审判员", "浙江省湖州市长兴县人民法院"),
    }


def test_post_first_rows_under_a_list_heading_are_no_holds():
    doc = document_from_text(DECISION_HEAD + "任命\n县财政局局长：张三\n免去\n县财政局局长：王五\n", "rows2.txt")
    assert [f for f in extract_document(doc) if f.kind == "hold"] == []  # 王五 under 免去 holds no post


@pytest.mark.parametrize("head", [
    "来源：嘉兴日报  2019年07月26日",
    "嘉兴日报 2019年07月26日 第2版",
    "2019年07月26日  嘉兴日报",
    "2019-07-26 嘉兴在线",
])
def test_page_head_line_of_paper_and_date(head):
    from kg.extract.dating import Dating

    doc = document_from_text(head + "\n市人大常委会昨天召开会议。会议决定任命张三为嘉兴市教育局局长。\n", "head.txt")
    assert Dating(doc).reference == "2019-07-26"
    assert [f.date for f in extract_document(doc) if f.kind == "appoint"] == ["2019-07-25"]


def test_a_sentence_date_before_a_paper_name_is_no_page_date():
    from kg.extract.dating import Dating

    doc = document_from_text("会议于2019年7月26日 嘉兴日报\n市人大常委会昨天召开会议。\n", "head.txt")
    assert Dating(doc).reference is None
