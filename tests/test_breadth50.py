"""Session 50's cases, from round 38's pages (issue 9, Nationwide): per row a text, the keys it must give
("kind status person title org", tests/readings.py) and the words no key may hold."""

import pytest

from kg.extract.party_lists import list_line_names
from readings import assert_reading

CASES = [
    # a region's deputies to the national congress, listed under a heading (…全国人大代表名单如下：), the last
    # two joined by 及
    ("香港特别行政区第十三届全国人大代表名单如下:\n\n王某聪、王某刚、田某辰、朱叶某如、谭某源及谭某宗。\n",
     {f"elect decided {n} 代表 第十三届全国人民代表大会" for n in ("王某聪", "王某刚", "田某辰", "朱叶某如", "谭某源", "谭某宗")},
     ("名单",)),
    # the next person's posts start after "A和" (another person's name and 和): 陈某清 is not 全国政协副主席
    ("他会见了全国政协副主席兼中央统战部部长石某峰和中央政法委书记陈某清。",
     {"hold decided 石某峰 副主席 中国人民政治协商会议全国委员会", "hold decided 陈某清 书记 中共中央政法委员会"},
     ("陈某清 副主席",)),
    # 、和 / 、及 / 即 before a national body open the next post: the body is read whole
    ("副组长包括2名政治局委员，即全国政协副主席兼中央统战部部长石某峰、和中央政法委书记陈某清；"
     "2名国务委员分别为中央书记处书记兼公安部部长王某洪、及外交部部长秦某。",
     {"hold decided 石某峰 副主席 中国人民政治协商会议全国委员会", "hold decided 陈某清 书记 中共中央政法委员会",
      "hold decided 秦某 部长 中华人民共和国外交部"}, ()),
    # the people just removed, listed after 被免去职务的有: no holding
    ("此次被免去职务的有校长李某珍和副校长党某武、陈某华。", set(), ("hold",)),
    # a birth before the name, then 在YEAR: that person opens the paragraph's career (not the page's first subject)
    ("现年64岁的杨某于2012年12月任上海市委副书记、代市长。\n\n杨某是浙江杭州人，他所有的工作经历都在上海一地。\n\n"
     "出生于1958年的王某峰在2013年赴天津任职副书记前，曾长期在工商系统任职，2004年7月到2013年4月期间，任职国家工商行政管理总局副局长。",
     {"hold decided 杨某 副书记 中共上海市委员会", "hold decided 杨某 市长 上海市人民政府",
      "hold decided 王某峰 副局长 国家工商行政管理总局"}, ("杨某 副局长",)),
    # 胡某升任… : the three-character name the page writes whole (胡某升，男，…), not 胡某 + 升任
    ("胡某升，男，汉族，1963年12月出生，现任甘肃省委书记。\n2012年2月，胡某升任甘孜州委副书记。",
     {"hold decided 胡某升 书记 中共甘肃省委员会", "hold decided 胡某升 副书记 中共四川省甘孜藏族自治州委员会"},
     ("胡某 ",)),
    # 曾长期 is no person (曾 a surname): the page's subject holds the posts listed after it
    ("金某军是第二十届中央委员。他出生于1964年7月，曾长期在广西工作，历任广西壮族自治区玉林市委书记。",
     {"hold decided 金某军 书记 中共广西壮族自治区玉林市委员会"}, ("曾长期",)),
    # 辞 / 未 / 称 / 说 after a titled name are words of their own, never its last character
    ("上海一把手中共上海市委书记韩某未出席。", set(), ("韩某未",)),
    ("霍尔果斯市委常委、组宣部部长曹某称，两会圆满落幕。", set(), ("曹某称",)),
    # an officer's rank closed by a day (上将10日莅临): 张某, not 张某上 + 将 (will)
    ("据驻港部队公布的消息，广州军区政委张某上将10日莅临驻港部队。", {"hold decided 张某 政委 广州军区"}, ("张某上",)),
    # 原 before a province's name is "former", no surname; 公示 is no name
    ("原上海副市长张某出席。三沙市第二任书记市长公示。", {"hold decided 张某 副市长 上海市人民政府"}, ("原上海", "公示")),
    # a clause with its own verb (履新) is another person's, no more posts of the act before it
    ("李某成任中南大学校长，王某鹏履新北京航空航天大学校长。", {"appoint decided 王某鹏 校长 北京航空航天大学"}, ("履新",)),
    # a congress that will deliberate a resignation (将审议“关于接受A辞去…请求的决定（草案）”): proposed, not decided
    ("今日开幕的上海市人代会将审议“关于接受陈某辞去上海市人民检察院检察长职务请求的决定（草案）”。",
     {"resign proposed 陈某 检察长 上海市人民检察院"}, ("resign decided",)),
    # 即墨 is a place, never the connective 即
    ("会见即墨区委书记张某明。", {"hold decided 张某明 书记 中共山东省青岛市即墨区委员会"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session50_readings(text, wanted, never):
    assert_reading(text, wanted, never)


def test_last_name_after_ji():
    """A line of names may join its last two with 及 / 和; a name holding 和 (李和平) stays whole."""
    assert list_line_names("王某聪、王某刚、谭某源及谭某宗。") == ["王某聪", "王某刚", "谭某源", "谭某宗"]
    assert list_line_names("王庭聪、李和平") == ["王庭聪", "李和平"]
