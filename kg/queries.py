"""The catalog of saved Cypher queries (cypher/*.cypher) and running them on a store.

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
from pathlib import Path
from typing import Any

import kg
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
    path: Path
    optional: frozenset[str] = frozenset()
    variants: dict[str, str] = field(default_factory=dict)

    def text_for(self, dialect: str) -> str:
        """The text a store of this dialect runs (its variant, else the shared text)."""
        return self.variants.get(dialect, self.text)

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.optional]


def catalog_dir() -> Path:
    """cypher/ at the repository root; $KG_CYPHER_DIR overrides."""
    env = os.environ.get("KG_CYPHER_DIR")
    return Path(env) if env else Path(kg.__file__).resolve().parents[1] / "cypher"


def parse_query_file(path: Path) -> SavedQuery:
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


def load_catalog(directory: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name, with per-store variants folded into one entry."""
    directory = Path(directory) if directory else catalog_dir()
    if not directory.is_dir():
        raise QueryError(f"no saved queries: {directory} is not a directory (set KG_CYPHER_DIR)")
    catalog: dict[str, SavedQuery] = {}
    shared: set[str] = set()
    for path in sorted(directory.glob("*.cypher")):
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
