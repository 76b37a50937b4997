"""Time of the encoding decision (kg.decoding) on a document written in each encoding kg reads
(figures only, no asserts).

    python bench/bench_decoding.py [FILE]      # default: samples/002 (1 MB of UTF-8)

UTF-8 is decided by one strict decode; every other encoding, and UTF-8 with a bad byte, costs
the decoding and scoring of every candidate reading.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.decoding import decode_bytes

ROOT = Path(__file__).resolve().parents[1]


def main(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    variants = {
        "utf-8": text.encode("utf-8"),
        "utf-8 + 1 bad byte": text.encode("utf-8") + b"\xff",
        "gb18030": text.encode("gb18030"),
        "utf-16-le (no BOM)": text.encode("utf-16-le"),
        "utf-16 (BOM)": text.encode("utf-16"),
        "random bytes": bytes(range(256)) * (len(text) // 256 + 1),
    }
    print(f"{path.name}: {len(text):,} characters")
    print(f"{'written as':22} {'bytes':>10} {'read as':>12} {'bad':>5} {'seconds':>8}")
    for name, data in variants.items():
        start = time.perf_counter()
        try:
            decoded = decode_bytes(data, str(path))
            got, bad = decoded.encoding, str(len(decoded.bad))
        except Exception as exc:  # a refusal is a result here
            got, bad = type(exc).__name__, "-"
        print(f"{name:22} {len(data):>10,} {got:>12} {bad:>5} {time.perf_counter() - start:>8.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "samples" / "002_da5c81e7ca3b0941.txt")
