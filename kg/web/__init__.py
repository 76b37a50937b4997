"""The HTML export: one offline page (cytoscape.js, vendored from npm: see tools/web/README.md)
with the layout computed here, at export time, so that the browser only draws.

The page opens on something readable — the subgraph asked for (``--person`` / ``--org``), or
else the best-connected person's neighbourhood and career, labelled — with a button for the
whole graph; search goes to the match (centres, highlights and opens it); a selected person shows a
career timeline (tenures as bars, acts as marks, in date order). Documents are not drawn (every
person links to the documents that mention them): their titles appear in the side panel.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import deque
from importlib import resources
from typing import Any

import numpy as np

from kg.model import Graph

HIDDEN_LABELS = ("Document", "Fact")
FOCUS_MAX = 100  # nodes shown when the page opens on a neighbourhood
HUBS = ("Document", "Rank")
SMALL = 400  # cores up to this size: exact Fruchterman–Reingold; above: pivot MDS + local refinement


# -- layout -------------------------------------------------------------------------------------
def layout(n: int, edges: list[tuple[int, int]], seed: int = 0) -> np.ndarray:
    """Positions (n × 2) for a graph of ``n`` nodes: each connected component laid out by
    Fruchterman–Reingold (numpy; leaves placed around their one neighbour afterwards, so the
    force layout runs on the core only), components packed in rows, biggest first.
    Deterministic: the same graph gives the same picture."""
    pos = np.zeros((n, 2))
    if n == 0:
        return pos
    nbrs: list[set[int]] = [set() for _ in range(n)]
    for a, b in edges:
        if a != b:
            nbrs[a].add(b)
            nbrs[b].add(a)
    comps = _components(n, nbrs)
    boxes = []
    for comp in comps:
        local = _layout_component(comp, nbrs, seed)
        boxes.append((comp, local))
    _pack(boxes, pos)
    return pos


def _components(n: int, nbrs: list[set[int]]) -> list[list[int]]:
    seen = [False] * n
    comps = []
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        comp, todo = [], deque([s])
        while todo:
            v = todo.popleft()
            comp.append(v)
            for w in nbrs[v]:
                if not seen[w]:
                    seen[w] = True
                    todo.append(w)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def _layout_component(comp: list[int], nbrs: list[set[int]], seed: int) -> np.ndarray:
    """Local positions of one component, scaled so that neighbours sit ~1 unit apart."""
    m = len(comp)
    if m == 1:
        return np.zeros((1, 2))
    core = [v for v in comp if len(nbrs[v]) > 1] or comp
    if len(core) == 1:  # a star: the centre and its leaves
        core = [max(comp, key=lambda v: len(nbrs[v]))]
    index = {v: i for i, v in enumerate(core)}
    core_edges = np.array([(index[a], index[b]) for a in core for b in nbrs[a] if b in index and index[a] < index[b]],
                          dtype=np.int64).reshape(-1, 2)
    if len(core) <= SMALL:
        cpos = _fruchterman_reingold(len(core), core_edges, seed)
    else:
        cpos = _pivot_mds_refined(len(core), core_edges, seed)
    out = np.zeros((m, 2))
    where = {v: i for i, v in enumerate(comp)}
    for v, i in index.items():
        out[where[v]] = cpos[i]
    # leaves (and, for a star, everything but the centre) around their anchor in the core
    pending: dict[int, list[int]] = {}
    for v in comp:
        if v in index:
            continue
        anchor = next((w for w in sorted(nbrs[v]) if w in index), None)
        if anchor is None:  # two leaves joined to each other only cannot happen in a component of >1 core
            anchor = core[0]
        pending.setdefault(anchor, []).append(v)
    for anchor, leaves in pending.items():
        centre = out[where[anchor]]
        # away from the anchor's core neighbours, spread over a half circle (a full one when many)
        away = centre - np.mean([out[where[w]] for w in nbrs[anchor] if w in index] or [centre - (1, 0)], axis=0)
        base = math.atan2(away[1], away[0]) if np.any(away) else 0.0
        spread = math.pi if len(leaves) <= 6 else 2 * math.pi
        r = 0.45 + 0.02 * min(len(leaves), 40)
        for j, v in enumerate(leaves):
            a = base + spread * ((j + 0.5) / len(leaves) - 0.5)
            out[where[v]] = centre + r * np.array([math.cos(a), math.sin(a)])
    return out


def _fruchterman_reingold(n: int, edges: np.ndarray, seed: int) -> np.ndarray:
    """Fruchterman–Reingold in numpy, repulsion computed in row blocks (memory O(n · block)).
    The result is scaled so that the median edge is 1 unit long."""
    rng = np.random.default_rng(seed)
    if n == 1:
        return np.zeros((1, 2))
    pos = rng.random((n, 2))
    k = math.sqrt(1.0 / n)
    iters = 60 if n <= 500 else 40 if n <= 2000 else 25 if n <= 6000 else 15
    t = 0.1
    block = max(1, 4_000_000 // n)
    for it in range(iters):
        disp = np.zeros((n, 2))
        for s in range(0, n, block):
            d = pos[s:s + block, None, :] - pos[None, :, :]
            dist2 = np.maximum((d * d).sum(axis=2), 1e-6)
            disp[s:s + block] = (d * (k * k / dist2)[:, :, None]).sum(axis=1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((d * d).sum(axis=1)), 1e-6)
            f = (d * (dist / k)[:, None])
            np.add.at(disp, edges[:, 0], -f)
            np.add.at(disp, edges[:, 1], f)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, t)[:, None]
        t = max(t - 0.1 / iters, 0.005)
    pos -= pos.mean(axis=0)
    if len(edges):
        d = pos[edges[:, 0]] - pos[edges[:, 1]]
        med = float(np.median(np.sqrt((d * d).sum(axis=1))))
        if med > 0:
            pos /= med
    return pos


def _pivot_mds_refined(n: int, edges: np.ndarray, seed: int, pivots: int = 40, iters: int = 15) -> np.ndarray:
    """Big components: pivot MDS (Brandes & Pich: breadth-first distances from a few pivots,
    double-centred, two singular vectors — O(pivots · edges)) for the overall shape, then a
    few Fruchterman–Reingold steps whose repulsion only acts between nodes of neighbouring
    grid cells (O(n) per step) to pull apart what MDS put on the same spot. 1 unit = 1 edge."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(int(b))
        adj[b].append(int(a))
    k = min(pivots, n)
    dist = np.zeros((n, k))
    mind = np.full(n, np.inf)
    p = max(range(n), key=lambda v: len(adj[v]))
    for j in range(k):
        d = _bfs(adj, p, n)
        dist[:, j] = d
        mind = np.minimum(mind, d)
        p = int(np.argmax(mind))
    d2 = dist ** 2
    c = -0.5 * (d2 - d2.mean(axis=0, keepdims=True) - d2.mean(axis=1, keepdims=True) + d2.mean())
    u, sv, _ = np.linalg.svd(c, full_matrices=False)
    pos = u[:, :2] * sv[:2]
    rng = np.random.default_rng(seed)
    pos += rng.normal(scale=0.05, size=pos.shape)
    t = 0.6
    for it in range(iters):
        disp = _grid_repulsion(pos, radius=2.0)
        d = pos[edges[:, 0]] - pos[edges[:, 1]]
        dist1 = np.maximum(np.sqrt((d * d).sum(axis=1)), 1e-6)
        f = d * dist1[:, None]
        np.add.at(disp, edges[:, 0], -f)
        np.add.at(disp, edges[:, 1], f)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, t)[:, None]
        t = max(t * 0.85, 0.05)
    return pos - pos.mean(axis=0)


def _bfs(adj: list[list[int]], source: int, n: int) -> np.ndarray:
    """Hop distances from ``source`` (unreachable: the largest distance + 1)."""
    d = [-1] * n
    d[source] = 0
    frontier = [source]
    level = 0
    while frontier:
        level += 1
        nxt = []
        for v in frontier:
            for w in adj[v]:
                if d[w] < 0:
                    d[w] = level
                    nxt.append(w)
        frontier = nxt
    arr = np.array(d, dtype=float)
    arr[arr < 0] = level
    return arr


def _grid_repulsion(pos: np.ndarray, radius: float) -> np.ndarray:
    """Repulsion 1/dist between nodes closer than ``radius`` (found through a grid of cells of
    that size: each node meets the nodes of its own and the 8 neighbouring cells)."""
    cells = np.floor(pos / radius).astype(np.int64)
    keys, inverse = np.unique(cells, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(len(keys) + 1))
    members = {tuple(key): order[bounds[i]:bounds[i + 1]] for i, key in enumerate(keys.tolist())}
    disp = np.zeros_like(pos)
    for (cx, cy), mine in members.items():
        near = [members.get((cx + dx, cy + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        others = np.concatenate([m for m in near if m is not None])
        d = pos[mine][:, None, :] - pos[others][None, :, :]
        dist2 = np.maximum((d * d).sum(axis=2), 1e-4)
        w = np.where(dist2 < radius * radius, 1.0 / dist2, 0.0)
        disp[mine] += (d * w[:, :, None]).sum(axis=1)
    return disp


def _pack(boxes: list[tuple[list[int], np.ndarray]], pos: np.ndarray) -> None:
    """Place the components in rows (shelf packing), biggest first, with a margin."""
    sizes = []
    for comp, local in boxes:
        lo, hi = local.min(axis=0), local.max(axis=0)
        sizes.append((lo, hi - lo + 2.0))
    total = sum(float(w * h) for _, (w, h) in sizes)
    width = max(math.sqrt(total) * 1.3, max(float(s[1][0]) for s in sizes))
    x = y = row_h = 0.0
    for (comp, local), (lo, (w, h)) in zip(boxes, sizes):
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for i, v in enumerate(comp):
            pos[v] = local[i] - lo + (x + 1.0, y + 1.0)
        x += float(w)
        row_h = max(row_h, float(h))


# -- the page's data ----------------------------------------------------------------------------
def _name(props: dict[str, Any], label: str = "") -> str:
    if label == "Event":  # an act: what happened and to which post
        return " ".join(str(x) for x in (props.get("kind"), props.get("title")) if x) or str(props.get("id"))
    return str(props.get("name") or props.get("title") or props.get("path") or props.get("id"))


def page_data(graph: Graph, focus: Any = None, scale: float = 60.0, seed: int = 0) -> dict[str, Any]:
    """What the page draws: nodes with positions, edges, the opening view, and careers."""
    from kg.export import _ends  # noqa: PLC0415 (kg.export imports this module lazily)
    from kg.schema import load_schema

    schema = load_schema()
    nodes: list[dict[str, Any]] = []
    index: dict[tuple[str, str], int] = {}
    for label, rows in graph.nodes.items():
        if label in HIDDEN_LABELS:
            continue
        for props in rows:
            index[(label, props["id"])] = len(nodes)
            nodes.append({"id": f"n{len(nodes)}", "l": label, "n": _name(props, label),
                          "p": {k: v for k, v in props.items() if v is not None}})
    edges: list[dict[str, Any]] = []
    pairs: list[tuple[int, int]] = []
    for typ, rows in graph.rels.items():
        a_label, b_label = _ends(typ, schema)
        for r in rows:
            a, b = index.get((a_label, r["from"])), index.get((b_label, r["to"]))
            if a is None or b is None:
                continue
            pairs.append((a, b))
            edges.append({"s": nodes[a]["id"], "t": nodes[b]["id"], "y": typ,
                          "p": {k: v for k, v in r.items() if k not in ("from", "to", "evidence") and v is not None}})
    pos = layout(len(nodes), pairs, seed)
    for node, (x, y) in zip(nodes, pos):
        node["x"], node["y"] = round(float(x) * scale, 1), round(float(y) * scale, 1)
    start, title, person = _opening(graph, nodes, index, pairs, focus)
    # the opening view gets a layout of its own (the whole graph's spreads a neighbourhood thin)
    where = {int(i[1:]): j for j, i in enumerate(start)}
    local = layout(len(start), [(where[a], where[b]) for a, b in pairs if a in where and b in where], seed)
    focus_pos = {i: [round(float(x) * scale * 2, 1), round(float(y) * scale * 2, 1)] for i, (x, y) in zip(start, local)}
    return {"nodes": nodes, "edges": edges, "focus": start, "focus_title": title, "focus_pos": focus_pos, "start": person,
            "careers": _careers(graph, index, nodes)}


def _opening(graph: Graph, nodes: list[dict], index: dict, pairs: list[tuple[int, int]], focus: Any) -> tuple[list[str], str, str | None]:
    """What the page opens on: the nodes to show, a line saying what they are, and — when no
    part was asked for and the graph is big — the best-connected person, whose neighbourhood
    and career the page opens with (as if searched)."""
    if not nodes:
        return [], "an empty graph", None
    nbrs: list[set[int]] = [set() for _ in nodes]
    for a, b in pairs:
        nbrs[a].add(b)
        nbrs[b].add(a)
    asked = focus is not None and (getattr(focus, "person", None) or getattr(focus, "org", None))
    if asked and len(nodes) <= FOCUS_MAX * 2:
        what = focus.person or focus.org
        depth = focus.depth if focus.depth is not None else 2
        return [n["id"] for n in nodes], f"{what}: {len(nodes)} nodes within {depth} steps", None
    if not asked and len(nodes) <= FOCUS_MAX:
        return [n["id"] for n in nodes], f"the whole graph ({len(nodes)} nodes)", None
    seeds: list[int] = []
    if asked:
        want = {("Person", focus.person), ("Organization", focus.org)}
        seeds = [i for i, n in enumerate(nodes) if (n["l"], n["n"]) in want]
    if not seeds:
        people = [i for i, n in enumerate(nodes) if n["l"] == "Person"] or list(range(len(nodes)))
        best = max(people, key=lambda i: (len(nbrs[i]), -i))
        return [nodes[best]["id"]], nodes[best]["n"], nodes[best]["id"]
    picked: list[int] = []
    seen = set(seeds)
    todo = deque((s, 0) for s in seeds)
    while todo and len(picked) < FOCUS_MAX:
        v, d = todo.popleft()
        picked.append(v)
        if d >= 2 or (d > 0 and (nodes[v]["l"] in HUBS or nodes[v]["p"].get("type") == "jurisdiction")):
            continue
        for w in sorted(nbrs[v], key=lambda w: (-len(nbrs[w]), w)):
            if w not in seen:
                seen.add(w)
                todo.append((w, d + 1))
    return [nodes[i]["id"] for i in picked], f"{nodes[seeds[0]]['n']} and its neighbourhood ({len(picked)} of {len(nodes)} nodes)", None


def _careers(graph: Graph, index: dict, nodes: list[dict]) -> dict[str, list[dict[str, Any]]]:
    """Per person node id: tenures, memberships and acts, in date order."""
    names = {key: nodes[i]["n"] for key, i in index.items()}
    docs = {d["id"]: (d.get("title") or d.get("path") or d["id"]) for d in graph.nodes.get("Document", [])}
    event_docs: dict[str, str] = {}
    for r in graph.rels.get("SOURCE", []):
        event_docs.setdefault(r["from"], docs.get(r["to"], ""))
    out: dict[str, list[dict[str, Any]]] = {}

    def add(person: str, row: dict[str, Any]) -> None:
        i = index.get(("Person", person))
        if i is not None:
            out.setdefault(nodes[i]["id"], []).append({k: v for k, v in row.items() if v not in (None, "")})

    for r in graph.rels.get("HELD", []):
        add(r["from"], {"k": "held", "what": names.get(("Post", r["to"]), r["to"]), "start": r.get("start"),
                        "end": r.get("end"), "current": r.get("current")})
    for r in graph.rels.get("MEMBER_OF", []):
        what = names.get(("Organization", r["to"]), r["to"]) + (f" · {r['role']}" if r.get("role") else "")
        add(r["from"], {"k": "member", "what": what, "start": r.get("start"), "end": r.get("end")})
    events = {e["id"]: e for e in graph.nodes.get("Event", [])}
    for r in graph.rels.get("CONCERNS", []):
        e = events.get(r["from"])
        if e:
            what = " ".join(x for x in (e.get("title"), e.get("org")) if x)
            add(r["to"], {"k": e.get("kind"), "status": e.get("status"), "what": what, "start": e.get("date"),
                          "doc": event_docs.get(e["id"])})
    for rows in out.values():
        rows.sort(key=lambda r: (r.get("start") or "9999", r.get("k") != "held", r.get("what", "")))
    return out


# -- the page -------------------------------------------------------------------------------------
# Inside <script>, "</script", "<!--" and "<script" change how the page is parsed, and U+2028 /
# U+2029 end a JavaScript line: none may appear in the data block, so all are written as JSON
# escapes (which JSON.parse reads back as the same characters).
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """``data`` as JSON that is safe inside an HTML <script> element: it cannot end or comment
    out the element, whatever the strings in it hold."""
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, ensure_ascii=False))


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render(data: dict[str, Any], title: str = "kg graph") -> str:
    """One self-contained page: the data as inline JSON, cytoscape.js and the page's script
    inline (no network). Names reach the page only through that JSON and are shown as text."""
    lib = _asset("cytoscape.min.js")
    if re.search(r"</script|<!--|<script", lib, re.I):
        raise RuntimeError("the vendored cytoscape.min.js holds a <script> delimiter")
    parts = {"__TITLE__": html.escape(title), "__DATA__": script_json(data), "__CYTOSCAPE__": lib}
    return re.sub("__TITLE__|__DATA__|__CYTOSCAPE__", lambda m: parts[m.group()], _asset("page.html"))


def render_page(graph: Graph, focus: Any = None, title: str = "kg graph") -> str:
    return render(page_data(graph, focus), title=title)
