"""Read commands: `kg query`, `kg who-held`, `kg career`, `kg colleagues`, `kg export`.

Each is a few lines over kg.queries (the saved Cypher of kg/cypher/) or kg.export; all share
the output options of kg.cli.output (--db, --neo4j, --json, --csv) and open the store read-only.
Heavy modules (the exporter, the extractor's post parser) are imported only by the command
that needs them, so that every command starts fast.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from kg.errors import QueryError
from kg.cli.output import (DEFAULT_DB, AsOfOption, CsvOption, DbOption, JsonOption, Neo4jOption, emit, output_format,
                       read_store)

EXPORT_FORMATS = ("graphml", "gexf", "json", "cytoscape", "cypher", "csv", "html")  # the help text; kg.export.FORMATS decides

ParamOption = Annotated[
    Optional[list[str]],
    typer.Option("--param", "-p", metavar="KEY=VALUE", help="A query parameter; repeat for several."),
]


def _saved(name: str, params: dict, db: str, neo4j: str | None, as_json: bool, as_csv: bool, title: str) -> list:
    """Run the saved query ``name`` on the chosen store and print its rows: the body of every
    read command that is one saved query."""
    from kg.queries import run_saved

    output_format(as_json, as_csv)
    with read_store(db, neo4j) as store:
        rows = run_saved(store, name, params)
    emit(rows, as_json=as_json, as_csv=as_csv, title=title)
    return rows


def _hint(message: str | None, rows: list, as_json: bool, as_csv: bool) -> None:
    if message and not rows:
        typer.echo(f"({message})", err=True)


def query(
    name: Annotated[Optional[str], typer.Argument(help="Saved query name (see --list).")] = None,
    param: ParamOption = None,
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and their parameters.")] = False,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Run a saved Cypher query of kg/cypher/ or $KG_CYPHER_DIR (kg query who_held -p title=副区长)."""
    from kg.queries import load_catalog, parse_param_args, run_saved

    output_format(as_json, as_csv)
    if list_ or not name:
        catalog = load_catalog()
        rows = [
            {"name": q.name, "params": ", ".join(f"{k}{'?' if k in q.optional else ''}" for k in q.params), "description": q.description}
            for q in catalog.values()
        ]
        emit(rows, as_json=as_json, as_csv=as_csv, title="saved queries (? = optional)")
        return
    params = parse_param_args(param)
    with read_store(db, neo4j) as store:
        emit(run_saved(store, name, params), as_json=as_json, as_csv=as_csv, title=name)


def who_held(
    title: Annotated[str, typer.Argument(help="The post as people write it: 副区长, 区委书记, 巴南区副区长, 代理检察长.")],
    org: Annotated[Optional[str], typer.Option("--org", help="Part of the organization's name.")] = None,
    as_of: AsOfOption = None,
    acting: Annotated[bool, typer.Option("--acting", help="Only acting holders (代理…).")] = False,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """Everyone who held a post: one line per person and post, with dates, flags and evidence (saved query who_held)."""
    from kg.queries import who_held as holders

    output_format(as_json, as_csv)
    with read_store(db, neo4j) as store:
        rows, hint = holders(store, title, org, as_of, acting)
    emit(rows, as_json=as_json, as_csv=as_csv, title=f"who held {title}" + (f" at {as_of}" if as_of else ""))
    _hint(hint, rows, as_json, as_csv)


def career(
    person: Annotated[str, typer.Argument(help="The person's name as written (赵吉春).")],
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """A person's acts, posts, memberships and ranks in one timeline, each line once with its sources (saved query career)."""
    rows = _saved("career", {"name": person}, db, neo4j, as_json, as_csv, title=person)
    _hint(f"no person named {person!r} in the graph (kg people shows names)", rows, as_json, as_csv)


def colleagues(
    person: Annotated[str, typer.Argument(help="The person's name as written (余长明).")],
    as_of: AsOfOption = None,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
) -> None:
    """People in the same body at overlapping (or, with --as-of, the same) attested times (saved query colleagues)."""
    _saved("colleagues", {"name": person, "as_of": as_of}, db, neo4j, as_json, as_csv,
           title=f"colleagues of {person}" + (f" at {as_of}" if as_of else ""))


def _output_name(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("must not be empty: give a file (a directory for csv), or - for standard output")
    return value


def export_cmd(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help=f"One of: {', '.join(EXPORT_FORMATS)} (see docs/queries.md).")],
    out: Annotated[
        str,
        typer.Option("--output", "-o", callback=_output_name,
                     help="Output file, - for standard output; for csv a new or empty directory (or kg's previous csv export)."),
    ],
    force: Annotated[
        bool,
        typer.Option("--force", help="csv: write into a directory that holds other files (only kg's files are replaced; nothing is removed)."),
    ] = False,
    person: Annotated[Optional[str], typer.Option("--person", help="Only the part around the persons of this exact name.")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Only the part around this organization (name or short name).")] = None,
    depth: Annotated[Optional[int], typer.Option("--depth", help="Steps from --person / --org (default 2).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Only tenures, memberships and acts in force on this ISO date.")] = None,
    db: DbOption = DEFAULT_DB,
    neo4j: Neo4jOption = None,
) -> None:
    """Export the graph or a part of it: graphml, gexf (dynamic, for Gephi), json (networkx node-link),
    cytoscape (cytoscape.js elements), cypher (a cypher-shell script), csv (neo4j-admin import
    directory), html (one offline page)."""
    from kg.export import FORMATS, Selection, export
    from kg.outputs import refuse_if_same

    if fmt.lower() not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not neo4j:
        refuse_if_same(out, [db, f"{db}.wal"], "the database being exported")
    from kg.progress import Progress

    with read_store(db, neo4j) as store, Progress("kg export") as progress:
        path = export(store, fmt, out, force=force, selection=Selection(person, org, depth, as_of), progress=progress)
    if path != "-":
        typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("query")(query)
    app.command("who-held")(who_held)
    app.command("career")(career)
    app.command("colleagues")(colleagues)
    app.command("export")(export_cmd)
