"""Rosters of other places (issue 9, session 18): histories of a county's governments, 历任 lists
written name, gap and range, township infoboxes, post：name rows with a note, posts joined by 兼
(made-up texts of the real shapes met in corpus/dev roster-*-81…90)."""

from __future__ import annotations

from kg.extract import extract_document
from kg.extract.posts import canonical, parse_posts
from kg.reading import document_from_text


def _facts(text: str, jur: str | None = "unset", kinds: tuple[str, ...] | None = None):
    doc = document_from_text(text, "roster18_test.txt")
    if jur != "unset":
        doc.jurisdiction = jur
    return [f for f in extract_document(doc) if kinds is None or f.kind in kinds]


def _keys(facts):
    return {(f.kind, f.person, f.title, f.org) for f in facts}


def test_a_government_founded_in_a_history_lists_its_officers_as_holdings():
    # a revolutionary committee founded or reorganised: its officers hold the posts (a history),
    # never a group the document appoints people to (kg.extract.colon_lists)
    text = ("1968年3月18日,第二次成立武义县革命委员会。\n主任:贾福善\n副主任:薛瑞成、王宝书\n"
            "1969年2月6日,县革命委员会进行了调整。\n主任:刘希温\n")
    facts = _facts(text, "浙江省金华市武义县")
    assert not [f for f in facts if f.kind != "hold"]
    org = "浙江省金华市武义县革命委员会"
    got = {(f.person, f.title, f.org, f.date, f.start) for f in facts}
    assert ("贾福善", "主任", org, "1968-03-18", "1968-03-18") in got
    assert ("薛瑞成", "副主任", org, "1968-03-18", "1968-03-18") in got
    # a leading group formed by a notice stays an appointment
    group = _facts("县委决定成立武义县安全生产委员会。组成人员如下：\n主任：张三\n副主任：李四、王五\n",
                   "浙江省金华市武义县")
    assert ("appoint", "张三", "主任", "浙江省金华市武义县安全生产委员会") in _keys(group)


def test_revolutionary_and_peoples_committees_written_short():
    assert canonical("县革委", "浙江省金华市武义县") == "浙江省金华市武义县革命委员会"
    assert canonical("县革委会", "浙江省金华市武义县") == "浙江省金华市武义县革命委员会"
    assert canonical("县人委", "浙江省金华市武义县") == "浙江省金华市武义县人民委员会"
    facts = _facts("1967年3月19日,武义县革命委员会成立。\n县革委主任:李锦章\n", "浙江省金华市武义县")
    assert ("hold", "李锦章", "主任", "浙江省金华市武义县革命委员会") in _keys(facts)


def test_a_year_opens_a_history_not_an_act():
    text = ("1964年至1966年，黄国友担任武义县县长、倪秀芝为武义县副县长，下有具体工作人员四人。"
            "1976年成立农管局后，又成立了管理委员会，王广恩同志担任武义县财政局局长。\n")
    assert _facts(text, "浙江省金华市武义县", ("appoint",)) == []
    # without a year in front, a notice's "X同志任Y" is still its decision
    assert _keys(_facts("王强同志任浙江省教育厅厅长。\n", "浙江省", ("appoint",))) == {
        ("appoint", "王强", "厅长", "浙江省教育厅")}


def test_two_posts_joined_by_jian():
    posts = parse_posts("中共武义县委书记兼武义县革命委员会主任", "浙江省金华市武义县")
    assert [(p.title, p.org, p.marks.concurrent) for p in posts] == [
        ("书记", "中共浙江省金华市武义县委员会", False), ("主任", "浙江省金华市武义县革命委员会", True)]
    assert [(p.title, p.org) for p in parse_posts("市委副书记兼市长", "浙江省杭州市")] == [
        ("副书记", "中共浙江省杭州市委员会"), ("市长", "浙江省杭州市人民政府")]
    assert [p.title for p in parse_posts("兼职副主任", "浙江省杭州市")] == ["副主任"]  # 兼职 is no joint
    # approved by a party committee and a government at once: no single decider
    text = "1975年5月19日,经中共浙江省委和浙江省革命委员会批准:赵蓝田任中共武义县委书记兼武义县革命委员会主任。\n"
    acts = _facts(text, "浙江省金华市武义县", ("appoint",))
    assert {(f.title, f.org, f.decided_by, f.date) for f in acts} == {
        ("书记", "中共浙江省金华市武义县委员会", None, "1975-05-19"),
        ("主任", "浙江省金华市武义县革命委员会", None, "1975-05-19")}


def test_history_list_of_names_gaps_and_ranges():
    text = ("政和县历任县委书记\n王丰 2021年7月—至今\n廖俊波 2011年6月—2016年3月(后任南平市副市长)\n"
            "陈贵芳 1938年—1940年(抗战时期)\n政和县历任县长\n王丰 2021年7月—至今(兼任县委书记)\n"
            "侯林舟 1949年5月—1952年3月(南下干部)\n")
    facts = _facts(text, "福建省南平市政和县")
    got = {(f.person, f.title, f.org, f.start, f.end, bool(f.former)) for f in facts}
    party, gov = "中共福建省南平市政和县委员会", "福建省南平市政和县人民政府"
    assert ("王丰", "书记", party, "2021-07", None, False) in got
    assert ("廖俊波", "书记", party, "2011-06", "2016-03", True) in got
    assert ("陈贵芳", "书记", party, "1938", "1940", True) in got
    assert ("侯林舟", "县长", gov, "1949-05", "1952-03", True) in got
    # (后任…) a later post, told in the past: a former holding with no dates
    assert ("廖俊波", "副市长", "福建省南平市人民政府", None, None, True) in got
    assert not [f for f in facts if f.person in ("南下干部", "抗战时期")]


def test_township_infobox_rows():
    text = ("新乐乡 (石柱县)\n新乐乡,是重庆市石柱土家族自治县下辖的一个乡。\n政府 | |\n"
            "• 乡党委书记 | 宋鹏 |\n• 乡党委副书记、乡长 | 周忠生 |\n")
    facts = _facts(text, "重庆市石柱土家族自治县")
    assert _keys(facts) == {
        ("hold", "宋鹏", "书记", "中共重庆市石柱土家族自治县新乐乡委员会"),
        ("hold", "周忠生", "副书记", "中共重庆市石柱土家族自治县新乐乡委员会"),
        ("hold", "周忠生", "乡长", "重庆市石柱土家族自治县新乐乡人民政府")}


def test_post_name_rows_closed_by_a_note():
    text = "- 贵州省委书记:苏振华(兼贵州军区政委)\n- 贵州省委副书记:于一川(52.9)\n- 重庆市委第三书记:王维纲\n"
    keys = _keys(_facts(text))
    assert ("hold", "苏振华", "书记", "中共贵州省委员会") in keys
    assert ("hold", "于一川", "副书记", "中共贵州省委员会") in keys
    assert ("hold", "王维纲", "第三书记", "中共重庆市委员会") in keys
    # a name followed by a bracket inside running text is no row
    assert not _facts("贵州省委书记：苏振华（兼贵州军区政委）的讲话很好\n")


def test_a_place_before_liren_is_no_person():
    # "武义县历任县委书记": a roster's heading (careers read 武义县 as a person who 历任 the post)
    facts = _facts("武义县历任县委书记\n姓名 职务 任职时间\n张三 县委书记 2015.03-2018.06\n", "浙江省金华市武义县")
    assert {f.person for f in facts} == {"张三"}


def test_history_tables_and_inline_lists_under_a_place_heading():
    gov = "浙江省金华市武义县人民政府"
    for text in ("武义县历任县长\n姓名 任职时间\n张三 1949.5-1952.3\n李四 1952.3-1956.1\n",
                 "武义县历任县长\n任次 姓名 任职时间\n1 张三 1949.5-1952.3\n2 李四 1952.3-1956.1\n"):
        got = {(f.person, f.title, f.org, f.start, f.end) for f in _facts(text, "浙江省金华市武义县")}
        assert got == {("张三", "县长", gov, "1949-05", "1952-03"), ("李四", "县长", gov, "1952-03", "1956-01")}
    text = "武义县历任县长名单：张三（1949—1952）、李四（1952—1956）\n"
    got = {(f.person, f.start, f.end) for f in _facts(text, "浙江省金华市武义县")}
    assert got == {("张三", "1949", "1952"), ("李四", "1952", "1956")}


def test_rows_with_gaps_and_order_notes_under_a_body_heading():
    text = "中共武义县委员会\n书记\u3000张三\n副书记\u3000李四\u3000王五\n委员（以姓氏笔画为序）：王一平、刘二宝\n"
    party = "中共浙江省金华市武义县委员会"
    assert _keys(_facts(text, "浙江省金华市武义县")) == {
        ("hold", "张三", "书记", party), ("hold", "李四", "副书记", party), ("hold", "王五", "副书记", party),
        ("hold", "王一平", "委员", party), ("hold", "刘二宝", "委员", party)}
    text = "武义县人民政府\n县\u3000长\u3000张三\n副县长\u3000李四\u3000赵六\n"
    gov = "浙江省金华市武义县人民政府"
    assert _keys(_facts(text, "浙江省金华市武义县")) == {
        ("hold", "张三", "县长", gov), ("hold", "李四", "副县长", gov), ("hold", "赵六", "副县长", gov)}
    # a line of words after a title is no row
    assert not _facts("武义县人民政府\n副县长\u3000主持会议\u3000讲话\n", "浙江省金华市武义县")


def test_the_page_of_a_ministry_lists_its_leaders():
    # a wiki page about a body: a title whose body ending it has (部长 → …部) is of the page's body;
    # bullet items the normalizer joined are read one by one; a note after the range is skipped
    text = ("跳转到内容\n\n中华人民共和国地方工业部\n\n中华人民共和国地方工业部,是国务院曾经下设的一个部。\n\n领导\n"
            "  • 部长 沙千里(1954年9月28日-1956年5月12日)\n  • 副部长\n"
            "    • 张劲夫(1954年11月1日-1956年5月12日):华东某委员会副主任调任。去向:中国科学院党组书记\n"
            "    • 宋乃德(1954年11月1日-1956年5月12日):国家计委地方工业局局长调任。\n")
    org = "中华人民共和国地方工业部"
    got = {(f.person, f.title, f.org, f.start, f.end) for f in _facts(text) if f.kind == "hold"}
    assert ("沙千里", "部长", org, "1954-09-28", "1956-05-12") in got
    assert ("张劲夫", "副部长", org, "1954-11-01", "1956-05-12") in got
    assert ("宋乃德", "副部长", org, "1954-11-01", "1956-05-12") in got
    # a 主任 implies no body of its own: nothing is guessed for it
    assert not _facts("某某研究会\n\n某某研究会是一个学会。\n主任\n- 张三（1990年1月-1995年1月）\n")


def test_an_office_is_no_name():
    assert not _facts("1956年1月,绥化专员公署成立。\n", "黑龙江省绥化市")


def test_names_with_a_short_post_in_brackets():
    facts = _facts("武义县领导：张三（县委书记）、李四（县长）\n", "浙江省金华市武义县")
    assert _keys(facts) == {("hold", "张三", "书记", "中共浙江省金华市武义县委员会"),
                            ("hold", "李四", "县长", "浙江省金华市武义县人民政府")}
    assert not _facts("出席会议的有张三（女）、李四（汉族）\n", "浙江省金华市武义县")


def test_a_county_written_under_its_former_name_places_its_history():
    # 平度县 (now 平度市 of 青岛, 1989): a history written of 平度县 only is placed there, and its
    # bodies written short are that county's (former names keep the current prefecture chain)
    text = ("平度县志\n1967年3月19日,平度县革命委员会成立大会举行。平度县各界参加。\n"
            "县革委主任:李锦章\n1975年5月19日,赵蓝田任中共平度县委书记。平度县人民政府设县长。\n")
    doc = document_from_text(text, "roster18_test.txt")
    assert doc.jurisdiction == "山东省青岛市平度县"
    assert canonical("县委", doc.jurisdiction) == "中共山东省青岛市平度县委员会"
    assert ("hold", "李锦章", "主任", "山东省青岛市平度县革命委员会") in _keys(extract_document(doc))


def test_a_name_written_whole_may_hold_a_date_character():
    text = "1969年2月6日,县革命委员会进行了改组。\n主任:霍振年\n副主任:于正方、杜日尧\n"
    got = {(f.person, f.title) for f in _facts(text, "浙江省金华市武义县")}
    assert {("霍振年", "主任"), ("杜日尧", "副主任")} <= got
    from kg.names import is_person_name
    assert not is_person_name("王振年")  # in running text 年 ends a name: "王振年初…"


def test_a_roster_heading_places_its_page():
    # a place opening a line over its leaders (领导 / 领导班子 / 历任 …) is the page's place, as an
    # issuing body at the head is: a short roster naming its county once is read
    doc = document_from_text("武义县领导班子\n张三\t县委书记\n李四\t县委副书记、县长\n", "roster18_test.txt")
    assert doc.jurisdiction == "浙江省金华市武义县"
    assert ("hold", "李四", "县长", "浙江省金华市武义县人民政府") in _keys(extract_document(doc))
