"""Roster pages of other places (issue 9, session 17): the document's place, dates and deciding
bodies of history sections, and the titles of 1950s committees (made-up texts of real shapes)."""

from __future__ import annotations

from kg.extract import extract_document
from kg.extract.dating import Dating
from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _doc(text: str, jur: str | None = "unset"):
    doc = document_from_text(text, "roster17_test.txt")
    if jur != "unset":
        doc.jurisdiction = jur
    return doc


def test_a_place_in_brackets_after_a_name_is_no_issuer():
    # a city committee's infobox names a county-level city's secretary among its members: the
    # page stays the city's (福清市 of 叶仁佑（福清市委书记） weighed like an issuing body before)
    text = ("中国共产党福州市委员会\n书记 1 | 郭宁宁 |\n常委 3 | 郭宁宁 吴贤德 叶仁佑(福清市委书记) |\n"
            "中国共产党福州市委员会,简称中共福州市委,是中国共产党在福建省省会福州市的领导机关。\n"
            "1953年7月,任命赵峰为市委第一副书记。\n")
    doc = _doc(text)
    assert doc.jurisdiction == "福建省福州市"
    acts = [f for f in extract_document(doc) if f.kind == "appoint"]
    assert [(f.person, f.title, f.org) for f in acts] == [("赵峰", "第一副书记", "中共福建省福州市委员会")]


def test_same_year_is_the_year_written_last():
    text = ("1949年8月17日,解放军攻入福州。同年9月15日,中共福州市委成立。1950年1月,书记韦国清调离。"
            "1950年4月,华东局批准设常务委员。同年10月,中共中央任命许家屯为市委书记。\n")
    doc = _doc(text, "福建省福州市")
    at = doc.text.index("许家屯")
    assert Dating(doc).date_at(at).value == "1950-10"
    act = next(f for f in extract_document(doc) if f.person == "许家屯")
    assert (act.kind, act.date, act.decided_by) == ("appoint", "1950-10", "中共中央委员会")


def test_a_body_right_before_renming_decides_but_not_jueding_renming():
    doc = _doc("2021年3月5日,区委研究决定任命张三为区政府办公室主任。\n", "重庆市巴南区")
    dating = Dating(doc)
    # 决定任命 / 研究任命 hold no body before 任命: the decider stays the one before 研究
    assert dating.decided_by_at(doc.text.index("张三"), "decided") == "中共重庆市巴南区委员会"


def test_founding_date_of_an_infobox_is_no_event():
    text = "凉山彝族自治州\n设立1952年10月1日\n政府驻地西昌市\n政府\n • 州委书记虞平\n"
    doc = _doc(text, "四川省凉山彝族自治州")
    assert Dating(doc).date_at(doc.text.index("虞平")).value is None


def test_garbled_month_after_a_citation_gives_no_date():
    text = ("1949年10月,解放军召开会议,10月16日进驻县城。[1]:7611月22日,“桑植县临时人民政府”成立,"
            "贺锦章出任县长。\n")
    doc = _doc(text, "湖南省张家界市桑植县")
    act = next(f for f in extract_document(doc) if f.person == "贺锦章")
    assert act.date is None  # never 1949-10-22 (the day glued to the month before) nor 10-16


def test_roster_row_bracket_with_a_sex_mark():
    text = "中国共产党福州市委员会\n书记 1 | 郭宁宁(女,中共福建省委常委) |\n"
    facts = extract_holds(_doc(text, "福建省福州市"))
    assert {(f.person, f.title, f.org) for f in facts} == {
        ("郭宁宁", "书记", "中共福建省福州市委员会"), ("郭宁宁", "常委", "中共福建省委员会")}


def test_padded_name_table_reads_every_column_or_none():
    text = ("直辖市 中共市委书记 人大常委会主任 人民政府市长 市政协主席\n"
            "北京市蔡 奇(兼任)李 伟陈吉宁吉 林\n"
            "天津市李鸿忠段春华廖国勋\n")  # a row one name short: no fact
    facts = extract_holds(_doc(text, None))
    assert {(f.person, f.title, f.org) for f in facts} == {
        ("蔡奇", "书记", "中共北京市委员会"), ("李伟", "主任", "北京市人民代表大会常务委员会"),
        ("陈吉宁", "市长", "北京市人民政府"), ("吉林", "主席", "中国人民政治协商会议北京市委员会")}


def test_row_of_a_dotted_name_then_posts():
    facts = extract_holds(_doc("阿不都热西提·买买提  县委副书记、县长\n", "新疆维吾尔自治区喀什地区疏附县"))
    assert {(f.person, f.title) for f in facts} == {("阿不都热西提·买买提", "副书记"), ("阿不都热西提·买买提", "县长")}


def test_same_month_day_is_that_days_event():
    text = "1949年5月9日,武义县解放,同月21日建立中共武义县委员会。当时上级任命的县委领导成员为县委副书记李树平。\n"
    doc = _doc(text, "浙江省金华市武义县")
    assert Dating(doc).date_at(doc.text.index("李树平")).value == "1949-05-21"
