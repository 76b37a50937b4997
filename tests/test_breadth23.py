"""Session 23: general gaps that cost the frozen set's biographies most (a list of posts that
stopped at the first item kg could not read, …). Each: the construction, made-up variants and
negatives."""

from __future__ import annotations

import pytest

from conftest import holds_read


# -- 1. a list of posts goes on past items kg cannot read (一秘, 讲师, 战士, a place with two
#       countries) when a post written with its own body follows (kg.extract.careers._list_goes_on)

@pytest.mark.parametrize("text, wanted", [
    ("李明华，男，1960年生。历任北京大学讲师、副教授，国家教委高教司副司长，教育部副部长。",
     {"李明华 副司长 中华人民共和国国家教育委员会高教司", "李明华 副部长 中华人民共和国教育部"}),
    ("李明华，男，1960年生。历任某部队战士、排长，新疆军区政治部干事，喀什地委副书记，新疆维吾尔自治区副主席。",
     {"李明华 副书记 中共新疆维吾尔自治区喀什地区委员会", "李明华 副主席 新疆维吾尔自治区人民政府"}),
    ("宫达非，男，1920年生。历任驻摩洛哥使馆参赞，中国驻伊拉克、扎伊尔大使，外交部部长助理，外交部副部长。",
     {"宫达非 部长助理 中华人民共和国外交部", "宫达非 副部长 中华人民共和国外交部"}),
    ("宫达非，男，1920年生。历任中国驻缅甸使馆一秘，外交部副部长、党组成员。",
     {"宫达非 副部长 中华人民共和国外交部", "宫达非 党组成员 中华人民共和国外交部"}),
])
def test_list_goes_on_past_unread_items(text, wanted):
    assert wanted <= holds_read(text)


@pytest.mark.parametrize("text", [
    # prose after the unread item: the list has ended, nothing after it is the subject's
    "李明华，男，1960年生。历任北京大学讲师、副教授，在此期间与时任教育部副部长的王大明合作。",
    # an unread item followed only by bare titles: kg cannot say whose body they are of
    "李明华，男，1960年生。历任县供销社会计、主任，副县长。",
])
def test_list_goes_on_negatives(text):
    got = holds_read(text)
    assert not {f for f in got if f.startswith("李明华 副部长") or f.startswith("李明华 主任 ")}


# -- 2. a number inside a body's name in a list of posts (国营123厂, 第81集团军, 61156部队) is no date:
#       the list goes on (posts.DATE_DIGITS tells a date, an age or a span of time)

@pytest.mark.parametrize("text, wanted", [
    ("张左己，男，1945年生。1968年9月至1977年7月任齐齐哈尔市国营123厂厂长、党委书记。",
     {"张左己 厂长", "张左己 党委书记"}),
    ("王大明，男，1960年生。历任第81集团军政治部主任，第81集团军政委。",
     {"王大明 主任"}),
])
def test_numbered_body_in_career(text, wanted):
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert wanted <= got


def test_date_digits():
    from kg.extract.posts import DATE_DIGITS

    for dated in ("2015年任", "1998.06", "3月", "55岁", "1998—2003", "6个月"):
        assert DATE_DIGITS.search(dated), dated
    for body in ("国营123厂", "第81集团军", "61156部队", "北京市第101中学"):
        assert not DATE_DIGITS.search(body), body


# -- 3. a paper written with its title marks in a list of posts (《大众日报》总编辑) is the paper's post;
#       an item kg cannot read (泰山地委《泰山时报》社长) drops only itself, never the whole list

@pytest.mark.parametrize("text, wanted", [
    ("宫达非，男，1920年生。先后任山东省委宣传部副部长，《大众日报》总编辑。", {"宫达非 副部长"}),
    ("宫达非，男，1920年生。先后任军政干部学校宣教科科长，《大众日报》编辑、记者；泰山地委《泰山时报》社长兼总编。",
     {"宫达非 总编"}),
])
def test_paper_in_career(text, wanted):
    assert wanted <= {" ".join(f.split()[:2]) for f in holds_read(text)}


def test_paper_title_in_running_text_is_no_body():
    # 《…》 in running text is a document's title: no post of a body named 政府工作报告
    got = holds_read("会议审议了《政府工作报告》副本。")
    assert not got


# -- 4. a page about several officials: each sentence opened by another official's name (after a
#       title, or after 接替…的, or before 大学毕业 / 从…毕业) makes the career clauses after it that
#       official's, never the first subject's

def test_several_officials_each_their_career():
    text = ("此次履新的三人均为跨省任职。秦义是土生土长的内蒙人，此前担任内蒙古呼伦贝尔市委书记。"
            "周喜安大学毕业之后一直在国家部委工作，2010年11月出任巴中市委副书记、代市长。此次调任之前担任四川省资阳市委书记。"
            "江西副省长吴忠琼此前担任辽宁省发改委党组书记、主任。她曾历任辽宁省科学技术厅厅长、党组书记，鞍山市委副书记、市长等职务。")
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert {"周喜安 书记", "吴忠琼 厅长", "吴忠琼 市长"} <= got
    assert not {f for f in got if f.startswith("秦义") and f != "秦义 书记"}


def test_successor_named_after_de():
    text = ("刘兴伟接替孙兆林担任丹东市委书记。资料显示，孙兆林是在2015年4月担任丹东市委书记的。"
            "至于接替孙兆林的刘兴伟，年龄和资历与他都差不多，曾任本溪市委常委、常务副市长，锦州市委副书记、代市长。")
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert {"刘兴伟 常务副市长"} <= got
    assert "孙兆林 常务副市长" not in got


# -- 5. wrong persons: a word read as a name (纪委, 易人), a name cut after a surname kg lacks (沐华平
#       read 华平), the predecessor after 接班 read as the one appointed, 后 (after) read into a name

@pytest.mark.parametrize("text, wrong", [
    ("二○一七年重回中纪委出任副书记、监察部副部长，晋升为正部级。", "纪委"),
    ("重庆市渝北区委书记沐华平升任重庆副市长等，大陆多个省市高层人事变动频频。", "华平"),
    ("内蒙古自治区党委常委、统战部长布小林，接班巴特尔出任自治区政府代主席。", "巴特尔"),
    ("贵州省人大常委会主任易人。", "易人"),
])
def test_no_wrong_person(text, wrong):
    from conftest import acts_read

    persons = {f.split()[2] for f in acts_read(text)} | {f.split()[0] for f in holds_read(text)}
    assert wrong not in persons


def test_after_the_name_is_no_part_of_it():
    assert {f.split()[0] for f in holds_read("宁夏自治区政府主席刘慧后，内蒙古成为又一个由女性担任政府主席的自治区。")} == {"刘慧"}


# -- 6. a biography's subject: a heading "林若同志年表" / "…生平" / "…简介" over undated-name lines, and an
#       obituary's opening "文敏生同志于1997年…逝世" / "文敏生同志是山西垣曲人" (同志 between the name and the verb)

@pytest.mark.parametrize("text, wanted", [
    ("林若同志年表\n1924年10月出生，广东潮安人。\n1975年任中共广州市委书记。\n1985年7月任中共广东省委书记。\n",
     {"林若 书记"}),
    ("王大明同志生平\n1950年生。1990年任湖南省长沙市市长。\n", {"王大明 市长"}),
    ("文敏生同志于1997年6月24日在北京逝世，享年82岁。文敏生同志是山西垣曲人。历任公安部副部长、广东省副省长。",
     {"文敏生 副部长", "文敏生 副省长"}),
])
def test_biography_subject23(text, wanted):
    assert wanted <= {" ".join(f.split()[:2]) for f in holds_read(text)}


# -- 7. a list of past holders under "…历任市委书记名单如下：" (如下, and a colon closing the heading's line)

def test_history_list_heading_as_follows():
    got = holds_read("福州市历任市委书记名单如下:\n\n  • 韦国清(1949.08—1950.01)\n  • 许亚(1950.01—1956.12)\n")
    assert {"韦国清 书记 中共福建省福州市委员会", "许亚 书记 中共福建省福州市委员会"} <= got


def test_obituary_verb_after_the_name():
    assert "廖国勋 市长 天津市人民政府" in holds_read("天津市长廖国勋离世，享年58岁。")


# -- 8. names, their count, then the post they share (kg.extract.counted_lists)

@pytest.mark.parametrize("text, names", [
    ("江苏省政府。随着樊金龙、缪瑞林、郭元强6名新任副省长履新，班子调整到位。", None),
    ("江苏省政府。随着樊金龙、缪瑞林、郭元强3名新任副省长履新，班子调整到位。", ["樊金龙", "缪瑞林", "郭元强"]),
    ("江苏省政府。与此相比，马秋林、王江两位副省长的工作分工并未出现太大变化。", ["马秋林", "王江"]),
])
def test_counted_list(text, names):
    from kg.extract import counted_lists
    from kg.reading import document_from_text

    facts, _ = counted_lists.extract(document_from_text(text, path="t.txt"))
    if names is None:  # the count (6) is not the number of names read (3): no list
        assert facts == []
    else:
        assert [(f.person, f.title) for f in facts] == [(n, "副省长") for n in names]


@pytest.mark.parametrize("text", [
    "张三、李四两位同志出席会议。",
    "王强、李明等2名代表候选人。",
])
def test_counted_list_negatives(text):
    from kg.extract import counted_lists
    from kg.reading import document_from_text

    assert counted_lists.extract(document_from_text(text, path="t.txt"))[0] == []


def test_counted_list_matches_are_the_whole_texts():
    """counted_lists reads COUNTED_RE only in the runs of characters around its hints (speed23): the
    matches of a search of the whole text, on the samples, the dev corpus and made-up text."""
    from pathlib import Path

    from kg.extract import counted_lists

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "corpus" / "dev" / "docs").glob("*.txt"))]
    texts += ["樊金龙、缪瑞林、郭元强6名新任副省长履新", "张三、李四等3名副市长", "甲乙、丙丁、戊己2位局长，张三、李四3名", ""]
    for text in texts:
        assert [(m.span(), m.groups()) for m in counted_lists._matches(text)] == \
            [(m.span(), m.groups()) for m in counted_lists.COUNTED_RE.finditer(text)]


# -- 9. acts: 向 the surname right after a title (秘书长向力力出任…), 亦 between the name and the verb

@pytest.mark.parametrize("text, wanted", [
    ("湖南省政府秘书长向力力出任湖南省副省长。", "appoint decided 向力力 副省长 湖南省人民政府"),
    ("中央政治局委员黄坤明亦出任中宣部部长。", "appoint decided 黄坤明 部长 中共中央宣传部"),
])
def test_acts23(text, wanted):
    from conftest import acts_read

    assert wanted in acts_read(text)


def test_xiang_as_preposition_is_no_name():
    from conftest import acts_read

    assert not {f for f in acts_read("会议向王大明出任副省长表示祝贺。") if f.split()[2].startswith("向")}


def test_age_before_the_name_of_a_career():
    got = {" ".join(f.split()[:2]) for f in holds_read("现年53岁的陈寅曾任上海市水务局副局长、杨浦区委书记等职。")}
    assert {"陈寅 副局长", "陈寅 书记"} <= got


# -- 10. a page listing several officials, each line "NAME，1957-1958年任…" or "…区长李先忠，先前曾任…": each
#        line's career is its own official's, never the first subject's

def test_each_line_its_official():
    text = ("许杰，1949年10月担任安徽大学校长。\n"
            "江隆基，1957-1958年任北京大学党委书记；1959-1966年任兰州大学校长兼党委书记。\n"
            "程耿东，1995年任大连理工大学校长。\n")
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert {"江隆基 党委书记", "江隆基 校长", "程耿东 校长"} <= got
    assert not {f for f in got if f.startswith("许杰") and f != "许杰 校长"}


def test_titled_opener_before_earlier_post():
    text = "公开简历显示：\n东城区区长李先忠，先前曾任北京市延庆县委副书记、县长；\n西城区区长王少峰，先前任北京市通州区委书记；\n"
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert {"李先忠 县长", "王少峰 书记"} <= got
    assert "李先忠 书记" not in got


# -- 11. a congress elects no party post: the party post written with the elected one is a holding

def test_congress_elects_no_party_post():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    text = ("2021年3月5日，扎赉特旗第十五届人民代表大会第四次会议举行选举。"
            "周文同志当选为扎赉特旗委常委、人民政府副旗长。")
    got = {(f.kind, f.person, f.title) for f in extract_document(document_from_text(text, path="t.txt"))}
    assert ("elect", "周文", "副旗长") in got
    assert ("elect", "周文", "常委") not in got


# -- 12. party news of moves: 跨省 / 南下 after the name, X接替Y，出任… with a decision told, 其 as the subject

@pytest.mark.parametrize("text, wanted", [
    ("时任贵州省委常委、组织部部长刘捷跨省调任浙江省委常委、杭州市委书记。", {"刘捷 常委 中共贵州省委员会"}),
    ("王宁，1961年生。其于2016年任江西省委书记。", {"王宁 书记 中共江西省委员会"}),
])
def test_moves_holdings(text, wanted):
    assert wanted <= holds_read(text)


def test_moves_acts():
    from conftest import acts_read

    text = ("中央决定：其中，辽宁省省长刘宁南下，接替鹿心社出任广西壮族自治区党委书记，鹿心社不再担任该职；"
            "福建省省长王宁接替阮成发，出任云南省委书记，阮成发不再担任该职。")
    got = acts_read(text)
    assert {"appoint decided 刘宁 书记 中共广西壮族自治区委员会", "appoint decided 王宁 书记 中共云南省委员会"} <= got
    assert not {f for f in got if f.startswith("appoint decided 刘宁") and "云南" in f}


@pytest.mark.parametrize("text", [
    "浙江省省长郑栅洁接替刘奇任江西省委书记，刘奇不再担任该职务。",
    "中央决定，郑栅洁任江西省委委员、常委、书记，刘奇不再担任该职。",
])
def test_removal_of_the_post_just_given(text):
    from conftest import acts_read

    got = acts_read(text)
    assert "remove decided 刘奇 书记 中共江西省委员会" in got
    assert not {f for f in got if f.startswith("remove decided 刘奇 常委")}  # the office itself, not each post


def test_referred_post_without_an_appointment_is_nothing():
    from conftest import acts_read

    assert not {f for f in acts_read("刘奇不再担任该职务。") if f.startswith("remove")}


# -- 13. a name written whole between a list's separators may hold 日 / 年 / 和 (蒋日旺, 霍振年): the list of
#        elections goes on past it; never a name cut before 志 of 同志 (刘刚同)

def test_elected_list_with_ri_in_a_name():
    from conftest import acts_read

    text = ("会议以不记名投票方式，依法选举黄德为草潭镇第十八届人大主席，蒋日旺为草潭镇第十八届人大副主席；"
            "卜英忠为草潭镇人民政府镇长，陈召传、钟木为草潭镇人民政府副镇长。")
    got = {" ".join(f.split()[:4]) for f in acts_read(text)}
    assert {"elect decided 蒋日旺 副主席", "elect decided 卜英忠 镇长", "elect decided 钟木 副镇长"} <= got


def test_list_names_single_delimited():
    from kg.extract.acts import list_names

    assert list_names("蒋日旺") == ["蒋日旺"]
    assert list_names("刘刚同") == []


# -- 14. a party-news profile of each new secretary: TITLE NAME1962年1月出生。…其由X任Y / 其于2016年任 / 赴任,
#        and "最年长的是易炼红，他…"

def test_profiles_of_new_secretaries():
    text = ("广西壮族自治区新任党委书记刘宁1962年1月出生。2017年其由水利部副部长任青海省委副书记，2018年任省长。\n"
            "云南新任省委书记王宁1961年4月出生，2015年12月，其由住房和城乡建设部副部长赴任福建省委常委、组织部部长。\n"
            "在此番调整中，最年长的是易炼红，他出生于1959年9月。2013年起任长沙市委书记。\n")
    got = {" ".join(f.split()[:3]) for f in holds_read(text)}
    assert {"刘宁 副书记 中共青海省委员会", "刘宁 省长 青海省人民政府", "王宁 部长 中共福建省委员会组织部",
            "易炼红 书记 中共湖南省长沙市委员会"} <= got
    assert not {f for f in got if f.startswith("王宁 书记 中共湖南")}


# -- 15. a wiki table of past heads flattened under its heading (column heads, cells run together,
#        reference marks); 均 after the last of several names; NAME，41岁担任…

def test_flattened_history_table():
    text = ("长沙市开福区人民政府\n历任区长\n姓名 就任日期 卸任日期 备注\n廖建华 2012年11月2015年5月 [1]\n"
            "刘拥兵 2016年7月2019年12月\n高伟 2021年10月 [2]\n")
    got = holds_read(text)
    assert {"廖建华 区长 湖南省长沙市开福区人民政府", "刘拥兵 区长 湖南省长沙市开福区人民政府",
            "高伟 区长 湖南省长沙市开福区人民政府"} <= got


def test_both_after_names():
    got = {" ".join(f.split()[:2]) for f in holds_read("北京市通州区区长张力兵、丰台区区长冀岩均曾长期在市建委任职。")}
    assert "冀岩 区长" in got and "冀岩均 区长" not in got


def test_age_then_post_after_comma():
    text = "许杰，1949年10月担任安徽大学校长。\n宋硕，41岁担任北京工业大学党委书记。\n"
    got = {" ".join(f.split()[:2]) for f in holds_read(text)}
    assert "宋硕 党委书记" in got and "许杰 党委书记" not in got


# -- 16. wrong acts on the new traditional pages: a verb read into the first name of a list (宣布徐佐),
#        an adverb into a name (彭建文突然被免去…: 文突然), a career step of 去年一月 read as an act

@pytest.mark.parametrize("text, wrong, right", [
    ("9月13日，全国人民代表大会常务委员会发布公告，宣布徐佐、田成、李尚福的代表资格终止。", "宣布徐佐", "徐佐"),
    ("上月十日，广东省河源市市长彭建文突然被免去市长职务，调往省安监局。", "文突然", "彭建文"),
])
def test_no_verb_or_adverb_in_names(text, wrong, right):
    from conftest import acts_read

    persons = {f.split()[2] for f in acts_read(text)}
    assert wrong not in persons and right in persons


def test_relative_year_with_chinese_month_is_a_career_step():
    from conftest import acts_read

    got = acts_read("而珠海不到两年内，已有三名市长变动，去年一月，珠海原市长江凌调任韶关市委书记。")
    assert not {f for f in got if f.startswith("appoint") and "江凌" in f}


# -- 17. wrong persons and acts on the second set of new biographies: a résumé read out (…的简历显示，X任…)
#        states holdings; 明确 / 毕业后 are no names

def test_resume_read_out_is_no_act():
    from conftest import acts_read

    text = "黑龙江省政府网站上，王永康的简历显示，王永康任黑龙江省委常委、省政府党组成员。"
    assert not {f for f in acts_read(text) if f.startswith("appoint")}


def test_words_no_names23():
    from conftest import acts_read

    text = "全国优秀县委书记、威县县委原书记吕志成已经明确出任衡水市委常委、副市长。"
    assert not {f for f in acts_read(text) if f.split()[2] == "明确"}
    text = "王大明，男，1970年生。毕业后到广东省行政科学研究所工作，先后担任科员、副主任科员。"
    assert not {f for f in holds_read(text) if f.startswith("毕业后")}
