"""Read commands: `kg query`, `kg who-held`, `kg career`, `kg export`.

Each is a few lines over kg.queries / kg.export; all share the output options of kg.output
(--db, --neo4j, --json) and open the store read-only.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kg.errors import QueryError
from kg.export import FORMATS, export
from kg.output import DEFAULT_DB, DbOption, JsonOption, Neo4jOption, emit, read_store
from kg.outputs import refuse_if_same
from kg.queries import load_catalog, parse_param_args, run_saved

ParamOption = Annotated[
    Optional[list[str]],
    typer.Option("--param", "-p", metavar="KEY=VALUE", help="A query parameter; repeat for several."),
]


def query(
    name: Annotated[Optional[str], typer.Argument(help="Saved query name (see --list).")] = None,
    param: ParamOption = None,
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and their parameters.")] = False,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
) -> None:
    """Run a saved Cypher query from cypher/ (kg query who_held -p title=副区长)."""
    if list_ or not name:
        catalog = load_catalog()
        rows = [
            {"name": q.name, "params": ", ".join(f"{k}{'?' if k in q.optional else ''}" for k in q.params), "description": q.description}
            for q in catalog.values()
        ]
        emit(rows, as_json=as_json, title="saved queries (? = optional)")
        return
    params = parse_param_args(param)
    with read_store(db, neo4j) as store:
        emit(run_saved(store, name, params), as_json=as_json, title=name)


def who_held(
    title: Annotated[str, typer.Argument(help="Post title without the organization (副区长).")],
    org: Annotated[Optional[str], typer.Option("--org", help="Part of the organization's name.")] = None,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
) -> None:
    """Everyone who held a post, with dates and sources (saved query who_held)."""
    with read_store(db, neo4j) as store:
        emit(run_saved(store, "who_held", {"title": title, "org": org}), as_json=as_json, title=f"who held {title}")


def career(
    person: Annotated[str, typer.Argument(help="The person's name as written (赵吉春).")],
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
) -> None:
    """A person's events and tenures in time order, with sources (saved query career)."""
    with read_store(db, neo4j) as store:
        emit(run_saved(store, "career", {"name": person}), as_json=as_json, title=person)


def _output_name(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("must not be empty: give a file (a directory for csv), or - for standard output")
    return value


def export_cmd(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")],
    out: Annotated[
        str,
        typer.Option("--output", "-o", callback=_output_name,
                     help="Output file, - for standard output; for csv a new or empty directory (or kg's previous csv export)."),
    ],
    force: Annotated[
        bool,
        typer.Option("--force", help="csv: write into a directory that holds other files (only kg's files are replaced; nothing is removed)."),
    ] = False,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
) -> None:
    """Export the graph: graphml, gexf, json, csv (neo4j-admin import directory), html (offline viewer)."""
    if fmt.lower() not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not neo4j:
        refuse_if_same(out, [db, f"{db}.wal"], "the database being exported")
    with read_store(db, neo4j) as store:
        path = export(store, fmt, out, force=force)
    if path != "-":
        typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("query")(query)
    app.command("who-held")(who_held)
    app.command("career")(career)
    app.command("export")(export_cmd)
