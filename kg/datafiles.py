"""kg's YAML data tables (kg/data/*.yaml), parsed once per content and kept in kg's cache folder.

Why: the tables are read by every process that extracts (titles, clause shapes, career shapes,
abbreviations, places, shared posts, leadership pages). Even with libyaml, parsing them took
~0.05 s per process, a few percent of ``kg extract`` over the samples; a parsed table read back
with ``marshal`` takes well under a millisecond. The cache entry is keyed by a digest of the
file's text (and the Python that wrote it), so an edited table is parsed again and a stale entry
is never used; an entry that cannot be read is ignored and rewritten. Without a cache folder
(``KG_CACHE_DIR=""``) the tables are parsed as before. Tables holding values ``marshal`` cannot
write (dates, say) are simply not cached.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from kg.fast_re import cache_dir

DATA_DIR = Path(__file__).resolve().parent / "data"
_FORMAT = b"kg-yaml-cache 1\n"


def _loader() -> Any:
    """The safe loader, libyaml's when built in (~10x faster). ``yaml`` is imported here, on the
    first table that must be parsed: a run whose tables all come from the cache never loads it
    (~8 ms of every ``kg extract``)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, name: str) -> Any:
    """The YAML ``text`` parsed (safe loader), through the cache when there is one. ``name``
    (the table's file name) names its cache entry: writing a new one removes the older entries
    of that name, so an edited table leaves one entry behind, not one per edit."""
    def parse() -> Any:
        import yaml

        return yaml.load(text, Loader=_loader())

    return cached("yaml-" + name, text, parse)


def cached(name: str, key: str, make: Callable[[], Any]) -> Any:
    """``make()``, or what it gave before for the same ``key`` (the text it is made from), read
    back from kg's cache folder with ``marshal``. Entries are named by ``name`` and a digest of
    ``key`` and of the Python that wrote them: a changed source is made again, a stale entry never
    used, and writing a new one removes the older entries of that name. Without a cache folder,
    or for a value ``marshal`` cannot write, ``make()`` each time."""
    folder = cache_dir()
    if folder is None:
        return make()
    digest = hashlib.sha256(f"{sys.version}\n{key}".encode("utf-8")).hexdigest()[:32]
    stem = "".join(c if c.isalnum() or c == "-" else "_" for c in name) + "-"
    path = folder / f"{stem}{digest}.bin"
    try:
        data = path.read_bytes()
        if data.startswith(_FORMAT):
            return marshal.loads(data[len(_FORMAT):])
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no entry yet, or one that cannot be read: made and written again
    value = make()
    try:
        body = marshal.dumps(value)
    except ValueError:
        return value  # a value marshal cannot write (a date): not cached
    _write(folder, path, _FORMAT + body)
    for old in folder.glob(f"{stem}*.bin"):  # (kg's own entries of this name, older versions)
        if old != path:
            try:
                old.unlink(missing_ok=True)
            except OSError:
                pass
    return value


def load_yaml(name: str) -> Any:
    """``kg/data/<name>`` parsed (see :func:`parse_yaml`)."""
    return parse_yaml((DATA_DIR / name).read_text(encoding="utf-8"), name)


def _write(folder: Path, path: Path, data: bytes) -> None:
    """Write atomically (a temporary file renamed into place); a cache that cannot be written
    costs only speed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".yaml-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
