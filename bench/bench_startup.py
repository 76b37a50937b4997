"""Start-up time of the `kg` read commands (issue 10: "read commands start in well under a second").

    python bench/bench_startup.py [--db kg.db] [-n 5]

Runs each command N times in a fresh interpreter and prints the median wall and CPU time (on a
shared machine CPU time is the fairer figure) and the
modules a read command must not import (spaCy, the extraction pipeline, networkx). Timings are
printed, never asserted (tests/test_catalog_samples.py checks the imports).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "kg.pipeline", "kg.extract", "networkx", "kg.export")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="kg.db")
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args()
    commands = [["--version"], ["career", "余长明", "--db", args.db, "--json"], ["people", "刘松", "--db", args.db, "--json"],
                ["org-tree", "重庆市大渡口区", "--as-of", "2021-06", "--db", args.db, "--json"],
                ["who-held", "区委书记", "--db", args.db, "--json"]]
    for cmd in commands:
        times, cpu = [], []
        for _ in range(args.n):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg", *cmd], cwd=ROOT, capture_output=True)
            times.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        probe = ("import sys; from kg.cli import _app_for; _app_for(%r); print([m for m in %r if m in sys.modules])"
                 % (cmd, HEAVY))
        heavy = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        print(f"kg {' '.join(cmd[:2]):<28} median wall {statistics.median(times):.2f} s, cpu {statistics.median(cpu):.2f} s;"
              f" heavy modules at start: {heavy}")


if __name__ == "__main__":
    main()
