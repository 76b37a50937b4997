"""Cost of the Neo4j store's planning step (no server needed): how long kg takes to compute
which rows a build must write, on a synthetic graph, for a first build (nothing stored) and for
a rebuild of the same graph (everything stored: nothing to write).

    python bench/bench_neo4j_plan.py [--nodes 100000] [--rels 300000]

The server-side cost (reading what kg holds, writing the difference) needs a Neo4j server and is
not measured here. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import time

from bench_store import synthetic_graph
from kg.schema import load_schema
from kg.store import store_tables
from kg.store.neo4j import Stored, _compared_props, node_row, plan_writes, rel_rows


def stored_copy(schema, nodes, rels) -> Stored:
    """What read_stored would return after the graph was written."""
    out_nodes = {}
    for label, spec in schema.nodes.items():
        keys = _compared_props(spec)
        out_nodes[label] = {r[spec.key]: {k: node_row(spec, r)["props"].get(k) for k in keys} for r in nodes.get(label, [])}
    out_rels = {typ: {(r["src"], r["dst"], r["seq"]): r["props"] for r in rel_rows(spec, rels.get(typ, []))}
                for typ, spec in schema.rels.items()}
    return Stored(out_nodes, out_rels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=300_000)
    args = ap.parse_args()
    schema = load_schema()
    graph = synthetic_graph(args.nodes, args.rels)
    nodes = store_tables(graph, [], [])
    empty = Stored({label: {} for label in schema.nodes}, {typ: {} for typ in schema.rels})
    for name, stored in (("first build", empty), ("same graph again", stored_copy(schema, nodes, graph.rels))):
        t = time.perf_counter()
        plan = plan_writes(schema, stored, nodes, graph.rels)
        dt = time.perf_counter() - t
        rows = sum(tx.size for tx in plan)
        print(f"{name:<18} {graph.node_count():>8} nodes {graph.rel_count():>8} rels: plan {dt:6.2f} s, "
              f"{len(plan)} transactions, {rows} rows to write")


if __name__ == "__main__":
    main()
