"""Session 38: readings added or fixed on the development corpus (issue 9, Nationwide), one row each:
the text, the facts it must give ("kind status person title org") and words no fact may hold."""

import pytest

from readings import read_facts

CASES = [
    # the congress decides a State Council department's head (titles.yaml state_council_heads): the press's
    # 当选为…部长 is an appointment; a commission of the state (国家监察委员会) is elected
    ("其中，黑龙江省原省长陆某当选为新组建的自然资源部部长。会议选举王某为国家监察委员会主任。",
     {"appoint decided 陆某 部长 中华人民共和国自然资源部", "elect decided 王某 主任 国家监察委员会"}, ()),
    # 新设的 before a body is no part of it
    ("谢某寰出任新设的环境及生态局局长。", {"appoint decided 谢某寰 局长 香港特别行政区政府环境及生态局"}, ()),
    # a committee's own titles after a place's party committee stay the committee's
    ("郭某龙历任西藏自治区党委副书记、常务副书记、书记等职。",
     {"hold decided 郭某龙 常务副书记 中共西藏自治区委员会", "hold decided 郭某龙 书记 中共西藏自治区委员会"}, ()),
    # 回 is a surname (回良玉) read where the name is written whole; 调回北京 names nobody
    ("中共中央政治局委员回良玉，今天出任国务院副总理。张某调回北京任国家发改委副主任。",
     {"hold decided 回良玉 委员 中共中央政治局"}, (" 回北京 ",)),
    # a report's verbs and 中国大陆 are no part of a body
    ("报导引述大陆全国政协常委刘某铨表示。中国大陆人民银行副行长易某表示。",
     {"hold decided 刘某铨 常委 中国人民政治协商会议全国委员会", "hold decided 易某 副行长 中国人民银行"}, ("报导",)),
    # a bare 行政长官 on a region's page is the region's (titles.yaml government_heads bare_in_level)
    ("澳门特别行政区政府公报。经济财政司司长梁某特。行政长官崔某安。",
     {"hold decided 崔某安 行政长官 澳门特别行政区"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session38_readings(text, wanted, never):
    _, got = read_facts(text)
    assert wanted <= got
    assert not any(word in fact for word in never for fact in got)
