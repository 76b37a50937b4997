"""Throughput of the pipeline stages on the sample documents (figures and ratios, no asserts).

    python bench/bench_pipeline.py [PATH...]      # default: samples/

Prints, per document and in total: characters, reading + normalization time, extraction time
(acts and holds), facts, and characters per second; then the resolve time over all facts, and
the ratio of extraction speed to bare ``spacy.blank("zh")`` tokenization.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from kg.extract import extract_document
from kg.extract.acts import extract_acts
from kg.extract.holds import extract_holds
from kg.pipeline import doc_info
from kg.reading import iter_input_files, read_document
from kg.resolve import resolve


def main(paths: list[str]) -> None:
    docs, facts = [], []
    total = {"chars": 0, "read": 0.0, "acts": 0.0, "holds": 0.0}
    print(f"{'document':40} {'chars':>9} {'read s':>7} {'acts s':>7} {'holds s':>7} {'facts':>6} {'chars/s':>9}")
    for path, error in iter_input_files(paths):
        if error:
            continue
        t0 = time.perf_counter()
        doc = read_document(path)
        t1 = time.perf_counter()
        extract_acts(doc)
        t2 = time.perf_counter()
        extract_holds(doc)
        t3 = time.perf_counter()
        found = extract_document(doc)
        n = len(doc.original)
        spent = (t1 - t0) + (t3 - t1)
        print(f"{Path(path).name:40} {n:9d} {t1 - t0:7.2f} {t2 - t1:7.2f} {t3 - t2:7.2f} {len(found):6d} {n / spent:9.0f}")
        total["chars"] += n
        total["read"] += t1 - t0
        total["acts"] += t2 - t1
        total["holds"] += t3 - t2
        docs.append(doc)
        facts.extend(found)
    spent = total["read"] + total["acts"] + total["holds"]
    print(f"{'total':40} {total['chars']:9d} {total['read']:7.2f} {total['acts']:7.2f} {total['holds']:7.2f} "
          f"{len(facts):6d} {total['chars'] / spent:9.0f}")

    t0 = time.perf_counter()
    graph = resolve(facts, [doc_info(d) for d in docs])
    t1 = time.perf_counter()
    print(f"resolve: {len(facts)} facts → {graph.node_count()} nodes, {graph.rel_count()} relationships in {t1 - t0:.2f} s")

    nlp = spacy.blank("zh")
    t0 = time.perf_counter()
    for d in docs:
        nlp(d.text)
    bare = total["chars"] / (time.perf_counter() - t0)
    print(f"spacy.blank('zh') tokenization alone: {bare:,.0f} chars/s; "
          f"kg read+extract runs at {total['chars'] / spent / bare:.2f}× that speed")


if __name__ == "__main__":
    main(sys.argv[1:] or ["samples/"])
