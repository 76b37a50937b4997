"""Session 27: gaps found on round 12 (measured in session 26) and round 13 of fresh pages. Each: the
construction, made-up variants and negatives."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read
from kg.orgs import parse_org


# -- 1. a bare 已任 says who holds the post now: a holding, and so is a bare 任 joined to it in its
#       sentence; a verb of moving after 已, or a day's date, keeps the act (docs/conventions.md)

def test_already_holds_is_a_holding():
    text = "国家电网董事长毛某明已任湖南省委委员、常委、副书记，原江西省委副书记李某军任贵州省委委员、常委、副书记。"
    assert acts_read(text) == set()
    assert holds_read(text) >= {
        "毛某明 董事长 国家电网有限公司", "毛某明 副书记 中共湖南省委员会", "毛某明 常委 中共湖南省委员会",
        "李某军 副书记 中共江西省委员会", "李某军 副书记 中共贵州省委员会", "李某军 委员 中共贵州省委员会"}


@pytest.mark.parametrize("text, person", [
    ("其中，此前任安徽省委副书记的程某华，已任重庆市政协党组书记。", "程某华"),
    ("原任宜宾市市长廖某彬，已任雅安市委书记。", "廖某彬"),
])
def test_already_holds_after_a_comma(text, person):
    assert acts_read(text) == set()
    assert any(h.startswith(person + " ") and ("党组书记" in h or " 书记 " in h) for h in holds_read(text))


@pytest.mark.parametrize("text, act", [
    ("王某已出任湖南省委副书记。", "appoint decided 王某 副书记 中共湖南省委员会"),
    ("9月25日，海关总署党委委员许某德已任浙江省委常委。", "appoint decided 许某德 常委 中共浙江省委员会"),
])
def test_already_moved_or_dated_stays_an_act(text, act):
    assert act in acts_read(text)


# -- 2. a step of a career dated to its month (今年3月，A接替B任X) is a holding, the successor's and the
#       predecessor's; an election dated to its month only, the same

def test_month_dated_succession_is_a_holding():
    text = "今年3月，谢某瞻接替郭某茂任河南省委书记，娄某俭接替赵某永任陕西省委书记。"
    assert acts_read(text) == set()
    assert holds_read(text) >= {"谢某瞻 书记 中共河南省委员会", "郭某茂 书记 中共河南省委员会",
                                "娄某俭 书记 中共陕西省委员会"}


def test_day_dated_succession_stays_an_act():
    assert "appoint decided 刘某伟 书记 中共辽宁省丹东市委员会" in acts_read("9月24日，刘某伟接替孙某林担任丹东市委书记。")


def test_month_dated_election_is_no_act():
    assert acts_read("根据此前报道，王某已于今年2月当选广东省政协主席。") == set()


# -- 3. a season after a year is no name (2016年夏天接替李刚任…)

def test_season_is_no_person():
    assert not any(h.startswith("夏天 ") for h in holds_read("2016年夏天接替李某任澳门中联办主任。"))
    assert not any(" 夏天 " in a for a in acts_read("2016年夏天接替李某任澳门中联办主任。"))


# -- 4. the post written before the name after 任命 is the one held when the new post follows with its
#       own verb ("表决通过任命深圳市委书记王某中，出任广东省副省长，并代理省长职务")

def test_post_before_the_name_after_appoint_is_held():
    acts = acts_read("广东省人大常委会开会，表决通过任命深圳市委书记王某中，出任广东省副省长，并代理省长职务。")
    assert acts == {"appoint decided 王某中 副省长 广东省人民政府", "acting decided 王某中 省长 广东省人民政府"}


def test_title_first_decision_list_still_read():
    acts = acts_read("安徽省人大常委会会议决定任命：省教育厅厅长王某明，省科学技术厅厅长李某红。")
    assert acts == {"appoint decided 王某明 厅长 安徽省教育厅", "appoint decided 李某红 厅长 安徽省科学技术厅"}


# -- 5. a round-up's item with a birth note between the name and 任 (长安街知事's lists)

def test_round_up_item_with_a_birth_note():
    text = ("具体调整如下：\n江苏常州市长丁某(生于1970年10月,江苏江阴人),任安徽铜陵市委书记;\n"
            "浙江湖州市长钱某雄(生于1967年11月,浙江绍兴人),任河北邢台市委书记;")
    assert acts_read(text) == {"appoint decided 丁某 书记 中共安徽省铜陵市委员会",
                               "appoint decided 钱某雄 书记 中共河北省邢台市委员会"}


# -- 6. a province's stem that also names a district (河北: 河北省, 天津市河北区) heads a chain under the
#       one whose place is written next

@pytest.mark.parametrize("text, name", [
    ("河北邢台市委", "中共河北省邢台市委员会"),
    ("河北邢台市人民政府", "河北省邢台市人民政府"),
    ("河南郑州市委", "中共河南省郑州市委员会"),
])
def test_ambiguous_stem_heads_the_chain_that_goes_on(text, name):
    info = parse_org(text)
    assert info is not None and info.name == name


def test_district_of_the_same_stem_still_read():
    info = parse_org("天津河北区委")
    assert info is not None and info.name == "中共天津市河北区委员会"


# -- 7. a committee's standing members counted, then listed with their posts (kg.extract.standing_lists)

def test_standing_members_counted_then_listed():
    text = ("目前，新疆党委常委达到5人，比换届之初多一人。分别是党委书记陈某国，党委副书记、自治区政府主席雪克来提·扎某尔，"
            "党委副书记朱某仑、李某新，组织部长马某军。")
    got = holds_read(text)
    assert got >= {"陈某国 常委 中共新疆维吾尔自治区委员会", "陈某国 书记 中共新疆维吾尔自治区委员会",
                   "雪克来提·扎某尔 副书记 中共新疆维吾尔自治区委员会", "雪克来提·扎某尔 主席 新疆维吾尔自治区人民政府",
                   "朱某仑 副书记 中共新疆维吾尔自治区委员会", "李某新 副书记 中共新疆维吾尔自治区委员会",
                   "马某军 部长 中共新疆维吾尔自治区委员会组织部", "马某军 常委 中共新疆维吾尔自治区委员会"}


def test_standing_members_count_must_match():
    # six counted, five listed: no list of the committee's members (the mention reader's own holdings only)
    text = "目前，新疆党委常委达到6人。分别是党委书记陈某国，党委副书记朱某仑、李某新，组织部长马某军，秘书长彭某瑞。"
    assert not any(" 常委 " in h for h in holds_read(text))


# -- 8. an election at a party committee's plenum written without 中共 (深圳市委五届一次全体会议) stays an
#       election when a later sentence names a people's congress; an age before the name elected

def test_party_plenum_without_zhonggong_keeps_the_election():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    doc = document_from_text("深圳市委五届一次全体会议上，王某当选为深圳市委书记。下周深圳市第五届人民代表大会第一次会议将选举新市长。",
                             path="t.txt")
    assert {(f.kind, f.person, f.title) for f in extract_document(doc) if f.kind != "hold"} == {("elect", "王某", "书记")}


def test_age_before_the_name_elected():
    assert acts_read("广州市第十三届人民代表大会第五次会议选举46岁的万某良为市长。") == {
        "elect decided 万某良 市长 广东省广州市人民政府"}


# -- 9. Hong Kong's bureaus and departments written bare on a Hong Kong page; 常任秘书长; a birth note or
#       明日 after a name in a mention

def test_hong_kong_bureaus_and_departments():
    got = holds_read("香港特区政府今日宣布，保安局局长邓某强、运输署署长李某恩出席活动。"
                     "现任商务及经济发展局常任秘书长黄某珠明日起出任新职。")
    assert got >= {"邓某强 局长 香港特别行政区政府保安局", "李某恩 署长 香港特别行政区政府运输署",
                   "黄某珠 常任秘书长 香港特别行政区政府商务及经济发展局"}


@pytest.mark.parametrize("text", ["教育局", "审计署", "廉政公署", "税务局"])
def test_names_other_places_share_stay_unplaced_in_hong_kong(text):
    info = parse_org(text)
    assert info is None or "香港" not in info.name


def test_birth_note_after_a_name_in_a_mention():
    assert "丁某 市长 江苏省常州市人民政府" in holds_read("具体调整如下：\n江苏常州市长丁某(生于1970年10月,江苏江阴人),任安徽铜陵市委书记;")


# -- 10. a Hong Kong woman's name (her husband's surname first) before a verb of speech; 被 before a body

def test_two_surname_name_before_a_verb_of_speech():
    assert "杨何蓓茵 局长 香港特别行政区政府公务员事务局" in holds_read("就其任命，公务员事务局局长杨何蓓茵表示欢迎。")
    assert not any(h.startswith("关于加强") for h in holds_read("区委常委结合习近平总书记关于加强和改进统战工作的重要思想。"))
    assert not any(h.startswith("李强跃") for h in holds_read("上海市委书记李强跃升为中共中央政治局常委。"))


def test_bei_before_a_body_is_no_part_of_it():
    assert "邓炳强 局长 香港特别行政区政府保安局" in holds_read("当时被保安局局长邓炳强形容为功臣。")


# -- 11. posts joined by 及 in a career clause; 担任过 is a clause of its own (the posts held before)

def test_posts_joined_by_ji_and_held_before():
    got = holds_read("现年63岁的汪某是现任政治局常委，担任过广东省委书记及国务院副总理。")
    assert got >= {"汪某 常委 中共中央政治局", "汪某 书记 中共广东省委员会", "汪某 副总理 中华人民共和国国务院"}
    assert not any("过" in h for h in got)


# -- 12. a body's history heading over its holders with their tenures (kg.extract.pair_rows HISTORY_HEAD_RE)

def test_history_heading_over_tenure_items():
    text = ("一、党的领导机构\n\n中共某某市第一中学总支委员会历任党支部(党总支、党委)书记:\n\n"
            "赵某科(1957.6——1957.12)\n\n明某环(1958.1——1966.8)\n\n彭某全(1977.7——1979.9)(副书记)\n")
    got = holds_read(text)
    assert got == {"赵某科 书记 中共某某市第一中学总支委员会", "明某环 书记 中共某某市第一中学总支委员会",
                   "彭某全 副书记 中共某某市第一中学总支委员会"}
