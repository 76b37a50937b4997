"""Session 26: general gaps found on the development corpus (rounds 9 and 10 of fresh pages, and the
older biographies). Each: the construction, made-up variants and negatives."""

from __future__ import annotations

import pytest

from conftest import holds_read
from kg.orgs import parse_org


# -- 1. an office of a university, college, party school or hospital written after its name is a unit
#       of that institution (kg.orgs _institution_subunit; org_abbreviations.yaml institution_subunits)

@pytest.mark.parametrize("text, name, parent", [
    ("湖南大学人事处", "湖南大学人事处", "湖南大学"),
    ("湖南师范大学研究生处", "湖南师范大学研究生处", "湖南师范大学"),
    ("北京大学哲学系", "北京大学哲学系", "北京大学"),
    ("湖南大学研究生院", "湖南大学研究生院", "湖南大学"),
])
def test_office_of_an_institution(text, name, parent):
    info = parse_org(text)
    assert info is not None and (info.name, info.type, info.parent) == (name, "sub_unit", parent)


@pytest.mark.parametrize("text", ["湖南大学处处长", "重庆大学城管理委员会", "湖南大学正式成立"])
def test_no_office_of_an_institution(text):
    info = parse_org(text)
    assert info is None or info.type != "sub_unit"


# -- 2. in a list of posts, the school's own titles after an office of the school are the school's
#       (kg.extract.posts.school_of_office; school_posts.yaml host_titles)

def test_school_titles_after_an_office_of_the_school():
    assert holds_read("蒋洪新曾任湖南师范大学研究生处处长、校长助理、副校长。") == {
        "蒋洪新 处长 湖南师范大学研究生处", "蒋洪新 校长助理 湖南师范大学", "蒋洪新 副校长 湖南师范大学"}
    # an office's own titles stay the office's
    assert holds_read("唐亚阳曾任湖南大学人事处副处长、处长。") == {
        "唐亚阳 副处长 湖南大学人事处", "唐亚阳 处长 湖南大学人事处"}


# -- 3. a name ending in 年 written whole: before its comma opening a sentence, or closed by 同志
#       (kg.extract.careers._subjects: 年 ends no name in running text, 2016年)

@pytest.mark.parametrize("text, facts", [
    ("白纪年，曾任陕西省副省长、省政府党组副书记。",
     {"白纪年 副省长 陕西省人民政府", "白纪年 党组副书记 陕西省人民政府"}),
    ("白纪年同志1926年1月出生于陕西省绥德县。在抗日战争时期，他曾任陕西省副省长。", {"白纪年 副省长 陕西省人民政府"}),
    # a year is no name
    ("2016年，曾任陕西省副省长。", set()),
])
def test_name_ending_in_nian_written_whole(text, facts):
    assert holds_read(text) == facts


# -- 4. 前 right before a national body marks former posts (前国务院副总理, 前中共总书记; kg.extract.mentions
#       NATIONAL_AFTER_QIAN); a place named 前… stays a place

@pytest.mark.parametrize("text, facts", [
    ("前国务院副总理张高丽出席。", {"张高丽 副总理 中华人民共和国国务院"}),
    ("前中央政治局常委、前国务院副总理张高丽出席。", {"张高丽 副总理 中华人民共和国国务院", "张高丽 常委 中共中央政治局"}),
    ("前中共总书记江泽民的人马。", {"江泽民 总书记 中共中央委员会"}),
])
def test_qian_before_a_national_body(text, facts):
    assert holds_read(text) == facts


def test_qian_marks_former():
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    facts = extract_holds(document_from_text("前国务院副总理张高丽出席。", path="t.txt"))
    assert [f.former for f in facts] == [True]


# -- 5. a pilot free-trade zone written 中国(天津)…: the bracketed place is part of its name, never an alias
#       (each province's zone is its own node); a newspaper is a body (香港文汇报副社长)

@pytest.mark.parametrize("text, name", [
    ("中国(天津)自由贸易试验区管理委员会", "中国(天津)自由贸易试验区管理委员会"),
    ("中国（上海）自由贸易试验区临港新片区管理委员会", "中国(上海)自由贸易试验区临港新片区管理委员会"),
    ("柳州钢铁（集团）公司", "柳州钢铁(集团)公司"),
    ("香港文汇报", "香港文汇报"),
    ("湖北日报", "湖北日报"),
])
def test_names_with_brackets_and_newspapers(text, name):
    info = parse_org(text)
    assert info is not None and info.name == name


@pytest.mark.parametrize("text", ["日报", "省委汇报", "情况通报"])
def test_no_newspaper(text):
    assert parse_org(text) is None


# -- 6. an obituary's subject born on a day (陈伯坚同志1922年6月16日生于…): the subject of 他曾任… after it

def test_subject_born_on_a_day():
    assert holds_read("陈伯坚同志1922年6月16日生于山东省黄县。他曾任新华社国际部副主任、主任。") == {
        "陈伯坚 副主任 新华通讯社国际部", "陈伯坚 主任 新华通讯社国际部"}


# -- 7. the overseas press's mentions: 因 / 的现 before the posts, a fall or a past after the name, and a
#       name written whole (周本顺: 本 inside) before 曾… (kg.extract.mentions CUT_RE, AFTER)

@pytest.mark.parametrize("text, facts", [
    ("重庆政坛因前重庆市委书记薄熙来、前重庆副市长王立军垮台而需重建。",
     {"薄熙来 书记 中共重庆市委员会", "王立军 副市长 重庆市人民政府"}),
    ("周永康的心腹、前河北省委书记周本顺曾执掌湖南政法系统。", {"周本顺 书记 中共河北省委员会"}),
    ("首当其冲是曾主政贵州的现天津市委书记陈敏尔。", {"陈敏尔 书记 中共天津市委员会"}),
    # 现任 stays the word it is
    ("山东省委组织部发布公示，现任枣庄市委副书记、市长李峰，拟任枣庄市委书记。",
     {"李峰 副书记 中共山东省枣庄市委员会", "李峰 市长 山东省枣庄市人民政府"}),
])
def test_overseas_press_mentions(text, facts):
    assert holds_read(text) == facts


# -- 8. a profile's name written whole before its sex (张为，男，…: 为 inside), a range of years closed by 间

@pytest.mark.parametrize("text, facts", [
    ("张为，男，汉族，1973年6月生，大学，中共党员。现任上海市副市长。", {"张为 副市长 上海市人民政府"}),
    ("2001年到2006年间，苟利军任天津市委副秘书长。", {"苟利军 副秘书长 中共天津市委员会"}),
])
def test_profiles_and_ranges(text, facts):
    assert holds_read(text) == facts


# -- 9. an age before a name opens a new subject when a report's verb follows the name (59岁的应勇被视为…):
#       the career after it is that person's, never the one named before (kg.extract.careers AGED_RE)

def test_aged_subject_before_a_report_verb():
    assert holds_read("上海市长杨雄辞职。59岁的应勇被视为习近平人马，曾任中共上海市委常委、中共上海市委副书记。") == {
        "杨雄 市长 上海市人民政府", "应勇 常委 中共上海市委员会", "应勇 副书记 中共上海市委员会"}


# -- 10. a roster's label padded with spaces inside its words before its colon (主 任委 员：许柏年): joined when
#        the joined words are a title (kg.normalize _SPACED_LABEL); other words stay apart

def test_spaced_label_joined():
    from kg.normalize import normalize

    assert normalize("    主 任委 员:许柏年\n")[0].strip().startswith("主任委员")
    assert normalize("民盟 内蒙古:许柏年\n")[0].strip().startswith("民盟 内蒙古")
    assert holds_read("民盟内蒙古自治区委员会\n主 任委 员:许柏年\n副主任委员:董恒宇、钱灵犀") == {
        "许柏年 主任委员 民盟内蒙古自治区委员会", "董恒宇 副主任委员 民盟内蒙古自治区委员会",
        "钱灵犀 副主任委员 民盟内蒙古自治区委员会"}


# -- 11. precision on fresh pages (round 11): a list an act opened in a clause ends with its sentence's 。
#        (the attendees named after a removal are no removals); a time of the day is no name
#        (今天上午辞去…); a career step dated in Chinese numerals or after 直至 is no act

def _acts(text: str) -> set[str]:
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    return {f"{f.kind} {f.person} {f.title}" for f in merge_facts(extract_acts(document_from_text(text, path="t.txt")))}


@pytest.mark.parametrize("text, acts", [
    ("会议免去何戎蓉同志麻章区人民检察院检察员职务。\n区人大常委会主任蔡芳林，副主任梁卓华、李景隆出席会议。",
     {"remove 何戎蓉 检察员"}),
    # (a round-up of posts already taken: no act; and no resignation of a "今天上午")
    ("今天上午辞去副省长职务的3名干部都已有新的职务，陈奕君任浙江省委常委、秘书长。", set()),
    ("二零零一年七月，罗保铭调任中共海南省委副书记。", set()),
    ("直至2016年8月，徐守盛卸任湖南省委书记。", set()),
])
def test_round11_precision(text, acts):
    assert _acts(text) == acts


def test_two_election_headlines_stay_apart():
    text = "黄晓薇当选省政协主席\n李正印李晓波张瑞鹏席小军李武章李青山谢红李思进当选副主席\n1月29日，省政协十二届一次会议举行了第四次全体会议。"
    assert "elect 黄晓薇 主席" in _acts(text) and "elect 黄晓薇 副主席" not in _acts(text)


def test_name_before_he_and_the_last_name():
    assert "周恩来 书记处书记 中共中央委员会" in holds_read("中央书记处书记包括毛泽东、朱德、刘少奇、周恩来和任弼时，组成核心领导层。")
    # 和 before a verb stays the name's end only where the rest says so (秘书长李仁和出席会议: 李仁和)
    assert holds_read("市政府秘书长李仁和出席会议。") == {"李仁和 秘书长 None"}


def test_elected_count_then_names():
    assert _acts("此次会议还选出了八位福建省十届人大常委会副主任，分别是张家坤、贾锡太、洪华生。") == {
        "elect 张家坤 副主任", "elect 贾锡太 副主任", "elect 洪华生 副主任"}


# -- 12. a page's title naming a body heads the rows no heading of their own heads, far below it (an
#        encyclopedia copy: "黑龍江省政協檢視原始碼討論檢視歷史" … "主 席:黃建盛"; kg.extract.pair_rows._page_heading)

def test_page_title_heads_far_rows():
    text = ("黑龍江省政協檢視原始碼討論檢視歷史\n黑龍江省政協由中國共產黨、各民主黨派組成。\n機構簡介\n"
            "政協黑龍江省委員會從1955年成立，現為第十二屆。\n主 席:黃建盛\n副主席:陳海波、郝會龍\n秘書長:夏立華")
    assert holds_read(text) == {"黄建盛 主席 中国人民政治协商会议黑龙江省委员会", "陈海波 副主席 中国人民政治协商会议黑龙江省委员会",
                                "郝会龙 副主席 中国人民政治协商会议黑龙江省委员会", "夏立华 秘书长 中国人民政治协商会议黑龙江省委员会"}
    # a title naming no body heads nothing
    assert holds_read("会议纪要\n开会情况简介。\n主 席:黃建盛") == set()


def test_holders_count_after_title():
    text = "湘西土家族苗族自治州人民政府\n主要领导\n州长陈华\n副州长(7)刘珍瑜、高湘文、周燕飞\n机构概况"
    assert {"刘珍瑜 副州长 湖南省湘西土家族苗族自治州人民政府", "高湘文 副州长 湖南省湘西土家族苗族自治州人民政府"} <= holds_read(text)


def test_bare_general_secretary_and_aged_subject():
    assert holds_read("浙江不仅是经济大省，而且是总书记习近平曾经主政的省份。") == {"习近平 总书记 中共中央委员会"}
    assert {h.split()[0] + " " + h.split()[1] for h in holds_read(
        "现年62岁的刘海星曾长期在外交系统工作，2018年起任中央国安办副主任。")} == {"刘海星 副主任"}


def test_lunar_date_is_no_event_day():
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    text = "北京时间2022年8月7日（农历2022年7月10日），星期日，安徽省池州市石台县十三届人大常委会第四次会议决定张勇同志代理石台县人民政府县长。"
    assert [f.date for f in merge_facts(extract_acts(document_from_text(text, path="t.txt")))] == ["2022-08-07"]


@pytest.mark.parametrize("text, fact", [
    ("湖南政协主席李微微亦接受问话。", "李微微 主席 中国人民政治协商会议湖南省委员会"),
    ("吕梁市人大常委会副主任郑明珠被带走调查。", "郑明珠 副主任 山西省吕梁市人民代表大会常务委员会"),
    ("全国政协副主席何厚铧连任。", "何厚铧 副主席 中国人民政治协商会议全国委员会"),
])
def test_overseas_press_verbs_after_names(text, fact):
    assert fact in holds_read(text)


@pytest.mark.parametrize("text, fact", [
    ("自中共中央总书记习近平宣示反腐后，各地政府动作频频。", "习近平 总书记 中共中央委员会"),
    ("另一名落马的唐山市副市长郝志军早年也曾在乡镇工作。", "郝志军 副市长 河北省唐山市人民政府"),
])
def test_more_overseas_press_mentions(text, fact):
    assert fact in holds_read(text)


def test_month_part_after_name():
    assert "娄勤俭 书记 中共陕西省委员会" in holds_read("陕西省委前书记娄勤俭10月底调任江苏书记。")
    assert "郝平 校长 北京大学" in holds_read("北京大学校长郝平出席。")


# -- 13. a government of its time no gazetteer holds, named in full over its rows (西北行政委员会,
#        皖北人民行政公署委员会组成人员): its holders with the body as written (pair_rows UNPLACED_GOVERNMENT_RE)

def test_unplaced_government_heading():
    assert holds_read("西北行政委员会\n主要领导\n主席 彭德怀\n副主席 习仲勋张治中马明方") == {
        "彭德怀 主席 西北行政委员会", "习仲勋 副主席 西北行政委员会", "张治中 副主席 西北行政委员会", "马明方 副主席 西北行政委员会"}
    assert "宋日昌 主任 皖北人民行政公署委员会" in holds_read("〔皖北人民行政公署委员会组成人员〕\n主任 宋日昌\n副主任 郑抱真 李云鹤")
    # a heading that names no body: no body (the 副主席 mentions kept with org null, session 36)
    assert holds_read("某某委员会\n主席 彭德怀\n副主席 习仲勋、张治中") == {"习仲勋 副主席 None", "张治中 副主席 None"}
