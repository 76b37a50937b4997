"""Election results and party news, session 18 (issue 9, genres election / partynews): constructions
read from the documents of corpus/manifest/s18-election.tsv, written here with made-up names."""

from __future__ import annotations

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    return doc_as_written(text, jur, date, path="election18_test.txt")


def _acts(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    return {(f.kind, f.status, f.person, f.title, f.org)
            for f in merge_facts(extract_acts(_doc(text, jur, date)))}


def _holds(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    return {(f.person, f.title, f.org) for f in extract_holds(_doc(text, jur, date)) if f.kind == "hold"}


def test_a_name_after_congratulations_is_not_joined_to_its_verb():
    text = "经过大会选举，周某全票当选为区人民政府区长。冯某表示，祝贺周某同志全票当选区人民政府区长。"
    got = _acts(text, "海南省海口市美兰区")
    assert got == {("elect", "decided", "周某", "区长", "海南省海口市美兰区人民政府")}


def test_a_name_ending_in_he_before_deng_is_written_whole():
    got = _holds("省委常委、省委秘书长晏某和等省领导出席会议。", "四川省")
    assert ("晏某和", "秘书长", "中共四川省委员会") in got
    assert not any(p == "晏某" for p, _, _ in got)


def test_the_chairs_of_a_party_congress_are_of_that_congress():
    text = ("10月29日，中国共产党山西省第十二次代表大会在太原胜利闭幕。\n"
            "大会执行主席林某、蓝某安在主席台前排就座。\n大会主席团常务主席商某光主持。")
    congress = "中国共产党山西省第十二次代表大会"
    assert _holds(text, "山西省") == {("林某", "执行主席", congress), ("蓝某安", "执行主席", congress),
                                      ("商某光", "常务主席", congress + "主席团")}
    assert _holds("大会执行主席林某、蓝某安在主席台前排就座。", "山西省") == set()  # no congress named


def test_a_photo_caption_before_a_paragraph_is_no_list_row():
    text = ("王某 资料图 3月1日某省发生疫情，截至3月11日，全省累计报告病例526例。此次被提名为市长候选人的"
            "李某出生于1972年2月，在长春工作多年，2021年3月升任副市长，同年6月改任省统计局局长。")
    assert not any(p == "王某" for p, _, _ in _holds(text, "吉林省"))
    row = "王某  区委副书记、区长，主持区政府全面工作。"  # a row of posts is still read
    assert ("王某", "副书记", "中共重庆市大渡口区委员会") in _holds(row, "重庆市大渡口区")


RESULTS = """山东省第十届人民代表大会第一次会议第四次全体会议，今天选举张某丽为山东省人大常委会主任。
今天的选举结果还包括：
山东省第十届人民代表大会常务委员会副主任：张某亮 邵某芳 墨文川黄可华 时某军（女）
山东省人民政府 副省长： 林某生 陈某明
山东省高级人民法院院长： 尹某显
附一：简历"""


def test_a_results_list_of_post_colon_names_lines_is_elections():
    got = _acts(RESULTS, "山东省")
    standing = "山东省人民代表大会常务委员会"
    assert {("elect", "decided", p, "副主任", standing) for p in ("张某亮", "邵某芳", "墨文川", "黄可华", "时某军")} <= got
    assert {("elect", "decided", p, "副省长", "山东省人民政府") for p in ("林某生", "陈某明")} <= got
    assert ("elect", "decided", "尹某显", "院长", "山东省高级人民法院") in got
    assert not any(t[0] == "尹某显" for t in _holds(RESULTS, "山东省"))  # an election, no signature line


def test_post_colon_names_lines_with_no_announcement_are_no_elections():
    text = "山东省人民政府 副省长： 林某生 陈某明\n山东省高级人民法院院长： 尹某显"
    assert not any(t[0] == "elect" for t in _acts(text, "山东省"))


def test_a_label_line_of_names_separated_by_spaces_is_never_joined_to_the_next():
    from kg.normalize import normalize

    line = "山東省第十屆人民代表大會常務委員會副主任:張宗亮 邵桂芳 王道玉 墨文川黃可華 莫振奎 時(shí)立軍(女) 曹學成 李明先"
    text, _ = normalize(line + "\n山東省人民政府 副省長: 林廷生 陳延明\n")
    assert "李明先\n" in text


def test_people_written_with_their_posts_then_newly_elected():
    text = "在6月22日某省委领导班子换届中，吉林省副省长蔡某、吉林省副省长李某、白城市委书记李某伟，新当选为吉林省委常委。"
    got = _acts(text, "吉林省")
    assert got == {("elect", "decided", p, "常委", "中共吉林省委员会") for p in ("蔡某", "李某", "李某伟")}


def test_a_resume_appended_to_a_report_names_its_subject():
    text = ("附一：张某丽简历\n中共山东省委书记，山东省人大常委会主任。\n1946年11月出生，福建晋江人。\n"
            "1985至1988年任广东省委委员、省经济委员会主任、党组书记；1988至1993年任广东省委委员、省政府副省长；")
    got = _holds(text, "山东省")
    assert {("张某丽", "书记", "中共山东省委员会"), ("张某丽", "主任", "山东省人民代表大会常务委员会"),
            ("张某丽", "副省长", "广东省人民政府"), ("张某丽", "主任", "广东省经济委员会")} <= got


def test_the_body_whose_decision_is_announced_decides_the_acts_told_right_after():
    text = ("6月24日，延边州召开领导干部会议，宣布吉林省委有关人事安排的决定。省委书记景某海出席会议并讲话。\n"
            "景某海指出，胡某福同志任延边州委委员、常委、书记，田某尘同志不再担任延边州委书记职务。")
    acts = merge_facts(extract_acts(_doc(text, "吉林省")))
    assert acts and {f.decided_by for f in acts} == {"中共吉林省委员会"}
    far = text + "\n" + "官网介绍，某州位于某省东部，幅员4.27万平方公里。" * 8 + "\n在某次换届中，白城市委书记李某伟，新当选为吉林省委常委。"
    late = [f for f in merge_facts(extract_acts(_doc(far, "吉林省"))) if f.person == "李某伟"]
    assert late and late[0].decided_by is None  # a later report's act is not that decision's


def test_tibetan_names_of_known_parts_and_rare_surnames():
    text = ("自治区政协副主席罗松多吉主持会议，自治区政协副主席李素芝、洛桑久美、索朗仁增、阿沛·晋源和秘书长索朗培杰出席会议。")
    got = _holds(text, "西藏自治区")
    body = "中国人民政治协商会议西藏自治区委员会"
    assert {("罗松多吉", "副主席", body), ("洛桑久美", "副主席", body), ("索朗仁增", "副主席", body),
            ("索朗培杰", "秘书长", body)} <= got
    acts = _acts("中国共产党盘锦市第七届委员会第一次全体会议选举王某文为市委书记，蹇某、李某芳(女)为市委副书记。", "辽宁省")
    assert ("elect", "decided", "蹇某", "副书记", "中共辽宁省盘锦市委员会") in acts


def test_a_name_before_a_visit_s_verbs():
    assert ("景某海", "书记", "中共吉林省委员会") in _holds("3月11日，吉林省委书记景某海连夜赶往吉林市。", "吉林省")


def test_the_one_place_named_of_the_level_the_text_speaks_of_is_its_place():
    county = ("2月28日，县委书记陆某主持召开县委常委会议。县委副书记、县长张某出席会议。县人大主任王某、县政协主席李某"
              "列席会议。会议研究了县总工会《关于评选周至县劳动模范的请示》。")
    assert document_from_text(county).jurisdiction == "陕西省西安市周至县"
    province = ("省委召开座谈会\n6月29日下午，省委召开座谈会。省委书记张某出席会议并讲话。省委副书记、省长李某，"
                "省政协主席王某出席会议。为推进四川发展新跨越作出贡献。")
    assert document_from_text(province).jurisdiction == "四川省"
    assert document_from_text(province + "会后赴云南考察。").jurisdiction is None  # two provinces: none


def test_two_people_who_already_hold_new_posts_in_one_sentence():
    got = _holds("《吉林日报》报道显示，李某伟已任吉林省委秘书长，李某明已任吉林省委政法委书记。", "吉林省")
    assert {("李某伟", "秘书长", "中共吉林省委员会"), ("李某明", "书记", "中共吉林省委员会政法委员会")} <= got


def test_the_next_step_of_a_career_is_a_holding_not_an_act():
    for text in ("之后，王某同志任杭州市委书记。", "去年，王某同志任杭州市委书记。", "之后，王某任杭州市委书记。",
                 "前年，王某任杭州市委书记。"):
        assert _acts(text, "浙江省") == set(), text
    assert _acts("随后，宣布：王某同志任杭州市委书记。", "浙江省") == {
        ("appoint", "decided", "王某", "书记", "中共浙江省杭州市委员会")}


def test_a_variant_character_of_a_mirror_page_is_simplified():
    from kg.simplify import to_simplified

    assert to_simplified("副主席：張慶黎\t劉奇葆\t馬飊\t陳曉光") .endswith("马飚\t陈晓光")


def test_a_standing_member_of_a_university_s_party_committee_is_written_as_its_secretary_is():
    got = _holds("湖北大学党委常委王某出席。武汉大学党委常委、副校长李某出席。", "湖北省")
    assert {("王某", "党委常委", "湖北大学"), ("李某", "党委常委", "武汉大学"), ("李某", "副校长", "武汉大学")} <= got
    town = _holds("八桥镇党委常委、副镇长李某出席。", "重庆市大渡口区")
    assert ("李某", "常委", "中共重庆市大渡口区八桥镇委员会") in town  # a place's committee: 常委 of it


def test_announcements_are_found_where_their_words_stand_as_the_regex_finds_them():
    from kg.extract.result_lists import ANNOUNCE_RE, _announcements

    text = RESULTS + "\n当选名单如下：\n当选的同志：\n选举产生的常务委员会组成人员名单：\n选举结果：\n"
    assert [m.span() for m in _announcements(text)] == [m.span() for m in ANNOUNCE_RE.finditer(text)]
