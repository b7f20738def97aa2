"""Shared pieces of the knowledge-base commands: common options, opening the store with one-line
errors, and output as readable tables or JSON."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from typing import Any

from warta import config


def add_db(parser: argparse.ArgumentParser, json_out: bool = True) -> None:
    """``--db URL`` (and ``--json``)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="knowledge base: a SQLite path or postgresql://… (default: warta.db)",
    )
    if json_out:
        parser.add_argument("--json", action="store_true", help="print a JSON array instead of a table")


def date_arg(value: str) -> str:
    """An argparse type: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that is a real calendar date."""
    from datetime import date

    parts = value.strip().split("-")
    try:
        if not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
            raise ValueError
        nums = [int(p) for p in parts] + [1] * (3 - len(parts))
        date(*nums)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value.strip()


def count_arg(minimum: int) -> Any:
    """An argparse type: an integer of at least ``minimum``."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = minimum - 1
        if n < minimum:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= {minimum}")
        return n

    return parse


def add_filters(parser: argparse.ArgumentParser, speaker: bool = True) -> None:
    """The quote filters: speaker, organisation, dates, outlet, kind."""
    if speaker:
        parser.add_argument("--speaker", help="speaker name, alias or entity id")
    parser.add_argument("--org", help="organisation the speaker speaks for (name, acronym or entity id)")
    parser.add_argument("--since", metavar="DATE", type=date_arg, help="published on or after YYYY[-MM[-DD]]")
    parser.add_argument(
        "--until", metavar="DATE", type=date_arg, help="published on or before YYYY[-MM[-DD]]"
    )
    parser.add_argument("--outlet", help="outlet name, e.g. detik, kompas")
    parser.add_argument("--kind", choices=("direct", "indirect"), help="quote kind")


def filters(args: argparse.Namespace) -> dict[str, str | None]:
    """The filter keyword arguments for the store API."""
    keys = ("speaker", "org", "since", "until", "outlet", "kind")
    return {k: getattr(args, k, None) for k in keys}


def open_store(args: argparse.Namespace, create: bool = False):
    """Open ``args.db``; missing database or missing extra -> :class:`InputError`."""
    from warta.cli.main import InputError

    try:
        from warta.store.api import open_store as _open
    except ImportError as exc:
        raise InputError(
            f"the knowledge base needs the 'store' extra: pip install 'warta[store]' ({exc})"
        ) from None
    url = args.db or str(config.get("store", "default_db"))
    try:
        return _open(url, create=create)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from None
    except ImportError as exc:
        raise InputError(f"database driver missing: pip install 'warta[postgres]' ({exc})") from None
    except Exception as exc:  # connection refused, bad URL, newer schema, ...
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")) or isinstance(exc, RuntimeError):
            raise InputError(f"cannot open {url}: {str(exc).splitlines()[0]}") from None
        raise


def emit_json(obj: Any) -> None:
    """Print ``obj`` as JSON (UTF-8, indented)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value).replace("\n", " ")


def emit_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]], *, wrap_last: bool = True
) -> None:
    """Print ``rows`` as an aligned table of ``columns`` (``(key, header)``); the last column is
    cut to the terminal width."""
    if not rows:
        print("(nothing found)")
        return
    cells = [[_cell(r.get(k)) for k, _ in columns] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, (_, h) in enumerate(columns)]
    widths = [min(w, 40) for w in widths[:-1]] + [widths[-1]]
    term = shutil.get_terminal_size((120, 24)).columns
    room = max(20, term - sum(widths[:-1]) - 2 * (len(columns) - 1))
    if wrap_last:
        widths[-1] = min(widths[-1], room)

    def fmt(values: list[str]) -> str:
        out = []
        for v, w in zip(values, widths, strict=True):
            out.append((v[: w - 1] + "…") if len(v) > w else v.ljust(w))
        return "  ".join(out).rstrip()

    print(fmt([h for _, h in columns]))
    print(fmt(["-" * w for w in widths]))
    for c in cells:
        print(fmt(c))
