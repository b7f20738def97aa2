"""The Dask engine: shards of the input analysed on a Dask cluster (``--engine dask``).

The client (``warta extract``) reads the input, cuts it into shards (:mod:`warta.batch.shards`) and
submits each shard's records as one task; a worker runs the same pipeline as the local engine (loaded
once per worker process) and returns the shard encoded in the output format; the client writes it
and enters it in the manifest. At most two tasks per worker thread are in flight, so the client's
memory stays flat. Workers need Warta installed, not the input files nor the output directory.

Without a scheduler address a :class:`distributed.LocalCluster` is started: processes bound to
127.0.0.1, one thread each, no dashboard, scratch space in a temporary directory.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack
from functools import cache
from typing import Any

from warta.batch.formats import encode
from warta.batch.local import BatchError, Item, analyze_records, load_analyzer
from warta.batch.progress import Progress
from warta.batch.shards import ShardDir
from warta.ingest import RawRecord, ReadError

MISSING_EXTRA = "--engine dask needs the 'dask' extra: pip install 'warta[dask]'"
PREFIX = "warta extract: error: "


class DaskUnavailable(RuntimeError):
    """Dask is not installed or the scheduler cannot be reached."""


@cache
def _analyzer() -> Any:
    return load_analyzer()


def dask_setup(worker: Any) -> None:
    """Dask preload hook (``dask worker --preload warta.batch.dask_engine``): load the pipeline at start."""
    _analyzer()


def analyze_shard(records: list[RawRecord], fmt: str) -> tuple[bytes, int, list[str]]:
    """Worker side: analyse one shard's records; (encoded shard, records written, error lines)."""
    out: list[dict] = []
    errors: list[str] = []
    for result in analyze_records(records, _analyzer()):
        if isinstance(result, ReadError):
            errors.append(str(result))
        else:
            out.append(result)
    return encode(out, fmt), len(out), errors


def dask_client(stack: ExitStack, scheduler: str | None, workers: int) -> Any:
    """A Dask client entered on ``stack``: on ``scheduler``, or on a LocalCluster of ``workers``
    processes bound to 127.0.0.1, without dashboard, scratch space in a temp dir."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable(MISSING_EXTRA) from None
    if scheduler:
        try:
            return stack.enter_context(Client(scheduler, timeout="30s"))
        except OSError as exc:
            raise DaskUnavailable(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="warta-dask-"))
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # no dashboard; the scheduler's small HTTP endpoint (health, metrics) on a free loopback port
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            local_directory=scratch,
            silence_logs=logging.ERROR,
        )
    )
    return stack.enter_context(Client(cluster))


def run_dask(
    groups: Iterable[tuple[int, list[Item]]],
    sdir: ShardDir,
    scheduler: str | None,
    workers: int,
    progress: Progress,
    tally: Any,
) -> None:
    """Analyse every ``(shard, items)`` group on Dask and commit each shard to ``sdir`` as it ends."""
    with ExitStack() as stack:
        client = dask_client(stack, scheduler, workers)
        from distributed import as_completed

        window = 2 * max(1, sum(client.nthreads().values()))
        running = as_completed()
        failed_reading: dict[int, int] = {}
        n_items: dict[int, int] = {}
        shard_of: dict[str, int] = {}

        def collect(fut: Any) -> None:
            k = shard_of.pop(fut.key)
            try:
                data, n_ok, errors = fut.result()
            except Exception as exc:  # noqa: BLE001 - the task's own error, on one line
                first = (str(exc).strip().splitlines() or [""])[0]
                raise BatchError(
                    f"shard {k} failed on a Dask worker ({type(exc).__name__}: {first})"
                ) from None
            for line in errors:
                progress.error(PREFIX + line)
            tally.processed += n_ok
            tally.failed += len(errors)
            sdir.commit(k, data, n_ok, failed_reading.pop(k) + len(errors))
            progress.advance(n_items.pop(k))

        for k, group in groups:
            records = [x for x in group if isinstance(x, RawRecord)]
            for err in (x for x in group if isinstance(x, ReadError)):
                progress.error(f"{PREFIX}{err}")
            failed_reading[k] = len(group) - len(records)
            tally.failed += failed_reading[k]
            n_items[k] = len(group)
            fut = client.submit(analyze_shard, records, sdir.fmt, pure=False)
            shard_of[fut.key] = k
            running.add(fut)
            while running.count() >= window:
                collect(next(running))
        for fut in running:
            collect(fut)
