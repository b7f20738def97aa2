"""``warta extract PATH... [-o OUT] [--workers N]``: analyse articles, write schema v1 JSON Lines."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from warta.cli.main import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``extract`` command."""
    p = sub.add_parser("extract", help="analyse articles and write JSON Lines (schema v1)")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=".txt/.json/.jsonl/.csv files, directories, - for stdin"
    )
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.set_defaults(func=run)


def extract(paths: list[str], out: TextIO, workers: int = 1, err: TextIO | None = None) -> tuple[int, int]:
    """Analyse every article under ``paths`` and write one JSON record per line to ``out``.

    Bad input is reported on ``err`` (one line each, naming file and line) and counted; returns
    ``(processed, failed)``.
    """
    from warta.batch.local import run_local
    from warta.ingest import ReadError, iter_records

    err = err or sys.stderr
    processed = failed = 0
    for result in run_local(iter_records(paths), workers=workers):
        if isinstance(result, ReadError):
            failed += 1
            print(f"warta extract: error: {result}", file=err)
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        processed += 1
    return processed, failed


def run(args: argparse.Namespace) -> int:
    """Run ``warta extract`` from parsed arguments; exit code 0 if anything was processed, else 1."""
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    t0 = time.perf_counter()
    if args.output:
        target = Path(args.output)
        if target.is_dir():
            raise UsageError(f"{target}: is a directory; -o takes a file name")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path("."))
        except OSError as exc:
            raise UsageError(f"{target}: cannot write ({exc.strerror})") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                processed, failed = extract(args.paths, fh, args.workers)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    else:
        processed, failed = extract(args.paths, sys.stdout, args.workers)
        sys.stdout.flush()
    secs = time.perf_counter() - t0
    print(f"warta extract: {processed} processed, {failed} failed ({secs:.1f} s)", file=sys.stderr)
    return 0 if processed else 1
