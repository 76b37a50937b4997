"""Biographies nationwide, session 19 (issue 9, genre "bio"): résumé lines written 1990年7月—1995年3月,
一九九〇年七月至…, 1990/07-1995/03 or a date and its posts with no space kept apart (kg.normalize), a
date, a comma and a post list, the secondment note of a long résumé, 历任 after a two-character name,
a subject opened by its age (即将年满60岁), one-part Mongolian names, headings that are no names
(任期, 简历), a termed congress's 主任 / 党组书记, a commune's party committee, 延边自治州, 隔年 and a
step that goes on after a dated clause. The texts are made up; the constructions are the genre's."""

from __future__ import annotations

from kg.extract import careers
from kg.extract.holds import extract_holds
from kg.names import is_person_name
from kg.reading import document_from_text
from conftest import doc_as_written


def _read(text: str):
    """Facts of ``text`` read the way `kg extract` reads a file (normalized)."""
    return extract_holds(document_from_text(text, "bio19.txt"))


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text) if f.kind == "hold"}


def _career_keys(text: str, jur: str | None = None, date: str | None = None):
    return {(f.person, f.title, f.org) for f in careers.extract(doc_as_written(text, jur, date, path="bio19.txt",
                                                                              year=None))[0]}


def test_resume_lines_written_with_year_and_month_stay_lines():
    text = ("张建军同志简历\n1986年9月—1990年7月 湖南师范大学中文系学习\n1995年3月—1998年6月 浏阳市委办公室副主任\n"
            "1998年6月—2003年1月 浏阳市永安镇党委书记\n2008年12月至今 浏阳市委常委、常务副市长\n")
    facts = [f for f in _read(text) if f.kind == "hold"]
    got = {(f.person, f.title, f.org, f.start, f.end) for f in facts}
    assert ("张建军", "副主任", "中共湖南省长沙市浏阳市委员会办公室", "1995-03", "1998-06") in got
    assert ("张建军", "书记", "中共湖南省长沙市浏阳市永安镇委员会", "1998-06", "2003-01") in got
    assert ("张建军", "常务副市长", "湖南省长沙市浏阳市人民政府", "2008-12", None) in got
    assert not any(f.title == "学习" for f in facts)


def test_resume_lines_in_chinese_numerals_or_with_slashes():
    got = _keys("张建军，男，1968年3月生。\n一九九五年三月至一九九八年六月 浏阳市委办公室副主任\n"
                "一九九八年六月至二〇〇三年一月 浏阳市永安镇党委书记\n")
    assert ("张建军", "书记", "中共湖南省长沙市浏阳市永安镇委员会") in got
    assert ("张建军", "副主任", "中共湖南省长沙市浏阳市委员会办公室") in got
    got = _keys("张建军，男，1968年3月生。\n1995/03-1998/06浏阳市委办公室副主任\n1998/06-2003/01浏阳市永安镇党委书记\n")
    assert ("张建军", "书记", "中共湖南省长沙市浏阳市永安镇委员会") in got
    # a page's stamp is no résumé date (2020/06/19 is a day)
    assert _keys("发布时间：2020/06/19\n浏阳市委办公室副主任会议\n") == set()


def test_a_dotted_date_then_posts_with_no_space_after_a_line_with_a_note():
    text = ("巴特尔，男，蒙古族，1964年9月生。\n人物履历\n"
            "2000.12新疆维吾尔自治区党委组织部干部二处副处级调研员(其间:2001.05—2001.07挂职任和硕县党委副书记);\n"
            "2001.07和静县党委副书记;\n2004.05博乐市党委副书记、代理市长;\n")
    facts = _read(text)
    got = {(f.person, f.title, f.org) for f in facts}
    assert ("巴特尔", "副书记", "中共新疆维吾尔自治区巴音郭楞蒙古自治州和静县委员会") in got
    assert ("巴特尔", "副书记", "中共新疆维吾尔自治区博尔塔拉蒙古自治州博乐市委员会") in got
    seconded = [f for f in facts if f.org and "和硕县" in f.org]
    assert seconded and seconded[0].secondment and seconded[0].start == "2001-05"


def test_a_date_a_comma_and_only_posts():
    got = _keys("张三，男，1968年3月生。\n1995年3月，湖南省浏阳市委办公室副主任；\n2003年1月，湖南省浏阳市副市长；\n")
    assert got == {("张三", "副主任", "中共湖南省长沙市浏阳市委员会办公室"), ("张三", "副市长", "湖南省长沙市浏阳市人民政府")}
    # a line that names someone doing something is no post list of the subject
    got = _keys("张三，男，1968年3月生。\n2019年5月，浏阳市副市长李四到永安镇调研；\n")
    assert ("张三", "副市长", "湖南省长沙市浏阳市人民政府") not in got


def test_liren_after_a_two_character_name():
    got = _career_keys("1960年5月后，郭志历任中共石家庄地委常委、秘书长。")
    assert ("郭志", "常委", "中共河北省石家庄地区委员会") in got
    assert not any(p == "郭志历" for p, _, _ in got)


def test_a_name_before_its_age_opens_the_clause():
    text = "1月27日，会议决定任命李明为自治区政府副主席。此前，李明担任民政厅副厅长。王福宽即将年满60岁(1966年2月生)，现任西藏自治区政府副主席。"
    got = _career_keys(text, "西藏自治区", "2026-01-28")
    assert ("王福宽", "副主席", "西藏自治区人民政府") in got
    assert ("李明", "副主席", "西藏自治区人民政府") not in got


def test_mongolian_names_of_one_part_and_words_that_are_no_names():
    assert is_person_name("乌力吉") and is_person_name("巴特尔")
    assert not is_person_name("尼玛") and not is_person_name("次仁")  # a two-character part alone stays no name
    assert not is_person_name("任期") and not is_person_name("简历")
    got = _keys("全国人民代表大会常务委员会副委员长\n任期\n2003年3月15日—2013年3月14日\n")
    assert not any(p == "任期" for p, _, _ in got)


def test_a_termed_congress_has_no_director_its_standing_committee_has():
    got = _keys("河北省第七届人大主任、党组书记张志出席会议。")
    assert ("张志", "主任", "河北省人民代表大会常务委员会") in got
    assert ("张志", "党组书记", "河北省人民代表大会常务委员会") in got


def test_a_commune_and_its_party_committee():
    got = _keys("张三简历\n1974-1975年 吉林省洮安县那金公社党委副书记、书记\n")
    assert ("张三", "副书记", "中共吉林省白城市洮安县那金公社委员会") in got
    assert ("张三", "书记", "中共吉林省白城市洮安县那金公社委员会") in got


def test_an_autonomous_prefecture_written_without_its_peoples():
    got = _keys("张三简历\n1995-1996年 吉林省委常委、延边自治州委书记\n")
    assert ("张三", "书记", "中共吉林省延边朝鲜族自治州委员会") in got


def test_the_next_year_gives_no_start_and_a_step_after_a_dated_clause():
    facts = careers.extract(doc_as_written("张三，男，1970年4月生。2019年3月任湖南省浏阳市副市长，隔年5月任浏阳市委常委。",
                                           None, None, path="bio19.txt", year=None))[0]
    member = [f for f in facts if f.title == "常委"]
    assert member and member[0].start is None and member[0].org == "中共湖南省长沙市浏阳市委员会"
    got = _career_keys("张三，女，1965年11月生，曾任湖南省浏阳市民政局局长等职务，2015年9月提任副厅级领导职务，任湖南省浏阳市副市长。")
    assert ("张三", "副市长", "湖南省长沙市浏阳市人民政府") in got


def test_a_places_secretary_and_the_bodies_of_a_prefecture_or_commune():
    got = _career_keys("章三，男，1950年生。1984年起任浙江省余姚县副书记、县长。1976年起任余姚县兰山公社党委书记、革委会主任。")
    assert ("章三", "副书记", "中共浙江省宁波市余姚县委员会") in got  # 县副书记: the county's party committee
    assert ("章三", "县长", "浙江省宁波市余姚县人民政府") in got
    assert ("章三", "主任", "浙江省宁波市余姚县兰山公社革命委员会") in got
    got = _career_keys("平措旦增，男，藏族，1970年12月生。他曾任阿里地委委员、宣传部长，阿里地委副书记、行署常务副专员。", "西藏自治区")
    assert ("平措旦增", "部长", "中共西藏自治区阿里地区委员会宣传部") in got
    assert ("平措旦增", "常务副专员", "西藏自治区阿里地区行政公署") in got


def test_a_range_opened_by_cong_and_a_name_of_five_characters():
    facts = careers.extract(doc_as_written("从2008年到2012年，张三担任湖南省浏阳市市长。", None, None, path="bio19.txt",
                                           year=None))[0]
    assert [(f.person, f.title, f.start, f.end) for f in facts] == [("张三", "市长", "2008", "2012")]
    got = _career_keys("1989年，乌云其木格任中共内蒙古自治区党委常委，并兼任宣传部部长。")
    assert ("乌云其木格", "常委", "中共内蒙古自治区委员会") in got
    # five characters that hold a post word are no name (the name is read after them)
    got = _career_keys("目前，石家庄市委书记由河北省委常委邢国辉担任。", "河北省")
    assert got == {("邢国辉", "书记", "中共河北省石家庄市委员会")}
    got = _career_keys("刘军，女，1968年5月出生。2016年8月前往宁夏工作，担任吴忠市委副书记、政法委书记。", "宁夏回族自治区")
    assert ("刘军", "副书记", "中共宁夏回族自治区吴忠市委员会") in got


def test_a_committees_own_titles_after_its_department_and_its_party_school():
    got = _career_keys("1960年5月后，郭志历任中共石家庄地委常委、农工部长、秘书长。")
    assert ("郭志", "部长", "中共河北省石家庄地区委员会农村工作部") in got
    assert ("郭志", "秘书长", "中共河北省石家庄地区委员会") in got  # never the 农工部's
    got = _career_keys("刘军，女，1968年5月出生。2016年8月任吴忠市委副书记、政法委书记、党校校长。", "宁夏回族自治区")
    assert ("刘军", "校长", "中共宁夏回族自治区吴忠市委员会党校") in got


def test_a_deputy_to_a_numbered_national_congress():
    got = _career_keys("葛士英，男，1915年生。葛士英是第五届全国人大代表。")
    assert got == {("葛士英", "代表", "第五届全国人民代表大会")}


def test_a_cppcc_special_committee_and_a_dateline_in_chinese_numerals():
    got = _keys("中新社北京二月九日电第九届全国政协常委、民族与宗教委员会主任，原中共内蒙古自治区委员会副书记、"
                "内蒙古自治区主席乌力吉，因病医治无效逝世。")
    assert ("乌力吉", "常委", "中国人民政治协商会议全国委员会") in got
    assert ("乌力吉", "主任", "中国人民政治协商会议全国委员会民族与宗教委员会") in got
    assert ("乌力吉", "副书记", "中共内蒙古自治区委员会") in got
    got = _keys("河北省政协常委、提案委员会主任张三出席会议。")
    assert ("张三", "主任", "中国人民政治协商会议河北省委员会提案委员会") in got


def test_a_biography_with_current_posts_leaves_its_career_list_to_be_read():
    facts = [f for f in _read("王五，男，汉族，1971年5月生。历任湖南省浏阳市财政局副局长、局长；浏阳市委常委、组织部部长；"
                              "现任浏阳市委副书记。\n") if f.kind == "hold"]
    got = {(f.person, f.title, f.org, bool(f.former)) for f in facts}
    assert ("王五", "局长", "湖南省长沙市浏阳市财政局", True) in got
    assert ("王五", "部长", "中共湖南省长沙市浏阳市委员会组织部", True) in got
    assert ("王五", "副书记", "中共湖南省长沙市浏阳市委员会", False) in got  # 现任 ends the list: current


def test_a_table_cell_rule_and_a_dotted_date_before_ren():
    got = _keys("王五\n男，1971年5月生，湖南浏阳人\n工作经历\n时间 | 职务\n1998.06-2003.01 | 浏阳市财政局副局长\n")
    assert got == {("王五", "副局长", "湖南省长沙市浏阳市财政局")}
    got = _career_keys("王五（1971.05— ），男，湖南浏阳人。1998.06任湖南省浏阳市财政局副局长，2003.01任浏阳市委常委。")
    assert ("王五", "副局长", "湖南省长沙市浏阳市财政局") in got and ("王五", "常委", "中共湖南省长沙市浏阳市委员会") in got


def test_a_secondment_mark_after_a_career_post():
    facts = careers.extract(doc_as_written("王五，男，1971年5月生。\n1998.06—2003.01 湖南省浏阳市财政局副局长（挂职）\n",
                                           None, None, path="bio19.txt", year=None))[0]
    assert [(f.title, f.org, f.secondment) for f in facts] == [("副局长", "湖南省长沙市浏阳市财政局", True)]


def test_resume_items_with_bullets_numbers_colons_or_zi():
    for text in ("李四，男，1968年生。\n◆1990.07-1995.03 浏阳市委办公室副主任\n◆1995.03-1998.06 浏阳市永安镇党委书记\n",
                 "李四，男，1968年生。\n1.1990年7月至1995年3月，任浏阳市委办公室副主任；\n2.1995年3月至1998年6月，任浏阳市永安镇党委书记。\n",
                 "李四，男，1968年生。\n1990.07-1995.03：浏阳市委办公室副主任\n1995.03-1998.06：浏阳市永安镇党委书记\n"):
        got = _keys(text)
        assert ("李四", "副主任", "中共湖南省长沙市浏阳市委员会办公室") in got, text
        assert ("李四", "书记", "中共湖南省长沙市浏阳市永安镇委员会") in got, text
    got = _keys("李四简历\n自1990年7月至1995年3月 浏阳市委办公室副主任\n")
    assert got == {("李四", "副主任", "中共湖南省长沙市浏阳市委员会办公室")}


def test_a_deputy_listed_after_a_central_committee_term():
    got = _career_keys("张明，男，1932年生。他是中国共产党十四届中央委员、第八届全国人大代表。")
    assert got == {("张明", "委员", "中共中央委员会"), ("张明", "代表", "第八届全国人民代表大会")}
