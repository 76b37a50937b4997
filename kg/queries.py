"""The catalog of saved Cypher queries (kg/cypher/*.cypher) and running them on a store.

The built-in catalog ships inside the package (``kg/cypher/``, read with importlib.resources, so
a wheel install has it). ``$KG_CYPHER_DIR`` names a folder of the user's own queries, ADDED to
the built-in ones; a user query with the name of a built-in one replaces it (all its variants).

Each file starts with a header::

    // name: who_held
    // description: Everyone who held a post …
    // param: title — the post title (副区长)
    // param: org? — substring of the organization name (optional; default: any)

A ``?`` marks an optional parameter; it is passed as ``''`` when not given (the queries
test ``$org = ''``: LadybugDB's ``CONTAINS ''`` is false, Neo4j's true). Where the two
dialects differ, ``<name>.neo4j.cypher`` / ``<name>.ladybug.cypher`` hold the per-store texts
(same header) and no ``<name>.cypher`` exists; see docs/queries.md.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kg.errors import QueryError

DIALECTS = ("neo4j", "ladybug")
HEADER = re.compile(r"^//\s*(name|description|param):\s*(.*?)\s*$")
PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(\??)\s*(?:—|--|-|:)\s*(.*)$")


@dataclass
class SavedQuery:
    """One saved query: its header and text (``variants`` holds per-store texts, if any)."""

    name: str
    description: str
    params: dict[str, str]
    text: str
    path: Path | Traversable
    optional: frozenset[str] = frozenset()
    variants: dict[str, str] = field(default_factory=dict)

    def text_for(self, dialect: str) -> str:
        """The text a store of this dialect runs (its variant, else the shared text)."""
        return self.variants.get(dialect, self.text)

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.optional]


def builtin_dir() -> Traversable:
    """The built-in catalog: the package's own cypher/ folder (works from a wheel too)."""
    return resources.files("kg").joinpath("cypher")


def catalog_dir() -> Path:
    """The built-in catalog as a file-system path (for the linter and tests)."""
    return Path(str(builtin_dir()))


def user_dir() -> Path | None:
    """$KG_CYPHER_DIR: the user's extra queries (added to the built-in catalog), if set."""
    env = os.environ.get("KG_CYPHER_DIR")
    return Path(env) if env else None


def parse_query_file(path: Path | Traversable) -> SavedQuery:
    """Read one .cypher file: the // header lines, then the query text."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    optional: set[str] = set()
    for line in text.splitlines():
        m = HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.strip().startswith("//"):
                break
            continue
        key, value = m.groups()
        if key != "param":
            meta[key] = value
            continue
        pm = PARAM.match(value)
        if not pm:
            raise QueryError(f"{path}: bad param line {line.strip()!r} (want `// param: key — meaning`)")
        params[pm.group(1)] = pm.group(3)
        if pm.group(2):
            optional.add(pm.group(1))
    stem = path.name.removesuffix(".cypher").split(".")[0]
    if meta.get("name", stem) != stem:
        raise QueryError(f"{path}: header name {meta['name']!r} differs from the file name {stem!r}")
    if "description" not in meta:
        raise QueryError(f"{path}: no `// description:` header line")
    return SavedQuery(stem, meta["description"], params, text, path, frozenset(optional))


def _load_folder(directory: Path | Traversable) -> dict[str, SavedQuery]:
    """The queries of one folder, with per-store variants folded into one entry."""
    catalog: dict[str, SavedQuery] = {}
    shared: set[str] = set()
    files = sorted((p for p in directory.iterdir() if p.name.endswith(".cypher") and p.is_file()), key=lambda p: p.name)
    for path in files:
        q = parse_query_file(path)
        parts = path.name.split(".")
        dialect = parts[1] if len(parts) == 3 else None
        if dialect is not None and dialect not in DIALECTS:
            raise QueryError(f"{path}: unknown store {dialect!r} (variants are .neo4j.cypher / .ladybug.cypher)")
        entry = catalog.setdefault(q.name, q)
        if dialect:
            entry.variants[dialect] = q.text
        else:
            shared.add(q.name)
    for q in catalog.values():
        missing = set(DIALECTS) - set(q.variants)
        if q.name not in shared and missing:
            raise QueryError(f"saved query {q.name!r} has a per-store variant but none for {', '.join(sorted(missing))}")
    return catalog


def load_catalog(directory: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name: the built-in catalog plus $KG_CYPHER_DIR's queries.

    A user query named like a built-in one overrides it. With ``directory``, only that folder.
    """
    if directory is not None:
        directory = Path(directory)
        if not directory.is_dir():
            raise QueryError(f"no saved queries: {directory} is not a directory")
        return _load_folder(directory)
    builtin = builtin_dir()
    if not builtin.is_dir():
        raise QueryError(f"no saved queries: {builtin} is not a directory (a broken kg install?)")
    catalog = _load_folder(builtin)
    extra = user_dir()
    if extra is not None:
        if not extra.is_dir():
            raise QueryError(f"KG_CYPHER_DIR={extra}: not a directory")
        catalog.update(_load_folder(extra))
    return catalog


def get_query(name: str, catalog: dict[str, SavedQuery] | None = None) -> SavedQuery:
    catalog = catalog if catalog is not None else load_catalog()
    if name not in catalog:
        raise QueryError(f"no saved query {name!r}; known: {', '.join(sorted(catalog))} (see `kg query --list`)")
    return catalog[name]


def bind_params(query: SavedQuery, params: dict[str, Any] | None) -> dict[str, Any]:
    """Check the parameters against the header: required present, no unknown ones."""
    params = dict(params or {})
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryError(f"saved query {query.name!r} has no parameter {', '.join(unknown)}; it takes: {_describe(query)}")
    missing = [p for p in query.required if params.get(p) in (None, "")]
    if missing:
        raise QueryError(f"saved query {query.name!r} needs parameter {', '.join(missing)}; it takes: {_describe(query)}")
    for p in query.optional:
        if params.get(p) is None:
            params[p] = ""
    return params


def _describe(query: SavedQuery) -> str:
    return ", ".join(f"{k}{'?' if k in query.optional else ''} = {v}" for k, v in query.params.items()) or "no parameters"


def run_saved(store: Any, name: str, params: dict[str, Any] | None = None, *, catalog: dict[str, SavedQuery] | None = None) -> list[dict]:
    """Run a saved query by name on a store, in that store's dialect."""
    query = get_query(name, catalog)
    bound = bind_params(query, params)
    return store.run(query.text_for(getattr(store, "dialect", "ladybug")), bound)


def parse_param_args(pairs: list[str] | None) -> dict[str, str]:
    """``--param key=value`` pairs as a dict (values stay strings)."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected key=value")
        out[key.strip()] = value
    return out
