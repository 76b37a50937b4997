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
COMMAND_MODULES = ("extract_cmd", "build_cmd", "remove_cmd", "query_cmd", "eval_cmd", "resolve_cmd")

for _name in COMMAND_MODULES:
    importlib.import_module(f"kg.cli.{_name}").register(app)


def main() -> None:
    """Console entry point: user errors become one line on stderr and exit code 1; usage
    errors print click's usage message (exit 2); a command's own exit code is kept."""
    try:
        code = app(standalone_mode=False)
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("Aborted.", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        # click's exceptions (typer may ship its own copy of click): they know how to show
        # themselves and which exit code they mean.
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Abort":
            print("Aborted.", file=sys.stderr)
            sys.exit(1)
        raise
    sys.exit(code if isinstance(code, int) else 0)
