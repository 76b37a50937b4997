"""Biographies nationwide, session 20 (issue 9, genre "bio"): the constructions behind kg's misses on
the rule half of the session's new pages (corpus/dev bio-*-121…124), each tried on made-up variants
(other names, places, titles) and on sentences that must give nothing. The texts are made up; the
constructions are the genre's: a 曾任 list with a staff post (副主任科员) or a rank (副调研员) among its
posts, a step taken on beside the one before (后同时兼任…), a move across provinces (今年11月跨省调任…),
two people who held the same posts in turn (A和B先后担任…), the Youth League committee of a place written without its level
(镇江团市委), and a news subheading about a move after a name and a colon (no row of posts)."""

from __future__ import annotations

from kg.extract.holds import extract_holds
from kg.orgs import canonical_org
from kg.reading import document_from_text


def _read(text: str):
    """Facts of ``text`` read the way `kg extract` reads a file (normalized)."""
    return extract_holds(document_from_text(text, "bio20.txt"))


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text) if f.kind == "hold"}


def test_a_staff_post_does_not_end_a_list_of_posts():
    got = _keys("王某红，男，汉族，1975年2月出生。曾任邢台市委研究室副主任科员、副科长、主任科员，"
                "邢台市委副秘书长，平乡县委常委、常务副县长等职务。")
    assert ("王某红", "副主任科员", "中共河北省邢台市委员会研究室") in got
    assert ("王某红", "副科长", "中共河北省邢台市委员会研究室") in got
    assert ("王某红", "常务副县长", "河北省邢台市平乡县人民政府") in got
    # a variant: another place, 科员 first
    got = _keys("李某华，女，1980年5月生。历任衡阳市财政局科员、副主任科员，衡阳市财政局预算科科长等职。")
    assert ("李某华", "科员", "湖南省衡阳市财政局") in got
    assert ("李某华", "科长", "湖南省衡阳市财政局预算科") in got


def test_a_rank_among_the_posts_of_a_list_is_skipped_and_the_list_goes_on():
    got = _keys("张某某，男，1970年生。历任河北省财政厅预算处副调研员、副处长，邢台市委副秘书长等职。")
    assert ("张某某", "副处长", "河北省财政厅预算处") in got  # the bare title after the rank: the rank's body
    assert ("张某某", "副秘书长", "中共河北省邢台市委员会") in got
    assert not any(t == "副调研员" for _, t, _ in got)  # a rank is no post


def test_a_post_taken_on_beside_the_one_before():
    got = _keys("2011年，赵某林调任盐城市委常委、组织部部长，后同时兼任盐城市委党校校长等职，2015年任盐城市常务副市长。")
    assert ("赵某林", "校长", "中共江苏省盐城市委员会党校") in got
    assert ("赵某林", "常务副市长", "江苏省盐城市人民政府") in got
    got = _keys("2016年，钱某洋任达州市副市长，同时兼任通川区委书记。")
    assert ("钱某洋", "书记", "中共四川省达州市通川区委员会") in got
    assert _keys("会议强调，同时任务艰巨。") == set()


def test_a_move_across_provinces_this_year():
    text = "2021-12-17 07:48\n孙某林生于1969年2月，今年7月任徐州市委书记，今年11月跨省调任江西省委常委。"
    got = _keys(text)
    assert ("孙某林", "书记", "中共江苏省徐州市委员会") in got
    assert ("孙某林", "常委", "中共江西省委员会") in got
    got = _keys("2019年，周某跨市调任张家界市委常委、常务副市长。")
    assert ("周某", "常务副市长", "湖南省张家界市人民政府") in got


def test_two_people_who_held_the_same_posts_in_turn():
    got = _keys("在孙某林之前，施某琳和梁某先后担任江西省委常委、宣传部部长，他们也均是跨省调入。")
    assert got == {("施某琳", "常委", "中共江西省委员会"), ("施某琳", "部长", "中共江西省委员会宣传部"),
                   ("梁某", "常委", "中共江西省委员会"), ("梁某", "部长", "中共江西省委员会宣传部")}
    # one name holding 和 is one person; words joined by 和 are no people
    assert _keys("会议和工作先后担任杭州市委书记。") == set()


def test_the_youth_league_committee_of_a_place_written_without_its_level():
    assert canonical_org("镇江团市委") == "共青团江苏省镇江市委员会"
    assert canonical_org("海宁团市委") == "共青团浙江省嘉兴市海宁市委员会"
    assert canonical_org("天心团区委") == "共青团湖南省长沙市天心区委员会"
    assert canonical_org("中心团市委") is None  # no place 中心市
    got = _keys("孙某林，男，1969年2月生。历任镇江团市委副书记、书记，镇江市润州区区长等职。")
    assert ("孙某林", "副书记", "共青团江苏省镇江市委员会") in got


def test_a_subheading_about_a_move_is_no_row_of_posts():
    assert _keys("孙某林：地市一把手跨省晋升省委常委\n孙某林生于1969年2月。") == set()
    got = _keys("- 吴某德：福州市委副书记，市政府市长、党组书记。")
    assert ("吴某德", "副书记", "中共福建省福州市委员会") in got


def test_a_post_the_current_list_goes_on_with_and_what_a_deputy_does():
    got = _keys("张某，男，1968年生。现任醴陵市委常委、常务副市长，同时兼任醴陵经济开发区党工委书记。")
    assert ("张某", "书记", "中共湖南省株洲市醴陵市委员会醴陵经济开发区工作委员会") in got
    got = _keys("张某，男，1965年生。现任公安部党委副书记、分管日常工作的副部长、督察长，北京市副市长。")
    assert ("张某", "副部长", "中华人民共和国公安部") in got
    assert ("张某", "副市长", "北京市人民政府") in got
    assert ("张某", "副省长", "湖南省人民政府") in _keys("张某，男，1968年生。现为湖南省人民政府副省长。")
    assert _keys("张某，男，1968年生。现为退休干部。") == set()
    # another person's 兼任 is no post of the subject's list
    assert ("张某", "副书记", "中共湖南省株洲市醴陵市委员会") not in _keys("现任醴陵市委书记张某，李某兼任醴陵市委副书记。")


def test_a_resume_heading_run_on_into_its_birth_line_and_places_carried_along_a_list():
    got = {(p, t, o) for p, t, o in _keys(
        "  日前，中共中央决定：郭某茂同志任河南省委书记。\n  郭某茂简历  1950年12月出生，河北冀州人。曾任河北省邢台市委副书记、"
        "市长，1998年1月任河北省副省长，2000年12月后历任省委常委、副省长，省委副书记、代省长，2007年1月任省长，"
        "2008年3月任河南省委副书记、代省长。")}
    assert ("郭某茂", "副书记", "中共河北省邢台市委员会") in got
    assert ("郭某茂", "副书记", "中共河北省委员会") in got  # 省委 of the province of the clause before
    assert ("郭某茂", "省长", "河北省人民政府") in got  # 任省长 after it: that province's government
    assert ("郭某茂", "省长", "河南省人民政府") in got


def test_a_name_after_its_post_then_its_birth_opens_a_biography():
    text = ("曾某群是湖南省最年轻的地级市娄底市的市长。\n他出生于1975年9月，2019年，曾某群调任张家界市委常委。\n"
            "衡阳市市长朱某出生于1975年7月，江苏江阴人。2019年，他调任湖南担任长沙市委副书记，2020年5月任衡阳市市长。\n"
            "此外，现任益阳市代市长熊某也是“75后”。\n他出生于1975年11月，曾担任过湖南攸县县委常委、组织部部长等职。")
    facts = [f for f in _read(text) if f.kind == "hold"]
    got = {(f.person, f.title, f.org) for f in facts}
    assert ("朱某", "副书记", "中共湖南省长沙市委员会") in got  # 调任湖南担任…
    assert ("熊某", "部长", "中共湖南省株洲市攸县委员会组织部") in got
    assert not any(f.person == "曾某群" and f.org == "湖南省衡阳市人民政府" for f in facts)  # 朱某's, not 曾某群's


def test_age_before_the_name_and_the_next_step_counted_from_the_last():
    got = _keys("2000年7月，35岁的赵某德出任共青团浙江省委副书记。三年后，赵某德接任共青团浙江省委书记。")
    assert got == {("赵某德", "副书记", "共青团浙江省委员会"), ("赵某德", "书记", "共青团浙江省委员会")}


def test_in_office_and_the_step_before_the_one_before():
    got = _keys("严某婵出生于1965年。此前，她在安徽省委常委、组织部部长任上工作了10个月。再之前，她是广东省委常委、统战部部长。")
    assert ("严某婵", "部长", "中共安徽省委员会组织部") in got
    assert ("严某婵", "部长", "中共广东省委员会统一战线工作部") in got
    assert _keys("他在任上兢兢业业。") == set()


def test_an_obituary_names_the_former_post():
    assert ("王某祥", "副书记", "中共山东省潍坊市委员会") in _keys("中共党员、山东潍坊市委前副书记王某祥去世。")
    got = _keys("人民出版社前社长、总编辑薛某震病亡。")
    assert ("薛某震", "社长", "人民出版社") in got and ("薛某震", "总编辑", "人民出版社") in got
    assert _keys("前不久，他因病去世。") == set()


def test_surnames_of_officials_kg_lacked():
    from kg.names import is_person_name

    assert is_person_name("亓延军") and is_person_name("郄英才") and is_person_name("辜胜阻")


def test_a_government_party_group_after_a_place_and_a_central_company():
    from kg import titles as T

    body = T.post_body("广西党组书记", None)
    assert body is not None and body.org == "广西壮族自治区人民政府"
    body = T.post_body("石家庄市党组成员", None)
    assert body is not None and body.org == "河北省石家庄市人民政府"
    assert canonical_org("央企鞍钢集团", "辽宁省大连市") == "鞍钢集团"  # never the city's
    assert canonical_org("央企", "辽宁省大连市") is None


def test_posts_of_the_body_worked_at_and_what_someone_was():
    got = _keys("韦某，男，1975年生。大部分时间任职于广西柳州钢铁集团，历任董事、副总经理等职。")
    assert got == {("韦某", "董事", "广西柳州钢铁集团"), ("韦某", "副总经理", "广西柳州钢铁集团")}
    assert _keys("他任职于基层多年，历任艰苦岗位。") == set()
    got = _keys("严某婵出生于1965年，当过湛江市委副书记、政法委书记。")
    assert ("严某婵", "书记", "中共广东省湛江市委员会政法委员会") in got


def test_a_name_before_a_move_or_a_fall():
    got = _keys("2018年1月，时任和平区委书记李某洪晋升天津市政协副主席。")
    assert ("李某洪", "书记", "中共天津市和平区委员会") in got
    got = _keys("广西壮族自治区政府主席蓝某立官宣落马一个半月后。")
    assert ("蓝某立", "主席", "广西壮族自治区人民政府") in got
    got = _keys("原湖南省衡阳市市长张某涉嫌严重违纪违法。")
    assert ("张某", "市长", "湖南省衡阳市人民政府") in got


def test_resume_lines_open_to_now_or_with_where_the_person_worked():
    text = ("张某某，男，汉族，1968年3月生。\n1990.07—1993.05 在衡阳市财政局工作，任科员\n1993.05—1998.03 任衡南县副县长\n"
            "2003.01—至今 衡阳市委常委、常务副市长\n")
    facts = [f for f in _read(text) if f.kind == "hold"]
    got = {(f.person, f.title, f.org, f.start) for f in facts}
    assert ("张某某", "科员", "湖南省衡阳市财政局", "1990-07") in got
    assert ("张某某", "副县长", "湖南省衡阳市衡南县人民政府", "1993-05") in got
    assert ("张某某", "常委", "中共湖南省衡阳市委员会", "2003-01") in got
    assert all(f.org for f in facts)  # 至今 is no part of a body
    assert not any(f.former for f in facts if f.start == "2003-01")  # open to now: current


def test_more_career_steps_of_news_biographies():
    facts = [f for f in _read("张某，男，1968年生。自2017年起，张某担任衡阳市委书记至今。") if f.kind == "hold"]
    assert [(f.title, f.org, f.start, f.former) for f in facts] == [("书记", "中共湖南省衡阳市委员会", "2017", None)]
    got = _keys("张某，男，1968年生。他一直在衡阳市财政局工作，先后任副局长、局长。")
    assert got == {("张某", "副局长", "湖南省衡阳市财政局"), ("张某", "局长", "湖南省衡阳市财政局")}
    got = _keys("张某，男，1968年生。2016年6月，张某由衡阳市副市长升任衡阳市委常委。")
    assert got == {("张某", "副市长", "湖南省衡阳市人民政府"), ("张某", "常委", "中共湖南省衡阳市委员会")}
    assert ("张某", "副市长", "湖南省衡阳市人民政府") in _keys("张某，男，1968年生。张某此前担任衡阳市副市长多年，熟悉经济工作。")
    got = _keys("张某，男，1968年生。此后，他又相继担任衡阳市委常委、宣传部长，衡阳市委副书记。")
    assert ("张某", "部长", "中共湖南省衡阳市委员会宣传部") in got
    got = _keys("张某，男，1968年生。他先后在衡南县、衡东县担任县委书记。")
    assert got == {("张某", "书记", "中共湖南省衡阳市衡南县委员会"), ("张某", "书记", "中共湖南省衡阳市衡东县委员会")}
    assert _keys("他先后在基层和机关担任领导职务。") == set()
    # 自…起，先后任…: the list across semicolons stays the former list's
    got = _keys("王某，男，1953年生。从1982年起，先后任外交部亚洲司副处长、处长；外交部亚洲司副司长、司长。")
    assert ("王某", "司长", "中华人民共和国外交部亚洲司") in got


def test_a_tenure_its_secondment_and_a_move_to_another_province():
    text = ("衡阳市市长朱某出生于1975年7月，江苏江阴人，曾在上海交通大学学习、工作多年，担任上海交通大学党委副书记期间"
            "还曾挂职任怀化市委常委、政府副市长。")
    facts = [f for f in _read(text) if f.kind == "hold"]
    got = {(f.person, f.title, f.org) for f in facts}
    assert ("朱某", "党委副书记", "上海交通大学") in got
    assert ("朱某", "常委", "中共湖南省怀化市委员会") in got
    assert ("朱某", "副市长", "湖南省怀化市人民政府") in got
    assert all("期间" not in (f.org or "") for f in facts)  # never a body made of the tenure's words
    got = _keys("朱某出生于1975年7月。2018年3月，朱某任浙江省委秘书长。2020年7月，朱某调陕西工作，任省委副书记。")
    assert ("朱某", "副书记", "中共陕西省委员会") in got and ("朱某", "副书记", "中共浙江省委员会") not in got
    assert _keys("任职期间还曾挂职锻炼。") == set()
