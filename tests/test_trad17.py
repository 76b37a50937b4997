"""Traditional-character pages about mainland personnel, second round (issue 9, the trad genre):
the constructions the s17 trad documents showed, on short invented texts (names made up)."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.reading import document_from_text


def _facts(text: str, kinds: tuple[str, ...] = ("hold",)):
    doc = document_from_text(text)
    return {(f.kind, f.person, f.title, f.org) for f in extract_document(doc) if f.kind in kinds}


def _dated(text: str):
    doc = document_from_text(text)
    return {(f.person, f.title, f.date) for f in extract_document(doc) if f.kind == "hold"}


HOLDS = [
    # a three-character name ending in 道 (a verb of saying only after a two-character name)
    ("山東有9個市迎來新任市委書記, 他們分別是:濟南市委書記王文濤, 棗莊市委書記李同道, 聊城市委書記徐景顏。",
     {("hold", "李同道", "书记", "中共山东省枣庄市委员会")}),
    # 咸 is a surname (the mirror writes 鹹輝); a region's 常委 without 黨委 sits on its party committee
    ("寧夏回族自治區黨委副書記、自治區主席鹹輝、自治區常委、宣傳部長趙永清出席發佈會。",
     {("hold", "咸辉", "主席", "宁夏回族自治区人民政府"), ("hold", "咸辉", "副书记", "中共宁夏回族自治区委员会"),
      ("hold", "赵永清", "常委", "中共宁夏回族自治区委员会"), ("hold", "赵永清", "部长", "中共宁夏回族自治区委员会宣传部")}),
    # one title, two names joined by 和 when 也 / 均 … says both act
    ("習近平昨日前往拉薩，並接見各族各界代表，中共中央政治局常委王滬寧和蔡奇也陪同前往。",
     {("hold", "王沪宁", "常委", "中共中央政治局"), ("hold", "蔡奇", "常委", "中共中央政治局")}),
    # a press credit in 〔〕 before the title; 大陸 before a ministry is no part of its name
    ("〔中央社〕中共總書記習近平今天下午前往上海考察。大陸外交部長王毅今天與美國國務卿會面。",
     {("hold", "习近平", "总书记", "中共中央委员会"), ("hold", "王毅", "部长", "中华人民共和国外交部")}),
    ("國台辦主任宋濤表示，兩岸應加強交流。", {("hold", "宋涛", "主任", "国务院台湾事务办公室")}),
    # a rank in brackets between the post and the name
    ("海南省委決定，瓊中縣委書記(正廳級)孫喆卸任。", {("hold", "孙喆", "书记", "中共海南省琼中黎族苗族自治县委员会")}),
    # a state-level new area's working committee
    ("長沙市委副書記、市長、湖南湘江新區黨工委書記胡衡華出席會議。",
     {("hold", "胡衡华", "副书记", "中共湖南省长沙市委员会"), ("hold", "胡衡华", "市长", "湖南省长沙市人民政府"),
      ("hold", "胡衡华", "书记", "中共湖南省湘江新区工作委员会")}),
    # a company's name holds （集團）; its 黨委常委 is the company's
    ("韋某,男,1970年4月生。韋某曾任廣西柳州鋼鐵(集團)公司董事、黨委常委、副總經理。",
     {("hold", "韦某", "董事", "广西柳州钢铁(集团)公司"), ("hold", "韦某", "党委常委", "广西柳州钢铁(集团)公司"),
      ("hold", "韦某", "副总经理", "广西柳州钢铁(集团)公司")}),
]


@pytest.mark.parametrize("text, facts", HOLDS, ids=range(len(HOLDS)))
def test_trad_holds(text, facts):
    assert facts <= _facts(text)


NOT_HOLDS = [
    # 和 then a name that may be a guest: only the first holds the title
    ("10日，市委書記張某和李某一行來我縣調研。", ("李某",)),
    # 後 after a year is no surname
    ("2005年后歷任湖南省經濟委員會主任、益陽市長等職。", ("后历",)),
]


@pytest.mark.parametrize("text, persons", NOT_HOLDS, ids=range(len(NOT_HOLDS)))
def test_trad_not_holds(text, persons):
    assert not {f for f in _facts(text) if f[1] in persons}


def test_members_listed_after_other_take_the_standing_committee():
    text = ("19日,中共湖南省十一屆一次全會召開。\n\n會議選舉產生12名省委常委:杜某、許某、王少某。\n\n"
            "其他分別是:紀委書記許某,組織部長王少某。\n")
    facts = _facts(text, ("hold", "elect"))
    assert ("elect", "杜某", "常委", "中共湖南省委员会") in facts
    assert ("hold", "许某", "书记", "中共湖南省纪律检查委员会") in facts
    assert ("hold", "王少某", "部长", "中共湖南省委员会组织部") in facts
    doc = document_from_text(text)
    elect = [f for f in extract_document(doc) if f.kind == "elect"]
    assert {f.decided_by for f in elect} == {"中共湖南省委员会"}


def test_page_date_label_and_birth_months():
    # " date 2025-08-21" heads a mirrored press page; a month in brackets after a name is a birth
    assert document_from_text(" date 2025-08-21 ▲中共中央總書記習近平前往西藏。\n").date == "2025-08-21"
    dated = _dated("年齡最大的是棗莊市長李某,與他同齡的還有濱州市長崔某(1961年5月)、淄博市長周某(1961年10月)。\n")
    assert ("周某", "市长", None) in dated and ("崔某", "市长", None) in dated


def test_capacity_and_identity():
    facts = _facts("習近平作為中共總書記、國家主席、中央軍委主席率中央代表團到西藏。\n")
    assert {("hold", "习近平", "主席", "中华人民共和国"), ("hold", "习近平", "主席", "中共中央军事委员会")} <= facts


PRESS = [
    # a day right after the name ends it (李強22日); 中共 before a state ministry is the press's, no part of its name
    ("中共中央政治局常委、國務院總理李強22日在北京會見外賓。中共國防部長董軍今天出席香格里拉對話。",
     {("hold", "李强", "总理", "中华人民共和国国务院"), ("hold", "董军", "部长", "中华人民共和国国防部")}),
    ("中共中央台辦主任宋濤率團訪問，兩岸交流持續。", {("hold", "宋涛", "主任", "中共中央台湾工作办公室")}),
]


@pytest.mark.parametrize("text, facts", PRESS, ids=range(len(PRESS)))
def test_trad_press_holds(text, facts):
    assert facts <= _facts(text)


def test_a_title_before_a_dotted_name_is_no_part_of_it():
    persons = {f[1] for f in _facts("新疆黨委書記馬興瑞、自治區主席艾爾肯·吐尼亞孜陪同考察。\n")}
    assert "马兴瑞" in persons and not any(p.startswith("自治区") for p in persons)


def test_a_time_between_the_body_and_its_decision():
    doc = document_from_text("國務院今天宣布，任命李某為國家發展和改革委員會副主任。\n"
                             "福建省人大常委會今天決定任命趙某為福建省副省長、代理省長。\n")
    acts = {(f.kind, f.person, f.decided_by) for f in extract_document(doc) if f.person == "赵某"}
    assert acts == {("appoint", "赵某", "福建省人民代表大会常务委员会"), ("acting", "赵某", "福建省人民代表大会常务委员会")}


def test_appointed_with_an_adverb_before_bei():
    facts = _facts("新華社報導，信長星已於近期被任命為江蘇省委書記，接替吳政隆。\n", ("appoint",))
    assert ("appoint", "信长星", "书记", "中共江苏省委员会") in facts


def test_posts_that_end_in_another_name_are_not_the_subjects():
    text = ("陳某,男,1970年1月生。陳某曾任海南省人民政府副秘書長。\n"
            "另外在2019年,時任海南省陵水黎族自治縣縣委書記兼管委會主任(正廳級)麥某調任海南省國資委副主任。\n")
    facts = _facts(text)
    assert not {f for f in facts if f[1] == "陈某" and f[2] == "书记"}


def test_a_day_to_come_dates_no_mention():
    # 9月25日 / 10月1日 on a page of 09-23 are days to come: the mentions after them take 今天
    text = (" date 2025-09-23 圖為習近平抵達烏魯木齊。\n\n〔中央社〕中共總書記習近平今天下午抵達烏魯木齊，將出席9月25日舉行的"
            "慶祝活動。不過，10月1日才是成立70週年之日。\n\n陪同的要員包括中共中央辦公廳主任蔡奇、國務委員諶貽琴等人。\n")
    assert ("蔡奇", "主任", "2025-09-23") in _dated(text)


def test_a_label_row_ends_before_a_citation():
    assert ("hold", "周富强", "主任", "河南省郑州市人民代表大会常务委员会") in _facts(
        "鄭州市人民代表大會常務委員會\n現任鄭州市第十六屆人民代表大會常務委員會主任:周富強 [9] \n中文名\n")


def test_elected_named_with_their_post_and_a_term_in_digits():
    facts = _facts("貴州省第11屆人大一次會議今天選舉省委書記栗戰書兼任貴州省第11屆人大常委會主任，"
                   "選舉代省長趙克志真除為貴州省省長。\n", ("elect",))
    assert facts == {("elect", "栗战书", "主任", "贵州省人民代表大会常务委员会"),
                     ("elect", "赵克志", "省长", "贵州省人民政府")}


def test_officials_counted_under_a_post_they_all_hold():
    text = ("〔中央社〕陪同習近平同機抵達的要員，包括中國全國政協主席兼中央代表團團長王滬寧、中共中央辦公廳主任蔡奇"
            "等2名中共政治局常委；以及國務院副總理何立峰等人。\n")
    facts = _facts(text)
    assert {("hold", "王沪宁", "常委", "中共中央政治局"), ("hold", "蔡奇", "常委", "中共中央政治局")} <= facts
    # the number must be the list's, the post a body's own
    assert not {f for f in _facts("北京市副市長張三、天津市副市長李四等3名中共政治局常委出席。\n") if f[2] == "常委"}
    assert not {f for f in _facts("北京市副市長張三、天津市副市長李四等2名副市長出席。\n", ) if f[1] == "张三" and f[3] != "北京市人民政府"}


def test_wei_inside_a_name_written_before_a_verb():
    # 侯為東兼任…: 为 inside a three-character name; 張三為代表們…: 为 ends no name
    assert ("hold", "侯为东", "副市长", "福建省漳州市人民政府") in _facts(
        "漳州市副市長侯為東兼任中共漳州市委古雷港經濟開發區工作委員會書記。\n")
    assert {f[1] for f in _facts("福建省漳州市市長張三為代表們作報告。\n")} <= {"张三"}


def test_a_bare_committee_deciding_takes_the_place_of_its_sentence():
    # a page of several provinces (no place of its own): 省委 is the province the sentence names
    text = ("全國最年輕市長成全國最年輕市委書記\n發布時間:2020-01-11 17:04:17\n11日上午, 廣東省汕尾市召開全市領導干部大會,"
            "宣布省委決定:張某強任汕尾市委委員、常委、書記。\n張某強此前任浙江臺州市長。丁某曾任湖北省咸寧市委書記,已調任山西運城市委書記。\n")
    doc = document_from_text(text)
    acts = {(f.person, f.title, f.decided_by) for f in extract_document(doc) if f.kind == "appoint" and f.person == "张某强"}
    assert ("张某强", "书记", "中共广东省委员会") in acts


def test_a_citation_mark_before_a_post_ends_no_chain():
    assert ("hold", "周富强", "主任", "河南省郑州市人民代表大会常务委员会") in _facts(
        "鄭州市人民代表大會常務委員會\n組成人員不得擔任國家行政機關的職務。[2]現任鄭州市第十六屆人民代表大會常務委員會主任:周富強 [9] \n中文名\n")
