"""kg.extract.dating: the date and the deciding body of an act, read from the text around it.

Sentences have the shapes of real documents (standing-committee news, party notices, State
Council 任免, decisions with adoption lines, yearbook chronicles); the names are made up.
"""

from __future__ import annotations

import pytest

from kg.extract.dating import Dating, chronicle_dates
from kg.reading import document_from_text


def _at(text: str, needle: str, status: str = "decided"):
    """(date, how, decided_by) of an act whose person is ``needle``."""
    doc = document_from_text(text)
    dating = Dating(doc)
    pos = doc.text.index(needle)
    start = max(doc.text.rfind(c, 0, pos) for c in "。\n") + 1
    dated = dating.date_at(start, end=pos + len(needle))
    return dated.value, dated.how, dating.decided_by_at(start, status, end=pos + len(needle))


@pytest.mark.parametrize("text,needle,date", [
    # a full date in the act's own sentence
    ("浙江省第十三届人民代表大会常务委员会第三十次会议于2021年8月2日决定：任命王浩为浙江省人民政府副省长。",
     "王浩", "2021-08-02"),
    # Chinese numerals
    ("二〇二一年八月二日，浙江省十三届人大常委会第三十次会议决定任命王浩为浙江省人民政府副省长。", "王浩", "2021-08-02"),
    # a month-day dated by the page's own date
    ("发布时间：2025-04-09 10:12\n4月8日，浙江省十四届人大常委会第十五次会议在杭州举行。会议决定任命王浩为浙江省人民政府副省长。",
     "王浩", "2025-04-08"),
    # a month-day and no year anywhere: unknown, never invented
    ("4月8日，浙江省十四届人大常委会第十五次会议在杭州举行。会议决定任命王浩为浙江省人民政府副省长。", "王浩", None),
    # the meeting's date carried to the acts decided at it, two paragraphs on
    ("江苏省十二届人大常委会第三十一次会议在完成各项议程后，7月21日下午在南京闭幕。\n省人大常委会主任主持会议。\n"
     "经过表决，会议决定任命李江为省人民政府副省长。", "李江", None),
    ("2016-07-22 08:30\n江苏省十二届人大常委会第三十一次会议在完成各项议程后，7月21日下午在南京闭幕。\n"
     "经过表决，会议决定任命李江为省人民政府副省长。", "李江", "2016-07-21"),
    # a meeting over several days: what both ends share
    ("第五届全国人民代表大会常务委员会第二十三次会议于1982年4月22日至5月4日举行。\n会议通过决议，任命余某某为国务委员。",
     "余某某", "1982"),
    ("中国人民政治协商会议某省第五届委员会第四次会议1985年5月18日至27日在省城举行。\n补选孙某全为常务委员。", "孙某全", "1985-05"),
    # partial dates keep their precision
    ("2010年8月，中共中央决定由赵某志出任中共贵州省委副书记、代理省长。", "赵某志", "2010-08"),
    # a birth date is no act's date; a report's date is none either
    ("王晓一，男，1970年9月生，汉族，浙江某县人。现任某县县委书记，拟任某市副市长。", "拟任", None),
    ("据2026年1月20日《某某日报》报道，1月19日，新疆十四届人大常委会二十七次会议举行，会议决定任命张某春为自治区政府副主席。",
     "张某春", "2026-01-19"),
    # a birth month or a career step before a month-day lends it no year (never 1962-06-22)
    ("卸任州委书记的田某尘，出生于1963年4月。6月22日，在省委领导班子换届中，田某尘卸任省委常委。", "卸任省委", None),
    ("王某，1972年10月出生，2021年1月任代市长，后转正。就在3月10日，省委决定，岳某强兼任某学院党委书记。", "岳某强", None),
    # 日前 / 近日: the report does not say when
    ("日前，中共浙江省委决定：王强同志任中共湖州市委书记。", "王强", None),
    # a meeting to come is not the date of the decision that called it
    ("4月7日上午，河北省十二届人大常委会举行第二十七次会议。会议决定河北省第十二届人民代表大会第六次会议于2017年4月26日"
     "在石家庄召开；决定任命许某为河北省人民政府副省长、代理省长。", "许某", None),
    # a document number is no date (〔2021〕3号)
    ("某区人民政府文件\n某府人〔2021〕3号\n关于王某鹏等同志职务任免的通知\n经2021年6月22日第二届区人民政府第111次常务会研究，决定：\n"
     "王某鹏同志任某物产发展有限公司总经理。\n某区人民政府\n2021年6月27日", "王某鹏", "2021-06-22"),
])
def test_dating_date_of_an_act(text, needle, date):
    assert _at(text, needle)[0] == date


def test_dating_dateline_is_the_reference_for_a_bare_day():
    text = ("NEWS 2003年02月26日09:45 新华网\n新华网河南频道2月26日电25日上午，郑州市第十一届人大常委会第三十五次会议"
            "决定王某超代理郑州市市长职务。")
    assert _at(text, "王某超")[0] == "2003-02-25"


def test_dating_same_year_continues_the_narrative():
    text = "严某海，2021年10月任西藏自治区代主席，2022年1月当选自治区主席。同年11月辞去自治区政府主席职务。"
    assert _at(text, "同年11月辞去")[0] == "2022-11"


def test_dating_title_line_and_body_share_the_adoption_date():
    text = ("某市人民代表大会常务委员会关于任命刘松为某区人民政府副区长的决定\n"
            "（2021年8月2日某市第十五届人民代表大会常务委员会第十七次会议通过）\n"
            "根据有关法律的规定，某市第十五届人民代表大会常务委员会第十七次会议决定任命刘松为某区人民政府副区长。")
    doc = document_from_text(text)
    dating = Dating(doc)
    title = dating.date_at(0, end=doc.text.index("刘松") + 2)
    assert (title.value, title.how) == ("2021-08-02", "adoption")
    body = doc.text.rindex("刘松")
    assert dating.date_at(doc.text.rfind("\n", 0, body) + 1, end=body + 2).value == "2021-08-02"


def test_dating_signature_block_after_a_notice():
    text = ("各二级党组织，各学院：\n经校党委常委会会议研究决定：\n卢某强同志兼任某科教园管委会主任。\n"
            "中共某大学委员会\n2024年6月6日")
    assert _at(text, "卢某强")[0] == "2024-06-06"


def test_dating_chronicle_day_refined_by_a_later_day_of_the_paragraph():
    text = ("《某区年鉴（2022）》\n大事记\n12月\n22日，某区集中开工29个项目。\n"
            "26日—28日，中国共产党重庆市某区第十三次代表大会召开。\n"
            "大会选举区委委员33名。28日下午，举行中国共产党重庆市某区第十三届委员会第一次全体会议，"
            "选举产生常委和书记。余某明当选区委书记。\n")
    doc = document_from_text(text)
    marks, dates = chronicle_dates(doc)
    assert "2021-12-26" in dates
    dating = Dating(doc)
    assert dating.date_at(doc.text.index("余某明")).value == "2021-12-28"
    assert dating.date_at(doc.text.index("大会选举")).value == "2021-12"  # the 26th–28th: the month


@pytest.mark.parametrize("text,needle,status,body", [
    ("浙江省人大常委会决定任命王浩为浙江省人民政府副省长。", "王浩", "decided", "浙江省人民代表大会常务委员会"),
    ("据浙江日报报道，日前，浙江省委决定：王强同志任中共湖州市委书记。", "王强", "decided", "中共浙江省委员会"),
    ("国务院任免国家工作人员。任命王某为水利部副部长。", "王某", "decided", "中华人民共和国国务院"),
    # the body that announces its own acts (宣布 / 发布…任免消息)
    ("国务院昨天宣布，原国务院法制办副主任钱某兼任退役军人事务部副部长。", "钱某兼任", "decided", "中华人民共和国国务院"),
    ("昨天国务院集中发布了百余名省部级官员的任免消息，其中还有任命许某为公安部副部长。", "许某", "decided",
     "中华人民共和国国务院"),
    ("2月22日，柳州市第十三届人民代表大会第五次会议选举肖某为人民政府市长。", "肖某", "decided",
     "广西壮族自治区柳州市第十三届人民代表大会"),
    # a joint decision has no single body
    ("此前，中央和省委决定，刘某任中共宁波市委委员、常委、副书记。", "刘某", "decided", None),
    # a decision with no subject of its own is the meeting's the report is about
    ("5月27日，上海市松江区四届人大常委会举行第三十次会议。\n区人大常委会主任主持会议。\n"
     "会议审议通过了有关人事任命事项，决定任命徐某兴同志为上海市松江区交通委员会主任。", "徐某兴", "decided",
     "上海市松江区人民代表大会常务委员会"),
    # a congress the decision is reported to decides nothing
    ("12月22日，天津市十六届人大常委会举行第四十次会议。会议通过了关于接受王某峰辞去天津市市长职务的决定，"
     "报天津市第十七届人民代表大会第一次会议备案。由于工作调动，决定免去何某山的天津市副市长职务。", "何某山", "decided",
     "天津市人民代表大会常务委员会"),
    # a proposed act names its proposer, not a decider
    ("山东省委组织部发布干部任前公示，李某拟任枣庄市委书记。", "李某", "proposed", "中共山东省委员会组织部"),
])
def test_dating_deciding_body(text, needle, status, body):
    assert _at(text, needle, status)[2] == body


def test_reference_date_is_the_datings_and_the_hold_readers_share_one_dating():
    """kg.extract.dating.reference_date gives what Dating(doc).reference gives without building a
    Dating; shared_dating hands the hold readers one Dating per document, a new one when the
    document changes."""
    from pathlib import Path

    from kg.extract.dating import Dating, reference_date, shared_dating
    from kg.reading import document_from_text, read_document

    docs = [read_document(str(p)) for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    docs += [document_from_text(t, path="t.txt") for t in (
        "新华社北京3月8日电 会议决定任命王强为副市长。", "2018-07-26 15:21 来源：本站\n会议决定…", "会议决定…")]
    for doc in docs:
        assert reference_date(doc) == Dating(doc).reference
    doc = docs[-1]
    first = shared_dating(doc)
    assert shared_dating(doc) is first
    doc.date = "2021-08-02"
    again = shared_dating(doc)
    assert again is not first and again.reference == "2021-08-02"
