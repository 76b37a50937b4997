"""`kg eval`: score extracted personnel acts against gold files (thin wrapper over kg.eval;
the report tables are printed here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from kg import eval as kg_eval
from kg.errors import KgError


def _kinds(values: list[str] | None) -> tuple[str, ...]:
    """--kinds accepts repeated options and comma-separated lists."""
    if not values:
        return kg_eval.DEFAULT_KINDS
    kinds = tuple(k.strip() for v in values for k in v.split(",") if k.strip())
    unknown = [k for k in kinds if k not in kg_eval.KNOWN_KINDS]
    if unknown:
        raise KgError(f"--kinds: unknown kind {unknown[0]!r} (expected {', '.join(kg_eval.KNOWN_KINDS)})")
    return kinds


def _fact_line(f: dict[str, Any]) -> str:
    src = f["source"]
    text = "".join(str(src.get("text", "")).split())[:50]
    where = f"{kg_eval.doc_id(src['doc'])}@{src['start']}"
    return f"{f['kind']}/{f['status']} {f['person']} · {f.get('title')} · {f.get('org')}  [{where}] {text}"


def _pct(fs: kg_eval.FieldScore) -> str:
    return f"{fs.accuracy:.3f}" if fs.accuracy is not None else "–"


def _causes_table(report: kg_eval.EvalReport) -> Table:
    """Misses per genre and cause (kg.eval.MISS_CAUSES), from the keys alone: where a held-out
    set fails, without printing its text."""
    names = [n for n, _ in kg_eval.MISS_CAUSES]
    table = Table(title="misses by cause per genre (false negatives / false positives)")
    table.add_column("genre")
    for n in names:
        table.add_column(n, justify="right")
    for genre, gs in sorted(report.genres.items()):
        if gs.fn_causes or gs.fp_causes:
            table.add_row(genre, *(f"{gs.fn_causes.get(n, 0)}/{gs.fp_causes.get(n, 0)}" for n in names))
    return table


def _field_misses_table(report: kg_eval.EvalReport) -> Table:
    """Wrong fields of matched facts per genre, by kind of miss (kg.eval.FIELD_MISSES)."""
    kinds = [n for n, _ in kg_eval.FIELD_MISSES]
    table = Table(title="wrong fields of matched facts per genre (org / date / decided_by)")
    table.add_column("genre")
    for n in kinds:
        table.add_column(n, justify="right")
    for genre, gs in sorted(report.genres.items()):
        if any(gs.fields[f].wrong for f in kg_eval.FIELDS):
            table.add_row(genre, *("/".join(str(gs.fields[f].wrong.get(n, 0)) for f in kg_eval.FIELDS) for n in kinds))
    return table


def print_report(report: kg_eval.EvalReport, console: Any = None, show_errors: bool = False,
                 causes: bool = False) -> None:
    """Print the per-kind table (tp fp fn P R F1), the per-genre table with field accuracies
    on matched facts (org, date, decided_by), span agreement and, if asked, the misses by cause
    per genre and the errors."""
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
    genres = Table(title="per genre (fields: accuracy on matched facts)")
    for col in ("genre", "tp", "fp", "fn", "P", "R", "F1", *kg_eval.FIELDS):
        genres.add_column(col, justify="left" if col == "genre" else "right")
    groups = [*sorted(report.genres.items()),
              ("all", kg_eval.GroupScore(report.per_kind, report.overall, report.fields, report.strict))]
    for name, gs in groups:
        if name == "all":
            genres.add_section()
        s = gs.overall
        genres.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}",
                       f"{s.f1:.3f}", *(_pct(gs.fields[f]) for f in kg_eval.FIELDS))
    console.print(genres)
    st = report.strict
    console.print(f"strict (org in the key): P {st.precision:.3f} R {st.recall:.3f} F1 {st.f1:.3f}",
                  markup=False, highlight=False)
    agreement = report.span_agreement
    shown = f"{agreement:.3f} ({report.span_matched}/{report.overall.tp})" if agreement is not None else "n/a"
    console.print(f"span agreement: {shown}", markup=False, highlight=False)
    for label, counts in (("false positives", report.fp_causes), ("false negatives", report.fn_causes)):
        if counts:
            shown = ", ".join(f"{n} {c}" for n, c in counts.items())
            console.print(f"{label} by cause: {shown}", markup=False, highlight=False)
    if causes:
        console.print(_causes_table(report))
        console.print(_field_misses_table(report))
    if show_errors:
        for title, facts in (("false positives", report.false_positives),
                             ("false negatives", report.false_negatives),
                             ("matched, a field differs", report.field_misses),
                             ("matched, evidence disjoint", report.span_misses)):
            console.print(f"\n{title} ({len(facts)})", markup=False, highlight=False)
            for f in facts:
                line = "  " + _fact_line(f)
                if "_wrong" in f:
                    line += "  " + "; ".join(f"{n}: gold {v['gold']!r} pred {v['pred']!r}" for n, v in f["_wrong"].items())
                console.print(line, markup=False, highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add `kg eval` to the app."""

    @app.command("eval")
    def eval_command(
        gold: list[Path] = typer.Argument(..., help="Gold .jsonl files or directories of them."),
        pred: Optional[Path] = typer.Option(None, "--pred", help="Predicted facts (JSONL); default: run the extractor on the gold's documents."),
        kinds: Optional[list[str]] = typer.Option(None, "--kinds", help="Kinds to score, comma-separated (default: appoint,remove,elect,resign,acting)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        show_errors: bool = typer.Option(False, "--show-errors", help="List false positives and false negatives."),
        causes: bool = typer.Option(False, "--causes", help="Count misses by cause and wrong fields by kind, per genre (no name, no text: safe on a held-out set)."),
    ) -> None:
        """Score extracted personnel acts: tp fp fn P R F1 per kind, and span agreement."""
        rows = kg_eval.load_gold(gold)
        files = kg_eval.gold_files(gold)
        facts = kg_eval.load_pred(pred) if pred else kg_eval.predict(rows, [f.parent for f in files])
        report = kg_eval.evaluate(rows, facts, kinds=_kinds(kinds))
        if as_json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            print_report(report, show_errors=show_errors, causes=causes)
