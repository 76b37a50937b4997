"""Attendee lists and chronicles nationwide (issue 9, genre attendlist / chronicle): the place a
bare body belongs to inside an enumeration of officials, and the document's own place read from
"我市浮梁县" or a province's short name. Short invented texts."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from kg.orgs import canonical_org
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    doc = doc_as_written(text, jur, date, path="attendlist_test.txt", year=None)
    return doc


def _holds(text: str, jur: str | None) -> set[tuple]:
    return {(f.person, f.title, f.org) for f in extract_holds(_doc(text, jur)) if f.kind == "hold"}


MZ = "中共广东省梅州市委员会"
XN = "中共广东省梅州市兴宁市委员会"

CARRIED = [
    # a bare 市委 / 市长 after a colleague's 梅州市委 in the same enumeration: 梅州's, not the
    # document's own 兴宁
    ("副省长刘昆，梅州市委书记李嘉，市委副书记、市长朱泽君，市委常委、副市长叶胜坤，副市长邓建华出席了启动仪式。",
     "广东省梅州市兴宁市",
     {("刘昆", "副省长", "广东省人民政府"), ("李嘉", "书记", MZ), ("朱泽君", "副书记", MZ),
      ("朱泽君", "市长", "广东省梅州市人民政府"), ("叶胜坤", "常委", MZ),
      ("叶胜坤", "副市长", "广东省梅州市人民政府"), ("邓建华", "副市长", "广东省梅州市人民政府")}),
    # a province's committee written once, its bare 省委 / 省政府 after it (a text of two places)
    ("上海市副市长刘多，福建省委常委、福州市委书记林宝金，省委常委、常务副省长郭宁宁，副省长王金福参加相关活动。",
     None,
     {("刘多", "副市长", "上海市人民政府"), ("林宝金", "常委", "中共福建省委员会"),
      ("林宝金", "书记", "中共福建省福州市委员会"), ("郭宁宁", "常委", "中共福建省委员会"),
      ("郭宁宁", "常务副省长", "福建省人民政府"), ("王金福", "副省长", "福建省人民政府")}),
    # the first item names the city, the bare bodies after 、 are its own
    ("扶余市人大常委会主任周凤来、市委副书记、市长刘英杰、市政协主席姚政武参加活动。", None,
     {("周凤来", "主任", "吉林省松原市扶余市人民代表大会常务委员会"),
      ("刘英杰", "副书记", "中共吉林省松原市扶余市委员会"), ("刘英杰", "市长", "吉林省松原市扶余市人民政府"),
      ("姚政武", "主席", "中国人民政治协商会议吉林省松原市扶余市委员会")}),
]

DELEGATION = [
    # the officials leading a delegation of a place hold that place's bodies (the page is the
    # host city's, or of no known place)
    ("3月31日，省委常委、市委书记徐新荣，市长薛占海率延安市党政代表团赴西安市学习考察。省委常委、西安市委书记王永康出席。",
     "陕西省西安市",
     {("徐新荣", "常委", "中共陕西省委员会"), ("徐新荣", "书记", "中共陕西省延安市委员会"),
      ("薛占海", "市长", "陕西省延安市人民政府"), ("王永康", "常委", "中共陕西省委员会"),
      ("王永康", "书记", "中共陕西省西安市委员会")}),
    # no place before 代表团: nothing changes
    ("区委书记张三率党政代表团赴上海考察。", "重庆市万州区", {("张三", "书记", "中共重庆市万州区委员会")}),
]

DOUBTED = [
    # the document's own city (by count, 嘉兴) gives its 市委书记 to one person while the text names
    # another holder written with the place: the bare bodies are the visitors' city's, unknown here
    ("昨日下午，省委常委、市委书记黄坤明，市委副书记王金财考察了嘉兴市统筹城乡区域发展工作。"
     "嘉兴市委书记李卫宁会见了黄坤明一行。黄坤明代表杭州市四套班子对嘉兴市表示感谢。杭州市与嘉兴市合作。",
     "浙江省嘉兴市",
     {("黄坤明", "常委", "中共浙江省委员会"), ("黄坤明", "书记", None), ("王金财", "副书记", None),
      ("李卫宁", "书记", "中共浙江省嘉兴市委员会")}),
    # the same holder written both ways: nothing doubted
    ("市委书记李卫宁出席。嘉兴市委书记李卫宁会见了客人。", "浙江省嘉兴市",
     {("李卫宁", "书记", "中共浙江省嘉兴市委员会")}),
    # a text of one place whose head changed (a journal of several months): nothing doubted
    ("区人大常委会主任刘永全主持会议。重庆市巴南区人大常委会主任封洪华出席。巴南区人大常委会召开会议。", "重庆市巴南区",
     {("刘永全", "主任", "重庆市巴南区人民代表大会常务委员会"),
      ("封洪华", "主任", "重庆市巴南区人民代表大会常务委员会")}),
]

NOT_CARRIED = [
    # another clause: the hosts after the visitor's verb are the document's own city's
    ("梅州市委书记李嘉到兴宁调研，市委书记陈略宇陪同。", "广东省梅州市兴宁市",
     {("李嘉", "书记", MZ), ("陈略宇", "书记", XN)}),
    # a single-holder post the enumeration already gave to the named city's colleague
    ("梅州市委书记李嘉，市委书记、市长陈略宇出席。", "广东省梅州市兴宁市",
     {("李嘉", "书记", MZ), ("陈略宇", "书记", XN), ("陈略宇", "市长", "广东省梅州市兴宁市人民政府")}),
    # a ；starts another group
    ("梅州市委书记李嘉；市委副书记王五出席。", "广东省梅州市兴宁市",
     {("李嘉", "书记", MZ), ("王五", "副书记", XN)}),
]


@pytest.mark.parametrize("text,jur,expected", CARRIED + DELEGATION + DOUBTED + NOT_CARRIED)
def test_enumeration_carries_the_written_place(text, jur, expected):
    assert _holds(text, jur) == expected


JURISDICTION = [
    # 我市 + a county of the table: that county's city is the document's
    ("8月27日，市委书记刘锋赴陶博城调研。市委副书记、市长胡雪梅出席。近日，在我市浮梁县，专家发现了闽楠树种群。\n",
     "江西省景德镇市"),
    # a headline whose place holds the meeting (新丰县召开…), the body written with level words
    ("新丰县召开乡镇领导班子换届工作动员大会\n4月28日，县委召开全县乡镇领导班子换届工作动员大会。"
     "县委书记、县人大常委会主任范秀燎在会上强调，全县上下要严肃纪律。\n", "广东省韶关市新丰县"),
    # a province's short name leads and the one place named lies in it
    ("16日省长卫留成主持召开四届省政府第42次常务会议，审议《海南生态省建设规划纲要》、《三亚市综合行政执法"
     "试点方案》。18日省领导钟文等到澄迈出席第三届海南（永发）冬季农资展销会开幕式。\n", "海南省"),
]

JURISDICTION_UNKNOWN = [
    # a place where a meeting is held (在…召开) is no holder of it
    "国务院在北京市召开全国会议。\n会议要求各地落实。\n",
    # a county name of several cities after 我市 says nothing
    "市委书记张三出席。我市鼓楼区召开会议。\n",
    # a short name that leads but a place named in another province
    "省长王五主持召开省政府常务会议，审议《海南生态省建设规划纲要》和海南自贸港方案。成都市代表团参加。\n",
]


@pytest.mark.parametrize("text,place", JURISDICTION)
def test_jurisdiction_from_our_county_or_the_province_short_name(text, place):
    assert document_from_text(text, "t.txt").jurisdiction == place


@pytest.mark.parametrize("text", JURISDICTION_UNKNOWN)
def test_jurisdiction_stays_unknown(text):
    assert document_from_text(text, "t.txt").jurisdiction is None


def test_government_cooperation_office():
    assert canonical_org("市政府合作交流办", "上海市") == "上海市人民政府合作交流办公室"


@pytest.mark.parametrize("name", ["华南理工大学", "南开大学经济学院"])
def test_a_university_is_not_placed_in_the_document(name):
    # written bare, a university keeps its own name; a bare local body still takes the place
    assert canonical_org(name, "广东省梅州市兴宁市") == name
    assert canonical_org("工业园区管委会", "广东省梅州市兴宁市") == "广东省梅州市兴宁市工业园区管理委员会"


def test_a_chronicle_period_line_dates_its_days():
    # "(2024年5月)" on its own line: the days under it are of that month, not the page's month
    text = ("市政府工作要事记\n发布时间: 2024-08-10 10:33 来源:张掖市人民政府办公室\n(2024年5月)\n"
            "1日，第二届学术年会开幕。市委副书记、市长赵立香致辞。\n"
            "△  全市会议召开。副市长李四出席。\n"
            "2日，市长赵立香主持会议。\n")
    doc = document_from_text(text, "chronicle_test.txt")
    got = {(f.person, f.title, f.date) for f in extract_holds(doc) if f.kind == "hold"}
    assert ("赵立香", "市长", "2024-05-01") in got
    assert ("李四", "副市长", "2024-05-01") in got


@pytest.mark.parametrize("text,jur,expected", [
    # academic titles between the last post and the name are no posts; the name follows them
    ("来到南开大学看望南开大学经济学院党委书记、教授、博士生导师景维民。", "天津市南开区",
     {("景维民", "党委书记", "南开大学经济学院")}),
    ("清华大学分析中心主任、中国科学院院士李景虹出席。", "甘肃省张掖市",
     {("李景虹", "主任", "清华大学分析中心")}),
    # an honour alone before a name is no post
    ("中国科学院院士岳建民出席。", "甘肃省张掖市", set()),
])
def test_honours_between_post_and_name(text, jur, expected):
    assert _holds(text, jur) == expected


@pytest.mark.parametrize("text,jur,expected", [
    # a candidacy written 县长候选人提名人选: the posts before it are held, the candidacy is none
    ("县委副书记、县长候选人提名人选张三出席。", "湖南省岳阳市平江县",
     {("张三", "副书记", "中共湖南省岳阳市平江县委员会")}),
    # a street's office written bare names no body: its 主任 kept with org null (the name written whole,
    # before an attendance verb), never its party committee's title, which depends on the body
    # (session 36, kg.extract.mentions._unplaced_kept)
    ("街道党工委书记周七、街道办事处主任吴八陪同。", "湖南省岳阳市平江县", {("吴八", "主任", None)}),
])
def test_candidacy_and_unplaced_street(text, jur, expected):
    assert _holds(text, jur) == expected


def test_a_chronicle_year_heading_dates_its_months():
    text = "中共某县2019年大事记\n1月\n4日 县委书记张三主持召开县委常委会。\n5日 县长李四调研。\n"
    doc = document_from_text(text, "chronicle_year_test.txt")
    got = {(f.person, f.title, f.date) for f in extract_holds(doc) if f.kind == "hold"}
    assert ("张三", "书记", "2019-01-04") in got and ("李四", "县长", "2019-01-05") in got


@pytest.mark.parametrize("text,jur,expected", [
    # a party department after a CPPCC / congress post is the same place's party committee's
    ("自治区政协副主席、统战部部长张三出席。", "广西壮族自治区",
     {("张三", "副主席", "中国人民政治协商会议广西壮族自治区委员会"),
      ("张三", "部长", "中共广西壮族自治区委员会统一战线工作部")}),
    ("广东省人大常委会副主任、宣传部长李四出席。", None,
     {("李四", "副主任", "广东省人民代表大会常务委员会"), ("李四", "部长", "中共广东省委员会宣传部")}),
])
def test_party_department_after_a_state_body(text, jur, expected):
    assert _holds(text, jur) == expected


@pytest.mark.parametrize("text,jur,expected", [
    # names listed before 委员 in a CPPCC session's report: members of that committee
    ("1月12日下午，政协第六届吴忠市委员会第三次会议举行第二次全体会议。会上，杨红英、吴斌辛8名委员作大会发言。"
     "汤莹丽、王洁等委员即席发言。", "宁夏回族自治区吴忠市",
     {(p, "委员", "中国人民政治协商会议宁夏回族自治区吴忠市委员会") for p in ("杨红英", "吴斌辛", "汤莹丽", "王洁")}),
    ("县政协十一届一次会议举行第二次全体会议。会上，刘建华、陈晓东等委员发言。", "湖南省岳阳市平江县",
     {(p, "委员", "中国人民政治协商会议湖南省岳阳市平江县委员会") for p in ("刘建华", "陈晓东")}),
    # a standing committee's session: its 委员 are not read here
    ("县十七届人大常委会举行第五次会议。刘建华、陈晓东等委员发言。", "湖南省岳阳市平江县", set()),
    # posts before the list belong to the mention reader, never 委员
    ("市政协召开十三届五次常委会议。会议传达了精神，市委副书记刘建华、陈晓东等委员出席。", "湖南省岳阳市",
     {(p, "副书记", "中共湖南省岳阳市委员会") for p in ("刘建华", "陈晓东")}),
])
def test_cppcc_members_listed_before_the_title(text, jur, expected):
    assert _holds(text, jur) == expected


def test_a_list_of_days_is_one_event_of_their_month():
    # "8月2日、3日": one visit over two days, dated by what both days share
    text = "日期:2022-08-04\n8月2日、3日，万州区党政代表团赴上海市考察学习。重庆市委常委、万州区委书记于会文率队。\n"
    doc = document_from_text(text, "days_test.txt")
    got = {(f.person, f.title, f.date) for f in extract_holds(doc) if f.kind == "hold"}
    assert ("于会文", "书记", "2022-08") in got
