"""Session 21 (title / bio breadth): constructions of the dev holding misses of the bio, trad,
roster, chronicle and electbio genres whose cause is "other title" / "title nested" (kg has the
person, not this post), each built only when it recurs on 4 or more dev documents; the dev
sentence shapes, made-up variants (other names, places, titles) and negatives."""

from __future__ import annotations

import pytest

from conftest import holds_read, placed_holds_read


# ---- 1. a career verb after an adverb: 他以往历任 / 他过去曾任 / 并且曾担任过 / ，之后历任 / ，而后历任
# (trad-beijing-81, trad-liaoning-81; trad-shanghai-81 writes ，之后历任 before bodies kg cannot name, 天津海关):
# the biography's subject holds the posts (kg/data/career_shapes.yaml not_names, former_list)

@pytest.mark.parametrize("text, expected", [
    # dev shapes
    ("崔述强，北京人。他以往历任北京市工商局企业登记处副处长、处长，市统计局党组书记、局长，海淀区委书记等职务。",
     {"崔述强 副处长 北京市工商局企业登记处", "崔述强 处长 北京市工商局企业登记处", "崔述强 党组书记 北京市统计局",
      "崔述强 局长 北京市统计局", "崔述强 书记 中共北京市海淀区委员会"}),
    ("周波是上海人，是工商管理硕士。并且曾担任过上海市外经贸委主任、党组书记，市发展改革委主任等职务。",
     {"周波 主任 上海市对外经济贸易委员会", "周波 党组书记 上海市对外经济贸易委员会",
      "周波 主任 上海市发展和改革委员会"}),
    # made-up variants
    ("王某某，上海人。他过去曾任上海市民政局局长、党组书记。",
     {"王某某 局长 上海市民政局", "王某某 党组书记 上海市民政局"}),
    ("李某，江苏人，之后历任南京市副市长、市长。",
     {"李某 副市长 江苏省南京市人民政府", "李某 市长 江苏省南京市人民政府"}),
    ("张某，浙江人，1990年参加工作，而后历任杭州市民政局副局长、局长。",
     {"张某 副局长 浙江省杭州市民政局", "张某 局长 浙江省杭州市民政局"}),
    ("赵某，湖南人。并且曾担任过长沙市副市长。", {"赵某 副市长 湖南省长沙市人民政府"}),
])
def test_career_after_adverb(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text", [
    "并且曾担任过多个职务。",  # no subject, no post
    "以往历任领导都很重视这项工作。",
    "之后历任县委书记的同志都很重视。",
    "他以往历任多个岗位。",
])
def test_career_after_adverb_negatives(text: str) -> None:
    assert holds_read(text) == set()


# ---- 2. a place's military bodies: 省军区政委, 贵州省军区第一政治委员, 西藏军区司令员 (bio-guizhou-81,
# roster-heilongjiang-61, roster-multi-83, roster-shanxi-84; counted on roster-zhejiang-21 and
# trad-heilongjiang-81 too, where the reader of the row still misses them): place + 军区 / 警备区 / 军分区
# (kg/data/org_abbreviations.yaml `others`); an autonomous region's is named by its short name (named_bodies)

@pytest.mark.parametrize("text, expected", [
    ("黑龙江省委常委、省军区政委马某出席会议。", {"马某 常委 中共黑龙江省委员会", "马某 政委 黑龙江省军区"}),
    ("曾任中共贵州省委第一书记、贵州省军区第一政治委员等职的马某，1979年病逝。",
     {"马某 第一书记 中共贵州省委员会", "马某 第一政治委员 贵州省军区"}),
    ("张国华（西藏军区司令员）、李某（西藏军区政委）", {"张国华 司令员 西藏军区", "李某 政委 西藏军区"}),
    ("宁夏军区政委王某出席会议。", {"王某 政委 宁夏军区"}),
    ("云南省军区司令员赵某出席会议。", {"赵某 司令员 云南省军区"}),
])
def test_military_bodies(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a great military region: not a place's body (never 江苏省南京市…; session 36), but a body of its own, named
    # (org_abbreviations.yaml named_bodies; round 36)
    ("南京军区司令员王某出席会议。", {"王某 司令员 南京军区"}),
    ("军区医院院长王某出席会议。", {"王某 院长 None"}),
    ("省军区的同志出席会议。", set()),
])
def test_military_bodies_negatives(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


# ---- 3. the posts then held, before 的 and the name, after a word of time or of state: 而同期担任 / 当时担任 /
# 已任 / 已经担任 POSTS的NAME (trad-heilongjiang-81, trad-yunnan-81; counted with 身兼…的 (trad-shanghai-82),
# 时年37岁的…的 (bio-jiangsu-31), 升任…一个多月的 (trad-henan-122): career shape held_by

@pytest.mark.parametrize("text, expected", [
    ("而同期担任莆田市常务副市长的刘赐贵则兼任福建预备役炮兵师第三团第一政委。", {"刘赐贵 常务副市长 福建省莆田市人民政府"}),
    ("习近平接替陈良宇担任中共上海市委书记时，已任上海市总工会主席的陈豪曾陪他察看总工会各工作部门。",
     {"陈豪 主席 上海市总工会"}),
    ("当时担任宁波市副市长的王某出席会议。", {"王某 副市长 浙江省宁波市人民政府"}),
    ("已经担任杭州市民政局局长的李某表示。", {"李某 局长 浙江省杭州市民政局"}),
])
def test_posts_then_held_before_name(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text", ["已任领导职务的干部要带头。", "同期担任县长的同志要带头。"])
def test_posts_then_held_before_name_negatives(text: str) -> None:
    assert holds_read(text) == set()


# ---- 4. NAME也是 / 亦是 / 还是 / 仅为 / 只是 POSTS, after 而 / 但 (trad-multi-101 而孙春兰也是…, trad-guangdong-101
# 任学锋仅为…; both still unread there: a term written in digits, a title before the name): career shape is_post

@pytest.mark.parametrize("text, expected", [
    ("而孙春兰也是中央委员会委员。", {"孙春兰 委员 中共中央委员会"}),
    ("王某也是浙江省委常委。", {"王某 常委 中共浙江省委员会"}),
    ("李某亦是全国人大代表。", {"李某 代表 全国人民代表大会"}),
    ("赵某仅为湖南省委候补委员。", {"赵某 候补委员 中共湖南省委员会"}),
])
def test_is_post_also(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text", ["王某也是全国劳动模范。", "张某只是一名普通干部。", "他也是第一次来这里。"])
def test_is_post_also_negatives(text: str) -> None:
    assert holds_read(text) == set()


# ---- 5. the term before the party's central committee in a post phrase (trad-guangdong-101 十八届中央委员、…马兴瑞;
# the term is written on trad-multi-101, trad-gansu-02, bio-neimenggu-102, bio-guangxi-101 too, where the subject
# is still missing): 委员 / 候补委员 of 中共中央委员会, never a body 第十八届中央 (kg.extract.posts CC_TERM_RE)

@pytest.mark.parametrize("text, expected", [
    ("十八届中央委员、广东省委副书记兼政法委书记马兴瑞接替王荣。",
     {"马兴瑞 委员 中共中央委员会", "马兴瑞 副书记 中共广东省委员会", "马兴瑞 书记 中共广东省委员会政法委员会"}),
    ("第十八届中央委员、广东省委副书记马某出席会议。", {"马某 委员 中共中央委员会", "马某 副书记 中共广东省委员会"}),
    ("中共二十届中央候补委员、山西省委副书记王某出席会议。", {"王某 候补委员 中共中央委员会", "王某 副书记 中共山西省委员会"}),
    ("第十八届中央委员会委员张某出席会议。", {"张某 委员 中共中央委员会"}),
])
def test_central_committee_term(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


def test_central_committee_term_parse() -> None:
    from kg.extract.holds import parse_post

    for phrase in ("十八届中央委员", "中共第十四、十五届中央候补委员", "第16届中央委员会委员"):
        post = parse_post(phrase)
        assert post is not None and post.org_text in ("中央", "中央委员会"), phrase
    # a term before another body stays (the province's own committee, the central discipline commission)
    assert parse_post("十八届中央纪委委员").org_text != "中央"
    assert parse_post("省第十届委员会委员") is None or parse_post("省第十届委员会委员").org_text != "中央"


# ---- 6. a body worked at, then sub-units of it: (在 / 到 / 进入 / 调入) BODY (工作 / 任职)，(先后 / 历 / 曾)任 SUB-UNIT
# POST (bio-shaanxi-126 到共青团浙江省委工做，先后任青农部副部长; trad-guangdong-11 在广东省发改委任职，曾任经济贸易处
# 处长; counted on bio-ningxia-101 在国务院办公厅工作，历任秘书一局会议组…, bio-hunan-128 进入长沙市委办公厅工作，曾任
# 秘书处…, bio-neimenggu-102 调入…《包头日报》社工作，历任…编辑组副组长, still unread): career shape worked_in,
# kg.extract.careers._under_work_at

@pytest.mark.parametrize("text, expected", [
    ("1994年1月，赵某德到共青团浙江省委工作，先后任青农部副部长、组织部部长等职。",
     {"赵某德 副部长 共青团浙江省委员会青农部", "赵某德 部长 共青团浙江省委员会组织部"}),
    ("吴某桐出生于1980年1月。他早年长期在广东省发改委任职，曾任经济贸易处处长、综合处处长等职。",
     {"吴某桐 处长 广东省发展和改革委员会经济贸易处", "吴某桐 处长 广东省发展和改革委员会综合处"}),  # (综合处: section 7)
    ("李某在浙江省财政厅工作，历任预算处副处长、处长。", {"李某 副处长 浙江省财政厅预算处", "李某 处长 浙江省财政厅预算处"}),
    ("王某在宁波市委组织部工作，先后任干部一处处长。", {"王某 处长 中共浙江省宁波市委员会组织部干部一处"}),
    ("张某到杭州市民政局工作，先后任副局长、局长。", {"张某 副局长 浙江省杭州市民政局", "张某 局长 浙江省杭州市民政局"}),
])
def test_sub_units_of_body_worked_at(text: str, expected: set[str]) -> None:
    assert placed_holds_read(text) == expected


@pytest.mark.parametrize("text", [
    "张某在杭州市民政局工作，先后任办公室主任、副局长、局长。",  # 副局长 is the bureau's, never its office's: left
    "张某在北京工作，先后任办公室主任。",  # a place, no body
    "严某出生于1962年3月。他早年在青海学习、工作，曾任办公室主任。",  # 学习、工作: no body worked at
    "李某到基层工作，任劳任怨。",
])
def test_sub_units_of_body_worked_at_negatives(text: str) -> None:
    assert placed_holds_read(text) == set()  # (the posts are kept unplaced, org None)


# ---- 7. a sub-unit written bare after a sub-unit of a body is one of the same body: 环保厅污染控制处副处长、
# 环境影响评价处副处长、政策法规处处长 (roster-fujian-11, bio-hebei-121 研究室城市经济科科长、农业农村科科长,
# trad-guangdong-11 经济贸易处处长、综合处处长, bio-shanxi-31 中央政法委综治四室副主任、综治秘书室副主任、政治安全局
# 副局长; counted on bio-ningxia-101 and bio-yunnan-31 too, whose first unit kg cannot name): kg.extract.mentions
# _sibling_unit, in the chain of posts every reader shares

@pytest.mark.parametrize("text, expected", [
    ("郑某，男，汉族，1974年11月出生，福建周宁人。曾任福建省环境保护厅污染控制处副处长（主持工作）、环境影响评价处副处长"
     "（主持工作）、污染物排放总量控制处处长、政策法规处处长等职务。",
     {"郑某 副处长 福建省环境保护厅污染控制处", "郑某 副处长 福建省环境保护厅环境影响评价处",
      "郑某 处长 福建省环境保护厅污染物排放总量控制处", "郑某 处长 福建省环境保护厅政策法规处"}),
    ("王某红，男，1975年2月出生。曾任邢台市委研究室城市经济科科长、农业农村科科长，邢台市委副秘书长等职务。",
     {"王某红 科长 中共河北省邢台市委员会研究室城市经济科", "王某红 科长 中共河北省邢台市委员会研究室农业农村科",
      "王某红 副秘书长 中共河北省邢台市委员会"}),
    ("王某，男，1970年生。曾任浙江省财政厅预算处副处长、综合处处长。",
     {"王某 副处长 浙江省财政厅预算处", "王某 处长 浙江省财政厅综合处"}),
    ("王某，男，1970年生。曾任浙江省财政厅办公室主任、综合处处长。",
     {"王某 主任 浙江省财政厅办公室", "王某 处长 浙江省财政厅综合处"}),
    ("浙江省财政厅预算处处长王某、综合处处长李某出席会议。",
     {"王某 处长 浙江省财政厅预算处", "李某 处长 浙江省财政厅综合处"}),
])
def test_sibling_sub_units(text: str, expected: set[str]) -> None:
    assert holds_read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sub-unit after the body's own head is not placed (民政局局长、综合处处长: which body's 综合处 is not told)
    ("王某，男，1970年生。曾任杭州市民政局局长、综合处处长。", {"王某 局长 浙江省杭州市民政局"}),
    # a sub-unit after a body written short with 办 is not cut inside it
    ("王某，男，1970年生。曾任杭州市外办综合处处长、礼宾处处长。", {"王某 处长 浙江省杭州市外事办公室综合处"}),
])
def test_sibling_sub_units_negatives(text: str, expected: set[str]) -> None:
    assert placed_holds_read(text) == expected
