"""Exports: every format read back with the library its users read it with (networkx for
GraphML / GEXF / node-link JSON / Cytoscape JSON, cytoscape.js itself when npm installed it,
LadybugDB for the Cypher script, csv for neo4j-admin), and subgraphs (--person, --org,
--depth, --as-of) in every format.

What exports must never do to a user's files is tested in tests/test_safety_outputs.py; the
HTML page in a real browser in tests/test_web.py."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT, make_sample_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.export import (FORMATS, PORTABLE_MARK, Selection, cypher_literal, cypher_script, export, read_graph,
                       render_html, select, to_networkx)
from kg.schema import load_schema, neo4j_constraints, quote
from kg.store.ladybug import LadybugStore

N_NODES = 6 + 5 + 4 + 4 + 1 + 1  # persons, organizations, posts, events, rank, document
N_RELS = 6 + 4 + 4 + 1 + 1 + 4 + 4 + 4 + 4 + 6


@pytest.fixture(scope="module")
def store(sample_db):
    with LadybugStore(sample_db, read_only=True) as s:
        yield s


def test_export_to_networkx_from_graph_and_store(sample_graph, store):
    g = to_networkx(sample_graph)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["p:zeng"]["kg_label"] == "Person" and g.nodes["p:zeng"]["label"] == "曾庆云"
    assert g.nodes["e:zhao"]["kind"] == "appoint" and g.nodes["e:zhao"]["kg_label"] == "Event"  # kind is data, not the label
    held = [d for _, _, d in g.out_edges("p:zeng", data=True) if d["type"] == "HELD"]
    assert len(held) == 2  # two tenures, two parallel edges
    h = to_networkx(store)
    assert (h.number_of_nodes(), h.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges()) == (N_NODES, N_RELS)
    assert h.nodes["o:banan"]["short_names"] == ["巴南区", "巴南"]


def test_export_read_graph_skips_facts(store):
    graph = read_graph(store)
    assert "Fact" not in graph.nodes and len(graph.nodes["Person"]) == 6 and len(graph.rels["HELD"]) == 6


def _every_property(graph, read_node, read_edges):
    """Every property of every node and relationship of ``graph`` is in the read-back graph."""
    for label, rows in graph.nodes.items():
        for props in rows:
            got = read_node(props["id"])
            assert got.get("kg_label") == label, props["id"]
            for k, v in props.items():
                if v is None or k == "id":  # the id is the node's key (found by it)
                    continue
                have = got.get(k)
                if isinstance(v, list):
                    have = json.loads(have) if isinstance(have, str) else have
                assert have == v, (props["id"], k, have, v)
    for typ, rows in graph.rels.items():
        edges = read_edges(typ)
        assert len(edges) == len(rows), typ
        for r in rows:
            want = {k: v for k, v in r.items() if v is not None}
            assert any(all(_same(e.get(k), v) for k, v in want.items()) for e in edges), (typ, r)


def _same(have, want):
    if isinstance(want, list) and isinstance(have, str):
        have = json.loads(have)
    return have == want


def test_export_graphml_keeps_every_property(store, tmp_path, sample_graph):
    g = nx.read_graphml(export(store, "graphml", tmp_path / "g.graphml"), force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph)
    edges = [(a, b, d) for a, b, d in g.edges(data=True)]
    _every_property(sample_graph, lambda i: g.nodes[i],
                    lambda typ: [{"from": a, "to": b, **d} for a, b, d in edges if d["type"] == typ])
    assert g.nodes["e:luo"]["kind"] == "resign" and g.nodes["o:proc"]["type"] == "procuratorate"
    assert os.listdir(tmp_path) == ["g.graphml"]


# -- GEXF -----------------------------------------------------------------------------------------
GEXF = "{http://gexf.net/1.3}"
GEXF_ATTR_TYPES = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI",
                   "listboolean", "listinteger", "listlong", "listdouble", "listfloat", "date", "bigdecimal", "biginteger"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# The attributes each element may carry in GEXF 1.3 (gexf.rnc + dynamics.rnc of gephi/gexf, by hand)
GEXF_ALLOWED = {
    "gexf": {"version", "variant", "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"},
    "meta": {"lastmodifieddate"}, "creator": set(), "description": set(), "keywords": set(),
    "graph": {"defaultedgetype", "idtype", "timeformat", "start", "end", "timestamp", "mode", "timerepresentation", "timezone"},
    "attributes": {"class"}, "attribute": {"id", "title", "type"}, "default": set(), "options": set(),
    "nodes": {"count"}, "edges": {"count"},
    "node": {"id", "label", "pid", "start", "end", "intervals", "timestamp", "timestamps"},
    "edge": {"id", "type", "label", "source", "target", "weight", "kind", "start", "end", "intervals", "timestamp", "timestamps"},
    "attvalues": set(), "attvalue": {"for", "value", "start", "end", "timestamp"},
    "spells": set(), "spell": {"start", "end", "timestamp"},
}
GEXF_VIZ = "{http://gexf.net/1.3/viz}"


def check_gexf(path: Path) -> ET.Element:
    """The rules of GEXF 1.3 (gexf.rnc / dynamics.rnc, the primer) that Gephi enforces, checked offline."""
    root = ET.parse(path).getroot()
    for el in root.iter():
        if el.tag.startswith(GEXF_VIZ):
            continue
        assert el.tag.startswith(GEXF), el.tag
        name = el.tag[len(GEXF):]
        assert name in GEXF_ALLOWED, name
        assert set(el.attrib) <= GEXF_ALLOWED[name], (name, set(el.attrib) - GEXF_ALLOWED[name])
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert graph.get("defaultedgetype") in ("directed", "undirected", "mutual")
    assert graph.get("mode") in ("static", "dynamic") and graph.get("timeformat") in (None, "integer", "double", "date", "dateTime")
    assert graph.get("timerepresentation") in (None, "interval", "timestamp")
    declared = {}
    for attrs in graph.findall(f"{GEXF}attributes"):
        assert attrs.get("class") in ("node", "edge")
        for a in attrs.findall(f"{GEXF}attribute"):
            assert a.get("type") in GEXF_ATTR_TYPES and a.get("title")
            assert (attrs.get("class"), a.get("id")) not in declared, a.get("id")
            declared[(attrs.get("class"), a.get("id"))] = a.get("type")

    def values(cls, el):
        for v in el.iterfind(f"{GEXF}attvalues/{GEXF}attvalue"):
            typ = declared[(cls, v.get("for"))]  # every value is of a declared attribute
            if typ == "boolean":
                assert v.get("value") in ("true", "false")
            if typ in ("long", "integer"):
                int(v.get("value"))

    def spells(el):
        for s in el.iterfind(f"{GEXF}spells/{GEXF}spell"):
            start, end = s.get("start"), s.get("end")
            assert start or end
            for d in (start, end):
                assert d is None or ISO_DATE.match(d), d
            assert not (start and end) or start <= end

    ids = set()
    for n in graph.iterfind(f"{GEXF}nodes/{GEXF}node"):
        assert n.get("id") not in ids and n.get("label") is not None
        ids.add(n.get("id"))
        values("node", n)
        spells(n)
    edge_ids = set()
    for e in graph.iterfind(f"{GEXF}edges/{GEXF}edge"):
        assert e.get("type", "directed") in ("directed", "undirected", "mutual"), e.get("type")  # no 'HELD' here
        assert e.get("source") in ids and e.get("target") in ids and e.get("id") not in edge_ids
        edge_ids.add(e.get("id"))
        values("edge", e)
        spells(e)
    return graph


def test_export_gexf_is_valid_dynamic_and_reads_back(store, tmp_path, sample_graph):
    out = export(store, "gexf", tmp_path / "g.gexf")
    graph = check_gexf(out)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    g = nx.read_gexf(out, version="1.3")
    assert g.number_of_nodes() == N_NODES and g.number_of_edges() == N_RELS
    assert g.graph["mode"] == "dynamic"
    assert {d["rel_type"] for *_, d in g.edges(data=True)} == set(sample_graph.rels)
    assert {g.nodes[e]["kind"] for e in ("e:zhao", "e:liulb", "e:luo", "e:zeng")} == {"appoint", "remove", "resign", "acting"}
    assert all(d["kg_label"] == "Event" for n, d in g.nodes(data=True) if n.startswith("e:"))
    held = {(a, b): d for a, b, d in g.edges(data=True) if d["rel_type"] == "HELD"}
    luo = held[("p:luo", "post:proc:检察长")]
    assert luo["spells"] == [("2021-08-01", "2025-06-26")] and luo["start_date"] == "2021-08" and luo["end_date"] == "2025-06-26"
    assert held[("p:liulb", "post:gov:副区长")]["spells"][0][0] == "2021-01-01"  # a year widened to its first day
    member = next(d for *_, d in g.edges(data=True) if d["rel_type"] == "MEMBER_OF")
    assert member["spells"][0][0] == "2021-01-01" and member["role"] == "主任"
    assert g.nodes["e:zhao"]["spells"][0][0] == "2025-06-26"  # an act appears on its date
    graph = make_sample_graph()  # attested only: a spell over the documents that attest it
    graph.rels["HELD"] = [{"from": "p:zhao", "to": "post:gov:副区长", "first_seen": "2023", "last_seen": "2024-05", "current": False}]
    h = nx.read_gexf(export(graph, "gexf", tmp_path / "seen.gexf"), version="1.3")
    assert [d["spells"] for *_, d in h.edges(data=True) if d["rel_type"] == "HELD"] == [[("2023-01-01", "2024-05-31")]]
    source = next(d for *_, d in g.edges(data=True) if d["rel_type"] == "SOURCE")
    assert isinstance(source["start_offset"], int)  # SOURCE offsets stay numbers


# -- JSON formats ---------------------------------------------------------------------------------
def test_export_json_is_networkx_node_link(store, tmp_path, sample_graph):
    data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="edges")
    assert isinstance(g, nx.MultiDiGraph) and g.graph["schema_version"] == load_schema().version
    edges = list(g.edges(data=True))
    _every_property(sample_graph, lambda i: g.nodes[i],
                    lambda typ: [{"from": a, "to": b, **d} for a, b, d in edges if d["type"] == typ])
    assert g.nodes["o:banan"]["short_names"] == ["巴南区", "巴南"]  # lists stay lists


def test_export_cytoscape_reads_back(store, tmp_path, sample_graph):
    out = export(store, "cytoscape", tmp_path / "g.cyjs")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["elements"]) == {"nodes", "edges"}
    g = nx.cytoscape_graph(data)
    edges = list(g.edges(data=True))
    _every_property(sample_graph, lambda i: g.nodes[i],
                    lambda typ: [{"from": a, "to": b, **d} for a, b, d in edges if d["type"] == typ])
    ids = [e["data"]["id"] for e in data["elements"]["nodes"] + data["elements"]["edges"]]
    assert len(ids) == len(set(ids))  # cytoscape.js needs unique element ids


CYTOSCAPE_JS = ROOT / "kg" / "web" / "cytoscape.min.js"  # the build kg ships (UMD: node can require it)


@pytest.mark.e2e  # node runs cytoscape.js
def test_export_cytoscape_loads_in_cytoscape_js(store, tmp_path):
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed: the Cytoscape export is read back with networkx only")
    out = export(store, "cytoscape", tmp_path / "g.cyjs")
    script = (
        f"const cytoscape = require({json.dumps(str(CYTOSCAPE_JS))});"
        f"const data = JSON.parse(require('fs').readFileSync({json.dumps(str(out))}, 'utf8'));"
        "const cy = cytoscape({headless: true, elements: data.elements});"
        "const e = cy.getElementById('e:zhao');"
        "console.log(JSON.stringify({nodes: cy.nodes().length, edges: cy.edges().length, kind: e.data('kind'),"
        " held: cy.edges('[type = \"HELD\"]').length, zeng: cy.getElementById('p:zeng').outgoers('node[kg_label = \"Post\"]').length}));"
    )
    run = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"nodes": N_NODES, "edges": N_RELS, "kind": "appoint", "held": 6, "zeng": 2}


# -- Cypher script ----------------------------------------------------------------------------------
def _empty_ladybug(path: Path):
    """An empty LadybugDB with kg's tables plus the script's marks (kg_owner, kg_seq)."""
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    schema = load_schema()
    for n in schema.nodes.values():
        cols = ", ".join(f"{quote(k)} {t}" for k, t in n.properties.items())
        conn.execute(f"CREATE NODE TABLE {quote(n.label)}({cols}, kg_owner STRING, PRIMARY KEY({quote(n.key)}))")
    for r in schema.rels.values():
        cols = "".join(f", {quote(k)} {t}" for k, t in r.properties.items())
        conn.execute(f"CREATE REL TABLE {quote(r.type)}(FROM {quote(r.from_label)} TO {quote(r.to_label)}{cols}, kg_seq INT64)")
    return db, conn


HOSTILE = "赵'吉\\春\"\n\r\t;}) DETACH DELETE n //\u2028\x01"


def test_export_cypher_script_runs_on_ladybug(tmp_path):
    graph = make_sample_graph()
    graph.nodes["Person"][0]["name"] = HOSTILE
    out = export(graph, "cypher", tmp_path / "g.cypher")
    text = out.read_text(encoding="utf-8")
    assert "$" not in text.replace("$", "", 0) or not re.search(r"\$[A-Za-z_]", text)  # parameter-free
    head, portable = text.split(PORTABLE_MARK + "\n")
    assert "CREATE INDEX" in head and "CONSTRAINT" not in text
    statements = portable.splitlines()
    assert all(s.endswith(";") for s in statements)  # one statement a line: cypher-shell and this test split alike
    db, conn = _empty_ladybug(tmp_path / "db")
    for _ in range(2):  # a second run changes nothing (MERGE on id / kg_seq)
        for s in statements:
            conn.execute(s)
    for label, rows in graph.nodes.items():
        assert conn.execute(f"MATCH (n:{quote(label)}) RETURN count(n)").get_next() == [len(rows)], label
    for typ, rows in graph.rels.items():
        assert conn.execute(f"MATCH ()-[r:{quote(typ)}]->() RETURN count(r)").get_next() == [len(rows)], typ
    assert conn.execute("MATCH (p:Person) WHERE p.id = 'p:zhao' RETURN p.name, p.kg_owner").get_next() == [HOSTILE, "kg-export"]
    got = conn.execute("MATCH (:Person)-[h:HELD]->(p:Post) WHERE p.id = 'post:proc:检察长' AND h.`end` = '2025-06-26' "
                       "RETURN h.start, h.current, h.events").get_next()
    assert got == ["2021-08", False, ["e:luo"]]


@pytest.mark.parametrize("value, literal", [
    ("a'b", r"'a\'b'"), ("a\\b", r"'a\\b'"), ("x\ny", r"'x\ny'"), ("\u2028", r"'\u2028'"), ("\ud800", r"'\ufffd'"),
    (True, "true"), (3, "3"), (["a", "b'"], r"['a', 'b\'']"), (None, "null"),
])
def test_export_cypher_literals(value, literal):
    assert cypher_literal(value) == literal


# -- neo4j-admin CSV --------------------------------------------------------------------------------
def test_export_csv_for_neo4j_admin(store, tmp_path):
    out = export(store, "csv", tmp_path / "neo")
    with open(out / "nodes_Organization.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "id:ID(Organization)" and "short_names:string[]" in rows[0] and rows[0][-2:] == ["kg_owner:string", ":LABEL"]
    assert any("巴南区;巴南" in r for r in rows) and all(r[-2] == "kg" for r in rows[1:])
    with open(out / "rels_HELD.csv", encoding="utf-8") as fh:
        held = list(csv.reader(fh))
    assert held[0][:2] == [":START_ID(Person)", ":END_ID(Post)"] and "current:boolean" in held[0]
    assert held[0][-3:] == ["kg_owner:string", "kg_seq:long", ":TYPE"] and len(held) == 7
    with open(out / "nodes_Fact.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header == ["id:ID(Fact)", "doc:string", "kind:string", "json:string", "kg_owner:string", ":LABEL"]  # what a later build needs
    statements = (out / "constraints.cypher").read_text(encoding="utf-8")
    assert all(s + ";" in statements for s in neo4j_constraints())
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert "--nodes=Fact=nodes_Fact.csv" in script and "constraints.cypher" in script
    export(store, "csv", tmp_path / "neo")  # kg's own previous export is written again
    assert ".kg-export.json" in os.listdir(out) and not [p for p in os.listdir(out) if p.startswith(".kg-tmp")]


# -- subgraphs ----------------------------------------------------------------------------------------
def _ids(graph):
    return {n["id"] for rows in graph.nodes.values() for n in rows}


def test_export_select_person_org_depth_as_of(sample_graph):
    zeng = _ids(select(sample_graph, Selection(person="曾庆云", depth=1)))
    assert zeng == {"p:zeng", "post:proc:检察长", "post:proc:副检察长", "e:zeng", "d:000"}
    two = _ids(select(sample_graph, Selection(person="曾庆云")))
    assert {"p:luo", "o:proc", "e:luo"} <= two and "p:zhao" not in two  # the post's other holders, not the whole document
    proc = _ids(select(sample_graph, Selection(org="区检察院", depth=1)))  # a short name
    assert proc == {"o:proc", "o:banan", "post:proc:检察长", "post:proc:副检察长"}
    then = select(sample_graph, Selection(as_of="2024-01-01"))
    assert {p["name"] for p in then.nodes["Person"]} == {"罗伟", "刘伦波", "刘永全"}
    assert [(r["from"], r["to"]) for r in then.rels["HELD"]] == [("p:liulb", "post:gov:副区长"), ("p:luo", "post:proc:检察长")]
    assert "Event" not in then.nodes or not then.nodes["Event"]
    after = select(sample_graph, Selection(as_of="2025-06"))  # a month counts as its last day
    assert {r["from"] for r in after.rels["HELD"]} >= {"p:zhao", "p:zeng"} and "p:luo" not in {r["from"] for r in after.rels["HELD"]}
    with pytest.raises(KgError, match="no person named '王五'"):
        select(sample_graph, Selection(person="王五"))
    with pytest.raises(KgError, match="--depth needs"):
        select(sample_graph, Selection(depth=1))
    with pytest.raises(KgError, match="not an ISO date"):
        select(sample_graph, Selection(as_of="June"))


READ_IDS = {
    "graphml": lambda p: set(nx.read_graphml(p).nodes),
    "gexf": lambda p: set(nx.read_gexf(p, version="1.3").nodes),
    "json": lambda p: set(nx.node_link_graph(json.loads(p.read_text(encoding="utf-8")), edges="edges").nodes),
    "cytoscape": lambda p: set(nx.cytoscape_graph(json.loads(p.read_text(encoding="utf-8"))).nodes),
    "cypher": lambda p: set(re.findall(r"^MERGE \(n:`\w+` \{`id`: '([^']+)'", p.read_text(encoding="utf-8"), re.M)),
    "csv": lambda p: {r[0] for f in p.glob("nodes_*.csv") if f.name != "nodes_Fact.csv"
                      for r in list(csv.reader(open(f, encoding="utf-8")))[1:]},
    "html": lambda p: {n["p"]["id"] for n in json.loads(p.read_text(encoding="utf-8").split('type="application/json">')[1]
                                                        .split("</script>")[0])["nodes"]},
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_cli_subgraph_every_format(sample_db, tmp_path, fmt):
    assert set(READ_IDS) == set(FORMATS)
    out = tmp_path / f"zeng.{fmt}"
    args = ["export", fmt, "-o", str(out), "--db", sample_db, "--person", "曾庆云", "--depth", "1", "--as-of", "2025-07-01"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    want = {"p:zeng", "post:proc:检察长", "post:proc:副检察长", "e:zeng", "d:000"}
    if fmt == "html":
        want.discard("d:000")  # the page does not draw documents
    assert READ_IDS[fmt](out) == want


def test_export_cli_subgraph_errors(sample_db, tmp_path):
    result = CliRunner().invoke(app, ["export", "json", "-o", str(tmp_path / "x.json"), "--db", sample_db, "--depth", "2"])
    assert result.exit_code == 1 and "--depth needs --person or --org" in str(result.exception)
    assert not (tmp_path / "x.json").exists()


# -- HTML ---------------------------------------------------------------------------------------------
def test_export_html_is_self_contained(store, tmp_path):
    html = export(store, "html", tmp_path / "g.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing loaded from the network
    assert not re.search(r"\b(fetch|XMLHttpRequest|importScripts)\s*\(", html.split("<script>", 2)[-1])
    blob = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert len(blob["nodes"]) == N_NODES - 1  # without the document
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in blob["nodes"])  # laid out at export time
    zeng = next(n["id"] for n in blob["nodes"] if n["n"] == "曾庆云")
    assert [r["what"] for r in blob["careers"][zeng] if r["k"] == "held"] == ["重庆市巴南区人民检察院 副检察长", "重庆市巴南区人民检察院 检察长"]
    assert blob["focus"] and blob["focus_title"]


def test_export_unknown_format(store, tmp_path):
    with pytest.raises(KgError, match="unknown export format 'pdf'"):
        export(store, "pdf", tmp_path / "x.pdf")


def test_export_html_data_block_cannot_end_the_script():
    html = render_html({"nodes": [{"label": "Document", "id": "d", "title": "</script><!--<script>&\u2028"}], "relationships": []})
    blob = html.split('type="application/json">')[1].split("</script>")[0]
    assert json.loads(blob)["nodes"][0]["title"] == "</script><!--<script>&\u2028"
    assert html.count("</script>") == 3 and html.count("<!--") == 0  # data, cytoscape.js, the page's script


def test_export_layout_scales():
    """The layout at export time stays linear-ish in memory and finishes on big graphs (timing: bench/)."""
    from kg.web import layout

    n = 1500  # a core above kg.web.SMALL: pivot MDS + grid refinement
    pos = layout(n, [(i, (i * 7) % n) for i in range(n)] + [(i, i + 1) for i in range(0, n - 1, 2)])
    assert pos.shape == (n, 2) and (pos == pos).all()
    assert (layout(50, [(i, i + 1) for i in range(49)]) == layout(50, [(i, i + 1) for i in range(49)])).all()  # deterministic


def test_export_cli(sample_db, tmp_path):
    result = CliRunner().invoke(app, ["export", "graphml", "-o", str(tmp_path / "g.graphml"), "--db", sample_db])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.graphml").exists()


def test_export_reports_progress_in_rows(store, tmp_path):
    import io

    from kg.progress import Progress

    out = io.StringIO()
    with Progress("kg export", stream=out, terminal=False, min_rows=0) as progress:
        export(store, "json", tmp_path / "g.json", progress=progress)
    lines = out.getvalue().splitlines()
    assert [line.split()[2] for line in lines] == ["read", "write"], lines
    assert lines[1].startswith(f"kg export: write json {N_NODES + N_RELS}/{N_NODES + N_RELS} rows in "), lines


def test_export_views_show_evidence_text_and_stored_forms_keep_span_ids(store, tmp_path, sample_graph):
    """graphml / json show each evidence with its sentence and no Span nodes; csv (and the cypher
    script) carry the graph as kg stores it: evidence as Span ids, the Span nodes with the text."""
    data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    assert not [n for n in data["nodes"] if n.get("kg_label") == "Span"]
    events = {n["id"]: n for n in data["nodes"] if n.get("kg_label") == "Event"}
    assert {i: e["evidence"] for i, e in events.items()} == {e["id"]: e["evidence"] for e in sample_graph.nodes["Event"]}
    folder = export(store, "csv", tmp_path / "neo")
    with open(folder / "nodes_Span.csv", encoding="utf-8", newline="") as fh:
        spans = list(csv.DictReader(fh))
    assert len(spans) == len({r["text:string"] for r in spans}) == 3  # three sentences, each once
    text = export(store, "cypher", tmp_path / "g.cypher").read_text(encoding="utf-8")
    assert text.count(json.loads(sample_graph.nodes["Event"][0]["evidence"])[0]["text"]) == 1
