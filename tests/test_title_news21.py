"""News breadth, session 21 ("other title" / "title nested" misses of the dev gold outside the bio,
trad, roster, chronicle and electbio genres): kg had the person, but not this post. The
constructions built are those found on four or more different dev documents; each is tried on the
dev sentence's shape, on made-up variants (other names, places, titles) and on sentences that must
give nothing.

- a career step dated to its year or month whose name carries what the news says of it before
  (任职一年多的 / 时年37岁的 / 时任…的, or 时任 and the posts then held) or an adverb after (进一步):
  career shape dated_modified, and the next step `，并随后担任…` (shape continued).
"""

from __future__ import annotations

from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _read(text: str):
    return [f for f in extract_holds(document_from_text(text, "title_news21.txt")) if f.kind == "hold"]


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text)}


def _career(text: str, shape: str):
    return {(f.person, f.title, f.org) for f in _read(text) if (f.notes or {}).get("career") == shape}


# -- a dated career step with a modifier before the name or an adverb after it ---------------------------------


def test_a_dated_step_after_a_modifier_of_the_name():
    text = "2013年4月，任职一年多的张敬华履新江苏省政府秘书长、党组成员。"
    assert _career(text, "dated_modified") == {("张敬华", "秘书长", "江苏省人民政府"),
                                                ("张敬华", "党组成员", "江苏省人民政府")}
    facts = [f for f in _read(text) if f.person == "张敬华"]
    assert {(f.start, f.former) for f in facts} == {("2013-04", True)}
    got = _keys("2013年初，时年37岁的李世峰履新南京市政府外事办公室主任，是当时南京市政府41个组成部门一把手中最年轻的一位。")
    assert ("李世峰", "主任", "江苏省南京市人民政府外事办公室") in got
    # made-up variants: another modifier, place and verb
    got = _keys("2018年3月，在基层工作多年的李某军调任湖南省衡阳市委常委、组织部部长。")
    assert {("李某军", "常委", "中共湖南省衡阳市委员会"), ("李某军", "部长", "中共湖南省衡阳市委员会组织部")} <= got
    got = _keys("2016年9月，年仅42岁的王某霞升任江西省赣州市副市长。")
    assert ("王某霞", "副市长", "江西省赣州市人民政府") in got


def test_a_dated_step_after_the_posts_then_held():
    text = ("黑龙江省委常委缺员多人。2023年12月，时任省纪委书记、省监委主任张巍转任河南省委常委、省纪委书记，"
            "时任常务副省长王一新落马。")
    got = _career(text, "dated_modified")
    assert got == {("张巍", "常委", "中共河南省委员会"), ("张巍", "书记", "中共河南省纪律检查委员会")}
    # the posts then held stay the mention reader's former holdings (the name is not consumed by the clause)
    then = {(f.person, f.title) for f in _read(text) if (f.notes or {}).get("mention")}
    assert {("张巍", "书记"), ("张巍", "主任")} <= then
    # a variant: the posts then held before 的
    got = _keys("2019年6月，时任长沙市副市长的王某明调任湖南省湘潭市委副书记。")
    assert ("王某明", "副书记", "中共湖南省湘潭市委员会") in got
    assert ("王某明", "副市长", "湖南省长沙市人民政府") in got  # (held_by, as before)


def test_a_dated_step_with_an_adverb_and_the_next_step():
    text = ("2018年2月，鲁霞光调任衢州市开化县委副书记、县长。2020年5月，他进一步接任开化县委书记，"
            "并随后担任衢州市委副秘书长、一级调研员。")
    got = _keys(text)
    assert ("鲁霞光", "书记", "中共浙江省衢州市开化县委员会") in got
    assert ("鲁霞光", "副秘书长", "中共浙江省衢州市委员会") in got
    # a variant: another adverb, place and post
    got = _keys("2015年1月，赵某东调任安徽省芜湖市副市长。2017年3月，他再次转任安徽省铜陵市委常委、常务副市长。")
    assert {("赵某东", "常委", "中共安徽省铜陵市委员会"), ("赵某东", "常务副市长", "安徽省铜陵市人民政府")} <= got


def test_no_dated_step_without_posts_or_name():
    assert _career("2013年4月，任职一年多的张某华履新后表示，将尽快熟悉情况。", "dated_modified") == set()
    assert _career("2012年3月，主政镇江4年的市委书记许某荣升任江苏省副省长，时任徐州市市长的张某华接任。",
                   "dated_modified") == set()
    assert _career("2020年5月，他进一步接任领导工作。", "dated_modified") == set()
    assert _career("2021年8月，新当选的代表进一步明确任务。", "dated_modified") == set()
    assert _keys("2019年5月，刚刚成立的工作专班随即转任各项任务。") == set()
