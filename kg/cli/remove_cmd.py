"""`kg remove`: take documents, and what only they supported, out of the graph."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kg.cli.output import DbOption, Neo4jWriteOption
from kg.pipeline import remove as remove_documents
from kg.store import DEFAULT_DB


def register(app: typer.Typer) -> None:
    """Add `kg remove` to the app."""

    @app.command("remove")
    def remove(
        docs: Annotated[list[str], typer.Argument(metavar="DOC...", help="A document's path (as built, or any path to the same file), or its sha256 / id prefix (6+ hex digits).")],
        db: DbOption = DEFAULT_DB,
        neo4j: Neo4jWriteOption = None,
    ) -> None:
        """Remove documents from the graph, with every fact, event and tenure only they supported.

        What they touched is re-resolved from the stored raw facts and rewritten all or nothing.
        A path takes that path off its document (a document read at several paths stays while
        one is left); a sha256 or id prefix removes the document. An unknown document is an
        error and nothing changes."""
        report = remove_documents(docs, db, uri=neo4j)
        for d in report.removed:
            print(f"removed {d['path']} ({d['id']})", file=sys.stderr)
        for d, paths in report.unlinked:
            print(f"kept {d['path']} ({d['id']}): {', '.join(paths)} taken off it", file=sys.stderr)
        print(
            f"{report.documents} documents, {report.facts} facts → "
            f"{report.nodes} nodes, {report.relationships} relationships in {report.db}",
            file=sys.stderr,
        )
