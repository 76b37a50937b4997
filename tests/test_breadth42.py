"""Session 42: readings added or fixed on the development corpus (issue 9, Nationwide; round 30 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from kg.extract.posts import org_for
from kg.orgs import canonical_org, is_taiwan_local_body, taiwan_local_body, taiwan_ministry
from readings import read_facts

CASES = [
    # a byline's time stamp (2023年01月06日17:40) dates the report: a bare 已任 stays who holds the post now
    ("文|财新 林某诗2023年01月06日17:40同济大学校长陈某履新教育部副部长，浙大原校长吴某晖已任科技部副部长。",
     {"hold decided 吴某晖 副部长 中华人民共和国科学技术部"}, ("appoint decided 吴某晖",)),
    # a government's secretary-general is appointed, never elected: the bare 为 after the elections is no election
    ("6月4日：许某当选为深圳市市长，吕某锋当选为深圳市副市长，李某为深圳市政府秘书长。",
     {"elect decided 许某 市长 广东省深圳市人民政府", "elect decided 吕某锋 副市长 广东省深圳市人民政府"},
     ("elect decided 李某",)),
    # a headline's next clause, a count of others elected (检察长 125人当选…), is no part of the posts
    ("卫某明当选省法院院长 丁某生当选省检察院检察长 125人当选河北省出席第十三届全国人民代表大会代表",
     {"elect decided 丁某生 检察长 None"}, ("丁某生 代表",)),
    # places written bare before the last one's title with 的 between (分别当选A、B、C的市长)
    ("张某、李某分别当选重庆市、四川省的政协主席。",
     {"elect decided 张某 主席 中国人民政治协商会议重庆市委员会", "elect decided 李某 主席 中国人民政治协商会议四川省委员会"}, ()),
    # Taiwan: a county's or city's government and council, named as Taiwan names them (kg.orgs taiwan_local_units)
    ("國民黨戴某欽以最高票當選第14屆台北市議會議長。", {"elect decided 戴某钦 议长 台北市议会"}, ()),
    ("台北市長蔣某安今天宣布，任命張某德為台北市副市長。",
     {"appoint decided 张某德 副市长 台北市政府", "hold decided 蒋某安 市长 台北市政府"}, ()),
    ("11月27日舉行的選舉中，郝某斌、朱某倫分別當選臺北市、新北市的市長。",
     {"elect decided 郝某斌 市长 台北市政府", "elect decided 朱某伦 市长 新北市政府"}, ()),
    # Taiwan's central bodies whose names no PRC body bears (总统府, 行政院, 大陆委员会 …)
    ("總統府今天宣布，任命林某龍為總統府秘書長。", {"appoint decided 林某龙 秘书长 总统府"}, ()),
    # a ministry named like the PRC's on a page of the government in Taiwan is Taiwan's, as written
    ("行政院今天宣布，由林某龍接任外交部長。總統府表示同意。", {"appoint decided 林某龙 部长 外交部"},
     ("中华人民共和国",)),
    # the newly elected listed title first after the election was told (经过选举，产生了…。新当选的…与全体委员见面)
    ("经过选举，产生了县政协主席、副主席。新当选的县政协主席郑某明，副主席王某东、汪某，秘书长方某保与全体委员见面。",
     {"elect decided 郑某明 主席 None", "elect decided 汪某 副主席 None", "elect decided 方某保 秘书长 None"}, ()),
    # … and not after a closing alone: who holds the posts (the dev gold), nor a list after 包括
    ("会议闭幕。新当选的县政协主席郑某明，副主席王某东在主席台就座。", set(), ("elect",)),
    ("经过选举，产生了新一届领导。新当选的副主席包括中宣部前部长刘某葆、国家发改委主任何某峰等。",
     {"elect decided 刘某葆 副主席 None"}, ("elect decided 刘某葆 部长",)),
    # the election of the person the clause before names, after a comma (此番当选; 比上述两人大1岁的X)
    ("比上述两人大1岁的郑某林，此次当选厦门市同安区区长。", {"elect decided 郑某林 区长 福建省厦门市同安区人民政府"}, ()),
    # 担任过: a post held once, never an act
    ("比张某顺小两岁的袁某清，也在中央国家机关工作过，担任过重庆市委副书记。", set(), ("appoint",)),
    # a Hong Kong board's non-official members (非官守成员 → 成员), a married name (叶刘淑仪), 博士 after a name
    ("行政長官已委任陳某波及譚某宗為授勳及非官守太平紳士遴選委員會非官守成員。"
     "行政長官亦再度委任葉劉淑儀、鄭某智博士及周某崗為非官守成員。",
     {"appoint decided 谭某宗 成员 授勋及非官守太平绅士遴选委员会", "appoint decided 叶刘淑仪 成员 授勋及非官守太平绅士遴选委员会",
      "appoint decided 郑某智 成员 授勋及非官守太平绅士遴选委员会"}, ("博士",)),
    # a township's bodies named bare on a district's page are the district's (kg.places lists no townships)
    ("杭州市萧山区召开大会。\n经区委常委会研究：\n张某同志任盈丰街道党工委副书记、政法委员；",
     {"appoint decided 张某 副书记 中共浙江省杭州市萧山区盈丰街道工作委员会",
      "appoint decided 张某 政法委员 中共浙江省杭州市萧山区盈丰街道工作委员会"}, ()),
    # lines of a list ending with ； are one sentence: a nomination on the last line leaves the others acts
    ("具体调整如下：\n江苏常州市长丁某（生于1970年10月，江苏江阴人），任安徽铜陵市委书记；\n"
     "西藏日喀则市委副书记姜某杰（生于1976年11月，山东莘县人），任重庆铜梁区委副书记、提名区长；",
     {"appoint decided 丁某 书记 中共安徽省铜陵市委员会"}, ()),
    # a table of changes made (姓名 … 新任 … 原任): decided appoints, dated by the row's 时间 against the page's date
    ("【大纪元2016年11月04日讯】省委副书记人事调整。\n序号 | 时间 | 姓名 | 年龄 | 新任 | 原任 |\n"
     "1 | 10月31日 | 乌某 | 54 | 湖南省委副书记 | 内蒙古自治区党委常委 |\n",
     {"appoint decided 乌某 副书记 中共湖南省委员会"}, ("proposed", "None")),
    # Hong Kong's deputies to the national congress (港区人大代表); a former State Council body in a career
    ("港區人大代表田某辰表示支持。範某平曾任國家新聞出版總署辦公廳主任。",
     {"hold decided 田某辰 代表 全国人民代表大会", "hold decided 范某平 主任 国家新闻出版总署办公厅"}, ()),
    # a list of names and the reason given of them all: names kg.names does not know alone (李同道, 惠菽林) in a
    # list of known ones (acts.list_names)
    ("于某文、孙立新、孙庆传、李同道、邹大民、惠菽林等同志因年龄和工作变动，不再担任省政协常委职务。",
     {"remove decided 李同道 常委 None", "remove decided 惠菽林 常委 None"}, ()),
    # a body written with its level only, placed by the person's own post named just before
    ("公开资料显示，去年8月5日，时任姜堰区区长的李某飙被任命为区委书记。",
     {"appoint decided 李某飙 书记 中共江苏省泰州市姜堰区委员会"}, ()),
    ("大兴安岭地委副书记、行署专员李某义，拟任地委书记。",
     {"appoint proposed 李某义 书记 中共黑龙江省大兴安岭地区委员会"}, ()),
    # the term after the body (新一任) is no part of it
    ("齐某拉当选西藏自治区新一任主席。", {"elect decided 齐某拉 主席 西藏自治区人民政府"}, ()),
    # the posts of two people joined by 和 are not all the last one's (no 申某荣 书记 of the 政法委)
    ("瓮安县委常委、政法委书记、县公安局政委罗某平和县公安局党委书记、局长申某荣已被免职。", set(),
     ("remove decided 申某荣 书记", "remove decided 申某荣 常委", "罗某平和")),
    # a headline's next clause whose names run together (孙伟张务锋) is no part of the posts
    ("郭某清辞去山东省省长 孙某张务锋辞去副省长职务", {"resign decided 郭某清 省长 山东省人民政府"}, ("郭某清 副省长",)),
    # a level body's department (省委宣传部) placed by the person's own post before the name
    ("福建省委常委、秘书长梁某勇转任省委宣传部部长。", {"appoint decided 梁某勇 部长 中共福建省委员会宣传部"}, ()),
    # a sentence opened by its date to the day reports the change
    ("2020年8月1日，信某星履新青海省代省长。", {"acting decided 信某星 省长 青海省人民政府"}, ()),
    # a district a Taiwan page names bare is no mainland district (泰山区 of 新北市, not of 山东省泰安市)
    ("前國民黨主席朱某倫迴歸新北市長，民政局發佈區長人事調整名單，由劉某芬出任泰山區長。",
     {"appoint decided 刘某芬 区长 None"}, ("山东省",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session42_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got
    assert not any(word in fact for word in never for fact in got | {str(f.date) for f in facts if f.kind != "hold"})


def test_place_without_its_level_before_a_head_title_in_a_placed_document():
    # 广西柳州 + 市长 on a page of 柳州: the city's government, not the bare name kg.orgs reads there
    for jur in (None, "广西壮族自治区柳州市", "广西壮族自治区"):
        assert org_for("广西柳州", "市长", None, jur)[0] == "广西壮族自治区柳州市人民政府"


def test_taiwan_tables():
    assert taiwan_local_body("台北", "市长") == "台北市政府"
    assert taiwan_local_body("新北市", "议员") == "新北市议会"
    assert taiwan_local_body("台北", "县长") == "台北县政府"  # (the title's level picks the unit: 台北县, before 2010)
    assert taiwan_local_body("重庆市", "市长") is None
    assert is_taiwan_local_body("高雄市议会") and not is_taiwan_local_body("高雄市")
    assert canonical_org("第14届台北市议会") == "台北市议会"
    assert canonical_org("陆委会") == "大陆委员会"
    assert taiwan_ministry("外交部") == "外交部" and taiwan_ministry("国务院") is None
    assert canonical_org("外交部") == "中华人民共和国外交部"  # the PRC's, but on a Taiwan page


def test_eval_compares_the_two_names_of_a_standing_committee_member_as_one():
    from kg.eval import fact_key

    def fact(title):
        return {"kind": "remove", "status": "decided", "person": "于某文", "title": title,
                "org": "中国人民政治协商会议山东省委员会", "source": {"doc": "corpus/dev/docs/x.txt", "start": 0, "end": 1}}

    assert fact_key(fact("常委")) == fact_key(fact("常务委员"))
    assert fact_key(fact("常委")) != fact_key(fact("委员"))
