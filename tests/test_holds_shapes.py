"""Hold tables with example sentences: kg/data/shared_posts.yaml (a bare title after a comma
shares the body of the person named before it)."""

from __future__ import annotations

import pytest

from kg.extract.holds import extract_holds
from kg.extract.mentions import _shared_table
from conftest import doc_as_written


def _holds(text: str, jur: str | None):
    doc = doc_as_written(text, jur, "2024-07-05", path="holds_test.txt", year=None)
    return {(f.person, f.title, f.org) for f in extract_holds(doc) if f.kind == "hold"}


@pytest.mark.parametrize("example", _shared_table()["examples"] + _shared_table()["negatives"],
                         ids=lambda e: e["text"][:12])
def test_shared_posts_examples(example):
    assert _holds(example["text"], example.get("jurisdiction")) == {tuple(x) for x in example["facts"]}


def _facts(text: str, jur: str | None):
    doc = doc_as_written(text, jur, "2024-07-05", path="holds_test.txt", year=None)
    return extract_holds(doc)


MENTIONS = [
    # who proposes a standing committee's acts: 根据 / 会议根据 is no part of the body
    ("会议根据市中级人民法院院长罗雄提请，免去部分审判人员职务。", "福建省漳州市",
     {("罗雄", "院长", "福建省漳州市中级人民法院", None)}),
    ("根据市人民检察院检察长刘建国的提请，任命陈红为检察员。", "湖南省怀化市",
     {("刘建国", "检察长", "湖南省怀化市人民检察院", None)}),
    # 原 / 曾任 before the posts: former holds, every post of the chain after the mark
    ("原漳州市委副书记、副市长陈冬接李建国出任漳州市代市长。", "福建省",
     {("陈冬", "副书记", "中共福建省漳州市委员会", True), ("陈冬", "副市长", "福建省漳州市人民政府", True)}),
    ("曾任西湖区区长刘颖。", "浙江省杭州市", {("刘颖", "区长", "浙江省杭州市西湖区人民政府", True)}),
    # an age or a chronicle day before the post
    ("决定由55岁的福建省副省长苏增添兼任福州市委副书记。", None, {("苏增添", "副省长", "福建省人民政府", None)}),
    # a title, then its holders
    ("目前国务院副秘书长至少有7人，分别是王志军、王永红。", None,
     {("王志军", "副秘书长", "中华人民共和国国务院", None), ("王永红", "副秘书长", "中华人民共和国国务院", None)}),
    # a session's executive chairs: the session named before, with its place
    ("1月15日上午，云南省第十四届人民代表大会第一次会议闭幕。担任本次大会执行主席的还有：石玉钢、李小三。", "云南省",
     {("石玉钢", "执行主席", "云南省第十四届人民代表大会第一次会议", None),
      ("李小三", "执行主席", "云南省第十四届人民代表大会第一次会议", None)}),
    # a name before the head title of the document's own level (or the level it lies in)
    ("原由张曙光副省长担任的湖长调整为由章曦副省长担任。", "安徽省合肥市",
     {("张曙光", "副省长", "安徽省人民政府", None), ("章曦", "副省长", "安徽省人民政府", None)}),
    ("会议决定郑皓副区长代理通州区政府区长职务。常务副区长主持。李四副县长讲话。", "北京市通州区",
     {("郑皓", "副区长", "北京市通州区人民政府", None)}),
    # 任 after a name starts its next post; 任免 / 担任 do not
    ("江西省委常委吴晓军任南昌市委书记。", "江西省", {("吴晓军", "常委", "中共江西省委员会", None)}),
    # a place without its level before the head title: the place's government; the next
    # post's 市委 is that city's
    ("省政协办公厅主任，宣城市长，安庆市长、市委书记王某某出席。", "安徽省合肥市",
     {("王某某", "主任", "中国人民政治协商会议安徽省委员会办公厅", None),
      ("王某某", "市长", "安徽省宣城市人民政府", None), ("王某某", "市长", "安徽省安庆市人民政府", None),
      ("王某某", "书记", "中共安徽省安庆市委员会", None)}),
    # a name with its posts in brackets, inline
    ("出席会议的领导有：陈刚（自治区党委书记）、蓝天立（自治区主席）。", "广西壮族自治区",
     {("陈刚", "书记", "中共广西壮族自治区委员会", None), ("蓝天立", "主席", "广西壮族自治区人民政府", None)}),
    # a title, a colon, its holders; names separated by spaces
    ("出席：市人大常委会副主任：张三、李四；市政府副市长：赵六。", "河北省石家庄市",
     {("张三", "副主任", "河北省石家庄市人民代表大会常务委员会", None),
      ("李四", "副主任", "河北省石家庄市人民代表大会常务委员会", None),
      ("赵六", "副市长", "河北省石家庄市人民政府", None)}),
    ("市人大常委会副主任张三 李四出席会议。", "河北省石家庄市",
     {("张三", "副主任", "河北省石家庄市人民代表大会常务委员会", None),
      ("李四", "副主任", "河北省石家庄市人民代表大会常务委员会", None)}),
    # names written whole in a list may hold 向 / 号 after the surname
    ("省人大常委会副主任邓向阳、任军号、王树芬出席。", "云南省",
     {("邓向阳", "副主任", "云南省人民代表大会常务委员会", None),
      ("任军号", "副主任", "云南省人民代表大会常务委员会", None),
      ("王树芬", "副主任", "云南省人民代表大会常务委员会", None)}),
    # 现任 / 还有 before the posts; a name before its birth in brackets
    ("现任枣庄市委副书记、市长李峰，拟任枣庄市委书记。", "山东省枣庄市",
     {("李峰", "副书记", "中共山东省枣庄市委员会", None), ("李峰", "市长", "山东省枣庄市人民政府", None)}),
    ("李永红是继德州市市长陈飞（1975年1月生）之后的又一位。", "山东省",
     {("陈飞", "市长", "山东省德州市人民政府", None)}),
    # 道 ending a name inside a list is no verb of saying
    ("市人大常委会副主任冯正道、董亚丽出席会议。", "河南省济源市",
     {("冯正道", "副主任", "河南省济源市人民代表大会常务委员会", None),
      ("董亚丽", "副主任", "河南省济源市人民代表大会常务委员会", None)}),
]


@pytest.mark.parametrize("text,jur,want", MENTIONS, ids=[m[0][:10] for m in MENTIONS])
def test_mention_forms(text, jur, want):
    assert {(f.person, f.title, f.org, f.former) for f in _facts(text, jur)} == want


def test_mention_negatives():
    # a sentence-final 说 is not part of the name; "前进街道" is a place, not 前 + a post
    assert "王俊说" not in {f.person for f in _facts("区委书记王俊说，要抓好落实。", "重庆市巴南区")}
    assert all(f.former is None for f in _facts("前进街道党工委书记张平出席。", "重庆市巴南区"))
    # an election result ("副主席是：…") is an act, never read as holds here
    assert _facts("政协第十二届全国委员会副主席是：杜青林、令计划。", None) == []
    # a bracket that is not all posts names nothing
    assert _facts("王强（女，汉族）出席。刘松（主持日常工作）讲话。", "重庆市巴南区") == []


def test_list_rows_name_colon_posts():
    text = "福州市人民政府领导名单：\n- 吴贤德：福州市委副书记，市政府市长、党组书记。\n- 兰文：福建省福州新区党工委副书记、管委会主任。\n- 说明：以上名单按职务排列。\n"
    got = {(f.person, f.title) for f in _facts(text, "福建省福州市")}
    assert {("吴贤德", "副书记"), ("吴贤德", "市长"), ("吴贤德", "党组书记"), ("兰文", "副书记")} <= got
    assert not any(p == "说明" for p, _ in got)


def test_leadership_page_posts_line_then_name_line():
    text = "主要领导为：\n光明区\n光明区委书记、区长\n蔡 颖\n光明区人大常委会主任\n周荣生\n"
    got = {(f.person, f.title, f.org) for f in _facts(text, "广东省深圳市")}
    assert got >= {("蔡颖", "书记", "中共广东省深圳市光明区委员会"), ("蔡颖", "区长", "广东省深圳市光明区人民政府"),
                   ("周荣生", "主任", "广东省深圳市光明区人民代表大会常务委员会")}
    assert all(p != "光明区" for p, _, _ in got)
