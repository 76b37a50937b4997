"""`kg eval`: score extracted personnel acts against gold files (thin wrapper over kg.eval)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

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


def register(app: typer.Typer) -> None:
    """Add `kg eval` to the app."""

    @app.command("eval")
    def eval_command(
        gold: list[Path] = typer.Argument(..., help="Gold .jsonl files or directories of them."),
        pred: Optional[Path] = typer.Option(None, "--pred", help="Predicted facts (JSONL); default: run the extractor on the gold's documents."),
        kinds: Optional[list[str]] = typer.Option(None, "--kinds", help="Kinds to score, comma-separated (default: appoint,remove,elect,resign,acting)."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        show_errors: bool = typer.Option(False, "--show-errors", help="List false positives and false negatives."),
    ) -> None:
        """Score extracted personnel acts: tp fp fn P R F1 per kind, and span agreement."""
        rows = kg_eval.load_gold(gold)
        files = kg_eval.gold_files(gold)
        facts = kg_eval.load_pred(pred) if pred else kg_eval.predict(rows, [f.parent for f in files])
        report = kg_eval.evaluate(rows, facts, kinds=_kinds(kinds))
        if as_json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            kg_eval.print_report(report, show_errors=show_errors)
