"""Session 30: gaps found on the development pages of rounds 16 (session 29's independent check, used as
development pages from this session on) and 18 (written this session). Each: the construction, made-up
variants and negatives. Clause shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read
from kg.names import is_person_name
from kg.orgs import parse_org


# -- 1. 为 inside a name of three (郑为文), never at its end; 成为 / 尤为 stay words

def test_wei_inside_a_name_of_three():
    assert is_person_name("郑为文")
    assert not is_person_name("张三为")
    assert not is_person_name("成为市")
    assert not is_person_name("尤为重")


def test_career_of_a_name_with_wei_is_its_own():
    holds = holds_read("江西省人大常委会决定任命郑某文为江西省副省长。资料显示，郑为文1958年出生，"
                       "曾担任过安徽巢湖市市长、马鞍山市委书记等职务。")
    assert "郑为文 书记 中共安徽省马鞍山市委员会" in holds


# -- 2. a zone's 党工委 post written after its 管委会: the working committee, never the 管委会

@pytest.mark.parametrize("text, fact", [
    ("西宁经济技术开发区管委会主任、党工委副书记李某出席。",
     "李某 副书记 中共青海省西宁市委员会西宁经济技术开发区工作委员会"),
    ("去年10月，李某华调任西宁经济技术开发区管委会主任、党工委副书记。",
     "李某华 副书记 中共青海省西宁市委员会西宁经济技术开发区工作委员会"),
    ("李某华调任西宁经济技术开发区管委会主任、党工委副书记。",
     "appoint decided 李某华 副书记 中共青海省西宁市委员会西宁经济技术开发区工作委员会"),
])
def test_working_committee_after_the_management_committee(text, fact):
    assert fact in holds_read(text) | acts_read(text)


def test_working_committee_after_an_unknown_zone_gets_no_management_committee():
    facts = holds_read("海沧台商投资区管委会主任、党工委副书记李某出席。") | acts_read(
        "李某调任海沧台商投资区管委会主任、党工委副书记。")
    assert not any("党工委副书记 海沧台商投资区管委会" in f for f in facts)


# -- 3. a zone named after its prefecture city's name: the city committee's working committee

@pytest.mark.parametrize("text, org", [
    ("台州湾新区党工委", "中共浙江省台州市委员会台州湾新区工作委员会"),
    ("温州瓯江口产业集聚区党工委", "中共浙江省温州市委员会温州瓯江口产业集聚区工作委员会"),
    ("杭州钱塘新区党工委", "中共浙江省杭州市委员会杭州钱塘新区工作委员会"),
])
def test_zone_opened_by_its_city(text, org):
    info = parse_org(text, None)
    assert info is not None and info.name == org


@pytest.mark.parametrize("text", ["松山新区党工委", "某某新区党工委"])
def test_zone_without_its_city_stays_unplaced(text):
    assert parse_org(text, None) is None


# -- 4. mentions: 讨论 before a title, 最 after a name, 还有： before a list of holders

@pytest.mark.parametrize("text, hold", [
    ("乐亭县召开全会。全会听取和讨论县委书记张某林代表县委常委会所作的报告。", "张某林 书记 中共河北省唐山市乐亭县委员会"),
    ("江苏各市中，无锡市委书记杜某刚最年轻。", "杜某刚 书记 中共江苏省无锡市委员会"),
    ("国务院副秘书长还有：丁某东、丁某阳、舒某琴。", "舒某琴 副秘书长 中华人民共和国国务院"),
])
def test_mention_forms(text, hold):
    assert hold in holds_read(text)


# -- 5. a city's rank before its name (地级市, 副省级城市, 计划单列市) is no part of the body

@pytest.mark.parametrize("text, fact", [
    ("原任地级市咸宁市委书记的孟某伟已经调任副省级城市武汉市委副书记。", "appoint decided 孟某伟 副书记 中共湖北省武汉市委员会"),
    ("原任地级市咸宁市委书记的孟某伟已经调任副省级城市武汉市委副书记。", "孟某伟 书记 中共湖北省咸宁市委员会"),
    ("计划单列市厦门市委书记赵某出席。", "赵某 书记 中共福建省厦门市委员会"),
])
def test_city_rank_before_its_name(text, fact):
    assert fact in holds_read(text) | acts_read(text)


# -- 6. 被免去…职务的NAME今年60岁，…: a career told after a new subject is that subject's

def test_subject_named_before_its_age():
    text = ("据公开资料，55岁的冯某华曾任住建部城乡规划司司长。被免去广州市委书记职务的郭某航今年60岁，"
            "2018年2月调任珠海市委书记。")
    holds = holds_read(text)
    assert "郭某航 书记 中共广东省珠海市委员会" in holds
    assert "冯某华 书记 中共广东省珠海市委员会" not in holds


def test_working_committee_of_a_zone_kg_cannot_place():
    # 书记 / 副书记 of the zone's 党工委, named as written as its 管委会 is; a street's 党工委书记 stays one title
    assert "appoint decided 李某 副书记 海沧台商投资区党工委" in acts_read("李某调任海沧台商投资区管委会主任、党工委副书记。")
    assert "remove decided 张某 党工委书记 None" in acts_read("免去张某的某某街道党工委书记职务。")


# -- 7. heads of mission: the press's short forms (驻美, 驻日) and every name of a state name one embassy

@pytest.mark.parametrize("text, hold", [
    ("中共前驻美大使秦某出席。", "秦某 大使 中华人民共和国驻美利坚合众国大使馆"),
    ("驻日大使孔某佑出席。", "孔某佑 大使 中华人民共和国驻日本国大使馆"),
    ("中国驻英国大使郑某光出席。", "郑某光 大使 中华人民共和国驻大不列颠及北爱尔兰联合王国大使馆"),
    ("驻加拿大大使丛某武出席。", "丛某武 大使 中华人民共和国驻加拿大大使馆"),
])
def test_embassy_by_any_name_of_its_state(text, hold):
    assert hold in holds_read(text)


def test_ambiguous_short_form_stays_unplaced():
    from kg.extract.posts import embassy_state

    assert embassy_state("驻美") == "美利坚合众国"
    assert embassy_state("驻巴") is None  # 巴西 / 巴基斯坦 / 巴拿马 …
    assert embassy_state("驻某某国") == "某某国"  # a name ending with 国 is taken as written


# -- 8. a page about one development zone: its bare 党工委 / 管委会 / 区党工委 are that zone's

ZONE_PAGE = ("新组建某某湾循环经济产业集聚区管委会。同时，经市委研究，建立某某湾循环经济产业集聚区（高新技术产业园区）党工委。\n"
             "芮某同志任党工委书记；\n黄某满同志任管委会主任、党工委副书记；\n")


def test_zone_of_the_page():
    from kg.metadata import _zone

    assert _zone(ZONE_PAGE) == "某某湾循环经济产业集聚区"
    assert _zone("确保松山新区管委会工作平稳过渡。") == "松山新区"  # the only one, named once
    assert _zone("市经济技术开发区党工委。市经济技术开发区管委会") is None  # a kind of zone, no name
    assert _zone("甲新区管委会、乙新区管委会") is None  # two zones, neither named most


def test_bare_committees_on_a_zone_page():
    acts = acts_read(ZONE_PAGE)
    assert "appoint decided 芮某 书记 某某湾循环经济产业集聚区党工委" in acts
    assert "appoint decided 黄某满 主任 某某湾循环经济产业集聚区管委会" in acts
    assert "appoint decided 黄某满 副书记 某某湾循环经济产业集聚区党工委" in acts


def test_bare_working_committee_mentioned_on_a_zone_page():
    text = "区党工委召开大会，宣布市委决定：缪某阁同志任区党工委副书记、管委会主任。区党工委书记张某军主持会议。确保松山新区管委会工作平稳过渡。"
    assert "张某军 书记 松山新区党工委" in holds_read(text)
    assert "appoint decided 缪某阁 副书记 松山新区党工委" in acts_read(text)


def test_bare_working_committee_without_a_zone_stays_unread():
    assert not any("党工委" in a for a in acts_read("市委决定：芮某同志任党工委书记。"))


# -- 9. a news agency's dateline run into a page's header line dates the report's acts

def test_agency_dateline_after_a_page_header():
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    text = ("国家主席习近平任免驻外大使\n发布时间:2025-07-14 11:28:09 | 来源:新华网 | 责任编辑:张某新华社北京7月11日电 "
            "中华人民共和国主席习近平根据全国人民代表大会常务委员会的决定任免下列驻外大使:\n"
            "一、免去王某军的中华人民共和国驻莫桑比克共和国特命全权大使职务;任命郑某为中华人民共和国驻莫桑比克共和国特命全权大使。\n")
    facts = extract_acts(document_from_text(text, path="t.txt"))
    assert {(f.person, f.date) for f in facts} == {("王某军", "2025-07-11"), ("郑某", "2025-07-11")}


def test_cited_agency_report_is_no_dateline():
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    text = ("发布时间:2025-07-14 | 据新华社北京7月11日电，会议决定任命郑某为某某省人民政府副省长。\n")
    assert all(f.date != "2025-07-11" for f in extract_acts(document_from_text(text, path="t.txt")))


def test_bare_iso_date_line_is_the_page_date():
    from kg.reading import document_from_text

    assert document_from_text("标题\n\n2018-03-14\n \n正文。", path="t.txt").date == "2018-03-14"
    assert document_from_text("标题\n2018-03-14 10:20\n正文。", path="t.txt").date == "2018-03-14"


# -- 10. names: neither an act's verb nor 为 is part of a dotted name; 关于 before a name is no 于 surname

@pytest.mark.parametrize("text, act", [
    ("任命艾某肯‧吐尼亚孜为代理主席。", "acting decided 艾某肯·吐尼亚孜 主席 None"),
    ("宣布了湖北省委关于周某同志担任咸宁市委书记的决定。", "appoint decided 周某 书记 中共湖北省咸宁市委员会"),
])
def test_names_read_whole_and_alone(text, act):
    assert act in acts_read(text)


# -- 11. a member of a CPPCC committee's standing committee written in full is its 常务委员

def test_cppcc_standing_member_written_in_full():
    acts = acts_read("王某春、王某奎当选为政协黑龙江省第十一届委员会常务委员会委员。")
    assert acts == {"elect decided 王某春 常务委员 中国人民政治协商会议黑龙江省委员会",
                    "elect decided 王某奎 常务委员 中国人民政治协商会议黑龙江省委员会"}


# -- 12. two people's moves joined by 、, the second written post first

def test_two_moves_joined_by_a_comma_of_enumeration():
    acts = acts_read("香港特区政府。确认保安局长李某超升任政务司司长、警务处处长邓某强升任保安局局长。")
    assert {"appoint decided 李某超 司长 香港特别行政区政府政务司",
            "appoint decided 邓某强 局长 香港特别行政区政府保安局"} <= acts


@pytest.mark.parametrize("text, act", [
    # the title before 的 + name: one person's former posts, never a second move
    ("至于湖南，原任中共湖南省委副书记、省长的杜某毫升任书记。", "appoint decided 杜某毫 书记 中共湖南省委员会"),
    # 由…出任 ends the clause: no second move
    ("香港特区政府。律政司副司长由事务律师、民建联副主席张某钧出任。", "appoint decided 张某钧 副司长 香港特别行政区政府律政司"),
])
def test_no_split_inside_one_persons_clause(text, act):
    assert act in acts_read(text)


# -- 13. 位 opens an item of a list of names as a surname (位志荣), never a name in running text

def test_wei_surname_in_a_list_of_names():
    from kg.names import is_list_name

    assert is_list_name("位志荣")
    assert not is_person_name("位列其")
    holds = holds_read("定西市第三届人民代表大会第七次会议举行。大会执行主席张某平、牛某民、位志荣、王某萍在主席台前排就座。")
    assert any(h.startswith("王某萍 执行主席") for h in holds)


def test_a_kind_of_zone_names_no_zone():
    from kg.metadata import _zone

    assert _zone("工业园区管委会") is None
    assert _zone("巴南工业园区管委会") == "巴南工业园区"
