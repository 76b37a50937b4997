"""The saved-query catalog (kg/cypher/) and the read commands, on the sample LadybugDB graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.queries import DIALECTS, bind_params, catalog_dir, load_catalog, parse_param_args, run_saved
from kg.store.ladybug import LadybugStore

REPO = Path(__file__).resolve().parents[1]

# Every saved query answers on the hand-made graph of conftest (a real answer, not only "no error");
# the real answers on the whole samples graph are in tests/test_catalog_samples.py.
EXPECTED = {
    "who_held": ({"title": "副区长"}, [("刘伦波", "2021", []), ("赵吉春", "2025-06-26", ["appoint"])], ("person", "start", "acts")),
    "career": ({"name": "曾庆云"}, [("acting", "重庆市巴南区人民检察院 代理检察长"), ("held", "重庆市巴南区人民检察院 副检察长"), ("held", "重庆市巴南区人民检察院 检察长")], ("what", "post")),
    "people": ({"name": "刘"}, [("刘伦波", 1, 0), ("刘松", 1, 0), ("刘永全", 0, 1)], ("person", "tenures", "memberships")),
    "person_tenures": ({"name": "曾庆云"}, [("held", "副检察长", True), ("held", "检察长", None), ("person", None, None)], ("kind", "title", "concurrent")),
    "org_members": ({"org": "检察院"}, [("副检察长", "曾庆云"), ("检察长", "罗伟"), ("检察长", "曾庆云")], ("title", "person")),
    "org_lookup": ({"text": "区检察院"}, [("重庆市巴南区", "jurisdiction"), ("重庆市巴南区人民检察院", "procuratorate")], ("name", "type")),
    "org_tree": ({"org": "重庆市巴南区人民政府"}, [("重庆市巴南区人民政府", "刘伦波"), ("重庆市巴南区人民政府", "赵吉春"), ("重庆市巴南区退役军人事务局", "刘松")], ("unit", "holder")),
    "events_by_date": ({"from": "2025-06", "to": "2025-06-25"}, [("2025-06-23", "remove", "刘伦波", ["samples/000_0945f9fe5f825365.txt"])], ("date", "kind", "person", "sources")),
    "served_together": ({"name": "赵吉春"}, [("刘伦波", "重庆市巴南区人民政府", True)], ("colleague", "org", "certain")),
    "colleagues": ({"name": "赵吉春"}, [("刘伦波", "重庆市巴南区人民政府", "post")], ("colleague", "body", "via")),
    "successors": ({"title": "检察长", "org": "巴南区"}, [("罗伟", [], ["曾庆云"]), ("曾庆云", ["罗伟"], [])], ("person", "succeeded", "succeeded_by")),
    "body_members": ({"org": "常务委员会"}, [("主任", "刘永全")], ("role", "person")),
    "connection": ({"a": "罗伟", "b": "曾庆云"}, [(2, ["罗伟", "重庆市巴南区人民检察院 检察长", "曾庆云"])], ("steps", "via")),
    "people_by": ({"born_from": "1974", "born_to": "1974"}, [("曾庆云", "1974-03")], ("person", "birth")),
    "decisions": ({"body": "常务委员会", "meeting": "第三十五次"}, [("赵吉春", "appoint", "2025-06-26")], ("person", "kind", "date")),
    "changes": ({"jurisdiction": "巴南区", "from": "2025-06", "to": "2025-06"}, [("2025-06-26", "began", "刘松"), ("2025-06-26", "acting", "曾庆云"), ("2025-06-26", "began", "曾庆云"), ("2025-06-26", "resign", "罗伟"), ("2025-06-26", "appoint", "赵吉春")], ("date", "change", "person")),
    "concurrent_posts": ({}, [("曾庆云", "重庆市巴南区人民检察院 副检察长", ["重庆市巴南区人民检察院 检察长"])], ("person", "concurrent_post", "alongside")),
    "promotions": ({}, [("曾庆云", "重庆市巴南区人民检察院 副检察长", "重庆市巴南区人民检察院 检察长")], ("person", "from_post", "to_post")),
    "network": ({"name": "罗伟"}, [("曾庆云", "重庆市巴南区人民检察院")], ("colleague", "body")),
}


@pytest.fixture(scope="module")
def store(sample_db):
    with LadybugStore(sample_db, read_only=True) as s:
        yield s


def test_queries_catalog_headers():
    catalog = load_catalog()
    assert set(EXPECTED) | {"stats", "fact_layer", "documents"} == set(catalog)
    for q in catalog.values():
        assert q.description and q.path.parent == catalog_dir()
        for dialect in DIALECTS:
            for p in q.params:
                assert f"${p}" in q.text_for(dialect), f"{q.name}: ${p} declared but unused"
    assert set(catalog["connection"].variants) == {"neo4j", "ladybug"}
    assert catalog["who_held"].optional == {"org", "as_of", "acting"} and catalog["who_held"].required == ["title"]
    assert catalog["career"].order == ("date", "what", "post")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_saved_query_rows(store, name):
    params, expected, cols = EXPECTED[name]
    rows = run_saved(store, name, params)
    assert [tuple(r[c] for c in cols) for r in rows] == expected


def test_queries_who_held_sources(store):
    """One row per person and post; the evidence JSON string of the store, structured by --json."""
    rows = {r["person"]: r for r in run_saved(store, "who_held", {"title": "副区长", "org": "巴南区人民政府"})}
    assert len(rows) == 2
    spans = json.loads(rows["赵吉春"]["evidence"])
    assert spans[0]["doc"] == "samples/000_0945f9fe5f825365.txt"
    assert spans[0]["text"].startswith("决定任命赵吉春为重庆市巴南区人民政府副区长")


def test_queries_stats_counts(store):
    counts = {r["kind"]: r["count"] for r in run_saved(store, "stats")}
    assert counts["Person"] == 6 and counts["Post"] == 4 and counts["SOURCE"] == 4 and counts["Fact"] == 2


def test_queries_fact_layer(store):
    """What kg build checks before replacing a graph: raw facts, and persons linked to documents."""
    assert run_saved(store, "fact_layer") == [{"kind": "facts", "count": 2}, {"kind": "persons", "count": 6}]


def test_queries_param_errors():
    catalog = load_catalog()
    with pytest.raises(QueryError, match="'who_held' needs parameter title"):
        bind_params(catalog["who_held"], {})
    with pytest.raises(QueryError, match="has no parameter color"):
        bind_params(catalog["who_held"], {"title": "x", "color": "red"})
    with pytest.raises(QueryError, match="no saved query 'nope'"):
        run_saved(None, "nope", {})
    assert bind_params(catalog["who_held"], {"title": "x"}) == {"title": "x", "org": "", "as_of": "", "acting": ""}
    assert parse_param_args(["title=副区长", "org=a=b"]) == {"title": "副区长", "org": "a=b"}
    with pytest.raises(QueryError, match="expected key=value"):
        parse_param_args(["title"])


def test_queries_bad_catalog(tmp_path):
    (tmp_path / "x.cypher").write_text("// name: y\n// description: d\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(QueryError, match="differs from the file name"):
        load_catalog(tmp_path)
    (tmp_path / "x.cypher").unlink()
    (tmp_path / "z.neo4j.cypher").write_text("// name: z\n// description: d\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(QueryError, match="none for ladybug"):
        load_catalog(tmp_path)


def test_queries_user_dir_adds_and_overrides(tmp_path, monkeypatch):
    builtin = load_catalog()
    (tmp_path / "mine.cypher").write_text("// name: mine\n// description: my own\nRETURN 1 AS one\n", encoding="utf-8")
    (tmp_path / "stats.cypher").write_text("// name: stats\n// description: my stats\nRETURN 2 AS two\n", encoding="utf-8")
    monkeypatch.setenv("KG_CYPHER_DIR", str(tmp_path))
    catalog = load_catalog()
    assert set(catalog) == set(builtin) | {"mine"}
    assert catalog["stats"].description == "my stats" and catalog["who_held"].text == builtin["who_held"].text
    monkeypatch.setenv("KG_CYPHER_DIR", str(tmp_path / "missing"))
    with pytest.raises(QueryError, match="KG_CYPHER_DIR=.*not a directory"):
        load_catalog()


def test_queries_catalog_is_package_data():
    assert catalog_dir() == REPO / "kg" / "cypher"
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"cypher/*.cypher"' in text


def test_queries_documented():
    text = (REPO / "docs" / "queries.md").read_text(encoding="utf-8")
    for name in load_catalog():
        assert f"`{name}`" in text, f"saved query {name} is not documented in docs/queries.md"
    for command in ("kg query", "kg who-held", "kg career", "kg export"):
        assert f"`{command}" in text, f"{command} is not documented in docs/queries.md"


runner = CliRunner()


def test_queries_cli_who_held_json(sample_db):
    result = runner.invoke(app, ["who-held", "副区长", "--org", "人民政府", "--db", sample_db, "--json"])
    assert result.exit_code == 0, result.output
    assert [r["person"] for r in json.loads(result.stdout)] == ["刘伦波", "赵吉春"]


def test_queries_cli_query_and_career(sample_db):
    result = runner.invoke(app, ["query", "successors", "-p", "title=检察长", "--db", sample_db])
    assert result.exit_code == 0 and "曾庆云" in result.stdout and "罗伟" in result.stdout
    result = runner.invoke(app, ["career", "罗伟", "--db", sample_db, "--json"])
    assert [r["what"] for r in json.loads(result.stdout)] == ["held", "rank", "resign"]
    result = runner.invoke(app, ["query", "--list", "--json"])
    assert {r["name"] for r in json.loads(result.stdout)} >= set(EXPECTED)


def test_queries_cli_missing_db_and_param(tmp_path, sample_db):
    result = runner.invoke(app, ["career", "罗伟", "--db", str(tmp_path / "none.db")])
    assert "no graph at" in str(result.exception)
    result = runner.invoke(app, ["query", "who_held", "--db", sample_db])
    assert isinstance(result.exception, QueryError)


def test_queries_cli_db_from_env(sample_db, monkeypatch):
    monkeypatch.setenv("KG_DB", sample_db)
    result = runner.invoke(app, ["query", "stats", "--json"])
    assert result.exit_code == 0, result.output
    assert {r["kind"]: r["count"] for r in json.loads(result.stdout)}["Person"] == 6
