"""Session 21 (holdings kg missed on many dev documents, "person not found", genres roster /
chronicle / bio / trad): names a copy ran together with no separator under a title — the
construction of that cause on the most different dev documents (roster-anhui-82, roster-multi-89,
roster-central-125, roster-guangdong-122). kg.extract.pair_rows.split_run cuts a run the likeliest way, only when
it is clearly likelier than the next (session 25: scored by the surnames' frequency);
each layout is read on the dev shape, on made-up variants (other names, places, titles) and on
lines that must give nothing."""

from __future__ import annotations

import pytest
from conftest import holds_read

from kg.extract.pair_rows import split_run


@pytest.mark.parametrize("run,names", [
    # dev shapes (roster-central-125, roster-anhui-82, roster-guangdong-122)
    ("李立三马叙伦陈劭先王昆仑罗隆基章乃器邵力子黄绍",
     ["李立三", "马叙伦", "陈劭先", "王昆仑", "罗隆基", "章乃器", "邵力子", "黄绍"]),
    ("宋孟邻李世焱李世农", ["宋孟邻", "李世焱", "李世农"]),
    ("郑抱真李云鹤沈子修", ["郑抱真", "李云鹤", "沈子修"]),
    # the likeliest of several cuts (session 25): 董必武 + 陈云 over 董必 + 武陈云 (董, 陈 common, 武 rarer
    # and a two-character name each way); 余亚农 + 吴光 over 余亚 + 农吴光 (农 a rare surname)
    ("董必武陈云郭沫若黄炎培", ["董必武", "陈云", "郭沫若", "黄炎培"]),
    ("朱雨江余立奎余亚农吴光", ["朱雨江", "余立奎", "余亚农", "吴光"]),
    # 于 / 和 / 从 inside a name at a cost; 操, 赛, 薄 surnames (roster-anhui-82, roster-multi-89)
    ("张月潭张恺帆梁从学陈元良陈粹吾", ["张月潭", "张恺帆", "梁从学", "陈元良", "陈粹吾"]),
    ("程明远贺升平潘锷蔡蹈和郑伯川操震球", ["程明远", "贺升平", "潘锷", "蔡蹈和", "郑伯川", "操震球"]),
    ("习仲勋张治中马明方杨明轩赛福鼎", ["习仲勋", "张治中", "马明方", "杨明轩", "赛福鼎"]),
    ("于立军李明华王强", ["于立军", "李明华", "王强"]),
    # made up
    ("李明华赵一鸣孙立平", ["李明华", "赵一鸣", "孙立平"]),
    ("孙立平周海波钱卫东", ["孙立平", "周海波", "钱卫东"]),
])
def test_split_run_one_way(run, names):
    assert split_run(run) == names


@pytest.mark.parametrize("run", [
    "谭平山谢觉哉罗瑞卿薄一波曾山滕代远章伯钧",  # 曾山 + 滕代远 or 曾山滕 + 代远: about as likely, left unread
    "毕业于北京大学", "李明和王强出席",
    "李明华王强",  # 李明华 + 王强 or 李明 + 华王强
    "罗平龚意农",  # two names only: prose cuts into two as often (王永 + 康出席)
    "王永康出席会议", "毕业于延边大学农学院", "江西上饶人", "严格依法行政和公正司法",
    "秦淮區代區長司勇",  # a post inside (traditional characters too)
    "代政治明星胡春华",
    "张建国",  # one name is no run
    "县委书记", "杭州市委书记", "中共淳安县委员会", "副县长李明华", "王强出席会议",
])
def test_split_run_refuses(run):
    assert split_run(run) is None


# -- a list headed by its body and titles: a title alone on its line over lines of names run together
#    (roster-central-125: "政务委员" / "谭平山…章伯钧" / "李立三…黄绍") ----------------------------------------
def test_titled_list_title_over_run_together_names():
    got = holds_read("政务院总理、副总理、政务委员、秘书长名单\n总理周恩来\n政务委员\n"
                     "谭平山谢觉哉罗瑞卿薄一波曾山滕代远章伯钧\n李立三马叙伦陈劭先王昆仑罗隆基章乃器邵力子黄绍\n"
                     "（1949年10月19日中央人民政府委员会第三次会议通过任命）\n秘书长李维汉\n")
    members = {g.split()[0] for g in got if g.split()[1] == "政务委员"}
    assert members == {"李立三", "马叙伦", "陈劭先", "王昆仑", "罗隆基", "章乃器", "邵力子", "黄绍"}
    assert {"周恩来 总理 None", "李维汉 秘书长 None"} <= got


@pytest.mark.parametrize("text,facts", [
    ("淳安县人民政府县长、副县长名单\n县长张建国\n副县长\n李明华赵一鸣孙立平\n",
     {"张建国 县长 浙江省杭州市淳安县人民政府", "李明华 副县长 浙江省杭州市淳安县人民政府",
      "赵一鸣 副县长 浙江省杭州市淳安县人民政府", "孙立平 副县长 浙江省杭州市淳安县人民政府"}),
    # a run that cuts two ways gives nothing, and the title goes on to no other line
    ("淳安县人民政府县长、副县长名单\n县长张建国\n副县长\n李明华王强\n", {"张建国 县长 浙江省杭州市淳安县人民政府"}),
    ("淳安县人民政府县长、副县长名单\n县长张建国\n副县长\n县政府办公室主任\n", {"张建国 县长 浙江省杭州市淳安县人民政府"}),
])
def test_titled_list_variants(text, facts):
    assert holds_read(text) == facts


# -- a label alone on its line over a line of names run together (the names-under-labels layout) ----
@pytest.mark.parametrize("text,facts", [
    ("杭州市人民政府\n副市长\n李明华赵一鸣孙立平\n",
     {"李明华 副市长 浙江省杭州市人民政府", "赵一鸣 副市长 浙江省杭州市人民政府", "孙立平 副市长 浙江省杭州市人民政府"}),
    ("中共淳安县委员会\n副书记\n孙立平周海波钱卫东\n",
     {"孙立平 副书记 中共浙江省杭州市淳安县委员会", "周海波 副书记 中共浙江省杭州市淳安县委员会",
      "钱卫东 副书记 中共浙江省杭州市淳安县委员会"}),
])
def test_label_over_run_together_names(text, facts):
    assert holds_read(text) == facts


@pytest.mark.parametrize("text", [
    "杭州市人民政府\n副市长\n李明华王强\n",  # two ways to cut
    "杭州市人民政府\n副市长\n市政府办公室工作人员\n",  # no names
    "杭州市人民政府\n副市长\n王强出席会议\n",  # running text
    "杭州市人民政府\n副市长\n李明华赵一鸣\n",  # two names run together: unread (prose cuts so as often)
])
def test_label_over_run_together_names_negative(text):
    assert holds_read(text) == set()
