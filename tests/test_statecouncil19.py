"""Session 19, statecouncil / gongshi / scdecision genre (issue 9): central appointments told in
news (履新, 已于…调任, 由…转任), the rank an appointment gives (…校长（副部长级）), joint deciders
(中共中央、国务院), 公示 entries written short, and names with 其 (孙其信)."""

from __future__ import annotations

from conftest import doc_as_written

from kg.extract import extract_document
from kg.extract.acts import extract_acts


def _doc(text: str, jur: str | None = None, date: str | None = "2018-10-23"):
    return doc_as_written(text, jur, date, path="statecouncil19_test.txt", year=None)


def _facts(text: str, jur: str | None = None) -> set[tuple]:
    return {(f.kind, f.status, f.person, f.title, f.org) for f in extract_document(_doc(text, jur))}


def test_an_appointment_with_a_rank_gives_the_rank_too():
    """"邱水平任北京大学党委书记（副部长级）": the appointment, and the rank it carries as a fact of
    its own (the corpus writes both, statecouncil-central-41)."""
    text = "记者今天从教育部网站获悉，经中共中央批准，邱水平任北京大学党委书记（副部长级）。"
    got = _facts(text)
    assert ("appoint", "decided", "邱水平", "党委书记", "北京大学") in got
    assert ("rank", "decided", "邱水平", "副部长级", None) in got
    # a proposed post gives no rank (the rank comes with the decision)
    text = "王强，男，汉族，1970年5月生，现任某县委书记，拟任某市副市长（副厅级）。"
    assert not any(k == "rank" for k, *_ in _facts(text))


def test_took_up_a_post_is_the_act_alone():
    """"王蒙徽已履新住房和城乡建设部党组书记、部长": an appointment told as done; the career
    reader's current holding of the same words is that act again (no hold)."""
    text = "沈阳原市委书记王蒙徽已履新住房和城乡建设部党组书记、部长。"
    got = _facts(text)
    assert ("appoint", "decided", "王蒙徽", "部长", "中华人民共和国住房和城乡建设部") in got
    assert not any(k == "hold" and t == "部长" for k, _, _, t, _ in got)


def test_a_joint_decision_has_no_single_decider():
    """中共中央、国务院 / 中央和国务院 decide together: decided_by null (docs/conventions.md), and a
    venue (在天津大学宣布) decides nothing."""
    for text in ("记者从教育部获悉，经中共中央、国务院批准，王敏同志任四川大学校长。",
                 "中新社北京4月8日电 经中央和国务院决定，任命于洋为海关总署署长。",
                 "5月15日，中共中央组织部在天津大学宣布了中共中央、国务院的任命决定，金东寒任天津大学校长。"):
        facts = [f for f in extract_acts(_doc(text)) if f.kind == "appoint"]
        assert facts and {f.decided_by for f in facts} == {None}, text
    # the State Council alone still decides
    facts = extract_acts(_doc("国务院任免国家工作人员。任命王志刚为科学技术部部长。"))
    assert {f.decided_by for f in facts} == {"中华人民共和国国务院"}


def test_a_name_with_qi_in_its_middle():
    """孙其信, 王其江: 其 inside a three-character name is no pronoun (其 at the end still is)."""
    got = _facts("西北农林科技大学校长孙其信调任中国农业大学校长。")
    assert ("appoint", "decided", "孙其信", "校长", "中国农业大学") in got
    assert {f.person for f in extract_acts(_doc("会议同意其辞去北京大学校长职务。"))} <= {None}


def test_a_short_notice_entry_quoted_in_news():
    text = "其公布了25名省管干部任前公示，包括“夏锦文，现任扬州大学党委书记，拟任镇江市委书记”的信息。"
    got = _facts(text, "江苏省")
    assert ("appoint", "proposed", "夏锦文", "书记", "中共江苏省镇江市委员会") in got


def test_a_university_whose_name_holds_jing():
    """"上海财经大学校长樊丽明": 经 inside 财经大学 is no verb (经…批准), the body is the whole name;
    a bare 大学 is never widened to a clause written before it (…郭新立担任山东大学)."""
    text = ("上海交通大学党委常务副书记郭新立担任山东大学党委书记，上海财经大学校长樊丽明担任山东大学校长，"
            "山东大学原校长张荣调任厦门大学校长。")
    holds = {(f.person, f.title, f.org) for f in extract_document(_doc(text, None, "2017-07-26")) if f.kind == "hold"}
    assert ("樊丽明", "校长", "上海财经大学") in holds
    assert not any(org and "担任" in org for _, _, org in holds)


def test_an_adoption_line_broken_over_lines_dates_the_decision():
    """"（2018年1月17日安徽省第十二届人民代表大会\\n\\n常务委员会第四十三次会议通过）": a page broke
    the adoption line; the meeting it names is the decision's own, so its day dates the act."""
    text = ("安徽省人民代表大会常务委员会关于接受方春明辞职请求的决定\n\n"
            "(2018年1月17日安徽省第十二届人民代表大会\n\n常务委员会第四十三次会议通过)\n\n"
            "因调离安徽，方春明提出辞去安徽省人民政府副省长职务。安徽省第十二届人民代表大会常务委员会"
            "第四十三次会议决定：接受方春明辞去安徽省人民政府副省长职务的请求。\n")
    decided = [f for f in extract_acts(_doc(text, None, None)) if f.status == "decided"]
    assert [(f.kind, f.person, f.date) for f in decided] == [("resign", "方春明", "2018-01-17")]


def test_national_bodies_written_the_news_way():
    """中国海关总署 (the country's short name before a State Council body), 政务司 (the SAR's),
    交通银行 (a nationwide bank, never the document's province's), and 党组书记署长 written with
    no 、 (a headline: two posts of one body)."""
    from kg.extract.posts import parse_posts
    from kg.orgs import canonical_org

    assert canonical_org("中国海关总署") == "中华人民共和国海关总署"
    assert canonical_org("中国外交部") == "中华人民共和国外交部"
    assert canonical_org("中国科学院") == "中国科学院"  # a name of its own
    assert canonical_org("政务司") == "香港特别行政区政府政务司"
    assert canonical_org("交通银行", "江苏省") == "交通银行"
    assert [(p.title, p.org) for p in parse_posts("中国海关总署党组书记署长", None)] == [
        ("党组书记", "中华人民共和国海关总署"), ("署长", "中华人民共和国海关总署")]
    assert [p.title for p in parse_posts("市委副书记", None)] == ["副书记"]


def test_a_nomination_named_in_a_notice():
    """"石狮市委书记张永宁拟提名为泉州市副市长人选": proposed, a nomination, the post without 人选."""
    facts = [f for f in extract_acts(_doc("福建省委组织部公示，石狮市委书记张永宁拟提名为泉州市副市长人选。", "福建省"))]
    assert [(f.kind, f.status, f.person, f.title, f.org) for f in facts] == [
        ("appoint", "proposed", "张永宁", "副市长", "福建省泉州市人民政府")]
    assert (facts[0].notes or {}).get("nomination") is True


def test_a_removal_list_writes_the_post_held_with_its_verb():
    """"免去：赖际发现任建筑材料工业部部长职务，周恩来兼任外交部部长职务": 现任 / 兼任 are no part of the body."""
    from kg.extract.posts import parse_posts

    assert [(p.title, p.org) for p in parse_posts("兼任外交部部长", None)] == [("部长", "中华人民共和国外交部")]
    assert [(p.title, p.org_text) for p in parse_posts("现任建筑材料工业部部长", None)] == [("部长", "建筑材料工业部")]


def test_a_current_post_list_ends_at_the_next_persons_clause():
    """"免去：赖际发现任建筑材料工业部部长职务，黄敬兼任第一机械工业部部长职务，赵尔陆现任第二机械工业部
    部长职务": each 现任 holds its own person's post; the next name's 兼任 / 现任 ends the list."""
    text = ("免去：\n周恩来兼任外交部部长职务，赖际发现任建筑材料工业部部长职务，黄敬兼任第一机械工业部部长职务，"
            "赵尔陆现任第二机械工业部部长职务。\n")
    holds = [(f.person, f.title, f.org_text) for f in extract_document(_doc(text, None, "1958-02-06"))
             if f.kind == "hold" and f.person == "赖际发"]
    assert holds == [("赖际发", "部长", "建筑材料工业部")]


def test_a_range_of_days_written_with_dao_gives_its_month():
    """"7月17日到23日" like "7月17日至23日": what both ends share (the month), and the end day is
    no event of its own; the month after 已于 dates that one earlier move only, never the next
    sentences' acts."""
    for head in ("7月17日到23日", "7月17日至23日", "17日到23日"):
        text = f"2017-07-26\n{head}，多个省份省委常委调整，张三出任江苏省委常委。\n"
        facts = [f for f in extract_acts(_doc(text, None, "2017-07-26")) if f.kind == "appoint"]
        assert [(f.person, f.date) for f in facts] == [("张三", "2017-07")], head
    text = ("2017-07-26\n17日到23日，多个省份省委常委调整。南京原市委书记吴政隆已于今年5月履新江苏省委副书记。"
            "湖南省委常委易炼红调任辽宁省委常委。\n")
    dates = {f.person: f.date for f in extract_acts(_doc(text, None, "2017-07-26"))}
    assert dates["易炼红"] == "2017-07"


def test_a_passive_appointment_dated_to_its_day_is_the_act_alone():
    """"…，去年8月31日被任命为…副主任（试用期一年）": dated to the day, an act (docs/conventions.md);
    the career reader's holding of the same words is dropped. Dated to a month it stays a holding."""
    text = ("山西省人民政府近日发布了一批人事任免通知。\n马志强，男，汉族，1970年12月生，曾任山西省忻州市忻府区委书记等职，"
            "去年8月31日被任命为山西省太忻经济一体化发展促进中心副主任（试用期一年）。\n")
    got = _facts(text)
    assert ("appoint", "decided", "马志强", "副主任", "山西省太忻经济一体化发展促进中心") in got
    assert ("hold", "decided", "马志强", "副主任", "山西省太忻经济一体化发展促进中心") not in got
    text = "陈政高生于1952年，汉族。2000年12月被任命为沈阳市副市长。\n"
    assert {k for k, *_ in _facts(text, "辽宁省")} == {"hold"}


def test_the_bodies_a_state_council_notice_lists_bare():
    """"马正其 工商总局副局长", "孙波 国家标准委副主任": a 总局 is a national body only; 统计局 alone
    stays unplaced (a county has one), and never takes a clause before it (…办公室设在统计局)."""
    from kg.orgs import canonical_org

    assert canonical_org("税务总局") == "国家税务总局"
    assert canonical_org("工商总局", "北京市") == "国家工商行政管理总局"
    assert canonical_org("国家标准委") == "国家标准化管理委员会"
    text = ("国务院办公厅关于成立第三次全国经济普查领导小组的通知\n领导小组办公室设在统计局，承担日常工作。\n"
            "三、组成人员\n组长：张高丽 国务院副总理\n成员：徐一帆 统计局副局长\n")
    orgs = {f.org for f in extract_document(_doc(text, None, "2013-03-01")) if f.person == "徐一帆"}
    assert not any(o and "设在" in o for o in orgs)


def test_a_university_named_by_its_own_name():
    """南开大学 / 清华大学 / 东华大学 name no place: the university as written (the country's), so
    "陈雨露同志任南开大学校长" is read; 老年大学 (every place has one) stays unplaced; the party
    committee's 常务副书记 of a university is 党委常务副书记 of the university, as 党委副书记."""
    from kg.extract.posts import parse_posts
    from kg.orgs import canonical_org

    assert canonical_org("南开大学") == "南开大学"
    assert canonical_org("老年大学") is None
    facts = extract_acts(_doc("中共中央、国务院决定，陈雨露同志任南开大学校长。"))
    assert [(f.person, f.title, f.org) for f in facts if f.kind == "appoint"] == [("陈雨露", "校长", "南开大学")]
    assert [(p.title, p.org) for p in parse_posts("同济大学党委常务副书记", None)] == [("党委常务副书记", "同济大学")]


def test_a_bodys_party_committee_written_in_full():
    """"教育部党组、教育部的任免决定：项延训同志任中共东华大学委员会委员、常委、副书记": the posts of a
    body's party committee written 中共<body>委员会 are the body's 党委 posts (党委委员 / 党委常委 /
    党委副书记 of 东华大学), as 东华大学党委副书记 reads (corpus/README Gold changes); a place's
    committee stays itself (中共重庆市巴南区委员会书记)."""
    from kg.extract.posts import parse_posts

    assert [(p.title, p.org) for p in parse_posts("中共东华大学委员会委员、常委、副书记", None)] == [
        ("党委委员", "东华大学"), ("党委常委", "东华大学"), ("党委副书记", "东华大学")]
    assert [(p.title, p.org) for p in parse_posts("中共重庆市巴南区委员会书记", None)] == [
        ("书记", "中共重庆市巴南区委员会")]
