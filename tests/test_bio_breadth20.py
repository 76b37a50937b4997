"""Biographies, session 20 round 2 (breadth): constructions kg missed on three or more of 30 new bio
pages of many sites (the pages are not in the corpus: they have no gold). Each rule is tried on
made-up variants (other names, places, titles) and on sentences that must give nothing:

- a post before 的 and its holder's name that ends before 严重 / 被 / 与 / 因 / 搭档, an honour (院士)
  allowed before the name (career shape held_by: "时任广东省政协主席的朱明国严重违纪…");
- an adverb of time after a name (此前 / 再次 / 首次) — after a title and a name (kg.extract.mentions
  AFTER: "江西省政协主席黄跃金此前曾…") and between a name and 履新 (act shape took_up_post:
  "陆文忠此前已履新…", "孟凡利再次跨省履新…");
- a next step written without its subject: "，随后当选X" (career shape continued) and a sentence opened
  by 后 and a move verb ("。后调任X": career shape sequel).
"""

from __future__ import annotations

from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _read(text: str):
    return extract_holds(document_from_text(text, "bio_breadth20.txt"))


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text) if f.kind == "hold"}


def test_a_post_before_its_holder_ends_before_a_verb_of_news():
    got = _keys("去年11月，时任广东省政协主席的朱某国严重违纪违法接受组织调查。")
    assert ("朱某国", "主席", "中国人民政治协商会议广东省委员会") in got
    got = _keys("2013年12月，时任四川省政协主席的李某禧被查。")
    assert ("李某禧", "主席", "中国人民政治协商会议四川省委员会") in got
    got = _keys("曾任河北省委副书记的付某方与之仕途轨迹颇为相似。")
    assert ("付某方", "副书记", "中共河北省委员会") in got
    # a variant: another place and title
    got = _keys("时任湖南省长沙市委书记的张某华因工作调动离任。")
    assert ("张某华", "书记", "中共湖南省长沙市委员会") in got
    assert all(f.former for f in _read("时任湖南省长沙市委书记的张某华因工作调动离任。") if f.kind == "hold")


def test_an_honour_between_the_post_and_the_name():
    got = _keys("时任浙江大学校长的中国科学院院士吴某晖被查。")
    assert ("吴某晖", "校长", "浙江大学") in got
    assert not any(p.endswith("院士") or "院士" in p for p, _, _ in got)


def test_no_holder_read_from_a_post_phrase_without_a_name():
    assert _keys("曾任领导职务的同志与群众座谈。") == set()
    assert _keys("担任评审的院士被邀请出席。") == set()
    assert _keys("时任领导班子的成员严重违纪。") == set()


def test_an_adverb_of_time_after_a_title_and_a_name():
    got = _keys("江西省政协主席黄某金此前曾长期在统战系统工作。")
    assert ("黄某金", "主席", "中国人民政治协商会议江西省委员会") in got
    got = _keys("据报道，内蒙古自治区原党委副书记孟某利再次跨省履新。")
    assert ("孟某利", "副书记", "中共内蒙古自治区委员会") in got
    got = _keys("湖南省委常委、长沙市委书记张某首次跨省任职。")
    assert ("张某", "书记", "中共湖南省长沙市委员会") in got
    # no name after the title: nothing
    assert _keys("市长此前表示，要加快发展。") == set()
    assert _keys("县委书记此前再次强调。") == set()


def test_a_next_step_elected_without_its_subject():
    got = _keys("2016年6月，王某波出任福建省上杭县委副书记，随后当选上杭县县长。")
    assert ("王某波", "副书记", "中共福建省龙岩市上杭县委员会") in got
    assert ("王某波", "县长", "福建省龙岩市上杭县人民政府") in got
    got = _keys("2012年3月，李某明出任浙江省嘉兴市海宁市委副书记，后当选为海宁市市长。")
    assert ("李某明", "市长", "浙江省嘉兴市海宁市人民政府") in got
    assert _keys("大会选举产生了新一届委员会，随后当选的代表发言。") == set()


def test_a_sentence_opened_by_hou_and_a_move():
    text = ("2021年7月，翟某伟任共青团江苏省盐城市委书记，时年34岁。后调任盐城市盐都区委副书记、"
            "大冈镇党委书记，至此番履新。")
    got = _keys(text)
    assert ("翟某伟", "副书记", "中共江苏省盐城市盐都区委员会") in got
    assert ("翟某伟", "书记", "中共江苏省盐城市盐都区大冈镇委员会") in got
    got = _keys("2015年3月，周某平任四川省绵阳市副市长，时年45岁。后转任绵阳市委常委、秘书长。")
    assert ("周某平", "秘书长", "中共四川省绵阳市委员会") in got
    assert _keys("会议结束。后调任的干部要尽快到岗。") == set()


def test_an_honour_before_the_subject_of_a_dated_step():
    text = ("再往前追溯，中国工程院院士金某寒于2019年任天津大学校长，中国科学院院士吴某晖于2015年任浙江大学校长，"
            "中国工程院院士郭某明于2014年任大连理工大学校长等。")
    got = _keys(text)
    assert {("金某寒", "校长", "天津大学"), ("吴某晖", "校长", "浙江大学"), ("郭某明", "校长", "大连理工大学")} <= got
    assert not any("院士" in p for p, _, _ in got)
    got = _keys("中国科学院院士高某目前仍担任华南理工大学党委副书记、校长。")
    assert ("高某", "校长", "华南理工大学") in got
    assert all(not f.former for f in _read("中国科学院院士高某目前仍担任华南理工大学党委副书记、校长。"))
    assert _keys("院士专家工作站于2019年任务完成。") == set()


def test_the_subject_after_de_with_its_birth_date_first():
    text = "最新履新的李某成1964年12月出生于内蒙古，大地测量学家，曾任武汉大学副校长。"
    assert ("李某成", "副校长", "武汉大学") in _keys(text)
    # the post before goes to another person only when the text says so
    text = "王某勤升任清华大学校长。最新履新的李某成1964年12月出生于内蒙古，曾任武汉大学副校长。"
    got = _keys(text)
    assert ("李某成", "副校长", "武汉大学") in got and ("王某勤", "副校长", "武汉大学") not in got


def test_she_after_a_sentence_closed_by_a_name_after_haiyou():
    text = ("生于1955年的吉林省政协主席黄某明也曾长期在中央工作。\n"
            "从中央调任地方任政协主席的还有乔某秀。她在2008年到2010年间任全国总工会副主席，2010年1月任浙江省政协主席。")
    got = _keys(text)
    assert ("乔某秀", "主席", "中国人民政治协商会议浙江省委员会") in got
    assert ("黄某明", "主席", "中国人民政治协商会议浙江省委员会") not in got
    # 他们 is not the name's person
    text = "张某华，男，1960年生。出席会议的还有李某。他们曾任浙江省政协委员。2010年1月任浙江省政协主席。"
    assert ("李某", "主席", "中国人民政治协商会议浙江省委员会") not in _keys(text)
