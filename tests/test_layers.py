"""Layers that only look down (issue 12), checked on the source: the command line (typer, option
types, output formatting) lives in kg/cli and nothing below imports it; kg's own modules are
imported plainly (an ``except ImportError`` only for optional third-party extras); Cypher text
lives in the catalog (kg/cypher), the stores, or what kg.schema generates."""

from __future__ import annotations

import ast
import io
import zipfile
from pathlib import Path

import pytest

from kg.errors import InputError

KG = Path(__file__).resolve().parents[1] / "kg"
LIBRARY = sorted(p for p in KG.rglob("*.py")  # everything below the command line (and its entry point)
                 if "cli" not in p.relative_to(KG).parts and p.name != "__main__.py")

# optional third-party extras and platform modules an `except ImportError` may guard
OPTIONAL = {"dask", "dask.bag", "fcntl", "msvcrt"}
# modules that may hold Cypher text besides kg/cypher/*.cypher: the stores (their own write,
# lock and lookup statements), kg.schema (DDL and constraints generated from schema.yaml),
# and kg.export (per-label reads generated from the schema; the cypher-shell export format).
# kg.incremental reads the stored graph through kg/store/graph_reads.py.
CYPHER_HOMES = {"store", "schema.py", "export.py"}


def _rel(path: Path) -> str:
    return str(path.relative_to(KG.parent))


def _imports(tree: ast.AST) -> list[tuple[str, int]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.module, node.lineno))
    return out


@pytest.mark.parametrize("path", LIBRARY, ids=_rel)
def test_layers_library_imports_no_cli(path: Path) -> None:
    """Below kg/cli nothing imports typer, click or kg.cli (CLI options live in kg.cli.output)."""
    bad = [(m, n) for m, n in _imports(ast.parse(path.read_text(encoding="utf-8")))
           if m.split(".")[0] in ("typer", "click") or m == "kg.cli" or m.startswith("kg.cli.")]
    assert not bad, f"{_rel(path)} imports the command line: {bad}"


@pytest.mark.parametrize("path", sorted(KG.rglob("*.py")), ids=_rel)
def test_layers_no_import_guards_on_kg_or_its_dependencies(path: Path) -> None:
    """An `except ImportError` guards only an optional extra, never kg's own modules or its
    required dependencies (a guard there hides a broken install or an unfinished module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        names = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
        if not names & {"ImportError", "ModuleNotFoundError"}:
            continue
        guarded = {m for stmt in node.body for m, _ in _imports(stmt)}
        assert guarded <= OPTIONAL, f"{_rel(path)}:{node.lineno}: import guard on {sorted(guarded - OPTIONAL)}"


CYPHER_CLAUSE = ("MATCH (", "MERGE (", "RETURN ", "CREATE (", "DETACH DELETE")


@pytest.mark.parametrize("path", LIBRARY, ids=_rel)
def test_layers_cypher_lives_in_the_catalog(path: Path) -> None:
    """Queries are saved queries (kg/cypher, linted and tested on both stores), not strings in code."""
    rel = path.relative_to(KG)
    if rel.parts[0] in CYPHER_HOMES:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    texts = [(n.value, n.lineno) for n in ast.walk(tree)
             if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]
    found = [(line, text[:60]) for text, line in texts if sum(c in text for c in CYPHER_CLAUSE) >= 2]
    assert not found, f"{_rel(path)}: inline Cypher (make it a saved query in kg/cypher): {found}"


def test_layers_store_package_is_free_of_typer() -> None:
    source = (KG / "store" / "__init__.py").read_text(encoding="utf-8")
    assert "typer" not in source and "DbOption" not in source


def test_layers_schema_checks_live_in_kg_schema() -> None:
    """Both stores check a graph with kg.schema.check_graph; neither imports the other."""
    import kg.schema
    import kg.store.ladybug
    import kg.store.neo4j

    assert kg.store.ladybug.check_graph is kg.schema.check_graph is kg.store.neo4j.check_graph
    assert "kg.store.ladybug" not in {m for m, _ in _imports(ast.parse((KG / "store" / "neo4j.py").read_text()))}


def _docx_with_broken_xml() -> bytes:
    docx = pytest.importorskip("docx")
    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("任命张三为局长。")
    document.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    return out.getvalue()


def test_layers_docx_damaged_part_is_an_input_error_not_a_blind_except(tmp_path: Path) -> None:
    """The DOCX reader names the errors it expects (lxml's, the package's): a damaged part is one
    InputError line; anything else is a bug and is not dressed up as a damaged file."""
    from kg.reading import read_document

    path = tmp_path / "broken.docx"
    path.write_bytes(_docx_with_broken_xml())
    with pytest.raises(InputError, match=r"broken\.docx: damaged DOCX file \(") as info:
        read_document(str(path))
    assert "\n" not in str(info.value)
