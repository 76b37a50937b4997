"""Traditional-character pages, session 19 (issue 9, the trad genre): constructions of mirror
pages, the Macau / Hong Kong / Taiwan press and overseas sites, on short invented texts — what
kg must read, and what it must leave unread (a rumour, a future, what a body *should* do)."""

from __future__ import annotations

import pytest
from conftest import acts_read, holds_read

from kg.extract import extract_document
from kg.orgs import canonical_org
from kg.reading import document_from_text


_acts, _holds = acts_read, holds_read  # (tests/conftest.py: the strings these tests compare)


# -- no act: a rumour, a future, an expected election, what a body should do ------------------------
NOT_ACTS = [
    # a rumour (一時傳 …) runs to the end of its sentence
    "據香港媒體報道,深圳書記換帥消息頻傳,一時傳陝西省委常委、宣傳部長景俊海調任深圳市委書記,然後又有其他說法。",
    # a future (將調任): the clause after it in the same sentence is part of it (由…升任)
    "據了解,63歲的楊雄將調任全國人大財經委副主委,由國家主席習近平舊部、上海常務副市長應勇升任市長。",
    # an election expected (預計…將選出)
    "上海人大網披露,本次上海人大會議還有一項人事選舉議程,預計20日將選出應勇為市長。",
    # what a body should do (應當作出決定,免去…;任命…)
    "也就是說,全國人大常委會應當作出決定,免去王光亞的澳門基本法委員會委員職務,任命王毅為委員。",
    "外界普遍預料,李明將出任湖北省委書記,現任書記張強可能調任中央。",
    "坊間傳言,張德江之子將接任北京市副市長,但官方未作回應。",
]


@pytest.mark.parametrize("text", NOT_ACTS, ids=range(len(NOT_ACTS)))
def test_no_act_from_a_rumour_a_future_or_a_should(text):
    assert _acts(text) == set()


def test_a_decision_before_a_future_in_the_same_sentence_is_read():
    acts = _acts("2020年6月28日,杭州市第十三屆人大常委會第二十八次會議決定,接受張明辭去杭州市人民政府市長職務的請求,"
                 "任命李華為杭州市人民政府副市長、代理市長。")
    assert "appoint decided 李华 副市长 浙江省杭州市人民政府" in acts
    assert "resign decided 张明 市长 浙江省杭州市人民政府" in acts


# -- a committee's members appointed title first; a committee's tenure before its name ---------------
def test_members_appointed_title_first_with_the_body_before_zuchengrenyuan():
    acts = _acts("  其一、任命第五任全國人民代表大會常務委員會香港特別行政區基本法委員會組成人員;主任沈春耀,"
                 "副主任譚惠珠(女)、張勇,委員(按姓名筆劃為序)陳冬、陳弘毅、武增(女)。")
    body = "全国人民代表大会常务委员会香港特别行政区基本法委员会"
    assert acts == {f"appoint decided 沈春耀 主任 {body}", f"appoint decided 谭惠珠 副主任 {body}",
                    f"appoint decided 张勇 副主任 {body}", f"appoint decided 陈冬 委员 {body}",
                    f"appoint decided 陈弘毅 委员 {body}", f"appoint decided 武增 委员 {body}"}


def test_a_tenure_before_a_committee_is_no_part_of_its_name():
    acts = _acts("其二、免去張榮順的第四任全國人民代表大會常務委員會澳門特別行政區基本法委員會副主任職務;"
                 "任命張勇為第四任全國人民代表大會常務委員會澳門特別行政區基本法委員會副主任。")
    body = "全国人民代表大会常务委员会澳门特别行政区基本法委员会"
    assert acts == {f"remove decided 张荣顺 副主任 {body}", f"appoint decided 张勇 副主任 {body}"}


def test_a_list_a_standing_committee_passes_appoints_its_rows():
    acts = _acts("九月五日,第七屆全國人大常委會第三次會議通過了“中華人民共和國澳門特別行政區基本法起草委員會”名單。成員如下:\n"
                 "    主任委員:姬鵬飛\n    副主任委員:胡繩 王漢斌 馬萬祺\n    秘 書 長:魯 平\n")
    body = "中华人民共和国澳门特别行政区基本法起草委员会"
    assert acts == {f"appoint decided 姬鹏飞 主任委员 {body}", f"appoint decided 胡绳 副主任委员 {body}",
                    f"appoint decided 王汉斌 副主任委员 {body}", f"appoint decided 马万祺 副主任委员 {body}",
                    f"appoint decided 鲁平 秘书长 {body}"}


def test_a_group_member_and_her_post_on_one_line_is_one_name():
    # (郝 远 副省长: a padded name and the member's post, never a second name 副省长)
    acts = _acts("省政府決定成立甘肅省黃標車淘汰工作領導小組。組成人員如下:\n組 長:郝 遠 副省長\n")
    assert acts == {"appoint decided 郝远 组长 甘肃省黄标车淘汰工作领导小组"}


# -- nominations: 建議…為…人選, passive 被提名為…人選 -----------------------------------------------
def test_nominations_suggested_and_passive():
    assert _acts("經省委研究,建議劉洪為鄭州市金水區區長人選,按法定程序辦理。") == {
        "appoint proposed 刘洪 区长 河南省郑州市金水区人民政府"}
    assert "appoint proposed 郑人豪 书记 中共广东省汕头市委员会" in _acts(
        "據悉,汕頭市委副書記、市長鄭人豪已被提名為汕頭市委書記人選。")


# -- organizations ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, jur, name", [
    ("驻日本国大使馆", "北京市", "中华人民共和国驻日本国大使馆"),  # a mission is the nation's, whatever the page's place
    ("国务院人力资源和社会保障部", None, "中华人民共和国人力资源和社会保障部"),  # the ministry, its parent before it
    ("中央委员会", None, "中共中央委员会"),  # written alone (the press of Taiwan and Hong Kong)
    ("新一届中央委员会", None, "中共中央委员会"),
    ("第四任全国人民代表大会常务委员会澳门特别行政区基本法委员会", None,
     "全国人民代表大会常务委员会澳门特别行政区基本法委员会"),
])
def test_org_names_of_the_overseas_press(text, jur, name):
    assert canonical_org(text, jur) == name


# -- holds ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, fact", [
    ("4月12日,據廣東省紀委監委消息,廣東省湛江吳川市委書記全可文涉嫌嚴重違紀違法。", "全可文 书记 中共广东省湛江市吴川市委员会"),
    ("北京人大主任杜德印退休。", "杜德印 主任 北京市人民代表大会常务委员会"),
    ("上海人大主任殷一璀昨評價楊雄的工作。", "殷一璀 主任 上海市人民代表大会常务委员会"),
    ("廣東省委常委、組織部長李玉妹成為熱門人選。", "李玉妹 部长 中共广东省委员会组织部"),
    ("現任上海市委書記俞正聲進入中央政治局的可能性大增。", "俞正声 书记 中共上海市委员会"),
    ("十八屆中央委員、廣東省委副書記馬興瑞接替王榮。", "马兴瑞 副书记 中共广东省委员会"),
    ("新華社報導,國家主席胡錦濤根據全國人大常委會的決定,任免了一批駐外大使。", "胡锦涛 主席 中华人民共和国"),
])
def test_title_name_mentions_before_the_verbs_of_the_overseas_press(text, fact):
    assert fact in _holds(text)


@pytest.mark.parametrize("text, facts", [
    # a sentence's words run into the body after them: the body starts at its province (a lead-in)
    ("深圳書記換帥消息頻傳,一時傳陝西省委常委、宣傳部長景俊海調任深圳市委書記。",
     {"景俊海 常委 中共陕西省委员会", "景俊海 部长 中共陕西省委员会宣传部"}),
    ("然後又有廣東省委常委、組織部長李玉妹成為熱門的說法。", {"李玉妹 常委 中共广东省委员会", "李玉妹 部长 中共广东省委员会组织部"}),
    ("盡管深圳市委書記王榮已于今年初出任廣東省政協主席。", {"王荣 书记 中共广东省深圳市委员会"}),
    ("由于廣州市委書記任學鋒僅為中央候補委員兼廣東省委常委。", {"任学锋 书记 中共广东省广州市委员会"}),
])
def test_a_lead_in_before_the_posts_is_no_part_of_the_body(text, facts):
    assert facts <= _holds(text)


def test_the_body_own_words_are_no_lead_in():
    from kg.extract.posts import canonical

    assert canonical("新当选中共广东省委第十一届委员会", None) is None  # (tests/test_trad_news.py)


def test_past_is_no_name():
    holds = _holds("過去以中央委員會候補委員身分擔任省長的王儒林,這次當選中央委員會委員。")
    assert not any(h.startswith("过去") for h in holds)


def test_a_former_post_sentence_is_no_leadership_row():
    # "原福建省委書記尹力在…後升任政治局委員": running text, never a row of 原福建 + posts
    holds = _holds("原福建省委書記尹力在中共二十大後升任政治局委員,已屬於副國級。")
    assert not any(h.startswith("原福建") for h in holds)
    assert "尹力 书记 中共福建省委员会" in holds


# -- biographies and résumés --------------------------------------------------------------------------
def test_a_birth_in_chinese_numerals_names_the_subject_of_the_career_after_it():
    text = ("原任外交部副部長的王光亞,被任命為常駐聯合國代表。\n"
            "王毅一九五三年十月出生於北京市,北京市人。從一九八二年起,先後任外交部亞洲司副司長、司長;外交部部長助理。\n")
    facts = extract_document(document_from_text(text, path="t.txt"))
    careers = {(f.person, f.title) for f in facts if f.kind == "hold" and f.former}
    assert ("王毅", "司长") in careers and ("王毅", "部长助理") in careers
    assert not any(p == "王光亚" and t in ("司长", "部长助理") for p, t in careers)


def test_a_resume_whose_dash_was_lost_and_a_resume_on_one_line():
    lost = _holds("馬興瑞簡歷:\n1978.10 1982.07,遼寧省阜新礦業學院學習;\n1996.05 1998.01,青海省財政廳預算處處長;\n")
    assert lost == {"马兴瑞 处长 青海省财政厅预算处"}
    one_line = _holds("王建軍簡歷:1958.06出生;1990.03-1998.07 青海省財政廳預算處處長;1998.07-2006.02 青海省西寧市副市長。")
    assert one_line == {"王建军 处长 青海省财政厅预算处", "王建军 副市长 青海省西宁市人民政府"}


@pytest.mark.parametrize("text, person, title", [
    # "…的X，过去…" and "…的X亦…，出任…": a person written after 的 is the subject of the career after it
    ("2007年習近平升任國家副主席後,2011年時任廈門市長的劉賜貴亦再上層樓,出任國家海洋局局長。", "刘赐贵", "局长"),
    ("由常務副市長應勇接替。從基層做起的應勇,過去曾一度是習近平的下屬,2014年升任上海市委副書記。", "应勇", "副书记"),
])
def test_a_person_written_after_de_is_the_subject_of_the_career_after_it(text, person, title):
    facts = extract_document(document_from_text(text, path="t.txt"))
    holders = {f.person for f in facts if f.kind == "hold" and f.title == title}
    assert holders == {person}


# -- session 19 probes, second round --------------------------------------------------------------------
@pytest.mark.parametrize("text, fact", [
    ("2018年6月,原重慶市副市長鄧恢林被免去重慶市人民政府副市長職務。", "remove decided 邓恢林 副市长 重庆市人民政府"),
    ("2021年10月,中共廣西壯族自治區第十二屆委員會第一次全體會議選舉劉寧為自治區黨委書記。",
     "elect decided 刘宁 书记 中共广西壮族自治区委员会"),
])
def test_probe_acts_second_round(text, fact):
    assert fact in _acts(text)


def test_two_posts_joined_by_yu_are_two_posts():
    from kg.extract.posts import parse_posts

    assert [p.title for p in parse_posts("网信办主任与国新办副主任", None)] == ["主任", "副主任"]
    assert [(p.title, p.org) for p in parse_posts("市人力资源与社会保障局局长", "重庆市巴南区")] == [
        ("局长", "重庆市人力资源与社会保障局")]  # (与 inside a body's name stays)


@pytest.mark.parametrize("text, fact", [
    ("據港媒報道,現任湖南省長許達哲或將出任湖南省委書記。", "许达哲 省长 湖南省人民政府"),
    ("現年55歲的張國清此前任重慶市委副書記、市長,2017年12月調任天津市委副書記。", "张国清 市长 重庆市人民政府"),
])
def test_probe_holds_second_round(text, fact):
    assert fact in _holds(text)


def test_a_rumour_after_the_post_held_gives_no_act():
    assert _acts("據港媒報道,現任湖南省長許達哲或將出任湖南省委書記。") == set()


def test_a_members_list_one_member_and_her_post_in_brackets_per_line():
    # an old book's list: each line a member and the member's post in brackets (lines never run
    # together by the reading layer: kg.normalize _BRACKET_ROW), under a numbered group heading
    text = ("九月五日,第七屆全國人大常委會第三次會議通過了“中華人民共和國澳門特別行政區基本法起草委員會”名單。成員如下:\n"
            "    主任委員:姬鵬飛\n    委員:\n    一、中共中央和國務院的有關部門負責人\n"
            "      姬鵬飛(國務院港澳辦公室主任)\n      李後(國務院港澳辦公室副主任)\n"
            "      康冀民(外交部港澳事務辦公室副主任、中葡聯合聯絡小組\n          中方組長)\n"
            "      周南(外交部副部長)\n")
    body = "中华人民共和国澳门特别行政区基本法起草委员会"
    assert {f"appoint decided {p} 委员 {body}" for p in ("姬鹏飞", "李后", "康冀民", "周南")} <= _acts(text)
    holds = _holds(text)
    assert {"李后 副主任 国务院港澳事务办公室", "周南 副部长 中华人民共和国外交部"} <= holds


@pytest.mark.parametrize("text, fact", [
    # verbs of the press of Hong Kong and Taiwan (act shape transfer)
    ("新華社報道,前江西省委書記劉奇日前獲委任為江西省人大常委會主任。", "appoint decided 刘奇 主任 江西省人民代表大会常务委员会"),
    ("據悉,福建省副省長王寧日前晉升為福建省委常委。", "appoint decided 王宁 常委 中共福建省委员会"),
    ("新華社報道,李希日前出掌廣東省委書記一職。", "appoint decided 李希 书记 中共广东省委员会"),
    ("中央宣布由陳敏爾接掌重慶市委書記職務。", "appoint decided 陈敏尔 书记 中共重庆市委员会"),
])
def test_transfer_verbs_of_the_overseas_press(text, fact):
    assert fact in _acts(text)


@pytest.mark.parametrize("text", [
    "外界看好江蘇省長吳政隆接任江蘇省委書記。",
    "據台灣媒體報道,現任上海市長應勇可望出任湖北省委書記。",
    "陳吉寧是接任北京市委書記的熱門人選。",
])
def test_the_press_guesses_are_no_acts(text):
    assert _acts(text) == set()


def test_the_post_held_before_a_guess_is_a_holding():
    assert "应勇 市长 上海市人民政府" in _holds("據台灣媒體報道,現任上海市長應勇可望出任湖北省委書記。")
