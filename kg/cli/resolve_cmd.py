"""`kg people` and `kg org-tree`: who is who, and which offices an organization has.

Thin commands over :func:`kg.queries.people`, :func:`kg.queries.org_tree` (graph reads
through the store's saved queries) and :func:`kg.resolve.explain` (the resolver's decisions,
re-run on the stored raw facts).
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

from kg.cli.output import AsOfOption, CsvOption, DbOption, JsonOption, Neo4jOption, emit, output_format, plain, read_store
from kg.errors import QueryError
from kg.queries import org_tree, people, tree_rows
from kg.store import DEFAULT_DB


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
        lines = [f"{x['post']} ({_period(x)})" for x in p["posts"]]
        lines += [f"{m['role']} of {m['org']} ({_period(m)})" for m in p["memberships"]]
        table.add_row(plain(p["id"]), plain(p["jurisdiction"] or "?"),
                      plain(" / ".join(x for x in (p["birth"], p["native_place"]) if x) or ""), plain("\n".join(lines)))
    console.print(table)


def _period(x: dict[str, Any]) -> str:
    text = _span(x["start"], x["end"])
    if not x["start"] and not x["end"] and (x.get("first_seen") or x.get("last_seen")):
        text = f"seen {x.get('first_seen') or '?'} – {x.get('last_seen') or '?'}"
    flags = [f for f, on in (("current", x.get("current")), ("acting", x.get("acting")), ("concurrent", x.get("concurrent"))) if on]
    return ", ".join([text, *flags])


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
    for col in ("name", "jurisdiction", "persons (id: posts)", "reason"):
        table.add_column(col)
    for g in groups:
        lines = [f"{p['id']}: {'; '.join(p['posts']) or '(no post)'}" for p in g.get("described", [])] or g["persons"]
        table.add_row(plain(g["name"]), plain(g["jurisdiction"] or "?"), plain("\n".join(lines)), plain(g["reason"]))
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
        ambiguous: Annotated[bool, typer.Option("--ambiguous", help="List same-name groups the resolver was unsure about, with names and posts.")] = False,
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jOption = None,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """List the persons of a name with their posts and memberships; --explain / --ambiguous show the resolver's decisions."""
        fmt = output_format(as_json, as_csv)
        if not name and not ambiguous:
            raise QueryError("give a NAME (kg people 刘松), or --ambiguous")
        with read_store(db, neo4j) as store:
            if explain_ or ambiguous:
                from kg.resolve import explain

                report = explain(*store.load_facts())
                if ambiguous:
                    groups = report.ambiguous
                    if fmt == "table":
                        _print_ambiguous(groups)
                    else:
                        emit([{"name": g["name"], "jurisdiction": g["jurisdiction"], "reason": g["reason"],
                               "person": p["id"], "posts": p["posts"]} for g in groups for p in g["described"]]
                             if fmt == "csv" else groups, as_json=as_json, as_csv=as_csv)
                if explain_ and name:
                    persons = report.by_name(name)
                    if fmt == "table":
                        _print_explain(persons, name)
                    else:
                        emit([dict(p.__dict__) for p in persons], as_json=as_json, as_csv=as_csv)
                return
            assert name is not None  # checked above: no name only with --ambiguous
            rows = people(store, name)
        if fmt == "table":
            _print_people(rows, name)
        elif fmt == "json":
            _dump(rows)
        else:
            emit([{"id": p["id"], "name": p["name"], "jurisdiction": p["jurisdiction"], "birth": p["birth"],
                   "native_place": p["native_place"], "kind": kind, **x}
                  for p in rows for kind, items in (("held", p["posts"]), ("member", p["memberships"])) for x in items],
                 as_csv=True)

    @app.command("org-tree")
    def org_tree_cmd(
        org: Annotated[str, typer.Argument(help="Organization: full canonical name or a short name (区政府)")],
        as_of: AsOfOption = None,
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jOption = None,
        as_json: JsonOption = False,
        as_csv: CsvOption = False,
    ) -> None:
        """Print an organization's subtree (PART_OF) with its posts and current holders (--as-of: holders attested then)."""
        fmt = output_format(as_json, as_csv)
        with read_store(db, neo4j) as store:
            tree = org_tree(store, org, as_of)
        if fmt == "json":
            _dump(tree)
        elif fmt == "csv":
            emit(tree_rows(tree), as_csv=True)
        else:
            _print_tree(tree)
