"""Shared pieces of the fault tests: a corpus of extracted records, running the real ``warta``
command in a subprocess, and reading a SQLite knowledge base directly."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from store_fixtures import record

WARTA = [sys.executable, "-c", "import sys; from warta.cli.main import main; sys.exit(main())"]
TIMEOUT = 300  # generous: a hang fails the test, a slow shared machine does not


def write_extracted(path: Path, n: int, start: int = 0) -> list[str]:
    """``n`` extracted (schema v1) articles with distinct URLs, one speaker and a quote each."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            who = f"Budi Santoso{i}"
            quote = f"Kami siap membangun jalan nomor {i},"
            text = f'Gubernur {who} berbicara di Bandung. "{quote}" kata {who}.'
            rec = record(
                f"a{i}",
                text,
                url=f"https://berita.example/a/{i}",
                published="2023-01-02",
                entities=[(who, "PERSON", who, "Gubernur"), ("Bandung", "LOC", "Bandung", None)],
                quotes=[(quote, "direct", who, "PERSON", "Gubernur")],
            )
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            ids.append(f"a{i}")
    return ids


def run_warta(*args: str, timeout: float = TIMEOUT, **kw) -> subprocess.CompletedProcess:
    """Run ``warta ARGS`` to completion (text output captured)."""
    return subprocess.run(
        [*WARTA, *args], capture_output=True, text=True, timeout=timeout, env=_env(), **kw
    )


def start_warta(*args: str, stderr_to: Path | None = None, **kw) -> subprocess.Popen:
    """Start ``warta ARGS`` without waiting; stdout is discarded, stderr goes to ``stderr_to``."""
    err = stderr_to.open("w") if stderr_to else subprocess.DEVNULL
    try:
        return subprocess.Popen([*WARTA, *args], stdout=subprocess.DEVNULL, stderr=err, env=_env(), **kw)
    finally:
        if stderr_to:
            err.close()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    return env


def assert_one_line_error(stderr: str) -> None:
    """A user-facing failure: one ``warta …: error:`` line, no traceback, no Python internals."""
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert ": error: " in lines[0], stderr


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of a SQLite file (opened read-only)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def table_rows(db: Path, sql: str) -> list[tuple]:
    """Rows of a query on a SQLite file (opened read-only)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, object]:
    """What a complete ingest must leave: article ids, per-table counts, surface counts and the
    identities built from them."""
    return {
        "ids": sorted(r[0] for r in table_rows(db, "SELECT id FROM articles")),
        "keys_unique": table_rows(db, "SELECT COUNT(*) = COUNT(DISTINCT key) FROM articles")[0][0],
        **{t: table_rows(db, f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("articles", "quotes", "mentions", "surfaces", "entities")},  # noqa: E501
        "surface_counts": table_rows(
            db, "SELECT label, key, mention_count, quote_count FROM surfaces ORDER BY label, key, role_key"
        ),
        "unlinked": table_rows(db, "SELECT COUNT(*) FROM surfaces WHERE entity_id IS NULL")[0][0],
    }
