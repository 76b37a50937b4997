"""`kg extract`: documents in, facts out as JSON Lines (the contract in README.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.pipeline import extract_paths, write_jsonl, write_jsonl_atomic


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""

    @app.command("extract")
    def extract(
        paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt, .md, .html.")],
        output: Annotated[str, typer.Option("-o", "--output", help="JSONL file to write (atomically); - for stdout.")] = "-",
    ) -> None:
        """Extract personnel acts and office-holding facts, one JSON object per line."""
        rows: list[dict] = []
        failed = 0
        for item in extract_paths(paths):
            if item.error is not None:
                print(f"Error: {item.error}", file=sys.stderr)
                failed += 1
                continue
            rows.extend(f.to_json() for f in item.facts)
        if output == "-":
            write_jsonl(rows, sys.stdout)
        else:
            write_jsonl_atomic(rows, Path(output))
            print(f"{len(rows)} facts → {output}", file=sys.stderr)
        if failed:
            raise typer.Exit(1)
