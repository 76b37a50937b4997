"""`kg people` and `kg org-tree`: who is who, and which offices an organization has.

Thin commands over :func:`people`, :func:`org_tree` (graph reads through the store) and
:func:`kg.resolve.explain` (the resolver's decisions, re-run on the stored raw facts).
Rich tables by default (stored text shown as plain text, never as markup), ``--json`` for programs.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from kg.errors import QueryError
from kg.output import plain
from kg.store import DEFAULT_DB, DbOption, open_store

PERSON_POSTS = """
MATCH (p:Person) WHERE p.name = $name
OPTIONAL MATCH (p)-[h:HELD]->(t:Post)
RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, p.gender AS gender, p.birth AS birth,
       p.native_place AS native_place, t.name AS post, h.start AS since, h.`end` AS until, h.current AS current
ORDER BY id, post
"""
PERSON_MEMBERSHIPS = """
MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization) WHERE p.name = $name
RETURN p.id AS id, o.name AS org, m.role AS role, m.start AS since, m.`end` AS until
ORDER BY id, org
"""
ORG_EDGES = "MATCH (a:Organization)-[:PART_OF]->(b:Organization) RETURN a.name AS child, b.name AS parent"
ORG_NAMES = "MATCH (o:Organization) RETURN o.name AS name, o.short_names AS short_names, o.type AS type"
ORG_POSTS = """
MATCH (t:Post)-[:`IN`]->(o:Organization)
OPTIONAL MATCH (p:Person)-[h:HELD]->(t) WHERE h.current = true
RETURN o.name AS org, t.title AS title, p.name AS holder, p.id AS holder_id
ORDER BY org, title, holder
"""


def people(store: Any, name: str) -> list[dict[str, Any]]:
    """The Person nodes named ``name``, each with its tenures (posts) and memberships."""
    out: dict[str, dict[str, Any]] = {}
    for r in store.run(PERSON_POSTS, {"name": name}):
        p = out.setdefault(r["id"], {k: r[k] for k in ("id", "name", "jurisdiction", "gender", "birth", "native_place")}
                           | {"posts": [], "memberships": []})
        if r.get("post"):
            p["posts"].append({"post": r["post"], "start": r["since"], "end": r["until"], "current": r["current"]})
    for r in store.run(PERSON_MEMBERSHIPS, {"name": name}):
        if r["id"] in out:
            out[r["id"]]["memberships"].append({"org": r["org"], "role": r["role"], "start": r["since"], "end": r["until"]})
    return list(out.values())


def org_tree(store: Any, org: str) -> dict[str, Any]:
    """The PART_OF subtree under ``org`` (full or short name), with posts and current holders."""
    orgs = store.run(ORG_NAMES)
    root = _find_org(orgs, org)
    children: dict[str, list[str]] = {}
    for r in store.run(ORG_EDGES):
        children.setdefault(r["parent"], []).append(r["child"])
    posts: dict[str, dict[str, list[str]]] = {}
    for r in store.run(ORG_POSTS):
        holders = posts.setdefault(r["org"], {}).setdefault(r["title"], [])
        if r.get("holder"):
            holders.append(r["holder"])
    types = {o["name"]: o.get("type") for o in orgs}

    def node(name: str, seen: frozenset) -> dict[str, Any]:
        kids = [node(c, seen | {name}) for c in sorted(children.get(name, [])) if c not in seen]
        return {"name": name, "type": types.get(name), "posts": posts.get(name, {}), "children": kids}

    return node(root, frozenset())


def _find_org(orgs: list[dict], text: str) -> str:
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
    try:
        from kg.orgs import canonical_org
    except ImportError:
        return []
    found = set()
    for place in places:
        try:
            name = canonical_org(text, place)
        except Exception:  # a parse failure is just no match
            name = None
        if name in names:
            found.add(name)
    return sorted(found)


# -- rendering ------------------------------------------------------------------------------
def _span(start: Any, end: Any) -> str:
    return f"{start or '?'} – {end or ''}".strip()


def _print_people(rows: list[dict[str, Any]], name: str) -> None:
    console = Console()
    if not rows:
        console.print(Text.assemble("No person named ", plain(name), " in the graph."))
        return
    table = Table(title=Text.assemble(plain(name), f": {len(rows)} person(s)"))
    for col in ("id", "jurisdiction", "born / native place", "posts and memberships"):
        table.add_column(col)
    for p in rows:
        lines = [f"{x['post']} ({_span(x['start'], x['end'])}{', current' if x['current'] else ''})" for x in p["posts"]]
        lines += [f"{m['role']} of {m['org']} ({_span(m['start'], m['end'])})" for m in p["memberships"]]
        table.add_row(plain(p["id"]), plain(p["jurisdiction"] or "?"),
                      plain(" / ".join(x for x in (p["birth"], p["native_place"]) if x) or ""), plain("\n".join(lines)))
    console.print(table)


def _print_explain(persons: list[Any], name: str) -> None:
    console = Console()
    if not persons:
        console.print(Text.assemble("The resolver found no facts about ", plain(name), "."))
    for p in persons:
        console.print(Text.assemble(plain(p.name, "bold"), " ", plain(p.id),
                                    " (", plain(p.jurisdiction or "jurisdiction unknown"), f"): {len(p.facts)} fact(s)"))
        for f in p.facts:
            console.print(plain(f"  · {f['kind']}/{f['status']} {f['org'] or '?'} {f['title'] or ''} — {f['text'][:40]}"))
        for m in p.merges:
            console.print(Text.assemble("  ", ("joined", "green"), " ", plain(f"{m['a']}  ⇔  {m['b']}: {m['reason']}")))
        for k in p.kept_apart:
            tag = ("apart", "red") if k["confident"] else ("apart (unsure)", "yellow")
            console.print(Text.assemble("  ", tag, " ", plain(f"from {k['b']}: {k['reason']}")))


def _print_ambiguous(groups: list[dict[str, Any]]) -> None:
    table = Table(title=f"{len(groups)} same-name group(s) the resolver was unsure about")
    for col in ("name", "jurisdiction", "persons", "reason"):
        table.add_column(col)
    for g in groups:
        table.add_row(plain(g["name"]), plain(g["jurisdiction"] or "?"), plain("\n".join(g["persons"])), plain(g["reason"]))
    Console().print(table)


def _print_tree(tree: dict[str, Any]) -> None:
    def label(node: dict[str, Any]) -> Text:
        return Text.assemble(plain(node["name"], "bold"), " (", plain(node["type"] or "?"), ")")

    def fill(branch: Tree, node: dict[str, Any]) -> None:
        for title, holders in sorted(node["posts"].items()):
            branch.add(Text.assemble(plain(title, "cyan"), ": ", plain("、".join(holders) if holders else "—")))
        for child in node["children"]:
            fill(branch.add(label(child)), child)

    root = Tree(label(tree))
    fill(root, tree)
    Console().print(root)


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    """Add `kg people` and `kg org-tree` to the `kg` app."""
    @app.command("people")
    def people_cmd(
        name: Annotated[Optional[str], typer.Argument(help="Person name, e.g. 刘松")] = None,
        explain_: Annotated[bool, typer.Option("--explain", help="Show which facts were joined into each person, and why.")] = False,
        ambiguous: Annotated[bool, typer.Option("--ambiguous", help="List same-name groups the resolver was unsure about.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output for programs.")] = False,
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """List the persons of a name with their posts; --explain / --ambiguous show the resolver's decisions."""
        if not name and not ambiguous:
            raise QueryError("give a NAME (kg people 刘松), or --ambiguous")
        with open_store(db, read_only=True) as store:
            if explain_ or ambiguous:
                from kg.resolve import explain

                report = explain(*store.load_facts())
                if ambiguous:
                    _dump(report.ambiguous) if as_json else _print_ambiguous(report.ambiguous)
                if explain_ and name:
                    persons = report.by_name(name)
                    _dump([p.__dict__ for p in persons]) if as_json else _print_explain(persons, name)
                return
            rows = people(store, name)
        _dump(rows) if as_json else _print_people(rows, name)

    @app.command("org-tree")
    def org_tree_cmd(
        org: Annotated[str, typer.Argument(help="Organization: full canonical name or a short name (区政府)")],
        as_json: Annotated[bool, typer.Option("--json", help="JSON output for programs.")] = False,
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Print an organization's subtree (PART_OF) with its posts and current holders."""
        with open_store(db, read_only=True) as store:
            tree = org_tree(store, org)
        _dump(tree) if as_json else _print_tree(tree)
