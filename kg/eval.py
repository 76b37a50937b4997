"""Score extracted personnel acts against hand-checked gold files.

Gold files (``tests/gold/*.jsonl``) hold one fact per line in the facts contract shape
(:meth:`kg.model.Fact.to_json`), plus optional header lines ``{"_scope": {"doc": …,
"start": …, "end": …}}``. A fact matches when its key — (document, kind, status, person,
title, org) — is equal in gold and prediction; the document is compared by file name
without directory or extension, so ``samples/000_x.txt`` and ``/tmp/000_x.txt`` are one
document. Only documents that a gold file covers are scored, and where a scope gives a
character range, only predictions with an evidence span starting inside it count: a gold
file for two months of a chronicle must not turn the rest of the yearbook into false
positives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from kg.errors import GoldError, KgError
from kg.model import ACT_KINDS, FACT_KINDS, STATUSES, Fact

DEFAULT_KINDS: tuple[str, ...] = ACT_KINDS
KNOWN_KINDS: tuple[str, ...] = FACT_KINDS + ("rank",)
SCOPE_KEY = "_scope"

Key = tuple[str, str, str, str, str, str]


# ---------------------------------------------------------------- keys and spans


def doc_id(path: str) -> str:
    """The document part of a key: file name without directory and extension."""
    name = Path(str(path).replace("\\", "/")).name
    return name.rsplit(".", 1)[0] if "." in name else name


def _norm(value: Any) -> str:
    """Compare names whitespace-free: PDF text pads names (王    俊)."""
    return "".join(str(value).split()) if value is not None else ""


def fact_key(fact: dict[str, Any]) -> Key:
    """(document, kind, status, person, title, org) of a fact dict."""
    return (
        doc_id(fact["source"]["doc"]),
        fact["kind"],
        fact["status"],
        _norm(fact.get("person")),
        _norm(fact.get("title")),
        _norm(fact.get("org")),
    )


def _spans(fact: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Every evidence span of a fact (source first), as (doc id, start, end)."""
    evs = [fact["source"], *fact.get("evidence", [])]
    return [(doc_id(e["doc"]), int(e["start"]), int(e["end"])) for e in evs]


def spans_overlap(a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]) -> bool:
    """True when some span of ``a`` shares at least one character with some span of ``b``."""
    return any(d1 == d2 and s1 < e2 and s2 < e1 for d1, s1, e1 in a for d2, s2, e2 in b)


# ---------------------------------------------------------------- scopes


@dataclass
class Scope:
    """The part of one document a gold file covers; no range means the whole document."""

    doc: str  # document path as written in the gold file
    start: int | None = None
    end: int | None = None

    @property
    def doc_id(self) -> str:
        return doc_id(self.doc)

    def covers(self, fact: dict[str, Any]) -> bool:
        """Whether a fact of this document falls in the scope (any evidence start inside)."""
        if self.start is None or self.end is None:
            return True
        return any(self.start <= s < self.end for d, s, _ in _spans(fact) if d == self.doc_id)


def scopes_of(gold: list[dict[str, Any]]) -> dict[str, list[Scope]]:
    """Scopes per document id: the explicit ``_scope`` lines, else the whole document for
    every document a gold fact names."""
    scopes: dict[str, list[Scope]] = {}
    for row in gold:
        if SCOPE_KEY in row:
            s = row[SCOPE_KEY]
            scope = Scope(s["doc"], s.get("start"), s.get("end"))
            scopes.setdefault(scope.doc_id, []).append(scope)
    for row in gold:
        if SCOPE_KEY not in row:
            d = row["source"]["doc"]
            scopes.setdefault(doc_id(d), [Scope(d)])
    return scopes


def _in_scope(fact: dict[str, Any], scopes: dict[str, list[Scope]]) -> bool:
    doc_scopes = scopes.get(doc_id(fact["source"]["doc"]))
    return bool(doc_scopes) and any(s.covers(fact) for s in doc_scopes)


# ---------------------------------------------------------------- report


@dataclass
class Score:
    """Counts and metrics for one kind (or all kinds together)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """1.0 when nothing was predicted: no claim, no false claim."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """1.0 when the gold is empty: nothing to find, nothing missed."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalReport:
    """Result of :func:`evaluate`: scores per kind, micro-averaged overall, span agreement
    and the facts behind every error."""

    kinds: tuple[str, ...]
    per_kind: dict[str, Score]
    overall: Score
    span_matched: int  # matched facts whose predicted evidence overlaps a gold span
    docs: list[str]  # document ids scored
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    span_misses: list[dict[str, Any]] = field(default_factory=list)  # matched, spans disjoint

    @property
    def span_agreement(self) -> float | None:
        """Fraction of matched facts whose evidence overlaps the gold's; None if none matched."""
        return self.span_matched / self.overall.tp if self.overall.tp else None

    def to_json(self) -> dict[str, Any]:
        agreement = self.span_agreement
        return {
            "kinds": list(self.kinds),
            "docs": self.docs,
            "per_kind": {k: s.to_json() for k, s in self.per_kind.items()},
            "overall": self.overall.to_json(),
            "span_agreement": round(agreement, 4) if agreement is not None else None,
            "span_matched": self.span_matched,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "span_misses": self.span_misses,
        }


# ---------------------------------------------------------------- evaluation


def _as_dict(fact: Fact | dict[str, Any]) -> dict[str, Any]:
    return fact.to_json() if isinstance(fact, Fact) else fact


def _index(facts: Iterable[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """Facts by key; a repeated key keeps the first fact and pools the evidence of all."""
    index: dict[Key, dict[str, Any]] = {}
    for f in facts:
        key = fact_key(f)
        if key in index:
            first = index[key]
            first["evidence"] = [*first.get("evidence", []), f["source"], *f.get("evidence", [])]
        else:
            index[key] = dict(f)
    return index


def evaluate(
    gold: list[dict[str, Any]],
    pred: list[Fact] | list[dict[str, Any]],
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> EvalReport:
    """Compare predicted facts with gold facts (dicts as in the gold files, ``_scope`` rows
    allowed). Only documents covered by the gold, and inside its scopes, are scored; only
    facts of ``kinds`` count."""
    kinds = tuple(kinds)
    scopes = scopes_of(gold)
    wanted = lambda f: f["kind"] in kinds and _in_scope(f, scopes)  # noqa: E731
    g = _index(f for f in gold if SCOPE_KEY not in f and wanted(f))
    p = _index(f for f in map(_as_dict, pred) if wanted(f))
    per_kind = {k: Score() for k in kinds}
    report = EvalReport(kinds, per_kind, Score(), 0, sorted(scopes))
    for key in sorted(g.keys() | p.keys()):
        score = per_kind[key[1]]
        if key in g and key in p:
            score.tp += 1
            if spans_overlap(_spans(p[key]), _spans(g[key])):
                report.span_matched += 1
            else:
                report.span_misses.append(p[key])
        elif key in p:
            score.fp += 1
            report.false_positives.append(p[key])
        else:
            score.fn += 1
            report.false_negatives.append(g[key])
    report.overall = Score(*(sum(getattr(s, a) for s in per_kind.values()) for a in ("tp", "fp", "fn")))
    return report


# ---------------------------------------------------------------- files


def _check_evidence(ev: Any, where: str) -> None:
    if not isinstance(ev, dict):
        raise GoldError(f"{where}: evidence must be an object, got {type(ev).__name__}")
    for name, typ in (("doc", str), ("start", int), ("end", int)):
        if not isinstance(ev.get(name), typ) or isinstance(ev.get(name), bool):
            raise GoldError(f"{where}: evidence field {name!r} must be {typ.__name__}, got {ev.get(name)!r}")
    if ev["end"] < ev["start"]:
        raise GoldError(f"{where}: evidence end {ev['end']} is before start {ev['start']}")


def check_fact(row: Any, where: str) -> dict[str, Any]:
    """Validate one fact dict; raise :class:`GoldError` naming ``where`` (file:line)."""
    if not isinstance(row, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(row).__name__}")
    if row.get("kind") not in KNOWN_KINDS:
        raise GoldError(f"{where}: unknown kind {row.get('kind')!r} (expected one of {', '.join(KNOWN_KINDS)})")
    if row.get("status") not in STATUSES:
        raise GoldError(f"{where}: unknown status {row.get('status')!r} (expected proposed or decided)")
    if not isinstance(row.get("person"), str) or not row["person"].strip():
        raise GoldError(f"{where}: missing person")
    for name in ("title", "org"):
        if row.get(name) is not None and not isinstance(row[name], str):
            raise GoldError(f"{where}: {name} must be a string or null, got {row[name]!r}")
    if "source" not in row:
        raise GoldError(f"{where}: missing source")
    _check_evidence(row["source"], where)
    evidence = row.get("evidence", [])
    if not isinstance(evidence, list):
        raise GoldError(f"{where}: evidence must be a list")
    for ev in evidence:
        _check_evidence(ev, where)
    return row


def _check_scope(row: dict[str, Any], where: str) -> dict[str, Any]:
    s = row[SCOPE_KEY]
    if not isinstance(s, dict) or not isinstance(s.get("doc"), str):
        raise GoldError(f"{where}: _scope needs a string 'doc'")
    start, end = s.get("start"), s.get("end")
    if (start is None) != (end is None):
        raise GoldError(f"{where}: _scope needs both start and end, or neither")
    if start is not None and not (isinstance(start, int) and isinstance(end, int) and start <= end):
        raise GoldError(f"{where}: _scope start/end must be integers with start <= end")
    return row


def _read_jsonl(path: Path) -> Iterable[tuple[str, Any]]:
    """(file:line, parsed object) for each non-blank line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{n}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named: files as given, directories expanded to their ``*.jsonl``."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or directory")
    return files


def load_gold_file(path: str | Path) -> list[dict[str, Any]]:
    """Gold rows of one file (facts and ``_scope`` rows), validated."""
    rows = []
    for where, row in _read_jsonl(Path(path)):
        if isinstance(row, dict) and SCOPE_KEY in row:
            rows.append(_check_scope(row, where))
        else:
            rows.append(check_fact(row, where))
    if not rows:
        raise GoldError(f"{path}: empty gold file; to say a document has no acts, write one line "
                        '{"_scope": {"doc": "<path of the document>"}}')
    return rows


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Gold rows of every file (or directory of ``*.jsonl``) named."""
    rows: list[dict[str, Any]] = []
    for f in gold_files(paths):
        file_rows = load_gold_file(f)
        if not any(SCOPE_KEY in r for r in file_rows):
            # A file without _scope covers the whole of every document it names, even when
            # another file scopes a part of the same document.
            docs = dict.fromkeys(r["source"]["doc"] for r in file_rows)
            file_rows = [{SCOPE_KEY: {"doc": d}} for d in docs] + file_rows
        rows.extend(file_rows)
    return rows


def load_pred(path: str | Path) -> list[Fact]:
    """Predicted facts from a JSONL file written by ``kg extract``."""
    facts = []
    for where, row in _read_jsonl(Path(path)):
        if isinstance(row, dict) and SCOPE_KEY in row:
            continue
        try:
            facts.append(Fact.from_json(check_fact(row, where)))
        except TypeError as exc:
            raise GoldError(f"{where}: not a fact ({exc})") from exc
    return facts


def gold_documents(gold: list[dict[str, Any]]) -> list[str]:
    """Paths (as written in the gold) of the documents the gold covers, one per document."""
    return [scopes[0].doc for scopes in scopes_of(gold).values()]


def resolve_document(doc: str, search: Iterable[str | Path] = ()) -> Path:
    """Find a gold document: as written (relative to the working directory), else relative
    to each ``search`` directory and its parents (gold files name ``samples/…`` from the
    repository root)."""
    if Path(doc).exists():
        return Path(doc)
    for base in map(Path, search):
        for d in (base.resolve(), *base.resolve().parents):
            if (d / doc).exists():
                return d / doc
    raise GoldError(f"{doc}: document named in the gold not found (run from the repository root or pass --pred)")


def predict(gold: list[dict[str, Any]], search: Iterable[str | Path] = ()) -> list[Fact]:
    """Run the extractor on every document the gold covers."""
    try:
        from kg.extract import extract_document
        from kg.reading import read_document
    except ImportError as exc:
        raise KgError(f"extraction is not available ({exc}); pass --pred with a facts file") from exc
    search = list(search)
    facts: list[Fact] = []
    for doc in gold_documents(gold):
        facts.extend(extract_document(read_document(str(resolve_document(doc, search)))))
    return facts


# ---------------------------------------------------------------- display


def _fact_line(f: dict[str, Any]) -> str:
    src = f["source"]
    text = "".join(str(src.get("text", "")).split())[:50]
    where = f"{doc_id(src['doc'])}@{src['start']}"
    return f"{f['kind']}/{f['status']} {f['person']} · {f.get('title')} · {f.get('org')}  [{where}] {text}"


def print_report(report: EvalReport, console: Any = None, show_errors: bool = False) -> None:
    """Print the per-kind table (tp fp fn P R F1), span agreement and, if asked, the errors."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"kg eval — {len(report.docs)} document(s)")
    for col in ("kind", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    rows = [*report.per_kind.items(), ("overall", report.overall)]
    for name, s in rows:
        if name == "overall":
            table.add_section()
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    console.print(table)
    agreement = report.span_agreement
    shown = f"{agreement:.3f} ({report.span_matched}/{report.overall.tp})" if agreement is not None else "n/a"
    console.print(f"span agreement: {shown}")
    if show_errors:
        for title, facts in (("false positives", report.false_positives),
                             ("false negatives", report.false_negatives),
                             ("matched, evidence disjoint", report.span_misses)):
            console.print(f"\n[bold]{title}[/bold] ({len(facts)})")
            for f in facts:
                console.print("  " + _fact_line(f), markup=False, highlight=False, soft_wrap=True)
