"""Biographies (samples/000): person attributes and the current posts after 现任."""

from __future__ import annotations

from kg.extract.bio import extract
from kg.reading import document_from_text


def _doc(text: str):
    doc = document_from_text(text, "000_test.txt")
    doc.jurisdiction, doc.date = "重庆市巴南区", "2025-06-26"
    return doc


def test_bio_attributes_and_current_post():
    doc = _doc("刘松,男,汉族,1974年3月生,重庆璧山人,大学学历,1992年12月参加工作,1994年8月加入中国共产党。"
               "现任重庆市巴南区退役军人事务局党组书记。\n")
    (fact,) = extract(doc)[0]
    assert (fact.person, fact.title, fact.org) == ("刘松", "党组书记", "重庆市巴南区退役军人事务局")
    assert fact.person_attrs == {"gender": "男", "ethnicity": "汉族", "birth": "1974-03",
                                 "native_place": "重庆璧山", "education": "大学学历",
                                 "work_start": "1992-12", "party_join": "1994-08"}
    assert fact.date == "2025-06-26"


def test_bio_judge_rank_is_a_rank_and_the_post_keeps_the_court_unit():
    doc = _doc("李杰，男，汉族，1986年5月出生，湖北天门人，研究生学历，法律硕士，2010年8月参加工作，"
               "2006年12月加入中国共产党，现任重庆市巴南区人民法院审判管理办公室（研究室）一级法官、副主任。\n")
    facts = {(f.kind, f.title): f for f in extract(doc)[0]}
    assert facts[("rank", "一级法官")].org is None
    assert facts[("hold", "副主任")].org == "重庆市巴南区人民法院审判管理办公室"
    assert facts[("hold", "副主任")].person_attrs["degree"] == "法律硕士"


def test_bio_candidacy_is_not_a_post():
    doc = _doc("赵吉春,男,汉族,1969年1月生,重庆铜梁人,大学学历、法律硕士,1991年7月参加工作,1995年9月加入中国共产党。"
               "现任重庆市巴南区副区长人选,区公安分局局长、督察长(兼)。\n")
    titles = {f.title for f in extract(doc)[0]}
    assert titles == {"局长", "督察长"}


def test_bio_career_lines_have_start_and_end():
    doc = _doc("王某,男,汉族,1970年1月生,重庆人,大学学历。现任重庆市巴南区财政局局长。\n"
               "2015.06—2018.03 重庆市巴南区审计局局长\n")
    career = [f for f in extract(doc)[0] if (f.notes or {}).get("career")]
    assert [(f.title, f.start, f.end, f.former) for f in career] == [("局长", "2015-06", "2018-03", True)]
