"""Export speed and size at scale: the HTML page's layout and every format on a kg-shaped
synthetic graph (an organization tree, posts, persons holding 1–3 posts).

    python bench/bench_export.py [PERSONS]      # default 7000 persons (~9,700 nodes)
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_web import _big_graph  # noqa: E402

from kg.export import FILE_WRITERS  # noqa: E402
from kg.web import layout, page_data  # noqa: E402


def main() -> None:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 7000
    graph = _big_graph(persons)
    n = sum(len(v) for v in graph.nodes.values())
    m = sum(len(v) for v in graph.rels.values())
    print(f"{n} nodes, {m} relationships")
    t = time.perf_counter()
    page_data(graph)
    print(f"page data incl. layout: {time.perf_counter() - t:.2f} s")
    for fmt, write in FILE_WRITERS.items():
        buf = io.BytesIO()
        t = time.perf_counter()
        write(graph, buf)
        print(f"{fmt:10s} {time.perf_counter() - t:6.2f} s  {len(buf.getvalue()) / 1e6:6.1f} MB")
    t = time.perf_counter()
    layout(n, [(i, (i * 7) % n) for i in range(n)])
    print(f"layout of a random (expander-like) graph of {n} nodes: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
