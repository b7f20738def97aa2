"""Local batch runs: analyse a stream of raw records in this process or in worker processes.

Results come back in input order. Each worker process loads the pipeline once.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from warta.ingest import RawRecord, ReadError
from warta.pipeline import Analyzer, Meta

Result = dict | ReadError

_WORKER: Analyzer | None = None


def _meta(rec: RawRecord) -> Meta:
    return Meta(id=rec.id, title=rec.title, url=rec.url, published=rec.published)


def _failure(rec: RawRecord, exc: BaseException) -> ReadError:
    message = str(exc) if isinstance(exc, ValueError) else f"analysis failed ({type(exc).__name__}: {exc})"
    return ReadError(rec.origin or rec.id, message)


def analyze_records(records: Iterable[RawRecord], analyzer: Analyzer | None = None) -> Iterator[Result]:
    """Analyse records in this process, batched through spaCy; yields dicts or errors in order."""
    analyzer = analyzer or Analyzer()
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


def _init_worker() -> None:
    global _WORKER
    _WORKER = Analyzer()


def _work(chunk: list[RawRecord]) -> list[Result]:
    assert _WORKER is not None
    return list(analyze_records(chunk, _WORKER))


def run_local(items: Iterable[RawRecord | ReadError], workers: int = 1, chunk: int = 16) -> Iterator[Result]:
    """Analyse ``items`` (read errors pass through in place) with ``workers`` processes, in order."""
    if workers <= 1:
        pending: list[RawRecord] = []
        for item in items:
            if isinstance(item, ReadError):
                yield from analyze_records(pending)
                pending = []
                yield item
            else:
                pending.append(item)
        yield from analyze_records(pending)
        return
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        for batch in pool.imap(_work_items, _chunks(items, chunk)):
            yield from batch


def _chunks(items: Iterable[RawRecord | ReadError], size: int) -> Iterator[list[RawRecord | ReadError]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _work_items(chunk: list[RawRecord | ReadError]) -> list[Result]:
    out: list[Result] = []
    records = [x for x in chunk if isinstance(x, RawRecord)]
    done = iter(_work(records))
    for item in chunk:
        out.append(item if isinstance(item, ReadError) else next(done))
    return out
