"""Graph assembly: every schema label and type, stable ids, provenance, tenures and memberships."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

from kg.model import Fact, Graph
from kg.resolve import organizations, resolve

FIX = Path(__file__).parent / "fixtures" / "resolve"
SCHEMA = yaml.safe_load((Path(__file__).parent.parent / "kg" / "schema.yaml").read_text("utf-8"))


def load(*names: str) -> list[Fact]:
    return [Fact.from_json(json.loads(line)) for n in names for line in (FIX / f"{n}.jsonl").read_text("utf-8").splitlines() if line]


def docs() -> list[dict]:
    return [json.loads(line) for line in (FIX / "docs.jsonl").read_text("utf-8").splitlines() if line]


ALL = ("000_baonan", "002_roster", "002_chronicle")


@pytest.fixture(scope="session")
def graph() -> Graph:
    return resolve(load(*ALL), docs())


def by(graph: Graph, label: str, **props) -> list[dict]:
    return [r for r in graph.nodes[label] if all(r.get(k) == v for k, v in props.items())]


def names(graph: Graph) -> dict[str, str]:
    return {r["id"]: r.get("name") or r.get("title") or r["id"] for rows in graph.nodes.values() for r in rows}


def test_resolve_graph_rows_follow_schema(graph):
    assert set(graph.nodes) == set(SCHEMA["nodes"])
    assert set(graph.rels) == set(SCHEMA["relationships"])
    for label, rows in graph.nodes.items():
        declared = set(SCHEMA["nodes"][label]["properties"])
        assert all(set(r) == declared for r in rows), label
        assert len({r["id"] for r in rows}) == len(rows), label
    for rtype, rows in graph.rels.items():
        declared = set(SCHEMA["relationships"][rtype]["properties"] or {}) | {"from", "to"}
        assert all(set(r) == declared for r in rows), rtype
    for rtype in ("HELD", "MEMBER_OF", "CONCERNS", "TO", "DECIDED_BY", "SOURCE", "MENTIONED_IN", "IN", "PART_OF"):
        assert graph.rels[rtype], rtype


def test_resolve_graph_endpoints_exist(graph):
    ids = {label: {r["id"] for r in rows} for label, rows in graph.nodes.items()}
    for rtype, rows in graph.rels.items():
        spec = SCHEMA["relationships"][rtype]
        for r in rows:
            assert r["from"] in ids[spec["from"]] and r["to"] in ids[spec["to"]], (rtype, r)


def test_resolve_graph_deterministic_and_order_independent(graph):
    facts = load(*ALL)
    random.Random(7).shuffle(facts)
    assert resolve(facts, list(reversed(docs()))) == graph


def test_resolve_graph_adding_documents_keeps_ids(graph):
    """Resolving 000 alone, then 000 + 002: the 巴南 persons, posts and events keep their ids."""
    alone = resolve(load("000_baonan"), docs()[:1])
    for label in ("Person", "Post", "Event", "Organization"):
        assert {r["id"] for r in alone.nodes[label]} <= {r["id"] for r in graph.nodes[label]}, label


def test_resolve_graph_zhao_jichun_event_and_tenure(graph):
    [zhao] = by(graph, "Person", name="赵吉春")
    assert (zhao["gender"], zhao["birth"], zhao["native_place"]) == ("男", "1969-01", "重庆铜梁")
    [post] = by(graph, "Post", title="副区长", org="重庆市巴南区人民政府")
    [decided] = by(graph, "Event", person="赵吉春", status="decided")
    assert (decided["kind"], decided["date"], decided["decided_by"]) == ("appoint", "2025-06-26", "重庆市巴南区人民代表大会常务委员会")
    assert json.loads(decided["evidence"])[0]["text"].startswith("十、审议并表决通过了区政府提请审议的人事议案")
    n = names(graph)
    assert any(r["from"] == decided["id"] and r["to"] == zhao["id"] for r in graph.rels["CONCERNS"])
    assert any(r["from"] == decided["id"] and r["to"] == post["id"] for r in graph.rels["TO"])
    assert [n[r["to"]] for r in graph.rels["DECIDED_BY"] if r["from"] == decided["id"]] == ["重庆市巴南区人民代表大会常务委员会"]
    [held] = [r for r in graph.rels["HELD"] if r["from"] == zhao["id"] and r["to"] == post["id"]]
    assert (held["start"], held["end"], held["current"]) == ("2025-06-26", None, True)
    assert held["events"] == [decided["id"]]  # the proposed event makes no tenure


def test_resolve_graph_source_spans(graph):
    [proposed] = by(graph, "Event", person="赵吉春", status="proposed")
    spans = [r for r in graph.rels["SOURCE"] if r["from"] == proposed["id"]]
    text = (Path(__file__).parent.parent / "samples" / "000_0945f9fe5f825365.txt").read_text("utf-8")
    assert len(spans) == 2  # the bill and its explanation
    assert all("赵吉春" in text[r["start"]:r["end"]] for r in spans)


def test_resolve_graph_liu_lunbo_removal_closes_unknown_start(graph):
    [p] = by(graph, "Person", name="刘伦波")
    [held] = [r for r in graph.rels["HELD"] if r["from"] == p["id"]]
    assert (held["start"], held["end"], held["current"]) == (None, "2025-06-26", False)


def test_resolve_graph_member_of_roles(graph):
    """常委 / 党组成员 / 代表 are memberships; 党组书记 is both a post and a membership."""
    n = names(graph)
    people = {p["id"]: p["name"] for p in graph.nodes["Person"]}
    member = {(people[r["from"]], n[r["to"]], r["role"]) for r in graph.rels["MEMBER_OF"]}
    assert ("钟渝", "中共重庆市大渡口区委员会", "常委") in member
    assert ("刘扬", "重庆市大渡口区人民政府党组", "党组成员") in member
    assert ("张国智", "重庆市大渡口区人民政府党组", "党组书记") in member
    titles = {p["id"]: p["title"] for p in graph.nodes["Post"]}
    held_titles = {(people[r["from"]], titles[r["to"]]) for r in graph.rels["HELD"]}
    assert ("张国智", "党组书记") in held_titles
    assert ("钟渝", "常委") not in held_titles
    [deputy] = [r for r in graph.rels["MEMBER_OF"] if n[r["to"]] == "重庆市巴南区第十九届人民代表大会"]
    assert deputy["role"] == "代表" and deputy["constituency"] == "木洞镇第一选区"
    assert (deputy["start"], deputy["end"]) == ("2023-12", "2025-06-26")


def test_resolve_graph_current_not_overclaimed(graph):
    """The 2021 roster of 大渡口 is years older than the newest document (2025-06): not current."""
    people = {p["id"]: p["name"] for p in graph.nodes["Person"]}
    roster = [r for r in graph.rels["HELD"] if people[r["from"]] in ("张国智", "唐勇", "王涛")]
    assert roster and not any(r["current"] for r in roster)
    leaving = [r for r in graph.rels["HELD"] if people[r["from"]] == "徐晓勇"]
    assert leaving and all(r["end"] == "2021-09" and r["former"] for r in leaving)


def test_resolve_graph_part_of_chain(graph):
    n = names(graph)
    parent = {n[r["from"]]: n[r["to"]] for r in graph.rels["PART_OF"]}
    chain, org = [], "重庆市巴南区退役军人事务局"
    while org in parent:
        org = parent[org]
        chain.append(org)
    assert chain[-3:] == ["重庆市巴南区", "重庆市", "中华人民共和国"]
    assert parent["重庆市巴南区退役军人事务局党组"] == "重庆市巴南区退役军人事务局"


def test_resolve_graph_short_names_keep_variants(graph):
    [congress] = by(graph, "Organization", name="重庆市巴南区第十九届人民代表大会")
    assert "区第十九届人民代表大会" in congress["short_names"]


def test_resolve_graph_fact_layer_roundtrip(graph):
    facts = load(*ALL)
    rows = graph.nodes["Fact"]
    assert len(rows) == len(facts)
    back = sorted((Fact.from_json(json.loads(r["json"])) for r in rows), key=lambda f: (f.source.key(), f.key()))
    assert back == sorted(facts, key=lambda f: (f.source.key(), f.key()))
    doc_ids = {d["id"] for d in docs()}
    assert {r["doc"] for r in rows} <= doc_ids


def test_resolve_graph_org_kg_orgs_cannot_read_stands_alone():
    """A name kg.orgs does not read as an organization is kept as written, in the fact's
    jurisdiction, with no PART_OF guessed (precision over recall)."""
    registry = organizations.OrgRegistry()
    assert registry.add("某某", "某某", "重庆市巴南区") == "某某"
    orgs, part_of = registry.rows()
    assert [(o["name"], o["type"], o["jurisdiction"]) for o in orgs] == [("某某", "other", "重庆市巴南区")]
    assert part_of == []


def test_resolve_graph_org_kg_orgs_cannot_read_is_part_of_the_place_it_names():
    """Regression (samples: 重庆市綦江区篆塘镇武装部 had no chain to the country; kg.orgs reads it as the
    town's 人民武装部 since session 34, so a body it does not read stands in): a name kg.orgs does not
    read, written after a place, is PART_OF that place (the longest one it names)."""
    registry = organizations.OrgRegistry()
    registry.add("重庆市綦江区篆塘镇敬老院", None, "重庆市綦江区")
    registry.add("中国共产党重庆市大渡口区第十三届纪律检查委员会", None, "重庆市綦江区")
    orgs, part_of = registry.rows()
    name = {o["id"]: o["name"] for o in orgs}
    parent = {name[r["from"]]: name[r["to"]] for r in part_of}
    assert parent["重庆市綦江区篆塘镇敬老院"] == "重庆市綦江区篆塘镇"
    assert parent["重庆市綦江区篆塘镇"] == "重庆市綦江区"
    assert parent["中国共产党重庆市大渡口区第十三届纪律检查委员会"] == "重庆市大渡口区"
    assert {o["name"]: o["jurisdiction"] for o in orgs}["中国共产党重庆市大渡口区第十三届纪律检查委员会"] == "重庆市大渡口区"


def test_resolve_graph_rank(graph):
    from kg.model import Evidence

    rank = Fact("rank", "decided", "陈中举", "一级巡视员", None, None, "2021-11",
                Evidence("samples/002_da5c81e7ca3b0941.txt", 10, 20, "陈中举区委副书记（…11月晋升一级巡视员）"))
    g = resolve([rank], docs())
    [r] = g.nodes["Rank"]
    assert r["name"] == "一级巡视员"
    [h] = g.rels["HAS_RANK"]
    assert h["date"] == "2021-11" and h["to"] == r["id"]


@pytest.fixture(scope="session")
def db(graph, tmp_path_factory) -> str:
    """A LadybugDB file holding the fixture graph (facts are in the graph's Fact layer)."""
    pytest.importorskip("ladybug")
    from kg.store import open_store

    path = str(tmp_path_factory.mktemp("resolve") / "kg.db")
    with open_store(path) as store:
        store.replace_all(graph, [], docs())
    return path


def run_cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_resolve_graph_cli_people_json(db):
    code, out = run_cli("people", "刘松", "--json", "--db", db)
    assert code == 0, out
    rows = json.loads(out)
    assert len(rows) == 1  # the chief is the 代表 who resigned for a change of work at his appointing meeting
    [chief] = rows
    assert chief["birth"] == "1974-03"
    assert any(p["post"] == "重庆市巴南区退役军人事务局 局长" and p["current"] for p in chief["posts"])


def test_resolve_graph_cli_explain_and_ambiguous(db):
    code, out = run_cli("people", "--explain", "赵吉春", "--json", "--db", db)
    assert code == 0, out
    [zhao] = json.loads(out)
    assert len(zhao["facts"]) == 5 and zhao["merges"]
    code, out = run_cli("people", "--ambiguous", "--json", "--db", db)
    assert code == 0, out
    assert json.loads(out) == []  # this fixture graph has no namesake left without evidence


def test_resolve_graph_cli_org_tree(db):
    code, out = run_cli("org-tree", "重庆市巴南区", "--json", "--db", db)
    assert code == 0, out
    tree = json.loads(out)
    gov = next(c for c in tree["children"] if c["name"] == "重庆市巴南区人民政府")
    assert gov["posts"]["副区长"] == ["赵吉春"]
    vet = next(c for c in gov["children"] if c["name"] == "重庆市巴南区退役军人事务局")
    assert vet["posts"]["局长"] == ["刘松"]


def test_resolve_graph_same_span_from_two_extractors_order_independent():
    """Regression: a roster and a list extractor both reading one row (same span, different row
    ids) gave a different graph for a different input order."""
    facts = load("002_roster")
    twins = [Fact.from_json({**f.to_json(), "section": "名单", "row": f"list-{f.row}", "list_row": True})
             for f in facts]
    both = facts + twins
    a = resolve(both, docs())
    b = resolve(list(reversed(both)), docs())
    assert a == b
    assert len(a.nodes["Fact"]) == len(both)
    assert len(by(a, "Person", name="王涛")) == 2 and len(by(a, "Person", name="张国智")) == 1
