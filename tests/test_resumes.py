"""Biographies, résumés and 任前公示 news (issue 9): the readers of kg.extract.careers, the act
shapes of 公示 news and the dating of a résumé's steps, on sentences written as real pages write
them (the names are made up)."""

from __future__ import annotations

from kg.extract import extract_document
from kg.extract.dating import Dating
from kg.reading import document_from_text


def _facts(text: str, jur: str | None = None, kinds: tuple[str, ...] = ("hold",)):
    doc = document_from_text(text, path="resume.txt")
    if jur:
        doc.jurisdiction = jur
    return {(f.kind, f.status, f.person, f.title, f.org, f.start, f.end, f.former)
            for f in extract_document(doc) if f.kind in kinds}


def test_resume_dated_lines_are_lines_of_their_own_and_keep_their_subject():
    # a résumé's lines with no punctuation at their end, ending in a bracketed note: each its own
    # line (kg.normalize), all of them the subject's, the open last line current
    text = ("王维国简历\n王维国，男，1963年10月出生，汉族，中共党员，1983年7月参加工作。\n"
            "1996.01-1997.03房县县委常委\n"
            "1998.10-2002.10房县县委副书记、县长（1999.01当选）（其间：1997.06-1999.09在职学习）\n"
            "2002.10-2004.01房县县委书记\n"
            "2004.01-2008.08十堰市副市长\n"
            "2008.08-2012.08十堰市委常委\n"
            "2012.09-十堰市委副书记、市长。\n")
    facts = _facts(text, "湖北省十堰市")
    assert ("hold", "decided", "王维国", "县长", "湖北省十堰市房县人民政府", "1998-10", "2002-10", True) in facts
    assert ("hold", "decided", "王维国", "书记", "中共湖北省十堰市房县委员会", "2002-10", "2004-01", True) in facts
    assert ("hold", "decided", "王维国", "常委", "中共湖北省十堰市委员会", "2008-08", "2012-08", True) in facts
    assert ("hold", "decided", "王维国", "市长", "湖北省十堰市人民政府", "2012-09", None, None) in facts


def test_resume_heading_names_the_subject_of_year_month_lines():
    text = ("徐守成简历\n\n1953年1月生，江苏如东人，研究生学历。\n\n"
            "1991年12月任江苏省连云港市委副书记、市长；\n\n2003年1月后任甘肃省委常委、常务副省长。\n")
    facts = _facts(text, "湖南省")
    assert ("hold", "decided", "徐守成", "市长", "江苏省连云港市人民政府", "1991-12", None, True) in facts
    assert ("hold", "decided", "徐守成", "常务副省长", "甘肃省人民政府", "2003-01", None, True) in facts


def test_gongshi_news_reads_proposed_posts_written_before_or_after_the_person():
    text = ("7月20日，浙江省委组织部发布省管领导干部任前公示通告。\n"
            "其中，拟任兰溪市委书记的朱瑞林和拟提名为兰溪市长候选人的蔡小艳则为1972年生人。\n"
            "1980年出生的连云港市灌云县委常委、常务副县长曹明华，拟推荐提名为灌云县县长人选。\n")
    acts = _facts(text, "浙江省", kinds=("appoint",))
    people = {(k, s, p, t, o) for k, s, p, t, o, *_ in acts}
    assert ("appoint", "proposed", "朱瑞林", "书记", "中共浙江省金华市兰溪市委员会") in people
    assert ("appoint", "proposed", "蔡小艳", "市长", "浙江省金华市兰溪市人民政府") in people
    assert ("appoint", "proposed", "曹明华", "县长", "江苏省连云港市灌云县人民政府") in people


def test_a_common_word_before_a_proposed_post_is_no_person():
    text = "本次共有7名出生于1975年及之后的官员拟任区县书记，或推荐提名为区县长人选。"
    assert _facts(text, "江苏省", kinds=("appoint",)) == set()


def test_a_career_step_is_no_event_date_but_a_meeting_is():
    doc = document_from_text("2017年8月调任深圳市委副书记、市长。\n目前，深圳市委书记由广东省委副书记王伟华兼任。")
    dating = Dating(doc)
    pos = doc.text.index("王伟华")
    assert dating.date_at(doc.text.index("目前"), end=pos).value is None
    doc2 = document_from_text("2021年8月，省委决定：张三任中共浙江省杭州市委员会书记。")
    d2 = Dating(doc2)
    assert d2.date_at(doc2.text.index("张三"), end=doc2.text.index("书记")).value == "2021-08"
