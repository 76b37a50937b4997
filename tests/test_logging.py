"""Diagnostics go through `logging` (module loggers under ``kg``): ``kg -v`` shows the debug
records on stderr, ``kg -q`` keeps errors only, and what users always saw (``Error: <file>: …``,
``Warning: <file>: …``) is unchanged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.pipeline
from kg.cli import app, configure_logging

ACT = "经区委研究决定：任命张三为重庆市巴南区教育委员会主任。\n"

runner = CliRunner()


@pytest.fixture(autouse=True)
def default_logging() -> Iterator[None]:
    """Each test leaves the kg loggers as a plain `kg` run sets them."""
    yield
    configure_logging()


def test_logging_verbose_shows_debug_records(sample_db: str) -> None:
    result = runner.invoke(app, ["-v", "query", "stats", "--db", sample_db, "--json"])
    assert result.exit_code == 0, result.output
    assert "DEBUG kg.queries: saved query stats (ladybug)" in result.stderr
    assert "DEBUG" not in result.stdout  # stdout stays the rows, for pipes


def test_logging_default_and_quiet_show_no_debug(sample_db: str) -> None:
    for args in ([], ["--quiet"]):
        result = runner.invoke(app, [*args, "query", "stats", "--db", sample_db, "--json"])
        assert result.exit_code == 0, result.output
        assert result.stderr == ""


def test_logging_verbose_and_quiet_exclude_each_other() -> None:
    result = runner.invoke(app, ["-v", "-q", "version"])
    assert result.exit_code == 2
    assert "--verbose and --quiet exclude each other" in result.output


def test_logging_warning_line_unchanged_and_quiet_drops_it(tmp_path: Path) -> None:
    bad = tmp_path / "d.txt"
    bad.write_bytes(b"\x80" + ACT.encode())
    warning = f"Warning: {bad}: read as utf-8 with 1 undecodable byte sequence replaced by U+FFFD (at byte 0)"
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [warning]
    quiet = runner.invoke(app, ["-q", "extract", str(bad)])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout


def test_logging_extractor_bug_is_one_error_line_and_a_logged_traceback(tmp_path: Path, monkeypatch) -> None:
    """A bug in the extractor costs its file only: one `Error: <file>: …` line, the batch goes
    on; the traceback is not hidden: `kg -v` logs it."""
    broken, fine = tmp_path / "a.txt", tmp_path / "b.txt"
    broken.write_text(ACT, encoding="utf-8")
    fine.write_text(ACT.replace("张三", "李四"), encoding="utf-8")
    real = kg.pipeline.extract_document

    def extract(doc):  # noqa: ANN001, ANN202
        if doc.path.endswith("a.txt"):
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(kg.pipeline, "extract_document", extract)
    error = f"Error: {broken}: extraction failed: RuntimeError: boom"
    plain = runner.invoke(app, ["extract", str(broken), str(fine)])
    assert plain.exit_code == 1
    assert plain.stderr.splitlines() == [error]
    assert "李四" in plain.stdout
    verbose = runner.invoke(app, ["-v", "extract", str(broken), str(fine)])
    assert error in verbose.stderr.splitlines()
    assert f"DEBUG kg.pipeline: reading or extracting {broken} failed" in verbose.stderr
    assert "Traceback (most recent call last)" in verbose.stderr and "RuntimeError: boom" in verbose.stderr
    assert verbose.stdout == plain.stdout


def test_logging_library_modules_use_module_loggers() -> None:
    """Library diagnostics are records of loggers named for their module (no prints)."""
    for module in (kg.pipeline, __import__("kg.queries", fromlist=["log"])):
        assert isinstance(module.log, logging.Logger) and module.log.name == module.__name__
