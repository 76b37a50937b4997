"""Session 40: readings added or fixed on the development corpus (issue 9, Nationwide; round 28 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from readings import read_facts

CASES = [
    # an adverb after a list of names is no given name (邱诚武分别 → 武分别: not_given_names.txt)
    ("李某超和邱诚武分别出任环境局副局长、保安局副局长和运输及房屋局副局长。", set(), ("武分别",)),
    # 和 before a named body is the conjunction, no surname (保安局副局长和运输及房屋局副局长)
    ("保安局局长和运输及房屋局局长出席。", set(), ("和运输",)),
    # three names, three posts, the last two joined by 和 (ActReader._respective)
    ("张某、李某和王某分别出任重庆市巴南区财政局局长、重庆市巴南区教育委员会主任和重庆市巴南区民政局局长。",
     {"appoint decided 张某 局长 重庆市巴南区财政局", "appoint decided 李某 主任 重庆市巴南区教育委员会",
      "appoint decided 王某 局长 重庆市巴南区民政局"}, ()),
    # posts written whole are no bare places before one title (环境局副局长局)
    ("李某、王某分别出任环境局副局长、保安局副局长。", set(), ("副局长局",)),
    # a month opening the sentence after 至迟于: a career step, no act
    ("至迟于2021年1月，张某利履新三穗县委常委、武笔街道党工委书记。", set(), ("appoint",)),
    # a group formed in running text: its members are appointed to it (kg.extract.group_sentences)
    ("6月24日，国务院办公厅宣布成立国家制造强国建设领导小组，国务院副总理马某任组长。副组长分别是工信部部长苗某、"
     "科技部副部长曹某林和财政部副部长刘某。",
     {"appoint decided 马某 组长 国家制造强国建设领导小组", "appoint decided 苗某 副组长 国家制造强国建设领导小组",
      "appoint decided 曹某林 副组长 国家制造强国建设领导小组", "appoint decided 刘某 副组长 国家制造强国建设领导小组"}, ()),
    ("重庆市委正式成立市委统一战线工作领导小组。\n领导小组组长由市委副书记张某清担任，副组长2人，分别是：市委常委、"
     "统战部部长宋某荣，市政府副市长谭某玲。",
     {"appoint decided 张某清 组长 中共重庆市委员会统一战线工作领导小组",
      "appoint decided 宋某荣 副组长 中共重庆市委员会统一战线工作领导小组",
      "appoint decided 谭某玲 副组长 中共重庆市委员会统一战线工作领导小组"}, ()),
    ("国务院决定成立以国务院总理温某宝为组长的国家应对气候变化及节能减排工作领导小组。",
     {"appoint decided 温某宝 组长 国家应对气候变化及节能减排工作领导小组"}, ()),
    # …but a role given to a post, no person, appoints no one; nor does a group not formed here
    ("县委决定成立巴南区防汛工作领导小组，组长由县委书记担任。", set(), ("组长",)),
    ("区长张某任区防汛指挥部指挥长，李某任组长。", set(), ("appoint",)),
    # a successor takes the post removed in the clause right before it, never one removed earlier
    ("行政院今下午宣布，国防部长冯某宽卸任，现任国安会秘书长严某发接掌国防部；陆委会主委张小月另有任用，由台大教授陈某通接任。",
     {"remove decided 冯某宽 部长 国防部"}, ("陈某通 部长",)),
    # a committee's members listed after 班子 (产生) and their count (mentions.LIST_INTRO_RE; 班子 is no name)
    ("河北省委常委班子产生，共13人，分别是：张某黎、张某伟、赵勇。",
     {"hold decided 张某黎 常委 中共河北省委员会", "hold decided 赵勇 常委 中共河北省委员会"}, ("班子",)),
    # an obituary's 生平 opened by the name, a comma and the birth's day: a biography (careers.SUBJECT_RE);
    # an ethnicity before the birth is no subject (男，蒙古族，1926年3月4日生)
    ("马某里，1919年11月4日出生于陕西延川。\n1958年任青海省畜牧厅副厅长、厅长。",
     {"hold decided 马某里 副厅长 青海省畜牧厅", "hold decided 马某里 厅长 青海省畜牧厅"}, ()),
    ("布某，男，蒙古族，1926年3月4日生，内蒙古人。1954年任内蒙古自治区文化局副局长。",
     {"hold decided 布某 副局长 内蒙古自治区文化局"}, ("蒙古族",)),
    # a list written inline after 分别是, each item a name, a comma and its posts, parted by ；
    # (people_lists._inline_items); 原 of 太原 marks no former post
    ("山西省委确定了3名拟推荐对象，分别是王某江，天镇县委书记、二级巡视员；刘某华，太原市委常委、小店区委书记；"
     "高某英，女，岚县县委书记。",
     {"hold decided 王某江 书记 中共山西省大同市天镇县委员会", "hold decided 刘某华 常委 中共山西省太原市委员会",
      "hold decided 高某英 书记 中共山西省吕梁市岚县委员会"}, ()),
    # 议员 is a title (of the SARs' 立法会, a district or county council); an election body's roll of the elected
    ("选举管理委员会公布2名澳门立法会直选议员当选名单，以得票多少排序分别是：麦某权、李某仪。",
     {"elect decided 麦某权 议员 澳门特别行政区立法会", "elect decided 李某仪 议员 澳门特别行政区立法会"}, ()),
    ("香港立法会议员陈某华出席。", {"hold decided 陈某华 议员 香港特别行政区立法会"}, ()),
    # 第 opening a term's ordinal ends no name (免去张某、李某第十四届…: never 李某第)
    ("会议决定免去张某、李某第十四届全国政协委员职务。",
     {"remove decided 张某 委员 中国人民政治协商会议全国委员会", "remove decided 李某 委员 中国人民政治协商会议全国委员会"},
     ("李某第",)),
    # a post that ends by law with another's loss (…的…委员职务相应撤销); a condition removes no one
    ("刘某理的第十四届全国人民代表大会常务委员会委员职务相应撤销。",
     {"remove decided 刘某理 委员 全国人民代表大会常务委员会"}, ()),
    ("若张某的代表资格终止，将另行补选。", set(), ("remove",)),
    # a mainland wiki infobox writing a few traditional characters: an office's word is converted even
    # where the page writes it once (kg.simplify: 書記, 常委會, 市長, 政協); the seat named after 驻地 is
    # no page's place (kg.metadata)
    ("中卫市\n中卫市在宁夏回族自治区的地理位置\n政府驻地沙坡头区\n • 市委書記刘某强\n • 人大常委會主任刘某强\n"
     " • 市長马某海\n • 政協主席罗某虎\n面积",
     {"hold decided 刘某强 书记 中共宁夏回族自治区中卫市委员会",
      "hold decided 刘某强 主任 宁夏回族自治区中卫市人民代表大会常务委员会",
      "hold decided 马某海 市长 宁夏回族自治区中卫市人民政府",
      "hold decided 罗某虎 主席 中国人民政治协商会议宁夏回族自治区中卫市委员会"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session40_readings(text, wanted, never):
    _, got = read_facts(text)
    assert wanted <= got
    assert not any(word in fact for word in never for fact in got)
