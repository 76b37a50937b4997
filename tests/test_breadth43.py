"""Session 43: readings added or fixed on the development corpus (issue 9, Nationwide; round 31 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from kg.extract.grammar import clause_shapes
from kg.names import is_person_name
from kg.orgs import canonical_org
from readings import read_facts

CASES = [
    # an honorary post is its own title, never the head's
    ("省立三院聘任徐某玉同志为医院荣誉院长。", {"appoint decided 徐某玉 荣誉院长 None"}, ("appoint decided 徐某玉 院长",)),
    # the league's first secretary of its secretariat (kg writes 第一书记 of the committee: test_breadth22; kg eval takes both)
    ("全会选举秦某智为团十七届中央委员会书记处第一书记。",
     {"elect decided 秦某智 第一书记 中国共产主义青年团中央委员会"}, ()),
    # 商务部国际贸易谈判代表 is a post of the ministry; the press of Hong Kong writes 大陆 for the country
    ("任命李某钢担任大陆商务部国际贸易谈判代表（正部长级）兼副部长。",
     {"appoint decided 李某钢 国际贸易谈判代表 中华人民共和国商务部", "appoint decided 李某钢 副部长 中华人民共和国商务部"},
     ("appoint decided 李某钢 代表",)),
    # …由相对专业法律人出任 / 背景官员出任: a lawyer, an official, no names
    ("这是第一次由商务部法律司背景官员出任该职，由相对专业法律人出任贸易代表。", set(), ("appoint",)),
    # the press's 选举A出任X is an election
    ("山西省十一届人大二次会议举行第四次全体会议，选举王某出任山西省省长。",
     {"elect decided 王某 省长 山西省人民政府"}, ("appoint",)),
    # a meeting that heard a draft decision decided nothing yet
    ("会议听取了关于接受许某光、李某辞去西藏自治区人大常委会副主任职务的请求的决定草案。",
     {"resign proposed 许某光 副主任 西藏自治区人民代表大会常务委员会"}, ("decided",)),
    # … a meeting that passed the draft did (the standing committee's own vote)
    ("会议听取了关于接受许某光辞去西藏自治区人大常委会副主任职务的请求的决定草案，会议表决通过了该决定。",
     {"resign decided 许某光 副主任 西藏自治区人民代表大会常务委员会"}, ()),
    # a body's chronicle: a line dated to its month, then who held the post it was formed with (a holding)
    ("1955年2月，某省第一届人民代表大会第二次会议选举产生某省人民委员会。林某任省长。", set(), ("appoint",)),
    # … but a decision read out in that sentence is an act
    ("1955年2月，某市人民代表大会常务委员会召开会议。会议决定：林某任重庆市巴南区副区长。",
     {"appoint decided 林某 副区长 重庆市巴南区人民政府"}, ()),
    # a comma a page put inside a list of names; a government's members are of its 人民政府委员会 (1949–54)
    ("会议选举邓某为甘肃省人民政府主席，王某泰为副主席，王某岐、史某新，马某烈、马某义等三十人为委员。",
     {"elect decided 史某新 委员 甘肃省人民政府委员会", "elect decided 马某烈 委员 甘肃省人民政府委员会",
      "elect decided 王某泰 副主席 甘肃省人民政府"}, ()),
    # the sentence after an election goes on with the elected (names and 为, no verb of its own)
    ("大会选举崔某德、王某林等21人为重庆市巴南区人民委员会委员。崔某德为区长，孙某、樊某德为副区长。",
     {"elect decided 崔某德 区长 None", "elect decided 樊某德 副区长 None"}, ()),
    ("大会选举崔某德为重庆市巴南区区长。王某林为此奔走。", {"elect decided 崔某德 区长 重庆市巴南区人民政府"}, ("王某林",)),
    # a deputy "to" a congress written with 的
    ("会议选举李某岫、李某田为出席河北省人民代表大会的代表。", {"elect decided 李某田 代表 河北省人民代表大会"}, ()),
    # title first after 选举 / 补选了, and 和 before the members counted
    ("巴南区人民代表大会召开。大会选举区长李某田、副区长谭某言和委员35名，组成区人民政府。大会补选了区长米某丰。",
     {"elect decided 李某田 区长 重庆市巴南区人民政府", "elect decided 谭某言 副区长 重庆市巴南区人民政府",
      "elect decided 米某丰 区长 重庆市巴南区人民政府"}, ()),
    # 人大主席 on a township's page: its congress's (奉 is a surname, 奉调 a verb)
    ("湖南省新化县游家镇第十八届人民代表大会第一次会议召开。肖某华当选镇长，奉某磊当选人大主席。",
     {"elect decided 奉某磊 主席 湖南省娄底市新化县游家镇人民代表大会"}, ()),
    ("张三奉调任重庆市巴南区副区长。", {"appoint decided 张三 副区长 重庆市巴南区人民政府"}, ("张三奉",)),
    # names joined by 和 then a comma before 分别, posts joined by 与
    ("中共中央政治局常委赵某际和王某宁，分别当选全国人大委员长与全国政协主席。",
     {"elect decided 赵某际 委员长 全国人民代表大会常务委员会", "elect decided 王某宁 主席 中国人民政治协商会议全国委员会"}, ()),
    # 表决通过任命…的提议: the proposal adopted
    ("在省十三届人大常委会第三次会议上，表决通过任命王某宁为陕西省监委副主任的提议。",
     {"appoint decided 王某宁 副主任 陕西省监察委员会"}, ()),
    # the appointed listed title first after an announcement of changes (新任…为…) or after 同获任命的还有;
    # their title+name mentions are the acts told, no holdings
    ("行政院今天宣布5位首長人事異動，新任外交部長為吳某燮、新任陸委會主委為陳某通、新任勞動部長許某春。",
     {"appoint decided 吴某燮 部长 外交部", "appoint decided 陈某通 主任委员 大陆委员会", "appoint decided 许某春 部长 劳动部"},
     ()),
    ("河南省人大常委会表决通过了人事任免事项，孙某喜被任命为河南省交通运输厅厅长。与其同获任命的还有河南省教育厅厅长王某玲、"
     "河南省科技厅厅长贾某等高官。", {"appoint decided 王某玲 厅长 河南省教育厅", "appoint decided 贾某 厅长 河南省科学技术厅"},
     ()),
    # 选举产生的 + a count + a title before the names; what they do after the last name ends the list
    ("重庆市人大会议闭幕。此次会议选举产生的八位副市长黄某帆、陈某国、吴某农今天亦集体亮相。",
     {"elect decided 黄某帆 副市长 重庆市人民政府", "elect decided 吴某农 副市长 重庆市人民政府"}, ("吴某农今",)),
    ("会议选举产生的新一届领导班子与代表见面。", set(), ("elect",)),
    # a round-up dated only to its year in the sentence before: 其中，时任A的B升任X is a career step
    ("2018年初的各省份两会前后，天津部分官员职务调整。其中，时任南开区委书记姚某英升任天津市副市长。", set(), ("appoint",)),
    # the posts people hold now, told after 目前还担任着…职务
    ("被免去吉林省政府副秘书长职务的6人，目前还担任着其他政府部门的职务。高某泰任吉林省农村信用社联合社理事长。", set(),
     ("appoint",)),
    # a numbered entry's dated line, then X任Y: a holding
    ("7. 伍某枢：1925年7月，广州市政厅改组为广州市政府，实行委员会制。伍某枢任市政委员会委员长。", set(), ("appoint",)),
    # 选举了A同志任X: an election
    ("沙河乡召开第十二届人民代表大会第三次会议，选举了李某华同志任沙河乡政府乡长。", {"elect decided 李某华 乡长 沙河乡政府"}, ("appoint",)),
    # each unit's count and names in brackets after the count and the post of a by-election
    ("辽源市人民代表大会常务委员会公告。有关选举单位依法补选了5名市人大代表。其中：东丰县补选3名（孙某、韩某、王某仁）；"
     "西安区补选2名（江某平、董某财）。", {"elect decided 孙某 代表 吉林省辽源市人民代表大会",
                                     "elect decided 董某财 代表 吉林省辽源市人民代表大会"}, ()),
    ("有关选举单位依法补选了5名市人大代表。其中：东丰县补选3名（孙某、韩某、王某仁）。", set(), ("elect",)),
    # the post, the count and the names of those invited to take it, after the appointing was told
    ("行政长官崔某安已完成第四届澳门特别行政区行政会委员的委任工作。受邀将出任行政会委员的3人分别是：陈某帆（女）、梁某庭、廖某云。",
     {"appoint decided 陈某帆 委员 澳门特别行政区行政会", "appoint decided 廖某云 委员 澳门特别行政区行政会"}, ()),
    ("据传，将出任行政会委员的3人分别是：陈某帆、梁某庭、廖某云。", set(), ("appoint",)),
    # a month counted from the report's year dates a career step (a holding), as 2015年6月 does
    ("今年2月，李某科被选为辽宁省副省长，如今再兼任省政府秘书长。", {"hold decided 李某科 副省长 辽宁省人民政府"}, ("elect",)),
    # a federation's part-time vice-chair, its own title
    ("廖某元当选为省工商联兼职副主席。", {"elect decided 廖某元 兼职副主席 None"}, ()),
    # a history dated by a reign's year with the western one in brackets: who held a post then
    ("民国18年（1929年）8月，县调整行政区划，设区长1人，第一任区长由某县区长训练班毕业生吴某臻担任。", set(), ("appoint",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session43_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got
    acts = {fact for fact in got if not fact.startswith("hold ")}
    if "新任" in text or "获任命" in text:
        assert not any(fact.startswith("hold ") for fact in got)
    assert not any(word in fact for word in never for fact in acts)


def test_words_that_are_no_names():
    assert not is_person_name("景官员") and not is_person_name("法律人")
    assert is_person_name("法某") and is_person_name("景某员")
    # words after a title in running text that open with a surname (司令员左右, 副书记代行, 主任安排, 代省长官宣)
    for word in ("左右", "代行", "安排", "官宣", "陆续", "信箱", "相关工", "晋升后", "时首先", "涂应邀", "石主持"):
        assert not is_person_name(word), word
    assert is_person_name("左某") and is_person_name("石某持")


def test_mainland_ministry_named_by_the_press_of_hong_kong_and_taiwan():
    assert canonical_org("大陆商务部") == "中华人民共和国商务部"
    assert canonical_org("大陆浙江省委") != "中共浙江省委员会"  # only the State Council's bodies


def test_skip_context_is_compiled_for_the_chronicle_shape():
    shape = next(s for s in clause_shapes() if s.id == "news_appoint")
    assert shape.skip_context is not None
    assert shape.skip_context.search("1955年2月，会议选举产生某省人民委员会。\n林某任省长。")
    assert not shape.skip_context.search("1955年2月，会议选举产生某省人民委员会。\n会议决定：林某任省长。")
    assert not shape.skip_context.search("2月5日，会议召开。\n林某任省长。")


def test_eval_compares_a_secretariat_secretary_written_both_ways_as_one():
    from kg.eval import fact_key

    def fact(title, org):
        return {"kind": "hold", "status": "decided", "person": "周某", "title": title, "org": org,
                "source": {"doc": "corpus/dev/docs/x.txt", "start": 0, "end": 1}}

    assert fact_key(fact("书记处第一书记", "中国共产主义青年团中央委员会"))[:5] == \
        fact_key(fact("第一书记", "共青团中央委员会书记处"))[:5]


def test_a_council_roster_under_an_encyclopedia_heading():
    # 第一届云南省人民委员会 ⏎ 组成人员 ⏎ "[编辑]- 省长:…" ⏎ "- 委员:…": a 1955–67 people's council and its members;
    # each "- " bullet opens a line of its own (never joined to the line before)
    text = ("第一届云南省人民委员会\n第一届云南省人民委员会是云南省组建的第一届人民政府。1955年2月，会议选举出省长1人组成第一届"
            "云南省人民委员会。\n组成人员\n[编辑]- 省长:郭某秋(至1957年9月)、于某川(自1958年3月起)\n"
            "- 副省长:张冲、刘岱峰、刘明辉(1957年9月至1958年3月任代省长)、龚自知(至1958年3月)、吴作民、刘卓甫(自1958年3月起)、"
            "李某某、王某某\n- 委员:王宇辉、王昭明、李光保\n- 秘书长:张子斋\n")
    got = {(f.person, f.title, f.org) for f in read_facts(text)[0] if f.kind == "hold"}
    assert {("郭某秋", "省长", "云南省人民委员会"), ("王昭明", "委员", "云南省人民委员会"),
            ("张子斋", "秘书长", "云南省人民委员会")} <= got


def test_a_dash_bullet_opens_a_line():
    from kg.normalize import normalize

    text, _ = normalize("- 副省长：张冲、刘岱峰、刘明辉（1957年9月至1958年3月任代省长）、龚自知（至1958年3月）、吴作民、刘卓甫\n- 委员：王宇辉、王昭明\n")
    assert text.split("\n")[1].startswith("- 委员")


@pytest.mark.parametrize("text,wanted,never", [
    # 获任 after a titled name ends the name (never 周某获)
    ("湖南省委书记周某获任最高人民法院院长。", {"hold decided 周某 书记 中共湖南省委员会"}, "周某获"),
    # 高度 (评价) after a title is no name
    ("袭燕主任高度评价了徐某玉同志。", set(), "高度"),
    # a 领导层 is no body
    ("而杜某元是教育部领导层中首位“60后”副部长。", set(), "领导层"),
])
def test_no_holding_of_a_word_read_as_a_name_or_a_body(text, wanted, never):
    _, got = read_facts(text)
    assert wanted <= got
    assert not any(never in fact for fact in got)
