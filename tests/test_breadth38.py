"""Session 38: readings added or fixed on the development corpus (issue 9, Nationwide)."""

from kg.extract import extract_document
from kg.reading import document_from_text


def _facts(text: str) -> set[str]:
    doc = document_from_text(text)
    return {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in extract_document(doc)}


def test_a_minister_said_elected_is_appointed():
    """The congress decides a State Council department's head (titles.yaml state_council_heads): the
    press's 当选为…部长 is an appointment; a commission of the state (国家监察委员会) is elected."""
    got = _facts("其中，黑龙江省原省长陆某当选为新组建的自然资源部部长。会议选举王某为国家监察委员会主任。")
    assert "appoint decided 陆某 部长 中华人民共和国自然资源部" in got
    assert "elect decided 王某 主任 国家监察委员会" in got


def test_a_new_body_is_no_part_of_the_post():
    got = _facts("谢某寰出任新设的环境及生态局局长。")
    assert "appoint decided 谢某寰 局长 香港特别行政区政府环境及生态局" in got


def test_a_committee_title_after_a_place_committee_stays_the_committees():
    got = _facts("郭某龙历任西藏自治区党委副书记、常务副书记、书记等职。")
    assert {"hold decided 郭某龙 常务副书记 中共西藏自治区委员会", "hold decided 郭某龙 书记 中共西藏自治区委员会"} <= got


def test_a_surname_that_starts_words():
    """回 is a surname (回良玉) read only where the name is written whole; 调回北京 names nobody."""
    got = _facts("中共中央政治局委员回良玉，今天出任国务院副总理。张某调回北京任国家发改委副主任。")
    assert "hold decided 回良玉 委员 中共中央政治局" in got
    assert not any(" 回北京 " in f for f in got)


def test_report_verbs_are_no_part_of_a_body():
    got = _facts("报导引述大陆全国政协常委刘某铨表示。中国大陆人民银行副行长易某表示。")
    assert "hold decided 刘某铨 常委 中国人民政治协商会议全国委员会" in got
    assert "hold decided 易某 副行长 中国人民银行" in got


def test_a_bare_chief_executive_on_a_regions_page():
    got = _facts("澳门特别行政区政府公报。经济财政司司长梁某特。行政长官崔某安。")
    assert "hold decided 崔某安 行政长官 澳门特别行政区" in got
