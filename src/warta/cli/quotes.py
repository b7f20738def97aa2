"""``warta quotes``: quotes from the knowledge base, by speaker, organisation, date, outlet, kind."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the ``quotes`` command."""
    from warta.store.cli_common import add_db, add_filters, count_arg

    p = subparsers.add_parser(
        "quotes",
        help="list quotes (e.g. --speaker Stoltenberg)",
        description="List stored quotes, newest first, with article id and offsets.",
    )
    add_db(p)
    add_filters(p)
    p.add_argument("--limit", type=count_arg(0), default=100, help="at most this many quotes (0: all)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the quotes."""
    from warta.cli.main import UsageError
    from warta.store.cli_common import emit_json, emit_table, filters, open_store

    store = open_store(args)
    try:
        rows = store.quotes(limit=args.limit or None, **filters(args))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        r["who"] = r.get("speaker_name") or r.get("speaker") or ""
        r["where"] = f"{r['article_id']}:{r['start']}-{r['end']}"
    emit_table(
        rows,
        [
            ("published", "date"),
            ("who", "speaker"),
            ("kind", "kind"),
            ("where", "article:offsets"),
            ("text", "quote"),
        ],
    )
    return 0
