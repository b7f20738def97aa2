"""kill -9 during ``warta ingest`` (SQLite): the rerun loses nothing, duplicates nothing, and the
database passes ``PRAGMA integrity_check`` after every kill."""

from __future__ import annotations

import signal
import time

import pytest

from faults_helpers import integrity, run_warta, snapshot, start_warta, table_rows, write_extracted

pytest.importorskip("sqlalchemy")

N = 1500


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        return table_rows(db, "SELECT COUNT(*) FROM articles")[0][0]
    except Exception:  # noqa: BLE001 - schema not created yet, or locked for a moment
        return 0


def _kill_when(db, at_least: int, proc, deadline: float = 240.0) -> bool:
    """SIGKILL ``proc`` once ``db`` holds ``at_least`` articles; False if it finished first."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < deadline:
        if proc.poll() is not None:
            return False
        if _count(db) >= at_least:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
            return True
        time.sleep(0.005)
    proc.kill()
    raise AssertionError("ingest made no progress")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("kill")
    path = d / "corpus.jsonl"
    ids = write_extracted(path, N)
    ref = d / "ref.db"
    res = run_warta("ingest", str(path), "--db", str(ref), "--batch-size", "10")
    assert res.returncode == 0, res.stderr
    return path, ids, snapshot(ref)


def test_faults_kill9_ingest_then_rerun_is_complete(corpus, tmp_path):
    path, ids, reference = corpus
    db = tmp_path / "kb.db"
    killed = 0
    for threshold in (1, N // 3, 2 * N // 3):  # three kills at different points of the run
        proc = start_warta("ingest", str(path), "--db", str(db), "--batch-size", "10")
        if _kill_when(db, threshold, proc):
            killed += 1
            assert proc.returncode == -signal.SIGKILL
            assert integrity(db) == "ok"
            stored = _count(db)
            assert stored < N or killed > 1  # the first kill lands before the end
    assert killed >= 1, "every run finished before it could be killed"
    res = run_warta("ingest", str(path), "--db", str(db), "--batch-size", "10")
    assert res.returncode == 0, res.stderr
    assert integrity(db) == "ok"
    after = snapshot(db)
    assert after["ids"] == sorted(ids)  # 0 lost, 0 duplicated
    assert after["keys_unique"] == 1
    assert after == reference


def test_faults_kill_after_last_batch_rerun_builds_identities(corpus, tmp_path):
    """A kill between the last committed batch and the identity rebuild: the rerun adds no article
    but must still leave the people/organisation tables complete."""
    from warta.store.api import open_store
    from warta.store.records import iter_records

    path, ids, reference = corpus
    db = tmp_path / "kb.db"
    store = open_store(str(db), create=True)
    try:
        from warta.store.ingest import Ingester

        Ingester(store.engine, store.index, batch_size=50).run(iter_records([str(path)]))  # no rebuild
    finally:
        store.close()
    assert _count(db) == N
    res = run_warta("ingest", str(path), "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert snapshot(db) == reference
