"""Place table and organization-name figures from one run (issue 9): load time of the nationwide
place table, parse_org throughput on the fixture names, jurisdiction detection speed on the
samples. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_places.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    code = ("import time; t=time.perf_counter(); import kg.orgs, kg.titles, kg.metadata;"
            "a=time.perf_counter(); from kg.places import gazetteer; gazetteer();"
            "b=time.perf_counter(); import kg.orgs as o; o._table(); c=time.perf_counter();"
            "print(a-t, b-a, c-b)")
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", code], capture_output=True,
                                            text=True, check=True).stdout.split()))
            for _ in range(5)]
    imp, gaz, tab = (min(r[i] for r in runs) for i in range(3))
    print(f"import kg.orgs, kg.titles, kg.metadata: {imp * 1000:.0f} ms (no table read)")
    print(f"first use: place table {gaz * 1000:.0f} ms, abbreviation table {tab * 1000:.0f} ms")

    from kg.orgs import _parse_one, _place_prefixes, parse_org
    from kg.places import counts

    print(f"places: {counts()}")
    rows = [ln.split("\t")[:2] for ln in (ROOT / "tests/fixtures/org_names.txt")
            .read_text(encoding="utf-8").splitlines() if ln and not ln.startswith(("#", "jur"))]
    _parse_one.cache_clear()
    _place_prefixes.cache_clear()
    t = time.perf_counter()
    for jur, text in rows:
        parse_org(text, None if jur == "-" else jur)
    cold = time.perf_counter() - t
    print(f"parse_org, {len(rows)} fixture names, cold caches: {cold * 1000:.0f} ms "
          f"({len(rows) / cold:.0f} names/s)")

    from kg.reading import read_document

    total, chars = 0.0, 0
    for path in sorted((ROOT / "samples").glob("*.txt")):
        doc = read_document(str(path))
        from kg.metadata import _jurisdiction

        t = time.perf_counter()
        _jurisdiction(doc.text, {})
        total += time.perf_counter() - t
        chars += len(doc.text)
    print(f"jurisdiction detection on the samples: {chars} chars in {total * 1000:.0f} ms "
          f"({chars / total / 1e6:.1f}M chars/s)")


if __name__ == "__main__":
    main()
