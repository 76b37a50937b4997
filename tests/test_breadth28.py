"""Session 28: gaps found on round 14 of fresh pages (measured in session 27 as an independent check,
used as development pages from this session on). Each: the construction, made-up variants and
negatives."""

from __future__ import annotations

import pytest

from conftest import acts_read, holds_read, placed_holds_read
from kg.orgs import parse_org


# -- 1. a name of two characters before an adverb or a move (强卫都将…, 林武改任…) is no name of three

@pytest.mark.parametrize("text, hold", [
    ("山西原省委书记王某林和江西原省委书记强某都将调全国人大任职。", "强某 书记 中共江西省委员会"),
    ("江西原省委书记强某都已退休。", "强某 书记 中共江西省委员会"),
    ("江苏省长石某峰远赴宁夏，出任自治区党委书记。", "石某峰 省长 江苏省人民政府"),
])
def test_name_ends_before_an_adverb_or_a_move(text, hold):
    assert hold in holds_read(text)
    assert not any(h.split()[0] in ("强某都", "石某峰远") for h in holds_read(text))


def test_former_department_head_of_a_committee():
    # 原 between the committee and its department: a former post of that department, no body "原组织部"
    text = "吉林省委原组织部长林某改任省委秘书长。"
    assert "林某 部长 中共吉林省委员会组织部" in holds_read(text)
    assert "appoint decided 林某 秘书长 中共吉林省委员会" in acts_read(text)


# -- 2. a province's body after the country's name (the foreign press): 中国新疆自治区党委

@pytest.mark.parametrize("text, name", [
    ("中国新疆自治区党委", "中共新疆维吾尔自治区委员会"),
    ("中国浙江省委", "中共浙江省委员会"),
    ("中国外交部", "中华人民共和国外交部"),
])
def test_china_then_a_provinces_body(text, name):
    assert parse_org(text).name == name


def test_china_then_a_company_keeps_its_name():
    info = parse_org("中国浙江国际经济技术合作公司")
    assert info is None or info.name == "中国浙江国际经济技术合作公司"


def test_career_step_into_china_then_a_province():
    assert "陈某俊 常委 中共新疆维吾尔自治区委员会" in holds_read("2021年5月，陈某俊出任中国新疆自治区党委常委。")


# -- 3. a roster row's bracket may write the ethnicity before the posts: 严某海(藏族,区人大常委会党组书记)

def test_roster_bracket_with_ethnicity():
    text = ("中国共产党西藏自治区委员会\n"
            "副书记 2 | 严某海(藏族,区人大常委会党组书记) 陈某奇(区政府常务副主席) |\n")
    got = holds_read(text)
    assert "严某海 党组书记 西藏自治区人民代表大会常务委员会" in got
    assert "陈某奇 常务副主席 西藏自治区人民政府" in got


# -- 4. a time before the change opens a round-up: no appointment (在其之前，…由X担任; 至此，…X任Y)

@pytest.mark.parametrize("text", [
    "李某杰调任山东省委书记。在其之前，山东省长由龚某担任。",
    "林某出任常务副省长。至此，吉林省政府领导层“一正五副”，刘某中任省长，林某为常务副省长。",
])
def test_round_up_after_a_time_is_no_appointment(text):
    assert not any(" 龚某 " in a or " 刘某中 " in a for a in acts_read(text))


def test_held_by_after_a_change_stays_an_act():
    text = "麦某华调任海南省国资委党委副书记，陵水县委书记由海南省纪委常委符某担任"
    assert "appoint decided 符某 书记 中共海南省陵水黎族自治县委员会" in acts_read(text)


# -- 5. 免除X同志Y一职 is a removal (a county standing committee's news)

def test_remove_by_mian_chu_yi_zhi():
    text = "会议决定，免除路某阳同志重庆市巴南区财政局局长一职，免去孟某哲同志重庆市巴南区审计局局长一职。"
    assert acts_read(text) == {"remove decided 路某阳 局长 重庆市巴南区财政局",
                               "remove decided 孟某哲 局长 重庆市巴南区审计局"}


def test_mian_chu_without_a_post_is_nothing():
    assert acts_read("对主动报告问题的干部，可以免除处分。") == set()


# -- 6. surnames the dev gold's people bore and kg could not read (苑, 冼, 沐, 郅)

@pytest.mark.parametrize("person", ["苑某东", "冼某华", "沐某平", "郅某杰"])
def test_more_surnames(person):
    text = f"决定任命{person}为重庆市巴南区财政局局长。"
    assert acts_read(text) == {f"appoint decided {person} 局长 重庆市巴南区财政局"}


@pytest.mark.parametrize("text", ["大会宣布易某不再担任副主任。", "张某铁定出任天津市长。"])
def test_word_starts_are_no_surnames(text):
    assert not any(a.split()[2] in ("布易某", "铁定") for a in acts_read(text))


# -- 7. the date of another's fall told in a clause (接替去年11月落马的…) dates no act after it

def test_date_of_anothers_fall_dates_no_act():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    text = ("【大纪元2016年05月27日讯】日前中共原上海市委副秘书长陈某升任上海副市长，接替去年11月落马的原上海市副市长艾某俊。"
            "重庆市渝北区委书记沐某平升任重庆副市长等。")
    facts = extract_document(document_from_text(text, path="t.txt"))
    dates = {f.date for f in facts if f.person == "沐某平" and f.kind == "appoint"}
    assert dates and "2015-11" not in dates


# -- 8. an acceptance that writes no post is of the one post the person asked to leave (session 21's
#       关于接受张三辞职请求的决定, acts._resignations_without_post), now also 接受其辞职 (the requester before)
#       and 会议表决接受… (a vote taken); a request may name the requester's post first (市长张三向…提出辞去…)

@pytest.mark.parametrize("text", [
    "因工作变动，市长李某华向重庆市人大常委会提出辞去重庆市人民政府市长职务的请求，会议表决接受其辞职。",
    "李某华因工作调动，请求辞去重庆市人民政府市长职务。会议决定接受其辞职。",
    "李某华因工作变动提出辞去重庆市人民政府市长职务的请求。会议表决通过了关于接受李某华辞职请求的决定。",
    "市长李某华向市人大常委会提出辞去重庆市人民政府市长职务的请求。会议表决接受了市长李某华的辞职请求。",
])
def test_accepted_resignation_takes_the_requested_posts(text):
    got = acts_read(text)
    assert "resign proposed 李某华 市长 重庆市人民政府" in got
    assert "resign decided 李某华 市长 重庆市人民政府" in got


@pytest.mark.parametrize("text", [
    "会议表决接受其辞职。",  # no request before: no post, no fact
    "李某华提出辞去重庆市人民政府市长职务的请求。会议听取了提请审议接受李某华辞职请求的议案。",
])
def test_acceptance_without_a_request_or_not_yet_voted(text):
    assert not any(a.startswith("resign decided") for a in acts_read(text))


# -- 9. a dated step of a career told with 就已 / 就任 / 成为 (…的): a holding with its start

@pytest.mark.parametrize("text, hold", [
    ("谌某琴，女，汉族，1959年生。2007年4月，48岁的谌某琴就已跻身贵州省委常委。", "谌某琴 常委 中共贵州省委员会"),
    ("吕某成，男，汉族，1968年生。从2011年8月就任河北省邢台市威县县长。", "吕某成 县长 河北省邢台市威县人民政府"),
    ("2018年1月，张某华成为当时最年轻的云南省副省长。", "张某华 副省长 云南省人民政府"),
])
def test_dated_career_step_with_more_verbs(text, hold):
    assert hold in holds_read(text)
    assert acts_read(text) == set()


def test_became_a_member_is_no_post():
    assert holds_read("2010年，成为中共党员。") == set()


# -- 10. the place worked in names the bodies written with a level marker after it

@pytest.mark.parametrize("text", [
    "张某明，男，汉族，1965年生。他在河北省邯郸市工作多年，曾担任市委副书记、市长等职。",
    "张某明，男，汉族，1965年生。张某明长期在河北省邯郸市工作，曾担任市委副书记、市长等职。",
])
def test_place_worked_in_places_the_posts(text):
    assert holds_read(text) >= {"张某明 副书记 中共河北省邯郸市委员会", "张某明 市长 河北省邯郸市人民政府"}


def test_place_worked_in_never_names_a_lower_level():
    assert placed_holds_read("张某明，男，汉族，1965年生。他在河北省邯郸市工作多年，曾任县委书记、副市长。") == set()


# -- 11. election results written post first after 选举结果： / 当选名单： / 会议选举： are elections

@pytest.mark.parametrize("text", [
    "会议选举结果如下：区长张某明，副区长李某华、王某军。",
    "会议选举结果：区长：张某明；副区长：李某华、王某军。",
    "会议选举：区长张某明，副区长李某华、王某军。",
])
def test_election_results_written_post_first(text):
    doc = "重庆市巴南区人大常委会\n2021年1月10日，重庆市巴南区第十八届人民代表大会第一次会议举行。" + text
    assert acts_read(doc) >= {"elect decided 张某明 区长 重庆市巴南区人民政府",
                              "elect decided 李某华 副区长 重庆市巴南区人民政府",
                              "elect decided 王某军 副区长 重庆市巴南区人民政府"}


# -- 12. posts before the name, then 现任 / 目前担任: the posts after are held now

def test_now_after_posts_before_the_name():
    got = holds_read("前广东省委书记胡某华现任全国政协副主席。")
    assert {"胡某华 书记 中共广东省委员会", "胡某华 副主席 中国人民政治协商会议全国委员会"} <= got


# -- 13. 中国人民政治协商会议 written alone (an encyclopedia page's title) is the national committee

def test_cppcc_written_alone_is_the_national_committee():
    assert parse_org("中国人民政治协商会议").name == "中国人民政治协商会议全国委员会"
    assert parse_org("中国人民政治协商会议北京市委员会").name == "中国人民政治协商会议北京市委员会"
    text = "中国人民政治协商会议-wikipedia\n\n主 席 俞某声\n\n副主席 杜某林 韩某德\n\n秘书长 张某黎(兼)\n"
    assert holds_read(text) >= {"杜某林 副主席 中国人民政治协商会议全国委员会", "韩某德 副主席 中国人民政治协商会议全国委员会",
                                "张某黎 秘书长 中国人民政治协商会议全国委员会"}


# -- 14. a photo's mark after a name (（右）, （资料图片）) ends the name, and the next mention after 与 is its own

def test_photo_marks_after_names():
    got = holds_read("广东省委书记李某（右）与省长马某瑞（左）出席活动。")
    assert got == {"李某 书记 中共广东省委员会", "马某瑞 省长 广东省人民政府"}
    assert holds_read("辽宁省委书记张某清（资料图片）") == {"张某清 书记 中共辽宁省委员会"}


# -- 15. more words after a name (跻身, 被“双规”), 而 before a post phrase, the surname 秋

@pytest.mark.parametrize("text, hold", [
    ("2016年9月，甘肃省副省长马某忠跻身常委。", "马某忠 副省长 甘肃省人民政府"),
    ("3月9日，时任云南省副省长沈某平被“双规”。", "沈某平 副省长 云南省人民政府"),
    ("而新疆自治区党委副书记车某，将接替李某任浙江省长。", "车某 副书记 中共新疆维吾尔自治区委员会"),
    ("南宁市人大常委会副主任秋某出席。", "秋某 副主任 广西壮族自治区南宁市人民代表大会常务委员会"),
])
def test_more_mention_boundaries(text, hold):
    assert hold in holds_read(text)


# -- 16. a post phrase opened after 有前 / 他与 / 如国家… / 与 or 在 before a place's name

@pytest.mark.parametrize("text, hold", [
    ("今年以来，已有前河源市长彭某文、前江门市长邓某根落马。", "彭某文 市长 广东省河源市人民政府"),
    ("胡某亭调任大连市委书记，他与沈阳市委书记张某，都是辽宁省委常委。", "张某 书记 中共辽宁省沈阳市委员会"),
    ("这里比较典型的如国家发改委主任何某峰，他在全国政协当选。", "何某峰 主任 中华人民共和国国家发展和改革委员会"),
    ("李某祥、陈某与北京市长蔡某，是市委常委会中的成员。", "蔡某 市长 北京市人民政府"),
])
def test_post_phrase_cut_before_its_place(text, hold):
    assert hold in holds_read(text)


def test_at_before_a_level_marker_keeps_the_chains_place():
    got = holds_read("新任浙江省委书记习某平在省委秘书长张某，副省长章某进陪同下调研。")
    assert "章某进 副省长 浙江省人民政府" in got


# -- 17. a province written by its stem before 书记 (the press: 青海书记王建军) is its committee's;
#        never a stem two places share (河北: 河北省 and 天津市河北区)

def test_province_stem_before_secretary():
    assert holds_read("青海书记王某军、浙江书记袁某军出席。") == {"王某军 书记 中共青海省委员会", "袁某军 书记 中共浙江省委员会"}
    assert holds_read("河北书记王某出席。") == {"王某 书记 None"}  # (no body: org null, session 36)


# -- 18. 前 inside a body (中国科协前党组书记, 新疆自治区前政法委书记) marks a former post of that body; a
#        party committee's 政法委 written right after its place (浙江省政法委) is that committee's organ

@pytest.mark.parametrize("text, hold", [
    ("中国科协前党组书记申某辰出席。", "申某辰 党组书记 中国科学技术协会"),
    ("新疆自治区前政法委书记朱某仑出席。", "朱某仑 书记 中共新疆维吾尔自治区委员会政法委员会"),
    ("浙江省政法委书记王某出席。", "王某 书记 中共浙江省委员会政法委员会"),
])
def test_former_inside_and_organ_after_place(text, hold):
    assert holds_read(text) == {hold}


def test_organ_after_place_names_the_committees_organ():
    assert parse_org("杭州市政法委").name == "中共浙江省杭州市委员会政法委员会"


# -- 19. a table of past holders whose 任职日期 column holds the range, under a heading naming the post;
#        two rows of one person's tenure that meet (…–1955.02, 1955.02–…) are one holding

def test_history_table_with_a_range_in_its_date_column():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    text = ("福建省历任省长名单\n姓名 | 任职日期 | 出生日期 | 出生地 |\n---|---|---|---|\n"
            "张某丞 | 1949.08 - 1954.10 | 1898年 | 福建永定 |\n叶某 | 1954.10 - 1955.02 | 1914年5月 | 福建 |\n"
            "叶某 | 1955.02 - 1959.01 | 1914年5月 | 福建 |\n")
    got = {(f.person, f.title, f.org, f.start, f.end) for f in extract_document(document_from_text(text, path="t.txt"))}
    assert got == {("张某丞", "省长", "福建省人民政府", "1949-08", "1954-10"),
                   ("叶某", "省长", "福建省人民政府", "1954-10", "1959-01")}


# -- 20. a biography's next step with 才 / 又 before the verb, or 历任 after 其后 / 之后

@pytest.mark.parametrize("text, holds", [
    ("韦某，男，汉族，1970年生。2006年，任厦门市农业局副局长，之后才转任厦门市政府副秘书长、市司法局局长等职。",
     {"韦某 副秘书长 福建省厦门市人民政府", "韦某 局长 福建省厦门市司法局"}),
    ("韦某，男，汉族，1970年生。其后又历任湖北省襄樊市副市长、市长。",
     {"韦某 副市长 湖北省襄樊市人民政府", "韦某 市长 湖北省襄樊市人民政府"}),
])
def test_sequel_with_adverb_or_list(text, holds):
    assert holds <= holds_read(text)


def test_sequel_never_reads_an_adverb_as_a_name():
    assert not any(h.split()[0] in ("又历", "才转") for h in holds_read("其后又历任湖北省襄樊市副市长、市长。"))


@pytest.mark.parametrize("text, hold", [
    ("随后又出任湖北省襄樊市市长。", "韦某 市长 湖北省襄樊市人民政府"),
    ("后又调任湖北省委副秘书长。", "韦某 副秘书长 中共湖北省委员会"),
    ("不久后，他便升任湖北省襄樊市市长。", "韦某 市长 湖北省襄樊市人民政府"),
    ("接着，他调任湖北省委副秘书长。", "韦某 副秘书长 中共湖北省委员会"),
    ("此后他一直担任湖北省襄樊市市长。", "韦某 市长 湖北省襄樊市人民政府"),
])
def test_sequel_openers(text, hold):
    assert hold in holds_read("韦某，男，汉族，1970年生。" + text)


def test_sequel_leaves_a_decision_to_the_act_reader():
    text = "随后，市委决定张某任湖北省襄樊市市长。"
    assert "appoint decided 张某 市长 湖北省襄樊市人民政府" in acts_read(text)
    assert "张某 市长 湖北省襄樊市人民政府" not in holds_read(text)


def test_places_then_post_after_ceng():
    got = holds_read("韦某，男，汉族，1970年生。他曾在湖北省襄樊市、宜昌市担任副市长。")
    assert {"韦某 副市长 湖北省襄樊市人民政府", "韦某 副市长 湖北省宜昌市人民政府"} <= got


def test_university_discipline_secretary():
    assert "韦某 纪委书记 哈尔滨工程大学" in holds_read("韦某，男，汉族，1970年生。2009年起任哈尔滨工程大学纪委书记。")
