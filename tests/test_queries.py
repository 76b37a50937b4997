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

EXPECTED = {
    "who_held": ({"title": "副区长"}, [("刘伦波", "2021", None), ("赵吉春", "2025-06-26", "appoint")], ("person", "start", "event")),
    "career": ({"name": "曾庆云"}, [("acting", "重庆市巴南区人民检察院 检察长"), ("held", "重庆市巴南区人民检察院 副检察长"), ("held", "重庆市巴南区人民检察院 检察长")], ("what", "post")),
    "people": ({"name": "刘"}, [("刘伦波", 1), ("刘松", 1), ("刘永全", 0)], ("person", "tenures")),
    "org_members": ({"org": "检察院"}, [("副检察长", "曾庆云"), ("检察长", "罗伟"), ("检察长", "曾庆云")], ("title", "person")),
    "org_tree": ({"org": "巴南区人民政府"}, [("重庆市巴南区人民政府", "刘伦波"), ("重庆市巴南区人民政府", "赵吉春"), ("重庆市巴南区退役军人事务局", "刘松")], ("unit", "current_holder")),
    "events_by_date": ({"from": "2025-06", "to": "2025-06-25"}, [("2025-06-23", "remove", "刘伦波")], ("date", "kind", "person")),
    "served_together": ({"name": "赵吉春"}, [("刘伦波", "重庆市巴南区人民政府")], ("colleague", "org")),
    "successors": ({"title": "检察长", "org": "巴南区"}, [("罗伟", []), ("曾庆云", ["罗伟"])], ("person", "succeeded")),
    "body_members": ({"org": "常务委员会"}, [("主任", "刘永全")], ("role", "person")),
    "connection": ({"a": "罗伟", "b": "曾庆云"}, [(2, ["罗伟", "重庆市巴南区人民检察院 检察长", "曾庆云"])], ("steps", "via")),
}


@pytest.fixture(scope="module")
def store(sample_db):
    with LadybugStore(sample_db, read_only=True) as s:
        yield s


def test_queries_catalog_headers():
    catalog = load_catalog()
    assert set(EXPECTED) | {"stats"} == set(catalog)
    for q in catalog.values():
        assert q.description and q.path.parent == catalog_dir()
        for dialect in DIALECTS:
            for p in q.params:
                assert f"${p}" in q.text_for(dialect), f"{q.name}: ${p} declared but unused"
    assert set(catalog["connection"].variants) == {"neo4j", "ladybug"}
    assert catalog["who_held"].optional == {"org"} and catalog["who_held"].required == ["title"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_queries_saved_query_rows(store, name):
    params, expected, cols = EXPECTED[name]
    rows = run_saved(store, name, params)
    assert [tuple(r[c] for c in cols) for r in rows] == expected


def test_queries_who_held_sources(store):
    rows = {r["person"]: r for r in run_saved(store, "who_held", {"title": "副区长", "org": "巴南区人民政府"})}
    assert rows["赵吉春"]["document"] == "samples/000_0945f9fe5f825365.txt"
    assert rows["赵吉春"]["sentence"].startswith("决定任命赵吉春为重庆市巴南区人民政府副区长")
    assert json.loads(rows["刘伦波"]["evidence"])[0]["text"] == "提请决定免去刘伦波的重庆市巴南区人民政府副区长职务。"
    assert run_saved(store, "who_held", {"title": "副区长", "org": "检察院"}) == []


def test_queries_stats_counts(store):
    counts = {r["kind"]: r["count"] for r in run_saved(store, "stats")}
    assert counts["Person"] == 6 and counts["Post"] == 4 and counts["SOURCE"] == 4 and counts["Fact"] == 2


def test_queries_param_errors():
    catalog = load_catalog()
    with pytest.raises(QueryError, match="'who_held' needs parameter title"):
        bind_params(catalog["who_held"], {})
    with pytest.raises(QueryError, match="has no parameter color"):
        bind_params(catalog["who_held"], {"title": "x", "color": "red"})
    with pytest.raises(QueryError, match="no saved query 'nope'"):
        run_saved(None, "nope", {})
    assert bind_params(catalog["who_held"], {"title": "x"}) == {"title": "x", "org": ""}
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
    assert [r["what"] for r in json.loads(result.stdout)] == ["held", "resign"]
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
