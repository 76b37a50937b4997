"""Session 39: readings added or fixed on the development corpus (issue 9, Nationwide), one row each:
the text, the facts it must give ("kind status person title org") and words no fact may hold."""

import pytest

from readings import read_facts

CASES = [
    # a name never takes the first character of the place its post is written with (胡东 + 绵阳市…)
    ("决定免去胡某绵阳市教育和体育局局长职务。", {"remove decided 胡某 局长 四川省绵阳市教育和体育局"}, ("胡某绵",)),
    # one move a clause: 、 after 出任 / 代理 before another post taken by someone
    ("民政处长由副处长陈某兴出任、卫生局长由副局长李某治出任。",
     {"appoint decided 陈某兴 处长 None", "appoint decided 李某治 局长 None"}, ()),
    # a party committee no body is written for is the body of its secretary (书记 of 党委, org unknown)
    ("在随后召开的委员会第一次全体会议上，亓某红同志当选党委书记，陈某男同志当选党委副书记。",
     {"elect decided 亓某红 书记 None", "elect decided 陈某男 副书记 None"}, ("党委书记",)),
    # …but a list's body stays the body of the committee's posts after it
    ("中央批准：张某群同志任西安交通大学校长、党委副书记。",
     {"appoint decided 张某群 党委副书记 西安交通大学"}, ()),
    # a Hong Kong married name after a title (常秘 the press's 常任秘书长) is read whole
    ("公务员事务局局长由现任常秘杨何蓓茵出任。", {"appoint decided 杨何蓓茵 局长 香港特别行政区政府公务员事务局"}, ()),
    # a month alone opening the sentence dates a move: a career step, no act
    ("5月，原任江苏省纪委派驻省委统战部纪检监察组组长的姚某江，调任天津市机关事务管理局局长。", set(), ("appoint",)),
    # a list of titled names after 新聘任的 / 新任命的: appointments reported as done, no holdings
    ("李克强向新聘任的国务院参事林某夫、杜某和中央文史研究馆馆员李某宽颁发聘书。",
     {"appoint decided 林某夫 参事 中华人民共和国国务院", "appoint decided 李某宽 馆员 中央文史研究馆"}, ("hold",)),
    # holders written as one run of names after their title (a page that lost its spaces; pair_rows.split_run)
    ("现任中共四川省委常务委员会委员有王某晖黄强施小琳（女）、廖建宇。",
     {"hold decided 王某晖 常委 中共四川省委员会", "hold decided 黄强 常委 中共四川省委员会",
      "hold decided 施小琳 常委 中共四川省委员会", "hold decided 廖建宇 常委 中共四川省委员会"}, ()),
    # a plan is no act (有意安排 / 打算 / 计划安排)
    ("消息指，早前政府有意安排运输署署长李某恩升任政制局常任秘书长。", set(), ("appoint",)),
    # 任命 is no name (not_names.txt); 选出 opens no body (选出新一任最高人民检察院检察长A)
    ("省委关于上述区域书记任命的通知。全国人大选出新一任最高人民检察院检察长应某。",
     {"hold decided 应某 检察长 最高人民检察院"}, ("任命 ",)),
    # a Taiwan county government's 参议
    ("综合发展处长魏某成调任县府参议。", {"appoint decided 魏某成 参议 None"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session39_readings(text, wanted, never):
    _, got = read_facts(text)
    assert wanted <= got
    assert not any(word in fact for word in never for fact in got)

