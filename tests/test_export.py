"""Exports: networkx conversion, GraphML/GEXF/JSON/CSV/HTML files, written atomically.

What exports must never do to a user's files is tested in tests/test_safety_outputs.py."""

from __future__ import annotations

import csv
import json
import os

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.export import export, read_graph, render_html, to_networkx
from kg.store.ladybug import LadybugStore


@pytest.fixture(scope="module")
def store(sample_db):
    with LadybugStore(sample_db, read_only=True) as s:
        yield s


def test_export_to_networkx_from_graph_and_store(sample_graph, store):
    g = to_networkx(sample_graph)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["p:zeng"]["kind"] == "Person" and g.nodes["p:zeng"]["label"] == "曾庆云"
    held = [d for _, _, d in g.out_edges("p:zeng", data=True) if d["type"] == "HELD"]
    assert len(held) == 2  # two tenures, two parallel edges
    h = to_networkx(store)
    assert (h.number_of_nodes(), h.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert h.nodes["o:banan"]["short_names"] == ["巴南区", "巴南"]


def test_export_read_graph_skips_facts(store):
    graph = read_graph(store)
    assert "Fact" not in graph.nodes and len(graph.nodes["Person"]) == 6 and len(graph.rels["HELD"]) == 6


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graphml_gexf_read_back(store, tmp_path, fmt):
    out = export(store, fmt, tmp_path / f"g.{fmt}")
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert g.number_of_nodes() == 6 + 5 + 4 + 4 + 1 + 1
    names = {d.get("name") for _, d in g.nodes(data=True)}
    assert "重庆市巴南区人民检察院" in names
    assert os.listdir(tmp_path) == [f"g.{fmt}"]


def test_export_json_and_csv(store, tmp_path):
    data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"Person", "Organization", "Post", "Event", "Rank", "Document"}
    assert sum(r["type"] == "HELD" for r in data["relationships"]) == 6
    out = export(store, "csv", tmp_path / "neo")
    with open(out / "nodes_Organization.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "id:ID(Organization)" and "short_names:string[]" in rows[0] and rows[0][-1] == ":LABEL"
    assert any("巴南区;巴南" in r for r in rows)
    with open(out / "rels_HELD.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[:2] == [":START_ID(Person)", ":END_ID(Post)"] and "current:boolean" in header
    assert header[-3:] == ["kg_owner:string", "kg_seq:long", ":TYPE"]  # kg's Neo4j store manages them after an import
    with open(out / "nodes_Fact.csv", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header == ["id:ID(Fact)", "doc:string", "kind:string", "json:string", "kg_owner:string", ":LABEL"]  # what a later build needs
    export(store, "csv", tmp_path / "neo")  # kg's own previous export is written again
    assert sorted(os.listdir(tmp_path)) == ["g.json", "neo"]
    assert ".kg-export.json" in os.listdir(out) and not [p for p in os.listdir(out) if p.startswith(".kg-tmp")]


def test_export_html_is_self_contained(store, tmp_path):
    html = export(store, "html", tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script" in html and "http://" not in html and "https://" not in html
    blob = html.split('type="application/json">')[1].split("</script>")[0]
    assert len(json.loads(blob)["nodes"]) == 21


def test_export_unknown_format(store, tmp_path):
    with pytest.raises(KgError, match="unknown export format 'pdf'"):
        export(store, "pdf", tmp_path / "x.pdf")


def test_export_html_data_block_cannot_end_the_script():
    html = render_html({"nodes": [{"label": "Document", "id": "d", "title": "</script><!--<script>&\u2028"}], "relationships": []})
    blob = html.split('type="application/json">')[1].split("</script>")[0]
    assert json.loads(blob)["nodes"][0]["title"] == "</script><!--<script>&\u2028"
    assert html.count("</script>") == 2 and html.count("<!--") == 0


def test_export_cli(sample_db, tmp_path):
    result = CliRunner().invoke(app, ["export", "graphml", "-o", str(tmp_path / "g.graphml"), "--db", sample_db])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.graphml").exists()
