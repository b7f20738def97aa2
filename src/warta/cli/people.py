"""``warta people``: the most quoted people (or organisations); ``merge``/``split`` corrections."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    """Add the ``people`` command with its ``merge`` and ``split`` actions."""
    from warta.store.cli_common import add_db, count_arg

    p = subparsers.add_parser(
        "people",
        help="most quoted people; 'people merge A B', 'people split E ALIAS'",
        description="List people (or organisations) ranked by quotes, then mentions. "
        "'merge' and 'split' correct identities; corrections survive re-ingest.",
    )
    add_db(p)
    p.add_argument("--top", type=count_arg(1), default=20, help="how many (default 20)")
    p.add_argument("--label", choices=("PERSON", "ORG", "LOC", "all"), default="PERSON")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    m = actions.add_parser("merge", help="A and B are the same person/organisation")
    m.add_argument("a", help="name, alias or entity id")
    m.add_argument("b", help="name, alias or entity id")
    add_db(m)
    s = actions.add_parser("split", help="detach aliases of an entity into a separate identity")
    s.add_argument("entity", help="name or entity id")
    s.add_argument("aliases", nargs="+", metavar="ALIAS", help="written form(s) to detach")
    add_db(s)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List, merge or split."""
    from warta.cli.main import InputError, UsageError
    from warta.store.cli_common import emit_json, emit_table, open_store

    store = open_store(args)
    try:
        if args.action in ("merge", "split"):
            try:
                out = (
                    store.merge(args.a, args.b)
                    if args.action == "merge"
                    else store.split(args.entity, args.aliases)
                )
            except LookupError as exc:
                raise InputError(str(exc.args[0] if exc.args else exc)) from None
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            if args.json:
                emit_json(out)
            elif args.action == "merge":
                print(f"merged {' + '.join(out['merged'])} -> {out['entity']}")
            else:
                print(f"split {', '.join(out['aliases'])} off {out['from']} -> {out['entity']}")
            return 0
        rows = store.people(top=args.top, label=None if args.label == "all" else args.label)
    finally:
        store.close()
    if args.json:
        emit_json(rows)
    else:
        emit_table(
            rows,
            [
                ("quote_count", "quotes"),
                ("mention_count", "mentions"),
                ("article_count", "articles"),
                ("id", "id"),
                ("name", "name"),
                ("role", "role"),
                ("aliases", "aliases"),
            ],
        )
    return 0
