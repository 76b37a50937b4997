"""`kg extract`: documents in, facts out as JSON Lines (the contract in README.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.errors import KgError
from kg.cli.output import printable
from kg.outputs import STDOUT, open_output, refuse_if_same
from kg.pipeline import doc_info, extract_paths
from kg.run import extract_to  # (re-exported: kg.cli.extract_cmd.extract_to)
from kg.progress import Progress


def _output_name(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("must not be empty: give a file, or - for standard output")
    return value


def extract_shards(paths: list[str], out_dir: str, *, workers: int = 1, shard_size: int = 1000,
                   progress: Progress | None = None) -> tuple[int, int, int, list[Path]]:
    """Extract ``paths`` into fact shards ``out_dir/shard-NNNNN.jsonl`` (kg.shards), ``shard_size``
    documents each, for `kg build --facts`. Returns (read, failed, facts, shard files)."""
    from kg.shards import write_shard

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out_dir}: not a folder")
    progress = progress or Progress(enabled=False)
    progress.stage("extract")
    read = failed = facts = 0
    batch: list = []
    written: list[Path] = []

    def flush() -> None:
        nonlocal batch
        if batch:
            path = out / f"shard-{len(written):05d}.jsonl"
            write_shard(path, batch)
            written.append(path)
            batch = []

    for item in extract_paths(paths, workers=workers, dedupe=True, on_total=progress.total):
        progress.advance(1, facts=len(item.facts))
        if item.error is not None:
            print(f"Error: {printable(item.error, one_line=True)}", file=sys.stderr)
            failed += 1
            continue
        read += 1
        assert item.doc is not None  # read (no error)
        real = [item.real_path] if item.real_path else []
        if item.same_as is not None:  # the same content again: recorded as a second path of it
            batch.append((doc_info(item.doc, real), []))
        else:
            batch.append((doc_info(item.doc, real), item.facts))
            facts += len(item.facts)
        if len(batch) >= shard_size:
            flush()
    flush()
    progress.end()
    if not read:
        raise KgError("no document could be read; no shard was written")
    return read, failed, facts, written


def register(app: typer.Typer) -> None:
    """Add `kg extract` to the app."""

    @app.command("extract")
    def extract(
        paths: Annotated[list[str], typer.Argument(help="Files or folders of .txt, .md, .html.")],
        output: Annotated[
            str,
            typer.Option("-o", "--output", callback=_output_name,
                         help="JSONL file to write (replaced only when the run succeeds); - for stdout."),
        ] = STDOUT,
        workers: Annotated[
            int,
            typer.Option("--workers", "-w", min=0, metavar="N",
                         help="Extract in N processes (0: one per core); the output is the same as with one."),
        ] = 1,
        shards: Annotated[
            str | None,
            typer.Option("--shards", metavar="DIR",
                         help="Write fact shards (documents and their facts) into DIR for `kg build --facts DIR`."),
        ] = None,
        shard_size: Annotated[int, typer.Option("--shard-size", min=1, help="Documents per shard.")] = 1000,
        engine: Annotated[
            str,
            typer.Option("--engine", metavar="local|dask",
                         help="With --shards: dask extracts on Dask (pip install 'kg-officials[distributed]'): local processes, "
                              "or the cluster given by --scheduler."),
        ] = "local",
        scheduler: Annotated[
            str | None, typer.Option("--scheduler", metavar="ADDRESS", help="A dask.distributed scheduler (tcp://host:8786).")
        ] = None,
    ) -> None:
        """Extract personnel acts and office-holding facts, one JSON object per line."""
        from kg.parallel import resolve_workers

        if engine not in ("local", "dask"):
            raise typer.BadParameter("local or dask", param_hint="--engine")
        if engine == "dask":
            if shards is None:
                raise typer.BadParameter("--engine dask writes shards: give --shards DIR", param_hint="--engine")
            from kg.distributed import extract_with_dask

            parts = extract_with_dask(paths, shards, partition_size=shard_size, scheduler=scheduler)
            for part in parts:
                for line in part["errors"]:
                    print(f"Error: {printable(line, one_line=True)}", file=sys.stderr)
            n = sum(1 for p in parts if p["shard"])
            print(f"{sum(p['facts'] for p in parts)} facts → {n} shards in {printable(shards, one_line=True)}", file=sys.stderr)
            if any(p["errors"] for p in parts):
                raise typer.Exit(1)
            return
        with Progress("kg extract") as progress:
            if shards is not None:
                _, failed, facts, files = extract_shards(paths, shards, workers=resolve_workers(workers),
                                                         shard_size=shard_size, progress=progress)
                print(f"{facts} facts → {len(files)} shards in {printable(shards, one_line=True)}", file=sys.stderr)
                if failed:
                    raise typer.Exit(1)
                return
            _, failed, facts = extract_to(paths, output, workers=resolve_workers(workers), progress=progress)
        if output != STDOUT:
            print(f"{facts} facts → {printable(output, one_line=True)}", file=sys.stderr)
        if failed:
            raise typer.Exit(1)
