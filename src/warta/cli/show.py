"""``warta show PATH...``: analyse articles and print a readable report (not JSON)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``show`` command."""
    p = sub.add_parser("show", help="analyse articles and print a readable report")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files (as for extract), - for stdin")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print one report per article; errors go to stderr; exit 1 when nothing could be shown."""
    from warta.batch.local import run_local
    from warta.ingest import ReadError, iter_records
    from warta.report import format_article

    shown = failed = 0
    for result in run_local(iter_records(args.paths)):
        if isinstance(result, ReadError):
            failed += 1
            print(f"warta show: error: {result}", file=sys.stderr)
            continue
        if shown:
            print()
        print(format_article(result))
        shown += 1
    return 0 if shown else 1
