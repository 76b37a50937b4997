"""Every Cypher text Neo4j runs passes Neo4j's own linter (offline, @neo4j-cypher/language-support).

Linted: the shared kg/cypher/*.cypher files and the .neo4j variants, plus every statement
kg/store/neo4j.py sends (kg.store.neo4j.store_statements). The .ladybug variants use
LadybugDB-only syntax (SHORTEST, list_transform) that the Neo4j linter rejects by design, so they
are not linted here — they run in tests/test_queries.py instead.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.queries import catalog_dir
from kg.schema import lint_schema
from kg.store.neo4j import OWNER_KEY, SEQ_KEY, store_statements

REPO = Path(__file__).resolve().parents[1]
LINT = REPO / "tools" / "cypher-lint"

pytestmark = [
    pytest.mark.slow,  # node and Neo4j's parser: ~20-45 s
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (needed for the Cypher linter)"),
    pytest.mark.skipif(
        not (LINT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir(),
        reason="tools/cypher-lint/node_modules missing: run `npm ci` in tools/cypher-lint",
    ),
]


def neo4j_files() -> list[Path]:
    return sorted(p for p in catalog_dir().glob("*.cypher") if not p.name.endswith(".ladybug.cypher"))


def _lint(schema_file: Path, files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["node", str(LINT / "lint.mjs"), str(schema_file), *map(str, files)],
        capture_output=True, text=True, timeout=240,
    )


@pytest.fixture(scope="module")
def schema_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lint") / "schema.json"
    schema = lint_schema()
    # the Neo4j store's own markers, the keys of its $rows maps, and its write lock
    extra = {OWNER_KEY, SEQ_KEY, "src", "dst", "seq", "holder", "until", "checked"}
    schema["propertyKeys"] = sorted({*schema["propertyKeys"], *extra})
    schema["labels"] = sorted({*schema["labels"], "KgLock"})
    path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    return path


def test_cypher_lint_saved_queries_and_writes(schema_file, tmp_path):
    # every text kg/store/neo4j.py sends (constraints, reads, MERGEs, scoped deletes), in one file
    # with statements separated by ';' (linting is slow per file)
    generated = tmp_path / "generated.cypher"
    params = "".join(f"// param: {p}\n" for p in ("rows", "keys", "owner", "holder", "lease", "expected", "ids"))
    generated.write_text(params + ";\n".join(store_statements()) + ";\n", encoding="utf-8")
    bad = tmp_path / "bad.cypher"
    bad.write_text("// param: name\nMATCH (p:Person) WHERE p.name = $nam RETURN p\n", encoding="utf-8")
    result = _lint(schema_file, neo4j_files() + [generated, bad])
    errors = [line for line in result.stdout.splitlines() if " error " in line]
    assert errors == [f"{bad}:2:33 error Parameter $nam is not defined."], result.stdout + result.stderr
    assert result.returncode == 1
