"""The `kg` command line: thin Typer commands over library functions.

Each command group lives in its own module with a ``register(app)`` function; this module
only assembles them and turns :class:`kg.errors.KgError` into a one-line ``Error: …``.

Diagnostics are :mod:`logging` records of the ``kg`` loggers, written to stderr: warnings as
their bare message (``Warning: <file>: …``), and with ``--verbose`` / ``-v`` the debug records
too (``DEBUG kg.pipeline: …``); ``--quiet`` / ``-q`` keeps only errors.

Start-up is lazy: the console entry (:func:`main`) imports only the module of the command
being run (``kg who-held`` never imports the extraction pipeline, spaCy or networkx), and
the full app — every module — only for ``kg --help``, shell completion and unknown commands.
``from kg.cli import app`` gives the full app (built on first access).
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import Annotated, Optional

import typer

from kg.errors import KgError

# Command modules, in help order. Each defines register(app: typer.Typer) -> None.
COMMAND_MODULES = ("extract_cmd", "build_cmd", "remove_cmd", "query_cmd", "eval_cmd", "resolve_cmd")

# Which module defines each command (for the lazy start-up; a command missing here still
# works: the full app is built).
COMMANDS = {
    "extract": "extract_cmd", "build": "build_cmd", "load": "build_cmd", "remove": "remove_cmd",
    "query": "query_cmd", "who-held": "query_cmd", "career": "query_cmd", "colleagues": "query_cmd",
    "export": "query_cmd", "eval": "eval_cmd", "people": "resolve_cmd", "org-tree": "resolve_cmd",
}

HELP = "Build a knowledge graph of officials, posts and institutions from Chinese government documents."


def _version_callback(value: bool) -> None:
    if value:
        from kg import __version__

        print(f"kg {__version__}")
        raise typer.Exit()


def configure_logging(verbose: bool = False, quiet: bool = False) -> None:
    """The ``kg`` loggers for one command: DEBUG with ``verbose``, ERROR with ``quiet``, else
    WARNING; records go to stderr (set on every run, so in-process runs do not inherit)."""
    if verbose and quiet:
        raise typer.BadParameter("--verbose and --quiet exclude each other: choose one")
    from kg.run import set_logging  # (kg extract sets it up there without Typer too)

    set_logging(verbose, quiet)


def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the kg version and exit."),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log what kg does (debug records on stderr).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only (no warnings).")] = False,
) -> None:
    """Build a knowledge graph of officials, posts and institutions from Chinese government documents."""
    configure_logging(verbose, quiet)


def version() -> None:
    """Print the kg version."""
    from kg import __version__

    print(__version__)


def make_app(modules: tuple[str, ...] = COMMAND_MODULES) -> typer.Typer:
    """The `kg` app with the commands of ``modules`` (all of them by default)."""
    app = typer.Typer(
        name="kg",
        help=HELP,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)
    app.command("version")(version)
    for name in COMMAND_MODULES:
        if name in modules:
            importlib.import_module(f"kg.cli.{name}").register(app)
    return app


def __getattr__(name: str):
    if name == "app":
        full = make_app()
        globals()["app"] = full
        return full
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_for(argv: list[str]) -> typer.Typer:
    """Only the module of the command in argv, when it is known; else the full app."""
    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return make_app()  # shell completion lists every command
    command = next((a for a in argv if not a.startswith("-")), None)
    if command == "version" or (command is None and "--version" in argv):
        return make_app(())
    if command in COMMANDS and COMMANDS[command] in COMMAND_MODULES:
        return make_app((COMMANDS[command],))
    return make_app()


def main() -> None:
    """Console entry point: user errors become one line on stderr and exit code 1; usage
    errors print click's usage message (exit 2); a command's own exit code is kept."""
    # a run allocates many short-lived objects (matches, slices, facts) and few cycles: with the
    # default threshold (700) the collector ran ~240 times in `kg extract samples/` (~0.05 s)
    gc.set_threshold(50_000, 20, 10)
    try:
        code = _app_for(sys.argv[1:])(standalone_mode=False)
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("Aborted.", file=sys.stderr)
        sys.exit(130)
    except typer.Abort:
        print("Aborted.", file=sys.stderr)
        sys.exit(1)
    except typer.Exit as exc:  # from an eager option (--version) or a command
        sys.exit(exc.exit_code)
    except Exception as exc:
        # click's usage errors (typer ships its own copy of click, whose ClickException it does
        # not export): they show themselves and know their exit code. Anything else is a bug.
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)
