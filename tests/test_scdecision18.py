"""Standing-committee decisions and their news, session 18 (issue 9, genres scdecision / scnews):
constructions of the session-18 dev documents on invented texts — the deciding body after 召开
(召开县…: never the county 开县), a meeting to come in a headline, a standing committee's 主任会议
proposing, a resignation request's proposer, departments written bare in a list of appointments,
and departments of the years before the reforms of 2013 / 2018."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.reading import document_from_text
from conftest import doc_as_written


def _doc(text: str, jur: str | None, date: str | None = None):
    return doc_as_written(text, jur, date, path="scdecision18_test.txt")


def _acts(text: str, jur: str | None) -> set[tuple]:
    return {(f.kind, f.status, f.person, f.title, f.org, f.decided_by)
            for f in extract_document(_doc(text, jur)) if f.kind not in ("hold", "rank")}


@pytest.mark.parametrize("text,jur,decider", [
    # 召开县十七届人大常委会: 开县 (重庆) is 召开's last character joined to the county's own body
    ("县人大常委会主任张一主持召开县十七届人大常委会第十七次会议。会议决定任命李二为南皮县人民政府副县长。",
     "河北省沧州市南皮县", "河北省沧州市南皮县人民代表大会常务委员会"),
    # a meeting to come in a headline (…四次会议⏎将于3月25日召开) decides nothing
    ("区十届人大四次会议\n将于3月25日召开\n本报讯 昨天下午，嘉兴市南湖区十届人大常委会召开第二十四次会议。"
     "会议表决通过了有关人事事项，决定免去张一的嘉兴市南湖区人民政府副区长职务。",
     "浙江省嘉兴市南湖区", "浙江省嘉兴市南湖区人民代表大会常务委员会"),
])
def test_deciding_body_of_the_meeting_reported(text, jur, decider):
    assert {a[5] for a in _acts(text, jur)} == {decider}


def test_a_county_of_the_document_written_with_its_place_stays():
    # the document's own county: 开县 is its place, the standing committee its own
    acts = _acts("开县人大常委会召开第十次会议。会议决定任命李二为开县人民政府副县长。", "重庆市开县")
    assert {a[5] for a in acts} == {"重庆市开县人民代表大会常务委员会"}


def test_chairmen_council_proposes():
    acts = _acts("会议听取了县人大常委会主任会议关于提请审议决定接受张一等辞去甘谷县第十八届人大代表职务的议案。",
                 "甘肃省天水市甘谷县")
    assert acts == {("resign", "proposed", "张一", "代表", "甘肃省天水市甘谷县第十八届人民代表大会",
                     "甘肃省天水市甘谷县人民代表大会常务委员会主任会议")}
    # the council named after 关于 in the title of the report on its bill, not the reporter
    acts = _acts("会议听取了王一作的关于省人大常委会主任会议提请关于提名赵三为省人民检察院副检察长议案的说明。", "黑龙江省")
    assert acts == {("appoint", "proposed", "赵三", "副检察长", "黑龙江省人民检察院",
                     "黑龙江省人民代表大会常务委员会主任会议")}


def test_a_resignation_request_is_its_writers():
    text = ("宿州市人民代表大会常务委员会关于接受张二辞职请求的决定\n"
            "因工作变动，张二提出辞去宿州市人民政府副市长职务。宿州市第五届人民代表大会常务委员会第三十一次会议决定："
            "接受张二辞去宿州市人民政府副市长职务的请求。\n")
    acts = _acts(text, "安徽省宿州市")
    assert ("resign", "proposed", "张二", "副市长", "安徽省宿州市人民政府", None) in acts
    assert ("resign", "decided", "张二", "副市长", "安徽省宿州市人民政府", "安徽省宿州市人民代表大会常务委员会") in acts


def test_departments_written_bare_after_a_placed_one():
    text = ("上海市十三届人大常委会第六次会议决定：任命王一为上海市经济和信息化委员会主任，沙二为商务委员会主任，"
            "马三为民政局局长，张四为城乡发展研究中心主任，徐五为卫生局局长。")
    orgs = {a[2]: a[4] for a in _acts(text, "上海市")}
    del orgs["张四"]  # (a centre is no department: the chain goes on past it)
    assert orgs == {"王一": "上海市经济和信息化委员会", "沙二": "上海市商务委员会", "马三": "上海市民政局",
                    "徐五": "上海市卫生局"}
    # no placed department before them: a bare 民政局 stays unplaced
    orgs = {a[2]: a[4] for a in _acts("会议决定：任命马三为民政局局长。", "上海市")}
    assert orgs == {"马三": None}


@pytest.mark.parametrize("written,canonical", [
    ("市卫生局", "黑龙江省绥化市肇东市卫生局"),
    ("市畜牧兽医局", "黑龙江省绥化市肇东市畜牧兽医局"),
    ("市文化广电新闻出版局", "黑龙江省绥化市肇东市文化广电新闻出版局"),
    ("市国土资源局", "黑龙江省绥化市肇东市国土资源局"),
    ("肇东市水务局", "黑龙江省绥化市肇东市水务局"),
])
def test_departments_before_the_reforms(written, canonical):
    from kg.orgs import canonical_org

    assert canonical_org(written, "黑龙江省绥化市肇东市") == canonical


def test_a_day_before_the_meetings_verb_dates_it():
    text = ("2007-12-25 15:11:24 来源:东北网\n东北网12月25日讯 省十届人大常委会第三十一次会议25日结束。\n"
            "会议表决通过了人事任免职名单，决定任命杜一为省政府副省长。\n")
    doc = document_from_text(text, "day.txt")
    assert [f.date for f in extract_document(doc) if f.kind == "appoint"] == ["2007-12-25"]
    # a meeting to come (决定…于今年…举行) dates nothing: the act keeps the report's own day
    text = ("2010-01-23 柳州日报\n市十二届人大常委会第二十八次会议于昨天上午召开。会议决定市十二届人大八次会议"
            "于今年23日至5日举行，决定任命胡一为市人民政府副市长。\n")
    doc = document_from_text(text, "day2.txt")
    assert [f.date for f in extract_document(doc) if f.kind == "appoint"] == ["2010-01-22"]


def test_names_holding_yue_written_whole():
    from kg.extract.holds import extract_holds

    def holds(text):
        return {(f.person, f.title) for f in extract_holds(_doc(text, "江西省上饶市")) if f.kind == "hold"}

    assert holds("市人大常委会主任肖一连主持会议并讲话，副主任张二发、王三革，秘书长肖月高出席会议。") == {
        ("肖一连", "主任"), ("张二发", "副主任"), ("王三革", "副主任"), ("肖月高", "秘书长")}
    assert ("张月华", "副主任") in holds("市人大常委会副主任张月华、李四出席会议。")
    assert holds("市委书记王三月底前往北京。") == set()  # 月底: never a name's end


def test_a_decision_lists_place_is_its_issuers_not_a_subordinates():
    # a prefecture's list approves a county-level city's procurator: the list is the prefecture's
    text = ("黔东南州人大常委会任免名单\n（2019年3月28日州第十四届人大常委会第十次会议通过）\n任命：\n"
            "张一为州中级人民法院副院长；\n免去：\n王三的州人民检察院副检察长职务。\n批准任命：\n赵四为凯里市人民检察院检察长。\n")
    doc = document_from_text(text, "qdn.txt")
    assert doc.jurisdiction == "贵州省黔东南苗族侗族自治州"
    acts = {(f.person, f.org, f.decided_by) for f in extract_document(doc) if f.kind in ("appoint", "remove")}
    assert ("赵四", "贵州省黔东南苗族侗族自治州凯里市人民检察院",
            "贵州省黔东南苗族侗族自治州人民代表大会常务委员会") in acts


def test_titles_of_decisions_listed_with_a_comma_are_two_acts():
    text = ("会议表决通过了《黑龙江省人大常委会关于接受张一同志请求辞去黑龙江省人民政府省长职务的决定》、"
            "《黑龙江省人大常委会关于接受刘二同志请求辞去黑龙江省人民政府副省长职务的决定》。")
    assert {(a[0], a[2], a[3]) for a in _acts(text, "黑龙江省")} == {("resign", "张一", "省长"), ("resign", "刘二", "副省长")}


def test_a_month_day_takes_the_year_the_text_writes_for_that_day():
    from kg.extract.holds import extract_holds

    text = ("本网讯 7月28上午，区六届人大常委会召开第二十六次会议。区人大常委会主任李一明主持会议。\n"
            "樊城区人民代表大会常务委员会任命名单（2020年7月28日樊城区第六届人民代表大会常务委员会第二十六次会议通过）"
            "决定任命：余二军为樊城区人民政府副区长。\n")
    doc = document_from_text(text, "same_day.txt")
    assert {f.date for f in extract_holds(doc) if f.person == "李一明"} == {"2020-07-28"}
    # two years written for that day: the text does not say which
    text2 = text.replace("（2020年7月28日", "（2019年7月28日樊城区第六届人民代表大会常务委员会第二十次会议通过，2020年7月28日")
    doc2 = document_from_text(text2, "same_day2.txt")
    assert {f.date for f in extract_holds(doc2) if f.person == "李一明"} == {None}


def test_a_two_character_county_written_once_at_a_word_start_with_its_body():
    text = ("5月13日，房县十七届人大常委会召开第二十八次会议。\n会议决定郑三副县长代理县人民政府县长职务。"
            "县人大常委会副主任张一出席。县委常委、副县长王二列席会议。\n")
    doc = document_from_text(text, "fx.txt")
    assert doc.jurisdiction == "湖北省十堰市房县"
    # 召开县十七届人大…: 开县 is the tail of 召开, no mention of 开县 (重庆)
    text2 = ("2月20日，秦安县委书记王一主持召开县委常委会议。会议研究了召开县十七届人大二次会议有关事宜。"
             "秦安县人民政府、秦安县人大常委会有关负责人列席。\n")
    assert document_from_text(text2, "qa.txt").jurisdiction == "甘肃省天水市秦安县"


def test_variant_characters_of_mirror_pages():
    from kg.simplify import to_simplified

    text = "陜西省第十二屆人民代表大會常務委員會第二十六次會議決定，任命胡一為陜西省人民政府副省長、代省長。縣衞生局局長。"
    out = to_simplified(text)
    assert len(out) == len(text) and out.startswith("陕西省第十二届") and "县卫生局" in out
    acts = {(f.kind, f.person, f.org) for f in extract_document(document_from_text(text, "sx.txt"))}
    assert ("appoint", "胡一", "陕西省人民政府") in acts


@pytest.mark.parametrize("head,region", [
    ("新疆人大常委会召开会议", "新疆维吾尔自治区"),
    ("内蒙古十三届人大常委会第五次会议闭幕", "内蒙古自治区"),
    ("宁夏人大常委会召开会议", "宁夏回族自治区"),
])
def test_a_region_written_by_its_short_name(head, region):
    text = head + "\n自治区人大常委会主任张一主持会议。自治区人大常委会副主任李二出席。会议决定任命王三为自治区人民政府副主席。\n"
    doc = document_from_text(text, "region.txt")
    assert doc.jurisdiction == region
    assert {f.org for f in extract_document(doc) if f.kind == "appoint"} == {region + "人民政府"}


def test_a_meeting_closed_before_the_dated_event_gives_no_date():
    text = ("时间:2021/12/3 21:04:59\n 12月3日，临沧市第四届人大常委会举行宪法宣誓仪式，市人大常委会主任汤一主持。\n"
            " 刚刚闭幕的市第四届人大常委会第二十九次会议表决通过了有关人事事项。\n 决定任命杜二为临沧市人民政府副市长。\n")
    doc = document_from_text(text, "closed.txt")
    assert [f.date for f in extract_document(doc) if f.kind == "appoint"] == [None]
    # 当天刚刚闭幕的: that day's meeting, the day is the event's
    text2 = text.replace("刚刚闭幕的", "当天刚刚闭幕的")
    doc2 = document_from_text(text2, "closed2.txt")
    assert [f.date for f in extract_document(doc2) if f.kind == "appoint"] == ["2021-12-03"]


def test_a_list_titled_by_its_issuer_and_signed_below():
    text = ("首页 > 人大公告 > 任免公告\n发布时间：2021-08-05 10:22  来源：市人大常委会办公室\n"
            "湖州市人民代表大会常务委员会任免名单\n任命：\n张一为湖州市教育局局长；\n李二为湖州市中级人民法院审判员。\n"
            "免去：\n王三的湖州市教育局局长职务。\n湖州市人民代表大会常务委员会\n2021年8月4日\n")
    doc = document_from_text(text, "list_signed.txt")
    acts = {(f.kind, f.person, f.date, f.decided_by) for f in extract_document(doc) if f.kind in ("appoint", "remove")}
    assert acts == {(k, p, "2021-08-04", "浙江省湖州市人民代表大会常务委员会")
                    for k, p in (("appoint", "张一"), ("appoint", "李二"), ("remove", "王三"))}


def test_a_list_titled_by_a_level_word_alone_names_no_decider():
    text = "县人大常委会任免名单\n（2021年8月4日县十七届人大常委会第三十七次会议通过）\n任命：\n张一为县人民法院审判员；\n"
    doc = document_from_text(text, "bare_list.txt")
    assert {f.decided_by for f in extract_document(doc) if f.kind == "appoint"} == {None}
