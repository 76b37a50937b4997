"""Extraction in parallel processes (``--workers N``).

Extraction is a pure function of one document (kg.extract never looks at another document), so
documents are handed to a pool of worker processes in chunks and their results come back in
input order: the facts, their order and everything after them are exactly those of a single
process. Workers send back the document's metadata without its text (the build keeps only the
metadata), which keeps the traffic between processes small.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 8  # documents per task: large enough to amortize the hand-over, small enough to balance


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def resolve_workers(workers: int | None) -> int:
    """0 or None: one per available core; else at least 1."""
    if not workers:
        return available_cpus()
    return max(1, int(workers))


def _context():
    # fork: the workers inherit kg's loaded tables (places, titles, patterns) instead of loading
    # them again; where fork does not exist (Windows, macOS default) the platform's own method
    import multiprocessing  # here: a one-process run (kg extract's default) never loads it

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def map_ordered(fn: Callable[[T], R], items: Sequence[T], workers: int, chunk: int = CHUNK) -> Iterator[R]:
    """``map(fn, items)`` in ``workers`` processes, results in input order as they complete."""
    if workers <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=_context()) as pool:
        yield from pool.map(fn, items, chunksize=chunk)


def extract_file(path: str):
    """Read and extract one file in a worker: an :class:`kg.pipeline.Extracted` whose document
    keeps its metadata but not its text, and its error (if any) in a form that crosses processes
    (kg's errors take their own constructor arguments, which pickle does not replay)."""
    from kg.pipeline import extract_one

    item = extract_one(path)
    if item.doc is not None:
        item.doc = replace(item.doc, original="", text="", offsets=[0])
    error, item.error = item.error, None
    carried = None if error is None else (type(error), error.args, dict(error.__dict__))
    return item, carried


def _rebuild(carried):
    cls, args, state = carried
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def extract_files(paths: Sequence[str], workers: int) -> Iterator:
    """:func:`kg.pipeline.extract_one` over ``paths`` in ``workers`` processes, in input order."""
    for item, carried in map_ordered(extract_file, paths, workers):
        if carried is not None:
            item.error = _rebuild(carried)
        yield item
