"""``warta person NAME``: one person's (or organisation's) profile from the knowledge base."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the ``person`` command."""
    from warta.store.cli_common import add_db

    p = subparsers.add_parser(
        "person",
        help="profile: aliases, roles over time, quotes by month, co-mentions",
        description="Profile of the best-known person or organisation matching NAME.",
    )
    p.add_argument("name")
    add_db(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the profile."""
    from warta.cli.main import InputError
    from warta.store.cli_common import emit_json, emit_table, open_store

    store = open_store(args)
    try:
        prof = store.person(args.name)
    except LookupError as exc:
        raise InputError(str(exc.args[0] if exc.args else exc)) from None
    finally:
        store.close()
    if args.json:
        emit_json([prof])
        return 0
    print(f"{prof['name']}  [{prof['id']}, {prof['label']}]  role: {prof['role'] or '-'}")
    print(
        f"{prof['quote_count']} quotes, {prof['mention_count']} mentions in {prof['article_count']} articles"
    )
    if prof["other_matches"]:
        print(f"other matches: {', '.join(prof['other_matches'])}")
    sections = (
        ("aliases", [("count", "uses"), ("confidence", "link"), ("alias", "alias")]),
        ("roles", [("first", "first"), ("last", "last"), ("count", "uses"), ("role", "role")]),
        ("quotes_by_month", [("month", "month"), ("quotes", "quotes")]),
        ("co_mentioned", [("articles", "articles"), ("label", "label"), ("id", "id"), ("name", "name")]),
        ("latest_quotes", [("published", "date"), ("article_id", "article"), ("text", "quote")]),
    )
    for key, cols in sections:
        print(f"\n{key.replace('_', ' ')}:")
        emit_table(prof[key], cols)
    return 0
