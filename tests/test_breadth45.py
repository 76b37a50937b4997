"""Session 45: readings added or fixed on the development corpus (issue 9, Nationwide; round 33 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from kg.normalize import normalize
from readings import read_facts

CASES = [
    # 任命 a list of names each after its post, then 为 and the new post: the new post, not the old ones
    ("国务院任命原驻日大使崔某凯、驻英大使傅某、外交部部长助理翟某为外交部副部长；同时免去何某非、武某伟的外交部副部长职务。",
     {"appoint decided 崔某凯 副部长 中华人民共和国外交部", "appoint decided 傅某 副部长 中华人民共和国外交部",
      "appoint decided 翟某 副部长 中华人民共和国外交部", "remove decided 何某非 副部长 中华人民共和国外交部",
      "remove decided 武某伟 副部长 中华人民共和国外交部"}, ("appoint decided 崔某凯 大使",)),
    # 受命出任: 受命 is no part of the name
    ("苟某文受命出任国家体育总局局长。", {"appoint decided 苟某文 局长 国家体育总局"}, ("受命",)),
    # 辞去…的职务决定 (的 before 职务)
    ("关于孙某、熊某文辞去江西省人民政府副省长的职务决定",
     {"resign decided 孙某 副省长 江西省人民政府", "resign decided 熊某文 副省长 江西省人民政府"}, ()),
    # a traditional page's dotted name (‧) inside a list of the elected
    ("李某國、王某俊、艾力更‧依明巴海、萬某湘當選為副委員長。",
     {"elect decided 李某国 副委员长 None", "elect decided 艾力更·依明巴海 副委员长 None", "elect decided 万某湘 副委员长 None"}, ()),
    # 推选出 a body's members, then 他们是 and the names (no count); a name written whole with 和 in it
    ("会议推选出主席团常务委员会委员。他们是：卢某工、郭某茂、周和某。",
     {"elect decided 卢某工 委员 主席团常务委员会", "elect decided 周和某 委员 主席团常务委员会"}, ()),
    # a headline's acts spaced apart: the post after 为 is the name's before it, never the next name's
    ("选举朱某舒为市委书记 张某文、黄某树为市委副书记\n中共兰州市委十四届一次全会举行", set(), ("hold decided 张某文 书记",)),
    # 新 before a title after a whole body: no part of the body
    ("记者见到了国家体育总局新局长苟某文。", {"hold decided 苟某文 局长 国家体育总局"}, ("新局",)),
    # the last of a list of three-character names takes the 新 of 新当选 when that makes a name
    ("经无记名投票选举，朱某舒、张某文、郑某、温某荣、乔建新当选为中国共产党兰州市第十四届委员会常务委员会委员。",
     {"elect decided 乔建新 常委 中共甘肃省兰州市委员会", "elect decided 郑某 常委 中共甘肃省兰州市委员会"}, ("elect decided 乔建 ",)),
    # 不再代理: an acting post left
    ("韩某不再代理上海市委书记职务。", {"remove decided 韩某 书记 中共上海市委员会"}, ()),
    # a body's posts appointed, then its appointees title first after 包括 (及 between two names)
    ("行政长官委任澳门特别行政区立法会选举管理委员会主席及委员，包括主席盛某敏，委员黎某豪、吴某娴及黄某宜。",
     {"appoint decided 盛某敏 主席 澳门特别行政区立法会选举管理委员会", "appoint decided 黎某豪 委员 澳门特别行政区立法会选举管理委员会",
      "appoint decided 黄某宜 委员 澳门特别行政区立法会选举管理委员会"}, ()),
    # 驻朝鲜大使, 驻韩国大使: the names the press writes for the two Koreas
    ("原中联部副部长刘某才接任驻朝鲜大使。", {"appoint decided 刘某才 大使 中华人民共和国驻朝鲜民主主义人民共和国大使馆"}, ()),
    # a page's number after a headline's post
    ("包某和被任命为中国科学技术大学校长(4)", {"appoint decided 包某和 校长 中国科学技术大学"}, ("（4）",)),
    # a report of the State Council's list is its decision
    ("4日，人社部网站公布的国务院任免消息显示，王某涛任国家国际发展合作署署长。",
     {"appoint decided 王某涛 署长 国家国际发展合作署"}, ()),
    # 从…任上提拔为; never a question (他们为何能被提拔为…)
    ("李某明从总局纪检组组长、书记任上提拔为国家体育总局副局长、党组成员。",
     {"appoint decided 李某明 副局长 国家体育总局", "appoint decided 李某明 党组成员 国家体育总局"}, ()),
    ("履新县委“一把手”的85后最大不超过36岁，他们为何能被提拔为县委书记，自然备受外界关注。", set(), ("何能",)),
    # a decision read out, 同志任 a body the text writes that kg cannot place (a hospital of 市)
    ("廖某辉副部长宣布了市委关于市妇幼保健院领导班子调整的决定，宋某文同志任市妇幼保健院院长。",
     {"appoint decided 宋某文 院长 None"}, ()),
    # items "posts name" before a post-first name and its move: each takes the move (the 、 opened a clause)
    ("常州市委书记齐某滨、山西省财政厅长潘某掌升任江苏省副省长。",
     {"appoint decided 齐某滨 副省长 江苏省人民政府", "appoint decided 潘某掌 副省长 江苏省人民政府"}, ("appoint decided 齐某滨 书记",)),
    ("王某升任甲市市长、警务处处长李某升任乙市副市长。", set(), ("appoint decided 王某 副市长",)),
    # 不 never ends a name (原副局长赵某不在名单中)
    ("原副局长赵勇不在名单中。", set(), ("赵勇不",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session45_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got, sorted(got)
    assert not any(word in fact for word in never for fact in got), sorted(got)


@pytest.mark.parametrize("dot", ["‧", "•", "・", "∙", "⋅"])
def test_name_dot_lookalikes_become_the_middle_dot(dot):
    text, offsets = normalize(f"艾力更{dot}依明巴海当选。• 列表")
    assert text.startswith("艾力更·依明巴海当选")
    assert "• 列表" in text  # (a bullet before a space stays)
    assert len(offsets) == len(text) + 1
