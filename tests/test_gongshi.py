"""任前公示, State Council 任免 and 聘任 news (issue 9, genre gongshi): constructions met in
the session-17 dev documents (corpus/dev/gold/gongshi-*-3x, pinren-*-31, statecouncil-central-3x),
written here with made-up names."""

from __future__ import annotations

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds
from kg.orgs import canonical_org
from kg.reading import document_from_text


def _acts(text: str, jurisdiction: str | None = None) -> set[tuple]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {(f.kind, f.status, f.person, f.title, f.org, f.decided_by) for f in merge_facts(extract_acts(doc))}


def _holds(text: str, jurisdiction: str | None = None) -> set[tuple]:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return {(f.kind, f.person, f.title, f.org) for f in extract_holds(doc)}


def test_hong_kong_bureaus_named_bare_are_the_sar_governments():
    # 国务院任免香港特区主要官员: 任命A为公务员事务局局长 (the names are Hong Kong's own)
    assert canonical_org("公务员事务局") == "香港特别行政区政府公务员事务局"
    assert canonical_org("入境事务处") == "香港特别行政区政府入境事务处"
    assert canonical_org("香港特别行政区政府民政事务局") == "香港特别行政区政府民政事务局"
    facts = _acts("国务院2020年4月22日决定：\n任命张一平为公务员事务局局长，\n李二成为民政事务局局长；\n"
                  "免去王三明的公务员事务局局长职务。")
    assert ("appoint", "decided", "张一平", "局长", "香港特别行政区政府公务员事务局", "中华人民共和国国务院") in facts
    assert ("appoint", "decided", "李二成", "局长", "香港特别行政区政府民政事务局", "中华人民共和国国务院") in facts
    assert ("remove", "decided", "王三明", "局长", "香港特别行政区政府公务员事务局", "中华人民共和国国务院") in facts


def test_a_list_of_the_engaged_as_subjects():
    facts = _acts("3月31日，市政府举行第二批政府参事聘任仪式，赵一民、钱二华、孙三强3人被聘任为市政府参事。",
                  "云南省临沧市")
    assert {f[2] for f in facts} == {"赵一民", "钱二华", "孙三强"}
    assert all(f[:2] == ("appoint", "decided") and f[3] == "参事" and f[4] == "云南省临沧市人民政府" for f in facts)
    # honorary members of a culture and history institute (名誉馆员 is a title of its own)
    facts = _acts("经市政府同意，赵一民、钱二华等2人被聘为广州市文史馆名誉馆员。")
    assert {(f[2], f[3]) for f in facts} == {("赵一民", "名誉馆员"), ("钱二华", "名誉馆员")}


def test_a_career_line_opened_by_a_year_is_no_act_even_with_a_noun_appointment_after_it():
    # "这一任命" is a noun: the clause opened by 2018年2月 stays a career line (holds)
    text = "2018年2月，张一平调任衢州市开化县委副书记、县长，成为当时浙江省最年轻的县长，这一任命让他进入了公众的视野。"
    assert _acts(text, "浙江省") == set()
    assert ("hold", "张一平", "县长", "浙江省衢州市开化县人民政府") in _holds(text, "浙江省")


def test_examples_of_a_batch_cited_with_ru_are_no_decisions():
    # the promotions of a 公示 cited as examples (如A升任X，B升任Y): their status is not said
    text = "这批省管干部中，有22人是在原单位发生职位变动。如长沙理工大学副校长张一平升任长沙理工大学党委书记。"
    assert _acts(text, "湖南省") == set()


def test_nomination_of_the_person_named_before_with_a_pronoun():
    text = "这位干部就是现任绍兴市委常委、副市长的张一平，他拟被提名为副省级城市副市长人选。"
    assert ("appoint", "proposed", "张一平", "副市长", None) in {f[:5] for f in _acts(text, "浙江省")}
    holds = _holds(text, "浙江省")
    assert ("hold", "张一平", "常委", "中共浙江省绍兴市委员会") in holds
    assert ("hold", "张一平", "副市长", "浙江省绍兴市人民政府") in holds


def test_a_notice_published_by_an_organization_department_proposes_its_entries():
    # 公布 / 释出 … 公示 names the proposer as 发布 … 公示 does
    text = "9月18日，江苏省委组织部公布一批省管领导干部任职前公示。比如，现任南京市雨花台区区长张一平，拟任县(市、区)委书记。"
    assert ("appoint", "proposed", "张一平", "书记", None, "中共江苏省委员会组织部") in _acts(text)


def test_a_mention_after_a_birth_date_and_before_shi():
    # "出生于1976年6月的<posts><name>" and "<name>是…": the mention is a hold
    holds = _holds("出生于1976年6月的昆山市委书记张一平是目前江苏最年轻的县级党委主官。", "江苏省")
    assert ("hold", "张一平", "书记", "中共江苏省苏州市昆山市委员会") in holds


def test_the_career_of_a_person_named_after_a_title_is_not_the_previous_profiles():
    text = ("王一霞,女,汉族,1977年12月生,中共党员,现任莒县县委副书记、县长。\n\n"
            "另一位女县长李二芳,曾任安丘市委副书记,今年1月出任临朐县委副书记、县长。")
    holds = _holds(text, "山东省")
    assert ("hold", "李二芳", "副书记", "中共山东省潍坊市安丘市委员会") in holds
    assert not any(h[1] == "王一霞" and "安丘" in (h[3] or "") for h in holds)


def test_posts_held_then_and_before():
    holds = _holds("一位是生于1956年的张一平，他是民盟成员，时任衡阳市教育局副局长、民盟衡阳市委主委，"
                   "升任衡阳市政协副主席。", "湖南省")
    assert ("hold", "张一平", "副局长", "湖南省衡阳市教育局") in holds
    assert not any(h[1] == "张一平" and h[2] == "副主席" for h in holds)
    holds = _holds("此前担任浦江县县长的李二滔(1973年10月生，浙江兰溪人)，已于今年4月担任县委书记。", "浙江省金华市")
    assert ("hold", "李二滔", "县长", "浙江省金华市浦江县人民政府") in holds


def test_a_notice_entry_with_its_attributes_in_brackets_and_the_proposed_post_is_no_current_post():
    text = "王小明（男，1978年5月生，大学学历，中共党员），现任县财政局副局长，拟任县审计局局长（试用期一年）。"
    assert ("appoint", "proposed", "王小明", "局长", "浙江省温州市泰顺县审计局") in {f[:5] for f in _acts(text, "浙江省温州市泰顺县")}
    holds = _holds(text, "浙江省温州市泰顺县")
    assert ("hold", "王小明", "副局长", "浙江省温州市泰顺县财政局") in holds
    assert not any(h[2] == "局长" for h in holds)  # 拟任县审计局局长 is no post held


def test_a_proposal_to_promote_and_a_candidate_fixed_for_a_post():
    assert ("appoint", "proposed", "王小明", "局长", "浙江省温州市泰顺县审计局") in {
        f[:5] for f in _acts("经县委研究，拟提拔任用王小明同志为县审计局局长（试用期一年）。", "浙江省温州市泰顺县")}
    facts = {f[:5] for f in _acts("经市委常委会无记名投票表决，确定王小明为市文化局局长拟任人选，李华为市人防办主任拟任人选。",
                                  "山东省德州市")}
    assert ("appoint", "proposed", "王小明", "局长", "山东省德州市文化局") in facts
    assert ("appoint", "proposed", "李华", "主任", "山东省德州市人民防空办公室") in facts
    assert _acts("王小明曾被提名为茂名市市长候选人。", "广东省") == set()


def test_the_state_councils_list_read_out_and_its_appointment_of_late():
    facts = _acts("国务院任免一批国家工作人员：王小明任应急管理部副部长；李华不再担任应急管理部副部长职务。")
    assert ("appoint", "decided", "王小明", "副部长", "中华人民共和国应急管理部", "中华人民共和国国务院") in facts
    assert ("remove", "decided", "李华", "副部长", "中华人民共和国应急管理部", "中华人民共和国国务院") in facts
    facts = _acts("国务院日前任命王小明为工业和信息化部副部长。")
    assert ("appoint", "decided", "王小明", "副部长", "中华人民共和国工业和信息化部", "中华人民共和国国务院") in facts


def test_a_notice_page_gives_the_proposals_and_only_the_current_posts():
    text = ("干部任前公示\n经县委研究，现将拟提拔任用干部人选予以公示：\n"
            "王小明，男，汉族，1980年5月生，浙江泰顺人，大学学历，现任县财政局副局长，拟任县审计局局长。\n"
            "赵刚，男，畲族，1979年10月生，大学学历，中共党员，现任县委办公室副主任，拟任乡镇党委书记。\n"
            "中共泰顺县委组织部\n2021年3月1日\n")
    acts = {f[:5] for f in _acts(text, "浙江省温州市泰顺县")}
    assert ("appoint", "proposed", "王小明", "局长", "浙江省温州市泰顺县审计局") in acts
    holds = _holds(text, "浙江省温州市泰顺县")
    assert ("hold", "王小明", "副局长", "浙江省温州市泰顺县财政局") in holds
    assert ("hold", "赵刚", "副主任", "中共浙江省温州市泰顺县委员会办公室") in holds
    assert not any(h[2] in ("局长", "党委书记") for h in holds)  # 拟任… is no post held


NOTICE_TABLE = """中共泰顺县委组织部关于干部任前公示的公告
经县委研究，现将拟任职干部人选予以公示。
| 姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务 |
| --- | --- | --- | --- | --- |
| 王小明 | 男 | 1980.05 | 县财政局副局长 | 县审计局局长（试用期一年） |
| 李华 | 女 | 1982.03 | 县委办公室副主任 | 县委组织部副部长 |
公示时间：2021年3月1日至3月7日。
"""


def test_a_notice_table_proposes_the_post_of_its_proposed_post_column():
    facts = {f[:5] for f in _acts(NOTICE_TABLE, "浙江省温州市泰顺县")}
    assert facts == {("appoint", "proposed", "王小明", "局长", "浙江省温州市泰顺县审计局"),
                     ("appoint", "proposed", "李华", "副部长", "中共浙江省温州市泰顺县委员会组织部")}
    # tab-separated, and a nomination column
    text = "姓名\t现任职务\t拟提名职务\n王小明\t县财政局副局长\t县人民政府副县长人选\n"
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = "浙江省温州市泰顺县"
    got = [f for f in extract_acts(doc) if f.kind == "appoint"]
    assert [(f.status, f.person, f.title, f.org, f.notes) for f in got] == [
        ("proposed", "王小明", "副县长", "浙江省温州市泰顺县人民政府", {"nomination": True})]
    # a table of current posts alone proposes nothing
    assert _acts("| 姓名 | 现任职务 |\n| 王小明 | 县财政局副局长 |\n", "浙江省温州市泰顺县") == set()


def test_a_notice_card_one_label_a_line_proposes_its_proposed_post():
    text = ("任前公示\n姓名：王小明\n性别：男\n现任职务：县财政局副局长\n拟任职务：县审计局局长（试用期一年）\n"
            "姓名：李华\n性别：女\n现任职务：县委办公室副主任\n拟任职务：县委组织部副部长\n")
    assert {f[:5] for f in _acts(text, "浙江省温州市泰顺县")} == {
        ("appoint", "proposed", "王小明", "局长", "浙江省温州市泰顺县审计局"),
        ("appoint", "proposed", "李华", "副部长", "中共浙江省温州市泰顺县委员会组织部")}
    # a leadership card (姓名 / 职务) proposes nothing
    assert _acts("姓名：王小明\n职务：县审计局局长\n", "浙江省温州市泰顺县") == set()


def test_a_list_name_ending_in_nian():
    from kg.names import split_names

    assert split_names("梁洁华、黎明、欧豪年") == ["梁洁华", "黎明", "欧豪年"]
    assert split_names("欧豪年") == []  # alone, in running text, 年 ends no name
    facts = {f[2:4] for f in _acts("梁洁华、黎明、欧豪年等3人被聘为广州市文史馆名誉馆员。", "广东省广州市")}
    assert facts == {("梁洁华", "名誉馆员"), ("黎明", "名誉馆员"), ("欧豪年", "名誉馆员")}


def test_a_body_written_short_after_it_was_written_in_full_is_the_same_body():
    facts = {f[2:5] for f in _acts("经市政府同意，梁洁华、黎明等2人被聘为广州市文史馆名誉馆员，万兆泉、赵立人等9人被聘为文史馆馆员。",
                                   "广东省广州市")}
    assert ("万兆泉", "馆员", "广东省广州市文史馆") in facts and ("赵立人", "馆员", "广东省广州市文史馆") in facts


def test_two_names_joined_by_he_before_the_verb():
    facts = {f[:4] for f in _acts("张勇和毕井泉不再担任国务院副秘书长一职。")}
    assert facts == {("remove", "decided", "张勇", "副秘书长"), ("remove", "decided", "毕井泉", "副秘书长")}
    assert {f[2] for f in _acts("刘和平不再担任国务院副秘书长职务。")} == {"刘和平"}


def test_a_post_taken_at_an_age_and_the_career_after_it_by_ta():
    holds = _holds("公开资料显示，李世峰30岁时即出任雨花台区旅游局局长，此后他曾担任共青团南京市委副书记，"
                   "以及南京市浦口区委常委、宣传部部长等职务。", "江苏省南京市")
    assert ("hold", "李世峰", "局长", "江苏省南京市雨花台区旅游局") in holds
    assert ("hold", "李世峰", "副书记", "共青团江苏省南京市委员会") in holds
    assert ("hold", "李世峰", "部长", "中共江苏省南京市浦口区委员会宣传部") in holds
