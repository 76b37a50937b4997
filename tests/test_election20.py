"""Election news, session 20 (corpus/dev election-*-121…124, the rule half; made-up variants and
negatives: other names, places and titles than the pages)."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.dating import reference_date
from kg.orgs import canonical_org
from kg.reading import document_from_text


def _facts(text: str, jurisdiction: str | None, kinds: tuple[str, ...] = ("hold", "elect")) -> set[str]:
    doc = document_from_text(text)
    doc.jurisdiction = jurisdiction
    return {f"{f.kind} {f.person} {f.title} {f.org} {f.date} {f.decided_by}"
            for f in extract_document(doc) if f.kind in kinds}


# -- a CPPCC committee written with its term after 政协 (省政协十二届委员会) -------------------------

@pytest.mark.parametrize("text,jur,org", [
    ("省政协十二届委员会", "湖北省", "中国人民政治协商会议湖北省委员会"),
    ("湖北省政协十二届委员会", None, "中国人民政治协商会议湖北省委员会"),
    ("县政协十一届委员会", "四川省凉山彝族自治州会理县", "中国人民政治协商会议四川省凉山彝族自治州会理县委员会"),
    ("市政协五届委员会常委会", "福建省莆田市", "中国人民政治协商会议福建省莆田市委员会常务委员会"),
])
def test_cppcc_term_after_its_name(text, jur, org):
    assert canonical_org(text, jurisdiction=jur) == org


def test_cppcc_results_with_the_term_after_its_name():
    text = ("2018年1月28日，政协湖南省十二届一次会议举行第四次全体会议。周强当选省政协十二届委员会主席，"
            "吴明、郑亮当选副主席，刘芳当选秘书长。")
    got = _facts(text, "湖南省", ("elect",))
    org = "中国人民政治协商会议湖南省委员会"
    assert got == {f"elect 周强 主席 {org} 2018-01-28 {org}", f"elect 吴明 副主席 {org} 2018-01-28 {org}",
                   f"elect 郑亮 副主席 {org} 2018-01-28 {org}", f"elect 刘芳 秘书长 {org} 2018-01-28 {org}"}


# -- a local CPPCC's session written 政协<place>N届M次会议: its chairs, its decisions -------------

def test_session_of_a_cppcc_written_place_first():
    text = ("2022年1月7日，政协巴南区十一届一次会议举行第三次全体会议。大会主席团常务主席、会议主持人张建主持会议。"
            "主席团常务主席刘平出席。大会执行主席吴一凡、郑二在主席台就座。王强当选区政协主席。")
    session = "中国人民政治协商会议重庆市巴南区第十一届委员会第一次会议"
    body = "中国人民政治协商会议重庆市巴南区委员会"
    assert _facts(text, "重庆市巴南区") == {
        f"hold 张建 常务主席 {session}主席团 2022-01-07 None", f"hold 刘平 常务主席 {session}主席团 2022-01-07 None",
        f"hold 吴一凡 执行主席 {session} 2022-01-07 None", f"hold 郑二 执行主席 {session} 2022-01-07 None",
        f"elect 王强 主席 {body} 2022-01-07 {body}"}


def test_a_presider_alone_is_no_post():
    assert _facts("2022年1月7日，区政协十一届一次会议闭幕。会议主持人张建宣布开会。", "重庆市巴南区") == set()
    # a presider before a name with no title before it: nothing either
    assert _facts("2022年1月7日，大会由会议主持人、张建主持。", "重庆市巴南区") == set()


# -- names listed before 等N名委员 当选 … ----------------------------------------------------------

def test_names_before_a_count_of_members_are_elected():
    text = "2022年1月7日，区政协十一届一次会议闭幕。吴一凡、郑二、冯小三等31名委员当选区政协十一届委员会常务委员。"
    body = "中国人民政治协商会议重庆市巴南区委员会"
    got = _facts(text, "重庆市巴南区", ("elect",))
    assert got == {f"elect {p} 常务委员 {body} 2022-01-07 {body}" for p in ("吴一凡", "郑二", "冯小三")}


def test_members_who_speak_are_no_election():
    text = "2022年1月7日，区政协十一届一次会议闭幕。吴一凡、郑二等31名委员作大会发言。"
    assert _facts(text, "重庆市巴南区", ("elect",)) == set()


# -- a page's date line with its weekday and paper ------------------------------------------------

def test_date_line_with_weekday_and_paper_dates_yesterday():
    text = ("王强当选某市市长\n\n2019年03月09日 星期六 都市晨报\n"
            "江城市第八届人民代表大会第三次会议昨日上午闭幕，经大会选举，王强当选江城市市长。")
    doc = document_from_text(text)
    assert reference_date(doc) == "2019-03-09"


def test_a_sentence_after_a_date_and_weekday_is_no_date_line():
    doc = document_from_text("据悉，\n2019年03月09日 星期六 张三出席了会议并讲话。")
    assert reference_date(doc) is None


# -- 新当选 written without 的 before a post -------------------------------------------------------

def test_newly_elected_without_de():
    text = "2022年1月7日，区十九届人大一次会议闭幕。新当选区长刘平和新当选区监察委员会主任张建进行宪法宣誓。"
    assert _facts(text, "重庆市巴南区") == {
        "hold 刘平 区长 重庆市巴南区人民政府 2022-01-07 None",
        "hold 张建 主任 重庆市巴南区监察委员会 2022-01-07 None"}


# -- a chain of titles no one person holds together, over several names: read respectively ---------

@pytest.mark.parametrize("chain,expected", [
    ("新当选的区人大常委会主任、副主任张三、李四、王五向宪法宣誓",
     {"张三 主任 重庆市巴南区人民代表大会常务委员会", "李四 副主任 重庆市巴南区人民代表大会常务委员会",
      "王五 副主任 重庆市巴南区人民代表大会常务委员会"}),
    ("新当选的区长、副区长赵一、钱二、孙三向宪法宣誓",
     {"赵一 区长 重庆市巴南区人民政府", "钱二 副区长 重庆市巴南区人民政府", "孙三 副区长 重庆市巴南区人民政府"}),
    ("新当选的区政协主席、副主席、秘书长周一、吴二、郑三、王四与委员见面",
     {"周一 主席 中国人民政治协商会议重庆市巴南区委员会", "吴二 副主席 中国人民政治协商会议重庆市巴南区委员会",
      "郑三 副主席 中国人民政治协商会议重庆市巴南区委员会", "王四 秘书长 中国人民政治协商会议重庆市巴南区委员会"}),
    ("区法院院长、区检察院检察长陆一、黄二在主席台就座",
     {"陆一 院长 重庆市巴南区人民法院", "黄二 检察长 重庆市巴南区人民检察院"}),
    # posts one person may hold together: every name holds every post (unchanged)
    ("区委常委、副区长张三、李四出席",
     {"张三 常委 中共重庆市巴南区委员会", "张三 副区长 重庆市巴南区人民政府",
      "李四 常委 中共重庆市巴南区委员会", "李四 副区长 重庆市巴南区人民政府"}),
    # fewer names than posts, or two titles of several holders: no reading is sure, nothing
    ("区人大常委会主任、副主任、秘书长张三、李四出席", set()),
    ("区人大常委会主任、副主任、委员张三、李四、王五、赵六出席", set()),
])
def test_respective_titles(chain, expected):
    got = {" ".join(f.split()[1:4]) for f in _facts(f"2021年1月5日，区十九届人大一次会议闭幕。{chain}。", "重庆市巴南区",
                                                   ("hold",))}
    assert got == expected


# -- written after the check half (election-*-125…128) was measured ---------------------------------

@pytest.mark.parametrize("text,jur,org", [
    ("十一届省政协", "福建省", "中国人民政治协商会议福建省委员会"),
    ("七届区政协", "甘肃省天水市麦积区", "中国人民政治协商会议甘肃省天水市麦积区委员会"),
    ("第十四届市人大常委会", "湖南省长沙市", "湖南省长沙市人民代表大会常务委员会"),
    # a congress keeps the term that names it
    ("河北省第十三届人民代表大会", None, "河北省第十三届人民代表大会"),
])
def test_term_before_a_standing_body(text, jur, org):
    assert canonical_org(text, jurisdiction=jur) == org


_FIVE_DISTRICTS = ("原标题：天津这5个区选出了新区长\n"
                   "1月10日上午，和平区第十八届人民代表大会第五次会议闭幕。大会选举张一为和平区区长。\n"
                   "1月10日上午，河西区第十八届人民代表大会第五次会议闭幕。大会选举李二为河西区区长。\n"
                   "1月9日下午，南开区第十八届人民代表大会第五次会议闭幕。大会补选王三为南开区区长。\n"
                   "1月9日下午，河北区第十八届人民代表大会第五次会议闭幕。大会选举赵四为河北区区长。\n"
                   "1月9日下午，红桥区第十八届人民代表大会第五次会议闭幕。大会选举钱五为红桥区区长。\n"
                   "天津各区的换届工作顺利。")


def test_municipality_written_by_its_short_name_over_its_districts():
    doc = document_from_text(_FIVE_DISTRICTS)
    assert doc.jurisdiction == "天津市"
    # 和平区 is a district of 天津市 and of 沈阳市: placed by the page's own unit
    got = _facts(_FIVE_DISTRICTS, doc.jurisdiction, ("elect",))
    assert "elect 张一 区长 天津市和平区人民政府 None 天津市和平区第十八届人民代表大会" in got


def test_districts_alone_place_no_municipality():
    text = _FIVE_DISTRICTS.replace("天津这5个区", "这5个区").replace("天津各区", "各区")
    assert document_from_text(text).jurisdiction is None
    # a university named after a city is no short name of its own (北京大学 ×2 with two districts)
    text = "北京大学党委书记张一到朝阳区、平谷区调研。北京大学校长李二陪同。"
    assert document_from_text(text).jurisdiction is None


# -- found by made-up probes after both halves were measured ----------------------------------------

def test_results_list_bare_title_under_its_sibling():
    text = ("2021年1月5日，县十八届人大一次会议闭幕。选举结果如下：\n县人大常委会主任：张一\n副主任：李二、王三\n"
            "县人民政府县长：赵四\n副县长：钱五 孙六\n县人民法院院长：周七\n秘书长：吴八")
    got = {" ".join(f.split()[1:4]) for f in _facts(text, "湖南省郴州市嘉禾县", ("elect",))}
    sc, gov = "湖南省郴州市嘉禾县人民代表大会常务委员会", "湖南省郴州市嘉禾县人民政府"
    assert got == {f"张一 主任 {sc}", f"李二 副主任 {sc}", f"王三 副主任 {sc}", f"赵四 县长 {gov}",
                   f"钱五 副县长 {gov}", f"孙六 副县长 {gov}", "周七 院长 湖南省郴州市嘉禾县人民法院"}
    # (秘书长 is no title of a court: the list ends before it)


# -- a town's own congress (older dev pages of the genre: election-hubei-31) ---------------------

_TOWN_PAGE = ("青山镇召开第十八届人民代表大会第一次会议\n\n2021-09-29 17:09\n\n"
              "9月27日至28日，桐梓县青山镇第十八届人民代表大会第一次会议胜利召开。会议依法完成了选举工作，"
              "选举产生青山镇人大主席张一、副主席李二，镇长王三、副镇长赵四、钱五。镇党委书记孙六致闭幕词。")


def test_town_congress_page_is_the_towns():
    doc = document_from_text(_TOWN_PAGE)
    assert doc.jurisdiction == "贵州省遵义市桐梓县青山镇"
    town = "贵州省遵义市桐梓县青山镇"
    got = {" ".join(f.split()[:4]) for f in _facts(_TOWN_PAGE, doc.jurisdiction)}
    # the posts after 选举产生 are the election, told once (no holding of the same post)
    assert got == {f"elect 张一 主席 {town}人民代表大会", f"elect 李二 副主席 {town}人民代表大会",
                   f"elect 王三 镇长 {town}人民政府", f"elect 赵四 副镇长 {town}人民政府",
                   f"elect 钱五 副镇长 {town}人民政府", f"hold 孙六 书记 中共{town}委员会"}


def test_town_bodies_by_name_on_its_page():
    assert canonical_org("青山镇人大", "贵州省遵义市桐梓县青山镇") == "贵州省遵义市桐梓县青山镇人民代表大会"
    assert canonical_org("白马镇人大", "贵州省遵义市桐梓县青山镇") == "白马镇人大"  # another town: as written


def test_town_congress_pages_left_unplaced():
    # two towns' congresses, or a town whose county the text never names: no town of the page
    two = _TOWN_PAGE.replace("选举产生", "白马镇第十八届人民代表大会第一次会议同日召开。选举产生")
    assert document_from_text(two).jurisdiction != "贵州省遵义市桐梓县青山镇"
    alone = _TOWN_PAGE.replace("桐梓县青山镇", "青山镇")
    assert document_from_text(alone).jurisdiction is None


def test_acting_head_elected_keeps_the_acting_holding():
    text = "2021年9月28日，青山镇第十八届人民代表大会第一次会议闭幕。代镇长王三当选为青山镇人民政府镇长。"
    got = _facts(text, "贵州省遵义市桐梓县青山镇")
    assert "hold 王三 镇长 贵州省遵义市桐梓县青山镇人民政府 2021-09-28 None" in got


def test_presidium_members_of_the_session():
    text = ("2022年1月7日，政协巴南区十一届一次会议举行第三次全体会议。主席团常务主席刘平，主席团成员吴一凡、"
            "郑二（女）、冯小三等出席会议。")
    session = "中国人民政治协商会议重庆市巴南区第十一届委员会第一次会议主席团"
    got = _facts(text, "重庆市巴南区", ("hold",))
    assert got == {f"hold 刘平 常务主席 {session} 2022-01-07 None"} | {
        f"hold {p} 成员 {session} 2022-01-07 None" for p in ("吴一凡", "郑二", "冯小三")}


@pytest.mark.parametrize("text", [
    "主席团成员吴一凡、郑二出席会议。",  # no session named: whose presidium is unknown
    "2022年1月7日，区十九届人大一次会议举行。主席团成员在主席台就座。",  # no names
    "2022年1月7日，区十九届人大一次会议举行。主席团成员吴一凡出席。",  # one name: a list needs two
])
def test_presidium_members_negatives(text):
    assert not any(" 成员 " in f for f in _facts(text, "重庆市巴南区", ("hold",)))


def test_rows_under_a_sentence_that_closes_an_election():
    text = ("2021年1月5日，县十八届人大一次会议举行第三次全体会议，选举产生了新一届县人大常委会和县人民政府领导班子。\n"
            "县人大常委会主任：张一\n县人大常委会副主任：李二、王三\n县人民政府县长：赵四\n副县长：钱五、孙六")
    got = {" ".join(f.split()[:4]) for f in _facts(text, "湖南省郴州市嘉禾县")}
    sc, gov = "湖南省郴州市嘉禾县人民代表大会常务委员会", "湖南省郴州市嘉禾县人民政府"
    assert got == {f"elect 张一 主任 {sc}", f"elect 李二 副主任 {sc}", f"elect 王三 副主任 {sc}",
                   f"elect 赵四 县长 {gov}", f"elect 钱五 副县长 {gov}", f"elect 孙六 副县长 {gov}"}


def test_rows_under_a_sentence_that_elects_nobody_named_are_no_results():
    # the sentence does not close its line: the rows are not under it
    text = ("2021年1月5日，会议选举产生了新一届县人大常委会和县人民政府领导班子，县委书记张一讲话。\n"
            "县人大常委会主任：张一")
    assert not any(f.startswith("elect") for f in _facts(text, "湖南省郴州市嘉禾县"))


_UNPLACED_TOWN = ("8月18日下午，白石镇召开第五届人民代表大会第六次会议。镇党委书记周一平、镇人大主席吴二分别主持会议。"
                  "大会补选郑三为白石镇人民政府镇长。新当选的镇长郑三向代表们致意。")


def test_town_congress_page_with_no_county_names_the_town_alone():
    got = {" ".join(f.split()[:4]) for f in _facts(_UNPLACED_TOWN, None, ("hold",))}
    assert got == {"hold 周一平 书记 中共白石镇委员会", "hold 吴二 主席 白石镇人民代表大会", "hold 郑三 镇长 白石镇人民政府"}


def test_bare_town_posts_without_a_town_congress_stay_unread():
    # a county's page naming two towns' officials: whose 镇党委 is unknown
    text = "8月18日，县委召开会议。白石镇党委书记周一、青山镇党委书记吴二参加。镇党委书记郑三发言。"
    assert not any(f.startswith("hold 郑三") for f in _facts(text, None, ("hold",)))


@pytest.mark.parametrize("line,date", [
    ("2021年1月6日 星期三 第A02版", "2021-01-06"),
    ("第A02版：要闻 2021年01月06日", "2021-01-06"),
    ("A06版 2017年1月21日 星期六", "2017-01-21"),
    # a sentence after the date is no page line
    ("2021年1月6日 星期三 张三出席会议", None),
    ("第3版 2021年1月6日召开会议", None),
])
def test_epaper_page_lines(line, date):
    doc = document_from_text(f"张三当选县长\n{line}\n1月5日，县十八届人大一次会议闭幕。会议选举张三为县人民政府县长。")
    assert reference_date(doc) == date


def test_names_parted_by_spaces_after_a_title_and_colon():
    text = "2021年1月5日，县十八届人大一次会议举行第三次全体会议。\n大会执行主席：张一 李二 王三 赵四\n县长：孙五"
    session = "湖南省郴州市嘉禾县第十八届人民代表大会第一次会议"
    got = _facts(text, "湖南省郴州市嘉禾县", ("hold",))
    assert {f"hold {p} 执行主席 {session} 2021-01-05 None" for p in ("张一", "李二", "王三", "赵四")} <= got
    # a name then words that are no names: nothing
    assert _facts("2021年1月5日，会议举行。\n副县长：张一 出席会议", "湖南省郴州市嘉禾县", ("hold",)) == set()
