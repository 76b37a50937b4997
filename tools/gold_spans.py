"""Fill the evidence offsets of a hand-written gold file (no kg import: gold stays independent).

A gold writer quotes each fact's evidence sentence exactly as it stands in the document and
leaves the offsets out; this script finds each quote in the document and writes
``source``/``evidence`` with ``doc``, ``start``, ``end``, ``text`` (``text == original[start:end]``).

Draft line (one fact), evidence quoted as text only::

    {"kind": "appoint", "status": "decided", "person": "王强", "title": "副省长",
     "org": "浙江省人民政府", "org_text": "浙江省人民政府", "date": "2021-08-02",
     "decided_by": "浙江省人民代表大会常务委员会", "meeting": null, "doc_number": null,
     "quotes": ["决定任命王强为浙江省人民政府副省长"], "note": "…"}

A quote that occurs more than once names which one with ``"quote_occurrence": [n, …]``
(0-based, one per quote). The first line of the draft is the scope line
``{"_scope": {"doc": "corpus/dev/docs/<id>.txt"}}``.

Usage: python tools/gold_spans.py DRAFT.jsonl [-o GOLD.jsonl]   (default: rewrite in place)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _read_original(path: Path) -> str:
    # the file as kg reads it: UTF-8 (gold documents are stored as UTF-8), newlines kept as is
    return path.read_bytes().decode("utf-8-sig")


def _find(text: str, quote: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ValueError(f"quote not found (occurrence {occurrence}): {quote!r}")
    return start


def fill(lines: list[dict], root: Path) -> list[dict]:
    scope = lines[0].get("_scope") if lines else None
    if not scope or "doc" not in scope:
        raise ValueError("the first line must be {\"_scope\": {\"doc\": …}}")
    doc = scope["doc"]
    text = _read_original(root / doc)
    out = [lines[0]]
    for n, fact in enumerate(lines[1:], start=2):
        fact = dict(fact)
        quotes = fact.pop("quotes", None)
        occ = fact.pop("quote_occurrence", None)
        if quotes is None:  # already filled: check it
            spans = [fact["source"], *fact.get("evidence", [])]
            for s in spans:
                if text[s["start"]:s["end"]] != s["text"]:
                    raise ValueError(f"line {n}: span {s['start']}:{s['end']} is not {s['text']!r}")
            out.append(fact)
            continue
        occ = occ or [0] * len(quotes)
        spans = []
        for q, o in zip(quotes, occ):
            try:
                start = _find(text, q, o)
            except ValueError as exc:
                raise ValueError(f"line {n}: {exc}") from None
            if o == 0 and text.find(q, start + 1) >= 0 and "quote_occurrence" not in lines[n - 1]:
                print(f"warning: line {n}: quote occurs more than once, took the first: {q!r}", file=sys.stderr)
            spans.append({"doc": doc, "start": start, "end": start + len(q), "text": q})
        spans.sort(key=lambda s: s["start"])
        fact["source"] = spans[0]
        fact["evidence"] = spans
        out.append(fact)
    facts = sorted(out[1:], key=lambda f: f["source"]["start"])
    return [out[0], *facts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("draft")
    ap.add_argument("-o", "--out")
    ap.add_argument("--root", default=".", help="repository root the doc paths are relative to")
    args = ap.parse_args(argv)
    draft = Path(args.draft)
    lines = [json.loads(x) for x in draft.read_text(encoding="utf-8").splitlines() if x.strip()]
    try:
        filled = fill(lines, Path(args.root))
    except ValueError as exc:
        print(f"Error: {draft}: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out) if args.out else draft
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in filled), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
