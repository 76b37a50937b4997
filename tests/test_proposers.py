"""Who proposes a proposed act: the body its own sentence names before 提请 / 提名 / 建议, never
one of an earlier sentence (kg.extract.dating.PROPOSE_TRIGGER)."""

from __future__ import annotations

from kg.extract import extract_document
from kg.reading import read_document


def test_a_body_before_jianyi_proposes(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("国务院总理李强提请全国人大常委会任命王文涛为商务部部长。\n"
                    "江苏省委建议提名许昆林为江苏省省长候选人。\n", encoding="utf-8")
    facts = {f.person: f for f in extract_document(read_document(str(path))) if f.kind == "appoint"}
    assert facts["许昆林"].status == "proposed" and facts["许昆林"].decided_by == "中共江苏省委员会"
