"""Province scale: build time per stage, peak memory, throughput and query latency, from one run.

    python bench/bench_scale.py [--base 220] [--work DIR] [--reps 20] [--cli-reps 2] [--skip-100x] [--in-memory]

Generates a synthetic corpus (bench/corpus_gen.py: appointment notices, elections, standing-
committee decisions, yearbook rosters, biographies of many counties nationwide, with gold facts)
at 1x, 10x and 100x ``--base`` documents, and measures:

- 1x: extraction in one process and in 2 (``--workers 2``): time, speed-up, identical output;
  extraction recall / precision against the gold facts; a full build from the documents.
- 10x: a build from the documents with ``--workers 2``.
- 100x: a build from fact shards (the gold facts written as `kg extract --shards` writes them:
  extraction done elsewhere, e.g. on a cluster), at >= 1M relationships with the default base;
  then query latency p50 / p95 of every saved query in process (``--reps`` runs) and as a CLI
  call (``--cli-reps`` runs), and adding one document to the big graph (incremental build).
  The build streams (kg.streaming: groups of $KG_BATCH facts, default 20,000); ``--in-memory``
  also builds the 100x graph from memory (``stream=False``, as before streaming) to compare
  time and peak memory, and checks that the two databases hold the same counts.

Every build runs in a child process: its stage times come from the build report, its peak
memory (max RSS) and CPU time from ``os.wait4``. The machine's load is printed first: on a
shared machine wall-clock times stretch while CPU times hold. Not a test: no asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus_gen  # noqa: E402

PY = sys.executable
KG = [PY, "-m", "kg"]

CHILD = r"""
import json, sys, time
from kg.pipeline import build
from kg.progress import Progress
args = json.loads(sys.argv[1])
t = time.perf_counter()
r = build(args["paths"], args["db"], workers=args["workers"], shards=args["shards"],
          progress=Progress("bench", enabled=False), stream=args.get("stream"))
print(json.dumps({"documents": r.documents, "facts": r.facts, "nodes": r.nodes, "relationships": r.relationships,
                  "errors": len(r.errors), "timings": r.timings, "cpu": r.cpu, "wall": time.perf_counter() - t,
                  "mode": getattr(r, "mode", "full")}))
"""


def run_child(code: str, *argv: str) -> tuple[dict, dict]:
    """Run Python ``code`` in a child; (its last stdout line as JSON, {wall, cpu, max_rss_mb})."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t = time.perf_counter()
        proc = subprocess.Popen([PY, "-c", code, *argv], stdout=out, stderr=err, text=True, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own rusage: CPU time, max RSS
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise SystemExit(f"child failed:\n{err.read()[-3000:]}")
        lines = out.read().strip().splitlines()
    return (json.loads(lines[-1]) if lines else {}), {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                                                      "max_rss_mb": usage.ru_maxrss / 1024}


def build_child(paths: list[str], db: Path, workers: int = 1, shards: list[str] = (),
                stream: bool | None = None) -> tuple[dict, dict]:
    return run_child(CHILD, json.dumps({"paths": paths, "db": str(db), "workers": workers, "shards": list(shards),
                                        "stream": stream}))


def show_build(label: str, report: dict, usage: dict) -> None:
    t = report["timings"]
    c = report.get("cpu") or {}
    stages = "  ".join(f"{k} {v:.1f}s (cpu {c.get(k, 0):.1f})" for k, v in t.items())
    total = sum(t.values())
    print(f"  {label}: {report['documents']} docs, {report['facts']} facts -> {report['nodes']} nodes, "
          f"{report['relationships']} rels")
    print(f"    stages: {stages}  (total {total:.1f}s, child wall {usage['wall']:.1f}s, cpu {usage['cpu']:.1f}s, "
          f"peak RSS {usage['max_rss_mb']:.0f} MB)")
    w = c.get("write") or t.get("write") or 0
    r = c.get("resolve") or t.get("resolve") or 0
    if r:
        print(f"    per CPU second: resolve {report['facts'] / r:,.0f} facts/s", end="")
    if w:
        print(f"; write {report['relationships'] / w:,.0f} relationships/s "
              f"({(report['nodes'] + report['relationships']) / w:,.0f} rows/s)", end="")
    print(f"; overall {report['facts'] / max(total, 1e-9):,.0f} facts/s")
    if t.get("write"):  # wall clock: what a user waits (stretched on a shared machine)
        print(f"    per wall second: write {report['relationships'] / t['write']:,.0f} relationships/s")


def db_size(db: Path) -> str:
    """The database and its .wal on disk."""
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file() and not p.name.endswith(".lock"))
    return f"{size / 2**20:.0f} MB"


def recall(corpus: Path, jsonl: Path) -> str:
    gold: set[tuple] = set()
    for line in open(corpus / "gold.jsonl", encoding="utf-8"):
        g = json.loads(line)
        gold.add((g["doc"], g["kind"], g["person"], g["title"], g["org"]))
    got = set()
    for line in open(jsonl, encoding="utf-8"):
        f = json.loads(line)
        got.add((Path(f["source"]["doc"]).name, f["kind"], f["person"], f["title"], f["org"]))
    tp = len(gold & got)
    return f"precision {tp / max(len(got), 1):.3f}, recall {tp / max(len(gold), 1):.3f} ({tp}/{len(gold)} gold facts)"


def extract_cli(docs: Path, out: Path, workers: int) -> tuple[float, dict]:
    code = ("import sys; from kg.cli.extract_cmd import extract_to; "
            "r = extract_to([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3])); print(list(r))")
    _, usage = run_child(code.replace("print(list(r))", "import json; print(json.dumps(list(r)))"), str(docs), str(out), str(workers))
    return usage["wall"], usage


def pick_params(db: Path) -> dict[str, str]:
    """Realistic parameters from the graph: a busy person and a colleague, a common title, a county."""
    from kg.store import open_store

    with open_store(str(db), read_only=True) as s:
        person = s.run("MATCH (p:Person)-[:HELD]->(x:Post) WITH p, count(x) AS n ORDER BY n DESC, p.id LIMIT 1 "
                       "RETURN p.name AS name, p.jurisdiction AS j")[0]
        other = s.run("MATCH (p:Person)-[:HELD]->(:Post)-[:`IN`]->(o:Organization)<-[:`IN`]-(:Post)<-[:HELD]-(q:Person) "
                      "WHERE p.name = $n AND q.name <> $n RETURN q.name AS name LIMIT 1", {"n": person["name"]})
    juris = person["j"] or ""
    short = juris[-3:] if juris else ""
    return {"name": person["name"], "a": person["name"], "b": other[0]["name"] if other else person["name"],
            "title": "副局长", "org": juris, "text": short + "人民政府", "jurisdiction": short,
            "from": "2018", "to": "2020"}


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def bench_queries(db: Path, reps: int, cli_reps: int) -> None:
    from kg.queries import load_catalog, run_saved
    from kg.store import open_store

    params = pick_params(db)
    print(f"  parameters: {params}")
    catalog = load_catalog()
    print(f"  {'query':20} {'rows':>6} {'cold ms':>9} {'p50 ms':>9} {'p95 ms':>9} {'cpu p50':>8}   {'CLI p50 ms':>10} {'CLI max ms':>10}")
    with open_store(str(db), read_only=True) as store:
        for name, q in sorted(catalog.items()):
            bound = {k: params.get(k, "") if k in q.required else "" for k in q.params}
            times, cpu, rows = [], [], 0
            t = time.perf_counter()
            run_saved(store, name, bound, catalog=catalog)  # the first run reads the pages from disk
            cold = (time.perf_counter() - t) * 1000
            for _ in range(reps if cold < 5000 else 1):
                t, c = time.perf_counter(), time.process_time()
                rows = len(run_saved(store, name, bound, catalog=catalog))
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                if times[-1] > 5000:  # a pathological plan: do not spend the budget repeating it
                    break
            cli = []
            for _ in range(cli_reps if rows <= 10_000 else 0):  # a huge answer measures table printing
                args = [*KG, "query", name, "--db", str(db), *(a for k, v in bound.items() if v for a in ("-p", f"{k}={v}"))]
                t = time.perf_counter()
                subprocess.run(args, capture_output=True, cwd=ROOT)
                cli.append((time.perf_counter() - t) * 1000)
            cli_s = f"{statistics.median(cli):10.0f} {max(cli):10.0f}" if cli else ""
            print(f"  {name:20} {rows:6d} {cold:9.1f} {percentile(times, .5):9.1f} {percentile(times, .95):9.1f} "
                  f"{percentile(cpu, .5):8.1f}   {cli_s}")


def add_one(db: Path, work: Path) -> None:
    """One new document built into the big graph: an incremental build (kg.incremental) re-resolves
    and rewrites only what it touches; the figure is the build's own time and the child's wall."""
    extra = work / "one"
    corpus_gen.generate(extra, 1, seed=99)
    r, u = build_child([str(extra / "docs")], db)
    show_build("+1 document", r, u)
    print(f"    adding one document: {sum(r['timings'].values()):.1f}s in the build, {u['wall']:.1f}s with start-up "
          f"({r.get('mode', 'full')} build; peak RSS {u['max_rss_mb']:.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=220, help="documents at 1x (100x = 100 times that)")
    ap.add_argument("--work", help="working folder (default: a temporary one, removed after)")
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--cli-reps", type=int, default=2)
    ap.add_argument("--skip-100x", action="store_true")
    ap.add_argument("--in-memory", action="store_true", help="also build the 100x graph from memory (stream=False)")
    ap.add_argument("--queries-only", metavar="DB", help="only the query latencies, on an existing database")
    ap.add_argument("--add-one", metavar="DB", help="only: add one new document to an existing database")
    args = ap.parse_args()
    if args.queries_only:
        bench_queries(Path(args.queries_only), args.reps, args.cli_reps)
        return
    if args.add_one:
        add_one(Path(args.add_one), Path(tempfile.mkdtemp(prefix="kg-bench-one-")))
        return
    work = Path(args.work or tempfile.mkdtemp(prefix="kg-bench-"))
    t_all = time.perf_counter()
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB RAM; python {sys.version.split()[0]}")
    try:
        sizes = {"1x": args.base, "10x": args.base * 10, "100x": args.base * 100}
        corpora = {}
        for label, n in sizes.items():
            if label == "100x" and args.skip_100x:
                continue
            t = time.perf_counter()
            info = corpus_gen.generate(work / label, n, seed=7)
            corpora[label] = work / label
            print(f"corpus {label}: {info} ({time.perf_counter() - t:.1f}s to generate)")

        print("\n1x: extraction, one process vs two")
        w1, u1 = extract_cli(corpora["1x"] / "docs", work / "x1-w1.jsonl", 1)
        w2, u2 = extract_cli(corpora["1x"] / "docs", work / "x1-w2.jsonl", 2)
        same = (work / "x1-w1.jsonl").read_bytes() == (work / "x1-w2.jsonl").read_bytes()
        print(f"  --workers 1: {w1:.1f}s (cpu {u1['cpu']:.1f}s); --workers 2: {w2:.1f}s; speed-up {w1 / w2:.2f}x; "
              f"identical output: {same}")
        print(f"  extraction vs gold: {recall(corpora['1x'], work / 'x1-w1.jsonl')}")
        print("1x: build from documents")
        r, u = build_child([str(corpora["1x"] / "docs")], work / "x1.db")
        show_build("1x", r, u)
        print(f"    database {db_size(work / 'x1.db')}")

        print("\n10x: build from documents, --workers 2")
        r, u = build_child([str(corpora["10x"] / "docs")], work / "x10.db", workers=2)
        show_build("10x", r, u)
        print(f"    database {db_size(work / 'x10.db')}")

        if "100x" in corpora:
            batch = os.environ.get("KG_BATCH") or "20000 (default)"
            print(f"\n100x: build from fact shards (extraction done elsewhere), streamed in groups of {batch} facts")
            db = work / "x100.db"
            r, u = build_child([], db, shards=[str(corpora["100x"] / "gold-shards")])
            show_build("100x", r, u)
            print(f"    database {db_size(db)}")
            if args.in_memory:
                print("\n100x: the same build from memory (stream=False: every fact, node and row held at once)")
                r2, u2 = build_child([], work / "x100-memory.db", shards=[str(corpora["100x"] / "gold-shards")], stream=False)
                show_build("100x in memory", r2, u2)
                same = all(r[k] == r2[k] for k in ("documents", "facts", "nodes", "relationships"))
                print(f"    streamed vs in memory: peak RSS {u['max_rss_mb']:.0f} MB vs {u2['max_rss_mb']:.0f} MB, "
                      f"child wall {u['wall']:.1f}s vs {u2['wall']:.1f}s, cpu {u['cpu']:.1f}s vs {u2['cpu']:.1f}s; "
                      f"same counts: {same}")
                shutil.rmtree(work / "x100-memory.db", ignore_errors=True)
                (work / "x100-memory.db").unlink(missing_ok=True)
            print("\n100x: query latency (every saved query)")
            bench_queries(db, args.reps, args.cli_reps)
            print("\n100x: add one document to the big graph")
            add_one(db, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nbenchmark total {time.perf_counter() - t_all:.0f}s")


if __name__ == "__main__":
    main()
