"""PostgreSQL restarted in the middle of ``warta ingest``: the run either rides over the restart or
stops with one clear line, and a rerun resumes to the complete state with nothing duplicated.

Needs ``WARTA_TEST_PG_URL`` and a server started with ``scripts/ci_postgres.sh start [DIR]``
(``WARTA_TEST_PG_DIR``, default ``$TMPDIR/warta-ci-pg``), which the test restarts with ``pg_ctl``.
"""

from __future__ import annotations

import glob
import os
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from faults_helpers import assert_one_line_error, run_warta, start_warta, write_extracted

PG_URL = os.environ.get("WARTA_TEST_PG_URL")
PG_DIR = Path(os.environ.get("WARTA_TEST_PG_DIR", Path(tempfile.gettempdir()) / "warta-ci-pg"))
N = 1500

pytestmark = pytest.mark.skipif(
    not PG_URL or not (PG_DIR / "postmaster.pid").exists(),
    reason="needs WARTA_TEST_PG_URL and a server from scripts/ci_postgres.sh (to restart it)",
)


def _pg_ctl(*args: str) -> None:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    cmd = [bins[-1] if bins else "pg_ctl", "-D", str(PG_DIR), "-l", str(PG_DIR / "server.log"), *args]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    # no pipes: the restarted server would inherit them and keep them open
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def pg_db():
    """A fresh database on the test server; its URL."""
    psycopg = pytest.importorskip("psycopg")
    name = f"warta_fault_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    yield url
    with psycopg.connect(PG_URL, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _rows(url: str, sql: str) -> list[tuple]:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5) as con:
            return con.execute(sql).fetchall()
    except psycopg.Error:
        return []


def test_faults_postgres_restart_mid_ingest_then_resume(pg_db, tmp_path):
    path = tmp_path / "corpus.jsonl"
    ids = write_extracted(path, N)
    cmd = ["ingest", str(path), "--db", pg_db, "--batch-size", "10"]
    proc = start_warta(*cmd, stderr_to=tmp_path / "err.txt")
    t0 = time.monotonic()
    while time.monotonic() - t0 < 240 and proc.poll() is None:
        count = _rows(pg_db, "SELECT COUNT(*) FROM articles")
        if count and count[0][0] >= 50:
            break
        time.sleep(0.02)
    restarted_mid_run = proc.poll() is None
    _pg_ctl("-m", "fast", "-w", "-t", "60", "restart")
    rc = proc.wait(timeout=300)
    err = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert "Traceback" not in err
    if rc != 0:
        assert_one_line_error(err)
        assert "rerun" in err
    res = run_warta(*cmd)
    assert res.returncode == 0, res.stderr
    stored = [r[0] for r in _rows(pg_db, "SELECT id FROM articles")]
    assert sorted(stored) == sorted(ids)  # 0 lost, 0 duplicated
    assert _rows(pg_db, "SELECT COUNT(*) FROM surfaces WHERE entity_id IS NULL") == [(0,)]
    assert _rows(pg_db, "SELECT COUNT(*) FROM quotes") == [(N,)]
    print(f"restarted mid-run: {restarted_mid_run}, exit {rc}, stderr: {err.strip()}")
    assert restarted_mid_run or rc == 0
