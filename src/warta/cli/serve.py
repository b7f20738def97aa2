"""``warta serve``: the web UI and JSON API over a knowledge base (FastAPI + uvicorn)."""

from __future__ import annotations

import argparse
import ipaddress
import sys

from warta import config


def register(subparsers) -> None:
    """Add the ``serve`` command."""
    p = subparsers.add_parser(
        "serve",
        help="web UI and JSON API over the knowledge base",
        description="Serve the knowledge base read-only: web UI at /, JSON API under /api/, "
        "OpenAPI at /openapi.json, API docs at /docs.",
    )
    p.add_argument("--db", metavar="URL", default=None, help="knowledge base: SQLite path or postgresql://…")
    p.add_argument(
        "--host",
        default=str(config.get("serve", "host")),
        help="address to bind (default 127.0.0.1: this machine only)",
    )
    p.add_argument("--port", type=int, default=int(config.get("serve", "port")), help="port (default 8000)")
    p.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    """True when ``host`` is only reachable from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    """Open the knowledge base and serve it until interrupted."""
    from warta.cli.main import InputError, UsageError

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be 1-65535, not {args.port}")
    try:
        import uvicorn

        from warta.serve import create_app
    except ImportError as exc:
        raise InputError(
            f"the web service needs the 'serve' extra: pip install 'warta[serve]' ({exc})"
        ) from None
    url = args.db or str(config.get("store", "default_db"))
    try:
        app = create_app(url)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from None
    except ImportError as exc:
        raise InputError(f"database driver missing: pip install 'warta[postgres]' ({exc})") from None
    except Exception as exc:  # connection refused, bad URL, newer schema
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")) or isinstance(exc, RuntimeError):
            raise InputError(f"cannot open {url}: {str(exc).splitlines()[0]}") from None
        raise
    if not is_loopback(args.host):
        print(
            f"warta serve: WARNING: listening on {args.host}, reachable from other machines. There is "
            "no login: anyone who can reach this port can read the whole knowledge base.",
            file=sys.stderr,
        )
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"warta serve: http://{shown}:{args.port}/ (API docs at /docs); Ctrl+C stops", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
