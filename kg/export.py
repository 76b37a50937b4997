"""Export the graph: GraphML, GEXF, JSON, neo4j-admin import CSVs, and one offline HTML page.

Every file goes through :mod:`kg.outputs`: written atomically (a temporary file next to the
target, then os.replace) so that an interrupted or failed export leaves the previous output as
it was; ``-`` is standard output; a device or FIFO is written in place; the csv directory is
only written into when it is new, empty or kg's own previous csv export (``force`` to allow
another directory, and then only kg's files are replaced).

Fact nodes (the raw extraction layer) are exported in csv only: a graph imported into Neo4j
from those files keeps what a later ``kg build`` re-resolves from. The other formats show the
graph people look at, without them.
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
from pathlib import Path
from typing import IO, Any, Callable

import networkx as nx

from kg.errors import KgError
from kg.model import Graph
from kg.outputs import STDOUT, new_file_mode, write_directory, write_file
from kg.schema import Schema, load_schema, quote
from kg.store.neo4j import OWNER, OWNER_KEY, SEQ_KEY, rel_rows

FORMATS = ("graphml", "gexf", "json", "csv", "html")
SKIP_LABELS = ("Fact",)
NEO4J_TYPES = {"STRING": "string", "INT64": "long", "BOOLEAN": "boolean", "DOUBLE": "double", "STRING[]": "string[]"}


# -- reading the graph back ----------------------------------------------------------------
def read_graph(store: Any, schema: Schema | None = None, skip: tuple[str, ...] = SKIP_LABELS) -> Graph:
    """The stored graph as a :class:`Graph`, read with portable queries generated from the schema."""
    schema = schema or load_schema()
    graph = Graph()
    for label, spec in schema.nodes.items():
        if label in skip:
            continue
        cols = ", ".join(f"n.{quote(p)} AS {quote(p)}" for p in spec.properties)
        rows = store.run(f"MATCH (n:{quote(label)}) RETURN {cols} ORDER BY n.{quote(spec.key)}")
        graph.nodes[label] = [{k: v for k, v in r.items() if v is not None} for r in rows]
    for typ, rspec in schema.rels.items():
        if rspec.from_label in skip or rspec.to_label in skip:
            continue
        cols = "".join(f", r.{quote(p)} AS {quote(p)}" for p in rspec.properties)
        q = (
            f"MATCH (a:{quote(rspec.from_label)})-[r:{quote(typ)}]->(b:{quote(rspec.to_label)}) "
            f"RETURN a.id AS `from`, b.id AS `to`{cols} ORDER BY `from`, `to`"
        )
        graph.rels[typ] = [{k: v for k, v in r.items() if v is not None} for r in store.run(q)]
    return graph


def _as_graph(graph_or_store: Any, skip: tuple[str, ...] = SKIP_LABELS) -> Graph:
    return graph_or_store if isinstance(graph_or_store, Graph) else read_graph(graph_or_store, skip=skip)


def _node_key(graph: Graph) -> Callable[[str, str], str]:
    """Node ids as they are when unique across labels, else prefixed with the label."""
    ids = [n["id"] for rows in graph.nodes.values() for n in rows]
    if len(ids) == len(set(ids)):
        return lambda label, i: i
    return lambda label, i: f"{label}:{i}"


def display_name(props: dict[str, Any]) -> str:
    return str(props.get("name") or props.get("title") or props.get("path") or props.get("id"))


def to_networkx(graph_or_store: Any) -> nx.MultiDiGraph:
    """A MultiDiGraph: node attribute ``kind`` is the label, edge attribute ``type`` the rel type."""
    graph = _as_graph(graph_or_store)
    key = _node_key(graph)
    labels: dict[str, str] = {}
    g = nx.MultiDiGraph()
    for label, rows in graph.nodes.items():
        for props in rows:
            g.add_node(key(label, props["id"]), kind=label, label=display_name(props), **_attrs(props, "label", "kind"))
            labels[props["id"]] = label
    schema = load_schema()
    for typ, rows in graph.rels.items():
        spec = schema.rels.get(typ)
        for r in rows:
            a = key(spec.from_label if spec else labels.get(r["from"], ""), r["from"])
            b = key(spec.to_label if spec else labels.get(r["to"], ""), r["to"])
            g.add_edge(a, b, key=None, type=typ, **_attrs(r, "from", "to", "type"))
    return g


def _attrs(props: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in drop and v is not None}


# Characters XML 1.0 cannot hold at all (even escaped): C0 controls but tab / newline / CR,
# lone surrogates, U+FFFE / U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML / GEXF take scalars only: lists become JSON strings, None is dropped, and
    characters XML cannot hold become U+FFFD (the file must stay readable, whatever the text)."""
    h = nx.relabel_nodes(g, lambda n: _xml_text(n) if isinstance(n, str) else n, copy=True)
    for _, data in list(h.nodes(data=True)) + [(None, d) for *_, d in h.edges(data=True)]:
        for k, v in list(data.items()):
            if v is None:
                del data[k]
            elif isinstance(v, (list, tuple, dict)):
                data[k] = _xml_text(json.dumps(v, ensure_ascii=False))
            elif isinstance(v, str):
                data[k] = _xml_text(v)
    return h


# -- writers ---------------------------------------------------------------------------------
# Single-file writers write bytes to an open binary file; write_neo4j_csv fills a folder.
def write_graphml(graph: Graph, out: IO[bytes]) -> None:
    nx.write_graphml(_flat(to_networkx(graph)), out, encoding="utf-8")


def write_gexf(graph: Graph, out: IO[bytes]) -> None:
    """GEXF reads `start` / `end` as dynamic-graph times (and chokes on partial dates): rename them."""
    g = _flat(to_networkx(graph))
    for *_, data in g.edges(data=True):
        for k in ("start", "end"):
            if k in data:
                data[f"{k}_date"] = data.pop(k)
    nx.write_gexf(g, out, encoding="utf-8")


def graph_json(graph: Graph) -> dict[str, Any]:
    nodes = [{"label": label, **props} for label, rows in graph.nodes.items() for props in rows]
    rels = [{"type": typ, **r} for typ, rows in graph.rels.items() for r in rows]
    return {"schema_version": load_schema().version, "nodes": nodes, "relationships": rels}


def write_json(graph: Graph, out: IO[bytes]) -> None:
    out.write(json.dumps(graph_json(graph), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def write_neo4j_csv(graph: Graph, out: Path) -> None:
    """neo4j-admin import CSVs (one per label / type; id spaces per label) written into the
    existing folder ``out``. Fact nodes, when the graph has them, are written like any label."""
    schema = load_schema()
    args = []
    for label, rows in graph.nodes.items():
        spec = schema.nodes[label]
        header = [f"id:ID({label})"] + [f"{p}:{NEO4J_TYPES[t]}" for p, t in spec.properties.items() if p != "id"]
        header += [f"{OWNER_KEY}:string", ":LABEL"]  # kg's marker: a later kg build manages (only) these
        names = [p for p in spec.properties if p != "id"]
        body = [[r["id"], *(_csv_cell(r.get(p)) for p in names), OWNER, label] for r in rows]
        _write_csv(out / f"nodes_{label}.csv", header, body)
        args.append(f"--nodes={label}=nodes_{label}.csv")
    for typ, rows in graph.rels.items():
        spec = schema.rels[typ]
        names = list(spec.properties)
        header = [f":START_ID({spec.from_label})", f":END_ID({spec.to_label})"]
        header += [f"{p}:{NEO4J_TYPES[t]}" for p, t in spec.properties.items()]
        header += [f"{OWNER_KEY}:string", f"{SEQ_KEY}:long", ":TYPE"]  # as kg's Neo4j store writes them
        body = [[r["src"], r["dst"], *(_csv_cell(r["props"].get(p)) for p in names), OWNER, r["seq"], typ]
                for r in rel_rows(spec, rows)]
        _write_csv(out / f"rels_{typ}.csv", header, body)
        args.append(f"--relationships={typ}=rels_{typ}.csv")
    # sentences may hold newlines: --multiline-fields; the database name goes last
    cmd = "neo4j-admin database import full --overwrite-destination --multiline-fields=true " + " ".join(args) + " neo4j"
    script = out / "import.sh"
    script.write_text(f"#!/bin/sh\n# run inside this directory (Neo4j stopped)\n{cmd}\n", encoding="utf-8")
    os.chmod(script, new_file_mode(executable=True))


def _csv_cell(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return ";".join(str(x) for x in v)  # neo4j-admin's default array delimiter
    return "" if v is None else v


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def write_html(graph: Graph, out: IO[bytes]) -> None:
    out.write(render_html(graph_json(graph)).encode("utf-8"))


# Inside <script>, "</script", "<!--" and "<script" change how the page is parsed, and U+2028 /
# U+2029 end a JavaScript line: none may appear in the data block, so all are written as JSON
# escapes (which JSON.parse reads back as the same characters).
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside an HTML <script> element: it cannot end or comment
    out the element, whatever the strings in it hold."""
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))


def render_html(data: dict[str, Any], title: str = "kg graph") -> str:
    """One self-contained page: the graph as inline JSON and a small force layout (no CDN).
    Names and titles reach the page only through that JSON and are shown as text by the script
    (textContent, canvas fillText), never as HTML."""
    parts = {"__TITLE__": html.escape(title), "__DATA__": script_json(data)}
    return re.sub("__TITLE__|__DATA__", lambda m: parts[m.group()], HTML_TEMPLATE)


HTML_TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>__TITLE__</title>
<style>
body{margin:0;font:13px sans-serif;overflow:hidden}
#bar{position:absolute;top:8px;left:8px;background:#fffe;padding:6px 8px;border:1px solid #ccc;border-radius:4px;max-width:340px}
#info{position:absolute;top:8px;right:8px;background:#fffe;padding:6px 8px;border:1px solid #ccc;border-radius:4px;
 max-width:420px;max-height:90vh;overflow:auto;white-space:pre-wrap;display:none}
#legend span{display:inline-block;margin:2px 6px 0 0;cursor:pointer;user-select:none}
#legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:3px}
canvas{display:block}
</style></head><body>
<div id="bar"><input id="q" placeholder="search name…" size="24"> <span id="count"></span><div id="legend"></div></div>
<div id="info"></div><canvas id="c"></canvas>
<script id="data" type="application/json">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const COLORS = {Person:"#e15759",Organization:"#4e79a7",Post:"#f28e2b",Event:"#76b7b2",Document:"#9c755f",Rank:"#b07aa1"};
const cv = document.getElementById("c"), ctx = cv.getContext("2d");
const nodes = DATA.nodes.map((n, i) => ({...n, _i: i, x: Math.cos(i) * 300 * Math.random(), y: Math.sin(i) * 300 * Math.random(), vx: 0, vy: 0,
  name: n.name || n.title || n.path || n.id}));
const anyId = new Map(nodes.map(n => [n.id, n]));
const links = DATA.relationships.map(r => ({...r, s: anyId.get(r.from), t: anyId.get(r.to)})).filter(l => l.s && l.t);
const hidden = new Set(["Document"]);
let view = {x: 0, y: 0, k: 1}, sel = null, hover = null, query = "", alpha = 1;
function visible(n) { return !hidden.has(n.label); }
function resize() { cv.width = innerWidth; cv.height = innerHeight; }
addEventListener("resize", resize); resize();
function tick() {
  const vs = nodes.filter(visible), n = vs.length;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {          // repulsion
    const a = vs[i], b = vs[j]; let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
    if (d2 > 90000) continue; const f = 60 * alpha / d2; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
  }
  for (const l of links) { if (!visible(l.s) || !visible(l.t)) continue;  // springs
    const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 50) * 0.02 * alpha / d;
    l.s.vx += dx * f; l.s.vy += dy * f; l.t.vx -= dx * f; l.t.vy -= dy * f; }
  for (const v of vs) { if (v === drag) continue; v.vx -= v.x * 0.002 * alpha; v.vy -= v.y * 0.002 * alpha;
    v.x += v.vx; v.y += v.vy; v.vx *= 0.6; v.vy *= 0.6; }
  alpha = Math.max(alpha * 0.995, 0.02);
}
function neighbours(n) { const s = new Set([n]); for (const l of links) { if (l.s === n) s.add(l.t); if (l.t === n) s.add(l.s); } return s; }
function draw() {
  ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.clearRect(0, 0, cv.width, cv.height);
  ctx.setTransform(view.k, 0, 0, view.k, cv.width / 2 + view.x, cv.height / 2 + view.y);
  const near = sel ? neighbours(sel) : null;
  ctx.lineWidth = 1 / view.k;
  for (const l of links) { if (!visible(l.s) || !visible(l.t)) continue;
    ctx.strokeStyle = near && !(near.has(l.s) && near.has(l.t)) ? "#eee" : "#bbb";
    ctx.beginPath(); ctx.moveTo(l.s.x, l.s.y); ctx.lineTo(l.t.x, l.t.y); ctx.stroke(); }
  for (const n of nodes) { if (!visible(n)) continue;
    const hit = query && n.name.includes(query), dim = near && !near.has(n);
    ctx.fillStyle = dim ? "#ddd" : (COLORS[n.label] || "#999");
    ctx.beginPath(); ctx.arc(n.x, n.y, hit ? 8 : 5, 0, 6.283); ctx.fill();
    if (hit || n === hover || (near && near.has(n)) || view.k > 1.6) {
      ctx.fillStyle = dim ? "#bbb" : "#222"; ctx.font = (11 / Math.max(view.k, 0.6)) + "px sans-serif"; ctx.fillText(n.name, n.x + 7, n.y + 3); } }
}
function loop() { if (alpha > 0.021 || drag) tick(); draw(); requestAnimationFrame(loop); }  // settles, then rests
function toWorld(e) { return {x: (e.clientX - cv.width / 2 - view.x) / view.k, y: (e.clientY - cv.height / 2 - view.y) / view.k}; }
function pick(e) { const p = toWorld(e); let best = null, bd = 100 / (view.k * view.k);
  for (const n of nodes) { if (!visible(n)) continue; const d = (n.x - p.x) ** 2 + (n.y - p.y) ** 2; if (d < bd) { bd = d; best = n; } } return best; }
let drag = null, pan = null, moved = false;
cv.onmousedown = e => { moved = false; drag = pick(e); if (!drag) pan = {x: e.clientX - view.x, y: e.clientY - view.y}; };
cv.onmousemove = e => { if (drag) { const p = toWorld(e); drag.x = p.x; drag.y = p.y; moved = true; alpha = Math.max(alpha, 0.3); }
  else if (pan) { view.x = e.clientX - pan.x; view.y = e.clientY - pan.y; moved = true; } else hover = pick(e); };
cv.onmouseup = e => { if (!moved) { sel = pick(e); show(sel); } drag = pan = null; };
cv.onwheel = e => { e.preventDefault(); const f = e.deltaY < 0 ? 1.15 : 1 / 1.15; view.k *= f; view.x *= f; view.y *= f; };
function show(n) { const box = document.getElementById("info"); if (!n) { box.style.display = "none"; return; }
  const props = Object.entries(n).filter(([k]) => !["x","y","vx","vy","_i","name"].includes(k) && !k.startsWith("_"))
    .map(([k, v]) => k + ": " + (typeof v === "object" ? JSON.stringify(v) : v));
  const rels = links.filter(l => l.s === n || l.t === n).map(l => (l.s === n ? "→ " : "← ") + l.type + " " + (l.s === n ? l.t : l.s).name +
    (l.start || l.end ? "  [" + (l.start || "?") + " – " + (l.end || (l.current ? "now" : "?")) + "]" : ""));
  box.textContent = props.join("\n") + "\n\n" + rels.join("\n"); box.style.display = "block"; }
document.getElementById("q").oninput = e => { query = e.target.value.trim(); };
const legend = document.getElementById("legend");
for (const label of [...new Set(nodes.map(n => n.label))]) {
  const s = document.createElement("span"); s.innerHTML = "<i></i>"; s.firstChild.style.background = COLORS[label] || "#999";
  s.append(label + " (" + nodes.filter(n => n.label === label).length + ")"); s.style.opacity = hidden.has(label) ? 0.4 : 1;
  s.onclick = () => { hidden.has(label) ? hidden.delete(label) : hidden.add(label); s.style.opacity = hidden.has(label) ? 0.4 : 1; alpha = 1; };
  legend.append(s); }
document.getElementById("count").textContent = nodes.length + " nodes, " + links.length + " relationships";
loop();
</script></body></html>
"""


FILE_WRITERS: dict[str, Callable[[Graph, IO[bytes]], None]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "html": write_html,
}
DIRECTORY_WRITERS: dict[str, Callable[[Graph, Path], None]] = {"csv": write_neo4j_csv}


def export(store: Any, fmt: str, out: str | os.PathLike, *, force: bool = False) -> Path | str:
    """Write the store's graph (or a Graph) as ``fmt`` to ``out`` (``-``: standard output, for
    the single-file formats). Returns the path written (``"-"`` for standard output). Nothing kg did not write is ever
    deleted or replaced; ``force`` lets csv write into a directory that is not empty and not
    kg's previous csv export (see :func:`kg.outputs.write_directory`)."""
    fmt = fmt.lower()
    if fmt not in FILE_WRITERS and fmt not in DIRECTORY_WRITERS:
        raise KgError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt in DIRECTORY_WRITERS:
        graph = _as_graph(store, skip=())  # with the Fact nodes a later build needs
        return write_directory(out, fmt, lambda folder: DIRECTORY_WRITERS[fmt](graph, folder), force=force)
    graph = _as_graph(store)
    name = write_file(out, lambda fh: FILE_WRITERS[fmt](graph, fh))
    return name if name == STDOUT else Path(name)
