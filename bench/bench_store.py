"""Load throughput of the LadybugDB store: COPY from CSV (the fast path) vs batched UNWIND + MERGE.

    python bench/bench_store.py [--nodes 100000] [--rels 300000] [--unwind-share 1.0]

Builds a synthetic graph (Person / Post / Organization nodes; HELD / IN / PART_OF / MEMBER_OF
relationships), loads it with LadybugStore.replace_all (COPY) and with LadybugStore.write_unwind
(batched UNWIND), and prints rows/s for each and the ratio. --unwind-share < 1 runs the slow path
on that share of the graph only (rows/s stay comparable). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.model import Graph
from kg.store.ladybug import LadybugStore


def synthetic_graph(n_nodes: int, n_rels: int, seed: int = 7) -> Graph:
    rnd = random.Random(seed)
    n_person, n_post = n_nodes // 2, n_nodes * 3 // 10
    n_org = n_nodes - n_person - n_post
    people = [{"id": f"p{i}", "name": f"人{i}", "birth": f"19{60 + i % 40}-0{1 + i % 9}", "jurisdiction": "重庆市巴南区"} for i in range(n_person)]
    orgs = [{"id": f"o{i}", "name": f"机构{i}", "short_names": [f"简{i}", "别,名"] if i % 3 == 0 else [], "type": "department"} for i in range(n_org)]
    posts = [{"id": f"x{i}", "title": "副局长", "name": f"机构{i % n_org} 副局长", "org": f"机构{i % n_org}"} for i in range(n_post)]
    rels_in = [{"from": f"x{i}", "to": f"o{i % n_org}"} for i in range(n_post)]
    part_of = [{"from": f"o{i}", "to": f"o{i // 10}"} for i in range(1, n_org)]
    rest = max(n_rels - len(rels_in) - len(part_of), 0)
    held = [
        {"from": f"p{rnd.randrange(n_person)}", "to": f"x{rnd.randrange(n_post)}", "start": "2021-08", "current": bool(i % 2), "events": [f"e{i}"], "evidence": '[{"doc": "a.txt", "start": 1, "end": 9, "text": "任命…"}]'}
        for i in range(rest * 2 // 3)
    ]
    member = [{"from": f"p{rnd.randrange(n_person)}", "to": f"o{rnd.randrange(n_org)}", "role": "委员"} for _ in range(rest - len(held))]
    return Graph(
        nodes={"Person": people, "Organization": orgs, "Post": posts},
        rels={"HELD": held, "IN": rels_in, "PART_OF": part_of, "MEMBER_OF": member},
    )


def subset(graph: Graph, share: float) -> Graph:
    if share >= 1:
        return graph
    nodes = {k: v[: max(1, int(len(v) * share))] for k, v in graph.nodes.items()}
    ids = {n["id"] for rows in nodes.values() for n in rows}
    rels = {k: [r for r in v if r["from"] in ids and r["to"] in ids] for k, v in graph.rels.items()}
    return Graph(nodes=nodes, rels=rels)


def timed(label: str, graph: Graph, load) -> float:
    rows = graph.node_count() + graph.rel_count()
    t = time.perf_counter()
    load(graph)
    dt = time.perf_counter() - t
    print(f"{label:<24} {graph.node_count():>8} nodes {graph.rel_count():>8} rels {dt:8.2f} s {rows / dt:>10,.0f} rows/s")
    return rows / dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=300_000)
    ap.add_argument("--unwind-share", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()
    graph = synthetic_graph(args.nodes, args.rels)
    with tempfile.TemporaryDirectory() as tmp:
        fast_store = LadybugStore(Path(tmp) / "copy.db")
        fast = timed("COPY (replace_all)", graph, lambda g: fast_store.replace_all(g, [], []))
        fast_store.close()
        slow_store = LadybugStore(Path(tmp) / "unwind.db")
        small = subset(graph, args.unwind_share)
        slow = timed(f"UNWIND batches of {args.batch}", small, lambda g: slow_store.write_unwind(g, [], [], batch=args.batch))
        slow_store.close()
    print(f"COPY / UNWIND throughput ratio: {fast / slow:.1f}x")


if __name__ == "__main__":
    main()
