"""``warta who-said TOPIC``: speakers ranked by the number of their quotes about a topic."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the ``who-said`` command."""
    from warta.store.cli_common import add_db, add_filters, count_arg

    p = subparsers.add_parser(
        "who-said",
        help="who talks about a topic (speakers ranked by quotes)",
        description="Speakers ranked by the number of their quotes matching TOPIC "
        "(full-text, Indonesian stemming).",
    )
    p.add_argument("topic")
    add_db(p)
    add_filters(p, speaker=False)
    p.add_argument("--limit", type=count_arg(1), default=20)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the ranking."""
    from warta.cli.main import UsageError
    from warta.store.cli_common import emit_json, emit_table, filters, open_store

    store = open_store(args)
    try:
        rows = store.who_said(args.topic, limit=args.limit, **filters(args))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    if args.json:
        emit_json(rows)
    else:
        emit_table(
            rows,
            [
                ("quotes", "quotes"),
                ("first", "first"),
                ("last", "last"),
                ("speaker_id", "id"),
                ("name", "speaker"),
            ],
        )
    return 0
