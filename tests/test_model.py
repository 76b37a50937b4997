"""kg.model: the typed contracts between stages (facts with typed marks, document infos)."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

import pytest

from kg.model import (
    FACT_KINDS, LEGACY_KEYS, MARKS, STATUSES, DocumentInfo, Evidence, Fact, document_info, fact_id,
)

GOLD = Path(__file__).parent / "gold"
EV = Evidence("samples/002_da5c81e7ca3b0941.txt", 366198, 366218, "余长明    区委书记（8 月开始担任）")


def _hold(**marks: typing.Any) -> Fact:
    return Fact("hold", "decided", "余长明", "书记", "中共重庆市大渡口区委员会", "区委", "2021", EV, [EV], **marks)


def test_model_fact_marks_are_typed_top_level_json_fields():
    fact = _hold(section="中共大渡口区委员会", row="roster-1", acting=True, notes={"from_note": True})
    data = fact.to_json()
    assert "extra" not in data
    assert (data["section"], data["row"], data["acting"], data["notes"]) == ("中共大渡口区委员会", "roster-1", True, {"from_note": True})
    assert "concurrent" not in data and "list_row" not in data  # unset marks are left out
    assert Fact.from_json(json.loads(json.dumps(data, ensure_ascii=False))) == fact


def test_model_fact_reads_old_json_with_extra():
    """JSONL written before the typed marks (gold files, fact shards, stored Fact nodes)."""
    data = {**_hold().to_json(), "extra": {"section": "名单", "row": "list-3", "list": True, "concurrent": True,
                                            "constituency": "木洞镇第一选区", "mention": True, "nomination": True}}
    fact = Fact.from_json(data)
    assert (fact.section, fact.row, fact.list_row, fact.concurrent, fact.constituency) == \
        ("名单", "list-3", True, True, "木洞镇第一选区")
    assert fact.notes == {"mention": True, "nomination": True}
    assert "extra" not in fact.to_json()
    old_id = Fact.from_json({**_hold().to_json(), "extra": {"row": 7}})
    assert old_id.row == "7"  # a numeric row id of old JSON reads as text, as the resolver compared it


def test_model_every_gold_fact_loads():
    n = 0
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            data = json.loads(line) if line.strip() else {}
            if "kind" in data:
                fact = Fact.from_json(data)
                assert fact.kind in FACT_KINDS and fact.status in STATUSES
                n += 1
    assert n > 100


@pytest.mark.parametrize("change,message", [
    ({"kind": "promote"}, "unknown fact kind"),
    ({"status": "rumoured"}, "unknown status"),
    ({"extra": {"acting": "yes"}}, "must be bool"),
    ({"extra": {"row": ["r1"]}}, "must be str"),
])
def test_model_fact_from_json_refuses_bad_values(change, message):
    with pytest.raises(ValueError, match=message):
        Fact.from_json({**_hold().to_json(), **change})


def test_model_add_marks_keeps_what_is_set_and_sends_the_rest_to_notes():
    fact = _hold(row="roster-1", notes={"career": "took_office"})
    fact.add_marks({"row": "roster-9", "secondment": True, "career": "other", "board": True, "rank": None})
    assert (fact.row, fact.secondment, fact.rank) == ("roster-1", True, None)
    assert fact.notes == {"career": "took_office", "board": True}


def test_model_marks_are_the_optional_fact_fields_they_name():
    hints = typing.get_type_hints(Fact)
    fields = {f.name for f in dataclasses.fields(Fact)}
    for name, typ in MARKS.items():
        assert name in fields
        assert hints[name] == typ | None, name
    assert set(LEGACY_KEYS.values()) <= set(MARKS)


def test_model_fact_id_depends_on_the_marks():
    assert fact_id(_hold(row="roster-1")) != fact_id(_hold(row="roster-2"))
    assert fact_id(_hold(row="roster-1")) == fact_id(Fact.from_json(_hold(row="roster-1").to_json()))


def test_model_document_info_checks_what_it_reads():
    info = document_info({"id": "abc", "path": "samples/a.txt", "year": 2021, "real_paths": ["/x/a.txt"], "other": 1})
    assert info == DocumentInfo(id="abc", path="samples/a.txt", title=None, date=None, year=2021, jurisdiction=None,
                                sha256=None, real_paths=["/x/a.txt"])
    assert document_info({"path": "b.txt"})["id"] == "b.txt"
    for bad in ({"id": "x"}, {"path": "a", "year": "2021"}, {"path": "a", "real_paths": "/x"}, {"path": "a", "title": 3}):
        with pytest.raises(ValueError):
            document_info(bad)


def test_model_every_fact_field_is_in_the_readme_contract():
    """Docs that cannot drift: the README's facts table names every field of the JSON."""
    import re

    from kg.model import _FIELDS

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = re.search(r"## The facts contract.*?\n\n(\|.*?)\n\n", readme, re.S)
    assert table, "README.md has no facts contract table"
    documented = {name for row in table.group(1).splitlines() for name in re.findall(r"`(\w+)`", row.split("|")[1])}
    assert set(_FIELDS) <= documented, sorted(set(_FIELDS) - documented)


def test_original_as_read_gives_the_file_spacing_with_the_characters_as_read():
    """A list reader takes names from the file's spacing (吳　儀 padded) but in the characters
    extraction reads: a traditional document's names come out simplified (李學勇 → 李学勇)."""
    from kg.reading import document_from_text

    text = "國務院決定成立領導小組。現將組成人員名單通知如下：\n組　長：吳　儀　　國務院副總理\n成　員：李學勇　　科技部副部長\n"
    doc = document_from_text(text, path="t.txt")
    i = doc.text.index("\n成") + 1
    end = len(doc.text)
    assert doc.original_as_read(i, end) == "成\u3000员：李学勇\u3000\u3000科技部副部长"


def test_traditional_leading_group_list_names_are_simplified():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    text = ("國務院辦公廳關於成立國務院防治重大疾病工作領導小組的通知\n"
            "國務院決定成立國務院防治重大疾病工作領導小組。現將領導小組組成人員名單通知如下：\n"
            "組　長：吳　儀　　國務院副總理\n副組長：高　強　　衛生部常務副部長\n"
            "成　員：李學勇　　科技部副部長\n")
    acts = {(f.person, f.title) for f in extract_document(document_from_text(text, path="t.txt"))
            if f.kind == "appoint"}
    assert acts == {("吴仪", "组长"), ("高强", "副组长"), ("李学勇", "成员")}
