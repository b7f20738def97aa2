"""The ``warta`` command: each sub-command lives in its own module under ``warta.cli``.

A command module defines ``register(subparsers) -> None`` that adds its parser and sets
``func=<callable(args) -> int>`` as the parser default. Modules are listed in ``COMMANDS``.
User errors raise :class:`UsageError` (exit 2) or :class:`InputError` (exit 1): one line on
stderr, no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from warta import __version__

COMMANDS = (
    "extract",
    "show",
    "eval",
    "train",
    "ingest",
    "search",
    "quotes",
    "who_said",
    "people",
    "person",
    "export",
    "serve",
)


class UsageError(Exception):
    """A wrong command line: reported in one line, exit code 2."""


class InputError(Exception):
    """Input that cannot be processed at all: reported in one line, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every available sub-command registered."""
    parser = argparse.ArgumentParser(prog="warta", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"warta.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"warta.cli.{name}":
                continue  # command not built (or its optional extra not installed)
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``warta`` console script."""
    # psycopg logs a warning about the broken pipeline while a lost connection is already being
    # reported by the command itself (one line): keep its internals off the user's terminal.
    logging.getLogger("psycopg").setLevel(logging.ERROR)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"warta {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"warta {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the command was told to read or write: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"warta {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
