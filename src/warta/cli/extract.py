"""``warta extract PATH... [-o OUT] [--workers N] [--engine local|dask]``: analyse articles.

Writes schema v1 records: to standard output, to one JSONL file (``-o out.jsonl``, resumable), or
to a directory of shards plus a manifest (``-o DIR/``, ``--format parquet`` or ``--engine dask``,
resumable by shard). Bad input is one line on stderr naming file and line; the run goes on. Exit
code 0 if anything was processed, 1 if nothing, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from warta.cli.main import InputError, UsageError

if TYPE_CHECKING:
    from warta.batch.progress import Progress
    from warta.batch.runner import Tally

INPUTS = ".txt/.html/.json/.jsonl[.gz]/.csv/.parquet/.warc[.gz] files, directories, - for stdin"


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``extract`` command."""
    p = sub.add_parser("extract", help="analyse articles and write JSON Lines (schema v1)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=INPUTS)
    p.add_argument(
        "-o",
        "--output",
        help="output JSONL file, or a directory (ending in /; implied by --engine dask, --format parquet, "
        "--shard-size) for sharded output with a manifest (default: standard output)",
    )
    p.add_argument("--workers", type=_positive, default=None, help="worker processes (default: all cores)")
    p.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="where to run (default local)"
    )
    p.add_argument(
        "--scheduler", metavar="URL", help="Dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster)"
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default=None,
        help="shard format in the output directory (default jsonl)",
    )
    p.add_argument(
        "--shard-size",
        type=_positive,
        default=None,
        metavar="N",
        help="records per output shard (default from settings [batch] shard_records)",
    )
    p.set_defaults(func=run)


def _directory_output(args: argparse.Namespace) -> bool:
    out = args.output
    return bool(
        args.engine == "dask"
        or args.format == "parquet"
        or args.shard_size
        or (out and out.endswith(("/", os.sep)))
    )


def _check(args: argparse.Namespace) -> None:
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.output and not _directory_output(args) and Path(args.output).is_dir():
        raise UsageError(
            f"{args.output}: is a directory; -o takes a file name (end it with / for sharded output)"
        )
    if _directory_output(args) and not args.output:
        raise UsageError("sharded output (--engine dask, --format parquet, --shard-size) needs -o DIR")
    if _directory_output(args) and "-" in args.paths:
        raise UsageError("sharded output cannot read standard input; give files or directories")
    if args.engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            from warta.batch.dask_engine import MISSING_EXTRA

            raise UsageError(MISSING_EXTRA) from None
    if args.format:
        from warta.batch.formats import check_format

        if problem := check_format(args.format):
            raise UsageError(problem)


def run(args: argparse.Namespace) -> int:
    """Run ``warta extract`` from parsed arguments; exit code 0 if anything was processed, else 1."""
    from warta.batch.local import BatchError, default_workers
    from warta.batch.progress import Progress

    _check(args)
    workers = args.workers or default_workers()
    paths = list(args.paths)
    t0 = time.perf_counter()
    progress = Progress(None if "-" in paths else paths)
    try:
        tally = _dispatch(args, paths, workers, progress)
    except BatchError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:  # disk full, output removed under our feet…
        raise InputError(f"cannot write the output ({exc.strerror or exc})") from None
    finally:
        progress.close()
    secs = time.perf_counter() - t0
    resumed = f", {tally.resumed} of them done by an earlier run" if tally.resumed else ""
    print(
        f"warta extract: {tally.processed} processed, {tally.failed} failed{resumed} ({secs:.1f} s)",
        file=sys.stderr,
    )
    return 0 if tally.processed else 1


def _dispatch(args: argparse.Namespace, paths: list[str], workers: int, progress: Progress) -> Tally:
    from warta.batch import runner

    if _directory_output(args):
        from warta import config
        from warta.batch.shards import ShardDir, StateMismatch

        try:
            sdir = ShardDir.open(
                Path(args.output),
                paths,
                args.format or "jsonl",
                args.shard_size,
                int(config.get("batch", "shard_records")),
            )
        except StateMismatch as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
        if args.engine == "dask":
            from warta.batch.dask_engine import DaskUnavailable

            try:
                return runner.extract_dir(paths, sdir, workers, progress, "dask", args.scheduler)
            except DaskUnavailable as exc:
                raise UsageError(str(exc)) from None
        return runner.extract_dir(paths, sdir, workers, progress)
    if args.output:
        target = Path(args.output)
        if not (target.parent if str(target.parent) else Path(".")).is_dir():
            raise UsageError(f"{target}: its directory does not exist")
        try:
            return runner.extract_file(paths, target, workers, progress)
        except PermissionError as exc:
            raise UsageError(f"{target}: cannot write ({exc.strerror})") from None
    tally = runner.extract_stream(paths, sys.stdout, workers, progress)
    sys.stdout.flush()
    return tally
