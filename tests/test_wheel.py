"""Issue 11: kg as users install it — a wheel built from the source, installed into a new
virtual environment, run from a folder outside the repository.

The wheel is built offline from a copy of the project (pyproject.toml, README.md, LICENSE,
kg/), so the working tree is not touched. The new environment gets the wheel alone
(``--no-deps --no-index``); its dependencies are lent by the test's own environment through a
``.pth`` line (a plain path: the editable install of the repository that lives there is not
activated), so the test stays offline and fast, and ``pip check`` proves the wheel's declared
requirements are met. What must come from the wheel — the package, its saved queries, data
tables, schema and web assets, the `kg` command — does."""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.e2e]  # ~30-60 s; CI runs it (`pytest` selects every test)

SAMPLE = ROOT / "samples" / "003_c62ba9d0d4872cf1.txt"


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    run = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert run.returncode == 0, f"{args}\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}"
    return run


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", str(dist)], cwd=src)
    (whl,) = dist.glob("*.whl")
    return whl


def test_wheel_holds_everything_kg_needs_at_run_time(wheel):
    assert wheel.name.startswith("kg_officials-")
    names = zipfile.ZipFile(wheel).namelist()
    catalog = sorted(p.name for p in (ROOT / "kg" / "cypher").glob("*.cypher"))
    assert catalog and all(f"kg/cypher/{c}" in names for c in catalog)
    data = sorted(p.name for p in (ROOT / "kg" / "data").iterdir() if p.is_file())
    assert all(f"kg/data/{d}" in names for d in data)
    assert {"kg/schema.yaml", "kg/web/page.html", "kg/web/cytoscape.min.js", "kg/web/cytoscape.LICENSE",
            "kg/browser/kg.grass", "kg/browser/queries.cypher"} <= set(names)
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(meta).decode()
    assert "Name: kg-officials" in text and ("License-Expression: MIT" in text or "License: MIT" in text)
    assert any(".dist-info/" in n and n.endswith("/LICENSE") for n in names)
    entry = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "kg = kg.__main__:run" in entry  # (kg extract without Typer, else kg.cli.main: kg/__main__.py)


def test_wheel_installs_and_answers_outside_the_repository(wheel, tmp_path):
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    py = venv / "bin" / "python"
    purelib = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path).stdout.strip())
    # the dependencies: this environment's site-packages, as plain paths (no .pth of it runs)
    deps = [p for p in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()} if os.path.isdir(p)]
    (purelib / "_kg_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index", "-q", str(wheel)], cwd=tmp_path)
    check = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "check"], capture_output=True, text=True)
    assert "kg-officials" not in check.stdout, check.stdout  # every requirement of the wheel is met

    work = tmp_path / "elsewhere"
    (work / "docs").mkdir(parents=True)
    shutil.copy2(SAMPLE, work / "docs" / SAMPLE.name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_DB", "KG_CYPHER_DIR", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    where = _run([str(py), "-c", "import kg, kg.queries; print(kg.__file__)"], cwd=work, env=env).stdout.strip()
    assert where.startswith(str(venv)) and not where.startswith(str(ROOT))  # kg comes from the wheel
    kg = str(venv / "bin" / "kg")
    _run([kg, "build", "docs/"], cwd=work, env=env)
    assert (work / "kg.db").exists()
    rows = json.loads(_run([kg, "who-held", "副镇长", "--json"], cwd=work, env=env).stdout)
    assert rows and all("副镇长" in json.dumps(r, ensure_ascii=False) for r in rows)
    listed = _run([kg, "query", "--list", "--json"], cwd=work, env=env).stdout
    assert "who_held" in listed and "career" in listed
    _run([kg, "export", "html", "-o", "graph.html"], cwd=work, env=env)
    assert "cytoscape" in (work / "graph.html").read_text(encoding="utf-8")
