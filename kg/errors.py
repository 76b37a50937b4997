"""One root for every error `kg` raises on purpose.

The CLI prints ``Error: <message>`` on one line (no traceback) for any :class:`KgError`;
messages name the file, query or value at fault and, where it helps, what to do.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of all errors a user can cause and fix."""


class InputError(KgError):
    """A document cannot be read: missing, binary, empty, undecodable, unsupported."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class QueryError(KgError):
    """A saved query is unknown, malformed, or was given bad parameters."""


class StoreError(KgError):
    """The graph store cannot be opened or written (locked, missing, wrong schema)."""


class GoldError(KgError):
    """A gold or prediction file for `kg eval` is malformed."""
