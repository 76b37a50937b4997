"""Session 32: gaps found on the development pages of round 19 (session 30's independent check, measured
twice with the same result, used as development pages from this session on). Each: the construction,
made-up variants and negatives. Clause shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read


def _holds(text: str) -> list[tuple]:
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    doc = document_from_text(text, path="t.txt")
    return sorted((f.person, f.title, f.start, f.end, f.former, bool(f.acting)) for f in extract_holds(doc)
                  if f.notes.get("succession") == "list")


# -- 1. an encyclopedia's list of a place's heads: a heading with the body, then "- NAME, start - end"

def test_encyclopedia_succession_list():
    text = ("某省长列表\n[编辑] 廣東省長(1916-1928)\n- 朱某澜,1916年7月6日 - 1917年8月27日\n"
            "- 张某芳,代省長 1919年6月22日 - 1920年5月29日\n- 胡某民(二次),1923年1月20日 - 1923年2月22日\n"
            "- 许某智1925年7月3日 - 1925年8月\n")
    assert _holds(text) == [
        ("张某芳", "省长", "1919-06-22", "1920-05-29", True, True),
        ("朱某澜", "省长", "1916-07-06", "1917-08-27", True, False),
        ("胡某民", "省长", "1923-01-20", "1923-02-22", True, False),
        ("许某智", "省长", "1925-07-03", "1925-08", True, False),
    ]


def test_succession_list_with_colons_and_a_sentence_on_the_body():
    text = ("上海特别市政府市长\n上海特别市政府于1927年7月7日成立。\n- 黄某:1927年7月7日-1927年8月14日\n"
            "- 吴某修:1927年8月15日-1927年9月16日(市政府秘书长代理市长职务)\n")
    assert [h[:4] for h in _holds(text)] == [("吴某修", "市长", "1927-08-15", "1927-09-16"),
                                            ("黄某", "市长", "1927-07-07", "1927-08-14")]


def test_succession_list_needs_a_post_heading():
    assert _holds("中华民国时期\n- 朱某澜,1916年7月6日 - 1917年8月27日\n") == []
    assert _holds("[编辑] 某某都督(1911-1916)\n- 胡某民,1911年11月17日 - 1911年12月12日\n") == []


# -- 2. a session's chairs after an order note

def test_session_chairs_after_an_order_note():
    holds = holds_read("衡山县第十四届人民代表大会第三次会议开幕。本次大会的执行主席是（按姓名笔画排列）：王立伟、李志军、陈琛。")
    assert "王立伟 执行主席 湖南省衡阳市衡山县第十四届人民代表大会第三次会议" in holds
    assert "陈琛 执行主席 湖南省衡阳市衡山县第十四届人民代表大会第三次会议" in holds


# -- 3. names and words

def test_success_is_no_name():
    facts = acts_read("重庆市工商联第五次代表大会闭幕。涂某华同志成功当选重庆市工商联主席，49位同志成功当选副主席。")
    assert not any(" 成功 " in f for f in facts)
    assert "elect decided 涂某华 主席 重庆市工商业联合会" in facts


def test_last_name_of_a_list_and_he_are_no_body():
    holds = holds_read("国务院参事林某夫、杜某、蔺某钧和中央文史研究馆馆员李某宽、张某宁出席。")
    assert "李某宽 馆员 中央文史研究馆" in holds and "蔺某钧 参事 中华人民共和国国务院" in holds
    assert not any("和中央" in h for h in holds)
    # (及 inside a body's name stays: 商务及经济发展局)
    assert any(h.startswith("邱某华 局长 ") and "商务及经济发展局" in h
               for h in holds_read("香港特区政府政务司司长李某、商务及经济发展局局长邱某华出席。"))


# -- 4. acts

def test_several_holders_resign_together():
    assert acts_read("河南省副省长李某、许某露、赵某才同日辞职。") == {
        "resign decided 李某 副省长 河南省人民政府", "resign decided 许某露 副省长 河南省人民政府",
        "resign decided 赵某才 副省长 河南省人民政府"}


def test_newly_elected_title_first():
    facts = acts_read("8月21日，中共某某乡第八次党员代表大会召开。会议还选举产生了新任党委书记杨某春、纪委书记姚某攀；通过了决议。")
    assert {f.split()[2] for f in facts} == {"杨某春", "姚某攀"}
    assert all(f.startswith("elect decided") for f in facts)


def test_chamber_of_commerce_names_of_the_same_post():
    facts = acts_read("广东省工商业联合会第十二次代表大会闭幕。陈某列当选为省工商联（总商会）主席（会长），"
                      "冯某光、李某（女）当选为省工商联（总商会）专职副主席（副会长）。")
    assert {f.split()[2]: f.split()[3] for f in facts} == {"陈某列": "主席", "冯某光": "专职副主席", "李某": "专职副主席"}


def test_hong_kong_weiren_is_an_appointment():
    assert acts_read("国务院公布，委任王某民为香港中联办主任。") == {
        "appoint decided 王某民 主任 中央人民政府驻香港特别行政区联络办公室"}
    assert acts_read("他收到了委任书。") == set()


def test_no_name_from_the_place_after_wei():
    assert not any(" 南省 " in f for f in acts_read("会议决定，提名杜某毫为湖南省代理省长。"))


@pytest.mark.parametrize("word", ["党组织", "代理", "任内", "包垸区", "某某县"])
def test_words_that_are_no_names(word):
    from kg.names import is_person_name

    assert not is_person_name(word)


def test_ou_surname_stays_in_a_list():
    holds = holds_read("桂林市人大常委会召开会议，市人大常委会副主任徐某、区捷，秘书长李某出席。")
    assert any(h.startswith("区捷 副主任") for h in holds)
    assert not any("出席" in h for h in holds_read("桂林市人大常委会召开会议，市人大常委会副主任徐某、区捷出席。"))


def test_again_is_no_part_of_a_name():
    assert "张某 常委 中共江苏省徐州市委员会" in holds_read("2011年，张某再赴地方工作，任徐州市委常委、宣传部部长。")


# -- 5. bodies: Macau's government and its 司, the national 台联

def test_macau_secretariats_and_national_taiwan_compatriots_federation():
    assert "张某春 司长 澳门特别行政区政府行政法务司" in holds_read("行政法务司司长张某春出席。")
    assert "黄某贤 会长 全国台湾同胞联谊会" in holds_read("由全国台联会长黄某贤主持。")


def test_day_between_name_and_removal():
    assert "remove decided 张某春 司长 澳门特别行政区政府行政法务司" in acts_read("行政法务司司长张某春11月29日被免职。")


# -- 6. organizations: the State Council's offices written bare, 国家 before a ministry, other presses'
# names of states, former provincial departments

def test_state_council_office_written_bare_in_its_own_act():
    assert acts_read("国务院任命刘某为国资委副主任。") == {"appoint decided 刘某 副主任 国务院国有资产监督管理委员会"}


@pytest.mark.parametrize("text, org", [
    ("国家工业和信息化部", "中华人民共和国工业和信息化部"),
    ("国家环境保护部", "中华人民共和国环境保护部"),
    ("国家统计局", "国家统计局"),
    ("浙江省交通厅", "浙江省交通厅"),
    ("广东省监察厅", "广东省监察厅"),
])
def test_canonical_bodies(text, org):
    from kg.orgs import canonical_org

    assert canonical_org(text) == org


def test_taiwan_press_names_of_states():
    assert acts_read("国务院任命郑某为中华人民共和国驻莫三比克共和国特命全权大使。") == {
        "appoint decided 郑某 大使 中华人民共和国驻莫桑比克共和国大使馆"}


# -- 7. a holders' table read by its column heads

def test_holders_table_by_its_column_heads():
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    text = ("某环市市长列表\n玉环市市长列表列出了玉环市的全部市长。\n"
            "任次 | 姓名 | 籍贯 | 出生年份 | 上任日期 | 卸任日期 | 备注 |\n---|---|---|---|---|---|---|\n"
            "1 | 吴某平 | 浙江仙居 | 1969年3月 | 2017年4月9日 | 2019年10月24日 | |\n"
            "2 | 杜某胜 | 浙江临海 | 1974年10月 | 2022年2月20日 | 现任 |\n"
            "代理 | 江某五 | 1951年2月7日 | 1951年6月1日 |\n")
    doc = document_from_text(text.replace("某环市", "玉环市"), path="t.txt")
    got = sorted((f.person, f.title, f.org, f.start, f.end) for f in extract_holds(doc) if f.notes.get("succession") == "table")
    assert got == [("吴某平", "市长", "浙江省台州市玉环市人民政府", "2017-04-09", "2019-10-24"),
                   ("杜某胜", "市长", "浙江省台州市玉环市人民政府", "2022-02-20", None)]


# -- 8. a résumé's subject after its heading on one line ("刘某强简历 刘某强,男,…")

def test_resume_subject_after_its_heading_on_one_line():
    holds = holds_read("刘某强简历 刘某强,男,1953年12月生。 1996年05月至1997年04月,本溪钢铁集团公司副总经理;")
    assert holds == {"刘某强 副总经理 本溪钢铁集团公司"}


def test_subject_after_a_title_then_born():
    holds = holds_read("江苏有两位女性市长，除了张某，还有常州市市长盛某，出生于1972年，曾任苏州市委常委、宣传部部长等职务。")
    assert "盛某 常委 中共江苏省苏州市委员会" in holds
    assert not any(h.startswith("张某 ") for h in holds)


def test_decision_naming_a_body_kg_cannot_place():
    assert acts_read("湖北大学党委决定：吴某文同志任知行学院党委书记。") == {"appoint decided 吴某文 党委书记 None"}
    assert acts_read("据了解，吴某文任知行学院党委书记。") == set()  # (news with no decision: no act without a placed body)
