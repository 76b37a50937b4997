"""Session 24: general gaps found by probing constructions of the genres the frozen set scores
lowest on, and by the session's fresh annotated pages. Each: the construction, made-up variants
and negatives."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read


# -- 1. a decision's list under a heading that names its people (决定任命下列人员：), a list titled
#       任命名单 / 免职名单, rows written post first under 免去：, and rows "POST：NAME": acts of the
#       list's kind, never holdings (act_shapes list_heading, list_remove_post_first; the hold readers
#       leave every row the act grammar's heading opens: acts._list_heading)

@pytest.mark.parametrize("text, acts", [
    ("2024年3月20日，南昌市人大常委会第十次会议决定任命下列人员：\n张三丰  南昌市发展和改革委员会主任\n李四光  南昌市教育局局长",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议决定任命下列人员：\n南昌市发展和改革委员会主任：张三丰\n南昌市教育局局长：李四光",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议通过的任命名单\n南昌市发展和改革委员会主任 张三丰\n南昌市教育局局长 李四光",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("南昌市人大常委会第十次会议于2024年3月20日举行。会议决定任命：\n南昌市教育局局长  李四光\n免去：\n南昌市财政局局长  王五福",
     {"appoint decided 李四光 局长 江西省南昌市教育局", "remove decided 王五福 局长 江西省南昌市财政局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议决定任免名单\n任命：\n张三丰，南昌市发展和改革委员会主任\n李四光，南昌市教育局局长\n免去：\n王五福，南昌市财政局局长",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局",
      "remove decided 王五福 局长 江西省南昌市财政局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议决定：\n一、任命\n1.张三丰 南昌市发展和改革委员会主任\n2.李四光 南昌市教育局局长",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议。本次会议任命的人员：\n南昌市发展和改革委员会主任 张三丰\n南昌市教育局局长 李四光",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("南昌市人大常委会任免名单\n（2024年3月20日南昌市第十六届人民代表大会常务委员会第十次会议通过）\n任命：\n| 张三丰 | 南昌市发展和改革委员会主任 |\n| 李四光 | 南昌市教育局局长 |",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
    ("南昌市人大常委会任免名单\n（2024年3月20日南昌市第十六届人民代表大会常务委员会第十次会议通过）\n姓名 | 任免职务\n张三丰 | 任南昌市发展和改革委员会主任\n李四光 | 免去南昌市教育局局长职务",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "remove decided 李四光 局长 江西省南昌市教育局"}),
    ("2024年3月20日，南昌市人大常委会第十次会议决定任命：\n张三丰（男，1970年生）为南昌市发展和改革委员会主任；\n李四光（女）为南昌市教育局局长。",
     {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}),
])
def test_decision_list_rows_are_acts_not_holdings(text, acts):
    assert acts_read(text) == acts
    assert holds_read(text) == set()


def test_roster_rows_without_a_heading_stay_holdings():
    text = "南昌市教育局领导班子\n南昌市教育局局长  李四光\n南昌市教育局副局长  王五福"
    assert acts_read(text) == set()
    assert "李四光 局长 江西省南昌市教育局" in holds_read(text)


# -- 2. a list headed "PLACE历任TITLE" with its items run together or one a line, each a name and its
#       years in the forms sites write (kg.extract.infobox._history_runs); a note's parts that name a
#       later / current post are read for the item's person (infobox._note_posts)

@pytest.mark.parametrize("text, wanted", [
    ("灵寿县历任县委书记(倒序) 彭勇民(2021年5月—至今) 王建海(2008年12月—2021年5月) 灵寿县委书记的级别:正处级",
     {"彭勇民 书记 中共河北省石家庄市灵寿县委员会 2021-05 None False",
      "王建海 书记 中共河北省石家庄市灵寿县委员会 2008-12 2021-05 True"}),
    ("兴山县历任县长(倒序,截至2025年3月)\n吴浩:2021年11月—至今(工学博士)\n曹宏伟:2019年12月—2021年11月(2019年12月代县长,后转任书记)",
     {"吴浩 县长 湖北省宜昌市兴山县人民政府 2021-11 None False",
      "曹宏伟 县长 湖北省宜昌市兴山县人民政府 2019-12 2021-11 True"}),
    ("南关区历任区委书记: - 鲁月:2024年及之前 - 杨大勇:2021年5月-2022年7月 南关区委书记的级别:副厅级",
     {"杨大勇 书记 中共吉林省长春市南关区委员会 2021-05 2022-07 True"}),
    ("藤县历任县长(按任期倒序) 蒙中平(壮族):2021年6月—至今(现任)",
     {"蒙中平 县长 广西壮族自治区梧州市藤县人民政府 2021-06 None False"}),
    ("都江堰市(含原灌县)历任市长(倒序)\n张亚丹 2020年9月—至今(2020年7月任代市长,9月当选)",
     {"张亚丹 市长 四川省成都市都江堰市人民政府 2020-09 None False"}),
])
def test_history_runs(text, wanted):
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    doc = document_from_text(text, path="t.txt")
    got = {f"{f.person} {f.title} {f.org} {f.start} {f.end} {f.former}" for f in extract_holds(doc)}
    assert wanted <= got


def test_history_run_notes_name_later_and_current_posts():
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    text = "西平县历任县委书记(倒序) 李全喜:2021年7月—2024年2月(升任驻马店副市长,任内完成规划) 张鹏:2016年7月—2017年4月(现任市发改委主任)"
    got = {f"{f.person} {f.title} {f.org} {f.former}" for f in extract_holds(document_from_text(text, path="t.txt"))}
    assert "李全喜 副市长 河南省驻马店市人民政府 True" in got
    assert "张鹏 主任 河南省驻马店市发展和改革委员会 False" in got


@pytest.mark.parametrize("text", [
    "李明华，男，1960年生。1990年后历任县委副书记、县长(1995年—2001年)。",
    "他历任县委书记(1990年—1995年)、市长。",
    "兴山县历任县委书记、县长+现任领导班子",
])
def test_history_run_negatives(text):
    from kg.extract import infobox
    from kg.extract.spans import SpanIndex
    from kg.reading import document_from_text

    facts, _ = infobox._history_runs(document_from_text(text, path="t.txt"), SpanIndex([]), None)
    assert facts == []


# -- 3. a news round-up's items, each a line opened by a bullet mark (▶X履新Y): never joined to the
#       line before (kg.normalize _NEW_ITEM, acts.BULLET_LINE_RE), so each item is read alone

def test_bullet_items_read_alone():
    text = "山东近期人事调整。\n▶孙爱军履新菏泽市委书记\n▶张术平履新临沂代市长\n▶佘春明履新省商务厅厅长"
    assert acts_read(text) == {"appoint decided 孙爱军 书记 中共山东省菏泽市委员会",
                               "acting decided 张术平 市长 山东省临沂市人民政府",
                               "appoint decided 佘春明 厅长 山东省商务厅"}


def test_bullet_items_normalized_apart():
    from kg.normalize import normalize

    text, _ = normalize("近日，4所高校领导班子进行了调整。\n● 张鹏任广西科技师范学院党委书记\n● 杨杰任广西科技师范学院院长")
    assert text.count("\n") == 2


def test_bullets_inside_a_line_after_a_place_label():
    text = "山东近期人事调整。\n聊城▶徐景颜履新聊城市委书记\n菏泽▶孙爱军履新菏泽市委书记▶解维俊履新菏泽市长"
    assert acts_read(text) == {"appoint decided 徐景颜 书记 中共山东省聊城市委员会",
                               "appoint decided 孙爱军 书记 中共山东省菏泽市委员会",
                               "appoint decided 解维俊 市长 山东省菏泽市人民政府"}


# -- 4. 申 opens 申请 / 申报 and the surname of 申长友, 申维辰: a name only at a boundary, three
#       characters whole (acts._SURNAME_PREPOSITIONS)

@pytest.mark.parametrize("text, acts", [
    ("近日，申长友出任东营市委书记。", {"appoint decided 申长友 书记 中共山东省东营市委员会"}),
    ("会议同意申请人辞去县长职务。", set()),
    ("本人申请辞去县长职务。", set()),
])
def test_shen_surname(text, acts):
    assert acts_read(text) == acts


# -- 5. 人大主任 is the standing committee's (a congress has no 主任: posts.secretariat_body, also for
#       the body an electing plenary gives); 上述 is no name (接受上述4人辞去…)

@pytest.mark.parametrize("text, acts", [
    ("李明出任西藏自治区人大主任。", {"appoint decided 李明 主任 西藏自治区人民代表大会常务委员会"}),
    ("会议选举张三为长兴县人大常委会主任，李四为长兴县人大副主任。",
     {"elect decided 张三 主任 浙江省湖州市长兴县人民代表大会常务委员会",
      "elect decided 李四 副主任 浙江省湖州市长兴县人民代表大会常务委员会"}),
    ("会议通过了关于接受上述4人辞去河南省副省长职务的决定。", set()),
])
def test_congress_officers_and_no_name(text, acts):
    assert acts_read(text) == acts


# -- 6. a discipline notice's penalty right after the name: the posts written before it were held
#       (mentions.AFTER: 留党察看, 党内严重警告, 撤销党内职务, 行政撤职 …)

def test_penalty_after_name():
    text = "经市纪委常委会会议研究并报市委、市政府批准：给予潮州市公路局党组书记、局长舒展留党察看二年、行政撤职处分；给予潮州市公路局党组成员、副局长丁延安党内严重警告、行政记大过处分。"
    got = holds_read(text)
    assert {"舒展 局长 广东省潮州市公路局", "丁延安 副局长 广东省潮州市公路局"} <= got


# -- 7. the day written inside 今日 / 昨日 (今(26)日, 昨（25）日): that day when the page's reference day
#       agrees, else no date (kg.extract.dating RELATIVE)

@pytest.mark.parametrize("text, date", [
    ("发布时间:2018-12-26 00:00\n今(26)日,市七届人大常委会第二十三次会议决定任命邓正权为遂宁市人民政府副市长。", "2018-12-26"),
    ("发布时间:2018-12-26 00:00\n昨(25)日,市七届人大常委会第二十三次会议决定任命邓正权为遂宁市人民政府副市长。", "2018-12-25"),
    ("发布时间:2018-12-26 00:00\n今(20)日,市七届人大常委会第二十三次会议决定任命邓正权为遂宁市人民政府副市长。", None),
])
def test_day_inside_relative_word(text, date):
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    facts = merge_facts(extract_acts(document_from_text(text, path="t.txt")))
    assert [f.date for f in facts] == [date]


# -- 8. a history list's heading numbered or written 历届X名一览表, its holders in a table with a
#       序号 column (infobox._history_lists, _history_cells)

def test_history_table_with_number_column():
    text = ("二、大同市历任市长一览表\n序号 | 姓名 | 任职时间 | 备注 |\n1 | 张振川 | 1949年-1950年 | 大同解放后首任市长 |\n"
            "2 | 李子英 | 1950年-1954年 | 主要负责建国初期城市建设 |\n13 | 张强 | 2021年至今 | 现任 |")
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    got = {f"{f.person} {f.title} {f.org} {f.start} {f.end}" for f in extract_holds(document_from_text(text, path="t.txt"))}
    assert {"张振川 市长 山西省大同市人民政府 1949 1950", "李子英 市长 山西省大同市人民政府 1950 1954",
            "张强 市长 山西省大同市人民政府 2021 None"} <= got


def test_history_table_heading_with_ming():
    text = "历届西安市长名一览表\n序号 | 姓名 | 任职时间 | 备注 |\n1 | 李敷仁 | 1949年-1950年 | 西安解放后首任市长 |"
    assert "李敷仁 市长 陕西省西安市人民政府" in holds_read(text)


# -- 9. 前 before a province's or prefecture's name marks former posts (前贵州省委常委、副省长王晓光;
#       never 前郭县, 前进区), and a court's or an investigation's step may follow the name (被判处, 投案)

@pytest.mark.parametrize("text, wanted", [
    ("据报道，前贵州省委常委、副省长王晓光被判处无期徒刑。", {"王晓光 副省长 贵州省人民政府", "王晓光 常委 中共贵州省委员会"}),
    ("2025年9月25日，玉溪市委书记周建忠主动投案。", {"周建忠 书记 中共云南省玉溪市委员会"}),
])
def test_former_qian_and_court_steps(text, wanted):
    assert wanted <= holds_read(text)


def test_qian_place_names_stay():
    got = holds_read("前郭县委书记李明华出席会议。")
    assert not any(f.startswith("李明华 书记 中共郭") for f in got)


# -- 10. a succession's holders written with the rank of their term, one a line (第一任市委书记：彭真):
#        holdings of the post in the place of the list's heading or of the document (infobox._ordinal_row)

def test_ordinal_rows():
    got = holds_read("湛江市历任市委书记\n第一任市委书记:王国强\n第二任市委书记:张云逸")
    assert {"王国强 书记 中共广东省湛江市委员会", "张云逸 书记 中共广东省湛江市委员会"} <= got
    # no place written: no body (a holder with the tenure after the name kept with org null, session 36)
    assert all(h.endswith(" None") for h in holds_read("第一任县长：张三丰（1949年10月—1952年3月）\n第二任县长：李四光（1952年3月—1956年5月）"))


# -- 11. bodies written alone before a post whose titles they share (文教局、教育局党组书记、局长;
#        卡布其煤矿、红旗煤矿党委书记): each body holds those titles, the place written once
#        (kg.extract.careers._pieces, SHARED_BODY_RE)

def test_bodies_share_titles():
    got = holds_read("多杰才旦，男，藏族，1932年生。1970年后历任西藏自治区文教局、教育局党组书记、局长，自治区社科院院长。")
    assert {"多杰才旦 党组书记 西藏自治区文教局", "多杰才旦 党组书记 西藏自治区教育局",
            "多杰才旦 局长 西藏自治区文教局", "多杰才旦 局长 西藏自治区教育局"} <= got


def test_bodies_share_titles_negative():
    # the body after is of another kind (a university's office): no sharing, the list stops as before
    got = holds_read("张治礼，男，1965年生。历任中国热带农业科学院、华南热带农业大学研究生处干部、副主任科员。")
    assert not any(f.startswith("张治礼 干部") or "中国热带农业科学院" in f for f in got)


def test_adverb_after_a_name_before_the_verb():
    text = "同在8月2日，孙群也赴任海陵区任区委副书记，被提名为区长候选人。\n“70后”孙群今年47岁，他之前任泰州市工商局局长。"
    got = holds_read(text)
    assert not any(f.startswith("孙群也") for f in got)


# -- 12. a name kg's surnames lack, delimited on both sides (，郅海杰同志任…), and a headline (the first line)
#        never runs into its report opened by a date (acts.trailing_names, _join_lines)

def test_rare_surname_closed_by_tongzhi():
    got = acts_read("10月31日，会议宣布中共北京市委决定，郅海杰同志任中共北京市西城区委员会委员、常委、副书记。")
    assert "appoint decided 郅海杰 副书记 中共北京市西城区委员会" in got


def test_headline_over_dated_report():
    text = ("北京市委决定:刘东伟任西城区委书记,王海杰任西城区委副书记\n\n10月31日,西城区召开全区领导干部大会。"
            "会议宣布中共北京市委决定,刘东伟同志任中共北京市西城区委员会书记。")
    got = acts_read(text)
    assert "appoint decided 王海杰 副书记 中共北京市西城区委员会" in got


def test_ordinal_rows_numbered_and_followed_by_text():
    got = holds_read("中山历任市委领导简介\n  2. 第二任市委书记:陈旭东 陈旭东,曾任海关总署政策法规司司长。\n2.2 第三任市委书记:李雪山")
    assert {"陈旭东 书记 中共广东省中山市委员会", "李雪山 书记 中共广东省中山市委员会"} <= got


def test_passed_personnel_bill_is_a_decision():
    text = "2024年3月20日，南昌市人大常委会第十次会议表决通过了人事任免案，张三丰任南昌市发展和改革委员会主任，李四光任南昌市教育局局长。"
    assert acts_read(text) == {"appoint decided 张三丰 主任 江西省南昌市发展和改革委员会", "appoint decided 李四光 局长 江西省南昌市教育局"}


def test_and_before_a_former_mark():
    got = holds_read("截止目前已经被中纪委坐实的还有前贵州省委常委、常务副省长秦如培，和前贵州省委常委、副省长王晓光。")
    assert {"秦如培 常务副省长 贵州省人民政府", "王晓光 副省长 贵州省人民政府"} <= got


def test_titled_opener_after_an_example_word():
    text = ("对于石刚免职后的去向，文章称，秘书的动向某个程度折射出领导人的影响力。\n比如，前总理朱镕基的办公室主任李伟，"
            "后来担任银监会副主席、国务院发展研究中心主任，成为正部级官员。")
    got = holds_read(text)
    assert "李伟 主任 国务院发展研究中心" in got and not any(f.startswith("石刚") for f in got)


def test_subject_before_zai_zhiqian_and_designate():
    text = ("年龄最小的是山东省威海市市长张海波。张海波出生于1969年5月。\n王忠林、傅明先4人属于本市转任。"
            "王忠林在此次履新之前，曾任济南市委副书记、市长等职。")
    got = holds_read(text)
    assert "王忠林 副书记 中共山东省济南市委员会" in got and "张海波 副书记 中共山东省济南市委员会" not in got
    assert holds_read("随着姜堰区候任区长方针、海陵区候任区长孙群的任命，两区结束了一肩挑的局面。") == set()


# -- 13. a bare title the body named before in the same sentence holds (…常委会副主任A向…颁发任命书，副主任B、C
#        分别主持…), and 和 ends a name before a verb (秘书长李仁和出席会议: 李仁和, no conjunction)

def test_bare_title_in_the_sentence_and_he_in_a_name():
    text = ("11月10日，省十二届人大常委会第三十次会议在太原举行。\n山西省人大常委会副主任牛仁亮向通过任命人员颁发任命书，"
            "副主任张建欣、田喜荣分别主持两次全体会议，副主任周然、秘书长李仁和出席会议。")
    got = holds_read(text)
    assert {"张建欣 副主任 山西省人民代表大会常务委员会", "田喜荣 副主任 山西省人民代表大会常务委员会",
            "周然 副主任 山西省人民代表大会常务委员会", "李仁和 秘书长 山西省人民代表大会常务委员会"} <= got
    assert not any(f.startswith("李仁 ") for f in got)


def test_roster_table_header_is_no_decision_list():
    text = "| 姓名 | 职务 |\n| 张建国 | 县委书记 |\n| 李明华 | 县委副书记、县长 |\n"
    assert acts_read(text) == set()


# -- 14. (from the independent round 3, after its measurement) a career step dated to a year or a month
#        and told of the person before, or an election so dated at no meeting, is no act; 曾两度 is no name

@pytest.mark.parametrize("text", [
    "2008年，时任广东政协副主席的罗富和当选第十一届全国政协副主席。",
    "中南大学校长田红旗，曾在中南大学任过6年的副校长，2016年6月，出任中国工程院副院长，一年之后重回中南大学。",
    "其中郭棣活在文革前后曾两度出任广东省副省长。",
])
def test_career_steps_are_no_acts(text):
    assert acts_read(text) == set()


def test_news_of_a_year_stays_an_act():
    got = acts_read("案例2：2009年，任期未满、年龄未到的教育部部长周济突然被免职，袁贵仁接任。")
    assert "appoint decided 袁贵仁 部长 中华人民共和国教育部" in got


# -- 15. (from round 3, after its measurement) a party committee's standing committee member written in
#        full is 常委 of the committee (posts.party_standing); 委员有A、B…; 省委书记为王晓晖同志; a
#        succession list's items "2. 吴飞:1922年7月起任市长。" (careers ITEM_NAME_RE), a numbered line
#        naming no one this way is never the item's before

def test_party_standing_committee_members():
    assert acts_read("全会选举王晓晖、黄强为中国共产党四川省第十二届委员会常务委员会委员。") == {
        "elect decided 王晓晖 常委 中共四川省委员会", "elect decided 黄强 常委 中共四川省委员会"}
    got = holds_read("现任中国共产党四川省第十二届委员会常务委员会委员有王晓晖、黄强、施小琳。\n省委书记为王晓晖同志。")
    assert {"王晓晖 常委 中共四川省委员会", "黄强 常委 中共四川省委员会", "施小琳 常委 中共四川省委员会",
            "王晓晖 书记 中共四川省委员会"} <= got
    assert not any(f.startswith("有") for f in got)


def test_succession_items_with_colon():
    text = "广州市历任市长\n1. 孙科:1921年2月起任市长。\n2. 吴飞:1922年7月起任市长。\n3. 彭东原汪精卫政权广州市长，曾任广东治安维持委员会委员长。"
    got = holds_read(text)
    assert any(f.startswith("吴飞 市长") for f in got)
    assert not any(f.startswith("吴飞 委员长") for f in got)


def test_bukue_after_a_name():
    got = holds_read("二十届中央委员，时任辽宁省委副书记、省长李乐成补缺二十届中央委员金壮龙，履新工信部党组书记。")
    assert {"李乐成 副书记 中共辽宁省委员会", "李乐成 省长 辽宁省人民政府"} <= got
    assert not any(f.startswith("金壮龙 副书记") for f in got)


# -- 16. (round 3, after its measurement) a reason between the name and 不再担任; 免去其…，…职务 across
#        commas; a founding decision's list 宣布…成立四川省委的决定和组成人员名单：书记A，副书记B

def test_removals_and_founding_list():
    assert {"remove decided 王蒙徽 书记 中共湖北省委员会", "remove decided 王蒙徽 常委 中共湖北省委员会"} <= acts_read(
        "2025年12月，王蒙徽因年龄(本月底满65岁)不再担任湖北省委书记、常委、委员职务。")
    got = acts_read("2020年4月，浙江省委决定：盛阅春同志任中共绍兴市委委员、常委、副书记，免去其中共杭州市委常委、委员，"
                    "中共杭州市萧山区委书记、常委、委员职务。")
    assert {"remove decided 盛阅春 常委 中共浙江省杭州市委员会", "remove decided 盛阅春 书记 中共浙江省杭州市萧山区委员会"} <= got
    assert acts_read("1950年，宣布中央关于成立四川省委的决定和组成人员名单：书记吴玉章，副书记王维舟。") == {
        "appoint decided 吴玉章 书记 中共四川省委员会", "appoint decided 王维舟 副书记 中共四川省委员会"}


# -- 17. (round 3, after its measurement) a month before a post (去年2月浙江省政协副主席斯鑫良落马), a place's
#        name then 原 (深圳原市委书记、市长许勤), 陪同 before a post

@pytest.mark.parametrize("text, wanted", [
    ("去年2月浙江省政协副主席斯鑫良落马。", {"斯鑫良 副主席 中国人民政治协商会议浙江省委员会"}),
    ("深圳原市委书记、市长许勤出席会议。", {"许勤 书记 中共广东省深圳市委员会", "许勤 市长 广东省深圳市人民政府"}),
])
def test_month_and_place_yuan(text, wanted):
    assert wanted <= holds_read(text)


def test_peitong_is_no_body():
    got = holds_read("2017年5月12日陪同港澳办主任夏宝龙考察。")
    assert not any("陪同" in f for f in got)


def test_diaozhi_after_the_post_left():
    got = holds_read("刘宁，男，1962年1月生。2017年从水利部副部长任上，调职青海省委副书记，次年接任省长。")
    assert {"刘宁 副书记 中共青海省委员会", "刘宁 省长 青海省人民政府"} <= got


# -- 18. (round 5, after its measurement) a name ending in 生 opening a birth line (王国生，1956年生，…);
#        包括 is no name; news passed on by sources (消息并透露，…已调任…) is no act

def test_round5_subject_and_rumour():
    got = holds_read("鹿心社，1956年生，2012年2月当选江西省政府省长。\n王国生，1956年生，山东省委党校研究生毕业。"
                     "1997年，王国生由聊城地委调山东省内工作，历任省劳动厅副厅长、省贸易厅厅长。")
    assert not any(f.startswith("鹿心社 厅长") or f.startswith("鹿心社 副厅长") for f in got)
    assert acts_read("消息并透露，深圳市委书记李鸿忠已调任湖北省长，热门接任人选是广东省委常委林雄。") == set()
    assert not any(f.startswith("包括") for f in holds_read("菏泽市副市长包括张三、李四。"))
