"""Extraction beyond one machine: Dask over a folder, writing fact shards for `kg build --facts`.

Why Dask (not Ray): extraction is a pure function of one document, so what is needed is a
map over files that writes one shard per partition -- ``dask.bag`` is exactly that, in pure
Python with a small footprint (installed from PyPI with ``pip install 'kg-officials[distributed]'``),
the same code runs on the local machine (processes) and on a cluster
(``dask.distributed``: ``--scheduler tcp://host:8786``), and fsspec paths come with it. Ray
would bring a large binary runtime and an actor model kg does not need.

Each partition of the file list is extracted on a worker and written as one shard
``shard-NNNNN.jsonl`` (kg.shards) into a folder every worker can reach (a shared file system;
with fsspec any URL it writes). ``kg build --facts FOLDER`` then builds the graph; it is the
same graph as a build from the documents themselves (tests/test_scale.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from kg.errors import KgError


def available() -> bool:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        return False
    return True


def _extract_partition(index: int, paths: Sequence[str], out_dir: str) -> dict:
    """On a worker: extract ``paths`` and write them as shard number ``index``."""
    from kg.pipeline import doc_info, extract_paths
    from kg.shards import write_shard

    items, errors, facts = [], [], 0
    for item in extract_paths(paths, dedupe=True):
        if item.error is not None:
            errors.append(str(item.error))
            continue
        assert item.doc is not None  # read (no error)
        own = [] if item.same_as is not None else item.facts
        items.append((doc_info(item.doc, [item.real_path] if item.real_path else []), own))
        facts += len(own)
    path = Path(out_dir) / f"shard-{index:05d}.jsonl"
    if items:
        write_shard(path, items)
    return {"shard": str(path) if items else None, "read": len(items), "errors": errors, "facts": facts}


def extract_with_dask(paths: Sequence[str], out_dir: str, *, partition_size: int = 200,
                      scheduler: str | None = None) -> list[dict]:
    """Extract the files under ``paths`` with Dask, ``partition_size`` files per shard.

    ``scheduler``: None runs Dask's local process pool; an address (tcp://host:8786) runs on that
    dask.distributed cluster. Returns one summary per partition (shard path, documents read,
    error lines, facts), in partition order."""
    if not available():
        raise KgError("Dask is not installed: pip install 'kg-officials[distributed]' (or pip install dask)")
    import dask
    import dask.bag as db

    from kg.reading import iter_input_files

    files = [p for p, _ in iter_input_files(list(paths))]  # unreadable ones are reported by the workers
    if not files:
        raise KgError("no input files")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    chunks = [files[i:i + partition_size] for i in range(0, len(files), partition_size)]
    bag = db.from_sequence(list(enumerate(chunks)), npartitions=len(chunks))
    tasks = bag.map(lambda ic: _extract_partition(ic[0], ic[1], out_dir))
    if scheduler:
        from dask.distributed import Client  # optional: pip install 'dask[distributed]'

        with Client(scheduler):
            return tasks.compute()
    with dask.config.set(scheduler="processes"):
        return tasks.compute()
