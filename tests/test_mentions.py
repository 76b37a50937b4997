"""Title + name mentions in running text, chronicle dates, lists and editorial boards."""

from __future__ import annotations

import pytest

from kg.eval import _in_scope, evaluate, fact_key, load_gold_file, scopes_of
from kg.extract import mentions, people_lists
from kg.extract.holds import extract_holds
from kg.reading import document_from_text, read_document


def _doc(text: str, jur: str = "重庆市大渡口区", year: int | None = 2021, date: str | None = None,
         raw: bool = False):
    doc = document_from_text(text, "002_test.txt")
    if raw:  # lines as they stand (a short snippet would be joined by the normalizer)
        doc.text, doc.offsets = text, list(range(len(text) + 1))
    doc.jurisdiction, doc.year, doc.date = jur, year, date
    return doc


def _keys(facts):
    return {(f.person, f.title, f.org) for f in facts}


@pytest.fixture(scope="session")
def yearbook_holds():
    return extract_holds(read_document("samples/002_da5c81e7ca3b0941.txt"))


def test_mentions_chain_of_posts_and_chronicle_day():
    doc = _doc("5月\n20日，大渡口区2021年第一次总河长会议召开。区委书记、区总河长王俊出席会议并讲话。"
               "区长、区总河长张国智主持会议。\n")
    facts = mentions.extract(doc)
    assert ("王俊", "书记", "中共重庆市大渡口区委员会") in _keys(facts)
    assert ("张国智", "区长", "重庆市大渡口区人民政府") in _keys(facts)
    assert {f.date for f in facts} == {"2021-05-20"}


def test_mentions_other_levels_resolve_to_their_own_jurisdiction():
    doc = _doc("4月\n2日，市政协副主席谭家玲带领市政协调研组一行赴重庆三峰环境集团股份有限公司调研。\n")
    assert _keys(mentions.extract(doc)) == {("谭家玲", "副主席", "中国人民政治协商会议重庆市委员会")}


def test_mentions_vice_head_of_government_with_colleague():
    doc = _doc("6月\n3日，市商务委主任张智奎一行来区调研商务工作情况，区长张国智、副区长袁卫陪同。\n")
    assert _keys(mentions.extract(doc)) == {
        ("张智奎", "主任", "重庆市商务委员会"),
        ("张国智", "区长", "重庆市大渡口区人民政府"),
        ("袁卫", "副区长", "重庆市大渡口区人民政府"),
    }


def test_mentions_need_a_name_right_after_the_title():
    doc = _doc("全面落实全国和全市组织部长、宣传部长、统战部长会议要求。实施“书记项目”。"
               "大渡口区育才小学体育教师王红旭勇救两名落水儿童。选举产生第十三届委员会常委和书记、副书记。\n")
    assert mentions.extract(doc) == []


def test_mentions_signature_line_and_honorific():
    doc = _doc("区人大常委会副主任余炳友同志出席。\n区长：钟涛\n", jur="重庆市巴南区", year=None,
               date="2025-06-03")
    assert _keys(mentions.extract(doc)) == {
        ("余炳友", "副主任", "重庆市巴南区人民代表大会常务委员会"),
        ("钟涛", "区长", "重庆市巴南区人民政府"),
    }


def test_mentions_no_holds_in_the_commentaries_of_003():
    doc = read_document("samples/003_c62ba9d0d4872cf1.txt")
    people = {f.person for f in mentions.extract(doc)}
    assert "任弼时" not in people and not people & {"毛泽东", "周恩来", "习近平"}


def test_people_lists_retired_cadres_hold_former_posts():
    doc = _doc("（一）担任过“四大家”主要领导的退休老同志（28人）\n姚代云 区委办退休干部，巴南区委原书记\n"
               "刘圣福 区人大机关退休干部，巴南区人大\n常委会原主任\n", jur="重庆市巴南区", year=None,
               date="2025-06", raw=True)
    facts = people_lists.extract(doc)[0]
    assert {(f.person, f.title, f.org, f.former) for f in facts} == {
        ("姚代云", "书记", "中共重庆市巴南区委员会", True),
        ("刘圣福", "主任", "重庆市巴南区人民代表大会常务委员会", True),
    }


def test_people_lists_two_columns_and_editorial_board():
    doc = _doc("## 编辑委员会\n主任：刘永全\n副主任：封洪华 余炳友 周正\n谢云凯 周成清 张春平\n"
               "代表团第一召集人名单\n第一团：唐家伟\t龙洲湾街道党工委书记\t第六团：徐光泽\t南泉街道党工委书记\n",
               jur="重庆市巴南区", year=None, date="2025-06")
    facts = people_lists.extract(doc)[0]
    board = {(f.person, f.title) for f in facts if (f.notes or {}).get("board")}
    assert ("周成清", "副主任") in board and ("刘永全", "主任") in board and len(board) == 7
    assert all(f.org is None for f in facts if (f.notes or {}).get("board"))
    assert ("徐光泽", "党工委书记", "重庆市巴南区南泉街道") in _keys(facts)


def test_people_lists_skip_honour_lists():
    doc = _doc("2021年大渡口区获市级（含）以上表彰奖励的先进个人\n姓名\t获奖名称\t颁奖单位\n"
               "许创业\t重庆市检察系统三等功\t市人民检察院\n")
    assert people_lists.extract(doc)[0] == []


def test_mentions_chronicle_gold(yearbook_holds):
    """The chronicle gold shares five keys with the roster gold (keys are unique across gold
    files): score predictions inside the chronicle against its file plus those roster lines."""
    chronicle = load_gold_file("tests/gold/002_chronicle_holds.jsonl")
    roster = load_gold_file("tests/gold/002_roster_holds.jsonl")
    preds = [f.to_json() for f in yearbook_holds]
    inside = [f for f in preds if _in_scope(f, scopes_of(chronicle))]
    keys = {fact_key(f) for f in inside}
    shared = [f for f in roster if "_scope" in f or fact_key(f) in keys]
    report = evaluate(chronicle + shared, inside, kinds=("hold", "rank"))
    assert report.overall.precision >= 0.90
    assert report.overall.f1 >= 0.85


def test_mentions_news_gold_of_000():
    gold = load_gold_file("tests/gold/000_holds_sample.jsonl")
    report = evaluate(gold, extract_holds(read_document("samples/000_0945f9fe5f825365.txt")),
                      kinds=("hold", "rank"))
    assert report.overall.precision >= 0.90
    assert report.overall.f1 >= 0.85


def test_lists_leading_group_rows_with_roles_and_bracketed_posts():
    text = ("组 长:郝 远 副省长\n副组长:俞建宁 省政府副秘书长\n成 员:陈 江 省发展改革委副主任\n"
            "组长：孙会方（县委常委、县政府常务副县长）\n")
    got = _keys(extract_holds(_doc(text, jur="甘肃省", year=None, date="2014-10-24", raw=True)))
    assert ("郝远", "副省长", "甘肃省人民政府") in got
    assert ("俞建宁", "副秘书长", "甘肃省人民政府") in got
    assert ("陈江", "副主任", "甘肃省发展和改革委员会") in got
    assert ("孙会方", "常委", None) in got or any(p == "孙会方" for p, _, _ in got)


def test_mentions_names_whole_and_lists_of_names():
    doc = _doc("省委书记沈晓明，省委副书记、代省长冯飞，省委常委毛超峰、尼玛卓玛出席。"
               "副市长石爱作，拟任。自治区政协副主席阿尤甫·铁衣甫、约尔古丽·加帕尔出席。\n",
               jur="海南省", year=None, date="2020-12-03")
    got = _keys(mentions.extract(doc))
    assert ("冯飞", "副书记", "中共海南省委员会") in got
    assert ("冯飞", "省长", "海南省人民政府") in got  # 代省长: acting 省长 of the government
    assert ("尼玛卓玛", "常委", "中共海南省委员会") in got  # a list item without a known surname
    assert any(p == "石爱作" for p, _, _ in got) and not any(p == "石爱" for p, _, _ in got)
    assert {"阿尤甫·铁衣甫", "约尔古丽·加帕尔"} <= {p for p, _, _ in got}


def test_mentions_comma_chain_and_colleague_org():
    doc = _doc("6月28日消息，四川省委副书记，省长、省政府党组书记黄强，调任吉林省委书记。\n",
               jur="四川省", year=None, date="2024-06-28")
    assert ("黄强", "副书记", "中共四川省委员会") in _keys(mentions.extract(doc))
    doc = _doc("市政府合作交流办主任潘晓岗、副主任何怀青参加。县委常委、纪委书记陈凤娇，省委常委、组织部长毛万春出席。\n",
               jur="海南省定安县", year=None, date="2022-08-04")
    got = _keys(mentions.extract(doc))
    assert any(p == "何怀青" and t == "副主任" for p, t, _ in got)
    assert ("陈凤娇", "书记", "中共海南省定安县纪律检查委员会") in got
    assert ("毛万春", "部长", "中共海南省委员会组织部") in got


def test_mentions_session_written_short_and_its_officers():
    """"河北省十三届人大四次会议": the session as news abbreviate it gives the 执行主席 / 常务主席 /
    大会副秘书长 their body; a bare 秘书长 is never the session's (kept with org null, as the 组长 of a
    group the text does not place; session 36)."""
    doc = _doc("河北省十三届人大四次会议举行第三次全体会议。大会执行主席廉毅敏主持会议。"
               "主席团常务主席王东峰主持召开主席团第四次会议。主席团常务主席范照兵、聂瑞平出席会议。"
               "会议听取了大会副秘书长、组织组组长刘家恒作的说明。秘书长张三出席。", None, None)
    assert _keys(mentions.extract(doc)) == {
        ("廉毅敏", "执行主席", "河北省第十三届人民代表大会第四次会议"),
        ("王东峰", "常务主席", "河北省第十三届人民代表大会第四次会议主席团"),
        ("范照兵", "常务主席", "河北省第十三届人民代表大会第四次会议主席团"),
        ("聂瑞平", "常务主席", "河北省第十三届人民代表大会第四次会议主席团"),
        ("刘家恒", "副秘书长", "河北省第十三届人民代表大会第四次会议"),
        ("刘家恒", "组长", None), ("张三", "秘书长", None),
    }
    # an abbreviation with no place takes the place of the same session written in full before
    doc = _doc("内蒙古自治区第十三届人民代表大会第二次会议主席团举行第一次会议。自治区十三届人大二次会议"
               "主席团成员63人。主席团常务主席为李纪恒、那顺孟和、和彦苓。", None, None)
    assert _keys(mentions.extract(doc)) == {
        (p, "常务主席", "内蒙古自治区第十三届人民代表大会第二次会议主席团") for p in ("李纪恒", "那顺孟和", "和彦苓")}
    # the national CPPCC's session as news write it
    doc = _doc("在全国政协十二届一次会议第四次全体会议上，俞正声当选。大会的执行主席是杜青林、万钢、林文漪。", None, None)
    assert _keys(mentions.extract(doc)) == {
        (p, "执行主席", "中国人民政治协商会议第十二届全国委员会第一次会议") for p in ("杜青林", "万钢", "林文漪")}
    # a session of a place the text does not give: no org, the chair kept with org null (session 20,
    # election breadth); no session named at all: no fact
    assert _keys(mentions.extract(_doc("省十三届人大四次会议开幕。大会执行主席廉毅敏主持会议。", None, None))) == {
        ("廉毅敏", "执行主席", None)}
    assert mentions.extract(_doc("大会执行主席廉毅敏主持会议。", None, None)) == []


def test_mentions_list_items_written_whole_may_hold_name_stop_characters():
    """"、刘同德、", "、那顺孟和、": 3–4 characters between separators of a list of names; in
    running text 同 / 和 still end a name."""
    doc = _doc("省人大常委会副主任王黎明、杨逢春、尼玛卓玛、刘同德、张黄元出席。", "青海省", None)
    assert {p for p, _, _ in _keys(mentions.extract(doc))} == {"王黎明", "杨逢春", "尼玛卓玛", "刘同德", "张黄元"}
    assert not mentions._delimited_item("秘书长和")  # a post word: no name
    assert mentions._delimited_item("那顺孟和") and not mentions._delimited_item("和平")


def test_mentions_stage_is_no_title():
    """"在主席台就座的有区委书记、…": 主席台 cuts no post chain, 的有 opens it."""
    doc = _doc("在主席台就座的有区委书记、区人大常委会主任陈正春，区人大常委会副主任蒋耀。", "江苏省常州市天宁区", None)
    assert _keys(mentions.extract(doc)) == {
        ("陈正春", "书记", "中共江苏省常州市天宁区委员会"),
        ("陈正春", "主任", "江苏省常州市天宁区人民代表大会常务委员会"),
        ("蒋耀", "副主任", "江苏省常州市天宁区人民代表大会常务委员会"),
    }


def test_mentions_newly_appointed_and_statement_times():
    """"新任北京市长蔡奇", "新当选的镇长祝海红": the post is held; "…胡忠雄时说": the name ends
    before 时说; 监察委 is the supervision commission."""
    assert _keys(mentions.extract(_doc("新任北京市长蔡奇，1955年12月出生。", "北京市", None))) == {
        ("蔡奇", "市长", "北京市人民政府")}
    assert _keys(mentions.extract(_doc("林武在介绍新任益阳市委书记胡忠雄时说，", "湖南省", None))) == {
        ("胡忠雄", "书记", "中共湖南省益阳市委员会")}
    assert _keys(mentions.extract(_doc("北京市监察委主任张硕辅表示，", "北京市", None))) == {
        ("张硕辅", "主任", "北京市监察委员会")}


def test_mentions_candidacy_is_no_post_but_the_posts_before_it_are():
    """"市委副书记、市长提名人选张文旺作表态发言": 副书记 held, 市长 only proposed (no hold)."""
    doc = _doc("市委副书记、市长提名人选张文旺作表态发言。市长候选人李强出席。", "湖南省益阳市", None)
    assert _keys(mentions.extract(doc)) == {("张文旺", "副书记", "中共湖南省益阳市委员会")}


def test_names_open_with_a_han_character():
    """kg.extract.mentions._name_after reads no name at a character that is not Han (speed23): every
    name kg.names accepts opens with one — its surnames and the parts of minority names are Han."""
    from kg.extract.mentions import _name_after
    from kg.names import is_person_name, minority_name_parts, surnames

    def han(text: str) -> bool:
        return all("\u4e00" <= c <= "\u9fff" for c in text)

    assert all(han(s) for s in surnames()) and all(han(p) for p in minority_name_parts())
    assert not any(is_person_name(x + "明") or is_person_name(x + "小明") for x in "1a，（·〇")
    assert _name_after("副市长，石爱作出席", 3) is None and _name_after("副市长石爱作，", 3) == ("石爱作", 6)
