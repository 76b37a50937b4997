"""Biography pages nationwide (issue 9, session 17 "bio"): who a page is about when it has no
"X，男，…" line (a post label over the birth line, an encyclopedia page's title), secondments in
a career line's note, a reading note inside a name, and career lines opened by 今年M月 (holds,
never acts)."""

from __future__ import annotations

from kg.extract import careers, extract_document
from kg.orgs import canonical_org
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    doc = doc_as_written(text, jur, date, path="bio_page.txt", year=None)
    return doc


def _holds(text: str, jur: str | None = None):
    return careers.extract(_doc(text, jur))[0]


def test_a_post_label_over_the_birth_line_names_the_subject():
    text = ("省委副书记：张左己 |\n1945年1月生，黑龙江巴彦人，1966年9月参加工作。"
            "1987年3月至1988年6月任劳动人事部劳动力管理局副局长；2003年4月起任黑龙江省委副书记、省长。\n")
    got = {(f.person, f.title, f.org, f.start, f.end) for f in _holds(text, "黑龙江省")}
    assert ("张左己", "副局长", "中华人民共和国劳动人事部劳动力管理局", "1987-03", "1988-06") in got
    assert ("张左己", "省长", "黑龙江省人民政府", "2003-04", None) in got
    # a name line over a birth line with no post label
    got = {(f.person, f.title) for f in _holds("王五\n1962年3月生，四川人。1998年1月任四川省副省长。\n", None)}
    assert got == {("王五", "副省长")}
    # a heading that is no name opens no biography
    assert _holds("个人简历：\n1962年3月生，四川人。1998年1月任四川省副省长。\n", None) == []


def test_an_encyclopedia_page_title_names_the_subject():
    text = "章猛进\n生平\n1995年5月任浙江省水利厅厅长、党组书记。1998年1月任浙江省副省长。\n"
    got = {(f.person, f.title, f.org) for f in _holds(text, None)}
    assert got == {("章猛进", "厅长", "浙江省水利厅"), ("章猛进", "党组书记", "浙江省水利厅"),
                   ("章猛进", "副省长", "浙江省人民政府")}
    # a title line that is no name: no subject
    assert _holds("工作动态\n生平\n1998年1月任浙江省副省长。\n", None) == []


def test_a_secondment_in_a_career_lines_note():
    text = ("张治礼，男，汉族，1970年5月生。\n2007年08月，任海南省农业科学院副院长（期间，挂职任商务部市场体系建设司副司长）；\n"
            "1988年6月至1993年2月任劳动部劳动力管理和就业司司长（其间：1991年8月至1993年2月挂职任陕西省西安市副市长）；\n")
    facts = {(f.person, f.title, f.org): f for f in _holds(text, "云南省")}
    assert facts[("张治礼", "副院长", "海南省农业科学院")].secondment is None
    sec = facts[("张治礼", "副司长", "中华人民共和国商务部市场体系建设司")]
    assert sec.secondment is True and sec.former is True
    xian = facts[("张治礼", "副市长", "陕西省西安市人民政府")]
    assert (xian.secondment, xian.start, xian.end) == (True, "1991-08", "1993-02")
    assert ("张治礼", "司长", "中华人民共和国劳动部劳动力管理和就业司") in facts
    # a note that is no secondment gives nothing of its own
    assert {f.title for f in _holds("张三，男，1970年5月生。\n2007年08月，任海南省农业科学院副院长（期间，在中央党校学习）；\n")} == {"副院长"}


def test_a_reading_note_inside_a_name_is_not_the_previous_subject():
    text = ("张韶华，男，汉族，1968年12月出生。2019年5月任中央政法委政治安全局局长。\n\n"
            "亓(qí)延军，现任公安部党委副书记、督察长。\n")
    got = {(f.person, f.title) for f in _holds(text, None)}
    assert ("张韶华", "局长") in got
    assert not any(p == "张韶华" and t in ("党委副书记", "督察长") for p, t in got)


def test_a_career_line_opened_by_this_years_month_is_a_hold_not_an_act():
    text = ("据《山西日报》消息，11月22日，山西省十四届人大常委会第十五次会议决定任命张韶华为山西省人民政府副省长。\n"
            "张韶华，男，汉族，1968年12月出生。\n今年3月，张韶华出任山西省委政法委副书记、省公安厅党委书记、厅长。\n"
            "今年4月，叶牛平任西安市委副书记、代市长。\n")
    facts = extract_document(_doc(text, None, "2024-11-23"))
    acts = {(f.kind, f.person, f.title) for f in facts if f.kind not in ("hold", "rank")}
    assert acts == {("appoint", "张韶华", "副省长")}
    holds = {(f.person, f.title, f.start) for f in facts if f.kind == "hold"}
    assert ("张韶华", "厅长", None) in holds or ("张韶华", "厅长", "2024-03") in holds


def test_a_decision_taken_upon_a_proposal_is_decided():
    text = "1月19日，云南省十三届人大常委会第二十二次会议，根据省人民政府代省长王予波提请决定任命张治礼为省人民政府副省长。\n"
    acts = [(f.kind, f.status, f.person, f.org) for f in extract_document(_doc(text, None)) if f.kind == "appoint"]
    assert acts == [("appoint", "decided", "张治礼", "云南省人民政府")]


def test_economic_and_trade_commissions_and_former_ministries():
    assert canonical_org("福建省经贸委", None) == "福建省经济贸易委员会"
    assert canonical_org("三明市经贸委", "福建省") == "福建省三明市经济贸易委员会"
    assert canonical_org("劳动人事部劳动力管理局", None) == "中华人民共和国劳动人事部劳动力管理局"
    assert canonical_org("第五机械工业部", None) == "中华人民共和国第五机械工业部"


def test_the_holder_named_by_a_current_post_is_the_subject_of_what_follows():
    text = ("西安市第十七届人民代表大会第四次会议于2023年6月3日选举叶牛平为西安市人民政府市长。\n"
            "叶牛平生于1967年12月，2017年任广州市副市长。\n"
            "现任西安市委书记由陕西省委常委方红卫担任。他出生于1966年6月，曾任汉中市委书记，陕西省委常委、秘书长等职。\n")
    got = {(f.person, f.title, f.org) for f in _holds(text, "陕西省")}
    assert ("方红卫", "书记", "中共陕西省汉中市委员会") in got
    assert not any(p == "叶牛平" and o and "陕西" in o for p, _t, o in got)


def test_a_concurrent_post_and_a_secondment_in_one_note():
    text = ("张维国，男，1963年10月出生。\n2005.01-2008.08十堰市副市长、市政府党组成员（其间：2005.03-2006.09兼任东风轮胎集团公司"
            "党委第一书记；2006.04-2006.09国家财政部挂职任企业司副司长）\n")
    facts = {(f.person, f.title): f for f in _holds(text, "湖北省十堰市")}
    first = facts[("张维国", "第一书记")]
    assert (first.concurrent, first.secondment, first.start, first.end) == (True, None, "2005-03", "2006-09")
    sec = facts[("张维国", "副司长")]
    assert (sec.org, sec.secondment, sec.start) == ("中华人民共和国财政部企业司", True, "2006-04")
    assert ("张维国", "副市长") in facts


def test_a_profiles_head_gives_the_current_posts():
    text = "省委副书记：张左己 |\n1945年1月生，黑龙江巴彦人。\n"
    assert {(f.person, f.title, f.org) for f in _holds(text, "黑龙江省")} == {("张左己", "副书记", "中共黑龙江省委员会")}
    text = "卢展工简历\n\n中共福建省委书记，福建省人大常委会主任。\n\n1952年5月生，浙江慈溪人。\n"
    got = {(f.person, f.title, f.org) for f in _holds(text, None)}
    assert got == {("卢展工", "书记", "中共福建省委员会"), ("卢展工", "主任", "福建省人民代表大会常务委员会")}
    # a line under the heading that is not posts all through gives nothing
    assert _holds("卢展工简历\n\n中共福建省委书记，长期在基层工作。\n", None) == []


def test_a_commune_is_a_township_of_its_county():
    assert canonical_org("余姚县兰山公社党委", "浙江省宁波市余姚市") == "中共浙江省宁波市余姚县兰山公社委员会"
    got = {(f.title, f.org) for f in _holds("章猛进\n生平\n1976年起任余姚县兰山公社党委书记。\n", "浙江省宁波市余姚市")}
    assert got == {("书记", "中共浙江省宁波市余姚县兰山公社委员会")}


def test_a_career_lines_election_on_its_day_or_at_its_meeting_is_an_elect_act():
    text = ("徐守盛，男，1953年1月生。\n2008年1月26日当选甘肃省省长。2003年1月在福建省第十届人民代表大会第一次会议上"
            "当选为福建省副省长。2016年10月当选合肥市市长。2011年1月，当选自治区政协党组副书记。\n")
    acts = {(f.kind, f.title, f.org, f.date, f.decided_by) for f in _holds(text, None) if f.kind != "hold"}
    assert acts == {("elect", "省长", "甘肃省人民政府", "2008-01-26", None),
                    ("elect", "副省长", "福建省人民政府", "2003-01", "福建省第十届人民代表大会")}
    holds = {f.title for f in _holds(text, None) if f.kind == "hold"}
    assert {"省长", "副省长", "市长"} <= holds


def test_dates_in_chinese_numerals_and_open_ranges():
    text = "张三，男，一九三〇年一月生。一九八五年七月至一九九〇年三月任湖北省十堰市副市长，一九九〇年任湖北省十堰市委书记。\n"
    got = {(f.title, f.start, f.end) for f in _holds(text, None)}
    assert got == {("副市长", "1985-07", "1990-03"), ("书记", "1990", None)}
    assert careers._arabic_dates("二〇〇三年十二月二十八日；一九四九年十月一日") == "2003年12月 28日；1949年十月1日"
    facts = _holds("张三，男，1960年1月生。\n2012年9月至今任湖北省十堰市委书记。\n", None)
    assert [(f.title, f.start, f.end, f.former) for f in facts] == [("书记", "2012-09", None, None)]


def test_more_ways_a_biography_opens():
    for text in ("张三 男，1965年3月生，中共党员。曾任长沙县县长，现任长沙市副市长。",
                 "人物简介\n张三，湖南长沙人。历任长沙县县长、长沙市副市长。\n",
                 "张三，原名张大三，1915年生，湖南长沙人。1950年任长沙县县长，1955年任长沙市副市长。\n",
                 "姓名：张三\n性别：男\n职务：长沙县县长\n"):
        got = {(f.person, f.title) for f in _holds(text, "湖南省长沙市")}
        assert ("张三", "县长") in got, text
    # a line opened by a place, not a name: no subject
    assert _holds("长沙，湖南省会城市。历任县长。\n", "湖南省长沙市") == []


def test_a_range_line_with_a_list_verb_and_a_name_with_a_colon():
    got = {(f.title, f.start, f.end) for f in _holds("张三，男，1960年1月生。2003年3月—2008年1月 历任长沙市副市长、市长\n", "湖南省长沙市")}
    assert got == {("副市长", "2003-03", "2008-01"), ("市长", "2003-03", "2008-01")}
    got = {(f.person, f.title) for f in _holds("张三：男，1960年1月生，现任长沙县县长。\n", "湖南省长沙市")}
    assert got == {("张三", "县长")}


def test_he_before_the_verb_and_a_subject_after_a_month_and_hou():
    text = ("严金海，男，藏族，1962年3月生。2021年10月，他担任西藏自治区政府党组书记、副主席。\n"
            "丁小强，出生于1972年12月，去年12月他已调任山西运城市委书记。\n"
            "2006年4月后，张晓强先后在景宁县、遂昌县任职，2011年调任德清县委书记。张晓强任诸暨市委书记。\n")
    got = {(f.person, f.title, f.org) for f in _holds(text, "浙江省湖州市")}
    assert ("严金海", "副主席", "西藏自治区人民政府") in got
    assert ("丁小强", "书记", "中共山西省运城市委员会") in got
    assert not any(p == "丁小强" and "德清" in (o or "") for p, _t, o in got)


def test_a_bare_party_title_after_a_bodys_party_title():
    got = {(f.title, f.org) for f in _holds("卢展工，男，1952年5月生。1984年4月任浙江省第三建筑工程公司党委副书记、书记。\n", None)}
    assert got == {("党委副书记", "浙江省第三建筑工程公司"), ("党委书记", "浙江省第三建筑工程公司")}


def test_a_bare_title_after_a_skipped_job_takes_the_jobs_body():
    got = {(f.title, f.org) for f in _holds("张维国，男，1963年10月出生。\n1983.07-1986.09郧县教师进修学校教师、教导主任\n", "湖北省十堰市")}
    assert got == {("教导主任", "湖北省十堰市郧县教师进修学校")}


def test_a_page_retelling_a_papers_report_is_dated_by_it():
    from kg.extract.dating import Dating

    doc = _doc("【财新网】据2026年1月20日《新疆日报》报道，1月19日，新疆十四届人大常委会二十七次会议举行。\n", None)
    assert Dating(doc).reference == "2026-01-20"


def test_a_report_opened_by_its_day_takes_the_year_written_with_that_day():
    from kg.extract.dating import Dating

    doc = _doc("编辑 | 李岩\n1月22日，西藏广播电视台官方微信公众号消息，西藏自治区第十二届人民代表大会第三次会议于2025年1月22日，补选…\n", None)
    assert Dating(doc).reference == "2025-01-22"
    doc = _doc("1月22日，某县召开会议。2024年3月5日，张三任县长。\n", None)
    assert Dating(doc).reference is None  # another day's year is not the head's


def test_a_bare_level_body_after_a_full_party_committee_is_of_its_place():
    got = {(f.title, f.org) for f in _holds("郑新聪，男，1963年11月出生。2010年7月起任中共泉州市委常委、市政府常务副市长。\n", "福建省宁德市")}
    assert got == {("常委", "中共福建省泉州市委员会"), ("常务副市长", "福建省泉州市人民政府")}


def test_commissions_a_resume_names():
    assert canonical_org("区外经贸委", "北京市西城区") == "北京市西城区对外经济贸易委员会"
    assert canonical_org("区科委", "北京市西城区") == "北京市西城区科学技术委员会"
    assert canonical_org("市体委", "湖南省长沙市") == "湖南省长沙市体育运动委员会"
    assert canonical_org("国家计委", None) == "中华人民共和国国家计划委员会"
    assert canonical_org("国家科委", None) == "中华人民共和国国家科学技术委员会"


def test_a_title_and_name_before_de_or_an_age():
    from kg.extract import mentions

    doc = _doc("新任玄武区委书记李世峰和浦口区委书记祁豫玮的任职经历也值得关注。\n", "江苏省南京市")
    assert ("祁豫玮", "书记") in {(f.person, f.title) for f in mentions.extract(doc)}
    doc = _doc("新任浦口区委书记祁豫玮现年49岁。\n", "江苏省南京市")
    assert ("祁豫玮", "书记") in {(f.person, f.title) for f in mentions.extract(doc)}


def test_an_ethnicity_is_never_the_subject_and_a_minority_name_may_be():
    got = {(f.person, f.title) for f in _holds("格日勒图，男，蒙古族，1955年2月生，内蒙古科右前旗人。现任内蒙古自治区人民政府副主席。\n",
                                                "内蒙古自治区")}
    assert not any(p.endswith("族") for p, _t in got)
    got = {(f.person, f.title) for f in _holds("其其格，女，蒙古族，1962年5月生。历任内蒙古自治区锡林郭勒盟副盟长。\n",
                                                "内蒙古自治区")}
    assert got == {("其其格", "副盟长")}
