"""Progress and error reporting on stderr for batch runs.

The bar (tqdm: articles, articles/s, ETA) shows only when stderr is a terminal; error lines are
always printed, one per bad input, without breaking the bar. The total for the ETA is counted in a
background thread by cheap per-format counters (lines of JSONL, Parquet metadata, …).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from warta.ingest import readers


def _count_lines(path: Path) -> int:
    n = 0
    with readers._open_binary(path) as fh:
        for line in fh:
            n += bool(line.strip())
    return n


def _count_parquet(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _count_csv(path: Path) -> int:
    return sum(1 for x in readers.read_csv(path))


def _count_warc(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        return sum(1 for r in ArchiveIterator(fh) if r.rec_type in ("response", "resource"))


COUNTERS: dict[str, Callable[[Path], int]] = {
    ".jsonl": _count_lines,
    ".jsonl.gz": _count_lines,
    ".ndjson": _count_lines,
    ".parquet": _count_parquet,
    ".csv": _count_csv,
    ".csv.gz": _count_csv,
    ".warc": _count_warc,
    ".warc.gz": _count_warc,
    ".txt": lambda p: 1,
    ".html": lambda p: 1,
    ".htm": lambda p: 1,
}


def count_items(paths: Iterable[str]) -> int | None:
    """About how many items ``iter_records(paths)`` yields, or ``None`` when it cannot tell cheaply."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            lower = file.name.lower()
            suffix = next((s for s in sorted(COUNTERS, key=len, reverse=True) if lower.endswith(s)), None)
            if suffix is None:
                if path.is_dir():
                    continue
                return None
            try:
                total += COUNTERS[suffix](file)
            except Exception:  # noqa: BLE001 - an estimate only; the real read reports errors
                return None
    return total


class Progress:
    """A progress bar on a terminal, error lines always; ``advance`` counts finished items."""

    def __init__(self, paths: list[str] | None = None, err: TextIO | None = None, initial: int = 0) -> None:
        self.err = err or sys.stderr
        enabled = bool(getattr(self.err, "isatty", lambda: False)())
        self.bar = tqdm(
            total=None,
            initial=initial,
            unit=" articles",
            file=self.err,
            disable=not enabled,
            dynamic_ncols=True,
            smoothing=0.1,
        )
        if enabled and paths:
            threading.Thread(target=self._set_total, args=(list(paths),), daemon=True).start()

    def _set_total(self, paths: list[str]) -> None:
        total = count_items(paths)
        if total is not None and not self.bar.disable:
            self.bar.total = total
            self.bar.refresh()

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more finished items."""
        self.bar.update(n)

    def error(self, message: str) -> None:
        """One line on stderr (above the bar when there is one)."""
        if self.bar.disable:
            print(message, file=self.err, flush=True)
        else:
            self.bar.write(message, file=self.err)

    def close(self) -> None:
        """Remove the bar."""
        self.bar.close()
