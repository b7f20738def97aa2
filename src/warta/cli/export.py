"""``warta export``: the knowledge base as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``export`` command."""
    from warta.store.cli_common import add_db

    p = subparsers.add_parser(
        "export",
        help="export quotes/articles/people as jsonl, csv or parquet",
        description="Export a table of the knowledge base. JSON Lines of 'articles' "
        "are full schema v1 records with entity ids; the other tables are flat rows.",
    )
    add_db(p, json_out=False)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--table", choices=("quotes", "articles", "people", "mentions"), default="quotes")
    p.add_argument(
        "-o", "--output", metavar="PATH", help="output file (default stdout; required for parquet)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the export; the row count goes to stderr."""
    from warta.cli.main import InputError, UsageError
    from warta.store.cli_common import open_store
    from warta.store.export import export

    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o PATH")
    store = open_store(args)
    try:
        if args.format == "parquet":
            try:
                n = export(store.engine, "parquet", args.table, args.output)
            except ImportError:
                raise InputError("Parquet export needs pyarrow: pip install 'warta[parquet]'") from None
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as fh:
                n = export(store.engine, args.format, args.table, fh)
        else:
            n = export(store.engine, args.format, args.table, sys.stdout)
    finally:
        store.close()
    print(f"exported {n} {args.table} rows", file=sys.stderr)
    return 0
