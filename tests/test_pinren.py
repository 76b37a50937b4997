"""聘任 notices (issue 9, genre pinren): the act's date from 当天 in a report of a dated event,
and the engaging body (省政府今天聘请… / 市政府聘任…) as the deciding body."""

from __future__ import annotations

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.reading import document_from_text


def _acts(text: str, jurisdiction: str | None) -> list:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return merge_facts(extract_acts(doc))


def test_that_day_is_the_day_of_the_event_just_told_not_the_page_date():
    text = ("2013年07月05日 07:21 来源：河南日报\n"
            "7月4日，省政府在郑州举行仪式，副省长张广智出席仪式。\n"
            "当天新聘的3位省文史研究馆馆员是：王立群、王永宽、李抱一。")
    facts = _acts(text, "河南省")
    assert {(f.person, f.title, f.date) for f in facts} == {
        ("王立群", "馆员", "2013-07-04"), ("王永宽", "馆员", "2013-07-04"), ("李抱一", "馆员", "2013-07-04")}


def test_that_day_without_an_event_before_counts_from_the_page_date():
    text = "2013年07月05日 07:21 来源：河南日报\n当天新聘的省文史研究馆馆员是：王立群、李抱一。"
    assert {f.date for f in _acts(text, "河南省")} == {"2013-07-05"}


def test_the_engaging_government_decides():
    text = "浙江日报杭州10月18日讯 省政府今天聘请梁平波为省文史研究馆名誉馆长，聘请郭学焕为副馆长。"
    facts = _acts(text, "浙江省")
    assert {(f.person, f.title, f.org, f.decided_by) for f in facts} == {
        ("梁平波", "名誉馆长", "浙江省文史研究馆", "浙江省人民政府"),
        ("郭学焕", "副馆长", "浙江省文史研究馆", "浙江省人民政府")}
    text = "经过研究决定，市政府聘任我校校长石铁矛等24人为市政府参事，聘期为5年。"
    (fact,) = _acts(text, "辽宁省沈阳市")
    assert (fact.person, fact.title, fact.org, fact.decided_by) == ("石铁矛", "参事", "辽宁省沈阳市人民政府", "辽宁省沈阳市人民政府")


def test_the_officer_handing_letters_of_engagement_holds_his_posts():
    from kg.extract.holds import extract_holds
    doc = document_from_text("省委副书记、省长吕祖善颁发聘书。", path="t.txt")
    doc.jurisdiction = "浙江省"
    assert {(f.person, f.title, f.org) for f in extract_holds(doc)} == {
        ("吕祖善", "副书记", "中共浙江省委员会"), ("吕祖善", "省长", "浙江省人民政府")}


def test_a_former_posts_list_ends_where_the_next_persons_career_starts():
    from kg.extract.holds import extract_holds
    text = ("李克农曾任海关总署副署长、党组副书记；吴建民曾任外交部新闻司司长；"
            "刘怀廉现任河南省人大常委会副主任、党组副书记；蔺永钧曾任文化部艺术司副司长。")
    facts = extract_holds(document_from_text(text, path="t.txt"))
    assert {(f.person, f.title, f.org, bool(f.former)) for f in facts} == {
        ("李克农", "副署长", "中华人民共和国海关总署", True), ("李克农", "党组副书记", "中华人民共和国海关总署", True),
        ("吴建民", "司长", "中华人民共和国外交部新闻司", True),
        ("刘怀廉", "副主任", "河南省人民代表大会常务委员会", False),
        ("刘怀廉", "党组副书记", "河南省人民代表大会常务委员会", False),
        ("蔺永钧", "副司长", "中华人民共和国文化部艺术司", True)}


def test_a_headline_does_not_run_into_the_page_address_line_and_the_report_under_it():
    text = ("您当前的位置：浙江在线 > 浙江新闻 > 高层·政务·人事 正文\n文字： 大\t中\t小\t打印\n"
            "省府聘梁平波为省文史馆名誉馆长 吕祖善颁聘书\nwww.zjol.com.cn\t2006年10月19日06:30:39\t浙江在线新闻网站\n"
            "浙江日报杭州10月18日讯 （记者 王瀛波） 省政府今天聘请梁平波为省文史研究馆名誉馆长，聘请郭学焕为副馆长。")
    facts = _acts(text, "浙江省")
    assert {(f.person, f.title, f.org, f.date, f.decided_by) for f in facts} == {
        ("梁平波", "名誉馆长", "浙江省文史研究馆", "2006-10-18", "浙江省人民政府"),
        ("郭学焕", "副馆长", "浙江省文史研究馆", "2006-10-18", "浙江省人民政府")}
