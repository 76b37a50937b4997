"""Tests of kg.eval (metrics, scopes, file errors) and of the gold files themselves."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.errors import GoldError, KgError
from kg.eval import (
    Score,
    doc_id,
    evaluate,
    fact_key,
    field_miss,
    load_gold,
    load_gold_file,
    load_pred,
    scopes_of,
)
from kg.model import Evidence, Fact

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))
DOC = "samples/000_0945f9fe5f825365.txt"


def fact(person: str, kind: str = "appoint", status: str = "decided", title: str = "副区长",
         org: str | None = "重庆市巴南区人民政府", start: int = 0, end: int = 10, doc: str = DOC) -> dict:
    """A minimal fact dict in the contract shape."""
    ev = {"doc": doc, "start": start, "end": end, "text": "x"}
    return {"kind": kind, "status": status, "person": person, "title": title, "org": org,
            "org_text": org, "date": None, "source": ev, "evidence": [ev]}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- metrics


def test_eval_counts_tp_fp_fn_per_kind():
    gold = [fact("赵吉春"), fact("刘松"), fact("刘伦波", kind="remove")]
    pred = [fact("赵吉春"), fact("王勤勤"), fact("刘伦波", kind="remove")]
    r = evaluate(gold, pred)
    assert (r.per_kind["appoint"].tp, r.per_kind["appoint"].fp, r.per_kind["appoint"].fn) == (1, 1, 1)
    assert (r.per_kind["remove"].tp, r.per_kind["remove"].fp, r.per_kind["remove"].fn) == (1, 0, 0)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 1, 1)
    assert r.overall.precision == pytest.approx(2 / 3)
    assert r.overall.recall == pytest.approx(2 / 3)
    assert r.overall.f1 == pytest.approx(2 / 3)
    assert [f["person"] for f in r.false_positives] == ["王勤勤"]
    assert [f["person"] for f in r.false_negatives] == ["刘松"]


def test_eval_match_needs_status_and_title_and_scores_org_as_a_field():
    gold = [fact("曾庆云", title="副检察长", org="重庆市巴南区人民检察院")]
    pred = [
        fact("曾庆云", status="proposed", title="副检察长", org="重庆市巴南区人民检察院"),
        fact("曾庆云", title="检察长", org="重庆市巴南区人民检察院"),
        fact("曾庆云", title="副检察长", org=None),
    ]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 2, 0)
    assert (r.fields["org"].right, r.fields["org"].total) == (0, 1)
    assert r.field_misses[0]["_wrong"]["org"] == {"gold": "重庆市巴南区人民检察院", "pred": None}
    # strict scoring keeps the org in the key: the org-less reading is a miss there
    assert (r.strict.tp, r.strict.fp, r.strict.fn) == (0, 3, 1)


def test_eval_pairs_same_org_first_when_a_person_holds_one_title_twice():
    gold = [fact("甲", title="委员", org="A委员会"), fact("甲", title="委员", org="B委员会")]
    pred = [fact("甲", title="委员", org="B委员会"), fact("甲", title="委员", org="C委员会")]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 0, 0)
    assert (r.fields["org"].right, r.fields["org"].total) == (1, 2)


def test_eval_date_and_decided_by_accuracy_null_equals_null():
    g1, g2 = fact("甲"), fact("乙")
    g1["date"], g2["date"] = "2021-08-02", None
    p1, p2 = fact("甲"), fact("乙")
    p1["date"], p2["date"] = "2021-08", None
    r = evaluate([g1, g2], [p1, p2])
    assert (r.fields["date"].right, r.fields["date"].total) == (1, 2)
    assert r.fields["decided_by"].accuracy == 1.0


def test_eval_reports_per_genre_from_document_ids():
    from kg.eval import genre_of

    assert genre_of("corpus/dev/docs/scdecision-zhejiang-01.txt") == "scdecision"
    assert genre_of("samples/000_0945f9fe5f825365.txt") == "samples"
    doc = "corpus/dev/docs/bio-sichuan-02.txt"
    r = evaluate([fact("甲"), fact("乙", doc=doc)], [fact("甲"), fact("丙", doc=doc)])
    assert set(r.genres) == {"samples", "bio"}
    assert (r.genres["bio"].overall.tp, r.genres["bio"].overall.fp, r.genres["bio"].overall.fn) == (0, 1, 1)
    assert r.genres["samples"].overall.tp == 1
    assert "genres" in r.to_json() and "fields" in r.to_json()


def test_eval_accepts_fact_objects_and_other_doc_paths():
    gold = [fact("赵吉春")]
    ev = Evidence("/elsewhere/000_0945f9fe5f825365.txt", 5, 20, "决定任命赵吉春为…")
    pred = [Fact("appoint", "decided", "赵  吉春", "副区长", "重庆市巴南区人民政府", None, None, ev, [ev])]
    r = evaluate(gold, pred)
    assert r.overall.tp == 1 and r.span_agreement == 1.0


def test_eval_duplicate_predictions_count_once():
    r = evaluate([fact("赵吉春")], [fact("赵吉春"), fact("赵吉春", start=100, end=120)])
    assert (r.overall.tp, r.overall.fp) == (1, 0)


def test_eval_span_agreement_counts_overlaps_only():
    gold = [fact("赵吉春", start=100, end=120), fact("刘松", start=200, end=220)]
    pred = [fact("赵吉春", start=110, end=130), fact("刘松", start=220, end=230)]  # touching is not overlapping
    r = evaluate(gold, pred)
    assert r.overall.tp == 2
    assert r.span_matched == 1 and r.span_agreement == 0.5
    assert [f["person"] for f in r.span_misses] == ["刘松"]


def test_eval_span_agreement_is_none_without_matches():
    assert evaluate([fact("赵吉春")], []).span_agreement is None


def test_eval_kinds_filter_default_and_chosen():
    gold = [fact("刘松", kind="hold")]
    pred = [fact("刘松", kind="hold"), fact("钟涛", kind="hold")]
    assert evaluate(gold, pred).overall.tp == 0  # hold not scored by default
    r = evaluate(gold, pred, kinds=("hold",))
    assert (r.overall.tp, r.overall.fp) == (1, 1)


def test_eval_empty_score_is_perfect():
    s = Score()
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert Score(tp=0, fp=2, fn=0).f1 == 0.0


def test_eval_ignores_documents_without_gold():
    pred = [fact("赵吉春"), fact("某人", doc="samples/001_c20813c4169b5919.txt")]
    r = evaluate([fact("赵吉春")], pred)
    assert (r.overall.tp, r.overall.fp) == (1, 0)


def test_eval_empty_gold_with_scope_makes_every_prediction_false():
    gold = [{"_scope": {"doc": "samples/003_c62ba9d0d4872cf1.txt"}}]
    pred = [fact("任弼时", doc="samples/003_c62ba9d0d4872cf1.txt")]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (0, 1, 0)
    assert r.docs == ["003_c62ba9d0d4872cf1"]


# ---------------------------------------------------------------- scopes


def test_eval_scope_range_limits_predictions_and_gold():
    doc = "samples/002_da5c81e7ca3b0941.txt"
    gold = [{"_scope": {"doc": doc, "start": 1000, "end": 2000}},
            fact("甲", doc=doc, start=1100, end=1110)]
    pred = [fact("甲", doc=doc, start=1100, end=1110),
            fact("乙", doc=doc, start=1500, end=1510),   # inside: a false positive
            fact("丙", doc=doc, start=5000, end=5010)]   # outside: ignored
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 1, 0)


def test_eval_scope_counts_a_fact_with_any_evidence_inside():
    doc = "samples/002_da5c81e7ca3b0941.txt"
    gold = [{"_scope": {"doc": doc, "start": 1000, "end": 2000}}]
    p = fact("乙", doc=doc, start=5000, end=5010)
    p["evidence"].append({"doc": doc, "start": 1500, "end": 1510, "text": "x"})
    assert evaluate(gold, [p]).overall.fp == 1


def test_eval_scopes_of_defaults_to_whole_document():
    scopes = scopes_of([fact("赵吉春")])
    assert list(scopes) == ["000_0945f9fe5f825365"]
    assert scopes["000_0945f9fe5f825365"][0].start is None


def test_eval_doc_id_drops_directory_and_extension():
    assert doc_id("samples/000_0945f9fe5f825365.txt") == doc_id("/x/000_0945f9fe5f825365.html")
    assert fact_key(fact("赵 吉春"))[3] == "赵吉春"


# ---------------------------------------------------------------- file errors


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps(fact("甲", kind="promote")), "unknown kind 'promote'"),
        (json.dumps(fact("甲", status="done")), "unknown status 'done'"),
        (json.dumps({**fact("甲"), "person": ""}), "missing person"),
        (json.dumps({k: v for k, v in fact("甲").items() if k != "source"}), "missing source"),
        (json.dumps({**fact("甲"), "source": {"doc": DOC, "start": "0", "end": 3}}), "'start' must be int"),
        (json.dumps({"_scope": {"doc": DOC, "start": 5}}), "both start and end"),
    ],
)
def test_eval_bad_gold_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(fact("甲")) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold_file(path)
    assert f"{path}:3:" in str(err.value) and message in str(err.value)


def test_eval_empty_gold_file_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldError, match="empty gold file"):
        load_gold_file(path)


def test_eval_missing_files_raise_gold_error(tmp_path):
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold([tmp_path / "nope.jsonl"])
    with pytest.raises(GoldError, match="cannot read"):
        load_pred(tmp_path / "nope.jsonl")


def test_eval_load_pred_returns_facts(tmp_path):
    path = write_jsonl(tmp_path / "pred.jsonl", [fact("赵吉春"), fact("刘松")])
    facts = load_pred(path)
    assert [f.person for f in facts] == ["赵吉春", "刘松"] and isinstance(facts[0], Fact)


def test_eval_cli_scores_pred_file(tmp_path):
    from kg.cli import app

    gold = write_jsonl(tmp_path / "g.jsonl", [fact("赵吉春"), fact("刘松")])
    pred = write_jsonl(tmp_path / "p.jsonl", [fact("赵吉春"), fact("王勤勤")])
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["overall"]["tp"] == 1 and report["overall"]["fp"] == 1 and report["overall"]["fn"] == 1
    table = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--show-errors"])
    assert table.exit_code == 0 and "王勤勤" in table.output and "overall" in table.output
    assert "misses by cause per genre" not in table.output  # only when asked
    # --causes: misses per genre and cause, never a name (safe on a held-out set)
    causes = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--causes"], env={"COLUMNS": "200"})
    assert causes.exit_code == 0 and "misses by cause per genre" in causes.output and "samples" in causes.output
    assert "王勤勤" not in causes.output and "刘松" not in causes.output


def test_eval_cli_rejects_unknown_kind(tmp_path):
    from kg.cli import app

    gold = write_jsonl(tmp_path / "g.jsonl", [fact("赵吉春")])
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(gold), "--kinds", "appoint,promote"])
    assert isinstance(result.exception, KgError) and "promote" in str(result.exception)


def test_eval_cli_kinds_option_includes_hold(tmp_path):
    from kg.cli import app

    gold = write_jsonl(tmp_path / "g.jsonl", [fact("刘松", kind="hold")])
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(gold), "--kinds", "hold", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["per_kind"]["hold"]["tp"] == 1


def test_eval_predict_runs_extractor_on_gold_documents(tmp_path, monkeypatch):
    """Without --pred, kg eval reads and extracts each gold document (found from the gold's dir)."""
    import types

    from kg.eval import predict

    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "000_0945f9fe5f825365.txt").write_text("决定任命赵吉春为副区长。", encoding="utf-8")
    gold_dir = tmp_path / "tests" / "gold"
    gold_dir.mkdir(parents=True)
    read_paths = []
    reading = types.ModuleType("kg.reading")
    reading.read_document = lambda path: read_paths.append(path) or path
    extract = types.ModuleType("kg.extract")
    extract.extract_document = lambda doc: [Fact.from_json(fact("赵吉春", doc=doc))]
    monkeypatch.setitem(sys.modules, "kg.reading", reading)
    monkeypatch.setitem(sys.modules, "kg.extract", extract)
    monkeypatch.chdir(gold_dir)
    facts = predict([fact("赵吉春")], [gold_dir])
    assert read_paths == [str(tmp_path / "samples" / "000_0945f9fe5f825365.txt")]
    assert evaluate([fact("赵吉春")], facts).overall.tp == 1


# ---------------------------------------------------------------- the gold files


@pytest.fixture(scope="session")
def gold_rows() -> dict[Path, list[dict]]:
    return {path: load_gold_file(path) for path in GOLD_FILES}


@pytest.fixture(scope="session")
def originals() -> dict[str, str]:
    cache: dict[str, str] = {}

    def read(doc: str) -> str:
        if doc not in cache:
            cache[doc] = (ROOT / doc).read_bytes().decode("utf-8")
        return cache[doc]

    return read  # type: ignore[return-value]


def test_eval_gold_files_exist():
    names = {p.name for p in GOLD_FILES}
    assert {"000_0945f9fe5f825365.jsonl", "003_c62ba9d0d4872cf1.jsonl"} <= names


def test_eval_gold_evidence_text_is_in_the_original(gold_rows, originals):
    for path, rows in gold_rows.items():
        for row in rows:
            if "_scope" in row:
                text = originals(row["_scope"]["doc"])
                assert row["_scope"].get("end", 0) <= len(text), path
                continue
            for ev in [row["source"], *row["evidence"]]:
                text = originals(ev["doc"])
                assert text[ev["start"]:ev["end"]] == ev["text"], (path.name, row["person"], ev["start"])
            assert row["source"] in row["evidence"], (path.name, row["person"])


def test_eval_gold_keys_are_unique(gold_rows):
    seen = set()
    for path, rows in gold_rows.items():
        for row in rows:
            if "_scope" not in row:
                key = fact_key(row)
                assert key not in seen, (path.name, key)
                seen.add(key)


def test_eval_gold_facts_lie_in_their_scopes(gold_rows):
    for path, rows in gold_rows.items():
        scopes = scopes_of(rows)
        for row in rows:
            if "_scope" not in row:
                assert any(s.covers(row) for s in scopes[doc_id(row["source"]["doc"])]), (path.name, row["person"])


def test_eval_gold_follows_conventions(gold_rows):
    for path, rows in gold_rows.items():
        for row in rows:
            if "_scope" in row:
                continue
            assert not any(c.isspace() for c in row["person"]) and "同志" not in row["person"]
            assert row["kind"] != "acting" or not row["title"].startswith("代理")
            assert "(兼)" not in (row["title"] or "") and "（兼）" not in (row["title"] or "")
            assert "(" not in (row["org"] or "") and "（" not in (row["org"] or ""), row["org"]


def test_eval_gold_000_counts(gold_rows):
    rows = [r for r in gold_rows[GOLD_DIR / "000_0945f9fe5f825365.jsonl"] if "_scope" not in r]
    by = {}
    for r in rows:
        by[(r["kind"], r["status"])] = by.get((r["kind"], r["status"]), 0) + 1
    assert by[("appoint", "decided")] == 10 and by[("acting", "decided")] == 1
    assert ("hold", "decided") not in by
    # 003 is a district gazette: the 人民日报 commentary it reprints has no acts, its
    # 职务任免 notice (綦江府人〔2021〕3号) has four appointments and two removals.
    acts_003 = [r for r in gold_rows[GOLD_DIR / "003_c62ba9d0d4872cf1.jsonl"] if "_scope" not in r]
    assert sorted((r["kind"], r["person"]) for r in acts_003) == sorted([
        ("appoint", "王昌鹏"), ("remove", "王昌鹏"), ("appoint", "王海艳"),
        ("appoint", "徐之杰"), ("remove", "徐之杰"), ("appoint", "廖建伟")])


def test_eval_false_positives_by_cause_from_keys_alone():
    """A held-out set can be diagnosed without reading it: each false positive is put down to
    its likely cause from the keys (title written otherwise, status, a hold in the gold, a name
    cut short, nobody of that name)."""
    gold = [fact("赵吉春", title="副区长"), fact("刘松", status="proposed"), fact("王晓一", kind="hold"),
            fact("郭高凌", kind="hold", title="代表"), fact("李明", title="主任")]
    pred = [fact("赵吉春", title="区长"), fact("刘松"), fact("王晓一"), fact("王晓"), fact("张三"),
            fact("李明", title="局长")]
    report = evaluate(gold, pred)
    assert report.fp_causes == {"title nested": 1, "other title": 1, "other status": 1, "hold vs act": 1,
                                "name cut or joined": 1, "person not found": 1}
    assert report.to_json()["fp_causes"] == report.fp_causes
    # the gold's misses, against everything kg said (holds are not scored here)
    assert report.fn_causes == {"title nested": 1, "other title": 1, "other status": 1}
    holds = evaluate(gold, pred, kinds=("hold",))
    assert holds.fn_causes == {"hold vs act": 1, "person not found": 1}  # kg says 王晓一 was appointed; 郭高凌: nothing
    # wrong fields of matched facts, by kind of miss
    assert field_miss("date", "2021-08-02", "") == "kg none" and field_miss("date", "", "2021") == "gold none"
    assert field_miss("date", "2021-08-02", "2021-08") == "coarser" and field_miss("date", "2021", "2021-08") == "finer"
    assert field_miss("date", "2021-08-02", "2020-08-02") == "other year"
    assert field_miss("date", "2021-08-02", "2021-09-02") == "differs"
    assert field_miss("org", "浙江省杭州市人民政府", "杭州市人民政府") == "coarser"
    assert field_miss("org", "福建省福州市鼓楼区人民政府", "江苏省南京市鼓楼区人民政府") == "other place"
    assert field_miss("org", "浙江省教育厅", "浙江省财政厅") == "differs"
    # the same counts per genre (here one group, the samples'), in the JSON too
    (group,) = report.genres.values()
    assert group.fp_causes == report.fp_causes and group.fn_causes == report.fn_causes
    assert report.to_json()["genres"]["samples"]["fn_causes"] == report.fn_causes
