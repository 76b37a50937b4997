"""Shared fixtures and the test pyramid's rules.

- ``kg(...)`` runs the `kg` command IN PROCESS (the console entry :func:`kg.cli.main` inside
  Typer's CliRunner isolation: the user's exit codes and one-line ``Error:`` messages, without a
  Python start-up per call); ``kg_process(...)`` starts a real ``python -m kg`` for the
  few tests where the process boundary is the point (they are marked ``e2e``).
- ``samples_db``: the graph of all of samples/, built once per session with
  :func:`kg.pipeline.build`; every test that uses it is marked ``slow``.
- Markers: a test is ``unit`` unless marked ``e2e``; ``slow`` tests (the whole samples graph, a
  wheel, a browser, the Cypher linter, killed builds) are deselected unless ``--run-slow`` or
  ``KG_SLOW=1`` (or ``-m slow``) — the README's test command passes ``--run-slow``, so CI runs
  every test.

Also a small hand-made graph from the 2025 No. 3 Banan congress journal
(samples/000_0945f9fe5f825365.txt), built the way the resolver will build it."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.model import Evidence, Fact, Graph

ROOT = Path(__file__).resolve().parents[1]


# -- markers ------------------------------------------------------------------------------------
def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", default=False,
                     help="also run the tests marked slow (CI does; KG_SLOW=1 does the same)")


_SLOW_LEFT = pytest.StashKey[int]()


def _run_slow(config: pytest.Config) -> bool:
    return bool(config.getoption("--run-slow")) or os.environ.get("KG_SLOW", "") not in ("", "0")


@pytest.hookimpl(tryfirst=True)  # before -m deselects: the markers set here can be selected
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``unit`` on every test not marked ``e2e``; ``slow`` on every test of the samples graph;
    slow tests deselected unless --run-slow / KG_SLOW=1 (or asked for with -m slow)."""
    for item in items:
        if item.get_closest_marker("e2e") is None:
            item.add_marker(pytest.mark.unit)
        if "samples_db" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
    if not _slow_selected(config):
        slow = [item for item in items if item.get_closest_marker("slow") is not None]
        if slow:
            config.hook.pytest_deselected(items=slow)
            items[:] = [item for item in items if item.get_closest_marker("slow") is None]
            config.stash[_SLOW_LEFT] = len(slow)


def _slow_selected(config: pytest.Config) -> bool:
    markexpr = config.getoption("markexpr") or ""
    return _run_slow(config) or "slow" in markexpr.replace("not slow", "")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if config.stash.get(_SLOW_LEFT, 0):
        terminalreporter.write_line(f"{config.stash[_SLOW_LEFT]} slow tests deselected: --run-slow or KG_SLOW=1 "
                                    "runs them (the README's test command and CI do)")


def pytest_report_header(config: pytest.Config) -> str:
    if _slow_selected(config):
        return "slow tests: included"
    return "slow tests: deselected (--run-slow or KG_SLOW=1 runs them; the README's test command and CI do)"


# -- the kg command -----------------------------------------------------------------------------
@dataclass
class Run:
    """What a `kg` run left: exit code, stdout, stderr (like subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)



_KEEP = object()


def acts_read(text: str) -> set[str]:
    """The acts the act reader gives for ``text``, merged, each as "kind status person title org"
    (the readers' tests of the overseas press compare these strings)."""
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    doc = document_from_text(text, path="t.txt")
    return {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in merge_facts(extract_acts(doc))}


def holds_read(text: str) -> set[str]:
    """The holdings the hold readers give for ``text``, each as "person title org"."""
    from kg.extract.holds import extract_holds
    from kg.reading import document_from_text

    doc = document_from_text(text, path="t.txt")
    return {f"{f.person} {f.title} {f.org}" for f in extract_holds(doc)}


def placed_holds_read(text: str) -> set[str]:
    """The holdings of :func:`holds_read` that kg placed in a body (an org, not None): what a test of
    placement checks (a post whose body kg cannot name is kept unplaced, org None: session 39)."""
    return {f for f in holds_read(text) if not f.endswith(" None")}


def doc_as_written(text: str, jurisdiction: str | None, date: str | None = None, *, path: str = "t.txt",
                   year: object = _KEEP):
    """A Document of ``text`` exactly as given — no normalization, so offsets are the identity —
    with the jurisdiction and date a test names; ``year=None`` clears the year kg's metadata read
    from the text (else it is kept). The readers' tests build their documents this way."""
    from kg.reading import document_from_text

    doc = document_from_text(text, path)
    doc.text, doc.offsets = text, list(range(len(text) + 1))
    doc.jurisdiction, doc.date = jurisdiction, date
    if year is not _KEEP:
        doc.year = year  # type: ignore[assignment]
    return doc


def kg(*args: str, cwd: Path = ROOT, env: Mapping[str, str | None] | None = None, input: str | None = None) -> Run:
    """Run the `kg` command in this process as a user would: the console entry kg.cli.main with
    sys.argv set, inside Typer's CliRunner isolation (stdin, stdout, stderr, environment), from
    ``cwd`` (the repository root), with KG_DB cleared so that only --db chooses the database.
    An exception kg does not turn into an ``Error:`` line fails the test with its traceback."""
    from kg.cli import main

    code: int = 0
    with _cwd(cwd), CliRunner().isolation(input=input, env={"KG_DB": None, **(env or {})}) as (out, err, _):
        argv, sys.argv = sys.argv, ["kg", *args]
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()
    return Run(code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"), stdout)


def kg_process(*args: str, cwd: Path = ROOT, env: Mapping[str, str] | None = None,
               timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``python -m kg`` in a new process (for ``e2e`` tests: start-up, entry point, signals)."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environ.pop("KG_DB", None)
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=timeout)


DOC = "samples/000_0945f9fe5f825365.txt"
GOV = "重庆市巴南区人民政府"
PROC = "重庆市巴南区人民检察院"
CONGRESS_SC = "重庆市巴南区人民代表大会常务委员会"
S_ZHAO = "决定任命赵吉春为重庆市巴南区人民政府副区长;刘松为重庆市巴南区退役军人事务局局长。"
S_LUO = "决定接受罗伟辞去重庆市巴南区人民检察院检察长职务,任命曾庆云为重庆市巴南区人民检察院副检察长,决定曾庆云为重庆市巴南区人民检察院代理检察长"
S_LIU = "提请决定免去刘伦波的重庆市巴南区人民政府副区长职务。"


def _ev(text: str, start: int) -> str:
    return json.dumps([{"doc": DOC, "start": start, "end": start + len(text), "text": text}], ensure_ascii=False)


def make_sample_graph() -> Graph:
    """Five people, four posts, five organizations, four events — every label and rel type used."""
    orgs = [
        {"id": "o:banan", "name": "重庆市巴南区", "short_names": ["巴南区", "巴南"], "type": "jurisdiction", "jurisdiction": "重庆市巴南区"},
        {"id": "o:gov", "name": GOV, "short_names": ["区政府"], "type": "government", "jurisdiction": "重庆市巴南区"},
        {"id": "o:vet", "name": "重庆市巴南区退役军人事务局", "short_names": [], "type": "department", "jurisdiction": "重庆市巴南区"},
        {"id": "o:proc", "name": PROC, "short_names": ["区检察院"], "type": "procuratorate", "jurisdiction": "重庆市巴南区"},
        {"id": "o:sc", "name": CONGRESS_SC, "short_names": ["区人大常委会"], "type": "congress_standing_committee", "jurisdiction": "重庆市巴南区"},
    ]
    people = [
        {"id": "p:zhao", "name": "赵吉春", "jurisdiction": "重庆市巴南区"},
        {"id": "p:liulb", "name": "刘伦波", "jurisdiction": "重庆市巴南区"},
        {"id": "p:liusong", "name": "刘松", "gender": None, "jurisdiction": "重庆市巴南区"},
        {"id": "p:luo", "name": "罗伟"},
        {"id": "p:zeng", "name": "曾庆云", "birth": "1974-03"},
        {"id": "p:liu", "name": "刘永全"},
    ]
    posts = [
        {"id": "post:gov:副区长", "title": "副区长", "name": f"{GOV} 副区长", "org": GOV},
        {"id": "post:vet:局长", "title": "局长", "name": "重庆市巴南区退役军人事务局 局长", "org": "重庆市巴南区退役军人事务局"},
        {"id": "post:proc:检察长", "title": "检察长", "name": f"{PROC} 检察长", "org": PROC},
        {"id": "post:proc:副检察长", "title": "副检察长", "name": f"{PROC} 副检察长", "org": PROC},
    ]
    events = [
        {"id": "e:zhao", "kind": "appoint", "status": "decided", "date": "2025-06-26", "person": "赵吉春", "title": "副区长", "org": GOV, "decided_by": CONGRESS_SC, "meeting": "区十九届人大常委会第三十五次会议", "evidence": _ev(S_ZHAO, 100)},
        {"id": "e:liulb", "kind": "remove", "status": "proposed", "date": "2025-06-23", "person": "刘伦波", "title": "副区长", "org": GOV, "decided_by": GOV, "evidence": _ev(S_LIU, 300)},
        {"id": "e:luo", "kind": "resign", "status": "decided", "date": "2025-06-26", "person": "罗伟", "title": "检察长", "org": PROC, "decided_by": CONGRESS_SC, "evidence": _ev(S_LUO, 200)},
        {"id": "e:zeng", "kind": "acting", "status": "decided", "date": "2025-06-26", "person": "曾庆云", "title": "检察长", "org": PROC, "decided_by": CONGRESS_SC, "evidence": _ev(S_LUO, 200)},
    ]
    held = [
        {"from": "p:zhao", "to": "post:gov:副区长", "start": "2025-06-26", "current": True, "events": ["e:zhao"], "evidence": _ev(S_ZHAO, 100)},
        {"from": "p:liulb", "to": "post:gov:副区长", "start": "2021", "end": None, "current": True, "events": [], "evidence": _ev(S_LIU, 300)},
        {"from": "p:liusong", "to": "post:vet:局长", "start": "2025-06-26", "current": True, "events": [], "evidence": _ev(S_ZHAO, 100)},
        {"from": "p:luo", "to": "post:proc:检察长", "start": "2021-08", "end": "2025-06-26", "current": False, "former": True, "events": ["e:luo"], "evidence": _ev(S_LUO, 200)},
        {"from": "p:zeng", "to": "post:proc:检察长", "start": "2025-06-26", "current": True, "events": ["e:zeng"], "evidence": _ev(S_LUO, 200)},
        {"from": "p:zeng", "to": "post:proc:副检察长", "start": "2025-06-26", "current": True, "concurrent": True, "events": [], "evidence": _ev(S_LUO, 200)},
    ]
    docs = [{"id": "d:000", "path": DOC, "title": "巴南区人大常委会公报 2025年第3期", "date": "2025-06", "year": 2025, "jurisdiction": "重庆市巴南区", "sha256": "0945f9fe5f825365"}]
    return Graph(
        nodes={
            "Person": people,
            "Organization": orgs,
            "Post": posts,
            "Event": events,
            "Rank": [{"id": "r:1", "name": "一级巡视员"}],
            "Document": docs,
        },
        rels={
            "HELD": held,
            "IN": [{"from": p["id"], "to": o} for p, o in zip(posts, ["o:gov", "o:vet", "o:proc", "o:proc"])],
            "PART_OF": [{"from": "o:gov", "to": "o:banan"}, {"from": "o:vet", "to": "o:gov"}, {"from": "o:proc", "to": "o:banan"}, {"from": "o:sc", "to": "o:banan"}],
            "MEMBER_OF": [{"from": "p:liu", "to": "o:sc", "role": "主任", "start": "2021", "evidence": None}],
            "HAS_RANK": [{"from": "p:luo", "to": "r:1", "date": "2024"}],
            "CONCERNS": [{"from": e["id"], "to": p} for e, p in zip(events, ["p:zhao", "p:liulb", "p:luo", "p:zeng"])],
            "TO": [{"from": "e:zhao", "to": "post:gov:副区长"}, {"from": "e:liulb", "to": "post:gov:副区长"}, {"from": "e:luo", "to": "post:proc:检察长"}, {"from": "e:zeng", "to": "post:proc:检察长"}],
            "DECIDED_BY": [{"from": "e:zhao", "to": "o:sc"}, {"from": "e:liulb", "to": "o:gov"}, {"from": "e:luo", "to": "o:sc"}, {"from": "e:zeng", "to": "o:sc"}],
            "SOURCE": [
                {"from": "e:zhao", "to": "d:000", "start": 100, "end": 100 + len(S_ZHAO), "text": S_ZHAO},
                {"from": "e:liulb", "to": "d:000", "start": 300, "end": 300 + len(S_LIU), "text": S_LIU},
                {"from": "e:luo", "to": "d:000", "start": 200, "end": 200 + len(S_LUO), "text": S_LUO},
                {"from": "e:zeng", "to": "d:000", "start": 200, "end": 200 + len(S_LUO), "text": S_LUO},
            ],
            "MENTIONED_IN": [{"from": p["id"], "to": "d:000"} for p in people],
        },
    )


def make_sample_facts() -> list[Fact]:
    ev = Evidence(DOC, 100, 100 + len(S_ZHAO), S_ZHAO)
    return [
        Fact("appoint", "decided", "赵吉春", "副区长", GOV, "重庆市巴南区人民政府", "2025-06-26", ev, [ev], decided_by=CONGRESS_SC),
        Fact("appoint", "decided", "刘松", "局长", "重庆市巴南区退役军人事务局", "重庆市巴南区退役军人事务局", "2025-06-26", ev, [ev], decided_by=CONGRESS_SC, notes={"note": "引号\"与,逗号\n换行"}),
    ]


SAMPLE_DOCS = [{"id": "d:000", "path": DOC, "title": "巴南区人大常委会公报 2025年第3期", "date": "2025-06", "year": 2025, "jurisdiction": "重庆市巴南区", "sha256": "0945f9fe5f825365"}]


@pytest.fixture
def sample_graph() -> Graph:
    return make_sample_graph()


@pytest.fixture
def sample_facts() -> list[Fact]:
    return make_sample_facts()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> str:
    """A LadybugDB file holding the sample graph (session-scoped: written once, read by many)."""
    from kg.store.ladybug import LadybugStore

    path = tmp_path_factory.mktemp("kgdb") / "sample.db"
    with LadybugStore(path) as store:
        store.replace_all(make_sample_graph(), make_sample_facts(), list(SAMPLE_DOCS))
    return str(path)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> str:
    """The graph of all of samples/, built ONCE per test session through the library
    (:func:`kg.pipeline.build`, as `kg build samples` from the repository root); tests only read
    it. Every test using it is marked ``slow``."""
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("samples") / "kg.db"
    with _cwd(ROOT):
        report = build(["samples"], str(path))
    assert not report.errors, report.errors
    return str(path)
