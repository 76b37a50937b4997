"""Load throughput of the LadybugDB store: COPY from Arrow tables (the fast path), COPY from CSV
(the path without pyarrow) and batched UNWIND + MERGE.

    python bench/bench_store.py [--nodes 100000] [--rels 300000] [--unwind-share 0.2]

Builds a synthetic graph (Person / Post / Organization / Event nodes; HELD / IN / PART_OF /
MEMBER_OF / CONCERNS relationships, evidence sentences shared the way a roster shares one
sentence among many tenures), loads it with LadybugStore.replace_all through Arrow and through
CSV, and with LadybugStore.write_unwind (batched UNWIND), and prints rows/s and relationships/s
per wall and per CPU second (CPU: this process, LadybugDB's threads included) and the ratios.
--unwind-share < 1 runs the slow path on that share of the graph only (rates stay comparable).
Not a test: numbers depend on the machine and its load (compare the CPU figures on a shared one).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

import kg.store.ladybug as lb
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
    sentences = [f"决定任命人{i}为机构{i % n_org}副局长，人{i + 1}为机构{i % n_org}局长。" for i in range(max(rest // 6, 1))]

    def evidence(i: int) -> str:
        k = i // 3 % len(sentences)  # three facts per sentence
        return json.dumps([{"doc": f"docs/{k // 20:05d}.txt", "start": k % 20 * 40, "end": k % 20 * 40 + 30,
                            "text": sentences[k]}], ensure_ascii=False)

    n_events = rest // 6
    events = [{"id": f"e{i}", "kind": "appoint", "status": "decided", "date": "2021-08-17", "person": f"人{i}",
               "title": "副局长", "org": f"机构{i % n_org}", "evidence": evidence(i)} for i in range(n_events)]
    concerns = [{"from": f"e{i}", "to": f"p{i % n_person}"} for i in range(n_events)]
    rest -= n_events
    held = [
        {"from": f"p{rnd.randrange(n_person)}", "to": f"x{rnd.randrange(n_post)}", "start": "2021-08", "current": bool(i % 2),
         "events": [f"e{i % max(n_events, 1)}"], "sources": [f"docs/{i // 60:05d}.txt"], "evidence": evidence(i)}
        for i in range(rest * 2 // 3)
    ]
    member = [{"from": f"p{rnd.randrange(n_person)}", "to": f"o{rnd.randrange(n_org)}", "role": "委员"} for _ in range(rest - len(held))]
    return Graph(
        nodes={"Person": people, "Organization": orgs, "Post": posts, "Event": events},
        rels={"HELD": held, "IN": rels_in, "PART_OF": part_of, "MEMBER_OF": member, "CONCERNS": concerns},
    )


def subset(graph: Graph, share: float) -> Graph:
    if share >= 1:
        return graph
    nodes = {k: v[: max(1, int(len(v) * share))] for k, v in graph.nodes.items()}
    ids = {n["id"] for rows in nodes.values() for n in rows}
    rels = {k: [r for r in v if r["from"] in ids and r["to"] in ids] for k, v in graph.rels.items()}
    return Graph(nodes=nodes, rels=rels)


def timed(label: str, graph: Graph, load) -> tuple[float, float]:
    rows = graph.node_count() + graph.rel_count()
    t, c = time.perf_counter(), time.process_time()
    load(graph)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"{label:24} {graph.node_count():>8} nodes {graph.rel_count():>8} rels {wall:7.2f} s (cpu {cpu:6.2f} s) "
          f"{rows / wall:>9,.0f} rows/s {graph.rel_count() / wall:>9,.0f} rels/s wall, {graph.rel_count() / cpu:>9,.0f} rels/s per CPU s")
    return rows / wall, rows / cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=300_000)
    ap.add_argument("--unwind-share", type=float, default=0.2)
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()
    graph = synthetic_graph(args.nodes, args.rels)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, arrow in (("COPY from Arrow", True), ("COPY from CSV", False)):
            lb.ARROW = arrow
            store = LadybugStore(Path(tmp) / f"{arrow}.db")
            results[name] = timed(name, graph, lambda g: store.replace_all(g, [], []))
            store.close()
        lb.ARROW = True
        slow_store = LadybugStore(Path(tmp) / "unwind.db")
        small = subset(graph, args.unwind_share)
        results["UNWIND"] = timed(f"UNWIND batches of {args.batch}", small, lambda g: slow_store.write_unwind(g, [], [], batch=args.batch))
        slow_store.close()
    arrow, csv_, unwind = results["COPY from Arrow"], results["COPY from CSV"], results["UNWIND"]
    print(f"Arrow / CSV: {arrow[0] / csv_[0]:.1f}x wall, {arrow[1] / csv_[1]:.1f}x per CPU s; "
          f"Arrow / UNWIND: {arrow[0] / unwind[0]:.1f}x wall, {arrow[1] / unwind[1]:.1f}x per CPU s")


if __name__ == "__main__":
    main()
