"""Local batch runs: analyse a stream of raw records in this process or in worker processes.

Results come back in input order, one per input item (a read error passes through in its place).
Each worker process loads the pipeline once and analyses chunks of records with ``nlp.pipe``; at
most ``tasks_per_worker`` chunks per worker are in flight, so the input is never read far ahead
and memory stays flat. A worker whose parent dies (``kill -9``) exits by itself.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice

from warta import config
from warta.batch.formats import jsonl_line
from warta.ingest import RawRecord, ReadError
from warta.pipeline import Analyzer, Meta

Item = RawRecord | ReadError
Result = dict | str | ReadError

_WORKER: Analyzer | None = None
_WORKER_FAILED: str | None = None
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class BatchError(RuntimeError):
    """The batch cannot go on (a worker process died); reported in one line."""


class PipelineUnavailable(BatchError):
    """The analysis pipeline cannot be loaded (a broken model install, say)."""


def default_workers() -> int:
    """All cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def load_analyzer() -> Analyzer:
    """The pipeline, or :class:`PipelineUnavailable` with a one-line reason."""
    try:
        return Analyzer()
    except Exception as exc:  # noqa: BLE001 - a broken model install must not be a traceback
        raise PipelineUnavailable(f"cannot load the pipeline ({_first_line(exc)})") from None


def _meta(rec: RawRecord) -> Meta:
    return Meta(id=rec.id, title=rec.title, url=rec.url, published=rec.published)


def _failure(rec: RawRecord, exc: BaseException) -> ReadError:
    message = str(exc) if isinstance(exc, ValueError) else f"analysis failed ({type(exc).__name__}: {exc})"
    return ReadError(rec.origin or rec.id, message)


def analyze_records(records: Iterable[RawRecord], analyzer: Analyzer | None = None) -> Iterator[Result]:
    """Analyse records in this process, batched through spaCy; yields dicts or errors in order."""
    analyzer = analyzer or load_analyzer()
    records = iter(records)
    while chunk := list(islice(records, analyzer.batch_size)):
        try:
            results = list(analyzer.analyze_many((r.text, _meta(r)) for r in chunk))
        except Exception:  # one bad article must not sink its batch: redo one by one
            results = []
            for rec in chunk:
                try:
                    results.append(analyzer.analyze(rec.text, _meta(rec)))
                except Exception as exc:  # noqa: BLE001 - reported per article, never silently dropped
                    results.append(exc)
        for rec, res in zip(chunk, results, strict=True):
            yield _failure(rec, res) if isinstance(res, BaseException) else res.to_dict()


def analyze_items(items: list[Item], analyzer: Analyzer | None = None) -> list[Result]:
    """Analyse a list of records and read errors; read errors stay in place."""
    done = iter(analyze_records([x for x in items if isinstance(x, RawRecord)], analyzer))
    return [item if isinstance(item, ReadError) else next(done) for item in items]


def _watch_parent(ppid: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != ppid:  # re-parented: whoever started us is gone
            os._exit(1)


def _init_worker() -> None:
    global _WORKER, _WORKER_FAILED
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (no worker tracebacks)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _WORKER = load_analyzer()
    except PipelineUnavailable as exc:  # reported by the first task, in one line
        _WORKER_FAILED = str(exc)


def _encoded(results: list[Result], as_json: bool) -> list[Result]:
    """Records as JSON Lines text when ``as_json`` (cheaper to pass between processes than dicts)."""
    return [jsonl_line(r) if as_json and isinstance(r, dict) else r for r in results]


def _work(chunk: list[Item], as_json: bool = False) -> list[Result]:
    if _WORKER is None:
        raise PipelineUnavailable(f"in a worker process: {_WORKER_FAILED}")
    return _encoded(analyze_items(chunk, _WORKER), as_json)


def _context() -> mp.context.BaseContext:
    """forkserver where available (safe with threads, imports done once), else spawn."""
    if sys.platform.startswith("linux"):
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["warta.batch._warm"])
        return ctx
    return mp.get_context("spawn")


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_local(
    items: Iterable[Item], workers: int = 1, chunk: int | None = None, as_json: bool = False
) -> Iterator[Result]:
    """Analyse ``items`` with ``workers`` processes; one result per item, in input order.

    A result is the output record (a dict, or its JSON Lines text with ``as_json``, encoded in the
    worker) or the item's :class:`ReadError`.

    A small input (fewer than ``min_records_per_worker`` items per worker) runs in this process.
    """
    chunk = chunk or int(config.get("batch", "chunk_records"))
    items = iter(items)
    if workers > 1:
        head = list(islice(items, workers * int(config.get("batch", "min_records_per_worker"))))
        small = len(head) < workers * int(config.get("batch", "min_records_per_worker"))
        items = chain(head, items)
        if small:
            workers = 1
    if workers <= 1:
        analyzer: Analyzer | None = None  # loaded at the first article (a resumed run may need none)
        for part in _chunks(items, chunk):
            if analyzer is None and any(isinstance(x, RawRecord) for x in part):
                analyzer = load_analyzer()
            yield from _encoded(analyze_items(part, analyzer), as_json) if analyzer else part
        return
    yield from _run_pool(items, workers, chunk, as_json)


def _run_pool(items: Iterator[Item], workers: int, chunk: int, as_json: bool) -> Iterator[Result]:
    for var in _THREAD_VARS:  # one core per worker: no BLAS thread pools competing
        os.environ.setdefault(var, "1")
    window = workers * int(config.get("batch", "tasks_per_worker"))
    pending: deque[Future] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker)
    try:
        for part in _chunks(items, chunk):
            pending.append(pool.submit(_work, part, as_json))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise BatchError("a worker process died (out of memory?); finished output is kept") from None
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
