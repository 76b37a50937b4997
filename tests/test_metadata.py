"""kg.metadata: title, date, year and jurisdiction read from the five samples and small texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document
from kg.reading import document_from_text, read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def samples() -> dict[str, Document]:
    return {p.name[:3]: read_document(str(p)) for p in sorted(SAMPLES.glob("*.txt"))}


def test_metadata_000_journal_issue(samples):
    doc = samples["000"]
    assert doc.jurisdiction == "重庆市巴南区"
    assert doc.date == "2025-06" and doc.year == 2025
    assert doc.title == "重庆市巴南区人大常委会 2025年第3期（总第63期）"
    assert doc.meta["issue"] == "2025年第3期（总第63期）"
    assert "2025-06-26" in doc.meta["meeting_dates"]
    assert doc.meta["period"] == ["2025-05-01", "2025-06-30"]


def test_metadata_001_report_with_labelled_dates(samples):
    doc = samples["001"]
    assert doc.jurisdiction == "重庆市巴南区"
    assert doc.date == "2025-03-05"
    assert doc.title == "关于重庆市巴南区2024年国民经济和社会发展计划执行情况及2025年计划（草案）的报告"


def test_metadata_002_yearbook(samples):
    doc = samples["002"]
    assert doc.title == "大渡口年鉴（2022）"
    assert doc.year == 2021 and doc.date == "2022"
    assert doc.jurisdiction == "重庆市大渡口区"


def test_metadata_003_gazette_reprinting_a_newspaper(samples):
    """003 is the 重庆市綦江区人民政府公报 2021年第6期, whose 卷首语 reprints a 人民日报 article."""
    doc = samples["003"]
    assert doc.title == "重庆市綦江区人民政府公报 2021年第6期（总第112期）"
    assert doc.date == "2021-07-10"
    assert doc.jurisdiction == "重庆市綦江区"
    assert doc.meta["reprint"] == {"name": "人民日报", "date": "2021-06-01"}


def test_metadata_004_progress_table(samples):
    doc = samples["004"]
    assert doc.title == "2025年区政府工作报告目标任务上半年推进情况汇总表"
    assert doc.date == "2025-09-19"
    assert {"蒲吕街道", "侣俸镇", "二坪镇"} <= set(doc.meta["towns"])
    # the text names its district: 重庆市铜梁区 once in full, 铜梁 dozens of times (平安铜梁 …)
    assert doc.jurisdiction == "重庆市铜梁区"


def test_metadata_newspaper_article_alone():
    doc = document_from_text(
        "做党和人民的“骆驼”(人民论坛)\n\n《人民日报》(2021年06月01日 第04版)\n\n百年征程波澜壮阔，百年初心历久弥坚。\n"
    )
    assert doc.title == "做党和人民的“骆驼”（人民论坛）"
    assert doc.date == "2021-06-01"
    assert doc.meta["publication"] == {"name": "人民日报", "date": "2021-06-01"}
    assert doc.jurisdiction is None  # a national paper: the text names no place


def test_metadata_unknown_stays_none():
    doc = document_from_text("区委常委会召开会议，研究部署下一步工作。\n")
    assert doc.date is None and doc.year is None and doc.jurisdiction is None


def test_metadata_no_dominant_place_stays_none():
    text = "重庆市巴南区与重庆市大渡口区签订协议。巴南、大渡口两地合作。巴南大渡口巴南大渡口\n"
    assert document_from_text(text).jurisdiction is None


def test_metadata_one_full_name_needs_its_short_form_repeated():
    once = "签订重庆市铜梁区安居古城友好关系协议书。\n"
    assert document_from_text(once).jurisdiction is None
    assert document_from_text(once + "建设平安铜梁。唱响周末到铜梁。\n").jurisdiction == "重庆市铜梁区"


def test_metadata_province_city_district():
    text = "四川省成都市武侯区人民政府关于王某同志职务任免的通知\n武侯区各街道：\n武侯区将……武侯\n"
    assert document_from_text(text).jurisdiction == "四川省成都市武侯区"


def test_a_forum_posters_registration_time_is_no_page_date():
    """Session 38 (actnews dev): a forum post's header gives the poster's 注册时间 before the post's own
    stamp (发表于: 2008-07-04 09:29:10): the registration never dates the page (the dateline 7月4日 was
    read as 2005-07-04 against it)."""
    from kg.extract.dating import reference_date
    from kg.reading import document_from_text

    doc = document_from_text("hepingdao Site Admin\n注册时间: 2006-05-25 帖子: 8106\n"
                             "发表于: 2008-07-04 09:29:10 发表主题: 瓮安县委书记被免职\n新华网贵阳7月4日电 贵州省委决定…\n")
    assert doc.date != "2006-05-25"
    assert reference_date(doc) == "2008-07-04"
