"""Traditional-character news about mainland personnel (issue 9, the trad genre): what such
pages write and kg must read like simplified text — on short invented texts in the ways
mirror pages, Taiwanese and Hong Kong press write mainland news."""

from __future__ import annotations

import pytest

from kg.reading import document_from_text


# -- the document's place from a province's short name (四川, 云南), no place written in full ----
PROVINCE_BY_STEM = [
    ("中國共產黨四川歷史大事記(2020年3月)\n3月2日 省委書記彭清華主持召開省委會議。\n", "四川省"),
    ("9月5日,省委副書記、省長王某在昆明會見客人。\n王某說,云南堅定不移擴大開放。云南篇章。\n", "云南省"),
    # a body paragraph naming 中共中央 is no national heading
    ("9月5日,省委副書記、省長王某會見客人。\n省長王某說。\n"
     "當前,在以習近平同志為核心的中共中央堅強領導下,云南堅定不移擴大開放,譜寫云南篇章。\n", "云南省"),
]
PROVINCE_NOT_BY_STEM = [
    "省委書記王某在北京出席會議。北京。北京。\n",  # a municipality's short name: where a meeting is held
    "四川代表團與云南代表團交流。四川、云南兩省合作。省委。\n",  # two provinces alike
    "王某說,四川的經驗值得學習,四川。\n",  # no level word of a province (省委, 省政府, 全省 …)
]


@pytest.mark.parametrize("text, place", PROVINCE_BY_STEM, ids=[c[1] + str(i) for i, c in enumerate(PROVINCE_BY_STEM)])
def test_province_from_its_short_name(text, place):
    assert document_from_text(text).jurisdiction == place


@pytest.mark.parametrize("text", PROVINCE_NOT_BY_STEM, ids=range(len(PROVINCE_NOT_BY_STEM)))
def test_province_short_name_not_taken_when_unclear(text):
    assert document_from_text(text).jurisdiction is None


def test_published_line_gives_the_page_date():
    doc = document_from_text("四川省委高層異動\n2001年1月13日發表\n【人民報訊】1月13日消息:昨天,四川省人大常委會會議"
                             "決定任命陳某爲省政府副省長。\n")
    assert doc.date == "2001-01-13"


# -- officials named with their posts in traditional news (mentions) -----------------------------
def _holds(text: str) -> set[tuple]:
    from kg.extract.holds import extract_holds

    return {(f.person, f.title, f.org, bool(f.former), bool(f.concurrent))
            for f in extract_holds(document_from_text(text)) if f.kind == "hold"}


MENTIONS = [
    # a region's party committee written in full before 党委书记: 书记 of that committee
    ("新疆維吾爾自治區黨委書記陳小江以及自治區主席艾爾肯·吐尼亞孜等到場接機。",
     {("陈小江", "书记", "中共新疆维吾尔自治区委员会", False, False),
      ("艾尔肯·吐尼亚孜", "主席", "新疆维吾尔自治区人民政府", False, False)}),
    # 政治局 is the central Politburo; a count (兩名) is no part of the body
    ("代表團還包含兩名政治局常委王滬寧、蔡奇。",
     {("王沪宁", "常委", "中共中央政治局", False, False), ("蔡奇", "常委", "中共中央政治局", False, False)}),
    # a short name (領導小組) takes the full name written before it, never "审议领导小组"
    ("中國共產黨四川歷史大事記(2020年3月)\n同日 省委黨建領導小組2020年第一次會議召開,聽取匯報,審議領導小組2019年"
     "工作總結。省委書記、領導小組組長彭清華主持會議。",
     {("彭清华", "书记", "中共四川省委员会", False, False),
      ("彭清华", "组长", "中共四川省委员会党建领导小组", False, False)}),
    # Taiwanese and Hong Kong press: 中共總書記, 中國國家主席, 大陸全國政協主席
    ("中共總書記習近平今天抵達烏魯木齊。", {("习近平", "总书记", "中共中央委员会", False, False)}),
    ("圖為中國國家主席習近平。", {("习近平", "主席", "中华人民共和国", False, False)}),
    ("由時任大陸全國政協主席俞正聲率團參加。",
     {("俞正声", "主席", "中国人民政治协商会议全国委员会", True, False)}),
    ("全國政協主席王滬寧抵達。", {("王沪宁", "主席", "中国人民政治协商会议全国委员会", False, False)}),
    # 以及 before a post; 公安部長: the ministry's 部长
    ("以及國務院副總理何立峰等人。", {("何立峰", "副总理", "中华人民共和国国务院", False, False)}),
    ("國務委員、公安部長王小洪出席會議。", {("王小洪", "部长", "中华人民共和国公安部", False, False)}),
    ("中央軍委聯合參謀部參謀長劉振立出席。", {("刘振立", "参谋长", "中共中央军事委员会联合参谋部", False, False)}),
    # a full-width dot inside a Uyghur name (雪克來提．扎克爾)
    ("全國人大常委會副委員長雪克來提．扎克爾、國務委員諶貽琴出席。",
     {("雪克来提·扎克尔", "副委员长", "全国人民代表大会常务委员会", False, False),
      ("谌贻琴", "国务委员", "中华人民共和国国务院", False, False)}),
    # 因 ends a name ("…副主任李永壽因任職年齡到限")
    ("四川省人大常委會會議。副省長徐世羣和省人大常委會副主任李永壽因任職年齡到限,請求辭去現任職務。",
     {("徐世群", "副省长", "四川省人民政府", False, False),
      ("李永寿", "副主任", "四川省人民代表大会常务委员会", False, False)}),
]


@pytest.mark.parametrize("text, expected", MENTIONS, ids=range(len(MENTIONS)))
def test_traditional_news_mentions(text, expected):
    assert expected <= _holds(text)


NOT_MENTIONS = [
    "中國國家鐵路集團有限公司董事長王某出席。",  # 中國 of a company's name is no press prefix
    "1．王某任副市長。",  # a full-width stop after a number is no name's dot
]


@pytest.mark.parametrize("text", NOT_MENTIONS, ids=range(len(NOT_MENTIONS)))
def test_traditional_news_not_misread(text):
    holds = _holds(text)
    assert not any(org and org.startswith("国家铁路") for _, _, org, _, _ in holds)
    assert not any("．" in p or "·" in p for p, *_ in holds)


def test_monthly_chronicle_dates_its_days():
    """A party-history chronicle titled with its month (大事記(2020年3月)): the title gives the
    document's date, and day lines written with their month ("3月2日 …") date what they report."""
    from kg.extract.holds import extract_holds

    doc = document_from_text("中國共產黨四川歷史大事記(2020年3月)\n3月\n3月2日 省委書記彭清華主持召開會議。\n"
                             "同日 省委副書記鄧小剛出席會議。\n")
    assert doc.date == "2020-03"
    dates = {(f.person, f.date) for f in extract_holds(doc)}
    assert ("彭清华", "2020-03-02") in dates and ("邓小刚", "2020-03-02") in dates


def test_doubled_commas_of_mirror_pages_are_one_mark():
    """Mirror pages write a comma before every mark (會議,,決定 / 處長,、綜合處 / 一位,。): one
    mark is read, the offsets still point into the original."""
    original = "珠海市十屆人大常委會舉行第三十一次會議,,決定任命吳澤桐為副市長,。曾任經濟貿易處處長,、綜合處處長。"
    doc = document_from_text(original)
    assert "会议，决定" in doc.text and "副市长。" in doc.text and "处长、综合处" in doc.text
    from kg.simplify import to_simplified

    converted = to_simplified(original)  # same length, character for character
    for i, c in enumerate(doc.text):
        written = doc.original[doc.offsets[i]]
        assert c == converted[doc.offsets[i]] or (c, written) in (("，", ","), ("。", ","), ("、", ","))
    kept = [doc.original[doc.offsets[i]] for i, c in enumerate(doc.text) if c == "、"]
    assert kept == ["、"]  # the mark kept is the page's own 、, not the comma before it


def test_an_anaphoric_company_is_no_organization():
    from kg.extract.posts import canonical

    assert canonical("该公司研究发展部", "广东省") is None
    assert canonical("该市政协", "浙江省宁波市") != "浙江省宁波市该市政协"


def test_expanded_name_never_holds_a_second_body_or_list_words():
    """An org kg.orgs cannot read is expanded from its head only when the rest can be a unit of
    it (区人大常委会机关); a heading joined to a body (…省委常委班子成员一览省委) is no org."""
    from kg.extract.posts import canonical

    assert canonical("黑龙江省委常委班子成员一览省委", "黑龙江省") is None
    assert canonical("区人大常委会机关", "重庆市巴南区") == "重庆市巴南区人民代表大会常务委员会机关"
    # never cut inside 委员会: 交通委|员会 was expanded to "…交通运输委员会员会" (the 交通委 of the table)
    assert canonical("上海市松江区交通委员会", "上海市松江区") == "上海市松江区交通委员会"
    # a sentence is no unit: "原长沙市委书记王五已当选湖南省副省长" gave a hold of "原长沙" with the org
    # "中共湖南省长沙市委员会书记王五已当选湖南省"
    assert canonical("市委书记王五已当选湖南省", "湖南省长沙市") is None
    assert canonical("新当选中共广东省委第十一届委员会", None) is None
    assert canonical("钓鱼嘴音乐半岛建设指挥部", None) == "钓鱼嘴音乐半岛建设指挥部"
