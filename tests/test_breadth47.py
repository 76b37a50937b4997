"""Session 47's cases, from round 35's pages (issue 9, Nationwide): per row a text, the keys it must give
("kind status person title org", tests/readings.py) and the words no key may hold; then the states,
bodies and names the session's rules read."""

import pytest

from kg.extract.posts import embassy_state
from kg.names import ends_in_nian
from kg.orgs import canonical_org
from kg.normalize import normalize
from readings import assert_reading

CASES = [
    # a headline's elections parted by spaces, each of names listed with 、
    ("辽宁省十四届人大一次会议闭幕\n郝某当选省人大常委会主任 李某成当选省长\n"
     "陈某群、杨某林当选为省人大常委会副主任 王某、张某林当选为副省长 刘某凡当选为省监察委员会主任 郑某当选为省高级人民法院院长\n\n"
     "辽宁省第十四届人民代表大会第一次会议于1月16日上午在辽宁人民会堂胜利闭幕。",
     {"elect decided 陈某群 副主任 辽宁省人民代表大会常务委员会", "elect decided 杨某林 副主任 辽宁省人民代表大会常务委员会",
      "elect decided 王某 副省长 辽宁省人民政府", "elect decided 张某林 副省长 辽宁省人民政府",
      "elect decided 刘某凡 主任 辽宁省监察委员会"}, ()),
    # a list of envoys, 为 left out after the first; a state by Taiwan's name (辛巴威) and by the press's
    # short name (老挝); 中国大陆 before 驻
    ("新华社今天报导，其他任免人事包括：任命刘某兴为中国大陆驻寮国大使、刘某修驻马耳他大使、张某一驻辛巴威大使、"
     "薛某勤（女）驻荷兰大使。",
     {"appoint decided 刘某兴 大使 中华人民共和国驻老挝人民民主共和国大使馆",
      "appoint decided 刘某修 大使 中华人民共和国驻马耳他共和国大使馆",
      "appoint decided 张某一 大使 中华人民共和国驻津巴布韦共和国大使馆",
      "appoint decided 薛某勤 大使 中华人民共和国驻荷兰王国大使馆"}, ()),
    # a request to resign that no body accepted in its clause: proposed
    ("核心提示：官某申请辞去江西省人民政府副省长职务。", {"resign proposed 官某 副省长 江西省人民政府"}, ("resign decided",)),
    # …accepted: decided
    ("会议决定接受张某华申请辞去江苏省人民政府副省长职务。", {"resign decided 张某华 副省长 江苏省人民政府"}, ()),
    # a step dated to its month alone (5月起，A任X): no act
    ("东营市政府官网显示，5月起，郑某军任东营市委副书记、统战部部长，不再兼任组织部部长。", set(), ("appoint", "remove")),
    # …with 今年 before the month: the career reader's holdings, no act
    ("上述官网同时显示，今年5月起，郑某军任东营市委副书记、统战部部长。",
     {"hold decided 郑某军 副书记 中共山东省东营市委员会"}, ("appoint",)),
    # 也 between the name and its career opener: the 曾任 list is this sentence's subject's
    ("董某禄曾任云南省曲靖市公安局副局长等职务。\n胡某朗也在基层工作多年，曾任广西壮族自治区河池市公安局副局长、南丹县公安局局长。",
     {"hold decided 胡某朗 副局长 广西壮族自治区河池市公安局"}, ("董某禄 副局长 广西",)),
    # the last of a round-up's rows stays apart from the section heading under it
    ("一周人事观察\n中央部委\n张某森任中国作家协会党组书记\n陈某源任公安部副部长\n二、本周人事看点\n"
     "1、俩副省级城市迎来代市长，全国多个地级市市长换新人\n7月2日，长春市第十五届人民代表大会常务委员会召开第三十九次会议。",
     {"appoint decided 陈某源 副部长 中华人民共和国公安部"}, ()),
    # 委任 the person 担任 the post (a Macau 批示); 委任 is no part of the body written after it
    ("行政长官岑某辉根据《行政会章程》规定，委任行政会委员张某春担任行政会发言人，自2025年1月8日起生效。",
     {"appoint decided 张某春 发言人 澳门特别行政区行政会"}, ("委任行政会",)),
    # a title after a one-character word that is also a surname (代主席) is no name
    ("此外，1月蓝某立由广西壮族自治区政府代主席转任主席。", set(), ("代主席 主席",)),
    # a name of three ending in 年 opening its clause (岳君年拟提名为…), never a word of time (张去年)
    ("大连市委组织部公示：\n• 岳君年拟提名为大连市政协副主席候选人。",
     {"appoint proposed 岳君年 副主席 中国人民政治协商会议辽宁省大连市委员会"}, ()),
    # the posts held then, in brackets after each name (时任, after the sex or nation): former holdings
    ("2011年11月，八届河北省委常委班子产生，共3人，分别是：张某黎（时任省委书记）、赵某（时任省委副书记）、"
     "杨某勇（满族，时任常务副省长）。",
     {"hold decided 张某黎 书记 中共河北省委员会", "hold decided 杨某勇 常务副省长 河北省人民政府"}, ("时任",)),
    # a press credit's bracket before the posts is no part of the body
    ("【看中国2023年4月2日讯】（看中国记者董某杉综合报导）中共重庆市委常委、两江新区党工委书记张某星4月1日去世。",
     {"hold decided 张某星 常委 中共重庆市委员会"}, ("常委 None", "）")),
    # a round-up's list lead before its first item (其他分别是：post name任X)
    ("其他分别是：西安市长安区委书记王某峰任商洛市委副书记、代市长；兴山县委书记汪某波任宜昌市委常委、兴山县委书记。",
     {"appoint decided 王某峰 副书记 中共陕西省商洛市委员会", "acting decided 王某峰 市长 陕西省商洛市人民政府"}, ()),
    # an appointment announced with the day it takes effect (将于…日出任), two days written in the sentence
    ("特区政府渔农自然护理署署长陈某源将于2006年1月3日出任房屋署署长，接替将于2005年11月28日开始休假的梁某文。",
     {"appoint decided 陈某源 署长 香港特别行政区政府房屋署"}, ()),
    # …a future still guessed is no act
    ("据悉，陈某源将出任房屋署署长。", set(), ("appoint",)),
    # 免去A相应职务: the post just given to another in the sentence
    ("国务院发布任免国家工作人员名单，湖北省政法委书记罗某纲调任澳门中联办副主任，同时免去孙某相应职务。",
     {"remove decided 孙某 副主任 中央人民政府驻澳门特别行政区联络办公室"}, ()),
    # a native place after 是 (湖南长沙人) is no name after a title's 长: the career is the subject's
    ("1965年8月出生的张某辅是湖南长沙人，曾任湖南省水利厅厅长，娄底市委副书记、市长，永州市委书记等职。",
     {"hold decided 张某辅 厅长 湖南省水利厅"}, ("沙人",)),
    # the elected described before the name (…的优秀子弟张某斋)
    ("大会选出白族人民的优秀子弟张某斋为州长，杨某新（白族）为副州长。",
     {"elect decided 张某斋 州长 None", "elect decided 杨某新 副州长 None"}, ("子弟",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session47_readings(text, wanted, never):
    assert_reading(text, wanted, never)


@pytest.mark.parametrize("written,state", [
    ("驻老挝", "老挝人民民主共和国"),
    ("驻伊朗", "伊朗伊斯兰共和国"),
    ("驻马耳他", "马耳他共和国"),
    ("驻马尔他", "马耳他共和国"),  # (ISO's zh_CN and Taiwan's spelling)
    ("中国大陆驻寮国", "老挝人民民主共和国"),
    ("驻赛普勒斯", "塞浦路斯共和国"),  # (Taiwan's name, from ISO's zh_TW)
])
def test_session47_states(written, state):
    assert embassy_state(written) == state


def test_a_glossed_headline_is_no_paragraph_cut_by_a_page():
    # 43 characters read, 60 written: a headline of its own, not joined to the next line
    text, offsets = normalize("選舉產(chǎn)生遼寧省第十四屆全國(guó)人民代表大會(huì)代表 中央提名的代表候選人丁某祥同志當(dāng)選\n"
                              "郝某當(dāng)選省人大常委會(huì)主任 李某成當(dāng)選省長(zhǎng)\n"
                              "遼寧省第十四屆人民代表大會(huì)第一次會(huì)議圓滿(mǎn)完成各項(xiàng)議程,于1月16日上午在遼寧人民會(huì)堂勝利閉幕。\n"
                              "閉幕大會(huì)的執(zhí)行主席是:郝某、李某成、胡某亭、張某、崔某林、張某民、康某、楊某林。\n")
    assert text.split("\n")[0].endswith("当选")
    assert len(offsets) == len(text) + 1


@pytest.mark.parametrize("name,whole", [("岳君年", True), ("李延年", True), ("吕青年", True), ("张去年", False), ("王今年", False)])
def test_session47_names_ending_in_nian(name, whole):
    assert ends_in_nian(name) is whole


@pytest.mark.parametrize("written,canonical", [
    ("八届河北省委", "中共河北省委员会"),  # a term before a party committee: the members', no part of its name
    ("第八届中共河北省委", "中共河北省委员会"),
])
def test_session47_bodies(written, canonical):
    assert canonical_org(written, None) == canonical
