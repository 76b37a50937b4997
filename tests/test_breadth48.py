"""Session 48's cases, from round 36's pages (issue 9, Nationwide): per row a text, the keys it must give
("kind status person title org", tests/readings.py) and the words no key may hold; then the bodies, names
and text layouts the session's rules read."""

import pytest

from kg.normalize import normalize
from kg.orgs import canonical_org
from kg.titles import split_post
from readings import assert_reading

CASES = [
    # an officer's rank between the name and the verb (少将调任) is no future; the great military regions
    # and the municipalities' garrisons are bodies of their own
    ("其中江苏省军区司令员何某东少将调任上海警备区司令员，遗缺由南京军区副参谋长李某让少将接任。",
     {"appoint decided 何某东 司令员 上海警备区", "appoint decided 李某让 司令员 江苏省军区",
      "hold decided 何某东 司令员 江苏省军区", "hold decided 李某让 副参谋长 南京军区"}, ()),
    # …but 中将 after a name that may end in 中 stays a future (郑立中将接替…)
    ("漳州市委书记郑立中将接替张某任厦门市委书记。", set(), ("appoint",)),
    # the rank closed by punctuation: the name before it is read short
    ("新疆军区司令员柳某中将、政委杨某中将，被发现双双缺席。", {"hold decided 柳某 司令员 新疆军区"}, ("柳某中",)),
    # 免除A的X、Y，以及Z等职务: the posts after the comma and 以及 are removed too; 国安事务顾问 is the press's
    # short form of 国家安全事务顾问; no 主任 of a post list is read as a verb (公室主)
    ("人社部宣布，免除郑某雄的中央政府驻香港特别行政区联络办公室（简称香港中联办）主任、国务院港澳事务办公室副主任，"
     "以及香港特别行政区维护国家安全委员会（简称香港国安委）国安事务顾问等职务。",
     {"remove decided 郑某雄 主任 中央政府驻香港特别行政区联络办公室", "remove decided 郑某雄 副主任 国务院港澳事务办公室",
      "remove decided 郑某雄 国家安全事务顾问 香港特别行政区维护国家安全委员会"}, ("公室主", "以及")),
    # 分别获任命为 pairs names and posts; the people named each after their posts, before 加入…班子; 曾 is a surname
    ("香港特区政府宣布，入境处处长曾某卫、机电署署长薛某恒加入问责班子，分别获任命为政制及内地事务局局长及创新及科技局局长。",
     {"appoint decided 曾某卫 局长 香港特别行政区政府政制及内地事务局", "appoint decided 薛某恒 局长 香港特别行政区政府创新及科技局"}, ()),
    # a name of three ending in 升, delimited by 选举 and 为; a Tibetan religious name of three parts in a list
    ("新华社消息，甘肃省第十四届人民代表大会第一次会议1月19日选举胡某升为省人大常委会主任，"
     "嘉木样·洛桑久美·图丹却吉尼玛（藏族）、马某礼（回族）为省人大常委会副主任。",
     {"elect decided 胡某升 主任 甘肃省人民代表大会常务委员会", "elect decided 嘉木样·洛桑久美·图丹却吉尼玛 副主任 甘肃省人民代表大会常务委员会",
      "elect decided 马某礼 副主任 甘肃省人民代表大会常务委员会"}, ()),
    # a long reason before 被立案检查: the removals of the clauses after it are that person's; 停止其担任的…职务
    ("2006年9月24日，中共中央决定并通报，陈某宇因涉及「上海社保案」等四项严重违纪问题被中纪委立案检查，"
     "并被免去上海市委书记、常委职务，停止其担任的中央政治局委员职务。",
     {"remove decided 陈某宇 书记 中共上海市委员会", "remove decided 陈某宇 常委 中共上海市委员会",
      "remove decided 陈某宇 委员 中共中央政治局"}, ()),
    # 继续担任 / 并继续兼任 in a decision's sentence: acts (docs/conventions.md); a ministry's 党委委员 is the ministry's
    ("中央决定，刘某贵继续担任国家海洋局党组书记，孟某伟担任国家海洋局党组副书记，并继续兼任公安部党委委员、副部长。",
     {"appoint decided 刘某贵 党组书记 国家海洋局", "appoint decided 孟某伟 党委委员 中华人民共和国公安部",
      "appoint decided 孟某伟 副部长 中华人民共和国公安部"}, ("公安部党委",)),
    # the one named after 接替 is the predecessor: the next clause's 出任 is the successor's; a meeting that chose
    # the holder of that very post elected him
    ("广东政协十一届三次会议昨日下午选出新的政协主席，深圳市委书记王某接替两个多月前被查下台的广东省政协前主席朱某国，出任广东省政协主席。",
     {"elect decided 王某 主席 中国人民政治协商会议广东省委员会"}, ("朱某国 主席 中国人民政治协商会议广东省委员会 appoint",)),
    ("中共中央决定曾某红不再兼任中共中央组织部部长，由原中共重庆市委书记贺某强替任。",
     {"remove decided 曾某红 部长 中共中央组织部", "appoint decided 贺某强 部长 中共中央组织部"}, ()),
    # a biography's step dated to its year and month (2021年1月，A辞任X): the end of a holding, no resignation;
    # 辞 before 任 is the verb, never the name's end
    ("2021年1月，顾某辞任海航集团执行董事长，职务调整为海航集团有限公司党委书记。",
     {"hold decided 顾某 执行董事长 海航集团"}, ("resign", "顾某辞")),
    # a committee's members listed each after a post of their own: each holds the list's post
    ("山西省委另外10位常委的排序分别是：宣传部长胡某平、常务副省长高某民、省纪委书记黄某薇、太原市委书记吴某隆。",
     {"hold decided 胡某平 常委 中共山西省委员会", "hold decided 高某民 常委 中共山西省委员会",
      "hold decided 黄某薇 常委 中共山西省委员会", "hold decided 吴某隆 常委 中共山西省委员会"}, ()),
    # 记者梳理发现，A是…：历任… (the reporter's lead before the name)
    ("记者梳理发现，王某鸥是一名“老环保”，在任职岳阳市委书记之前，曾长期就职环保系统：历任湖南省环境保护厅厅长。",
     {"hold decided 王某鸥 厅长 湖南省环境保护厅"}, ()),
    # 从X一职提升到Y: the post left and the posts taken
    ("2021年，王某鸥从湖南省岳阳市委书记、市人大常委会主任一职提升到湖南省人民政府党组成员、副省长。",
     {"hold decided 王某鸥 书记 中共湖南省岳阳市委员会", "hold decided 王某鸥 党组成员 湖南省人民政府",
      "hold decided 王某鸥 副省长 湖南省人民政府"}, ("一职提升",)),
    # a numbered item told in prose, its first year a few words on; 于YEAR至YEAR担任X
    ("让我们一探究竟：\n\n  1. 王某：这位江苏滨海出身的男子，于2004年至2009年担任苏州市委书记。\n",
     {"hold decided 王某 书记 中共江苏省苏州市委员会"}, ()),
    # a later paragraph's subject named after its title and 还有, then 他: the career is that person's
    ("记者梳理发现，王某鸥是一名“老环保”，曾任湖南省环境保护厅厅长。\n\n与王某鸥有着类似经历的，还有上海市人民政府副市长舒某。\n\n"
     "他曾任国家环境保护总局规划与财务司司长。",
     {"hold decided 舒某 司长 国家环境保护总局规划与财务司"}, ("王某鸥 司长",)),
    # a portal's profile: the name line, its credit line, then the birth
    ("布某\n中央政府门户网站 www.gov.cn   2008年12月03日   来源：新华社\n\n    1926年3月生，内蒙古土默特左旗人，蒙古族。\n\n"
     "    1983年至1993年任内蒙古自治区人民政府主席。",
     {"hold decided 布某 主席 内蒙古自治区人民政府"}, ()),
    # resignations accepted, each person written after the post resigned
    ("中央周一同时批准财政司长曾某华辞职。", {"resign decided 曾某华 司长 香港特别行政区政府财政司"}, ()),
    # …joined by 及 after a name; never cut inside a body's 和 (发展和改革委员会)
    ("中央周一同时批准政务司长林某娥及财政司长曾某华辞职。",
     {"resign decided 林某娥 司长 香港特别行政区政府政务司", "resign decided 曾某华 司长 香港特别行政区政府财政司"}, ()),
    ("浙江省人大常委会会议同意省发展和改革委员会主任张某辞职。", {"resign decided 张某 主任 浙江省发展和改革委员会"}, ("主任 改革委员会", "会议同意省")),
    # a seat revoked by the decision's title; its draft decides nothing
    ("会议审议通过关于撤销刘某静政协第十二届全国委员会委员资格的决定。",
     {"remove decided 刘某静 委员 中国人民政治协商会议全国委员会"}, ()),
    ("会议审议了关于撤销刘某静第十四届全国政协委员资格的决定草案。", set(), ("remove decided",)),
    # 改由…担任: the post changed hands
    ("新疆维吾尔自治区党委书记一职，改由现任湖南省委书记张某贤担任。",
     {"appoint decided 张某贤 书记 中共新疆维吾尔自治区委员会"}, ()),
    # 平调做 and 就出任 (the Hong Kong press); 平调任 after a name ending in 平 is 调任 (杜和平调任…)
    ("政制及内地事务局局长聂某权平调做公务员事务局局长，金融发展局行政总监许某宇就出任财经事务及库务局局长。",
     {"appoint decided 聂某权 局长 香港特别行政区政府公务员事务局", "appoint decided 许某宇 局长 香港特别行政区政府财经事务及库务局"}, ()),
    ("原任重庆市委常委、万州区委书记的杜和平调任黑龙江省委常委。", {"appoint decided 杜和平 常委 中共黑龙江省委员会"}, ("杜和 ",)),
    # 跨省履新 and the posts after it; a place's 党委常委 is 常委 of the place's committee
    ("2020年12月，张某华跨省履新河北省委常委、省政府党组成员。",
     {"hold decided 张某华 常委 中共河北省委员会", "hold decided 张某华 党组成员 河北省人民政府"}, ()),
    ("任某：西藏自治区党委常委，自治区人民政府常务副主席。", {"hold decided 任某 常委 中共西藏自治区委员会"}, ("党委常委",)),
    # a title and name, then the year of a school's entrance opens the biography
    ("清华大学校长邱某，1983年考入清华大学化学系，1994年7月博士毕业留校工作。自2009年起担任清华大学党委常委、副校长。",
     {"hold decided 邱某 副校长 清华大学", "hold decided 邱某 党委常委 清华大学"}, ()),
    # a body's own 纪委书记 (a place's is 书记 of its commission); a bracketed remark that the posts still wait on
    ("中央决定，吕某任国家海洋局纪委书记、党组成员；房某孟任国家海洋局党组成员（有关行政职务任职还要履行有关法律程序）。",
     {"appoint decided 吕某 纪委书记 国家海洋局", "appoint decided 吕某 党组成员 国家海洋局", "appoint decided 房某孟 党组成员 国家海洋局"}, ()),
    ("中纪委书记李某出席会议，宁夏纪委书记艾某涛陪同。",
     {"hold decided 李某 书记 中共中央纪律检查委员会", "hold decided 艾某涛 书记 中共宁夏回族自治区纪律检查委员会"}, ("纪委书记",)),
    # a dotted name before 生于 (努尔·白克力生于1961年) ends before 生; 其中 is no part of the body
    ("年龄大幅下降。其中新疆维吾尔自治区代主席努某·白克力生于1961年。", {"hold decided 努某·白克力 主席 新疆维吾尔自治区人民政府"}, ("力生",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session48_readings(text, wanted, never):
    assert_reading(text, wanted, never)


@pytest.mark.parametrize("written,canonical", [
    ("南京军区", "南京军区"), ("中部战区", "中部战区"), ("上海警备区", "上海警备区"), ("北京卫戍区", "北京卫戍区"),
    ("南疆军区", "南疆军区"),
])
def test_session48_military_bodies(written, canonical):
    assert canonical_org(written, None) == canonical


@pytest.mark.parametrize("phrase,title,body", [
    ("公安部党委委员", "党委委员", "公安部"),  # a body's own party committee: its 党委委员
    ("建胜镇党委委员", "委员", "建胜镇党委"),  # a place's: 委员 of the place's committee
    ("区委委员", "委员", "区委"),
    ("国家海洋局纪委书记", "纪委书记", "国家海洋局"),
    ("宁夏纪委书记", "书记", "宁夏纪委"),
    ("中纪委书记", "书记", "中纪委"),
])
def test_session48_party_committee_members(phrase, title, body):
    split = split_post(phrase)
    assert split is not None and (split.title, split.org_text) == (title, body)


def test_a_credit_line_is_no_paragraph_cut_by_a_page():
    text, _ = normalize("布赫\n中央政府门户网站 www.gov.cn   2008年12月03日   来源：新华社\n    1926年3月生，又名云曙光，内蒙古土默特左旗人。\n")
    assert "新华社\n" in text
