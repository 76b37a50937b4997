"""A people's government's appointment notice (issue 9, genre govnotice): the acts of its list
take the notice's 文号, its signature date and, as deciding body, the government the lead names
(经市政府研究，决定：) or, with a bare lead (经研究决定：), the issuer of the notice — on the title
line (X关于…的通知) or alone on the line above it."""

from __future__ import annotations

from kg.extract import merge_facts
from kg.extract.acts import extract_acts
from kg.reading import document_from_text

NOTICE = """泸州市人民政府
关于张明等同志职务任免的通知
泸市府人〔2021〕12号

各区县人民政府，市级各部门：
{lead}
任命张明为市财政局副局长（试用期一年）；
王强同志任市审计局副局长，免去其市统计局副局长职务；
免去赵刚的市财政局副局长职务。

泸州市人民政府
2021年3月5日
"""


def _acts(text: str, jurisdiction: str | None) -> list:
    doc = document_from_text(text, path="t.txt")
    doc.jurisdiction = jurisdiction
    return merge_facts(extract_acts(doc))


def test_a_government_notice_gives_its_number_date_and_decider():
    for lead in ("经市政府研究，决定：", "经研究决定："):
        facts = _acts(NOTICE.format(lead=lead), "四川省泸州市")
        assert {(f.kind, f.person, f.title, f.org) for f in facts} == {
            ("appoint", "张明", "副局长", "四川省泸州市财政局"),
            ("appoint", "王强", "副局长", "四川省泸州市审计局"),
            ("remove", "王强", "副局长", "四川省泸州市统计局"),
            ("remove", "赵刚", "副局长", "四川省泸州市财政局")}, lead
        assert {(f.date, f.decided_by, f.doc_number) for f in facts} == {
            ("2021-03-05", "四川省泸州市人民政府", "泸市府人〔2021〕12号")}, lead


def test_the_issuer_on_the_title_line_decides():
    text = ("大方县人民政府关于任免罗军等同志职务的通知\n方府人〔2022〕5号\n经研究决定：\n罗军同志任县农业农村局局长；\n"
            "免去周平同志的县农业农村局局长职务。\n大方县人民政府\n2022年4月8日")
    facts = _acts(text, "贵州省毕节市大方县")
    assert {(f.kind, f.person, f.decided_by, f.date) for f in facts} == {
        ("appoint", "罗军", "贵州省毕节市大方县人民政府", "2022-04-08"),
        ("remove", "周平", "贵州省毕节市大方县人民政府", "2022-04-08")}


def test_secondment_and_engagement_lines_of_a_county_notice():
    text = ("桐梓县人民政府关于刘洋等同志任职的通知\n桐府任〔2023〕3号\n经县人民政府研究，决定：\n"
            "刘洋同志挂职任县发展和改革局副局长（挂职时间一年）；\n任命孙丽为县卫生健康局副局长（挂职）；\n"
            "聘任陈涛为县人民政府法律顾问；\n解聘郑伟的县人民医院副院长职务。\n桐梓县人民政府\n2023年5月10日")
    facts = _acts(text, "贵州省遵义市桐梓县")
    assert {(f.kind, f.person, f.title, f.org, bool(f.secondment)) for f in facts} == {
        ("appoint", "刘洋", "副局长", "贵州省遵义市桐梓县发展和改革局", True),
        ("appoint", "孙丽", "副局长", "贵州省遵义市桐梓县卫生健康局", True),
        ("appoint", "陈涛", "法律顾问", "贵州省遵义市桐梓县人民政府", False),
        ("remove", "郑伟", "副院长", "贵州省遵义市桐梓县人民医院", False)}
    assert {(f.date, f.decided_by) for f in facts} == {("2023-05-10", "贵州省遵义市桐梓县人民政府")}
