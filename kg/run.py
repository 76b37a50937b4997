"""What `kg extract` needs without Typer: the kg loggers' handler, :func:`extract_to`, and the
plain command line ``kg extract PATH… [-o FILE]`` (:func:`simple_extract`, :func:`extract_files`).

The `kg` process (kg/__main__.py ``run``, the console script and ``python -m kg``) runs that
command line — the one the benchmark and most users run — without the Typer app (importing Typer
and building the app cost ~0.05 s, ~2% of `kg extract samples/`); any other command line, any
option or anything unusual (a path that looks like an option, an empty output, ``--help``, shell
completion) goes to :func:`kg.cli.main`, which runs the same :func:`extract_to` for `kg extract`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.progress import Progress

# (kg.outputs, kg.progress and the pipeline are imported where a command needs them: kg.cli sets
# its logging up from here for every command, `kg version` too)
STDOUT = "-"  # standard output as an output name (kg.outputs.STDOUT)


class StderrHandler(logging.StreamHandler):
    """Writes to the current sys.stderr (not the one at start-up), like logging's last resort."""

    @property
    def stream(self):  # noqa: ANN201
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


class Formatter(logging.Formatter):
    """Warnings and errors as their bare message (what kg always printed); debug and info
    records with their level and logger (``DEBUG kg.pipeline: …``)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if record.levelno >= logging.WARNING else f"{record.levelname} {record.name}: {text}"


HANDLER = StderrHandler()
HANDLER.setFormatter(Formatter("%(message)s"))


def set_logging(verbose: bool = False, quiet: bool = False) -> None:
    """The ``kg`` loggers for one command: DEBUG with ``verbose``, ERROR with ``quiet``, else
    WARNING; records go to stderr (set on every run, so in-process runs do not inherit)."""
    logger = logging.getLogger("kg")
    if HANDLER not in logger.handlers:
        logger.addHandler(HANDLER)
    logger.setLevel(logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING)


def extract_to(paths: list[str], output: str = STDOUT, *, workers: int = 1,
               progress: "Progress | None" = None) -> tuple[int, int, int]:
    """Extract ``paths`` into ``output`` (a JSONL file, or ``-`` for stdout), reporting each bad
    file as one ``Error:`` line on stderr. Returns (documents read, documents failed, facts).

    A file output is replaced only when at least one document was read: a run where every
    document failed (or none was given) leaves the previous output untouched, and so does a run
    whose output is one of its own input files (refused)."""
    from kg.outputs import open_output, printable, refuse_if_same
    from kg.pipeline import extract_paths, write_jsonl
    from kg.progress import Progress

    read = failed = facts = 0
    progress = progress or Progress(enabled=False)
    progress.stage("extract")
    with open_output(output) as fh:
        options: dict[str, Any] = {"workers": workers} if workers > 1 else {}
        if progress.terminal:
            options["on_total"] = progress.total
        for item in extract_paths(paths, **options):
            refuse_if_same(output, [item.path], "also an input document")
            progress.advance(1, facts=len(item.facts))
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
    progress.end()
    return read, failed, facts


def extract_files(paths: list[str], output: str) -> int:
    """`kg extract PATH… -o OUTPUT` with no other option, as the Typer command runs it (its
    logging, progress, messages and exit code; kg.cli.main's one-line errors). The exit code."""
    from kg.outputs import printable
    from kg.progress import Progress

    gc.set_threshold(50_000, 20, 10)  # (as kg.cli.main)
    set_logging()
    try:
        with Progress("kg extract") as progress:
            _, failed, facts = extract_to(paths, output, progress=progress)
        if output != STDOUT:
            print(f"{facts} facts → {printable(output, one_line=True)}", file=sys.stderr)
        return 1 if failed else 0
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Aborted.", file=sys.stderr)
        return 130


def simple_extract(argv: list[str]) -> tuple[list[str], str] | None:
    """(paths, output) of ``extract PATH… [-o|--output FILE]`` with nothing else; None for any
    other command line (Typer reads those)."""
    if not argv or argv[0] != "extract" or any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None
    paths: list[str] = []
    output: str | None = None
    args = iter(argv[1:])
    for arg in args:
        if arg in ("-o", "--output"):
            value = next(args, None)
            if output is not None or value is None or not value.strip():
                return None  # (an option twice, none or an empty value: Typer's messages)
            output = value
        elif arg.startswith("-") or not arg:
            return None
        else:
            paths.append(arg)
    return (paths, STDOUT if output is None else output) if paths else None
