"""Session 49's cases, from round 37's pages (issue 9, Nationwide): per row a text, the keys it must give
("kind status person title org", tests/readings.py) and the words no key may hold; then the rules the
session added for deciders and names."""

import pytest

from kg.extract.acts import _own_congress_deputy
from kg.extract.posts import PostReading
from readings import assert_reading, read_facts

CASES = [
    # a headline's items apart by a space: the meeting's other business after the post is no part of it
    ("河北省人大常委会决定任命丁某峰为省政府副省长 表决通过《河北省多元化解纠纷条例》等",
     {"appoint decided 丁某峰 副省长 河北省人民政府"}, ("表决",)),
    # a vote told as 超过半数 between the name and 当选 (the shapes' one {VOTES} slot); 过半数 is no name
    ("据总计票人报告得票结果，临桂区委常委、副区长周某同志超过半数成功当选为桂林市临桂区第二届人民代表大会代表。",
     {"elect decided 周某 代表 广西壮族自治区桂林市临桂区第二届人民代表大会"}, ("过半数",)),
    # a headline's names run together (…主席王某坚林某海…当选…副主席): no post holds another 当选
    ("山东省政协十三届一次会议胜利闭幕 葛某君当选省政协主席王某坚林某海孙某业当选省政协副主席 表决通过各项决议和报告",
     set(), ("葛某君 副主席",)),
    # a titled name, then the posts held before (原任 / 曾任): the name ends before 原任, the posts are former
    ("宁夏自治区党委组织部长傅某国原任国家公务员局副局长，山东省委组织部长高某兵原任铁道部政治部主任。",
     {"hold decided 傅某国 部长 中共宁夏回族自治区委员会组织部", "hold decided 傅某国 副局长 国家公务员局",
      "hold decided 高某兵 部长 中共山东省委员会组织部", "hold decided 高某兵 主任 中华人民共和国铁道部政治部"}, ("原任",)),
    # a résumé's lines opened by years alone (1992 - 1995, 2021-): former holdings, the open one current; an
    # embassy's 三秘 / 二秘 / 随员 / 公使 are titles (三秘 = 三等秘书)
    ("秦某刚大使简历\n秦某刚，男，1966年3月生，天津市人，大学毕业。\n1992 - 1995    外交部西欧司随员、三秘\n"
     "1999-2002 外交部西欧司二秘、副处长、处长\n2010 - 2011    驻大不列颠及北爱尔兰联合王国大使馆公使\n"
     "2021-         驻美利坚合众国特命全权大使\n",
     {"hold decided 秦某刚 随员 中华人民共和国外交部西欧司", "hold decided 秦某刚 三等秘书 中华人民共和国外交部西欧司",
      "hold decided 秦某刚 二等秘书 中华人民共和国外交部西欧司", "hold decided 秦某刚 处长 中华人民共和国外交部西欧司",
      "hold decided 秦某刚 公使 中华人民共和国驻大不列颠及北爱尔兰联合王国大使馆",
      "hold decided 秦某刚 大使 中华人民共和国驻美利坚合众国大使馆"}, ()),
    # a session's chairs "并在主席台前排就座的有", and "大会其他执行主席 A、B": the session's chairs (round 37)
    ("云南省第十四届人民代表大会第一次会议在昆明举行闭幕会。担任本次会议执行主席并在主席台前排就座的有：王某宁、李某明。"
     "大会其他执行主席赵某国、钱某英也在主席台就座。",
     {f"hold decided {n} 执行主席 云南省第十四届人民代表大会第一次会议" for n in ("王某宁", "李某明", "赵某国", "钱某英")}, ()),
    # a headline run into the next (…职务市十八届…会议召开决定…): no organization holds 召开
    ("市十八届人大常委会第十四次会议召开决定郑某涛代理永康市人民政府市长职务市十八届人大常委会第十四次会议召开\n"
     "会议决定郑某涛代理永康市人民政府市长职务。", set(), ("召开",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session49_readings(text, wanted, never):
    assert_reading(text, wanted, never)


def test_own_congress_deputies_are_elected_by_voters():
    """A standing committee reports its own congress's deputies elected by the voters (decided_by null) but
    by-elects deputies to the congress above (decided by it)."""
    own = PostReading(title="代表", org="广西壮族自治区桂林市临桂区第二届人民代表大会", org_text=None)
    above = PostReading(title="代表", org="广西壮族自治区桂林市第六届人民代表大会", org_text=None)
    committee = "广西壮族自治区桂林市临桂区人民代表大会常务委员会"
    assert _own_congress_deputy(committee, own)
    assert not _own_congress_deputy(committee, above)
    facts, _ = read_facts("临桂区人大常委会消息：周某同志当选为桂林市临桂区第二届人民代表大会代表。")
    assert [f.decided_by for f in facts if f.kind == "elect"] == [None]


def test_qian_stays_in_names():
    """乾 is a simplified character of its own: a traditional page's 邱乾國 is 邱乾国 (OpenCC alone gives 干),
    while a word of "dry" still converts (乾淨 → 干净)."""
    from kg.simplify import to_simplified

    text = "台中市教育局副局長邱乾國任教育部國民及學前教育署長，政府要乾淨。"
    assert to_simplified(text) == "台中市教育局副局长邱乾国任教育部国民及学前教育署长，政府要干净。"
