"""docs/cli.md cannot drift: it is regenerated in memory from the commands' --help and compared."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "tools" / "gen_cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _tool()


def test_cli_docs_up_to_date() -> None:
    page = gen.render()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == page, f"docs/cli.md is stale: run `{gen.COMMAND}` and commit docs/cli.md"


def test_cli_docs_every_command_has_a_section_and_plain_text() -> None:
    page = gen.render()
    names = gen.commands()
    assert {"extract", "build", "remove", "query", "who-held", "career", "colleagues", "export", "eval",
            "people", "org-tree", "version"} <= set(names)
    for name in names:
        assert f"\n## kg {name}\n" in page and f"Usage: kg {name} " in page
    assert "\x1b" not in page and "╭" not in page  # no ANSI codes, no Rich boxes
    assert max(len(line) for line in page.split("```text")[1].splitlines()) <= gen.WIDTH


def test_cli_docs_lazy_start_up_map_knows_every_command() -> None:
    """kg.cli.COMMANDS (which module a command lives in, for the fast start-up) names them all."""
    from kg.cli import COMMANDS

    assert set(gen.commands()) - {"version"} == set(COMMANDS)


def test_cli_docs_linked_from_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"\]\(docs/cli\.md\)", readme), "README.md should link docs/cli.md"
