"""(placeholder) command group; see kg/cli/__init__.py."""

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
