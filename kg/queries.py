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

import logging
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from kg.errors import QueryError

log = logging.getLogger(__name__)

DIALECTS = ("neo4j", "ladybug")
HEADER = re.compile(r"^//\s*(name|description|param|order):\s*(.*?)\s*$")
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
    order: tuple[str, ...] = ()  # `// order: a, b`: sort the rows by these columns (UNION queries)

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
    order = tuple(c.strip() for c in meta.get("order", "").split(",") if c.strip())
    return SavedQuery(stem, meta["description"], params, text, path, frozenset(optional), order=order)


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
    dialect = getattr(store, "dialect", "ladybug")
    rows = store.run(query.text_for(dialect), bound)
    from kg.store.spans import with_evidence  # evidence is stored once, as Span ids: their text

    rows = with_evidence(store, rows)
    log.debug("saved query %s (%s) %s: %d rows", name, dialect, bound, len(rows))
    if query.order:  # a UNION cannot be ordered as a whole in LadybugDB: the header orders it
        rows.sort(key=lambda r: tuple(_sort_value(r.get(c)) for c in query.order))
    return rows


def _sort_value(value: Any) -> tuple:
    """Nulls first, then by value (lists and booleans as strings, so mixed columns compare)."""
    if value is None:
        return (0, "")
    return (1, value if isinstance(value, str) else str(value))


def parse_param_args(pairs: list[str] | None) -> dict[str, str]:
    """``--param key=value`` pairs as a dict (values stay strings)."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: expected key=value")
        out[key.strip()] = value
    return out


def read_post(text: str) -> tuple[str, str | None, bool]:
    """A post as people write it → (title, organization as written or None, acting), with the
    extractor's own post parser (kg.extract.posts.parse_post): 区委书记 → (书记, 区委, False),
    代理检察长 → (检察长, None, True), 巴南区副区长 → (副区长, 巴南区, False). A text the parser
    does not read as a post (or reads as a rank) is taken as a bare title."""
    from kg.extract.posts import parse_post  # lazy: only who-held needs the extractor's tables

    post = parse_post(text.strip())
    if post is None or post.kind != "hold" or not post.title:
        return text.strip(), None, False
    return post.title, post.org_text, post.marks.acting


def candidate_orgs(store: Any, org_text: str, title: str) -> list[str]:
    """The organizations of the graph an organization written as people write it (区委,
    巴南区, 区监委) can be: kg.extract.posts.canonical in every jurisdiction of the graph; a
    place (巴南区 in 巴南区副区长) stands for the body the title implies there (its government)."""
    from kg.extract.posts import canonical
    from kg.titles import implied_org

    rows = run_saved(store, "org_lookup", {"text": org_text})
    names = {r["name"] for r in rows}
    places = sorted(r["name"] for r in rows if r.get("type") == "jurisdiction")
    readings: set[str] = set()
    for jur in [None, *places]:
        org = canonical(org_text, jur)
        if org in places:
            org = implied_org(title, org) or org
        if org:
            readings.add(org)
    found = {o for o in readings if o in names}
    for o in sorted(readings - found):
        if any(r["name"] == o for r in run_saved(store, "org_lookup", {"text": o})):
            found.add(o)
    return sorted(found)


def who_held(store: Any, text: str, org: str | None = None, as_of: str | None = None,
             acting: bool = False) -> tuple[list[dict], str | None]:
    """Holders of a post written as people write it (区委书记, 巴南区副区长, 代理检察长), and a
    hint when there are none. ``org`` (part of the organization's name) narrows further."""
    title, org_text, is_acting = read_post(text)
    params = {"title": title, "org": org or "", "as_of": as_of or "", "acting": "yes" if (acting or is_acting) else ""}
    if not org_text:
        held = run_saved(store, "who_held", params)
        hint = None if held else f"no holder of {title!r}{' (acting)' if params['acting'] else ''}" + (
            f" in an organization containing {org!r}" if org else "") + (f" attested at {as_of}" if as_of else "")
        return held, hint
    orgs = candidate_orgs(store, org_text, title)
    if org:
        orgs = [o for o in orgs if org in o]
    rows: list[dict] = []
    for name in orgs:
        rows += [r for r in run_saved(store, "who_held", {**params, "org": name}) if r["org"] == name]
    if rows:
        return rows, None
    if not orgs:
        return [], f"{org_text!r} (in {text!r}) names no organization of the graph; try the full name or --org"
    return [], f"no holder of {title!r} in {', '.join(orgs)}" + (f" attested at {as_of}" if as_of else "")


def people(store: Any, name: str) -> list[dict[str, Any]]:
    """The Person nodes named ``name``, each with its tenures (posts) and memberships (saved
    query person_tenures); acting ones titled 代理…, every flag kept."""
    out: dict[str, dict[str, Any]] = {}
    rows = run_saved(store, "person_tenures", {"name": name})
    for r in rows:
        out.setdefault(r["id"], {k: r[k] for k in ("id", "name", "jurisdiction", "gender", "birth", "native_place")}
                       | {"posts": [], "memberships": []})
    for r in rows:
        dates = {k: r[k] for k in ("start", "end", "first_seen", "last_seen", "current", "acting", "concurrent")}
        if r["kind"] == "held":
            out[r["id"]]["posts"].append({"post": f"{r['org']} {r['title']}", "org": r["org"], "title": r["title"], **dates})
        elif r["kind"] == "member":
            out[r["id"]]["memberships"].append({"org": r["org"], "role": r["title"], "constituency": r["constituency"], **dates})
    return [out[k] for k in sorted(out)]


def org_tree(store: Any, org: str, as_of: str | None = None) -> dict[str, Any]:
    """The PART_OF subtree under ``org`` (full or short name) with its posts and their holders:
    current ones, or with ``as_of`` those attested at that date (saved queries org_lookup, org_tree).
    An acting holder is written 名（代理）, a concurrent one 名（兼）."""
    root = find_org(run_saved(store, "org_lookup", {"text": org}), org)
    rows = run_saved(store, "org_tree", {"org": root, "as_of": as_of})
    children: dict[str, set[str]] = {}
    types: dict[str, Any] = {}
    posts: dict[str, dict[str, list[str]]] = {}
    for r in rows:
        types[r["unit"]] = r["type"]
        if r["unit"] != root and r.get("parent"):
            children.setdefault(r["parent"], set()).add(r["unit"])
        if r.get("title"):
            holders = posts.setdefault(r["unit"], {}).setdefault(r["title"], [])
            if r.get("holder"):
                marks = "".join(m for m, on in (("代理", r.get("acting")), ("兼", r.get("concurrent"))) if on)
                holders.append(f"{r['holder']}（{marks}）" if marks else r["holder"])
    types.setdefault(root, None)

    def node(name: str, seen: frozenset[str]) -> dict[str, Any]:
        kids = [node(c, seen | {name}) for c in sorted(children.get(name, ())) if c not in seen and c in types]
        return {"name": name, "type": types.get(name), "posts": {t: sorted(set(h)) for t, h in posts.get(name, {}).items()},
                "children": kids}

    return node(root, frozenset())


def tree_rows(tree: dict[str, Any], parent: str | None = None) -> list[dict[str, Any]]:
    """An :func:`org_tree` flattened: one row per unit and post (units without posts: one row)."""
    rows = [{"unit": tree["name"], "parent": parent, "type": tree["type"], "title": t, "holders": h}
            for t, h in sorted(tree["posts"].items())] or [{"unit": tree["name"], "parent": parent, "type": tree["type"],
                                                            "title": None, "holders": []}]
    for child in tree["children"]:
        rows += tree_rows(child, tree["name"])
    return rows


def find_org(orgs: list[dict[str, Any]], text: str) -> str:
    """The one organization of ``orgs`` (org_lookup rows) that ``text`` names: the full name, a
    short name, a unique part of a name, or a name kg.orgs expands in a jurisdiction of the
    graph (区政府); an ambiguous or unknown text is a QueryError naming the candidates."""
    names = [o["name"] for o in orgs]
    if text in names:
        return text
    by_short = sorted(o["name"] for o in orgs if text in (o.get("short_names") or []))
    if len(by_short) == 1:
        return by_short[0]
    partial = sorted(n for n in names if text in n)
    if len(partial) == 1:
        return partial[0]
    expanded = _expand(text, [o["name"] for o in orgs if o.get("type") == "jurisdiction"], set(names))
    if len(expanded) == 1:
        return expanded[0]
    candidates = by_short or expanded or partial
    if candidates:
        raise QueryError(f"organization {text!r} is ambiguous: {', '.join(candidates[:8])} — give the full name")
    raise QueryError(f"organization {text!r} not found in the graph")


def _expand(text: str, places: list[str], names: set[str]) -> list[str]:
    """区政府 → the canonical names kg.orgs gives it in each jurisdiction of the graph, if present."""
    from kg.orgs import canonical_org  # lazy: kg.orgs loads the place table

    return sorted({name for place in places if (name := canonical_org(text, place)) in names})
