"""`kg extract`: documents in, facts out as JSON Lines (the contract in README.md)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kg.errors import KgError
from kg.output import printable
from kg.outputs import STDOUT, open_output, refuse_if_same
from kg.pipeline import extract_paths, write_jsonl


def _output_name(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("must not be empty: give a file, or - for standard output")
    return value


def extract_to(paths: list[str], output: str = STDOUT) -> tuple[int, int, int]:
    """Extract ``paths`` into ``output`` (a JSONL file, or ``-`` for stdout), reporting each bad
    file as one ``Error:`` line on stderr. Returns (documents read, documents failed, facts).

    A file output is replaced only when at least one document was read: a run where every
    document failed (or none was given) leaves the previous output untouched, and so does a run
    whose output is one of its own input files (refused)."""
    read = failed = facts = 0
    with open_output(output) as fh:
        for item in extract_paths(paths):
            refuse_if_same(output, [item.path], "also an input document")
            if item.error is not None:
                print(f"Error: {printable(item.error, one_line=True)}", file=sys.stderr)  # one line, whatever the file name
                failed += 1
                continue
            read += 1
            rows = [f.to_json() for f in item.facts]
            write_jsonl(rows, fh)
            facts += len(rows)
        if not read:
            kept = "" if output == STDOUT else f"; {output} was not written"
            raise KgError(f"no document could be read{kept}")
    return read, failed, facts


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""

    @app.command("extract")
    def extract(
        paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt, .md, .html.")],
        output: Annotated[
            str,
            typer.Option("-o", "--output", callback=_output_name,
                         help="JSONL file to write (replaced only when the run succeeds); - for stdout."),
        ] = STDOUT,
    ) -> None:
        """Extract personnel acts and office-holding facts, one JSON object per line."""
        _, failed, facts = extract_to(paths, output)
        if output != STDOUT:
            print(f"{facts} facts → {printable(output, one_line=True)}", file=sys.stderr)
        if failed:
            raise typer.Exit(1)
