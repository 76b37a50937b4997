"""CLI options and output formatting shared by every command: the same flags, the same behaviour.

Every read command takes ``--db FILE`` (:data:`DbOption`), ``--neo4j URI`` (read from a
Neo4j server instead), ``--json`` (rows as one JSON array on stdout, for programs; evidence
as a list of ``{doc, start, end, text}`` objects, not a JSON string) and ``--csv`` (rows as
CSV with a header line; lists joined with ``; ``, evidence as ``doc: text`` lines joined with
`` | ``); otherwise rows are printed as a readable table. Messages go to stderr so that
stdout stays pipe-friendly.

Stored text is data, never markup: every value shown in a Rich table or tree goes through
:func:`plain` (a :class:`rich.text.Text`, so ``[/bold]`` or ``[link=…]`` in a sentence print
as written, and control characters are shown as ``\\x1b`` escapes instead of reaching the
terminal).
"""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Iterator

import typer

if TYPE_CHECKING:
    from rich.text import Text  # rich is imported where a table is printed: kg extract never does

from kg.outputs import printable  # (re-exported: kg.cli.output.printable)
from kg.store import DEFAULT_DB, Store, open_store

__all__ = ["DEFAULT_DB", "DbOption", "JsonOption", "CsvOption", "AsOfOption", "Neo4jOption", "Neo4jWriteOption", "emit",
           "read_store", "format_value", "plain", "structured", "output_format"]

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="KG_DB",
        metavar="FILE",
        help="Graph database file (LadybugDB). Env KG_DB overrides the default.",
    ),
]
"""The one ``--db FILE`` option of every command that reads or writes the store:
``def cmd(db: DbOption = DEFAULT_DB)``."""

JsonOption = Annotated[bool, typer.Option("--json", help="Print the rows as a JSON array (for programs); evidence as objects.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print the rows as CSV with a header line (for spreadsheets).")]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Only what the documents attest at this date (2021-06, 2021, 2021-06-30)."),
]
Neo4jOption = Annotated[
    str | None,
    typer.Option("--neo4j", metavar="URI", help="Read from Neo4j (bolt://…) instead of --db."),
]
Neo4jWriteOption = Annotated[
    str | None,
    typer.Option("--neo4j", metavar="URI", help="Write to Neo4j (bolt://…) instead of --db."),
]


@contextmanager
def read_store(db: str | None, neo4j: str | None = None) -> Iterator[Store]:
    """Open the store read-only for one command (a missing db is a one-line KgError)."""
    store = open_store(db, uri=neo4j, read_only=True)
    try:
        yield store
    finally:
        store.close()


def plain(value: Any, style: str = "") -> Text:
    """Stored text for Rich, as plain text: no markup, no emoji codes, no control characters."""
    from rich.text import Text

    return Text(printable("" if value is None else value), style=style)


def format_value(value: Any) -> str:
    """One cell for humans: lists joined, booleans as yes/no, evidence JSON as `path: sentence`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, str) and value.startswith('[{"doc"'):
        return _format_evidence(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _format_evidence(value: str) -> str:
    try:
        spans = json.loads(value)
        return "\n".join(f"{s.get('doc')}: {s.get('text')}" for s in spans)
    except (ValueError, AttributeError):
        return value


def structured(value: Any) -> Any:
    """An evidence JSON string ('[{"doc": …}]') as the list it encodes; anything else as is."""
    if isinstance(value, str) and value.startswith('[{"doc"'):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def to_jsonable(value: Any) -> Any:
    """Store values as JSON: nodes/relationships become dicts, evidence strings become lists."""
    if isinstance(value, str):
        return structured(value)
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "items"):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return str(value)


PERIOD = ("start", "end", "first_seen", "last_seen")
FLAGS = ("current", "acting", "concurrent")


def for_table(row: dict) -> dict:
    """A row as a table shows it (JSON and CSV keep every column): the dates of a tenure in one
    `period` column ("2021-08-17 – now; seen 2021 – 2021-12"), its flags in one `flags` column
    ("current, acting, concurrent"), and `sources` left out when the evidence names them."""
    out: dict = {}
    for key, value in row.items():
        if key in PERIOD:
            if "period" not in out:
                out["period"] = _period(row)
        elif key in FLAGS:
            if "flags" not in out:
                out["flags"] = ", ".join(f for f in FLAGS if row.get(f) is True)
        elif key == "sources" and row.get("evidence"):
            continue
        else:
            out[key] = value
    return out


def _period(row: dict) -> str:
    start, end, first, last = (row.get(k) for k in PERIOD)
    text = f"{start or '?'} – {end or ('now' if row.get('current') else '?')}" if (start or end) else ""
    seen = (f"seen {first}" + (f" – {last}" if last and last != first else "")) if first else ""
    if seen and text and first == start and (last in (None, first) or last == end):
        seen = ""
    return "; ".join(x for x in (text, seen) if x)


def csv_value(value: Any) -> str:
    """One CSV cell: booleans true/false, lists joined with '; ', evidence as 'doc: text' | …."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(csv_value(v) for v in value)
    if isinstance(value, str) and value.startswith('[{"doc"'):
        return " | ".join(_format_evidence(value).splitlines())
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def output_format(as_json: bool, as_csv: bool) -> str:
    """'json', 'csv' or 'table' from the two flags (both at once is a usage error)."""
    if as_json and as_csv:
        raise typer.BadParameter("--json and --csv exclude each other: choose one")
    return "json" if as_json else "csv" if as_csv else "table"


def emit(rows: list[dict], *, as_json: bool = False, as_csv: bool = False, title: str | None = None) -> None:
    """Print rows: a JSON array with --json, CSV with --csv, else a rich table (an empty
    result says so on stderr)."""
    fmt = output_format(as_json, as_csv)
    if fmt == "json":
        json.dump([to_jsonable(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        columns = list(dict.fromkeys(c for r in rows for c in r))
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_value(row.get(c)) for c in columns])
        return
    from rich.console import Console
    from rich.table import Table

    if not rows:
        Console(stderr=True).print("(no rows)")
        return
    rows = [for_table(r) for r in rows]
    table = Table(title=plain(title) if title is not None else None, show_lines=False, header_style="bold")
    columns = [c for c in rows[0] if any(r.get(c) not in (None, "", []) for r in rows)] or list(rows[0])
    for col in columns:
        table.add_column(plain(col), overflow="fold")
    for row in rows:
        table.add_row(*(plain(format_value(row.get(c))) for c in columns))
    Console(width=None if sys.stdout.isatty() else 200).print(table)
