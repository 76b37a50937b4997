"""Session 29: gaps found on the development pages of rounds 15 and earlier (round 15 was session 28's
independent check, used as development pages from this session on). Each: the construction, made-up
variants and negatives. Clause shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read
from kg.names import is_person_name


# -- 1. a list of three or more holders whose last is joined by 和, then what they all do

@pytest.mark.parametrize("text, last", [
    ("三名政治局委员何某峰、张某清和刘某中出席。", "刘某中 委员 中共中央政治局"),
    ("政治局委员何某峰、张某清和刘某中一同会见了代表。", "刘某中 委员 中共中央政治局"),
])
def test_last_of_a_list_joined_by_and(text, last):
    assert last in holds_read(text)


def test_and_before_another_word_is_no_list_item():
    # "和刘某中部长" — a name followed by a title of its own is no item of the list before it
    assert not any(h.startswith("刘某中 委员") for h in holds_read("政治局委员何某峰、张某清和刘某中部长会谈。"))


# -- 2. a day of the week and 除…外 are no part of a name

def test_weekday_is_no_name():
    assert not is_person_name("周五")
    assert is_person_name("周一鸣")
    acts = acts_read("卸任最高法院院长的周某，他周五当选新一届全国政协副主席。")
    assert not any(" 周五 " in a for a in acts)


def test_chu_ends_a_name():
    acts = acts_read("根据内容，现年56岁的王某除接任西安市委书记外，并依例兼任中共陕西省委常委。")
    assert not any("王某除" in a for a in acts)


# -- 3. 前 before a title only the nation has; 当时的 before a chain of posts: former posts

@pytest.mark.parametrize("text, hold", [
    ("前总理温某宝出席。", "温某宝 总理 中华人民共和国国务院"),
    ("会见了前副总理吴某。", "吴某 副总理 中华人民共和国国务院"),
])
def test_qian_before_a_national_title(text, hold):
    assert hold in holds_read(text)


def test_qian_before_a_bare_local_title_is_a_former_post_of_no_body():
    # (session 36: 前 before a title marks it former, kg.extract.mentions._place_after_qian; no province
    # written, so no body: org null)
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    facts = extract_holds(document_from_text("前省长张某出席。", path="t.txt"))
    assert {(f.person, f.title, f.org, f.former) for f in facts} == {("张某", "省长", None, True)}


def test_then_marks_former_posts():
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    facts = extract_holds(document_from_text("当时的中共江苏省委常委、南京市委书记张某出席。", path="t.txt"))
    assert {(f.title, f.former) for f in facts} == {("常委", True), ("书记", True)}


# -- 4. a biography's 现任 chain: the committee's department and the place's commission

@pytest.mark.parametrize("text, hold", [
    ("张某，男，汉族，1970年3月出生，现任嘉兴市委常委、组织部部长。", "张某 部长 中共浙江省嘉兴市委员会组织部"),
    ("张某，男，汉族，1970年3月出生，现任重庆市巴南区委常委、纪委书记。", "张某 书记 中共重庆市巴南区纪律检查委员会"),
])
def test_bio_current_chain_department(text, hold):
    assert hold in holds_read(text)


# -- 5. a head's title written once for its unit and itself: 教育厅长, 公安局长, 政务司长

@pytest.mark.parametrize("phrase, org_text", [
    ("教育厅长", "教育厅"), ("嘉兴市公安局长", "嘉兴市公安局"), ("政务司长", "政务司"), ("审计署长", "审计署"),
    ("公安厅副厅长", "公安厅"), ("山东省商务厅原厅长", "山东省商务厅原"), ("嘉兴市局长", "嘉兴市"),
])
def test_contracted_head_title(phrase, org_text):
    from kg.extract.holds import parse_post

    assert parse_post(phrase).org_text == org_text


def test_contracted_head_in_an_act():
    assert "appoint decided 张某宗 司长 香港特别行政区政府政务司" in acts_read("国务院任命劳工及福利局长张某宗出任政务司长。")


# -- 6. a move written without a place stays in the person's province or city

@pytest.mark.parametrize("text, act", [
    ("27日福建省莆田市委书记周某清升任副省长。", "appoint decided 周某清 副省长 福建省人民政府"),
    ("福建省莆田市仙游县委书记张某升任副市长。", "appoint decided 张某 副市长 福建省莆田市人民政府"),
    ("重庆江北区委书记燕某升任市委常委兼宣传部长。", "appoint decided 燕某 部长 中共重庆市委员会宣传部"),
    ("江西省省长易某红接替刘某任省委书记。", "appoint decided 易某红 书记 中共江西省委员会"),
])
def test_move_stays_in_own_place(text, act):
    assert act in acts_read(text)


def test_move_to_a_named_place_keeps_it():
    assert "appoint decided 周某清 副省长 湖南省人民政府" in acts_read("福建省莆田市委书记周某清调任湖南省副省长。")


# -- 7. a head of mission accredited to a state written by a name not ending with 国 (kg/data/countries.tsv)

@pytest.mark.parametrize("phrase, org", [
    ("中华人民共和国驻加拿大特命全权大使", "中华人民共和国驻加拿大大使馆"),
    ("驻毛里塔尼亚共和国首任特命全权大使", "中华人民共和国驻毛里塔尼亚共和国大使馆"),
    ("中华人民共和国驻巴西联邦共和国特命全权大使", "中华人民共和国驻巴西联邦共和国大使馆"),
    ("中华人民共和国常驻联合国代表、特命全权大使", "中华人民共和国常驻联合国代表团"),
    ("中国驻美大使", "中华人民共和国驻美利坚合众国大使馆"),  # the press's short form (session 30)
    ("中国驻巴大使", None),  # a short form of several states: unplaced, never guessed
])
def test_embassy_of_a_state(phrase, org):
    from kg.extract.posts import parse_posts

    assert parse_posts(phrase, None)[-1].org == org


def test_state_names_table_loads():
    from kg.extract.posts import state_names

    names = state_names()
    assert {"加拿大", "日本", "巴西联邦共和国"} <= names and len(names) > 200


# -- 8. a decision's items written one per line without punctuation stay apart, however alike their widths

@pytest.mark.parametrize("text, acts", [
    ("会议通过了以下任免：\n任命张某为嘉兴市教育局局长\n任命李某为嘉兴市财政局局长\n免去王某的嘉兴市教育局局长职务\n",
     {"appoint decided 张某 局长 浙江省嘉兴市教育局", "appoint decided 李某 局长 浙江省嘉兴市财政局",
      "remove decided 王某 局长 浙江省嘉兴市教育局"}),
    ("张某同志任嘉兴市教育局党组书记\n李某同志任嘉兴市财政局党组书记\n王某同志任嘉兴市民政局党组书记\n",
     {"appoint decided 张某 党组书记 浙江省嘉兴市教育局", "appoint decided 李某 党组书记 浙江省嘉兴市财政局",
      "appoint decided 王某 党组书记 浙江省嘉兴市民政局"}),
])
def test_unpunctuated_act_lines(text, acts):
    assert acts_read(text) == acts


# -- 9. the press's short forms: 国安部长, 中宣部长, 农业部长; 全国人大委员长; 与 before a national body

@pytest.mark.parametrize("text, hold", [
    ("国安部长陈某清出席会议。", "陈某清 部长 中华人民共和国国家安全部"),
    ("中宣部长黄某明出席。", "黄某明 部长 中共中央宣传部"),
    ("全国人大委员长栗某书出席。", "栗某书 委员长 全国人民代表大会常务委员会"),
    ("杨某渡与国台办主任张某军会面。", "张某军 主任 国务院台湾事务办公室"),
])
def test_press_short_forms(text, hold):
    assert hold in holds_read(text)


@pytest.mark.parametrize("phrase", ["团中央部长", "中共陕西省委农村工作部 副部长"])
def test_contracted_head_never_after_a_body_end_or_a_space(phrase):
    from kg.extract.holds import parse_post

    post = parse_post(phrase)
    assert post is None or not (post.org_text or "").endswith(("央部", " 部"))


# -- 10. a résumé's staff posts: 秘书, 干事, 办事员, 总干事; the grade before them is no part of the body

@pytest.mark.parametrize("phrase, title, org_text", [
    ("中共甘肃省委办公厅秘书", "秘书", "中共甘肃省委办公厅"),
    ("海关总署署长办公室正处级秘书", "秘书", "海关总署署长办公室"),
    ("共青团芜湖市委副科级干事", "干事", "共青团芜湖市委"),
    ("中国藏学研究中心总干事", "总干事", "中国藏学研究中心"),
])
def test_staff_posts(phrase, title, org_text):
    from kg.extract.holds import parse_post

    post = parse_post(phrase)
    assert (post.title, post.org_text) == (title, org_text)


def test_a_persons_secretary_is_no_post_of_a_body():
    from kg.extract.holds import parse_post

    assert parse_post("中宣部长丁某根秘书") is None


# -- 11. "successive" between a place and its title: the place's body, never a body "X历任"

@pytest.mark.parametrize("text", ["嘉善县历任县长\n张某（1949.10—1952.03）\n李某（1952.03—1956.05）\n",
                                  "嘉善县历任县长：张某（1949.10—1952.03）、李某（1952.03—1956.05）。"])
def test_history_word_is_no_body(text):
    assert holds_read(text) == {"张某 县长 浙江省嘉兴市嘉善县人民政府", "李某 县长 浙江省嘉兴市嘉善县人民政府"}


# -- 12. a place, a word of time, then its post: the place's post, former or current as the word says

@pytest.mark.parametrize("text, former", [
    ("嘉善县前任县长张某出席。", True), ("嘉善县时任县长张某出席。", True), ("嘉善县首任县长张某出席。", True),
    ("嘉善县现任县长张某出席。", None), ("嘉善县新任县长张某出席。", None),
])
def test_place_tense_post(text, former):
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    facts = extract_holds(document_from_text(text, path="t.txt"))
    assert [(f.title, f.org, f.former) for f in facts] == [("县长", "浙江省嘉兴市嘉善县人民政府", former)]


# -- 13. a post closed by 一职 in a career clause; the predecessor's level-only post is of the successor's place

def test_post_closed_by_yizhi():
    assert "张某 书记 中共浙江省嘉兴市南湖区委员会" in holds_read("张某此前担任嘉兴市南湖区委书记一职。")


def test_predecessor_post_in_the_successors_place():
    got = holds_read("重庆方面，重庆市委常委、市委农工委书记刘某磊接替范某兵，担任市委统战部部长一职。")
    assert "范某兵 部长 中共重庆市委员会统一战线工作部" in got


# -- 14. a round-up's paragraph place; a career clause's posts end before another person's 仍任

def test_paragraph_place_and_still_in_office():
    text = ("宁夏中卫市委书记张某出席。\n重庆方面，2009年3月，王某军接替刘光磊担任重庆市公安局局长，"
            "刘光磊仍任重庆市委常委、市委政法委书记。")
    got = holds_read(text)
    assert "刘光磊 书记 中共重庆市委员会政法委员会" in got
    assert not any(h.startswith("王某军 书记") for h in got)
