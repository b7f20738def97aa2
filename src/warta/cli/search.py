"""``warta search QUERY``: full-text search over quotes and article texts (Indonesian stemming)."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the ``search`` command."""
    from warta.store.cli_common import add_db, add_filters, count_arg

    p = subparsers.add_parser(
        "search",
        help="search quotes and articles in the knowledge base",
        description="Full-text search with Indonesian stemming (keanggotaan matches "
        'anggota). All words are required; "quoted words" form a phrase.',
    )
    p.add_argument("query")
    add_db(p)
    add_filters(p)
    p.add_argument(
        "--in",
        dest="scope",
        choices=("all", "quotes", "articles"),
        default="all",
        help="search quotes, articles or both (default; speaker/org/kind filters imply quotes)",
    )
    p.add_argument("--limit", type=count_arg(1), default=None, help="hits per kind (default 20)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the hits."""
    from warta.cli.main import UsageError
    from warta.store.cli_common import emit_json, emit_table, filters, open_store

    store = open_store(args)
    try:
        hits = store.search(args.query, scope=args.scope, limit=args.limit, **filters(args))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    if args.json:
        emit_json(hits)
        return 0
    for h in hits:
        h["who"] = h.get("speaker_name") or h.get("speaker") or ""
        h["match"] = h.get("text") if h["type"] == "quote" else (h.get("title") or "") + " " + h["snippet"]
    emit_table(
        hits,
        [
            ("type", "type"),
            ("published", "date"),
            ("article_id", "article"),
            ("who", "speaker"),
            ("match", "text"),
        ],
    )
    return 0
