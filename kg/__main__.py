"""`python -m kg` is the `kg` command."""

from kg.run import run

run()
