"""`kg build`: extract, resolve and write the graph into the store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kg.cli.output import DbOption, Neo4jWriteOption
from kg.pipeline import BuildReport, build as build_graph
from kg.progress import Progress
from kg.store import DEFAULT_DB

WorkersOption = Annotated[
    int,
    typer.Option("--workers", "-w", min=0, metavar="N",
                 help="Extract documents in N processes (0: one per core). Same facts as one process."),
]


def _report(report: BuildReport) -> None:
    """The summary line of a build or load on stderr; exit 1 when a document failed."""
    print(
        f"{report.documents} documents, {report.facts} facts → "
        f"{report.nodes} nodes, {report.relationships} relationships in {report.db}",
        file=sys.stderr,
    )
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `kg build` to the app."""

    @app.command("build")
    def build(
        paths: Annotated[list[str] | None, typer.Argument(help="Files or folders of .txt, .md, .html.")] = None,
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jWriteOption = None,
        workers: WorkersOption = 1,
        facts: Annotated[
            list[str] | None,
            typer.Option("--facts", metavar="SHARD",
                         help="Fact shards (JSONL written by `kg extract --shards`, or folders of them) to build from, "
                              "instead of or besides documents. Repeatable."),
        ] = None,
    ) -> None:
        """Build (or extend) the graph from documents: extract, resolve, store.

        Building the same input twice gives the same graph; building more documents into an
        existing database adds them without duplicates, re-resolving and rewriting only what
        they touch (the same graph as a build of everything). A document is its content at its
        resolved path: the same file reached another way is the same document, and an edited
        file replaces its old reading. A build of everything streams: facts wait on disk and
        are resolved and written KG_BATCH facts at a time (default 20000), so memory follows
        the batch, not the corpus. Only one build writes a database at a time (the second
        stops with an error)."""
        from kg.parallel import resolve_workers

        if not paths and not facts:
            raise typer.BadParameter("give documents (files or folders) or --facts SHARD", param_hint="PATHS")
        with Progress("kg build") as progress:
            report = build_graph(
                paths or [], db, uri=neo4j, workers=resolve_workers(workers), shards=facts or [],
                on_error=lambda e: print(f"Error: {e}", file=sys.stderr), progress=progress,
            )
        _report(report)

    @app.command("load")
    def load(
        facts: Annotated[
            list[str],
            typer.Argument(metavar="FACTS...",
                           help="Fact shards (`kg extract --shards DIR`) or facts JSONL (`kg extract -o FILE`): "
                                "files, or folders of *.jsonl."),
        ],
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jWriteOption = None,
    ) -> None:
        """Load facts extracted before (here or elsewhere) into the graph: resolve and store,
        no extraction.

        The same as `kg build --facts FACTS...`: loading into an existing database adds the
        documents (an incremental build), loading into a new one streams. Shards keep each
        document's title, date and jurisdiction, so the graph is the one a build from the
        documents gives; a facts JSONL knows its documents by path only (persons are then
        resolved without a jurisdiction: a warning says so). Progress: documents read / total,
        then the resolve and write stages, with facts and rates."""
        with Progress("kg load") as progress:
            report = build_graph([], db, uri=neo4j, shards=facts, progress=progress,
                                 on_error=lambda e: print(f"Error: {e}", file=sys.stderr))
        _report(report)
