"""Session 35: gaps found on the development pages of round 23 (session 34's independent check, used as
development pages from this session on). Each: the construction, made-up variants and negatives. Clause
shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

from conftest import acts_read, holds_read

# -- 1. a dotted minority name after 分别是: the list's words are no part of the name


def test_respective_list_of_elections_reads_each_clause():
    text = ("2人当选人大主任，分别是乃某木·亚某当选新疆维吾尔自治区十二届人大常委会主任，"
            "李某恒当选云南省十二届人大常委会主任。")
    found = acts_read(text)
    assert "elect decided 乃某木·亚某 主任 新疆维吾尔自治区人民代表大会常务委员会" in found
    assert "elect decided 李某恒 主任 云南省人民代表大会常务委员会" in found
    assert not any("分别是" in f for f in found)


def test_names_elected_respectively_stay_paired_by_order():
    # 分别 before the verb is still the respective reader's (ActReader._respective), not this clause's
    found = acts_read("王某华、李某明分别当选为县人大常委会主任、副主任。")
    assert not any("王某华 副主任" in f for f in found)


# -- 2. a birth or an age before the name: a description, never a step of a career


def test_birth_date_before_the_name_is_no_career_year():
    found = acts_read("生于1982年10月的彝族女干部段某，升任云南省投资促进局局长，成为全国最年轻正厅级干部。")
    assert found == {"appoint decided 段某 局长 云南省投资促进局"}


def test_a_year_of_a_career_step_still_makes_a_holding_not_an_act():
    assert acts_read("2016年6月，张某调任云南省投资促进局局长。") == set()


def test_elected_passive():
    found = acts_read("10月30日，52岁的山东人刘某良被选为安徽省纪委书记。")
    assert found == {"elect decided 刘某良 书记 中共安徽省纪律检查委员会"}
    assert acts_read("他曾被选为全国劳动模范。") == set()


# -- 3. the State Council's removals as the press of Hong Kong reports them


def test_removal_with_the_post_before_the_name():
    text = "大陆国务院昨天宣布，免去港澳办副主任周某的职务，任命宋某及港澳办法律司司长黄某权为港澳办副主任。"
    assert "remove decided 周某 副主任 国务院港澳事务办公室" in acts_read(text)
    # the post removed is no holding the text tells
    assert "周某 副主任 国务院港澳事务办公室" not in holds_read(text)


def test_age_after_the_names_and_a_successor_of_one_office():
    text = ("国务院决定免去肖某(57岁)的中国证监会党委书记及中国证监会主席的职务，由中国农业银行党委书记兼董事长、"
            "前人民银行(央行)副行长刘某余(54岁)接任。")
    found = acts_read(text)
    for fact in ("remove decided 肖某 主席 中国证券监督管理委员会", "remove decided 肖某 党委书记 中国证券监督管理委员会",
                 "appoint decided 刘某余 主席 中国证券监督管理委员会",
                 "appoint decided 刘某余 党委书记 中国证券监督管理委员会"):
        assert fact in found


def test_successor_of_a_seat_and_its_membership_ranks_stays_unsaid():
    found = acts_read("省委决定，免去王某的南昌市委书记、常委、委员职务，赵某接任。")
    assert not any(f.startswith("appoint") for f in found)


def test_headline_space_ends_the_post_before_a_removed_name():
    found = acts_read("中国证监会改组 主席肖某被免职")
    assert not any("改组" in f for f in found)


def test_successor_written_with_接任_before_the_predecessor():
    found = acts_read("今天下午，骆某宁接替强某任青海省委书记，李某华接任张某任宁夏回族自治区党委书记。")
    assert "appoint decided 李某华 书记 中共宁夏回族自治区委员会" in found
    assert not any(" 张某 " in f for f in found)


# -- 4. names


def test_compound_surname_with_a_stop_character():
    found = holds_read("市人大常委会副主任淳于某菊、许某生出席会议。")
    assert {"淳于某菊 副主任 None", "许某生 副主任 None"} <= found


def test_posts_in_brackets_after_a_list_voted_on():
    text = ("江门市人大常委会会议表决通过了周某万（中共江门市委常委、纪委书记）、王某文（江门市财政局局长）"
            "为市监察委员会委员。")
    found = holds_read(text)
    assert "周某万 常委 中共广东省江门市委员会" in found
    assert "王某文 局长 广东省江门市财政局" in found


# -- 5. people just hired, each list after its post


def test_hired_list_with_a_post_before_each_list():
    text = ("6月26日，国务院总理李某向新聘任的国务院参事刘某、常某乐、李某彬和中央文史研究馆馆员孙某云、赵某阳"
            "颁发聘书。")
    found = acts_read(text)
    for person, title, org in (("刘某", "参事", "中华人民共和国国务院"), ("李某彬", "参事", "中华人民共和国国务院"),
                               ("孙某云", "馆员", "中央文史研究馆"), ("赵某阳", "馆员", "中央文史研究馆")):
        assert f"appoint decided {person} {title} {org}" in found
    assert acts_read("市长向新聘任的参事颁发聘书。") == set()


def test_respective_missions():
    found = acts_read("外交部副部长张某晖、孔某佑分别出任驻俄罗斯、日本大使。")
    assert "appoint decided 张某晖 大使 中华人民共和国驻俄罗斯大使馆" in found
    assert "appoint decided 孔某佑 大使 中华人民共和国驻日本国大使馆" in found


def test_day_of_last_month():
    from conftest import doc_as_written
    from kg.extract import extract_document

    doc = doc_as_written("2025年10月16日\n澳门前行政法务司司长张某春上月29日被免职。\n", None)
    dates = {f.date for f in extract_document(doc) if f.kind == "remove"}
    assert dates == {"2025-09-29"}


def test_reason_never_part_of_the_name():
    found = acts_read("张某因被任命为市委常委、宣传部长，不再担任副市长职务。")
    assert "remove decided 张某 副市长 None" in found
    assert not any("张某因" in f for f in found)


# -- 6. words between posts and their end


def test_removal_ended_by_职位_and_posts_joined_by_以及():
    assert acts_read("国务院发布国家工作人员任免通知，免去蔡某华国家体育总局副局长职位。") == {
        "remove decided 蔡某华 副局长 国家体育总局"}
    found = acts_read("福建省人大常委会接受苏某林辞去福建省人民政府省长以及第十二届全国人大代表职务的请求。")
    assert "resign decided 苏某林 省长 福建省人民政府" in found
    assert not any("以及" in f for f in found)


def test_list_with_its_count_before_任():
    found = acts_read("杨某、李某明、杜某才三人任国家体育总局副局长。")
    assert found == {f"appoint decided {n} 副局长 国家体育总局" for n in ("杨某", "李某明", "杜某才")}


def test_page_label_is_no_name():
    found = acts_read("原创 罗某川任青海省人民政府副省长、代理省长。")
    assert not any("原创" in f for f in found)


def test_counted_titled_list_appointed():
    text = ("体育总局领导发生人事变动：原云南省委常委、统战部部长杨某、原体育总局纪检组组长李某明、原局长助理杜某才"
            "三人任国家体育总局副局长、党组成员。")
    found = acts_read(text)
    assert {f"appoint decided {n} 副局长 国家体育总局" for n in ("杨某", "李某明", "杜某才")} <= found
    assert not any(f.startswith("appoint decided 杨某 常委") for f in found)
