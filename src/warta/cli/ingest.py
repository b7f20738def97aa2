"""``warta ingest PATH...``: store analysed articles in the knowledge base."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``ingest`` command."""
    from warta.store.cli_common import add_db

    p = subparsers.add_parser(
        "ingest",
        help="store articles (extracted JSONL, or raw JSON/JSONL/text) in the knowledge base",
        description="Store articles in the knowledge base. Extracted records (from 'warta extract') are "
        "stored as they are; raw records ({id, text, published, url, title, outlet}) and .txt files are "
        "analysed first (.txt, .json, .jsonl, .csv, .parquet, .html, .warc). Re-ingesting an article "
        "(same URL, else same text) adds nothing.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders (any format 'warta extract' reads); - for stdin",
    )
    add_db(p)
    p.add_argument("--replace", action="store_true", help="re-store articles that are already stored")
    p.add_argument("--batch-size", type=int, default=None, help="articles per transaction")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest and print a summary (JSON with ``--json``)."""
    from sqlalchemy.exc import SQLAlchemyError
    from tqdm import tqdm

    from warta.cli.main import InputError
    from warta.store.cli_common import emit_json, open_store
    from warta.store.records import RecordError, iter_records

    store = open_store(args, create=True)
    try:
        with tqdm(unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            summary = store.ingest(
                iter_records(args.paths),
                replace=args.replace,
                progress=bar.update,
                batch_size=args.batch_size,
            )
        stats = store.stats()
    except RecordError as exc:
        raise InputError(str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:  # read-only or full disk, server gone mid-run
        raise InputError(_write_failure(args, exc)) from None
    finally:
        store.close()
    out = {**summary.to_dict(), "totals": stats}
    if args.json:
        emit_json(out)
    else:
        rate = summary.read / summary.seconds if summary.seconds else 0.0
        print(
            f"read {summary.read}, added {summary.added}, unchanged {summary.unchanged}, "
            f"replaced {summary.replaced}, failed {summary.failed} in {summary.seconds:.1f}s "
            f"({rate:.0f} articles/s)"
        )
        print(
            f"knowledge base: {stats['articles']} articles, {stats['quotes']} quotes, "
            f"{stats['people']} people, {stats['organisations']} organisations"
        )
        shown = 20
        for err in summary.errors[:shown]:
            print(f"warta ingest: error: {err}", file=sys.stderr)
        if len(summary.errors) > shown:
            more = len(summary.errors) - shown
            print(f"warta ingest: ... and {more} more errors (all in --json)", file=sys.stderr)
    return 1 if summary.failed and not summary.added and not summary.unchanged else 0


def _write_failure(args: argparse.Namespace, exc: Exception) -> str:
    """One line for a database that failed while writing; committed batches are kept."""
    from warta import config

    cause = getattr(exc, "orig", None) or exc
    reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    url = args.db or str(config.get("store", "default_db"))
    if "@" in url:  # never echo a password
        url = url.split("://", 1)[0] + "://…@" + url.rsplit("@", 1)[1]
    return (
        f"{url}: writing failed ({reason}); the batches stored before the failure are kept, "
        "rerun the same command to resume"
    )
