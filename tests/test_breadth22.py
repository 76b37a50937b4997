"""Session 22: general constructions found by made-up probes of common layouts (yearbook rosters, a
Tibet government roster, 国务院任免 lists of national bureaus, biographies' plenum elections). Each:
the construction, made-up variants and negatives."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read
from kg.extract.posts import parse_posts
from kg.names import is_person_name


# -- 1. a group's roster: its name as a heading, then 组长 / 副组长 / 成员 lines (kg.extract.group_rosters)

@pytest.mark.parametrize("text", [
    "青州市扶贫开发领导小组\n组　长：王大明（市委书记）\n副组长：李小红（市长）、张德丰（副市长）\n成　员：赵一平、钱国宝\n",
    "青州市扶贫开发领导小组\n组长　王大明　市委书记\n副组长　李小红　市长\n成员　赵一平　钱国宝\n",
])
def test_group_roster(text):
    got = holds_read(text)
    group = "山东省潍坊市青州市扶贫开发领导小组"
    assert {f"王大明 组长 {group}", f"李小红 副组长 {group}", f"赵一平 成员 {group}", f"钱国宝 成员 {group}"} <= got
    assert {f for f in got if f.startswith("王大明 书记")}  # the member's own post, written with the name


@pytest.mark.parametrize("text", [
    # a sentence forms the group: its list is the decision's (acts), not a roster
    "经研究，决定成立青州市扶贫开发领导小组，组成人员如下：\n青州市扶贫开发领导小组\n组长：王大明\n成员：赵一平、钱国宝\n",
    # lines that are no names
    "青州市扶贫开发领导小组\n组长：负责全面工作\n成员：各有关部门\n",
])
def test_group_roster_negatives(text):
    from kg.extract import extract_document
    from kg.reading import document_from_text

    # (the whole extraction: a mention of the decision's list is dropped beside its act, session 36)
    facts = extract_document(document_from_text(text, path="t.txt"))
    assert not {f for f in facts if f.kind == "hold" and f.title in ("组长", "成员")}


# -- 2. Tibetan names of parts the list lacked (kg/data/minority_name_parts.txt): one unknown name
#       cost the whole roster line

@pytest.mark.parametrize("name", ["嘎玛泽登", "才旺罗布", "旺青次仁", "伦珠扎西", "尕藏才让"])
def test_tibetan_names22(name):
    assert is_person_name(name)


def test_tibetan_roster_line():
    got = holds_read("西藏自治区人民政府\n主　席　严金海\n副主席　嘎玛泽登　罗布顿珠\n")
    assert {"嘎玛泽登 副主席 西藏自治区人民政府", "罗布顿珠 副主席 西藏自治区人民政府"} <= got


# -- 3. a label with an order note over a line of names; a row's body heading the bare labels below it

def test_label_with_order_note():
    got = holds_read("中共中央政治局委员（按姓氏笔画为序）\n丁薛祥　马兴瑞　王毅　尹力　石泰峰\n")
    assert {f"{n} 委员 中共中央政治局" for n in ("丁薛祥", "马兴瑞", "王毅", "尹力", "石泰峰")} <= got


def test_row_body_heads_bare_labels():
    got = holds_read("山东省人民代表大会常务委员会主任　王大明\n副主任　李小红　张德丰\n")
    assert {"李小红 副主任 山东省人民代表大会常务委员会", "张德丰 副主任 山东省人民代表大会常务委员会"} <= got


def test_colon_row_heads_nothing():
    # "县革委主任:李锦章" then dated paragraphs: a list's line, no heading for the rows below (roster-shandong-81)
    got = holds_read("县革委主任:李锦章\n1968年3月18日,第二次成立平度县革命委员会。\n主任:贾福善\n")
    assert not {f for f in got if f.startswith("贾福善") and "革委" in f and "None" not in f}


# -- 4. national bureaus of the State Council (kg/data/org_abbreviations.yaml) and a body opening with
#       国家 / 中国 never read as a unit of the body before it in a list

def test_national_bureaus_list():
    got = acts_read("国务院任免国家工作人员。任命王大明为国家药品监督管理局局长、国家外汇管理局局长、国家文物局局长、"
                    "国家中医药管理局局长、中国民用航空局局长、国家铁路局局长。")
    assert {f"appoint decided 王大明 局长 {o}" for o in (
        "国家药品监督管理局", "国家外汇管理局", "国家文物局", "国家中医药管理局", "中国民用航空局", "国家铁路局")} <= got


def test_national_prefix_is_no_unit():
    readings = parse_posts("国家药品监督管理局局长、国家测试管理局局长", None)
    assert [r.org for r in readings][1] != "国家药品监督管理局国家测试管理局"


def test_unit_after_body_still_inherits():
    readings = parse_posts("上海市松江区人民法院副院长、审判委员会委员", None)
    assert readings[1].org and readings[1].org.endswith("人民法院审判委员会")


# -- 5. a committee's secretariat heads, and a bare post elected at a central plenum

@pytest.mark.parametrize("text", ["团中央书记处第一书记", "团中央第一书记"])
def test_secretariat_first_secretary(text):
    assert [(r.title, r.org) for r in parse_posts(text, None)] == [("第一书记", "中国共产主义青年团中央委员会")]


@pytest.mark.parametrize("text, title, org", [
    ("王大明，男，汉族，1955年3月生。1993年5月在共青团十三届一中全会上当选为书记处书记。", "书记处书记", "中国共产主义青年团中央委员会"),
    ("王大明，男，汉族，1955年3月生。1998年6月在共青团十四届一中全会上当选为书记处第一书记。", "第一书记", "中国共产主义青年团中央委员会"),
    ("王大明，男，汉族，1955年3月生。2002年11月在党的十六届一中全会上当选为书记处书记。", "书记处书记", "中共中央委员会"),
])
def test_plenum_bare_post(text, title, org):
    assert f"王大明 {title} {org}" in holds_read(text)


# -- 6. narrative biographies: adverbs before the verb, 同年 / 次年, eras, a range before the place of work,
#       province-level units of 1949–1955 (kg/data/places.yaml)

@pytest.mark.parametrize("step", [
    "1983年，他又担任北京市委副书记。", "1983年又任北京市委副书记。", "1983年，他还兼任北京市委副书记。",
    "1983年，他也担任了北京市委副书记。", "同年，他兼任北京市委副书记。", "次年，他兼任北京市委副书记。",
    "1983年，王大明同志又被任命为北京市委副书记。", "建国后，任北京市委副书记。", "新中国成立后，他任北京市委副书记。",
])
def test_narrative_steps(step):
    assert "王大明 副书记 中共北京市委员会" in holds_read("王大明，1925年生。1979年，他担任北京市副市长。" + step)


@pytest.mark.parametrize("text, fact", [
    ("王大明，1915年生。1949年2月任北平市人民政府秘书长。", "王大明 秘书长 北平市人民政府"),
    ("王大明，1915年生。1952年任西康省人民政府副主席。", "王大明 副主席 西康省人民政府"),
])
def test_former_provinces(text, fact):
    assert fact in holds_read(text)


@pytest.mark.parametrize("text", ["王大明，1925年生。建国后，任务更加繁重。", "改革开放以来，任用了一大批年轻干部。"])
def test_era_negatives(text):
    assert not holds_read(text)


# -- 7. plenums: the Youth League's committee of a term is no party committee; a comma after 会议上 and a plenum
#       written with no 在…上 still elect

def test_league_plenum_decider():
    got = acts_read("共青团第十八届中央委员会第一次全体会议选举王大明为第一书记，李小红、张德丰为书记处书记。")
    assert {"elect decided 王大明 第一书记 中国共产主义青年团中央委员会",
            "elect decided 李小红 书记处书记 中国共产主义青年团中央委员会"} <= got


@pytest.mark.parametrize("text", [
    "王大明，1955年生。2017年10月25日，在中国共产党第十九届中央委员会第一次全体会议上，当选为中央书记处书记。",
    "王大明，1955年生。党的十九届一中全会当选为书记处书记。",
])
def test_plenum_elects(text):
    assert "王大明 书记处书记 中共中央委员会" in holds_read(text)


# -- 8. title + name mentions: a rank before the chain (另一位正部级干部是…) is no other person's title; 比 before a
#       post compares, it is no part of the body

@pytest.mark.parametrize("text, fact", [
    ("另一位正部级干部是北京市委副书记、北京市市长殷勇。", "殷勇 副书记 中共北京市委员会"),
    ("比昆山市委书记杜小刚还小5个月。", "杜小刚 书记 中共江苏省苏州市昆山市委员会"),
])
def test_mention_leads(text, fact):
    assert fact in holds_read(text)


def test_for_example_is_no_comparison():
    # 比如 (for example) stays CUT_RE's own word: the body after it is not cut to 如市残联
    from kg.extract.mentions import _clean_org

    assert _clean_org("比如市残联副理事长") == "市残联副理事长"


# -- 9. a page's own date written without a label: a timestamp line, a source credit with its date (dev: roster-central-101
#       "（资料来源:综合处,2023-08-21）")

@pytest.mark.parametrize("text, date", [
    ("山东省第十四届人民代表大会第一次会议1月17日选举王大明为山东省人民代表大会常务委员会主任。\n（来源：大众日报 2023-01-18）\n", "2023-01-18"),
    ("山东省第十四届人民代表大会第一次会议选举王大明为山东省人民代表大会常务委员会主任。\n2023-01-18 09:12:30\n", "2023-01-18"),
    ("（资料来源:综合处,2023-08-21）\n", "2023-08-21"),
])
def test_unlabelled_page_date(text, date):
    from kg.reading import document_from_text

    assert document_from_text(text, path="t.txt").date == date


def test_month_day_takes_the_page_year():
    got = acts_read("山东省第十四届人民代表大会第一次会议1月17日选举王大明为山东省人民代表大会常务委员会主任。\n（来源：大众日报 2023-01-18）\n")
    assert got  # read; its date is checked through the fact below
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    doc = document_from_text("山东省第十四届人民代表大会第一次会议1月17日选举王大明为山东省人民代表大会常务委员会主任。\n（来源：大众日报 2023-01-18）\n", path="t.txt")
    assert [f.date for f in merge_facts(extract_acts(doc))] == ["2023-01-17"]


@pytest.mark.parametrize("text", ["请于2023-01-18 09:00前报名。\n", "电话：0531-12345678\n"])
def test_no_page_date(text):
    from kg.reading import document_from_text

    assert document_from_text(text, path="t.txt").date is None


# -- 10. page heads: the reference date of a month-day (kg.extract.dating STAMPS)

@pytest.mark.parametrize("head", [
    "作者：张三 2023年01月19日", "编辑：李四 2023年01月19日", "发表于 2023年01月19日", "《大众日报》 2023年01月19日 01版",
    "2023-01-19 星期四", "2023年01月19日", "大众日报 2023年01月19日 第A01版", "大众日报\n2023年01月19日",
])
def test_page_head_reference(head):
    from kg.extract.dating import reference_date
    from kg.reading import document_from_text

    assert reference_date(document_from_text(head + "\n1月18日上午，大会闭幕。\n", path="t.txt")) == "2023-01-19"


def test_date_line_inside_the_text_is_no_page_date():
    from kg.extract.dating import reference_date
    from kg.reading import document_from_text

    text = "关于王大明同志任职的通知\n各单位：\n经研究，决定任命王大明同志为办公室主任。\n特此通知。\n\n2023年01月19日\n"
    assert reference_date(document_from_text(text, path="t.txt")) is None


# -- 11. the successor of a removal written 由X接替 (the press of Hong Kong and Taiwan)

def test_successor_jieti():
    got = acts_read("香港《明报》报道，重庆市委书记李小红被免职，由王大明接替。")
    assert {"remove decided 李小红 书记 中共重庆市委员会", "appoint decided 王大明 书记 中共重庆市委员会"} <= got


# -- 12. a résumé's range written with 一 (an OCR's dash) or ― (U+2015)

@pytest.mark.parametrize("sep", ["一", "―"])
def test_range_dash(sep):
    from kg.extract import extract_document
    from kg.reading import document_from_text

    text = (f"王大明同志简历\n王大明，男，汉族，1962年5月生，吉林长春人。\n1984.08{sep}1990.03 吉林省梨树县副县长\n"
            f"1990.03{sep}1995.06 吉林省梨树县委书记\n")
    got = {(f.title, f.start, f.end) for f in extract_document(document_from_text(text, path="t.txt")) if f.kind == "hold"}
    assert {("副县长", "1984-08", "1990-03"), ("书记", "1990-03", "1995-06")} <= got


@pytest.mark.parametrize("text", ["一九八四年一月一日", "2019.06一批干部", "第一", "1984.08一线工作"])
def test_numeral_one_stays(text):
    from kg.normalize import normalize

    assert normalize(text)[0] == text


# -- 13. 公示 entries: an item's number before the name; the post proposed in a sentence of its own

@pytest.mark.parametrize("number", ["", "1.", "1、", "（1）", "一、", "1．"])
def test_numbered_entry(number):
    text = f"{number}王大明，男，1975年3月生，现任青州市委常委、组织部部长，拟任潍坊市人民政府副市长。"
    assert "王大明 常委 中共山东省潍坊市青州市委员会" in holds_read(text)
    assert "appoint proposed 王大明 副市长 山东省潍坊市人民政府" in acts_read(text)


def test_proposed_post_in_its_own_sentence():
    text = "王大明，男，1975年3月生，现任青州市委常委、组织部部长。拟任潍坊市人民政府副市长。"
    assert "appoint proposed 王大明 副市长 山东省潍坊市人民政府" in acts_read(text)


def test_proposed_sentence_needs_the_entry_head():
    # a 拟任 sentence after any other sentence speaks of no one the reader knows
    assert not acts_read("会议研究了干部任免事项。拟任潍坊市人民政府副市长。")


# -- 14. a name before a head's title in a county-level city's paper: its own mayor, not the prefecture's

@pytest.mark.parametrize("text", ["青州市召开全市经济工作会议。李小红市长主持会议。", "青州市召开全市经济工作会议。市长李小红主持会议。"])
def test_county_city_mayor(text):
    assert holds_read(text) == {"李小红 市长 山东省潍坊市青州市人民政府"}


def test_own_level_innermost():
    from kg.extract.mentions import _own_level

    assert _own_level("山东省潍坊市青州市", "市") == "山东省潍坊市青州市"
    assert _own_level("安徽省合肥市", "省") == "安徽省"
    assert _own_level("北京市通州区", "市") == "北京市"
    assert _own_level("浙江省杭州市淳安县", "市") == "浙江省杭州市"


# -- 15. a page's place named by a name several places bear (西湖区: 杭州's and 南昌's), placed by the
#        place above it the page names; a visiting delegation's place never moves the page's

@pytest.mark.parametrize("text, place", [
    ("西湖区召开全区经济工作会议。杭州市委常委、西湖区委书记王大明出席会议，区长李小红主持会议。", "浙江省杭州市西湖区"),
    ("鼓楼区召开全区经济工作会议。南京市委常委、鼓楼区委书记王大明出席会议。", "江苏省南京市鼓楼区"),
    ("西湖区召开全区经济工作会议。市委书记王大明出席会议。", None),
])
def test_ambiguous_issuer(text, place):
    from kg.reading import document_from_text

    assert document_from_text(text, path="t.txt").jurisdiction == place


def test_delegation_place_does_not_move_the_page():
    from kg.reading import document_from_text

    text = ("浙江省普陀区党政代表团来扶余考察\n3月25日，浙江省舟山市普陀区区委书记张立军带领党政代表团来扶余考察。"
            "扶余市人大常委会主任周凤来、市委副书记、市长刘英杰参加活动。普陀区党政代表团先后到市博物馆考察。")
    assert document_from_text(text, path="t.txt").jurisdiction != "浙江省舟山市普陀区"


# -- 16. a decision's list written post first after 任命： / 免去： (inline, or rows on the lines after it)

@pytest.mark.parametrize("text", [
    "安徽省人大常委会会议决定任命：\n省教育厅厅长 王大明\n省科学技术厅厅长 李小红\n省发展和改革委员会主任 张德丰\n",
    "安徽省人大常委会会议决定任命：省教育厅厅长王大明，省科学技术厅厅长李小红，省发展和改革委员会主任张德丰。",
    "安徽省人大常委会会议决定任命：\n省教育厅厅长 王大明\n省科学技术厅厅长 李小红\n",
])
def test_title_first_decision(text):
    from kg.extract import extract_document
    from kg.reading import document_from_text

    facts = extract_document(document_from_text(text, path="t.txt"))
    got = {f"{f.kind} {f.person} {f.title} {f.org}" for f in facts}
    assert {"appoint 王大明 厅长 安徽省教育厅", "appoint 李小红 厅长 安徽省科学技术厅"} <= got
    assert not any(f.kind == "hold" for f in facts)  # the list's rows are acts, never holdings
    assert all(f.org is None or "王大明" not in f.org for f in facts)  # no row run into the next


def test_title_first_decision_remove():
    assert "remove decided 王大明 厅长 安徽省教育厅" in acts_read("安徽省人大常委会会议决定免去：安徽省教育厅厅长王大明。")


@pytest.mark.parametrize("text", ["会议决定任命：王大明为安徽省教育厅厅长。", "会议决定任命：一批干部。"])
def test_title_first_decision_leaves_other_lists(text):
    got = acts_read(text)
    assert not any("王大明为" in f for f in got)


@pytest.mark.parametrize("text", [
    "会议决定任命省发展和改革委员会主任王大明、省教育厅厅长李小红。",
    "会议经表决，决定任命省发展和改革委员会主任王大明，省教育厅厅长李小红。",
    "会议任命了省发展和改革委员会主任王大明、省教育厅厅长李小红等省政府组成部门负责人。",
    "会议表决通过了关于任命省发展和改革委员会主任王大明、省教育厅厅长李小红的决定。",
    "会议表决通过了省人民政府组成人员名单：省发展和改革委员会主任王大明，省教育厅厅长李小红。",
])
def test_title_first_decision_no_colon(text):
    got = acts_read(text)
    assert {"appoint decided 王大明 主任 None", "appoint decided 李小红 厅长 None"} <= got


@pytest.mark.parametrize("text", ["会议决定任命王大明为省教育厅厅长。", "省教育厅厅长王大明出席会议。",
                                  "会议表决通过了人事任免案，省教育厅厅长王大明出席会议。"])
def test_title_first_decision_negatives(text):
    assert not any(f.startswith("appoint decided 王大明 厅长") and "为" not in text for f in acts_read(text))


# -- 17. a place's level word written twice before its body, read once when that places the body

@pytest.mark.parametrize("text, org", [
    ("淳安县县政府", "浙江省杭州市淳安县人民政府"),
    ("青州市市人大常委会", "山东省潍坊市青州市人民代表大会常务委员会"),
    ("达拉特旗旗委", "中共内蒙古自治区鄂尔多斯市达拉特旗委员会"),
    ("青州市市场监督管理局", "山东省潍坊市青州市市场监督管理局"),  # 市场: no level word written twice
])
def test_doubled_level(text, org):
    from kg.orgs import canonical_org

    assert canonical_org(text, None) == org


def test_doubled_level_of_an_unknown_town_stays_unplaced():
    assert holds_read("千岛湖镇镇党委书记王大明出席会议。") == {"王大明 书记 None"}


# -- 18. a party committee's standing committee decides for the committee (docs/conventions.md decided_by;
#        dev bio-jiangxi-127: 鹰潭市委常委会研究决定 → 中共江西省鹰潭市委员会)

@pytest.mark.parametrize("text, body", [
    ("湖北省委常委会决定：王大明同志任湖北省委秘书长。", "中共湖北省委员会"),
    ("鹰潭市委常委会研究决定：王大明同志任余江区委书记。", "中共江西省鹰潭市委员会"),
])
def test_party_standing_committee_decider(text, body):
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    facts = merge_facts(extract_acts(document_from_text(text, path="t.txt")))
    assert facts and {f.decided_by for f in facts} == {body}


def test_congress_standing_committee_stays():
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    facts = merge_facts(extract_acts(document_from_text("浙江省人大常委会决定任命王浩为浙江省教育厅厅长。", path="t.txt")))
    assert {f.decided_by for f in facts} == {"浙江省人民代表大会常务委员会"}
