"""Election results and party news (issue 9, genres election / partynews): each act read with the
body, date and meeting of its own report, lists of the elected read whole, and the session's
chairs placed in the session of the body that met."""

from __future__ import annotations

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    doc = doc_as_written(text, jur, date, path="election_test.txt")
    return doc


def _acts(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    return {(f.kind, f.person, f.title, f.org, f.date, f.decided_by)
            for f in merge_facts(extract_acts(_doc(text, jur, date)))}


def _holds(text: str, jur: str | None) -> set[tuple]:
    return {(f.person, f.title, f.org) for f in extract_holds(_doc(text, jur)) if f.kind == "hold"}


# a page of several reports, each a headline over a paragraph opened by its date: the headline's
# act is the one its own report tells (never dated or decided by the report above it)
SIX_CITIES = """辽宁六地选举出新书记
2011年06月30日 来源：中国经济网
谷春立当选中共鞍山市委书记
6月26日，中国共产党鞍山市第十一届委员会第一次全体会议选举谷春立为市委书记，王阳为市委副书记。
王文权当选中共锦州市委书记
6月29日，中国共产党锦州市第十一届委员会第一次全体会议选举王文权为市委书记，魏俊星为市委副书记。
孙兆林当选中共葫芦岛市委书记
6月26日，中国共产党葫"""


def test_a_headline_over_a_dated_report_takes_that_report_s_date_and_meeting():
    facts = _acts(SIX_CITIES, "辽宁省", "2011-06-30")
    anshan, jinzhou = "中共辽宁省鞍山市委员会", "中共辽宁省锦州市委员会"
    assert ("elect", "谷春立", "书记", anshan, "2011-06-26", anshan) in facts
    assert ("elect", "王文权", "书记", jinzhou, "2011-06-29", jinzhou) in facts
    assert ("elect", "魏俊星", "副书记", jinzhou, "2011-06-29", jinzhou) in facts
    # the report under the last headline is cut before its meeting: its date, no decider
    assert ("elect", "孙兆林", "书记", "中共辽宁省葫芦岛市委员会", "2011-06-26", None) in facts
    assert not any(f[1] == "王文权" and f[3] == anshan for f in facts)


def test_a_headline_with_a_comma_still_leads_its_paragraph():
    # a line that is a sentence's start (it has a comma) is joined to the next line as before
    text = "会议决定，\n6月29日，任命张三为锦州市人民政府副市长。"
    assert {f[1] for f in _acts(text, "辽宁省锦州市")} == {"张三"}


def test_an_election_list_goes_on_with_names_the_running_text_refuses():
    # 赵和平 (和), 黄日波 (日), 释宽东 (no known surname, inside a list of known ones)
    text = ("会议以无记名投票的方式选举张建凤为政协天水市麦积区第八届委员会副主席，赵和平为秘书长，"
            "王旺红、李虎成、释宽东为常务委员。")
    zx = "中国人民政治协商会议甘肃省天水市麦积区委员会"
    got = {(f[1], f[2], f[3]) for f in _acts(text, "甘肃省天水市麦积区")}
    assert got == {("张建凤", "副主席", zx), ("赵和平", "秘书长", zx), ("王旺红", "常务委员", zx),
                   ("李虎成", "常务委员", zx), ("释宽东", "常务委员", zx)}
    text = "选举黄道伟、李康、黄日波、陈刚、磨长英为政协第十二届广西壮族自治区委员会副主席。"
    zx = "中国人民政治协商会议广西壮族自治区委员会"
    assert {(f[1], f[3]) for f in _acts(text, "广西壮族自治区")} == {
        ("黄道伟", zx), ("李康", zx), ("黄日波", zx), ("陈刚", zx), ("磨长英", zx)}


def test_a_date_is_no_name_in_a_list():
    assert _acts("选举张三、十一日为副主席。", "甘肃省天水市麦积区") == set()


def test_session_chairs_of_a_cppcc_session_are_of_that_cppcc_session():
    text = ("2月7日上午，中国人民政治协商会议天水市麦积区第八届委员会第五次会议举行第二次大会。"
            "本次大会的执行主席是：高志强、杨树棠。")
    session = "中国人民政治协商会议甘肃省天水市麦积区第八届委员会第五次会议"
    assert _holds(text, "甘肃省天水市麦积区") == {("高志强", "执行主席", session), ("杨树棠", "执行主席", session)}


def test_session_chairs_of_a_session_written_with_a_level_marker_are_of_the_document_s_place():
    text = "今日下午，自治区政协十二届一次会议举行第三次全体会议。本次大会的执行主席是：蓝天立、刘正东。"
    session = "中国人民政治协商会议广西壮族自治区第十二届委员会第一次会议"
    assert _holds(text, "广西壮族自治区") == {("蓝天立", "执行主席", session), ("刘正东", "执行主席", session)}
    # no place known: no session to name, the chairs are kept with org null (session 20, election breadth)
    assert _holds(text, None) == {("蓝天立", "执行主席", None), ("刘正东", "执行主席", None)}


def test_a_place_s_body_written_bare_after_its_party_committee_is_of_that_place():
    assert _holds("自治区党委书记、人大常委会主任李邑飞陪同调研。", "宁夏回族自治区") == {
        ("李邑飞", "书记", "中共宁夏回族自治区委员会"), ("李邑飞", "主任", "宁夏回族自治区人民代表大会常务委员会")}
    assert ("李四", "主任", "青海省人民代表大会常务委员会") in _holds("青海省委书记、人大常委会主任李四出席。", "贵州省")
    # a body no place was ever written for is no organization: org null, never the name as written (session 36)
    assert _holds("人大常委会主任王五出席。", "甘肃省天水市麦积区") == {("王五", "主任", None)}


def test_a_special_committee_written_with_its_congress_is_not_prefixed_again():
    text = "全国人大常委会委员、全国人大民族委员会副主任委员白尚成参加调研。"
    assert _holds(text, "宁夏回族自治区") == {("白尚成", "委员", "全国人民代表大会常务委员会"),
                                            ("白尚成", "副主任委员", "全国人民代表大会民族委员会")}


def test_past_holders_listed_as_such_hold_former_posts():
    doc = _doc("出席会议的还有：历届区政协主席张广录、杨续祥，区政府副区长成红梅。", "甘肃省天水市麦积区")
    got = {(f.person, f.title, bool(f.former)) for f in extract_holds(doc)}
    assert got == {("张广录", "主席", True), ("杨续祥", "主席", True), ("成红梅", "副区长", False)}


def test_a_congress_convened_by_its_place_decides_the_elections_at_it():
    text = ("9月27日，广州市南沙区召开第四届人民代表大会第三次会议，会议依法选举产生南沙区人民政府区长。"
            "大会宣布：吴扬当选南沙区人民政府区长。")
    facts = merge_facts(extract_acts(_doc(text, "广东省广州市南沙区")))
    assert [(f.person, f.decided_by, f.meeting) for f in facts] == [
        ("吴扬", "广东省广州市南沙区第四届人民代表大会", "广州市南沙区第四届人民代表大会第三次会议")]


def test_a_meeting_of_the_county_committee_names_no_two_character_county():
    # 召开县委常委会议 is 召开 + 县委, never 开县 (重庆) with its committee
    text = ("2月28日，县委书记陆晓延主持召开县委十六届第43次常委会议。县委副书记、县长张永潮出席会议。"
            "会议审议了县总工会党组《关于评选户县劳动模范的请示》。")
    assert document_from_text(text, "county_test.txt").jurisdiction is None
    # a two-character county written with its body twice is read (息县人大常委会, 息县法院)
    text = "息县人大常委会召开会议。会议通过息县法院人事任免事项。县人大常委会主任伍存强主持。"
    assert document_from_text(text, "county_test.txt").jurisdiction == "河南省信阳市息县"


def test_a_team_elected_with_its_body_written_once_before_its_list():
    text = "会议选举产生了新一届区人大常委会领导班子：主任王强，副主任李明、赵刚。"
    sc = "浙江省杭州市西湖区人民代表大会常务委员会"
    assert {(f[0], f[1], f[2], f[3]) for f in _acts(text, "浙江省杭州市西湖区")} == {
        ("elect", "王强", "主任", sc), ("elect", "李明", "副主任", sc), ("elect", "赵刚", "副主任", sc)}
    # a team of several bodies, or of a body the text does not place: which body each title is of
    # is not written, no act
    assert _acts("选举产生了新一届区人大、政府领导班子：主任王强，区长李明。", "浙江省杭州市西湖区") == set()
    assert _acts("会议选举产生了新一届镇党委班子成员：书记王强，副书记李明。", "浙江省杭州市西湖区") == set()


def test_a_mongolian_name_of_known_parts_after_its_posts():
    assert _holds("旗委常委、统战部长莫日根吉雅出席会议。", "内蒙古自治区鄂尔多斯市鄂托克前旗") == {
        ("莫日根吉雅", "常委", "中共内蒙古自治区鄂尔多斯市鄂托克前旗委员会"),
        ("莫日根吉雅", "部长", "中共内蒙古自治区鄂尔多斯市鄂托克前旗委员会统一战线工作部")}


def test_a_session_written_with_its_term_and_number_names_its_chairs_session():
    text = "1月16日上午，青海省第十一届人大一次会议举行第三次大会。会议由大会执行主席骆惠宁主持。"
    assert _holds(text, "青海省") == {("骆惠宁", "执行主席", "青海省第十一届人民代表大会第一次会议")}


def test_a_closing_speech_ends_the_name_before_it():
    assert _holds("县委书记、县人大常委会主任王建国致闭幕词。", "安徽省阜阳市太和县") == {
        ("王建国", "书记", "中共安徽省阜阳市太和县委员会"), ("王建国", "主任", "安徽省阜阳市太和县人民代表大会常务委员会")}
    assert _holds("县委书记李致远致开幕词。", "安徽省阜阳市太和县") == {("李致远", "书记", "中共安徽省阜阳市太和县委员会")}


def test_a_party_congress_list_named_名单_then_its_names_on_the_same_line():
    text = "中国共产党红安县第十四届委员会委员名单（35名，按姓氏笔画为序）：王一明、王二强、刘三、李四海。"
    org = "中共湖北省黄冈市红安县委员会"
    assert {(f[0], f[1], f[2], f[3]) for f in _acts(text, "湖北省黄冈市红安县")} == {
        ("elect", n, "委员", org) for n in ("王一明", "王二强", "刘三", "李四海")}
    assert _acts("中国共产党红安县第十四届委员会委员候选人名单（草案）：王一明、王二强。", "湖北省黄冈市红安县") == set()


def test_the_officers_named_among_the_elected_after_其中():
    text = ("19日，中共湖南省十一届一次全会召开。会议选举产生4名省委常委：杜家毫、许达哲、陈向群、易炼红。"
            "其中，杜家毫为省委书记，许达哲为省委副书记。")
    got = {(f[1], f[2]) for f in _acts(text, "湖南省")}
    assert {("杜家毫", "书记"), ("许达哲", "副书记"), ("杜家毫", "常委")} <= got
    assert _acts("会议听取了报告。其中，张三为省委书记。", "湖南省") == set()  # no election before: no act
    text = "在第一届县委全体会议上，选举产生县委常委会委员7名，其中县委书记汪洪涛，副书记李廷文、戴维刚。"
    org = "中共浙江省金华市武义县委员会"
    assert {(f[1], f[2], f[3]) for f in _acts(text, "浙江省金华市武义县")} == {
        ("汪洪涛", "书记", org), ("李廷文", "副书记", org), ("戴维刚", "副书记", org)}


def test_the_chair_of_a_county_congress_is_its_standing_committee_s():
    assert _holds("县人大主任张阅农、县政协主席张萍列席会议。", "陕西省西安市周至县") == {
        ("张阅农", "主任", "陕西省西安市周至县人民代表大会常务委员会"),
        ("张萍", "主席", "中国人民政治协商会议陕西省西安市周至县委员会")}


def test_a_body_written_with_no_place_is_of_the_congress_that_elected_or_of_none():
    text = "宁夏回族自治区十一届人大五次会议选举马三刚、左军为人大常委会副主任。"
    sc = "宁夏回族自治区人民代表大会常务委员会"
    assert {(f[1], f[3]) for f in _acts(text, "宁夏回族自治区")} == {("马三刚", sc), ("左军", sc)}
    assert {(f[1], f[3]) for f in _acts("会议选举马三刚为人大常委会副主任。", None)} == {("马三刚", None)}


def test_how_a_vote_is_described_is_never_part_of_the_name():
    jur, gov = "安徽省阜阳市太和县", "安徽省阜阳市太和县人民政府"
    for text in ("张三高票当选为县人民政府县长。", "张三以全票当选为县人民政府县长。", "张三满票当选县人民政府县长。",
                 "张三顺利当选为县人民政府县长。", "张三再次当选为县人民政府县长。", "张三以45票当选为县人民政府县长。"):
        assert {(f[1], f[2], f[3]) for f in _acts(text, jur)} == {("张三", "县长", gov)}, text
    # 连任 / 新任 after a name: never a name ending in 连 / 新
    assert _acts("周九连任县政协主席。", jur) == set()
    assert _acts("张三新任县委书记。", jur) == set()


def test_when_and_how_between_the_name_and_当选():
    jur, gov = "安徽省阜阳市太和县", "安徽省阜阳市太和县人民政府"
    for text in ("张三日前当选为县人民政府县长。", "张三昨日当选为县人民政府县长。", "张三被选举为县人民政府县长。"):
        assert {(f[1], f[2], f[3]) for f in _acts(text, jur)} == {("张三", "县长", gov)}, text
    assert _acts("张三被选为优秀共产党员。", jur) == set()


def test_an_adverb_before_当选_is_never_the_end_of_a_name():
    jur, gov = "湖北省武汉市", "湖北省武汉市人民政府"
    for adverb in ("依法", "正式", "成功", "连续", "最终", "首次", "首度", "随后", "还", "第三次"):
        text = f"王强{adverb}当选为市人民政府市长。"
        assert {(f[1], f[3]) for f in _acts(text, jur)} == {("王强", gov)}, text


def test_a_tenure_opened_by_履任_is_the_name_s_before_it():
    assert {(f.person, f.title) for f in extract_holds(_doc("张三履任武汉市委书记以来，调研了12个区。", "湖北省武汉市"))} \
        == {("张三", "书记")}
