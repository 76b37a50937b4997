"""Party news, session 19 (issue 9): constructions of 党委会议 / 干部大会 / 调研 / 干部调整 news read
from the new dev documents and from made-up probes (docs/holds.md, "Party news, session 19")."""

from __future__ import annotations

from kg.extract import extract_document
from kg.names import is_person_name
from kg.reading import document_from_text
from conftest import doc_as_written


def _holds(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    doc = doc_as_written(text, jur, date, path="partynews19_test.txt")
    return {(f.person, f.title, f.org, bool(f.acting)) for f in extract_document(doc) if f.kind == "hold"}


def _facts(text: str) -> list:
    return extract_document(document_from_text(text, "partynews19_test.txt"))


# ---------------------------------------------------------------- a flattened table row of pairs


def test_title_name_pairs_run_together_on_one_line():
    text = ("1月30日，青岛10区市新一届党政一把手到任。他们分别是（按行政区划排序）：\n"
            "市南区委书记：王锋市南区代区长：刘存东\n"
            "胶州市委书记：张新竹胶州市代市长：于冬泉\n")
    got = _holds(text, "山东省青岛市")
    assert ("王锋", "书记", "中共山东省青岛市市南区委员会", False) in got
    assert ("刘存东", "区长", "山东省青岛市市南区人民政府", True) in got
    assert ("张新竹", "书记", "中共山东省青岛市胶州市委员会", False) in got
    assert ("于冬泉", "市长", "山东省青岛市胶州市人民政府", True) in got


def test_title_name_pairs_glued_to_their_introduction_and_separated_by_spaces():
    # the rows joined to the sentence that introduces them; pairs separated by spaces
    got = _holds("他们分别是（按行政区划排序）：市南区委书记：王锋市南区代区长：刘存东市北区委书记：高健\n",
                 "山东省青岛市")
    assert {p for p, *_ in got} == {"王锋", "刘存东", "高健"}
    got = _holds("新任领导：\n市南区委书记：王锋  市北区委书记：高健\n", "山东省青岛市")
    assert {p for p, *_ in got} >= {"王锋", "高健"}


def test_title_name_pairs_that_read_two_ways_or_not_at_all_stay_unread():
    # 王锋 + 南区… places nothing, but here no cut gives a placed post: the line is left
    assert _holds("市南区委书记：王锋某某某某：刘存东\n", "山东省青岛市") == set()
    # a line of prose with two colons is no row
    assert _holds("会议指出：要抓好落实：确保完成任务\n", "山东省青岛市") == set()


# ---------------------------------------------------------------- names


def test_mongolian_names_of_two_known_parts_and_the_surname_lu():
    assert is_person_name("布仁其木格") and is_person_name("宝音满都呼")
    assert is_person_name("鹿心社")
    got = _holds("2月21日，市委常委、统战部部长布仁其木格带领调研组深入东胜区。", "内蒙古自治区鄂尔多斯市")
    assert ("布仁其木格", "常委", "中共内蒙古自治区鄂尔多斯市委员会", False) in got
    got = _holds("旗委副书记、政府旗长希尼，旗人大常委会主任宝音满都呼出席。", "内蒙古自治区鄂尔多斯市乌审旗")
    assert ("宝音满都呼", "主任", "内蒙古自治区鄂尔多斯市乌审旗人民代表大会常务委员会", False) in got
    assert not any(p == "希尼" for p, *_ in got)  # no known surname, no known parts: unread


# ---------------------------------------------------------------- a headline over an election


def test_a_headline_ren_over_an_election_is_the_election():
    text = ("鹿心社任江西省人大常委会主任 刘奇任省长\n"
            "人民网北京1月29日电 据《江西日报》消息，1月28日上午，江西省十三届人大一次会议举行第三次全体会议。"
            "大会以无记名投票方式，选举鹿心社为省十三届人大常委会主任；选举刘奇为省人民政府省长。\n")
    facts = [f for f in _facts(text) if f.person == "鹿心社" and f.kind != "hold"]
    assert [(f.kind, f.title) for f in facts] == [("elect", "主任")]
    assert len(facts[0].evidence) == 2  # the headline is evidence of the election


def test_a_headline_act_with_no_election_in_the_report_stays_an_appoint():
    text = ("王某军任南昌市委书记\n"
            "2月8日，南昌市召开全市领导干部大会，宣布省委决定：王某军同志任南昌市委书记。\n")
    kinds = {f.kind for f in _facts(text) if f.person == "王某军"}
    assert "appoint" in kinds and "elect" not in kinds


# ---------------------------------------------------------------- the document's place


def test_level_words_of_named_places_do_not_outvote_the_bare_ones():
    # 东胜区委 / 达拉特旗委 / 杭锦旗委 name their places' committees; the bare 市委 words are the page's
    text = ("2月21日，市委常委、统战部部长布仁其木格带领市委统一战线工作领导小组调研组深入东胜区、达拉特旗和"
            "杭锦旗，督查市委统战工作会议贯彻落实情况。\n东胜区委书记高某东，达拉特旗委书记张某玲和杭锦旗委书记"
            "华某分别作汇报。\n市委统战部常务副部长乔某军，东胜区委常委、统战部部长边某，达拉特旗委常委、统战部部长"
            "杨某鹏，杭锦旗委常委、统战部部长王某蕾分别陪同。展现鄂尔多斯作为。\n")
    doc = document_from_text(text, "partynews19_test.txt")
    assert doc.jurisdiction == "内蒙古自治区鄂尔多斯市"
    got = {(f.person, f.org) for f in extract_document(doc) if f.kind == "hold"}
    assert ("乔某军", "中共内蒙古自治区鄂尔多斯市委员会统一战线工作部") in got


def test_a_bare_single_head_named_in_full_for_a_place_below_is_that_places():
    text = ("青岛10区市新一届党政一把手到任：\n平度市委书记：谢某村平度市市长：赵某绩\n"
            "当天上午，市委书记谢某村，市委副书记、市长赵某绩走访慰问一线工作人员。\n")
    got = _holds(text, "山东省青岛市")
    assert ("谢某村", "书记", "中共山东省青岛市平度市委员会", False) in got
    assert not any(org == "中共山东省青岛市委员会" for _, _, org, _ in got)


# ---------------------------------------------------------------- acts


def _acts(text: str, jur: str | None) -> set[str]:
    doc = doc_as_written(text, jur, None, path="partynews19_test.txt")
    return {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in extract_document(doc) if f.kind != "hold"}


def test_a_successor_takes_the_one_post_just_removed_in_the_same_sentence():
    got = _acts("9月5日，经省委研究决定，免去王某五中共南昌市委书记职务，赵某六接任。", "江西省")
    assert "appoint decided 赵某六 书记 中共江西省南昌市委员会" in got
    # several posts removed: which one the successor takes is not said
    got = _acts("省委决定：王某五同志不再担任南昌市委书记、常委、委员职务，由赵某六同志接任。", "江西省")
    assert not any("赵某六" in a for a in got)
    # another sentence: no reference
    got = _acts("免去王某五南昌市委书记职务。赵某六接任。", "江西省")
    assert not any("赵某六" in a for a in got)


def test_yuan_before_the_post_removed_is_no_part_of_its_body():
    got = _acts("江西省人大常委会决定，任命张某三为江西省公安厅厅长，免去李某四原江西省公安厅厅长职务。", "江西省")
    assert "remove decided 李某四 厅长 江西省公安厅" in got
    got = _acts("决定免去张某三原平市市长职务。", None)  # 原平市 is a place
    assert "remove decided 张某三 市长 山西省忻州市原平市人民政府" in got


def test_secretariat_after_the_politburo_and_a_dotted_name_before_shuo():
    got = _holds("中央政治局常委、书记处书记习某平出席会议并作重要讲话。", None)
    assert ("习某平", "书记", "中共中央书记处", False) in got  # (post_forms: the secretariat is the body; session 41)
    assert ("习某平", "常委", "中共中央政治局", False) in got
    got = _holds("乌鲁木齐市检察院检察长吾提库尔•阿不都热合曼说，公安机关已抓获25名犯罪嫌疑人。", "新疆维吾尔自治区乌鲁木齐市")
    assert {p for p, *_ in got} == {"吾提库尔·阿不都热合曼"}


def test_a_chain_opened_by_the_shared_title_and_an_office_of_the_same_body():
    text = ("3月21日，杭州市人大常委会副主任徐某萼、郑某胜，副秘书长、研究室主任阮某晖，副秘书长、办公厅主任叶某东，"
            "省发展规划研究院总规划师徐某金，宁波市咨询委主任郑某民参加调研。")
    got = _holds(text, "浙江省")
    assert ("阮某晖", "副秘书长", "浙江省杭州市人民代表大会常务委员会", False) in got
    assert ("阮某晖", "主任", "浙江省杭州市人民代表大会常务委员会研究室", False) in got
    assert ("叶某东", "副秘书长", "浙江省杭州市人民代表大会常务委员会", False) in got
    assert ("叶某东", "主任", "浙江省杭州市人民代表大会常务委员会办公厅", False) in got
    assert ("徐某金", "总规划师", "浙江省发展规划研究院", False) in got
    assert ("郑某民", "主任", "浙江省宁波市咨询委员会", False) in got


def test_moved_already_on_an_unsaid_day():
    got = _acts("记者从宜春市委组织部获悉，张某军已于近日调任万载县委书记。", "江西省宜春市")
    assert "appoint decided 张某军 书记 中共江西省宜春市万载县委员会" in got
    assert _acts("网传张某军将调任万载县委书记，目前尚未得到官方证实。", "江西省宜春市") == set()


def test_a_town_is_never_named_in_full_by_a_clause_before_it():
    # "万载县委书记张某一到株潭镇" is a mention and a visit, no full name of 株潭镇
    got = _holds("6月3日，万载县委书记张某一到株潭镇调研。株潭镇党委书记李某六陪同调研。", "江西省宜春市万载县")
    assert not any(org and "张某一" in org for _, _, org, _ in got)


def test_a_reposts_stamp_dates_no_report():
    text = ("内地省级党委副书记均不再兼任省会市委书记\n\n来源:百度文库 编辑:偶看新闻 时间:2024/05/03 06:27:51\n\n"
            "2011年12月08日 04:35\n来源:奥一网\n\n据《西宁晚报》报道，12月6日下午，西宁市召开领导干部大会，宣布省委决定："
            "毛某兵同志任西宁市委书记。\n")
    doc = document_from_text(text, "partynews19_test.txt")
    assert doc.date != "2024-05-03"
    dates = {f.date for f in extract_document(doc) if f.person == "毛某兵" and f.kind == "appoint"}
    assert dates == {"2011-12-06"}


def test_a_decision_of_a_body_on_its_subject_decides_the_acts_it_lists():
    doc = doc_as_written("2012年7月18日，新华社公布中央日前对贵州省委主要领导的任免决定：赵某志同志任贵州省委书记。",
                         None, None, path="partynews19_test.txt")
    acts = [f for f in extract_document(doc) if f.kind == "appoint"]
    assert [(f.person, f.decided_by) for f in acts] == [("赵某志", "中共中央委员会")]


def test_a_name_padded_with_spaces_after_its_title():
    text = "万载县委副书记、县长王  强，县委常委、常务副县长  李  明，副县长 张某华出席会议。"
    got = _holds(document_from_text(text, "x.txt").text, "江西省宜春市万载县")
    assert ("王强", "县长", "江西省宜春市万载县人民政府", False) in got
    assert ("李明", "常务副县长", "江西省宜春市万载县人民政府", False) in got
    assert not any(p == "张某华" for p, *_ in got)  # a space, then the name and a verb: unread


def test_a_zones_management_committee_after_its_working_committee():
    got = _acts("经市委研究决定：张某一同志任宜春经济技术开发区党工委书记、管委会主任。", "江西省宜春市")
    assert "appoint decided 张某一 书记 中共江西省宜春市委员会宜春经济技术开发区工作委员会" in got
    assert "appoint decided 张某一 主任 江西省宜春经济技术开发区管理委员会" in got  # (was 中共江西省宜春市委员会管委会; named in full since session 38)
