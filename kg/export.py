"""Export the graph: GraphML, GEXF, node-link JSON, Cytoscape.js JSON, a Cypher script,
neo4j-admin import CSVs, and one offline HTML page — the whole graph or a subgraph.

Every file goes through :mod:`kg.outputs`: written atomically (a temporary file next to the
target, then os.replace) so that an interrupted or failed export leaves the previous output as
it was; ``-`` is standard output; a device or FIFO is written in place; the csv directory is
only written into when it is new, empty or kg's own previous csv export (``force`` to allow
another directory, and then only kg's files are replaced).

Fact nodes (the raw extraction layer) are exported in csv only: a graph imported into Neo4j
from those files keeps what a later ``kg build`` re-resolves from. The other formats show the
graph people look at, without them.

In every format a node keeps all its properties under their own names (an Event's ``kind``
stays ``appoint``); the node's label is ``kg_label`` (``Person`` …) and the relationship type
is ``type`` (``rel_type`` in GEXF, where the edge attribute ``type`` means directed/undirected).
"""

from __future__ import annotations

import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable

import networkx as nx

from kg.dates import PartialDate
from kg.errors import KgError
from kg.model import Graph
from kg.outputs import STDOUT, new_file_mode, write_directory, write_file
from kg.schema import NEO4J_OWNER_KEY, Schema, load_schema, neo4j_constraints, quote
from kg.store.spans import SPAN, graph_with_text, split_text

FORMATS = ("graphml", "gexf", "json", "cytoscape", "cypher", "csv", "html")
SKIP_LABELS = ("Fact", SPAN)  # the raw layer and the evidence texts (shown inside each evidence)
STORED_FORMATS = ("csv", "cypher")  # graphs to load into Neo4j: as kg stores them (evidence as Span ids)
NEO4J_TYPES = {"STRING": "string", "INT64": "long", "BOOLEAN": "boolean", "DOUBLE": "double", "STRING[]": "string[]"}
NODE_LABEL_ATTR = "kg_label"  # the node's label in networkx / GraphML / GEXF / JSON (never `kind`: Event.kind is data)
COLORS = {"Person": "#e15759", "Organization": "#4e79a7", "Post": "#f28e2b", "Event": "#59a14f",
          "Document": "#9c755f", "Rank": "#b07aa1", "Fact": "#bab0ac"}
# Nodes a subgraph walk reaches but does not walk through: every person links to the
# documents that mention them, and every organization of a place to that place.
HUB_LABELS = ("Document", "Rank")
HUB_ORG_TYPES = ("jurisdiction",)


# -- reading the graph back ----------------------------------------------------------------
def read_graph(store: Any, schema: Schema | None = None, skip: tuple[str, ...] = SKIP_LABELS,
               progress: Any = None) -> Graph:
    """The stored graph as a :class:`Graph`, read with portable queries generated from the schema
    (``progress``: a :class:`kg.progress.Progress`, told each table's rows as they are read)."""
    schema = schema or load_schema()
    graph = Graph()
    for label, spec in schema.nodes.items():
        if label in skip:
            continue
        cols = ", ".join(f"n.{quote(p)} AS {quote(p)}" for p in spec.properties)
        rows = store.run(f"MATCH (n:{quote(label)}) RETURN {cols} ORDER BY n.{quote(spec.key)}")
        graph.nodes[label] = [{k: v for k, v in r.items() if v is not None} for r in rows]
        if progress is not None:
            progress.advance(len(rows))
    for typ, rspec in schema.rels.items():
        if rspec.from_label in skip or rspec.to_label in skip:
            continue
        cols = "".join(f", r.{quote(p)} AS {quote(p)}" for p in rspec.properties)
        q = (
            f"MATCH (a:{quote(rspec.from_label)})-[r:{quote(typ)}]->(b:{quote(rspec.to_label)}) "
            f"RETURN a.id AS `from`, b.id AS `to`{cols} ORDER BY `from`, `to`"
        )
        graph.rels[typ] = [{k: v for k, v in r.items() if v is not None} for r in store.run(q)]
        if progress is not None:
            progress.advance(len(graph.rels[typ]))
    return graph


def _as_graph(graph_or_store: Any, skip: tuple[str, ...] = SKIP_LABELS, progress: Any = None, *,
              stored: bool = False) -> Graph:
    """The graph to export. ``stored`` (csv, cypher: graphs to load into Neo4j) gives the graph
    as kg stores it — evidence as Span ids, with the Span nodes; otherwise (the formats people
    look at) evidence comes as the JSON of its spans, text included, SOURCE relationships carry
    their sentence, and there are no Span nodes. ``skip``: labels left out (Fact, Span)."""
    if isinstance(graph_or_store, Graph):
        graph = graph_or_store
        if stored:  # a resolver's graph: evidence text moved into spans (ids already there stay)
            graph = Graph(*split_text(graph.nodes, graph.rels))
    else:
        graph = read_graph(graph_or_store, skip=tuple(k for k in skip if k != SPAN), progress=progress)
    if not stored:
        graph = graph_with_text(graph)
    if any(k in graph.nodes for k in skip):
        graph = Graph(nodes={k: v for k, v in graph.nodes.items() if k not in skip}, rels=dict(graph.rels))
    return graph


def _node_key(graph: Graph) -> Callable[[str, str], str]:
    """Node ids as they are when unique across labels, else prefixed with the label."""
    ids = [n["id"] for rows in graph.nodes.values() for n in rows]
    if len(ids) == len(set(ids)):
        return lambda label, i: i
    return lambda label, i: f"{label}:{i}"


def display_name(props: dict[str, Any]) -> str:
    return str(props.get("name") or props.get("title") or props.get("path") or props.get("id"))


def _ends(typ: str, schema: Schema) -> tuple[str, str]:
    spec = schema.rels.get(typ)
    if spec is None:
        raise KgError(f"relationship type {typ!r} is not in kg/schema.yaml")
    return spec.from_label, spec.to_label


def to_networkx(graph_or_store: Any) -> nx.MultiDiGraph:
    """A MultiDiGraph: node attribute ``kg_label`` is the label (``label`` the display name, every
    property under its own name), edge attribute ``type`` the relationship type."""
    graph = _as_graph(graph_or_store)
    key = _node_key(graph)
    schema = load_schema()
    g = nx.MultiDiGraph()
    for label, rows in graph.nodes.items():
        for props in rows:
            g.add_node(key(label, props["id"]), **{NODE_LABEL_ATTR: label, "label": display_name(props)},
                       **_attrs(props, "label", NODE_LABEL_ATTR))
    for typ, rows in graph.rels.items():
        a_label, b_label = _ends(typ, schema)
        for r in rows:
            g.add_edge(key(a_label, r["from"]), key(b_label, r["to"]), type=typ, **_attrs(r, "from", "to", "type"))
    return g


def _attrs(props: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in drop and v is not None}


# -- subgraphs ---------------------------------------------------------------------------------
@dataclass
class Selection:
    """Which part of the graph to export: around persons / organizations of a name, to a depth,
    and / or as of a date. Empty: the whole graph."""

    person: str | None = None
    org: str | None = None
    depth: int | None = None
    as_of: str | None = None

    def __bool__(self) -> bool:
        return bool(self.person or self.org or self.as_of or self.depth is not None)


def _first_day(d: object) -> str | None:
    """An ISO date, partial allowed, as its first day (``2021-08`` → ``2021-08-01``); None if not a date."""
    p = PartialDate.parse(d) if isinstance(d, str) else None
    return p.first_day().isoformat() if p else None


def _last_day(d: object) -> str | None:
    """An ISO date, partial allowed, as its last day (``2025-06`` → ``2025-06-30``); None if not a date."""
    p = PartialDate.parse(d) if isinstance(d, str) else None
    return p.last_day().isoformat() if p else None


def period(r: dict[str, Any]) -> tuple[str | None, str | None]:
    """The time a tenure or membership is known to cover, as kg's saved queries read it: from
    its start (else the first document that attests it) to its end (else, unless it is current,
    the last document that attests it); None where unknown or open."""
    start = r.get("start") or r.get("first_seen")
    end = r.get("end") or (None if r.get("current") else r.get("last_seen"))
    return start, end


def select(graph: Graph, sel: Selection, schema: Schema | None = None) -> Graph:
    """The part of ``graph`` that ``sel`` asks for (a new Graph; the input is not changed).

    ``as_of``: tenures, memberships and ranks in force on that date (:func:`period`: a known
    start — or first attestation — on or before it, and no end — or, unless current, last
    attestation — before it; a partial date counts as its last day), events and
    documents dated on or before it; persons and posts left with none of those go.
    ``person`` / ``org``: the nodes reachable within ``depth`` relationships (default 2) of every
    person of that exact name / every organization of that name or short name (else whose name
    contains it), in either direction; documents, ranks and whole jurisdictions are reached but
    not walked through. Fact nodes stay with the documents they come from."""
    schema = schema or load_schema()
    if sel.depth is not None and not (sel.person or sel.org):
        raise KgError("--depth needs --person or --org (the nodes to count the depth from)")
    if sel.depth is not None and sel.depth < 0:
        raise KgError("--depth must be 0 or more")
    out = Graph(nodes={k: list(v) for k, v in graph.nodes.items()}, rels={k: list(v) for k, v in graph.rels.items()})
    if sel.as_of:
        out = _as_of(out, sel.as_of, schema)
    if sel.person or sel.org:
        out = _around(out, sel, schema)
    return out


def _as_of(graph: Graph, as_of: str, schema: Schema) -> Graph:
    day = _last_day(as_of)
    if day is None:
        raise KgError(f"--as-of {as_of!r} is not an ISO date (2025-06-26, 2025-06 or 2025)")

    def started(d: Any) -> bool:
        first = _first_day(d) if d else None
        return first is not None and first <= day

    def not_ended(d: Any) -> bool:
        if not d:
            return True
        last = _last_day(d)
        return last is None or last >= day

    rels = dict(graph.rels)
    for typ in ("HELD", "MEMBER_OF"):
        rels[typ] = [r for r in rels.get(typ, []) if started(period(r)[0]) and not_ended(period(r)[1])]
    if "HAS_RANK" in rels:
        rels["HAS_RANK"] = [r for r in rels["HAS_RANK"] if started(r.get("date"))]
    nodes = dict(graph.nodes)
    if "Event" in nodes:
        nodes["Event"] = [e for e in nodes["Event"] if started(e.get("date"))]
    if "Document" in nodes:
        nodes["Document"] = [d for d in nodes["Document"] if not d.get("date") or started(d.get("date"))]
    graph = _induced(Graph(nodes=nodes, rels=rels), schema)
    held_by = {r["from"] for typ in ("HELD", "MEMBER_OF") for r in graph.rels.get(typ, [])}
    held_by |= {r["to"] for r in graph.rels.get("CONCERNS", [])}
    held_posts = {r["to"] for r in graph.rels.get("HELD", [])} | {r["to"] for r in graph.rels.get("TO", [])}
    if "Person" in graph.nodes:
        graph.nodes["Person"] = [p for p in graph.nodes["Person"] if p["id"] in held_by]
    if "Post" in graph.nodes:
        graph.nodes["Post"] = [p for p in graph.nodes["Post"] if p["id"] in held_posts]
    return _induced(graph, schema)


def _induced(graph: Graph, schema: Schema, keep: set[tuple[str, str]] | None = None) -> Graph:
    """Nodes (all, or those in ``keep``) and the relationships between them; Facts follow their documents."""
    nodes = {label: [n for n in rows if keep is None or (label, n["id"]) in keep] for label, rows in graph.nodes.items() if label != "Fact"}
    have = {(label, n["id"]) for label, rows in nodes.items() for n in rows}
    rels = {}
    for typ, rows in graph.rels.items():
        a, b = _ends(typ, schema)
        rels[typ] = [r for r in rows if (a, r["from"]) in have and (b, r["to"]) in have]
    if "Fact" in graph.nodes:
        docs = {n["id"] for n in nodes.get("Document", [])}
        nodes["Fact"] = [f for f in graph.nodes["Fact"] if f.get("doc") in docs]
    return Graph(nodes=nodes, rels=rels)


def _around(graph: Graph, sel: Selection, schema: Schema) -> Graph:
    seeds: set[tuple[str, str]] = set()
    if sel.person:
        found = [p for p in graph.nodes.get("Person", []) if p.get("name") == sel.person]
        if not found:
            raise KgError(f"no person named {sel.person!r} in the graph" + (f" as of {sel.as_of}" if sel.as_of else ""))
        seeds |= {("Person", p["id"]) for p in found}
    if sel.org:
        orgs = graph.nodes.get("Organization", [])
        found = [o for o in orgs if o.get("name") == sel.org or sel.org in (o.get("short_names") or [])]
        found = found or [o for o in orgs if sel.org in (o.get("name") or "")]
        if not found:
            raise KgError(f"no organization named {sel.org!r} in the graph")
        seeds |= {("Organization", o["id"]) for o in found}
    hubs = {("Organization", o["id"]) for o in graph.nodes.get("Organization", []) if o.get("type") in HUB_ORG_TYPES}
    adj: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for typ, rows in graph.rels.items():
        a, b = _ends(typ, schema)
        for r in rows:
            x, y = (a, r["from"]), (b, r["to"])
            adj.setdefault(x, set()).add(y)
            adj.setdefault(y, set()).add(x)
    depth = 2 if sel.depth is None else sel.depth
    seen = dict.fromkeys(seeds, 0)
    todo = deque(sorted(seeds))
    while todo:
        node = todo.popleft()
        d = seen[node]
        if d >= depth or (node not in seeds and (node[0] in HUB_LABELS or node in hubs)):
            continue
        for nxt in sorted(adj.get(node, ())):
            if nxt not in seen:
                seen[nxt] = d + 1
                todo.append(nxt)
    return _induced(graph, schema, set(seen))


# -- XML formats -------------------------------------------------------------------------------
# Characters XML 1.0 cannot hold at all (even escaped): C0 controls but tab / newline / CR,
# lone surrogates, U+FFFE / U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _scalar(v: Any) -> Any:
    """Lists and maps as JSON strings (GraphML and GEXF hold scalars), text made XML-safe."""
    if isinstance(v, (list, tuple, dict)):
        return _xml_text(json.dumps(v, ensure_ascii=False))
    if isinstance(v, str):
        return _xml_text(v)
    return v


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML takes scalars only: lists become JSON strings, None is dropped, and characters
    XML cannot hold become U+FFFD (the file must stay readable, whatever the text)."""
    h = nx.relabel_nodes(g, lambda n: _xml_text(n) if isinstance(n, str) else n, copy=True)
    for _, data in list(h.nodes(data=True)) + [(None, d) for *_, d in h.edges(data=True)]:
        for k, v in list(data.items()):
            if v is None:
                del data[k]
            else:
                data[k] = _scalar(v)
    return h


def write_graphml(graph: Graph, out: IO[bytes]) -> None:
    """GraphML: every property kept under its own name (lists as JSON strings), ``kg_label`` the
    label, edge ``type`` the relationship type, parallel edges keyed."""
    nx.write_graphml(_flat(to_networkx(graph)), out, encoding="utf-8")


GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ = "http://gexf.net/1.3/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
# relationship types whose start / end are a period in time: spells, so Gephi's timeline plays them
TIMED = ("HELD", "MEMBER_OF")


def write_gexf(graph: Graph, out: IO[bytes]) -> None:
    """GEXF 1.3 for Gephi, dynamic: tenures (HELD) and memberships (MEMBER_OF) carry a spell over
    their :func:`period` (start or first attestation to end or last attestation; partial dates widened: a start ``2021-08`` is 2021-08-01, an end
    ``2025-06`` is 2025-06-30; unknown bounds are open), events one from their date on. Edges are
    ``directed``; the relationship type is the edge's ``kind`` and ``label`` and the attribute
    ``rel_type``. Properties named start / end (GEXF's time words) are written as
    ``start_date`` / ``end_date`` (dates) or ``start_offset`` / ``end_offset`` (SOURCE offsets)."""
    g = to_networkx(graph)
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", GEXF_VIZ)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3", f"{{{XSI}}}schemaLocation": f"{GEXF_NS} {GEXF_NS}/gexf.xsd"})
    meta = ET.SubElement(root, f"{{{GEXF_NS}}}meta")
    ET.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "kg"
    ET.SubElement(meta, f"{{{GEXF_NS}}}description").text = "People, posts and institutions (kg export gexf)"
    gel = ET.SubElement(root, f"{{{GEXF_NS}}}graph", {"defaultedgetype": "directed", "mode": "dynamic",
                                                    "timeformat": "date", "timerepresentation": "interval"})

    def rename(k: str, v: Any) -> str:
        if k in ("start", "end"):
            return f"{k}_offset" if isinstance(v, int) and not isinstance(v, bool) else f"{k}_date"
        return k

    def collect(items: Iterable[dict[str, Any]], drop: tuple[str, ...]) -> tuple[dict[tuple[str, str], str], list[dict[str, tuple[str, Any]]]]:
        decl: dict[tuple[str, str], str] = {}
        rows = []
        for data in items:
            row = {}
            for k, v in data.items():
                if k in drop or v is None:
                    continue
                v = _scalar(v)
                name = rename(k, v)
                typ = GEXF_TYPES.get(type(v), "string")
                decl.setdefault((name, typ), "")
                row[name] = (typ, v)
            rows.append(row)
        ids = {}
        names = [n for n, _ in decl]
        for name, typ in decl:
            ids[(name, typ)] = name if names.count(name) == 1 else f"{name}_{typ}"
        return ids, rows

    node_ids, node_rows = collect((d for _, d in g.nodes(data=True)), ("label",))
    edge_ids, edge_rows = collect((d for *_, d in g.edges(data=True)), ("type",))
    for cls, ids in (("node", node_ids), ("edge", edge_ids)):
        attrs = ET.SubElement(gel, f"{{{GEXF_NS}}}attributes", {"class": cls})
        if cls == "edge":
            ET.SubElement(attrs, f"{{{GEXF_NS}}}attribute", {"id": "rel_type", "title": "rel_type", "type": "string"})
        for (name, typ), aid in ids.items():
            ET.SubElement(attrs, f"{{{GEXF_NS}}}attribute", {"id": aid, "title": name, "type": typ})

    def attvalues(el: ET.Element, row: dict[str, tuple[str, Any]], ids: dict[tuple[str, str], str], extra: dict[str, str] | None = None) -> None:
        av = ET.SubElement(el, f"{{{GEXF_NS}}}attvalues")
        for aid, value in (extra or {}).items():
            ET.SubElement(av, f"{{{GEXF_NS}}}attvalue", {"for": aid, "value": value})
        for name, (typ, v) in row.items():
            text = ("true" if v else "false") if typ == "boolean" else str(v)
            ET.SubElement(av, f"{{{GEXF_NS}}}attvalue", {"for": ids[(name, typ)], "value": text})

    def spells(el: ET.Element, start: Any, end: Any) -> None:
        s, e = (_first_day(start) if start else None), (_last_day(end) if end else None)
        if s and e and e < s:
            e = None  # a contradictory end is not drawn (the attribute keeps it)
        if not (s or e):
            return
        sp = ET.SubElement(ET.SubElement(el, f"{{{GEXF_NS}}}spells"), f"{{{GEXF_NS}}}spell")
        if s:
            sp.set("start", s)
        if e:
            sp.set("end", e)

    nodes_el = ET.SubElement(gel, f"{{{GEXF_NS}}}nodes")
    for (node, data), row in zip(g.nodes(data=True), node_rows):
        el = ET.SubElement(nodes_el, f"{{{GEXF_NS}}}node", {"id": _xml_text(node), "label": _xml_text(data["label"])})
        attvalues(el, row, node_ids)
        if data[NODE_LABEL_ATTR] == "Event":
            spells(el, data.get("date"), None)
        r, gg, b = (int(COLORS.get(data[NODE_LABEL_ATTR], "#999999")[i:i + 2], 16) for i in (1, 3, 5))
        ET.SubElement(el, f"{{{GEXF_VIZ}}}color", {"r": str(r), "g": str(gg), "b": str(b), "a": "1.0"})
    edges_el = ET.SubElement(gel, f"{{{GEXF_NS}}}edges")
    for i, ((a, b, data), row) in enumerate(zip(g.edges(data=True), edge_rows)):
        el = ET.SubElement(edges_el, f"{{{GEXF_NS}}}edge", {"id": f"e{i}", "source": _xml_text(a), "target": _xml_text(b),
                                                            "type": "directed", "kind": data["type"], "label": data["type"]})
        attvalues(el, row, edge_ids, {"rel_type": data["type"]})
        if data["type"] in TIMED:
            spells(el, *period(data))
    ET.indent(root, space=" ")
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="utf-8", xml_declaration=False))
    out.write(b"\n")


# -- JSON formats ------------------------------------------------------------------------------
def node_link(graph: Graph) -> dict[str, Any]:
    """networkx node-link data (``nx.node_link_graph(data, edges="edges")`` reads it back):
    ``{"directed", "multigraph", "graph", "nodes": [{id, kg_label, label, …}], "edges": [{source,
    target, key, type, …}]}``."""
    g = to_networkx(graph)
    g.graph.update({"schema_version": load_schema().version, "generator": "kg"})
    return nx.node_link_data(g, edges="edges")


def write_json(graph: Graph, out: IO[bytes]) -> None:
    out.write(json.dumps(node_link(graph), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def cytoscape_elements(graph: Graph, positions: dict[str, tuple[float, float]] | None = None) -> dict[str, Any]:
    """Cytoscape.js JSON (``cy.json()`` / ``cytoscape({elements})``; Cytoscape Desktop imports it
    as "Cytoscape.js JSON"; networkx's ``cytoscape_graph`` reads it back): every element's
    properties in ``data``, ``kg_label`` the label, edges with ``type`` and an id ``e<N>``."""
    g = to_networkx(graph)
    nodes = []
    for n, d in g.nodes(data=True):
        el: dict[str, Any] = {"data": {"id": n, "value": n, "name": d["label"], **d}, "classes": d[NODE_LABEL_ATTR]}
        if positions and n in positions:
            el["position"] = {"x": positions[n][0], "y": positions[n][1]}
        nodes.append(el)
    edges = [{"data": {"id": f"e{i}", "source": a, "target": b, "key": k, **d}, "classes": d["type"]}
             for i, (a, b, k, d) in enumerate(g.edges(keys=True, data=True))]
    return {"data": {"schema_version": load_schema().version, "generator": "kg"}, "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(graph: Graph, out: IO[bytes]) -> None:
    out.write(json.dumps(cytoscape_elements(graph), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


# -- Cypher script -----------------------------------------------------------------------------
EXPORT_OWNER = "kg-export"  # kg_owner of what the script creates: never kg's own build ('kg'), never a user's node
PORTABLE_MARK = "// --- portable part (runs on Neo4j and LadybugDB) ---"


def cypher_literal(v: Any) -> str:
    """A Cypher literal for a property value, safe whatever the text holds: strings single-quoted
    with backslash escapes (quote, backslash, every control and line-separator character as
    ``\\uXXXX``), so that no value can end the literal or the statement."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise KgError(f"cannot write {v!r} as a Cypher literal")
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(cypher_literal(x) for x in v) + "]"
    return "'" + _CYPHER_ESC.sub(_cypher_escape, str(v)) + "'"


def _cypher_escape(m: re.Match) -> str:
    c = m.group()
    if c in _CYPHER_MAP:
        return _CYPHER_MAP[c]
    return "\\ufffd" if "\ud800" <= c <= "\udfff" else f"\\u{ord(c):04x}"  # a lone surrogate cannot be stored


_CYPHER_ESC = re.compile("[\\\\'\"\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]")
_CYPHER_MAP = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def cypher_script(graph: Graph, schema: Schema | None = None) -> str:
    """A script for ``cypher-shell -f``: Neo4j indexes first, then one parameter-free ``MERGE``
    statement per line for every node (on label, id and ``kg_owner: 'kg-export'``) and every
    relationship (on ``kg_seq``, its ordinal between the same two nodes): running it again
    changes nothing, and it never matches kg's own build (``kg_owner: 'kg'``) or a user's nodes.
    Everything after :data:`PORTABLE_MARK` also runs on LadybugDB (tables declared first)."""
    from kg.store.neo4j import rel_rows  # the same kg_seq numbering as kg's Neo4j writer

    schema = schema or load_schema()
    owner = cypher_literal(EXPORT_OWNER)
    lines = [
        "// kg graph export: cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher",
        f"// schema version {schema.version}; nodes carry {NEO4J_OWNER_KEY}: '{EXPORT_OWNER}' (not kg's own builds, which are 'kg').",
        "// Neo4j only: lookup indexes (plain indexes, no uniqueness: they cannot clash with kg's or your constraints)",
    ]
    for label in graph.nodes:
        if label in schema.nodes:
            lines.append(f"CREATE INDEX kg_export_{label.lower()}_id IF NOT EXISTS FOR (n:{quote(label)}) ON (n.{quote(schema.nodes[label].key)});")
    lines += ["CALL db.awaitIndexes();", PORTABLE_MARK]
    for label, rows in graph.nodes.items():
        spec = schema.nodes[label]
        for r in rows:
            sets = ", ".join(f"n.{quote(p)} = {cypher_literal(r[p])}" for p in spec.properties if p != spec.key and r.get(p) is not None)
            lines.append(f"MERGE (n:{quote(label)} {{{quote(spec.key)}: {cypher_literal(r[spec.key])}, {NEO4J_OWNER_KEY}: {owner}}})"
                         + (f" SET {sets}" if sets else "") + ";")
    for typ, rows in graph.rels.items():
        rspec = schema.rels[typ]
        a, b = schema.nodes[rspec.from_label], schema.nodes[rspec.to_label]
        for r in rel_rows(rspec, rows):
            sets = ", ".join(f"x.{quote(p)} = {cypher_literal(v)}" for p, v in r["props"].items() if v is not None)
            lines.append(
                f"MATCH (a:{quote(a.label)} {{{quote(a.key)}: {cypher_literal(r['src'])}, {NEO4J_OWNER_KEY}: {owner}}}) "
                f"MATCH (b:{quote(b.label)} {{{quote(b.key)}: {cypher_literal(r['dst'])}, {NEO4J_OWNER_KEY}: {owner}}}) "
                f"MERGE (a)-[x:{quote(typ)} {{kg_seq: {r['seq']}}}]->(b)" + (f" SET {sets}" if sets else "") + ";"
            )
    return "\n".join(lines) + "\n"


def write_cypher(graph: Graph, out: IO[bytes]) -> None:
    out.write(cypher_script(graph).encode("utf-8"))


# -- neo4j-admin CSV -----------------------------------------------------------------------------
def write_neo4j_csv(graph: Graph, out: Path) -> None:
    """neo4j-admin import CSVs (one per label / type; id spaces per label) written into the
    existing folder ``out``, with ``import.sh`` (the import command) and ``constraints.cypher``
    (kg's constraints and indexes, to run once after the import). Nodes and relationships carry
    kg's marks (``kg_owner: 'kg'``, ``kg_seq``) and the Fact nodes come along, so that a later
    ``kg build --neo4j`` treats the imported graph as its own and builds into it."""
    from kg.store.neo4j import OWNER, SEQ_KEY, rel_rows

    schema = load_schema()
    args = []
    for label, rows in graph.nodes.items():
        spec = schema.nodes[label]
        names = [p for p in spec.properties if p != "id"]
        header = [f"id:ID({label})"] + [f"{p}:{NEO4J_TYPES[spec.properties[p]]}" for p in names]
        header += [f"{NEO4J_OWNER_KEY}:string", ":LABEL"]
        body = [[r["id"], *(_csv_cell(r.get(p)) for p in names), OWNER, label] for r in rows]
        _write_csv(out / f"nodes_{label}.csv", header, body)
        args.append(f"--nodes={label}=nodes_{label}.csv")
    for typ, rows in graph.rels.items():
        rspec = schema.rels[typ]
        names = list(rspec.properties)
        header = [f":START_ID({rspec.from_label})", f":END_ID({rspec.to_label})"]
        header += [f"{p}:{NEO4J_TYPES[t]}" for p, t in rspec.properties.items()]
        header += [f"{NEO4J_OWNER_KEY}:string", f"{SEQ_KEY}:long", ":TYPE"]
        body = [[r["src"], r["dst"], *(_csv_cell(r["props"].get(p)) for p in names), OWNER, r["seq"], typ]
                for r in rel_rows(rspec, rows)]
        _write_csv(out / f"rels_{typ}.csv", header, body)
        args.append(f"--relationships={typ}=rels_{typ}.csv")
    # sentences may hold newlines: --multiline-fields; the database name goes last
    cmd = "neo4j-admin database import full --overwrite-destination --multiline-fields=true " + " ".join(args) + " neo4j"
    script = out / "import.sh"
    script.write_text(
        "#!/bin/sh\n# run inside this directory (Neo4j stopped), then start Neo4j and run once:\n"
        "#   cypher-shell -u neo4j -f constraints.cypher\n" + cmd + "\n", encoding="utf-8")
    os.chmod(script, new_file_mode(executable=True))
    (out / "constraints.cypher").write_text(
        "// kg's constraints and indexes (kg/schema.yaml): run once after neo4j-admin import,\n"
        "// before the first query or `kg build --neo4j` (cypher-shell -u neo4j -f constraints.cypher)\n"
        + "".join(s + ";\n" for s in neo4j_constraints(schema)) + "CALL db.awaitIndexes();\n", encoding="utf-8")


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


# -- HTML ----------------------------------------------------------------------------------------
def write_html(graph: Graph, out: IO[bytes], focus: Selection | None = None) -> None:
    from kg.web import render_page

    what = focus and (focus.person or focus.org)
    out.write(render_page(graph, focus=focus, title=f"kg graph: {what}" if what else "kg graph").encode("utf-8"))


def script_json(data: Any) -> str:
    from kg.web import script_json as _script_json

    return _script_json(data)


def render_html(data: dict[str, Any], title: str = "kg graph") -> str:
    """The page for data already made (``{"nodes": [...], ...}``): used by tests of the data block."""
    from kg.web import render

    return render(data, title=title)


FILE_WRITERS: dict[str, Callable[[Graph, IO[bytes]], None]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "cytoscape": write_cytoscape,
    "cypher": write_cypher,
    "html": write_html,
}
DIRECTORY_WRITERS: dict[str, Callable[[Graph, Path], None]] = {"csv": write_neo4j_csv}


def export(store: Any, fmt: str, out: str | os.PathLike, *, force: bool = False, selection: Selection | None = None,
           progress: Any = None) -> Path | str:
    """Write the store's graph (or a Graph) — or the part ``selection`` asks for — as ``fmt`` to
    ``out`` (``-``: standard output, for the single-file formats). Returns the path written
    (``"-"`` for standard output). Nothing kg did not write is ever deleted or replaced;
    ``force`` lets csv write into a directory that is not empty and not kg's previous csv export
    (see :func:`kg.outputs.write_directory`). ``progress`` (a :class:`kg.progress.Progress`)
    hears the stages: read (rows read from the store), select, write (nodes and relationships
    written)."""
    fmt = fmt.lower()
    if fmt not in FILE_WRITERS and fmt not in DIRECTORY_WRITERS:
        raise KgError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    selection = selection or Selection()
    if progress is not None and not isinstance(store, Graph):
        progress.stage("read", unit="rows")
    if fmt in DIRECTORY_WRITERS:  # csv (neo4j-admin import): all of it, with the Fact nodes a later build needs
        graph = _as_graph(store, skip=(), progress=progress, stored=True)
    else:
        graph = _as_graph(store, progress=progress, stored=fmt in STORED_FORMATS,
                          skip=("Fact",) if fmt in STORED_FORMATS else SKIP_LABELS)
    if selection:
        if progress is not None:
            progress.stage("select", unit="rows")
        graph = select(graph, selection)
        if progress is not None:
            progress.advance(graph.node_count() + graph.rel_count())
    if progress is not None:
        progress.stage(f"write {fmt}", total=graph.node_count() + graph.rel_count(), unit="rows")
    written: Path | str
    if fmt in DIRECTORY_WRITERS:
        written = write_directory(out, fmt, lambda folder: DIRECTORY_WRITERS[fmt](graph, folder), force=force)
    elif fmt == "html":
        written = write_file(out, lambda fh: write_html(graph, fh, focus=selection))
    else:
        written = write_file(out, lambda fh: FILE_WRITERS[fmt](graph, fh))
    if progress is not None:
        progress.advance(graph.node_count() + graph.rel_count())
        progress.end()
    if fmt in DIRECTORY_WRITERS or written == STDOUT:
        return written
    return Path(written)
