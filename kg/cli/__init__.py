"""The `kg` command line: thin Typer commands over library functions.

Each command group lives in its own module with a ``register(app)`` function; this module
only assembles them and turns :class:`kg.errors.KgError` into a one-line ``Error: …``.
"""

from __future__ import annotations

import importlib
import sys

import typer

from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of officials, posts and institutions from Chinese government documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

@app.command("version")
def version() -> None:
    """Print the kg version."""
    from kg import __version__

    print(__version__)


# Command modules, in help order. Each defines register(app: typer.Typer) -> None.
COMMAND_MODULES = ("extract_cmd", "build_cmd", "query_cmd", "eval_cmd", "resolve_cmd")

for _name in COMMAND_MODULES:
    importlib.import_module(f"kg.cli.{_name}").register(app)


def main() -> None:
    """Console entry point: run the app; user errors become one line on stderr, exit 1."""
    try:
        app(standalone_mode=False)
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)
    except SystemExit:
        raise
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Abort):
            print("Aborted.", file=sys.stderr)
            sys.exit(1)
        raise
