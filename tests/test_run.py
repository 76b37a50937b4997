"""kg.run: the `kg` process entry — `kg extract PATH… [-o FILE]` run without the Typer app, and the
process ending at once after `kg extract` (speed23). The same output, messages and exit codes as
the Typer command (kg.cli.main), which reads every other command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.run import simple_extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(ROOT / "samples" / "003_c62ba9d0d4872cf1.txt")


@pytest.mark.parametrize("argv, want", [
    (["extract", "a.txt"], (["a.txt"], "-")),
    (["extract", "a.txt", "b", "-o", "f.jsonl"], (["a.txt", "b"], "f.jsonl")),
    (["extract", "--output", "-", "a.txt"], (["a.txt"], "-")),
    (["extract"], None),
    (["extract", "-o", "f.jsonl"], None),  # no path: Typer's usage error
    (["extract", "a.txt", "-o", ""], None),  # an empty output: Typer's message
    (["extract", "a.txt", "-o"], None),
    (["extract", "a.txt", "-o", "f", "-o", "g"], None),
    (["extract", "a.txt", "-w", "2"], None),
    (["extract", "a.txt", "--help"], None),
    (["-q", "extract", "a.txt"], None),
    (["version"], None),
    ([], None),
])
def test_simple_extract(argv, want):
    assert simple_extract(argv) == want


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)


def test_extract_without_typer_as_with_it(tmp_path):
    fast, typed = tmp_path / "fast.jsonl", tmp_path / "typed.jsonl"
    a = _kg("extract", SAMPLE, "-o", str(fast))
    b = _kg("-q", "extract", SAMPLE, "-o", str(typed))  # (an option before the command: the Typer app)
    assert (a.returncode, b.returncode) == (0, 0)
    assert fast.read_bytes() == typed.read_bytes() and fast.stat().st_size > 0
    assert a.stderr.strip().endswith(f"→ {fast}") and b.stderr.strip().endswith(f"→ {typed}")
    out = _kg("extract", SAMPLE)  # to stdout, flushed before the process ends
    assert out.returncode == 0 and out.stdout.encode() == fast.read_bytes()


def test_extract_errors_without_typer(tmp_path):
    missing = str(tmp_path / "missing.txt")
    got = _kg("extract", missing, "-o", str(tmp_path / "f.jsonl"))
    assert got.returncode == 1 and "no document could be read" in got.stderr
    got = _kg("extract", SAMPLE, missing, "-o", str(tmp_path / "f.jsonl"))
    assert got.returncode == 1 and got.stderr.startswith("Error: ") and (tmp_path / "f.jsonl").exists()
