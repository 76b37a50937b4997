"""Session 46: readings added or fixed on the development corpus (issue 9, Nationwide; round 34 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from kg.normalize import normalize
from kg.orgs import canonical_org
from readings import read_facts

CASES = [
    # 免去…兼任的…职务: the post held beside another is removed; 兼任的 is neither name nor post
    ("全国人大常委会会议决定，免去赵某志兼任的公安部部长职务；任命王某洪为公安部部长。",
     {"remove decided 赵某志 部长 中华人民共和国公安部", "appoint decided 王某洪 部长 中华人民共和国公安部"}, ("兼任",)),
    # a mission's deputy head (常驻联合国副代表), with the ambassador's rank after it
    ("任命戴某为中华人民共和国常驻联合国副代表、特命全权大使。",
     {"appoint decided 戴某 副代表 中华人民共和国常驻联合国代表团", "appoint decided 戴某 大使 中华人民共和国常驻联合国代表团"}, ()),
    # a discipline commission's group stationed in another body
    ("中共中央批准同意郭某炎同志任中央纪委驻国防科学技术工业委员会纪检组组长。",
     {"appoint decided 郭某炎 组长 中共中央纪律检查委员会驻国防科学技术工业委员会纪检组"}, ()),
    # an officer's rank after the name (少将), and the garrison of Hong Kong by its short name
    ("任命香港驻军政治委员刘某凯少将为广西军区政治委员，任命某集团军政治委员张某成少将为香港驻军政治委员。",
     {"appoint decided 刘某凯 政治委员 广西军区", "appoint decided 张某成 政治委员 中国人民解放军驻香港部队"}, ("少将",)),
    # the day between the name and the move (在…日 / 将于…日)
    ("陈某国在2016年8月29日调任新疆党委书记。", {"appoint decided 陈某国 书记 中共新疆维吾尔自治区委员会"}, ()),
    # (女) between the name and 不再担任
    ("国务院决定，已经60岁的鲁某(女)不再担任教育部副部长职务。", {"remove decided 鲁某 副部长 中华人民共和国教育部"}, ("（女",)),
    # …一职改由X担任: the post changed hands
    ("广东省委副书记、常委一职改由马某瑞担任。",
     {"appoint decided 马某瑞 副书记 中共广东省委员会", "appoint decided 马某瑞 常委 中共广东省委员会"}, ()),
    # 去职 as 卸任
    ("王某东正式去职湖北省委政法委书记。", {"remove decided 王某东 书记 中共湖北省委员会政法委员会"}, ()),
    # the newly appointed, each "post name", sworn in: each an appointment to the post written with the name
    ("新任台南市政府卫生局局长陈某及交通局长林某成在市长监誓下，完成宣誓就职仪式。",
     {"appoint decided 陈某 局长 台南市政府卫生局", "appoint decided 林某成 局长 None"}, ()),
    # a year's round-up before a colon: career steps dated to their year, holdings (no act)
    ("此外，江苏、浙江两省宣传部部长亦在2018年有部分职务调整：江苏省委常委、宣传部部长王某文（女）不再兼任统战部部长职务；"
     "浙江省委宣传部部长葛某君（女）出任浙江省政协主席。", set(), ("remove", "appoint")),
    # 卸 before 任 is the verb 卸任, never a name's end
    ("今年6月5日，耿某卸任外交部新闻司副司长。", {"remove decided 耿某 副司长 中华人民共和国外交部新闻司"}, ("耿某卸",)),
    # 此次出任X: the move the headline reports, no holding of its own
    ("孙某利任公安部副部长\n此次出任公安部副部长，孙某利将协助部长工作。",
     {"appoint decided 孙某利 副部长 中华人民共和国公安部"}, ("hold decided 孙某利",)),
    # a title, a name and 是, then 他 with his birth before 曾任: his career, not the person before
    ("时隔半个月，金某军“去代转正”。\n新任陕西省长赵某是第二十届中央委员。他出生于1968年6月，曾任中国北方工业公司总裁。",
     {"hold decided 赵某 总裁 中国北方工业公司"}, ("金某军 总裁",)),
    # a list of act rows after its heading's colon: the last row never runs into the paragraph after the list
    ("据新华社7月31日消息，中华人民共和国主席根据全国人民代表大会常务委员会的决定任免驻外大使：\n"
     "任命戴某为中华人民共和国常驻联合国副代表、特命全权大使\n任命耿某为中华人民共和国常驻联合国副代表、特命全权大使\n"
     "目前，中国常驻联合国代表团共有“一正两副”三位代表。记者注意到，从1990年之后，中国常驻联合国的代表一直是“一正一副”的配置，"
     "已经整整30年没有同时派驻过两位大使衔的副代表了。",
     {"appoint decided 戴某 副代表 中华人民共和国常驻联合国代表团", "appoint decided 耿某 副代表 中华人民共和国常驻联合国代表团"}, ()),
    # a name written alone before 新当选 takes the 新 when that makes a name
    ("会上，陈一新当选市十四届人大常委会主任。", {"elect decided 陈一新 主任 None"}, ("elect decided 陈一 ",)),
    # 队 never ends a name (中国人民解放军长江支队: no 军长 江支队)
    ("前身为中国人民解放军长江支队。", set(), ("江支队",)),
    # 中 ending a name before 将 (will) is no rank 中将 after a shorter name
    ("中共福建省委常委、漳州市委书记郑某中将接替洪某世出任厦门市委书记。",
     {"hold decided 郑某中 书记 中共福建省漳州市委员会"}, ("郑某 ",)),
    # 现任 between a body and its title: the body's post, held now
    ("中国人民银行现任行长易某表示，将继续实施稳健的货币政策。", {"hold decided 易某 行长 中国人民银行"}, ()),
    # a headline of acts, its every clause one, stays apart from the report under it
    ("陈某任东湖高新区管委会主任，郝某勇任蔡甸区代理区长\n\n经武汉市委同意，4月23日上午，在东湖高新区召开局级领导干部大会，会上宣布陈某同志任管委会主任。\n\n"
     "武汉市委常委汪某旺主持会议并讲话。\n\n同日，蔡甸区召开领导干部大会。",
     {"acting decided 郝某勇 区长 湖北省武汉市蔡甸区人民政府"}, ()),
    # a decision's 同志任 a company the text names by its short name (…重工)
    ("集团公司党组研究决定：刘某斌同志任河柴重工董事长、党委书记。", {"appoint decided 刘某斌 董事长 None"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session46_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got, sorted(got)
    assert not any(word in fact for word in never for fact in got), sorted(got)


@pytest.mark.parametrize("written,canonical", [
    ("中央纪委驻公安部纪检组", "中共中央纪律检查委员会驻公安部纪检组"),
    ("驻港部队", "中国人民解放军驻香港部队"),
    ("澳门驻军", "中国人民解放军驻澳门部队"),
    ("外管局", "国家外汇管理局"),
    # an office stationed elsewhere is still no unit of the body before it
    ("中央人民政府驻澳门特别行政区联络办公室", "中央人民政府驻澳门特别行政区联络办公室"),
])
def test_session46_bodies(written, canonical):
    assert canonical_org(written, None) == canonical


def test_a_space_before_a_names_sex_note_is_cut():
    text, offsets = normalize("常委 | 王某礼(常务副省长) 苗某红 (女,组织部部长) 黄某昆 |")
    assert "苗某红（女，组织部部长）" in text
    assert len(offsets) == len(text) + 1
