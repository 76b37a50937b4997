"""Speed targets of issue "Nationwide" (point 9), printed as figures and ratios from one run.

    python bench/bench_extract.py            # needs the `bench` extra: pip install -e '.[bench]'

1. The whole ``kg extract samples/`` process (start-up included), in characters per second,
   against jieba's ``posseg`` over the same text (target ≥ 5×, goal 10×). Both are timed in
   wall time and in CPU time (the child's user + system time; jieba's process time), best of
   ``RUNS``: on a machine shared with other work the CPU figures are the steadier ones. kg runs
   as an installed package does after its first run: its bytecode cached (in a temporary
   PYTHONPYCACHEPREFIX, also where the environment sets PYTHONDONTWRITEBYTECODE) and its compiled
   patterns too (kg.fast_re's cache, in a temporary KG_CACHE_DIR), both filled by one warm-up run.
2. Linearity: extraction time (CPU, best of two) of one document built from the samples at 1×,
   2×, 4× and 8× its length; the ratio of each doubling (target ≤ 2.0, i.e. time at most doubles).
   In this process, with the collector set as the ``kg`` command sets it (kg.cli.main).
3. Start-up of read-only commands: ``kg version`` and ``import kg.cli`` wall time, and whether
   spaCy gets imported (it must not be).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt"))
KG = [sys.executable, "-m", "kg"]
RUNS = 3


def _wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    return time.perf_counter() - t0


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``cmd``."""
    cpu0 = _child_cpu()
    wall = _wall(cmd, env)
    return wall, _child_cpu() - cpu0


def whole_process() -> None:
    chars = sum(len(p.read_text(encoding="utf-8")) for p in SAMPLES)
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env["KG_CACHE_DIR"] = str(Path(tmp) / "kg-cache")
        cmd = [*KG, "extract", *map(str, SAMPLES), "-o", str(Path(tmp) / "facts.jsonl")]
        _wall(cmd, env)  # warm-up: bytecode compiled and cached, as in an installed package
        runs = [_timed_run(cmd, env) for _ in range(RUNS)]
    wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
    kg_wall, kg_cpu = chars / wall, chars / cpu
    print(f"kg extract samples/ (whole process, best of {RUNS}): {chars:,} chars in {wall:.2f} s wall = "
          f"{kg_wall:,.0f} chars/s; {cpu:.2f} s CPU = {kg_cpu:,.0f} chars/s")
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        print("jieba not installed (pip install -e '.[bench]'): no ratio")
        return
    jieba.setLogLevel(60)
    jieba.initialize()
    text = "".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    jruns = []
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in pseg.cut(text):
            pass
        jruns.append((time.perf_counter() - t0, time.process_time() - c0))
    j_wall, j_cpu = len(text) / min(r[0] for r in jruns), len(text) / min(r[1] for r in jruns)
    print(f"jieba posseg over the same text (best of {RUNS}, dictionary loaded beforehand): "
          f"{j_wall:,.0f} chars/s wall, {j_cpu:,.0f} chars/s CPU")
    print(f"ratio kg extract / jieba posseg: {kg_wall / j_wall:.1f}× wall, {kg_cpu / j_cpu:.1f}× CPU "
          f"(target ≥ 5×, goal 10×)")


def linearity() -> None:
    import gc

    from kg.extract import extract_document
    from kg.reading import read_document

    gc.set_threshold(50_000, 20, 10)  # as the kg command runs (kg.cli.main)

    base = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES if not p.name.startswith("002"))
    print(f"linearity (one document made of samples 000, 001, 003, 004 repeated; base {len(base):,} chars):")
    prev = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 2, 4, 8):
            path = Path(tmp) / f"x{factor}.txt"
            path.write_text("\n".join([base] * factor), encoding="utf-8")
            spent = float("inf")
            for _ in range(2):
                t0 = time.process_time()
                facts = extract_document(read_document(str(path)))
                spent = min(spent, time.process_time() - t0)
            ratio = f"{spent / prev:.2f}× the time of half the length" if prev else ""
            print(f"  {factor}×: {len(base) * factor:>10,} chars {spent:6.2f} s CPU {len(facts):6d} facts  {ratio}")
            prev = spent


def startup() -> None:
    version = min(_wall([*KG, "version"]) for _ in range(3))
    code = "import sys, kg.cli; print('spacy' in sys.modules)"
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    imp = time.perf_counter() - t0
    print(f"start-up: kg version {version:.2f} s; python -c 'import kg.cli' {imp:.2f} s; spaCy imported: {out}")


if __name__ == "__main__":
    print(f"machine: {sys.platform}, python {sys.version.split()[0]}")
    whole_process()
    linearity()
    startup()
