"""Cost of traditional → simplified conversion, and PDF text extractors compared, from one run.

    python bench/bench_reading_formats.py [--pdf-only] [PDF]

1. ``kg.simplify.to_simplified`` on each sample and on the traditional documents of corpus/dev,
   against the extraction of the same document (read + extract), as a share of it.
2. PDF: every installed extractor (pypdfium2 as kg.formats reads it, pypdf, pdfminer.six,
   pdfplumber, PyMuPDF) on PDF (default: a PDF made from all of sample 002 with
   tests/fixtures/make_pdf_docx.py, which needs fpdf2 and a CJK font), each in a fresh process:
   import time, extraction speed, and whether its text equals the sample's (whitespace aside).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE_002 = ROOT / "samples" / "002_da5c81e7ca3b0941.txt"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def conversion() -> None:
    from kg.extract import extract_document
    from kg.reading import read_document
    from kg.simplify import to_simplified

    to_simplified("會議")  # load OpenCC once, as a process does for its first document
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "corpus" / "dev" / "docs").glob("trad-*.txt"))
    total_conv = total_extract = 0.0
    print("traditional → simplified (kg.simplify) against read + extract of the same document:")
    for path in paths:
        original = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        to_simplified(original)
        conv = time.perf_counter() - t0
        t0 = time.perf_counter()
        extract_document(read_document(str(path)))
        spent = time.perf_counter() - t0
        total_conv += conv
        total_extract += spent
        print(f"  {path.name:32s} {len(original):>8,} chars  convert {conv * 1000:7.1f} ms  "
              f"extract {spent:6.2f} s  share {conv / spent:6.1%}")
    print(f"  all: convert {total_conv:.3f} s of {total_extract:.2f} s = {total_conv / total_extract:.1%}")


_RUN = r'''
import sys, time, re
name, path, ref = sys.argv[1:4]
t0 = time.perf_counter()
if name == "kg.formats (pypdfium2)":
    from kg.formats import extract_text
elif name == "pypdf":
    import pypdf
elif name == "pdfminer.six":
    from pdfminer.high_level import extract_text as pm
elif name == "pdfplumber":
    import pdfplumber
elif name == "pymupdf":
    import pymupdf
imported = time.perf_counter() - t0
t0 = time.perf_counter()
if name == "kg.formats (pypdfium2)":
    text = extract_text(path, open(path, "rb").read()).text
elif name == "pypdf":
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
elif name == "pdfminer.six":
    text = pm(path)
elif name == "pdfplumber":
    with pdfplumber.open(path) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
elif name == "pymupdf":
    text = "\n".join(p.get_text() for p in pymupdf.open(path))
spent = time.perf_counter() - t0
canon = lambda s: re.sub(r"—\d+—", "", re.sub(r"\s+", "", s))
same = canon(text) == canon(open(ref, encoding="utf-8").read())
row = re.search(r"余长明[ \t]*区委书记（8", text)
print(f"{imported:.2f} {spent:.2f} {len(text)} {same} {repr(row.group()) if row else 'no-row'}")
'''


def pdf_extractors(pdf: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ref = Path(tmp) / "lines.txt"
        lines = [line.rstrip() for line in SAMPLE_002.read_text(encoding="utf-8").split("\n") if line.strip()]
        ref.write_text("\n".join(lines), encoding="utf-8")
        if pdf is None:
            sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
            try:
                import make_pdf_docx
            except ImportError as exc:
                print(f"PDF comparison skipped: {exc}")
                return
            pdf = Path(tmp) / "002.pdf"
            try:
                make_pdf_docx.make_pdf(FONT, pdf, lines)
            except Exception as exc:  # fpdf2 or the font missing
                print(f"PDF comparison skipped: cannot make the PDF ({exc}); give one as argument")
                return
        chars = len(ref.read_text(encoding="utf-8"))
        print(f"PDF text extractors on {pdf.name} ({pdf.stat().st_size:,} bytes; sample 002, {chars:,} chars):")
        for name in ("kg.formats (pypdfium2)", "pypdf", "pdfminer.six", "pdfplumber", "pymupdf"):
            done = subprocess.run([sys.executable, "-c", _RUN, name, str(pdf), str(ref)], capture_output=True,
                                  text=True, cwd=ROOT)
            if done.returncode:
                print(f"  {name:24s} not available ({done.stderr.strip().splitlines()[-1][:80]})")
                continue
            imported, spent, n, same, row = done.stdout.strip().split(" ", 4)
            print(f"  {name:24s} import {float(imported):5.2f} s  extract {float(spent):6.2f} s "
                  f"({int(n) / float(spent):>9,.0f} chars/s)  same text: {same:5s}  roster row: {row}")


if __name__ == "__main__":
    if "--pdf-only" not in sys.argv:
        conversion()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pdf_extractors(Path(args[0]) if args else None)
