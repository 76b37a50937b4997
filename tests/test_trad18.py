"""Traditional-character news, session 18 (issue 9, genre trad): constructions of the session-18
dev documents on invented texts — a name whose last character opens the verb after it (胡昌升任…,
刘捷出任…, 习升任…), a party committee written 中共<region>党委, posts joined by 及 / 和, a count of
holders between a place and a title, news round-ups that write the person's earlier post before the
name (…副行长谭炯任…副省长), a career clause opened by 今年N月 inside a sentence, and an overseas
paper's posting line ([2017.04.02] 發表)."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.extract.posts import parse_posts
from kg.reading import document_from_text


def _facts(text: str) -> list:
    return extract_document(document_from_text(text, "trad18_test.txt"))


def _keys(text: str, kinds: tuple[str, ...]) -> set[tuple]:
    return {(f.kind, f.person, f.title, f.org) for f in _facts(text) if f.kind in kinds}


ACTS = ("appoint", "remove", "elect", "acting", "resign")


@pytest.mark.parametrize("text,expected", [
    # the document writes 胡昌升 whole elsewhere (來到): 胡昌升 + 任, never 胡昌 + 升任
    ("「黑龍江省委副書記胡昌升來到指揮部」。1月29日晚,中共中央批准胡昌升任黑龍江省委委員、常委。",
     {("appoint", "胡昌升", "委员", "中共黑龙江省委员会"), ("appoint", "胡昌升", "常委", "中共黑龙江省委员会")}),
    # 刘捷出席 is 刘捷 + 出席: no whole name 刘捷出
    ("刘捷出席会议并讲话。会后,刘捷出任浙江省委副书记。",
     {("appoint", "刘捷", "副书记", "中共浙江省委员会")}),
])
def test_whole_name_before_ren(text, expected):
    assert _keys(text, ACTS) == expected


def test_short_reference_before_shengren_is_no_name():
    # 习 refers to 习近平 written before: no person 习升
    text = "時任福建省委副書記的習近平在福州。2000年習升任福建省長,劉擔任福建省海洋與漁業局局長。"
    assert not {f for f in _facts(text) if f.person == "习升"}
    # written whole elsewhere, the longer name holds the post
    assert ("hold", "王东升", "省长", "福建省人民政府") in _keys("2000年王东升任福建省长。王东升说。", ("hold",))


@pytest.mark.parametrize("text,expected", [
    ("中共西藏自治区党委书记、常委、委员", [("书记", "中共西藏自治区委员会"), ("常委", "中共西藏自治区委员会"),
                                  ("委员", "中共西藏自治区委员会")]),
    ("中共新疆维吾尔自治区党委书记", [("书记", "中共新疆维吾尔自治区委员会")]),
    ("北京市委常委及委员", [("常委", "中共北京市委员会"), ("委员", "中共北京市委员会")]),
    ("北京市委常委和委员", [("常委", "中共北京市委员会"), ("委员", "中共北京市委员会")]),
    ("北京市人力资源和社会保障局局长及党组书记", [("局长", "北京市人力资源和社会保障局"),
                                      ("党组书记", "北京市人力资源和社会保障局")]),
    ("北京市其余七位副市长", [("副市长", "北京市人民政府")]),
    # 和 inside a body's name joins nothing
    ("北京市住房和城乡建设委员会主任", [("主任", "北京市住房和城乡建设委员会")]),
])
def test_posts(text, expected):
    assert [(p.title, p.org) for p in parse_posts(text, None)] == expected


def test_removal_of_region_committee_posts():
    text = "據報導,陳全國不再擔任中共西藏自治區黨委書記、常委、委員職務。"
    assert _keys(text, ACTS) == {("remove", "陈全国", t, "中共西藏自治区委员会") for t in ("书记", "常委", "委员")}


def test_round_up_with_earlier_posts():
    text = ("9月27日,中國工商銀行副行長譚炯任貴州副省長;浙江省臺州市委書記陳奕君任浙江副省長\n"
            "9月23日,上海市政府秘書長、辦公廳主任湯志平任上海市副市長\n")
    facts = _facts(text)
    acts = {(f.kind, f.status, f.person, f.title, f.org) for f in facts if f.kind == "appoint"}
    assert acts == {("appoint", "decided", "谭炯", "副省长", "贵州省人民政府"),
                    ("appoint", "decided", "陈奕君", "副省长", "浙江省人民政府"),
                    ("appoint", "decided", "汤志平", "副市长", "上海市人民政府")}
    holds = {(f.person, f.title, f.org) for f in facts if f.kind == "hold"}
    assert ("谭炯", "副行长", "中国工商银行") in holds and ("陈奕君", "书记", "中共浙江省台州市委员会") in holds


def test_time_opened_clause_inside_sentence_is_a_career_line():
    text = "上海市長應勇升任湖北省委書記後,今年3月,龔正轉任上海市副市長、代理市長。"
    assert not {f for f in _facts(text) if f.kind in ACTS and f.person == "龚正"}


def test_posting_line_dates_the_page():
    text = "四省換書記\n\n[2017.04.02] 發表\n中央昨日公布4個省份的新省委書記任命,現任海南省長劉賜貴升任海南省委書記。\n"
    acts = [f for f in _facts(text) if f.kind == "appoint" and f.person == "刘赐贵"]
    assert [f.date for f in acts] == ["2017-04-01"]


def test_biography_subject_born_in_place():
    # "X1956年9月出生於…" opens X's biography: the 曾任 posts after it are X's, not the person before
    text = ("公開資料顯示,景俊海於1960年12月生,為陝西白水人,曾任陝西省副省長。\n"
            "許達哲1956年9月出生於江西南昌,祖籍湖南瀏陽。曾任中國航天科技集團公司董事長、國家航天局局長等。\n")
    holds = {(f.person, f.title, f.org) for f in _facts(text) if f.kind == "hold"}
    assert ("许达哲", "局长", "国家航天局") in holds
    assert not {h for h in holds if h[0] == "景俊海" and h[1] != "副省长"}


@pytest.mark.parametrize("text,expected", [
    ("张三、李四分别任重庆市巴南区副区长、重庆市巴南区财政局局长。",
     {("appoint", "decided", "张三", "副区长", "重庆市巴南区人民政府"),
      ("appoint", "decided", "李四", "局长", "重庆市巴南区财政局")}),
    ("提请任命张三、李四分别为重庆市巴南区副区长、重庆市巴南区财政局局长。",
     {("appoint", "proposed", "张三", "副区长", "重庆市巴南区人民政府"),
      ("appoint", "proposed", "李四", "局长", "重庆市巴南区财政局")}),
    # places written bare before the last one's title
    ("官媒新華社今天公布4個省黨委書記異動,分別由景俊海、許達哲、諶貽琴、阮成發,出任吉林、湖南、貴州、雲南省委書記,4人目前也身兼省長職務。",
     {("appoint", "decided", "景俊海", "书记", "中共吉林省委员会"), ("appoint", "decided", "许达哲", "书记", "中共湖南省委员会"),
      ("appoint", "decided", "谌贻琴", "书记", "中共贵州省委员会"), ("appoint", "decided", "阮成发", "书记", "中共云南省委员会")}),
    # counts that differ, a career line, no post: nothing
    ("张三、李四、王五分别任重庆市巴南区副区长、重庆市巴南区财政局局长。", set()),
    ("2016年，张三、李四分别任重庆市巴南区副区长、重庆市巴南区财政局局长。", set()),
    ("张三、李四分别出席会议并讲话。", set()),
])
def test_respective_lists(text, expected):
    got = {(f.kind, f.status, f.person, f.title, f.org) for f in _facts(text) if f.kind in ACTS}
    assert got == expected


def test_mention_after_xuanbu():
    # 中央宣布深圳市委书记许勤…: 宣布 ends the words before the post
    text = "此外,中央宣布深圳市委書記許勤接替張慶偉出任河北省長。"
    assert ("许勤", "书记", "中共广东省深圳市委员会") in {(f.person, f.title, f.org) for f in _facts(text) if f.kind == "hold"}


@pytest.mark.parametrize("text,jur,expected", [
    # a level marker alone after a body written with its place is that place's, not the document's
    ("浙江省委常委、省纪委书记", "江西省", [("常委", "中共浙江省委员会"), ("书记", "中共浙江省纪律检查委员会")]),
    ("浙江省杭州市委书记、省委常委", "江西省", [("书记", "中共浙江省杭州市委员会"), ("常委", "中共浙江省委员会")]),
    ("区委常委、区政府副区长", "重庆市巴南区", [("常委", "中共重庆市巴南区委员会"), ("副区长", "重庆市巴南区人民政府")]),
    # a national body places nothing
    ("中国工商银行副行长、省政府副秘书长", "江西省", [("副行长", "中国工商银行"), ("副秘书长", "江西省人民政府")]),
])
def test_list_place_carries_to_level_markers(text, jur, expected):
    assert [(p.title, p.org) for p in parse_posts(text, jur)] == expected


def test_bare_title_after_former_post_takes_its_body():
    # 原任X的Y升任书记: 书记 of X's committee (never the Central Committee that decided it, never the
    # body the act before it in the paragraph named)
    text = ("中共中央日前決定,調動西藏和湖南的黨委書記職務。據報導,原任中共西藏自治區黨委常務副書記的吳英杰升任書記,"
            "陳全國不再擔任中共西藏自治區黨委書記職務。至於湖南,原任中共湖南省委副書記、省長的杜家毫升任書記。")
    acts = {(f.person, f.title, f.org) for f in _facts(text) if f.kind == "appoint"}
    assert acts == {("吴英杰", "书记", "中共西藏自治区委员会"), ("杜家毫", "书记", "中共湖南省委员会")}


RESULT_PAGE = ("政協全體會議下午選出第十三屆全國政協領導人,汪洋全票當選為新一屆政協主席。\n\n"
               " 政協十三屆全國委員會\n\n主席:汪洋\n\n副主席:張慶黎  劉奇葆  帕巴拉·格列朗傑  董建華\n\n秘書長:夏寶龍(兼)\n")


def test_term_body_heading_over_officer_rows_after_an_election():
    facts = _facts(RESULT_PAGE)
    elected = {(f.person, f.title, f.org, f.decided_by) for f in facts if f.kind == "elect"}
    cppcc = "中国人民政治协商会议全国委员会"
    assert {(p, "副主席", cppcc, cppcc) for p in ("张庆黎", "刘奇葆", "帕巴拉·格列朗杰", "董建华")} <= elected
    assert ("夏宝龙", "秘书长", cppcc, cppcc) in elected
    # the rows are elections, never holdings
    assert not {f for f in facts if f.kind == "hold" and f.title in ("主席", "副主席")}


def test_term_body_heading_without_an_election_is_no_result_list():
    text = " 政協十三屆全國委員會\n\n主席:汪洋\n\n副主席:張慶黎  劉奇葆\n"
    assert not {f for f in _facts(text) if f.kind == "elect"}


@pytest.mark.parametrize("text,expected", [
    ("政协十三届全国委员会副主席", ("副主席", "中国人民政治协商会议全国委员会")),
    ("第十四届全国人民代表大会常务委员会副委员长", ("副委员长", "全国人民代表大会常务委员会")),
    ("十三届全国人大常委会委员", ("委员", "全国人民代表大会常务委员会")),
])
def test_national_bodies_with_their_term(text, expected):
    assert [(p.title, p.org) for p in parse_posts(text, None)] == [expected]
