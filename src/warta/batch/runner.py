"""Batch runs to standard output, to one JSONL file (resumable), or to a sharded directory.

* **stdout**: records stream out in input order; nothing to resume.
* **one file** (``-o out.jsonl``): records go to a hidden partial file next to the target; every
  ``checkpoint_records`` items the file is flushed and fsynced and a checkpoint (items consumed,
  byte length, counts, run fingerprint) is replaced atomically. A killed run started again truncates
  the partial file to the checkpoint and skips the items it covers; when done, the partial file is
  renamed to the target. The result is one JSONL file, identical to an uninterrupted run's.
* **a directory** (``-o DIR/``, ``--format parquet`` or ``--engine dask``): one file per shard plus
  a manifest (:mod:`warta.batch.shards`); shards are the resume unit.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TextIO

from warta import config
from warta.batch.formats import encode
from warta.batch.local import Item, Result, run_local
from warta.batch.progress import Progress
from warta.batch.shards import ShardCounter, ShardDir
from warta.batch.state import fingerprint, fsync_dir, read_json, write_json
from warta.ingest import ReadError, iter_records

PREFIX = "warta extract: error: "


@dataclass
class Tally:
    """Counts of a run: ``processed``/``failed`` include ``resumed`` items done by an earlier run."""

    processed: int = 0
    failed: int = 0
    resumed: int = 0


def _count(result: Result, tally: Tally, progress: Progress) -> bool:
    """Count one result (report it if it is an error); True for a record to write."""
    progress.advance()
    if isinstance(result, ReadError):
        tally.failed += 1
        progress.error(f"{PREFIX}{result}")
        return False
    tally.processed += 1
    return True


def extract_stream(paths: list[str], out: TextIO, workers: int, progress: Progress) -> Tally:
    """Analyse every article under ``paths``, writing JSON Lines to ``out`` in input order."""
    tally = Tally()
    for result in run_local(iter_records(paths), workers=workers, as_json=True):
        if _count(result, tally, progress):
            out.write(result)
    return tally


def _hidden(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{suffix}")


def extract_file(paths: list[str], target: Path, workers: int, progress: Progress) -> Tally:
    """Analyse into one JSONL file, resumable after a kill (see the module docstring)."""
    partial, state = _hidden(target, "warta-partial"), _hidden(target, "warta-resume.json")
    fp = fingerprint(paths, output="jsonl")
    ck = None if "-" in paths else read_json(state)  # standard input cannot be read again
    tally, skip, offset = Tally(), 0, 0
    if ck and ck.get("fingerprint") == fp:
        if ck.get("complete") and target.exists() and not partial.exists():
            state.unlink(missing_ok=True)  # killed after the final rename: the file is whole
            return Tally(ck["processed"], ck["failed"], ck["items"])
        if partial.exists() and partial.stat().st_size >= ck["bytes"]:
            skip, offset = ck["items"], ck["bytes"]
            tally = Tally(ck["processed"], ck["failed"], skip)
    every = int(config.get("batch", "checkpoint_records"))
    with open(partial, "r+b" if offset else "wb") as fh:
        fh.truncate(offset)
        fh.seek(offset)

        def checkpoint(items: int, complete: bool = False) -> None:
            fh.flush()
            os.fsync(fh.fileno())
            write_json(
                state,
                {
                    "fingerprint": fp,
                    "items": items,
                    "bytes": fh.tell(),
                    "processed": tally.processed,
                    "failed": tally.failed,
                    "complete": complete,
                },
            )

        checkpoint(skip)
        progress.advance(skip)
        items = skip
        for result in run_local(islice(iter_records(paths), skip, None), workers=workers, as_json=True):
            if _count(result, tally, progress):
                fh.write(result.encode("utf-8"))
            items += 1
            if items % every == 0:
                checkpoint(items)
        checkpoint(items, complete=True)
    os.replace(partial, target)
    fsync_dir(target.parent)
    state.unlink(missing_ok=True)
    return tally


def _resumed(sdir: ShardDir, tally: Tally) -> None:
    done_ok, done_failed = sdir.totals()
    tally.processed, tally.failed = done_ok, done_failed
    tally.resumed = done_ok + done_failed


def extract_dir(
    paths: list[str],
    sdir: ShardDir,
    workers: int,
    progress: Progress,
    engine: str = "local",
    scheduler: str | None = None,
) -> Tally:
    """Analyse into the sharded directory ``sdir`` with the local or the Dask engine."""
    tally = Tally()
    _resumed(sdir, tally)
    progress.advance(tally.resumed)
    if sdir.complete:
        return tally
    counter = ShardCounter(sdir.shard_records)
    groups = counter.groups(iter_records(paths), sdir.done)
    if engine == "dask":
        from warta.batch.dask_engine import run_dask

        run_dask(groups, sdir, scheduler, workers, progress, tally)
    else:
        _local_shards(groups, sdir, workers, progress, tally)
    sdir.finish(counter.total_shards)
    return tally


def _local_shards(
    groups: Iterable[tuple[int, list[Item]]], sdir: ShardDir, workers: int, progress: Progress, tally: Tally
) -> None:
    tags: deque[tuple[int, int]] = deque()

    def feed() -> Iterator[Item]:
        for k, group in groups:
            tags.append((k, len(group)))
            yield from group

    as_json = sdir.fmt == "jsonl"  # records come back as JSON Lines text, encoded in the workers
    results = run_local(feed(), workers=workers, as_json=as_json)
    while True:
        first = next(results, None)
        if first is None:
            break
        k, n = tags.popleft()
        records, failed = [], 0
        for result in [first, *islice(results, n - 1)]:
            if _count(result, tally, progress):
                records.append(result)
            else:
                failed += 1
        data = "".join(records).encode("utf-8") if as_json else encode(records, sdir.fmt)
        sdir.commit(k, data, len(records), failed)
