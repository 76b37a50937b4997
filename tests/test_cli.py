"""The `kg` command: extract, build, read commands, bad input, docs — in process
(conftest.kg runs the console entry kg.cli.main under click's CliRunner), and the few
checks that need a real process (marked e2e)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT, kg, kg_process

S000 = "samples/000_0945f9fe5f825365.txt"
S003 = "samples/003_c62ba9d0d4872cf1.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """A database built from two samples (000 and 003) by `kg build`, shared by the read-command
    tests (the whole samples graph is conftest.samples_db, for slow tests)."""
    path = tmp_path_factory.mktemp("db") / "kg.db"
    run = kg("build", S000, S003, "--db", str(path))
    assert run.returncode == 0, run.stderr
    return path


def stats(db: Path) -> dict:
    run = kg("query", "stats", "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    return {r["kind"]: r["count"] for r in json.loads(run.stdout)}


def test_cli_extract_lists_the_decisions_of_2025_06_26():
    run = kg("extract", S000)
    assert run.returncode == 0, run.stderr
    facts = [json.loads(line) for line in run.stdout.splitlines()]
    want = {
        ("appoint", "赵吉春", "副区长", "重庆市巴南区人民政府"),
        ("remove", "刘伦波", "副区长", "重庆市巴南区人民政府"),
        ("appoint", "曾庆云", "副检察长", "重庆市巴南区人民检察院"),
        ("acting", "曾庆云", "检察长", "重庆市巴南区人民检察院"),
        ("resign", "罗伟", "检察长", "重庆市巴南区人民检察院"),
        ("appoint", "王勤勤", "副庭长", "重庆市巴南区人民法院民事审判一庭"),
        ("remove", "杨竞", "庭长", "重庆市巴南区人民法院行政审判庭"),
    }
    got = {(f["kind"], f["person"], f["title"], f["org"]) for f in facts
           if f["status"] == "decided" and f["date"] == "2025-06-26"}
    assert want <= got
    original = (ROOT / S000).read_text(encoding="utf-8")
    zhao = next(f for f in facts if f["person"] == "赵吉春" and f["kind"] == "appoint" and f["status"] == "decided")
    src = zhao["source"]
    assert src["doc"] == S000 and "赵吉春" in original[src["start"]:src["end"]]


def test_cli_extract_writes_a_file_atomically(tmp_path):
    out = tmp_path / "facts.jsonl"
    run = kg("extract", S003, "-o", str(out))
    assert run.returncode == 0, run.stderr
    assert {json.loads(l)["person"] for l in out.read_text(encoding="utf-8").splitlines()} >= {"王昌鹏", "徐之杰"}
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]  # no temporary left behind


def test_cli_bad_input_one_line_per_file_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x00")
    (tmp_path / "undecodable.txt").write_bytes(b"\xff\xfe\xfa\x80\x81\xfe\xff\x00abc")  # UTF-16 BOM, odd length
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / "good.txt").write_bytes("决定任命赵吉春为重庆市巴南区人民政府副区长。".encode("gb18030"))
    run = kg("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert run.returncode == 1
    errors = run.stderr.strip().splitlines()
    for name in ("empty.txt", "binary.txt", "undecodable.txt", "picture.png", "missing.txt"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert all(line.startswith("Error: ") for line in errors)
    assert "Traceback" not in run.stderr
    assert json.loads(run.stdout.splitlines()[0])["person"] == "赵吉春"


def test_cli_build_is_idempotent_and_incremental(tmp_path):
    path = tmp_path / "kg.db"
    assert kg("build", S003, "--db", str(path)).returncode == 0
    first = stats(path)
    assert kg("build", S003, "--db", str(path)).returncode == 0
    assert stats(path) == first  # the same input twice gives the same graph
    assert kg("build", S000, "--db", str(path)).returncode == 0
    both = stats(path)
    assert both["Document"] == 2 and both["Person"] > first["Person"]
    assert kg("build", S000, S003, "--db", str(path)).returncode == 0
    assert stats(path) == both  # nothing duplicated by building again
    people = json.loads(kg("people", "赵吉春", "--db", str(path), "--json").stdout)
    assert len(people) == 1


def test_cli_who_held_answers_from_the_store(db):
    run = kg("who-held", "副区长", "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    zhao = [r for r in rows if r["person"] == "赵吉春"]
    assert zhao and zhao[0]["org"] == "重庆市巴南区人民政府" and zhao[0]["start"] == "2025-06-26"
    table = kg("who-held", "副区长", "--db", str(db))
    assert table.returncode == 0 and "赵吉春" in table.stdout


def test_cli_career_in_time_order_with_sources(db):
    run = kg("career", "曾庆云", "--db", str(db), "--json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert any(r.get("what") == "acting" for r in rows)
    dates = [r["date"] for r in rows if r.get("date")]
    assert dates == sorted(dates)


def test_cli_read_commands_share_the_db_option_and_fail_cleanly(tmp_path):
    missing = str(tmp_path / "none.db")
    for args in (("who-held", "副区长"), ("career", "赵吉春"), ("query", "stats"), ("people", "赵吉春")):
        run = kg(*args, "--db", missing)
        assert run.returncode == 1 and run.stderr.startswith("Error: "), (args, run.stderr)
        assert "Traceback" not in run.stderr


def test_cli_readme_documents_every_command_and_ci_runs_its_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = kg("--help").stdout
    commands = set(re.findall(r"^│ (\w[\w-]*) ", help_text, re.M))
    assert {"extract", "build", "who-held", "career", "query", "eval"} <= commands
    for command in commands:
        assert f"kg {command}" in readme, f"`kg {command}` is not documented in README.md"
    quick = re.search(r"## Quickstart\n(.*?)\n## ", readme, re.S).group(1)
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", quick, re.S)
    lines = [l for b in blocks for l in b.strip().splitlines() if l.strip() and not l.startswith("#")]
    assert len(lines) == 2, lines
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1].strip() in ci
    assert lines[1].rstrip().endswith("pytest --run-slow")  # CI runs the slow tests too (tests/conftest.py)


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_cli_samples_are_the_seed_documents():
    assert sorted(p.name for p in (ROOT / "samples").glob("*.txt")) == [
        "000_0945f9fe5f825365.txt", "001_c20813c4169b5919.txt", "002_da5c81e7ca3b0941.txt",
        "003_c62ba9d0d4872cf1.txt", "004_3acbdc6da8fda54b.txt"]


# -- the process boundary (e2e): what in-process runs cannot show -----------------------------
@pytest.mark.e2e
def test_cli_console_script_prints_the_version():
    """The installed entry point (`kg`, pyproject's [project.scripts]) starts and answers."""
    from kg import __version__

    script = Path(sys.executable).with_name("kg")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable} (kg not installed with pip -e)")
    run = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0 and run.stdout.strip() == f"kg {__version__}", run.stderr


@pytest.mark.e2e
def test_cli_python_m_kg_gives_what_the_in_process_runs_give(tmp_path):
    """`python -m kg` in a new process: same facts on stdout, same Error line, same exit code as
    conftest.kg in process (so the in-process CLI tests test what users run)."""
    (tmp_path / "empty.txt").write_bytes(b"")
    args = ("extract", S003, str(tmp_path / "empty.txt"))
    real, here = kg_process(*args), kg(*args)
    assert (real.returncode, real.stdout, real.stderr) == (here.returncode, here.stdout, here.stderr)
    assert real.returncode == 1 and real.stderr.startswith("Error: ") and real.stdout


# `kg build` whose extraction stalls after touching a file (argv[1]); the rest of argv is kg's
STALLED = textwrap.dedent("""
    import sys, time, faulthandler, signal as _s
    faulthandler.register(_s.SIGUSR1, all_threads=True)
    sys.stderr.write("SIGINT handler: %r;" % (_s.getsignal(_s.SIGINT),)); sys.stderr.flush()  # (diagnostics)
    from pathlib import Path
    import kg.pipeline
    ready = Path(sys.argv[1])
    def stalled(doc):
        ready.touch()
        time.sleep(120)
        return []
    kg.pipeline.extract_document = stalled
    from kg.cli import main
    sys.argv = ["kg", *sys.argv[2:]]
    main()
""")


@pytest.mark.e2e
def test_cli_ctrl_c_during_a_build_keeps_the_graph_and_frees_the_database(tmp_path):
    """SIGINT (Ctrl-C) in the middle of `kg build`: exit 130 without a traceback, the previous
    graph unchanged, and the next build is not locked out."""
    db, a, b = tmp_path / "kg.db", tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("决定任命赵吉春为重庆市巴南区人民政府副区长。\n", encoding="utf-8")
    b.write_text("决定任命刘松为重庆市巴南区退役军人事务局局长。\n", encoding="utf-8")
    assert kg("build", str(a), "--db", str(db)).returncode == 0
    before = stats(db)
    ready = tmp_path / "extracting"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KG_DB", None)
    proc = subprocess.Popen([sys.executable, "-c", STALLED, str(ready), "build", str(b), "--db", str(db)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.01)
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # still running: its threads' stacks (faulthandler on SIGUSR1) say where
            proc.send_signal(signal.SIGUSR1)
            time.sleep(2)
            proc.kill()
            raise AssertionError("kg build outlived SIGINT: " + proc.communicate()[1]) from None
    finally:
        proc.kill()
    assert proc.returncode == 130 and "Traceback" not in err, (proc.returncode, err)  # 128 + SIGINT
    assert stats(db) == before
    assert kg("build", str(b), "--db", str(db)).returncode == 0
    assert stats(db)["Person"] == before["Person"] + 1
