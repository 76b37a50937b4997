"""`python -m kg` is the `kg` command; :func:`run` is also the console script's entry."""

from __future__ import annotations

import os
import sys


def run() -> None:
    """The `kg` process: `kg extract PATH… [-o FILE]` without the Typer app (kg.run), any other
    command line through :func:`kg.cli.main`. After `kg extract` the process ends at once
    (``os._exit``) once the exit handlers have run and stdout / stderr are flushed: tearing the
    interpreter down freed every table, pattern and fact one by one (~0.08 s of `kg extract
    samples/`), and the output file is closed by then. Tests call :func:`kg.cli.main` in their
    own process."""
    argv = sys.argv[1:]
    simple = None
    if argv[:1] == ["extract"]:
        from kg.run import simple_extract

        simple = simple_extract(argv)
    code: object
    if simple is not None:
        from kg.run import extract_files

        code = extract_files(*simple)
    else:
        from kg.cli import main

        if next((a for a in argv if not a.startswith("-")), None) != "extract":
            main()
            return
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code
    _exit(code)


def _exit(code: object) -> None:
    """End the process now: the exit handlers (logging's, the pattern cache's) run, stdout and
    stderr are flushed, the interpreter is not torn down."""
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)  # (what the interpreter does with sys.exit("message"))
        code = 1
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more to write
    os._exit(code)


if __name__ == "__main__":
    run()
