"""`kg build`: extract, resolve and write the graph into the store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress

from kg.output import DbOption, Neo4jOption
from kg.pipeline import build as build_graph
from kg.store import DEFAULT_DB


def register(app: typer.Typer) -> None:
    """Add `kg build` to the app."""

    @app.command("build")
    def build(
        paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt, .md, .html.")],
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jOption = None,
    ) -> None:
        """Build (or extend) the graph from documents: extract, resolve, store.

        Building the same input twice gives the same graph; building more documents into an
        existing database adds them without duplicates (everything is re-resolved). A document
        is its content at its resolved path: the same file reached another way is the same
        document, and an edited file replaces its old reading. Only one build writes a
        database at a time (the second stops with an error)."""
        target = db
        with Progress(transient=True, disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("reading", total=None)
            report = build_graph(
                paths, target, uri=neo4j,
                on_file=lambda p: progress.update(task, description=f"reading {escape(p)}", advance=1),
                on_error=lambda e: print(f"Error: {e}", file=sys.stderr),
            )
        print(
            f"{report.documents} documents, {report.facts} facts → "
            f"{report.nodes} nodes, {report.relationships} relationships in {report.db}",
            file=sys.stderr,
        )
        if report.errors:
            raise typer.Exit(1)
