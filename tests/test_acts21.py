"""Session 21 (acts breadth): constructions of act misses that recur on 4 or more different
corpus/dev documents, read as general shapes. Each construction: the dev sentence shape, made-up
variants (other names, places, titles) and negatives (sentences that must give no act)."""

from __future__ import annotations

import pytest

from conftest import acts_read

# -- 1. a step down told with the adverbs of news: 已经 / 一同 / 昨日 / 因…原因 / 年届退休, 卸下 and
#       离任 as 卸任, the post ended by 一职 / 职务 (kg/data/act_shapes.yaml stepped_down,
#       stepped_down_after_post; {STEP_ADV} in kg/extract/grammar.py)


@pytest.mark.parametrize("text,fact", [
    # dev shapes (partynotice-beijing-81, trad-beijing-82, trad-neimenggu-81, trad-multi-61)
    ("此外，近期就任北京市委常委、市委秘书长的张工已经卸下北京市国资委党委书记一职，他曾兼任该职务2年。",
     "remove decided 张工 党委书记 北京市国有资产监督管理委员会"),
    ("北京市日前再有高层职务调整，58岁的常务副市长李士祥及51岁的副市长陈刚昨日一同卸任北京市委常委一职。",
     "remove decided 陈刚 常委 中共北京市委员会"),
    ("其中，广东省长王伟中跨省北上，履新内蒙古自治区党委书记，65岁的原内蒙古书记孙绍骋年届退休卸任。",
     "remove decided 孙绍骋 书记 中共内蒙古自治区委员会"),
    # made-up variants
    ("浙江省宁波市副市长周明远已经卸下宁波市公安局局长一职。", "remove decided 周明远 局长 浙江省宁波市公安局"),
    ("据报道，刘振华日前离任江苏省副省长职务。", "remove decided 刘振华 副省长 江苏省人民政府"),
    ("62岁的原甘肃省委书记林铎因年龄原因卸任。", "remove decided 林铎 书记 中共甘肃省委员会"),
    ("湖南省长沙市委书记吴桂英已经卸任。", "remove decided 吴桂英 书记 中共湖南省长沙市委员会"),
])
def test_step_down_with_news_adverbs(text, fact):
    assert fact in acts_read(text)


@pytest.mark.parametrize("text", [
    "2017年，张三卸下浙江省委书记一职。",  # a career step dated to its year: a holding
    "2019年3月，李四离任杭州市副市长职务。",
    "王五卸下了思想包袱，轻装上阵。",  # no post
    "离任审计工作由区审计局负责组织实施。",
    "青海书记王建军、宁夏书记陈润儿均因年龄原因卸任。",  # whose post is whose: not read
    "网传张三已经卸下浙江省委书记一职。",  # a rumour
    "杨松、孙金龙、李春城先后卸任武汉、合肥、成都市委书记。",  # posts shared out over the names
])
def test_step_down_negatives(text):
    assert not {f for f in acts_read(text) if f.startswith("remove")}


# -- 2. a news round-up's change written POST NAME担任 / 兼任 POST: an act where every word before the
#       name is a post (kg/data/act_shapes.yaml news_held_after_post, as news_appoint_after_post for 任)


@pytest.mark.parametrize("text,fact", [
    # dev shapes (trad-multi-124, statecouncil-multi-102)
    ("还有2位为兼任，分别是四川省政府秘书长叶壮兼任四川省雅安市委书记，青海省委副书记王建军兼任西宁市委书记。",
     "appoint decided 叶壮 书记 中共四川省雅安市委员会"),
    ("还有2位为兼任，分别是四川省政府秘书长叶壮兼任四川省雅安市委书记，青海省委副书记王建军兼任西宁市委书记。",
     "appoint decided 王建军 书记 中共青海省西宁市委员会"),
    ("上海交通大学党委常务副书记郭新立担任山东大学党委书记，上海财经大学校长樊丽明担任山东大学校长。",
     "appoint decided 樊丽明 校长 山东大学"),
    # made-up variants
    ("湖北省副省长赵海山兼任湖北省武汉市委书记。", "appoint decided 赵海山 书记 中共湖北省武汉市委员会"),
    ("浙江大学副校长陈立新担任南京大学校长。", "appoint decided 陈立新 校长 南京大学"),
    ("原广东省委常委、秘书长孙立平已担任海南省委副书记。", "appoint decided 孙立平 副书记 中共海南省委员会"),
])
def test_post_name_held_as_news(text, fact):
    assert fact in acts_read(text)


@pytest.mark.parametrize("text", [
    "据公开报道，国务委员吴政隆兼任国务院秘书长。",  # a state of affairs a report tells: a holding
    "目前，湖北省副省长赵海山兼任湖北省武汉市委书记。",
    "2016年3月，湖北省副省长赵海山兼任湖北省武汉市委书记。",
    "湖北省副省长赵海山曾兼任湖北省武汉市委书记。",
    "湖北省副省长赵海山现担任湖北省武汉市委书记。",
    "湖北省副省长赵海山担任湖北省武汉市委书记期间，工作认真。",
    "此前，湖北省副省长赵海山兼任湖北省武汉市委书记。",
    "市委书记张三担任组长，市长李四担任副组长。",  # no body: a group's roles
    "市委书记张三、市长李四分别担任市委党校校长、副校长。",
    "据报道，张三担任湖北省武汉市委书记。",  # no post before the name
])
def test_post_name_held_negatives(text):
    assert not {f for f in acts_read(text) if f.startswith("appoint")}


# -- 3. the first of many named before the verb: NAME等N名同志当选 … (kg/data/act_shapes.yaml
#       elected_named; the construction NAME等N名 is on 4 dev documents with four verbs — 当选 is read,
#       增补…等人为, 等N名同志分别担任 (no body) and 等N名同志…通过审议、任命 are not)


@pytest.mark.parametrize("text,fact", [
    ("大会执行主席张庆黎宣布：于广洲等300名同志当选中国人民政治协商会议第十三届全国委员会常务委员。",
     "elect decided 于广洲 常务委员 中国人民政治协商会议全国委员会"),
    ("大会主持人宣布：刘建华等45人当选中国人民政治协商会议浙江省第十三届委员会常务委员。",
     "elect decided 刘建华 常务委员 中国人民政治协商会议浙江省委员会"),
    ("经投票选举，陈志明等12名同志当选湖南省人民代表大会常务委员会委员。",
     "elect decided 陈志明 委员 湖南省人民代表大会常务委员会"),
])
def test_first_of_many_elected(text, fact):
    assert fact in acts_read(text)


@pytest.mark.parametrize("text", [
    "于广洲等300名同志当选后，大会进行下一项议程。",  # no post
    "会议要求，于广洲等300名同志有望当选常务委员。",  # a guess
    "于广洲等候选人当选与否，由大会表决决定。",  # no number: 等候选人 is no list
])
def test_first_of_many_negatives(text):
    assert not {f for f in acts_read(text) if f.startswith("elect")}


# -- 4. a resignation named by 辞职 alone in the title of a decision (decided) or of a bill or its
#       explanation (proposed): 关于接受NAME辞职请求的决定 (on 4 dev documents: scnews-shandong-31,
#       scdecision-heilongjiang-41, scdecision-anhui-101, scdecision-anhui-81); its post is the one
#       resignation of that person the document tells with a post (acts._resignations_without_post)


@pytest.mark.parametrize("text,fact", [
    # dev shapes
    ("青岛市第十六届人民代表大会常务委员会第五次会议举行。于冲因已调任山东省旅游局党组书记，请求辞去市政府副市长职务。"
     "第二次全体会议表决通过《青岛市人民代表大会常务委员会关于接受于冲辞职请求的决定》，表决通过王书坚为青岛市人民政府副市长。",
     "resign decided 于冲 副市长 山东省青岛市人民政府"),
    ("黑龙江省第十二届人民代表大会常务委员会第二十次会议举行。会议听取了王东华作的《关于省人大常委会主任会议提请关于接受姜伟辞职"
     "和提名徐明为省人民检察院副检察长、决定代理检察长议案的说明》。会议表决通过了《黑龙江省人民代表大会常务委员会关于接受姜伟"
     "辞去省人民检察院检察长职务的请求的决定》。", "resign proposed 姜伟 检察长 黑龙江省人民检察院"),
    # made-up variants
    ("刘建平提出辞去湖南省株洲市人民政府副市长职务。会议表决通过了关于接受刘建平辞职请求的决定。",
     "resign decided 刘建平 副市长 湖南省株洲市人民政府"),
    ("会议表决通过了《关于接受陈海涛辞去广东省高级人民法院院长职务的决定》。会议听取了关于提请接受陈海涛辞职请求的议案的说明。",
     "resign proposed 陈海涛 院长 广东省高级人民法院"),
])
def test_resignation_without_post(text, fact):
    assert fact in acts_read(text)


@pytest.mark.parametrize("text,absent", [
    # no resignation with a post in the document: no post to give it
    ("会议表决通过了关于接受张三辞职请求的决定。", "resign decided 张三"),
    # a rumour
    ("张三提出辞去杭州市副市长职务。网传会议表决通过了关于接受张三辞职请求的决定。", "resign decided 张三"),
])
def test_resignation_without_post_negatives(text, absent):
    assert not {f for f in acts_read(text) if f.startswith(absent)}


def test_resignation_without_post_needs_one_post():
    # two posts resigned: which one the decision means is not said — the request is read, the
    # decision's title adds nothing
    text = "张三提出辞去杭州市副市长、杭州市公安局局长职务。会议表决通过了关于接受张三辞职请求的决定。"
    facts = acts_read(text)
    assert "resign proposed 张三 副市长 浙江省杭州市人民政府" in facts
    assert not {f for f in facts if f.startswith("resign decided")}
