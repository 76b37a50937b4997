"""Issue 10 on the whole samples graph (built once per session, conftest.samples_db): tenures
researchers can trust, every saved query answering for real, and the read commands' CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import kg_process
from typer.testing import CliRunner

from kg.cli import app
from kg.queries import load_catalog, run_saved, who_held
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Every saved query with parameters that have a real answer on the samples, and one row it must
# contain (a subset of a row). Stable cases only: the samples' extraction may shift a little.
CASES = {
    "who_held": ({"title": "检察长", "org": "巴南区"}, {"person": "曾庆云", "title": "代理检察长", "acting": True}),
    "career": ({"name": "余长明"}, {"what": "member", "post": "中共重庆市大渡口区委员会 常委"}),
    "people": ({"name": "余长明"}, {"person": "余长明"}),
    "person_tenures": ({"name": "曾庆云"}, {"kind": "held", "title": "代理检察长"}),
    "people_by": ({"native_place": "璧山"}, {"person": "刘松", "birth": "1974-03"}),
    "org_lookup": ({"text": "区政府"}, {"name": "重庆市巴南区人民政府"}),
    "org_members": ({"org": "重庆市巴南区人民检察院"}, {"person": "罗伟", "title": "检察长"}),
    "org_tree": ({"org": "中共重庆市大渡口区委员会", "as_of": "2021-06"}, {"unit": "中共重庆市大渡口区委员会", "title": "书记", "holder": "王俊"}),
    "body_members": ({"org": "中共重庆市大渡口区委员会", "as_of": "2021-12"}, {"role": "常委", "person": "余长明"}),
    "events_by_date": ({"from": "2021-08", "to": "2021-08"}, {"person": "王俊", "kind": "remove", "post": "中共重庆市大渡口区委员会 书记"}),
    "decisions": ({"meeting": "第三十五次"}, {"person": "赵吉春", "kind": "appoint", "status": "decided"}),
    "changes": ({"jurisdiction": "大渡口区", "from": "2021-08", "to": "2021-08"}, {"person": "余长明", "change": "appoint", "post": "中共重庆市大渡口区委员会 书记"}),
    "served_together": ({"name": "赵吉春"}, {"org": "重庆市巴南区人民政府", "colleague": "王波", "certain": False}),
    "colleagues": ({"name": "余长明", "as_of": "2021-12"}, {"colleague": "张国智", "body": "中共重庆市大渡口区委员会", "via": "post"}),
    "network": ({"name": "余长明"}, {"colleague": "王俊", "body": "中共重庆市大渡口区委员会"}),
    "successors": ({"title": "书记", "org": "中共重庆市大渡口区委员会"}, {"person": "余长明", "succeeded": ["王俊"], "certain": True}),
    "promotions": ({"org": "巴南区"}, {"person": "曾庆云", "to_post": "重庆市巴南区人民检察院 代理检察长", "acting": True}),
    "concurrent_posts": ({"name": "赵吉春"}, {"concurrent_post": "重庆市公安局巴南区分局 督察长"}),
    "connection": ({"a": "赵吉春", "b": "刘伦波"}, {"steps": 2, "via": ["赵吉春", "重庆市巴南区人民政府 副区长", "刘伦波"]}),
    "stats": ({}, {"kind": "HELD"}),
    "fact_layer": ({}, {"kind": "facts"}),
    "documents": ({}, {"path": "samples/000_0945f9fe5f825365.txt"}),
}


@pytest.fixture(scope="module")
def store(samples_db):
    with open_store(samples_db, read_only=True) as s:
        yield s


def contains(rows: list[dict], want: dict) -> bool:
    return any(all(r.get(k) == v for k, v in want.items()) for r in rows)


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_catalog_every_query_has_a_real_case():
    assert set(CASES) == set(load_catalog())


@pytest.mark.parametrize("name", sorted(CASES))
def test_catalog_query_answers_on_the_samples(store, name):
    params, want = CASES[name]
    rows = run_saved(store, name, params)
    assert contains(rows, want), rows[:10]


# -- tenures -------------------------------------------------------------------------------------
def test_catalog_acting_is_acting_everywhere(store, samples_db):
    """曾庆云 is 代理检察长 (sample 000) in every output, never 检察长."""
    rows = run_saved(store, "who_held", {"title": "检察长", "org": "巴南区人民检察院"})
    zeng = [r for r in rows if r["person"] == "曾庆云"]
    assert len(zeng) == 1 and zeng[0]["title"] == "代理检察长" and zeng[0]["acting"] is True
    career = run_saved(store, "career", {"name": "曾庆云"})
    posts = {r["post"] for r in career if r["what"] in ("held", "acting")}
    assert "重庆市巴南区人民检察院 代理检察长" in posts and "重庆市巴南区人民检察院 检察长" not in posts
    succession = [r for r in run_saved(store, "successors", {"title": "检察长", "org": "巴南区人民检察院"})
                  if r["person"] == "曾庆云"]
    assert succession and all(r["title"] == "代理检察长" and r["succeeded"] == ["罗伟"] for r in succession)
    members = run_saved(store, "org_members", {"org": "重庆市巴南区人民检察院"})
    assert {r["title"] for r in members if r["person"] == "曾庆云"} >= {"代理检察长", "副检察长"}
    assert "检察长" not in {r["title"] for r in members if r["person"] == "曾庆云"}
    people = json.loads(invoke("people", "曾庆云", "--json", "--db", samples_db))
    assert any(p["title"] == "代理检察长" and p["acting"] for person in people for p in person["posts"])
    tree = json.loads(invoke("org-tree", "重庆市巴南区人民检察院", "--json", "--db", samples_db))
    assert "曾庆云（代理）" in tree["posts"]["检察长"]
    # the roster's 区监委代理主任
    [li] = [r for r in run_saved(store, "who_held", {"title": "主任", "org": "大渡口区监察委员会"}) if r["person"] == "李晓珂"]
    assert li["title"] == "代理主任" and li["acting"] is True


def test_catalog_one_tenure_per_person_and_post(store):
    held = store.run("MATCH (p:Person)-[h:HELD]->(x:Post) WITH p, x, count(h) AS n WHERE n > 1 RETURN p.name AS p, x.name AS x, n")
    assert held == []
    member = store.run("MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization) WITH p, o, m.role AS role, count(m) AS n "
                       "WHERE n > 1 RETURN p.name AS p, o.name AS o, role, n")
    assert member == []
    [wang] = [r for r in run_saved(store, "who_held", {"title": "书记", "org": "中共重庆市大渡口区委员会"}) if r["person"] == "王俊"]
    assert wang["end"] == "2021-08-17" and wang["first_seen"] <= "2021-01-06"
    rows = run_saved(store, "events_by_date", {"from": "2021", "to": "2025"})
    keys = [(r["date"], r["kind"], r["status"], r["person"], r["post"], r["decided_by"], r["meeting"], r["doc_number"]) for r in rows]
    assert len(keys) == len(set(keys))  # one row per event, its sources aggregated


def test_catalog_dates_from_dated_documents(store):
    """A 2021 yearbook roster attests the post in 2021; precision is recorded."""
    rows = store.run("MATCH (p:Person {name: '陈中举'})-[h:HELD]->(x:Post {title: '副书记'}) "
                     "RETURN h.first_seen AS f, h.last_seen AS l, h.start AS s, h.start_precision AS sp")
    assert rows and rows[0]["f"] == "2021" and rows[0]["l"] == "2021"
    undated = store.run("MATCH ()-[h:HELD]->() WHERE h.start IS NULL AND h.`end` IS NULL AND h.first_seen IS NULL "
                        "RETURN count(h) AS n")[0]["n"]
    total = store.run("MATCH ()-[h:HELD]->() RETURN count(h) AS n")[0]["n"]
    assert undated < total / 20
    # a 常委 the 2021 roster lists without a start note is not dated by the December congress
    [liu] = store.run("MATCH (p:Person {name: '刘德毅'})-[m:MEMBER_OF {role: '常委'}]->(o:Organization {name: '中共重庆市大渡口区委员会'}) "
                      "RETURN m.start AS s, m.first_seen AS f")
    assert liu == {"s": None, "f": "2021"}
    [zhao] = store.run("MATCH (p:Person {name: '赵吉春'})-[h:HELD]->(x:Post {title: '副区长'}) "
                       "RETURN h.start AS s, h.start_precision AS sp")
    assert zhao == {"s": "2025-06-26", "sp": "day"}


def test_catalog_served_together_and_as_of_2021(store, samples_db):
    """served_together answers for 赵吉春 and his fellow 副区长; the 2021 大渡口 leadership."""
    rows = run_saved(store, "served_together", {"name": "赵吉春"})
    fellows = {r["colleague"] for r in rows if r["colleague_title"] == "副区长"}
    assert len(fellows) >= 3 and not any(r["certain"] for r in rows if r["colleague"] in fellows)
    assert "刘伦波" not in fellows  # removed on the day 赵吉春 was appointed: a hand-over
    tree = json.loads(invoke("org-tree", "重庆市大渡口区", "--as-of", "2021-06", "--json", "--db", samples_db))
    committee = next(c for c in tree["children"] if c["name"] == "中共重庆市大渡口区委员会")
    assert committee["posts"]["书记"] == ["王俊"]  # 余长明 only from August
    assert "陈中举" in committee["posts"]["副书记"]
    assert len(committee["posts"]["常委"]) >= 3
    later = json.loads(invoke("org-tree", "中共重庆市大渡口区委员会", "--as-of", "2021-10", "--json", "--db", samples_db))
    assert later["posts"]["书记"] == ["余长明"]
    held = who_held(store, "区委书记", as_of="2021-06")[0]
    assert {(r["person"], r["org"]) for r in held} >= {("王俊", "中共重庆市大渡口区委员会")}
    assert ("余长明", "中共重庆市大渡口区委员会") not in {(r["person"], r["org"]) for r in held}


def test_catalog_hand_over_is_no_overlap(store):
    rows = run_saved(store, "served_together", {"name": "余长明"})
    assert "王俊" not in {r["colleague"] for r in rows}  # he ended on the day 余长明 began


def test_catalog_career_of_yu_changming_shows_memberships_once(store, samples_db):
    rows = json.loads(invoke("career", "余长明", "--json", "--db", samples_db))
    whats = {r["what"] for r in rows}
    assert {"member", "held", "appoint"} <= whats
    members = [r["post"] for r in rows if r["what"] == "member"]
    assert "中共重庆市大渡口区委员会 常委" in members and "中共重庆市大渡口区委员会 委员" in members
    lines = [(r["what"], r["status"], r["post"], r["date"]) for r in rows]
    assert len(lines) == len(set(lines))  # each line once
    assert all(r["sources"] for r in rows if r["what"] in ("held", "member"))
    assert all(isinstance(r["evidence"], list) and r["evidence"][0]["doc"] for r in rows if r["evidence"])


def test_catalog_career_shows_ranks(store):
    rows = run_saved(store, "career", {"name": "陈中举"})
    assert any(r["what"] == "rank" and r["post"] == "一级巡视员" for r in rows)


# -- posts as people write them -------------------------------------------------------------------
@pytest.mark.parametrize("text, person, org, title", [
    ("区委书记", "余长明", "中共重庆市大渡口区委员会", "书记"),
    ("巴南区副区长", "赵吉春", "重庆市巴南区人民政府", "副区长"),
    ("代理检察长", "曾庆云", "重庆市巴南区人民检察院", "代理检察长"),
    ("区监委代理主任", "李晓珂", "重庆市大渡口区监察委员会", "代理主任"),
])
def test_catalog_who_held_reads_posts_as_written(store, text, person, org, title):
    rows, hint = who_held(store, text)
    assert hint is None
    assert any(r["person"] == person and r["org"] == org and r["title"] == title for r in rows)


def test_catalog_who_held_is_exact_on_the_organization(store):
    rows, _ = who_held(store, "区委书记")
    assert all(r["org"].endswith("区委员会") and r["org"].startswith("中共") for r in rows)  # no 政法委 书记
    rows, _ = who_held(store, "代理检察长")
    assert {r["person"] for r in rows} == {"曾庆云"}


def test_catalog_who_held_says_why_when_empty(samples_db):
    result = runner.invoke(app, ["who-held", "区委秘书长甲", "--db", samples_db])
    assert result.exit_code == 0
    assert "no holder" in result.stderr or "names no organization" in result.stderr


# -- identity --------------------------------------------------------------------------------------
def test_catalog_biography_and_its_act_are_one_person(store):
    rows = run_saved(store, "person_tenures", {"name": "肖秉文"})
    ids = {r["id"] for r in rows}
    assert len(ids) == 1
    titles = {(r["org"], r["title"]) for r in rows if r["kind"] == "held"}
    assert ("重庆市巴南区人民法院东泉人民法庭", "副庭长") in titles and ("重庆市巴南区人民法院执行局", "副局长") in titles


def test_catalog_ambiguity_report_names_posts(samples_db):
    groups = json.loads(invoke("people", "--ambiguous", "--json", "--db", samples_db))
    liu = next(g for g in groups if g["name"] == "刘松")
    described = {d["id"]: d["posts"] for d in liu["described"]}
    assert set(described) == set(liu["persons"])
    assert any("重庆市巴南区退役军人事务局 局长" in posts for posts in described.values())
    result = runner.invoke(app, ["people", "--ambiguous", "--db", samples_db], env={"COLUMNS": "400"})
    assert "重庆市巴南区退役军人事务局 局长" in result.stdout


# -- CLI --------------------------------------------------------------------------------------------
READ_COMMANDS = ("query", "who-held", "career", "colleagues", "people", "org-tree")


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_catalog_every_read_command_has_neo4j_json_csv(command):
    out = invoke(command, "--help")
    for option in ("--neo4j", "--json", "--csv", "--db"):
        assert option in out, (command, option)
    assert "<bool>" not in out and "<str>" not in out


@pytest.mark.parametrize("args", [
    ("query", "who_held", "-p", "title=检察长"), ("who-held", "代理检察长"), ("career", "曾庆云"),
    ("colleagues", "余长明", "--as-of", "2021-12"), ("people", "曾庆云"), ("org-tree", "重庆市巴南区人民检察院"),
])
def test_catalog_csv_output(samples_db, args):
    out = invoke(*args, "--csv", "--db", samples_db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(None not in r for r in rows)


def test_catalog_neo4j_option_reaches_the_store(samples_db, monkeypatch):
    """--neo4j URI opens the Neo4j store (here: recorded, then served by the embedded one)."""
    import kg.cli.output

    seen = []
    real = kg.cli.output.open_store

    def fake(db, uri=None, read_only=False):
        seen.append(uri)
        return real(samples_db, read_only=True)

    monkeypatch.setattr(kg.cli.output, "open_store", fake)
    for args in (("people", "曾庆云"), ("org-tree", "重庆市巴南区人民检察院"), ("career", "曾庆云"),
                 ("who-held", "代理检察长"), ("colleagues", "余长明"), ("query", "stats")):
        invoke(*args, "--json", "--neo4j", "bolt://example:7687")
    assert seen == ["bolt://example:7687"] * 6


def test_catalog_json_and_csv_exclude_each_other(samples_db):
    result = runner.invoke(app, ["career", "曾庆云", "--json", "--csv", "--db", samples_db])
    assert result.exit_code == 2


@pytest.mark.e2e  # python -m kg --version in a new process
def test_catalog_version_and_completion():
    from kg import __version__

    run = kg_process("--version")
    assert run.returncode == 0 and run.stdout.strip() == f"kg {__version__}"
    out = invoke("--help")
    assert "--install-completion" in out and "--show-completion" in out


@pytest.mark.e2e  # a fresh interpreter shows what start-up imports
def test_catalog_read_commands_start_without_the_extractor():
    """A read command imports neither spaCy nor the extraction pipeline nor networkx."""
    code = ("import sys; from kg.cli import _app_for; "
            "[_app_for([c]) for c in ('career', 'people', 'org-tree', 'query', 'colleagues', 'version', '--version')]; "
            "bad = [m for m in ('spacy', 'kg.pipeline', 'kg.extract', 'networkx', 'kg.export') if m in sys.modules]; "
            "print(bad)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0 and run.stdout.strip() == "[]", run.stderr
