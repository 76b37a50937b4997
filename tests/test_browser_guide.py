"""Neo4j Browser files (issue 11): the generated query file is up to date with kg/cypher/ and
gives every query its :param lines; the GraSS style sheet styles every label with its own
colour and a caption from a real property; both ship in the package."""

from __future__ import annotations

import re

from kg.neo4j_browser import browser_dir, example, main, render
from kg.queries import catalog_dir, load_catalog
from kg.schema import load_schema


def test_browser_queries_file_is_up_to_date():
    assert main(["--check"]) == 0, "kg/browser/queries.cypher is out of date: run python -m kg.neo4j_browser"


def test_browser_queries_have_their_params():
    text = render()
    blocks = text.split("// ---- ")[1:]
    catalog = load_catalog(catalog_dir())
    assert [b.split(":", 1)[0] for b in blocks] == list(catalog)
    for block, q in zip(blocks, catalog.values()):
        params = re.findall(r"^:param (\w+) => '((?:[^'\\]|\\.)*)';$", block, re.M)
        assert [p for p, _ in params] == list(q.params), q.name
        for p, value in params:
            assert (value == "") == (p in q.optional or not example(q.params[p])), (q.name, p)
        used = set(re.findall(r"\$(\w+)", block.split("\n:param")[-1]))
        assert used <= set(q.params), q.name
        assert block.rstrip().endswith(";")
    assert "shortestPath" in text and "SHORTEST 1.." not in text  # the Neo4j variant of per-store queries


def test_browser_example_values():
    assert example("the post title as the graph holds it (副区长, 检察长)") == "副区长"
    assert example("first date (2021-01, 2021)") == "2021-01"
    assert example("no example") == ""


def test_browser_style_sheet_styles_every_label():
    grass = (browser_dir() / "kg.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"^node\.(\w+)\s*\{(.*?)^\}", grass, re.M | re.S))
    schema = load_schema()
    assert set(blocks) >= {"Person", "Organization", "Post", "Event", "Document"}
    assert set(blocks) <= set(schema.nodes)
    colours = {}
    for label, body in blocks.items():
        style = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body))
        colours[label] = style["color"].strip().lower()
        caption = style["caption"].strip().strip('"')
        props = re.findall(r"\{(\w+)\}", caption)
        assert props and all(p in schema.nodes[label].properties for p in props), (label, caption)
    assert len(set(colours.values())) == len(colours)  # distinct colours
    for typ, body in re.findall(r"^relationship\.(\w+)\s*\{(.*?)^\}", grass, re.M | re.S):
        assert typ in schema.rels
        caption = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", body)).get("caption", "")
        for p in re.findall(r"\{(\w+)\}", caption):
            assert p in schema.rels[typ].properties, (typ, p)
