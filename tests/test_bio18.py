"""Biographies nationwide, session 18 (issue 9, genre "bio"): lists of posts that go on past a
phrase kg cannot read, a body's own offices written bare after its post, 和 between two posts,
career clauses after an ASCII semicolon, years typed with a digit zero (二000年), passive career
lines (被任命为), members of a numbered CPPCC term, 早年担任过, another person's move inside a
clause (时任…李绍洪晋升…), a subject opened by "张三1996年毕业于", a newspaper's date line."""

from __future__ import annotations

from kg.extract import careers
from kg.extract.holds import parse_post
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    return doc_as_written(text, jur, date, path="bio18.txt", year=None)


def _holds(text: str, jur: str | None = None):
    return careers.extract(_doc(text, jur))[0]


def _keys(text: str, jur: str | None = None):
    return {(f.person, f.title, f.org) for f in _holds(text, jur)}


def test_a_list_goes_on_past_a_phrase_kg_cannot_read():
    text = "宫达非是山东莱阳人，历任中国驻缅甸使馆一秘，外交部西亚非洲司专员、副司长，外交部部长助理兼办公厅主任。"
    got = _keys(text)
    assert ("宫达非", "专员", "中华人民共和国外交部西亚非洲司") in got
    assert ("宫达非", "副司长", "中华人民共和国外交部西亚非洲司") in got
    assert ("宫达非", "主任", "中华人民共和国外交部办公厅") in got  # the ministry's own office
    # a garbled county name opens the list (长?h副县长): the posts after it are still read
    got = _keys("陈政高生于1952年，汉族。从1985年开始，他先后担任长?h副县长，大连市西岗区副区长、区长，大连市副市长。")
    assert ("陈政高", "副区长", "辽宁省大连市西岗区人民政府") in got
    assert ("陈政高", "副市长", "辽宁省大连市人民政府") in got


def test_a_list_never_skips_a_bare_body_or_prose():
    # a body before 、 shares the post after it: the list ends there (the shared post is not
    # given to the second body alone)
    got = _keys("张治礼，男，1970年5月生。历任中国热带农业科学院、华南热带农业大学体改办副主任。")
    assert not any(org and "华南热带农业大学" in org for _, _, org in got)
    # prose between posts ends the list
    got = _keys("张三，男，1960年5月生。曾任湖南省教育厅副厅长，为全省教育工作做出了贡献，湖南省财政厅厅长。")
    assert got == {("张三", "副厅长", "湖南省教育厅")}


def test_and_between_two_posts_and_an_office_of_the_host():
    got = _keys("常黎夫出生于陕西省米脂县，先后任国务院副秘书长兼国务院秘书厅主任和研究室副主任。")
    assert ("常黎夫", "主任", "国务院秘书厅") in got
    assert ("常黎夫", "副主任", "国务院研究室") in got  # an office is never another office's
    # 和 inside a body's name is no separator
    got = _keys("张三，男，1960年5月生。历任湖南省人力资源和社会保障厅副厅长、厅长。")
    assert got == {("张三", "副厅长", "湖南省人力资源和社会保障厅"), ("张三", "厅长", "湖南省人力资源和社会保障厅")}
    # a county committee's 办公室 stays the committee's (the party departments' rule)
    assert ("张三", "主任", "中共湖南省长沙市宁乡县委员会办公室") not in _keys("张三，男。历任县委常委、办公室主任。")


def test_career_clauses_after_an_ascii_semicolon():
    text = ("张左己，男，1945年1月生。1988年6月至1993年2月任劳动部劳动力管理和就业司司长(其间:1991年8月至1993年2月"
            "挂职任陕西省西安市副市长);1993年2月至1994年11月任劳动部副部长、党组成员;1994年11月至1998年3月任国务院副秘书长。")
    facts = {(f.title, f.org): f for f in _holds(text)}
    assert (facts[("副部长", "中华人民共和国劳动部")].start, facts[("副部长", "中华人民共和国劳动部")].end) == ("1993-02", "1994-11")
    assert ("副秘书长", "中华人民共和国国务院") in facts


def test_a_year_typed_with_digit_zeros_and_a_passive_career_line():
    text = "陈政高生于一九五二年，汉族。二000年十二月被任命为沈阳市副市长、代理市长、中共沈阳市委副书记。"
    facts = {(f.title, f.org): f for f in _holds(text, "辽宁省沈阳市")}
    assert facts[("副市长", "辽宁省沈阳市人民政府")].start == "2000-12"
    assert facts[("副书记", "中共辽宁省沈阳市委员会")].former is True
    # a nomination is no holding
    assert _holds("陈政高生于1952年，汉族。2000年12月被提名为沈阳市市长候选人。", "辽宁省沈阳市") == []


def test_a_member_of_a_numbered_cppcc_term():
    got = _keys("宫达非是山东莱阳人。他是第七届全国政协委员。1994年10月离休。")
    assert got == {("宫达非", "委员", "中国人民政治协商会议全国委员会")}
    assert _holds("宫达非是山东莱阳人。他是第七届全国政协委员会的一名工作人员。") == []


def test_early_posts_and_another_persons_move():
    text = ("陈绍旺出生于1971年2月，天津本地人，早年担任过天津港保税区管委会副主任，天津天保控股有限公司党委副书记、总经理等职。"
            "2018年1月，时任和平区委书记李绍洪晋升天津市政协副主席；5月，陈绍旺接任和平区委书记一职。")
    got = _keys(text, "天津市")
    assert ("陈绍旺", "总经理", "天津天保控股有限公司") in got
    assert not any(title == "副主席" for person, title, _ in got if person == "陈绍旺")  # 李绍洪's, never the subject's


def test_a_subject_opened_by_a_year_of_graduation():
    text = "据公开资料显示，张晓强1996年毕业于浙江林学院，同年8月参加工作。2011年11月，任湖州市德清县委书记。"
    assert _keys(text) == {("张晓强", "书记", "中共浙江省湖州市德清县委员会")}


def test_diplomatic_and_military_titles():
    assert parse_post("驻摩洛哥使馆参赞").title == "参赞"
    assert parse_post("贵州省军区第一政治委员").title == "第一政治委员"
    assert parse_post("新华社鲁中分社总编").title == "总编"


def test_a_newspapers_date_line_with_ascii_brackets():
    text = "新华社北京6月2日电 外交部原副部长宫达非同志逝世。\n《人民日报海外版》 (2000年06月03日第二版)\n"
    assert document_from_text(text, "paper.txt").date == "2000-06-03"


def test_assistants_to_a_head_sit_in_the_government():
    got = _keys("陈政高生于1952年，汉族。从1985年开始，他先后担任大连市副市长，辽宁省省长助理、副省长。")
    assert ("陈政高", "省长助理", "辽宁省人民政府") in got
    assert ("刘剑", "区长助理", "北京市西城区人民政府") in _keys("刘剑，男，1968年生。后任北京市西城区区长助理。")


def test_a_former_post_written_between_place_and_title():
    from kg.extract import extract_document

    doc = document_from_text("北京石景山区。新一届人大领导班子中，有3人为新当选，分别为石景山区原副区长付生柱、石玉贵。", "x.txt")
    got = {(f.person, f.title, f.org, f.former) for f in extract_document(doc) if f.kind == "hold"}
    assert got == {("付生柱", "副区长", "北京市石景山区人民政府", True), ("石玉贵", "副区长", "北京市石景山区人民政府", True)}


def test_first_deputies_are_titles():
    assert (parse_post("地方工业部第一副部长").title, parse_post("地方工业部第一副部长").org_text) == ("第一副部长", "地方工业部")
    assert parse_post("市委第一副书记").title == "第一副书记"


def test_career_holds_are_dated_by_the_dateline_in_the_papers_year():
    from kg.extract import extract_document

    text = ("新华社北京6月2日电 外交部原副部长宫达非同志逝世。宫达非是山东莱阳人，历任外交部西亚非洲司副司长。\n"
            "《人民日报海外版》 (2000年06月03日第二版)\n")
    doc = document_from_text(text, "x.txt")
    dates = {f.title: f.date for f in extract_document(doc) if f.kind == "hold"}
    assert dates["副司长"] == "2000-06-02"


def test_a_page_stamp_alone_on_its_line():
    from kg.extract.dating import Dating

    for head, want in (("[ 2016-05-25 ]", "2016-05-25"), ("2019年3月5日 星期二", "2019-03-05"),
                       ("《 人民日报 》（ 2018年03月05日   04 版）", "2018-03-05")):
        doc = document_from_text(f"标题\n{head}\n张三，男，1960年生。\n", "x.txt")
        assert Dating(doc).reference == want


def test_an_obituarys_subject_written_with_tongzhi():
    got = _keys("张三同志生平\n张三同志，1930年5月生于河北省献县，1945年参加革命。1949年后历任河北省财政厅副厅长、厅长。\n")
    assert ("张三", "副厅长", "河北省财政厅") in got
    got = _keys("张三同志1930年5月出生于河北献县。1958年任河北省财政厅副厅长。")
    assert got == {("张三", "副厅长", "河北省财政厅")}


def test_a_cv_line_of_a_district_post_is_of_its_government_and_dated_by_the_page():
    from kg.extract import extract_document

    text = ("2019-07-26 10:20\n张三，男，汉族，1970年9月生，湖南长沙人。现任长沙市财政局局长。\n"
            "2000.05-2005.03 长沙市岳麓区副区长\n")
    doc = document_from_text(text, "x.txt")
    facts = {(f.title, f.org): f for f in extract_document(doc) if f.kind == "hold"}
    cv = facts[("副区长", "湖南省长沙市岳麓区人民政府")]
    assert (cv.start, cv.end, cv.former, cv.date) == ("2000-05", "2005-03", True, "2019-07-26")


def test_factory_heads_and_chief_economists_are_titles():
    assert (parse_post("第二汽车制造厂副厂长").title, parse_post("第二汽车制造厂副厂长").org_text) == ("副厂长", "第二汽车制造厂")
    assert parse_post("中国石化集团公司总经济师").title == "总经济师"


def test_a_current_post_after_a_former_list_is_current():
    facts = {f.title: f for f in _holds("王五，女，1962年出生，河北人，曾任河北省财政厅厅长，现任河北省副省长。")}
    assert facts["厅长"].former is True and facts["副省长"].former is None


def test_company_customs_and_audit_titles():
    for phrase, title in (("湘潭钢铁集团有限公司执行董事", "执行董事"), ("中国石化股份有限公司副总裁", "副总裁"),
                          ("深圳海关关长", "关长"), ("审计署审计长", "审计长"), ("国家统计局总统计师", "总统计师")):
        assert parse_post(phrase).title == title
