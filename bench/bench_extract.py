"""Speed targets of issue "Nationwide" (point 9), printed as figures and ratios from one run.

    python bench/bench_extract.py            # needs the `bench` extra: pip install -e '.[bench]'

1. The whole ``kg extract samples/`` process (start-up included), in characters per second,
   against jieba's ``posseg`` over the same text (target ≥ 5×, goal 10×).
2. Linearity: extraction time of one document built from the samples at 1×, 2×, 4× and 8×
   its length; the ratio of each doubling (target ≤ 2.0, i.e. time at most doubles).
3. Start-up of read-only commands: ``kg version`` and ``import kg.cli`` wall time, and whether
   spaCy gets imported (it must not be).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").glob("*.txt"))
KG = [sys.executable, "-m", "kg"]


def _wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t0


def whole_process() -> None:
    chars = sum(len(p.read_text(encoding="utf-8")) for p in SAMPLES)
    with tempfile.TemporaryDirectory() as tmp:
        spent = _wall([*KG, "extract", *map(str, SAMPLES), "-o", str(Path(tmp) / "facts.jsonl")])
    kg_rate = chars / spent
    print(f"kg extract samples/ (whole process): {chars:,} chars in {spent:.2f} s = {kg_rate:,.0f} chars/s")
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        print("jieba not installed (pip install -e '.[bench]'): no ratio")
        return
    jieba.setLogLevel(60)
    jieba.initialize()
    text = "".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    t0 = time.perf_counter()
    for _ in pseg.cut(text):
        pass
    jrate = len(text) / (time.perf_counter() - t0)
    print(f"jieba posseg over the same text: {jrate:,.0f} chars/s (dictionary loaded beforehand)")
    print(f"ratio kg extract / jieba posseg: {kg_rate / jrate:.1f}× (target ≥ 5×, goal 10×)")


def linearity() -> None:
    from kg.extract import extract_document
    from kg.reading import read_document

    base = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES if not p.name.startswith("002"))
    print(f"linearity (one document made of samples 000, 001, 003, 004 repeated; base {len(base):,} chars):")
    prev = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, 2, 4, 8):
            path = Path(tmp) / f"x{factor}.txt"
            path.write_text("\n".join([base] * factor), encoding="utf-8")
            t0 = time.perf_counter()
            facts = extract_document(read_document(str(path)))
            spent = time.perf_counter() - t0
            ratio = f"{spent / prev:.2f}× the time of half the length" if prev else ""
            print(f"  {factor}×: {len(base) * factor:>10,} chars {spent:6.2f} s {len(facts):6d} facts  {ratio}")
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
