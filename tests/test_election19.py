"""Election results, session 19 (issue 9, genre election): constructions read from the documents of
corpus/manifest/s19-election.tsv and from made-up probes of the genre, written here with made-up names."""

from __future__ import annotations

from conftest import doc_as_written

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds


def _doc(text: str, jur: str | None, date: str | None = None):
    return doc_as_written(text, jur, date, path="election19_test.txt")


def _acts(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    return {(f.kind, f.status, f.person, f.title, f.org)
            for f in merge_facts(extract_acts(_doc(text, jur, date)))}


def _holds(text: str, jur: str | None, date: str | None = None) -> set[tuple]:
    return {(f.person, f.title, f.org) for f in extract_holds(_doc(text, jur, date)) if f.kind == "hold"}


NPCSC = "全国人民代表大会常务委员会"


def test_a_name_with_ren_after_its_surname_in_an_election_list():
    got = _acts("会议选举王任远、史明、朱立新为第六届全国人大常委会副委员长。", "中华人民共和国")
    assert got == {("elect", "decided", n, "副委员长", NPCSC) for n in ("王任远", "史明", "朱立新")}
    assert _acts("决定王强任副区长。", "中华人民共和国") == set()  # 任 ending a name is the verb


def test_the_secretary_general_after_vice_chairmen_is_of_the_same_standing_committee():
    text = "第六届全国人民代表大会第一次会议选举陈建国、黄华为第六届全国人大常委会副委员长，王汉平为秘书长，丁光明等133人为人大常委会委员。"
    got = _acts(text, "中华人民共和国")
    assert ("elect", "decided", "王汉平", "秘书长", NPCSC) in got
    assert ("elect", "decided", "黄华", "副委员长", NPCSC) in got
    # 人大常委会 written bare in the national congress's election is the national standing committee
    assert ("elect", "decided", "丁光明", "委员", NPCSC) in got


def test_the_head_of_state_is_the_country():
    got = _acts("会议选举李建国为中华人民共和国主席，乌立新为副主席。", "中华人民共和国")
    assert got == {("elect", "decided", "李建国", "主席", "中华人民共和国"),
                   ("elect", "decided", "乌立新", "副主席", "中华人民共和国")}


def test_a_verb_doubled_or_followed_by_chu_is_no_part_of_a_name():
    got = _acts("广西壮族自治区第十一届人民代表大会第一次会议1月26日选举选举马建飚（壮族）为广西壮族自治区主席。", None)
    assert got == {("elect", "decided", "马建飚", "主席", "广西壮族自治区人民政府")}
    got = _acts("选举出穆兴科同志为镇人大主席，李玮同志为镇长。", "河北省沧州市孟村回族自治县孟村镇")
    assert {p for _, _, p, _, _ in got} == {"穆兴科", "李玮"}


def test_a_procedural_remark_in_brackets_after_an_elected_post():
    jur = "福建省福州市马尾区"
    text = ("会议依法选举黄兆明为马尾区人民检察院检察长（须报经福州市人民检察院检察长提请福州市人大常委会批准任命）；"
            "王典新等24位同志为马尾区第十一届人大常委会委员。")
    assert _acts(text, jur) == {("elect", "decided", "黄兆明", "检察长", "福建省福州市马尾区人民检察院"),
                                ("elect", "decided", "王典新", "委员", "福建省福州市马尾区人民代表大会常务委员会")}
    cut = "依法选举潘远庆为市监察委员会主任，庞威为市人民检察院检察长（检察长一职须依"  # a page cut inside it
    assert ("elect", "decided", "庞威", "检察长", "浙江省台州市临海市人民检察院") in _acts(cut, "浙江省台州市临海市")


def test_the_new_term_before_a_body_and_a_term_after_it():
    got = _acts("马保明当选为新一届西吉县政协主席。", "宁夏回族自治区固原市西吉县")
    assert got == {("elect", "decided", "马保明", "主席", "中国人民政治协商会议宁夏回族自治区固原市西吉县委员会")}
    text = "中国致公党陕西省第一次代表大会1月8日在西安闭幕。陈超明当选为致公党省委会第一届主委，王元华当选为副主委，任命黄漪清（女）为秘书长。"
    party = "中国致公党陕西省委员会"
    # (主委 is the press's 主任委员: titles.yaml title_aliases, session 37)
    assert _acts(text, "陕西省") == {("elect", "decided", "陈超明", "主任委员", party),
                                     ("elect", "decided", "王元华", "副主任委员", party),
                                     ("appoint", "decided", "黄漪清", "秘书长", party)}


def test_session_chairs_listed_after_shi_keep_a_name_holding_shi():
    text = ("12月23日上午，马尾区第十一届人民代表大会第一次会议举行第三次全体会议。\n"
            "第三次全体会议的执行主席是张帆、郑是平、余颖凌。")
    session = "福建省福州市马尾区第十一届人民代表大会第一次会议"
    assert _holds(text, "福建省福州市马尾区") == {(n, "执行主席", session) for n in ("张帆", "郑是平", "余颖凌")}


def test_bare_titles_after_a_cppcc_written_in_full_share_it():
    text = "新当选的政协云南省第十二届委员会主席李江明，副主席杨嘉武、黄毅，秘书长刘建华在主席台前排就座。"
    cppcc = "中国人民政治协商会议云南省委员会"
    assert _holds(text, "云南省") == {("李江明", "主席", cppcc), ("杨嘉武", "副主席", cppcc), ("黄毅", "副主席", cppcc),
                                      ("刘建华", "秘书长", cppcc)}


def test_short_names_of_the_congress_committees():
    got = _holds("全国人大教科文卫委员会原副主任委员徐荣明、全国人大财经委员会副主任委员王强出席。", None)
    assert got == {("徐荣明", "副主任委员", "全国人民代表大会教育科学文化卫生委员会"),
                   ("王强", "副主任委员", "全国人民代表大会财政经济委员会")}


def test_names_elected_respectively_to_a_list_of_posts_are_paired():
    jur = "湖南省郴州市嘉禾县"
    rd = "湖南省郴州市嘉禾县人民代表大会常务委员会"
    assert _acts("王建华、李明分别当选为县人大常委会主任、副主任。", jur) == {
        ("elect", "decided", "王建华", "主任", rd), ("elect", "decided", "李明", "副主任", rd)}
    assert _acts("王建华、李明分别当选为县人大常委会主任、县人民政府县长。", jur) == {
        ("elect", "decided", "王建华", "主任", rd), ("elect", "decided", "李明", "县长", "湖南省郴州市嘉禾县人民政府")}
    one = _acts("王建华、李明分别当选为副县长。", jur)  # one post: each of them
    assert {p for _, _, p, _, _ in one} == {"王建华", "李明"}


def test_votes_with_gaopiao_and_a_count_of_deputies_after_the_first_name():
    jur = "湖南省郴州市嘉禾县"
    rd = "湖南省郴州市嘉禾县人民代表大会常务委员会"
    assert _acts("邓泽明以190票的高票当选为县十六届人大常委会主任。", jur) == {("elect", "decided", "邓泽明", "主任", rd)}
    assert _acts("王文星等20名代表当选为县十六届人大常委会委员。", jur) == {("elect", "decided", "王文星", "委员", rd)}


def test_a_page_date_before_its_font_size_controls_dates_yesterday():
    text = ("云南省政协十二届一次会议在昆闭幕\n\n2018-01-30  A+ A-\n\n  昨日下午，中国人民政治协商会议云南省第十二届委员会"
            "第一次会议在昆明胜利闭幕。\n\n  中共云南省委书记陈建豪出席并讲话。")
    facts = [f for f in extract_holds(_doc(text, "云南省")) if f.kind == "hold"]
    assert [(f.person, f.title, f.date) for f in facts] == [("陈建豪", "书记", "2018-01-29")]


def test_results_under_a_heading_line_with_no_colon_are_elections():
    text = ("红安县第十八届人民代表大会第一次会议选举结果\n县人大常委会主任：王建华\n"
            "县人民政府副县长：刘建军、王芳\n")
    jur = "湖北省黄冈市红安县"
    assert _acts(text, jur) == {("elect", "decided", "王建华", "主任", "湖北省黄冈市红安县人民代表大会常务委员会"),
                                ("elect", "decided", "刘建军", "副县长", "湖北省黄冈市红安县人民政府"),
                                ("elect", "decided", "王芳", "副县长", "湖北省黄冈市红安县人民政府")}
    assert _holds(text, jur) == set()  # rows of an election's results are acts, no holdings


def test_a_mark_with_a_comma_inside_keeps_the_list():
    got = _acts("选举王建华（回族）、李明（女，土家族）、陈立为县人大常委会副主任。", "湖北省黄冈市红安县")
    assert {p for _, _, p, _, _ in got} == {"王建华", "李明", "陈立"}


def test_posts_in_brackets_after_an_elected_name_are_its_holdings():
    jur = "湖北省黄冈市红安县"
    text = "选举王建华（县委副书记）为县人民政府县长。"
    assert _acts(text, jur) == {("elect", "decided", "王建华", "县长", "湖北省黄冈市红安县人民政府")}
    assert _holds(text, jur) == {("王建华", "副书记", "中共湖北省黄冈市红安县委员会")}
    listed = "当选为县人大常委会副主任的有：李明（县委常委、组织部部长）、张伟（县总工会主席）。"
    assert {(p, t) for _, _, p, t, _ in _acts(listed, jur)} == {("李明", "副主任"), ("张伟", "副主任")}
    assert ("李明", "部长", "中共湖北省黄冈市红安县委员会组织部") in _holds(listed, jur)
    assert _acts("选举王建华（回族）、李明为县人大常委会副主任。", jur) == {
        ("elect", "decided", n, "副主任", "湖北省黄冈市红安县人民代表大会常务委员会") for n in ("王建华", "李明")}


def test_the_latter_is_no_name():
    assert not any(p == "后者" for p, _, _ in _holds("他接替已到龄的李明，后者此前任县长。", "湖北省黄冈市红安县"))


def test_a_local_shibao_at_the_head_names_the_city():
    from kg.reading import document_from_text

    text = ("市政协七届一次会议主席团常务主席第一次会议召开\n【发布日期:2017-01-10】 【来源:莆田侨乡时报】\n"
            "1月10日上午，市政协七届一次会议主席团常务主席第一次会议召开。主席团常务主席林庆生、彭丽靖出席。\n"
            "会议听取市委常委、组织部长卓晓銮作七届市政协人事情况说明。")
    assert document_from_text(text, "election19_masthead.txt").jurisdiction == "福建省莆田市"


def test_the_posts_of_the_elected_written_before_their_name_are_holdings():
    jur = "湖北省黄冈市红安县"
    text = "会议补选县委常委、常务副县长李明为县人大常委会副主任。"
    assert _acts(text, jur) == {("elect", "decided", "李明", "副主任", "湖北省黄冈市红安县人民代表大会常务委员会")}
    assert _holds(text, jur) == {("李明", "常委", "中共湖北省黄冈市红安县委员会"),
                                 ("李明", "常务副县长", "湖北省黄冈市红安县人民政府")}
    # 选举 inside a body's name cuts nothing
    assert ("王强", "组长", "中共湖北省委员会组织部换届选举指导组") in _holds("省委组织部换届选举指导组组长王强出席。", "湖北省")


def test_the_national_congress_of_a_numbered_term_decides_with_its_term():
    text = "第六届全国人民代表大会第一次会议1983年6月6日至21日在北京召开。会议选举彭建真为第六届全国人大常委会委员长。"
    facts = merge_facts(extract_acts(_doc(text, "中华人民共和国")))
    assert [(f.person, f.org, f.decided_by) for f in facts] == [("彭建真", NPCSC, "第六届全国人民代表大会")]
