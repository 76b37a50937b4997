"""Issue 8, outputs: kg never deletes or replaces what it did not write, and stored text is data.

Regression tests for `kg export` and `kg extract -o` (directories, `.`, `~`, `-o ""`, `-o -`,
devices, FIFOs, failed runs, the umask, permission errors) and for hostile stored text shown by
every read command and the HTML export. In process with Typer's CliRunner, except where the
one-line `Error:` of the real entry point is the point.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLE_DOCS, kg, make_sample_facts, make_sample_graph
from typer.testing import CliRunner

import kg.cli.extract_cmd as extract_cmd
import kg.export as kg_export
from kg.cli import app
from kg.errors import KgError
from kg.export import export
from kg.model import Evidence, Fact
from kg.outputs import MANIFEST
from kg.store.ladybug import LadybugStore
from kg.store.spans import restore_fact_json

runner = CliRunner()
SENTENCE = "决定任命王玥为重庆市巴南区人民政府副区长。"


def invoke(*args: str):
    return runner.invoke(app, list(args))


def user_files(folder: Path) -> dict[str, bytes]:
    """A folder of a user's own things: files, a sub-folder with a file."""
    (folder / "thesis.txt").write_text("my only copy", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return snapshot(folder)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def doc(tmp_path) -> Path:
    path = tmp_path / "in" / "doc.txt"
    path.parent.mkdir()
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    return path


# -- export: directories it must not touch --------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_safety_export_to_dot_deletes_nothing(sample_db, tmp_path, monkeypatch, fmt):
    work = tmp_path / "work"
    work.mkdir()
    before = user_files(work)
    monkeypatch.chdir(work)
    result = invoke("export", fmt, "-o", ".", "--db", sample_db)
    assert result.exit_code == 1 and isinstance(result.exception, KgError)
    message = str(result.exception)
    assert "\n" not in message and message.startswith(".: ")
    assert ("is a directory" in message) if fmt != "csv" else ("--force" in message and "thesis.txt" in message)
    assert snapshot(work) == before and sorted(os.listdir(work)) == ["sub", "thesis.txt"]


def test_safety_export_to_home_deletes_nothing(sample_db, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    before = user_files(home)
    monkeypatch.setenv("HOME", str(home))
    for fmt in ("json", "csv"):
        result = invoke("export", fmt, "-o", "~", "--db", sample_db)
        assert result.exit_code == 1 and isinstance(result.exception, KgError), fmt
    assert snapshot(home) == before and sorted(os.listdir(home)) == ["sub", "thesis.txt"]
    assert not (Path.cwd() / "~").exists()


def test_safety_export_to_root_is_refused_before_anything_is_written():
    """`-o /`: the checks alone (they run before any write), so that no bug can reach /."""
    from kg.outputs import OutputError, _check_directory, write_file

    with pytest.raises(OutputError, match="not empty"):
        _check_directory("/", Path("/"), "csv", force=False)
    with pytest.raises(OutputError, match="is a directory"):
        write_file("/", lambda fh: None)


def test_safety_export_csv_into_foreign_dir_refused_then_forced(sample_db, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    before = user_files(out)
    result = invoke("export", "csv", "-o", str(out), "--db", sample_db)
    assert result.exit_code == 1 and "not empty" in str(result.exception)
    assert snapshot(out) == before
    result = invoke("export", "csv", "-o", str(out), "--db", sample_db, "--force")
    assert result.exit_code == 0, result.output
    after = snapshot(out)
    assert {k: after[k] for k in before} == before  # every file of the user, unchanged
    assert "nodes_Person.csv" in after and MANIFEST in after


def test_safety_export_csv_previous_kg_export_is_replaced_user_file_survives(sample_db, tmp_path):
    out = tmp_path / "neo"
    assert invoke("export", "csv", "-o", str(out), "--db", sample_db).exit_code == 0
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["kg_export"] == "csv" and "nodes_Person.csv" in manifest["files"]
    # kg's own unchanged export: written again without --force
    assert invoke("export", "csv", "-o", str(out), "--db", sample_db).exit_code == 0
    # a user's file in it: refused without --force, kept with it
    (out / "notes.md").write_text("my notes", encoding="utf-8")
    (out / "nodes_Person.csv").write_text("stale", encoding="utf-8")
    result = invoke("export", "csv", "-o", str(out), "--db", sample_db)
    assert result.exit_code == 1 and "notes.md" in str(result.exception)
    assert (out / "nodes_Person.csv").read_text(encoding="utf-8") == "stale"
    result = invoke("export", "csv", "-o", str(out), "--db", sample_db, "--force")
    assert result.exit_code == 0, result.output
    assert (out / "notes.md").read_text(encoding="utf-8") == "my notes"
    assert (out / "nodes_Person.csv").read_text(encoding="utf-8").startswith("id:ID(Person)")
    assert not [p for p in os.listdir(out) if p.startswith(".kg-tmp")]


def test_safety_export_csv_changed_kg_file_is_refused(sample_db, tmp_path):
    out = tmp_path / "neo"
    export(make_sample_graph(), "csv", out)
    (out / "import.sh").write_text("#!/bin/sh\n# my own edits\n", encoding="utf-8")
    with pytest.raises(KgError, match="import.sh"):
        export(make_sample_graph(), "csv", out)
    assert "my own edits" in (out / "import.sh").read_text(encoding="utf-8")


def test_safety_export_csv_onto_a_file_is_refused(tmp_path):
    out = tmp_path / "report.txt"
    out.write_text("keep me", encoding="utf-8")
    for force in (False, True):
        with pytest.raises(KgError, match="not a directory"):
            export(make_sample_graph(), "csv", out, force=force)
    assert out.read_text(encoding="utf-8") == "keep me"


def test_safety_export_csv_stale_files_of_previous_export_only(tmp_path):
    """Files a previous export wrote and this one does not are removed only when unchanged."""
    out = tmp_path / "neo"
    graph = make_sample_graph()
    export(graph, "csv", out)
    del graph.nodes["Rank"], graph.rels["HAS_RANK"]
    (out / "rels_HAS_RANK.csv").write_text("edited by me", encoding="utf-8")
    export(graph, "csv", out, force=True)
    assert not (out / "nodes_Rank.csv").exists()
    assert (out / "rels_HAS_RANK.csv").read_text(encoding="utf-8") == "edited by me"


def test_safety_empty_output_name_is_a_usage_error(sample_db, doc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    for args in (["export", "json", "-o", "", "--db", sample_db], ["export", "csv", "-o", "", "--db", sample_db],
                 ["extract", str(doc), "-o", ""]):
        result = invoke(*args)
        assert result.exit_code == 2, args
        assert "must not be empty" in result.output
    assert snapshot(tmp_path) == before
    with pytest.raises(KgError, match="empty"):
        export(make_sample_graph(), "csv", "")


# -- stdout, devices, FIFOs --------------------------------------------------------------------
def test_safety_output_dash_is_stdout(sample_db, doc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "json", "-o", "-", "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["nodes"]) == 21
    result = invoke("extract", str(doc), "-o", "-")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["person"] for line in result.stdout.splitlines()] == ["王玥"]
    result = invoke("export", "csv", "-o", "-", "--db", sample_db)
    assert result.exit_code == 1 and "not -" in str(result.exception)
    assert os.listdir(tmp_path) == ["in"]  # no file named "-"


def _char_devices(tmp_path: Path) -> list[Path]:
    if os.geteuid() != 0:
        pytest.skip("replacing a device node needs root: as a normal user the bug cannot happen")
    devices = [Path("/dev/null")]
    own = tmp_path / "null"
    try:
        os.mknod(own, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
        devices.append(own)
    except OSError:
        pass
    return devices


def test_safety_device_is_written_not_replaced(sample_db, doc, tmp_path):
    for dev in _char_devices(tmp_path):
        before = os.stat(dev)
        assert invoke("extract", str(doc), "-o", str(dev)).exit_code == 0
        assert invoke("export", "graphml", "-o", str(dev), "--db", sample_db).exit_code == 0
        after = os.stat(dev)
        assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
        assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)
        assert not [p for p in os.listdir(dev.parent) if p.startswith(".kg-tmp")]


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(path, "rb") as fh:
            into.append(fh.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_safety_fifo_is_written_not_replaced(sample_db, doc, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    assert invoke("extract", str(doc), "-o", str(fifo)).exit_code == 0
    reader.join(timeout=30)
    assert json.loads(got[0].decode("utf-8"))["person"] == "王玥"
    reader = _read_fifo(fifo, got)
    assert invoke("export", "json", "-o", str(fifo), "--db", sample_db).exit_code == 0
    reader.join(timeout=30)
    assert len(json.loads(got[1].decode("utf-8"))["nodes"]) == 21
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and sorted(os.listdir(tmp_path)) == ["in", "pipe"]
    # through a symbolic link (as /dev/stdout is one): opened through the link, both stay
    link = tmp_path / "link"
    link.symlink_to(fifo)
    reader = _read_fifo(fifo, got)
    assert invoke("extract", str(doc), "-o", str(link)).exit_code == 0
    reader.join(timeout=30)
    assert json.loads(got[2].decode("utf-8"))["person"] == "王玥"
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_safety_symlink_target_replaced_link_kept(doc, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert invoke("extract", str(doc), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["person"] == "王玥"


def test_safety_output_that_is_an_input_or_the_database_is_refused(sample_db, doc, tmp_path):
    before = doc.read_bytes()
    result = invoke("extract", str(doc), "-o", str(doc))
    assert result.exit_code == 1 and "is also an input document" in str(result.exception)
    assert doc.read_bytes() == before
    link = tmp_path / "alias.txt"
    link.symlink_to(doc)
    assert "also an input" in str(invoke("extract", str(tmp_path / "in"), "-o", str(link)).exception)
    assert doc.read_bytes() == before and sorted(os.listdir(doc.parent)) == ["doc.txt"]
    db = tmp_path / "kg.db"
    shutil.copyfile(sample_db, db)
    result = invoke("export", "json", "-o", str(db), "--db", str(db))
    assert result.exit_code == 1 and "the database being exported" in str(result.exception)
    assert db.read_bytes() == Path(sample_db).read_bytes()


# -- failed runs, permissions, the umask -------------------------------------------------------
def test_safety_extract_failed_run_leaves_previous_output(doc, tmp_path, monkeypatch):
    out = tmp_path / "f.jsonl"
    assert invoke("extract", str(doc), "-o", str(out)).exit_code == 0
    good = out.read_bytes()
    assert good
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("extract", str(empty), "-o", str(out))
    assert result.exit_code == 1 and "was not written" in str(result.exception)
    assert out.read_bytes() == good
    # an exception in the middle of a run (after a document was written) changes nothing either
    import kg.pipeline

    real = kg.pipeline.extract_paths

    def crashing(paths):
        yield from real(paths)
        raise RuntimeError("simulated crash")

    monkeypatch.setattr(kg.pipeline, "extract_paths", crashing)  # (what kg.run.extract_to reads)
    result = invoke("extract", str(doc), "-o", str(out))
    assert isinstance(result.exception, RuntimeError)
    assert out.read_bytes() == good
    assert sorted(os.listdir(tmp_path)) == ["empty.txt", "f.jsonl", "in"]


def test_safety_export_failed_run_leaves_previous_output(tmp_path, monkeypatch):
    graph = make_sample_graph()
    export(graph, "json", tmp_path / "g.json")
    export(graph, "csv", tmp_path / "neo")
    before = snapshot(tmp_path)

    def broken(graph, out):  # writes half an output, then fails
        if isinstance(out, Path):
            (out / "nodes_Person.csv").write_text("half", encoding="utf-8")
        else:
            out.write(b"half")
        raise RuntimeError("simulated writer failure")

    monkeypatch.setitem(kg_export.FILE_WRITERS, "json", broken)
    monkeypatch.setitem(kg_export.DIRECTORY_WRITERS, "csv", broken)
    for fmt, out in (("json", tmp_path / "g.json"), ("csv", tmp_path / "neo"), ("csv", tmp_path / "new")):
        with pytest.raises(RuntimeError):
            export(graph, fmt, out)
    assert snapshot(tmp_path) == before and sorted(os.listdir(tmp_path)) == ["g.json", "neo"]


def test_safety_temp_files_of_killed_runs_are_cleaned(doc, tmp_path):
    dead = 2**22 + 7  # above any pid_max: no such process
    stale = [f".kg-tmp-{dead}-f.jsonl.abc_12", f".kg-tmp-{dead}-.x9y8"]
    kept = [f".kg-tmp-{os.getppid()}-f.jsonl.abc_12", ".kg-tmp-notes", f".kg-tmp-{dead}-other.jsonl.abc"]
    for name in stale + kept:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert invoke("extract", str(doc), "-o", str(tmp_path / "f.jsonl")).exit_code == 0
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith(".")) == sorted(kept + [stale[1]])
    out = tmp_path / "neo"
    out.mkdir()
    (out / stale[1]).mkdir()
    export(make_sample_graph(), "csv", out)  # an interrupted run's scratch folder does not block
    assert not (out / stale[1]).exists()


def test_safety_new_files_respect_the_umask(doc, tmp_path):
    old = os.umask(0o027)
    try:
        assert invoke("extract", str(doc), "-o", str(tmp_path / "f.jsonl")).exit_code == 0
        export(make_sample_graph(), "html", tmp_path / "g.html")
        export(make_sample_graph(), "csv", tmp_path / "neo")
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(os.stat(p).st_mode)  # noqa: E731
    assert mode(tmp_path / "f.jsonl") == 0o640 and mode(tmp_path / "g.html") == 0o640
    assert mode(tmp_path / "neo" / "nodes_Person.csv") == 0o640 and mode(tmp_path / "neo" / MANIFEST) == 0o640
    assert mode(tmp_path / "neo" / "import.sh") == 0o750 and mode(tmp_path / "neo") == 0o750
    # a replaced file keeps its own mode
    os.chmod(tmp_path / "f.jsonl", 0o604)
    assert invoke("extract", str(doc), "-o", str(tmp_path / "f.jsonl")).exit_code == 0
    assert mode(tmp_path / "f.jsonl") == 0o604


def test_safety_permission_problem_is_one_line(doc, tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    result = invoke("extract", str(doc), "-o", str(blocker / "f.jsonl"))
    assert isinstance(result.exception, KgError) and str(result.exception) == f"{blocker / 'f.jsonl'}: Not a directory"
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        result = invoke("extract", str(doc), "-o", str(locked / "f.jsonl"))
        assert str(result.exception) == f"{locked / 'f.jsonl'}: Permission denied"


def test_safety_file_name_cannot_break_the_error_line(tmp_path, capsys):
    bad = tmp_path / "evil\nname\x1b[31m[bold].txt"
    bad.write_bytes(b"")
    with pytest.raises(KgError):
        extract_cmd.extract_to([str(bad)], str(tmp_path / "f.jsonl"))
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 1 and "evil\\x0aname\\x1b[31m[bold].txt" in errors[0] and "\x1b" not in errors[0]
    assert not (tmp_path / "f.jsonl").exists()


def test_safety_file_output_named_like_a_directory(tmp_path):
    with pytest.raises(KgError, match="names a directory"):
        export(make_sample_graph(), "json", f"{tmp_path}/new/")
    assert os.listdir(tmp_path) == []


def test_safety_output_error_through_the_entry_point(sample_db, tmp_path):
    """The real `kg` command: one `Error:` line on stderr, exit 1, no traceback."""
    (tmp_path / "thesis.txt").write_text("mine", encoding="utf-8")
    run = kg("export", "csv", "-o", str(tmp_path), "--db", sample_db)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and run.stderr.startswith(f"Error: {tmp_path}: directory is not empty")
    assert os.listdir(tmp_path) == ["thesis.txt"]


# -- the csv export keeps what a later build needs ------------------------------------------
def test_safety_csv_export_has_the_raw_facts(sample_db, tmp_path):
    with LadybugStore(sample_db, read_only=True) as store:
        facts, docs = store.load_facts()
        out = export(store, "csv", tmp_path / "neo")
    with open(out / "nodes_Fact.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"id:ID(Fact)", "doc:string", "kind:string", "json:string", "kg_owner:string", ":LABEL"}
    assert {r[":LABEL"] for r in rows} == {"Fact"}
    with open(out / "nodes_Span.csv", encoding="utf-8", newline="") as fh:  # the evidence texts facts name by id
        spans = {r["id:ID(Span)"]: {"doc": r["doc:string"], "start": int(r["start:long"]), "end": int(r["end:long"]),
                                    "text": r["text:string"]} for r in csv.DictReader(fh)}
    from_csv = sorted((Fact.from_json(restore_fact_json(r["json:string"], spans)).to_json() for r in rows), key=json.dumps)
    assert from_csv == sorted((f.to_json() for f in facts), key=json.dumps)  # quotes, commas, a newline survive
    with open(out / "nodes_Document.csv", encoding="utf-8", newline="") as fh:
        assert [r["id:ID(Document)"] for r in csv.DictReader(fh)] == [d["id"] for d in docs]
    assert "--nodes=Fact=nodes_Fact.csv" in (out / "import.sh").read_text(encoding="utf-8")


# -- hostile stored text is data everywhere ----------------------------------------------------
NAME = "[/bold]王'玥\"}"
ORG = "[link=http://x]y[/link]局"
TITLE = "'}) DETACH DELETE n //"
DOC_TITLE = "<!--<script>标题</script>{x}"
DOC_PATH = "in/[red]<!--<script>.txt"
HOSTILE_SENTENCE = "任命[/bold]为:thumbs_up:\x1b[31m副区长"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    graph = make_sample_graph()
    ev = json.dumps([{"doc": DOC_PATH, "start": 0, "end": len(HOSTILE_SENTENCE), "text": HOSTILE_SENTENCE}], ensure_ascii=False)
    graph.nodes["Person"].append({"id": "p:h", "name": NAME, "jurisdiction": "重庆市巴南区"})
    graph.nodes["Organization"].append({"id": "o:h", "name": ORG, "short_names": ["[b]"], "type": "department", "jurisdiction": "重庆市巴南区"})
    graph.nodes["Post"].append({"id": "post:h", "title": TITLE, "name": f"{ORG} {TITLE}", "org": ORG})
    graph.nodes["Event"].append({"id": "e:h", "kind": "appoint", "status": "decided", "date": "2025-06-26", "person": NAME, "title": TITLE, "org": ORG, "evidence": ev})
    graph.nodes["Document"].append({"id": "d:h", "path": DOC_PATH, "title": DOC_TITLE, "sha256": "00"})
    graph.rels["HELD"].append({"from": "p:h", "to": "post:h", "start": "2025-06-26", "current": True, "events": ["e:h"], "evidence": ev})
    graph.rels["IN"].append({"from": "post:h", "to": "o:h"})
    graph.rels["PART_OF"].append({"from": "o:h", "to": "o:gov"})
    graph.rels["CONCERNS"].append({"from": "e:h", "to": "p:h"})
    graph.rels["TO"].append({"from": "e:h", "to": "post:h"})
    graph.rels["SOURCE"].append({"from": "e:h", "to": "d:h", "start": 0, "end": len(HOSTILE_SENTENCE), "text": HOSTILE_SENTENCE})
    ev0 = Evidence(DOC_PATH, 0, len(HOSTILE_SENTENCE), HOSTILE_SENTENCE)
    facts = make_sample_facts() + [Fact("appoint", "decided", NAME, TITLE, ORG, ORG, "2025-06-26", ev0, [ev0])]
    docs = list(SAMPLE_DOCS) + [{"id": "d:h", "path": DOC_PATH, "title": DOC_TITLE, "date": None, "year": None, "jurisdiction": None, "sha256": "00"}]
    path = tmp_path_factory.mktemp("hostile") / "kg.db"
    with LadybugStore(path) as store:
        store.replace_all(graph, facts, docs)
    return str(path)


def _shown_plainly(result, *pieces: str) -> None:
    assert result.exit_code == 0, (result.output, result.exception)
    assert "\x1b" not in result.stdout  # no terminal escape reaches the screen
    for piece in pieces:
        assert piece in result.stdout, (piece, result.stdout)


def test_safety_hostile_text_career(hostile_db):
    result = invoke("career", NAME, "--db", hostile_db)
    _shown_plainly(result, NAME, "任命[/bold]为:thumbs_up:\\x1b[3", "[red]<!--<script>.txt", "[link=http://x]y[/link]局")


def test_safety_hostile_text_who_held_and_query(hostile_db):
    result = invoke("who-held", TITLE, "--db", hostile_db)
    _shown_plainly(result, NAME, ORG, TITLE, "[/bold]为:thumbs_up:")
    result = invoke("query", "who_held", "-p", f"title={TITLE}", "--db", hostile_db, "--json")
    assert json.loads(result.stdout)[0]["evidence"][0]["text"] == HOSTILE_SENTENCE  # structured evidence (issue 10)
    stats = {r["kind"]: r["count"] for r in json.loads(invoke("query", "stats", "--db", hostile_db, "--json").stdout)}
    assert stats["Person"] == 7 and stats["Post"] == 5  # the stored "DETACH DELETE" did nothing


def test_safety_hostile_text_people(hostile_db):
    result = invoke("people", NAME, "--db", hostile_db)
    _shown_plainly(result, NAME, ORG, "DETACH DELETE n //")
    result = invoke("people", "[/bold]nobody", "--db", hostile_db)
    _shown_plainly(result, "No person named [/bold]nobody")
    result = invoke("people", NAME, "--explain", "--db", hostile_db)
    _shown_plainly(result, NAME, "[/bold]为:thumbs_up:\\x1b[3")


def test_safety_hostile_text_org_tree(hostile_db):
    result = invoke("org-tree", "重庆市巴南区", "--db", hostile_db)
    _shown_plainly(result, ORG, f"{TITLE}: {NAME}")


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict, str]] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "title"):
            self._in = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._in == "title":
            self.title += data


def test_safety_hostile_text_html_export(hostile_db, tmp_path):
    result = invoke("export", "html", "-o", str(tmp_path / "g.html"), "--db", hostile_db)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(page)
    assert parser.title == "kg graph"
    assert [a.get("id") for a, _ in parser.scripts] == ["data", None, None]  # data, cytoscape.js, the page's script intact
    data = json.loads(parser.scripts[0][1])
    assert {n["p"].get("title") for n in data["nodes"]} >= {TITLE}
    assert {n["n"] for n in data["nodes"]} >= {NAME, ORG}
    assert DOC_TITLE in json.dumps(data, ensure_ascii=False)  # documents are not drawn: their titles are in the careers
    assert parser.scripts[2][1].rstrip().endswith("ready: true};")
    blob = parser.scripts[0][1]
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in blob


def test_safety_hostile_text_other_exports(hostile_db, tmp_path):
    with LadybugStore(hostile_db, read_only=True) as store:
        data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {n.get("title") for n in data["nodes"]} >= {DOC_TITLE, TITLE}
    import networkx as nx

    with LadybugStore(hostile_db, read_only=True) as store:
        g = nx.read_graphml(export(store, "graphml", tmp_path / "g.graphml"))
        h = nx.read_gexf(export(store, "gexf", tmp_path / "g.gexf"))
    assert g.nodes["p:h"]["name"] == NAME and g.nodes["d:h"]["title"] == DOC_TITLE
    assert h.nodes["p:h"]["name"] == NAME
    # XML cannot hold an ESC character: it is written as U+FFFD, the rest of the sentence intact
    assert json.loads(g.nodes["e:h"]["evidence"])[0]["text"] == HOSTILE_SENTENCE  # JSON escapes it
    source = [d for _, _, d in g.out_edges("e:h", data=True) if d["type"] == "SOURCE"]
    assert source[0]["text"] == HOSTILE_SENTENCE.replace("\x1b", "\ufffd")
