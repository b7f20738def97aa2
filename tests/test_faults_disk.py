"""Read-only output paths and a full disk: one clear line on stderr, a non-zero exit, no traceback,
no partial output file, and an existing knowledge base left intact (``integrity_check`` ok).

A read-only place is made with ``chmod`` (as root, which ignores modes, with ``chattr +i``); a full
disk is simulated with ``RLIMIT_FSIZE`` in the child (SIGXFSZ ignored, so writes fail with EFBIG).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from faults_helpers import assert_one_line_error, integrity, run_warta, snapshot, write_extracted

pytest.importorskip("sqlalchemy")

RAW = [
    {"id": "r1", "text": "Gubernur Budi Santoso meresmikan jembatan baru di Bandung pada Senin."},
    {"id": "r2", "text": '"Kami siap," kata Menteri Perhubungan Siti Rahmawati di Jakarta, Selasa.'},
]


def _set_immutable(path: Path, on: bool) -> bool:
    if os.geteuid() != 0:
        path.chmod((0o555 if path.is_dir() else 0o444) if on else (0o755 if path.is_dir() else 0o644))
        return True
    res = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return res.returncode == 0


@pytest.fixture
def readonly():
    """``readonly(path)`` makes a file or directory unwritable until the test ends."""
    done: list[Path] = []

    def make(path: Path) -> Path:
        if shutil.which("chattr") is None and os.geteuid() == 0:
            pytest.skip("running as root without chattr: cannot make a path read-only")
        if not _set_immutable(path, True):
            pytest.skip("chattr +i not permitted here")
        done.append(path)
        return path

    yield make
    for path in reversed(done):
        _set_immutable(path, False)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    d = tmp_path_factory.mktemp("disk")
    path = d / "corpus.jsonl"
    write_extracted(path, 300)
    ref = d / "ref.db"
    assert run_warta("ingest", str(path), "--db", str(ref), "--batch-size", "10").returncode == 0
    return path, snapshot(ref)


def _fsize_limit(limit: int):
    def pre() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return pre


def test_faults_extract_to_readonly_dir(tmp_path, readonly):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RAW), encoding="utf-8")
    out_dir = tmp_path / "ro"
    out_dir.mkdir()
    readonly(out_dir)
    res = run_warta("extract", str(src), "-o", str(out_dir / "out.jsonl"))
    assert res.returncode != 0
    assert_one_line_error(res.stderr)
    assert str(out_dir / "out.jsonl") in res.stderr
    assert not any(out_dir.iterdir())


@pytest.fixture
def ro_dir(tmp_path, readonly):
    d = tmp_path / "ro"
    d.mkdir()
    return d, readonly


def test_faults_ingest_new_db_in_readonly_dir(extracted, ro_dir):
    path, _ = extracted
    d, readonly = ro_dir
    readonly(d)
    res = run_warta("ingest", str(path), "--db", str(d / "kb.db"))
    assert res.returncode == 1
    assert_one_line_error(res.stderr)
    assert not any(d.iterdir())


def test_faults_ingest_into_readonly_db_keeps_it_intact(extracted, ro_dir, tmp_path):
    path, reference = extracted
    d, readonly = ro_dir
    db = d / "kb.db"
    half = tmp_path / "half.jsonl"
    write_extracted(half, 100)
    assert run_warta("ingest", str(half), "--db", str(db)).returncode == 0
    before = snapshot(db)
    readonly(db)
    res = run_warta("ingest", str(path), "--db", str(db))
    assert res.returncode == 1
    assert_one_line_error(res.stderr)
    assert "rerun" in res.stderr
    assert integrity(db) == "ok"
    assert snapshot(db) == before


def test_faults_full_disk_during_ingest_then_resume(extracted, tmp_path):
    path, reference = extracted
    db = tmp_path / "kb.db"
    cmd = ["ingest", str(path), "--db", str(db), "--batch-size", "10"]
    res = run_warta(*cmd, preexec_fn=_fsize_limit(300_000))
    assert res.returncode == 1
    assert_one_line_error(res.stderr)
    assert integrity(db) == "ok"
    stored = snapshot(db)["articles"]
    assert stored < reference["articles"]  # the limit did stop the run part-way
    res = run_warta(*cmd)  # space again: the rerun completes, nothing duplicated
    assert res.returncode == 0, res.stderr
    assert integrity(db) == "ok"
    assert snapshot(db) == reference


def test_faults_full_disk_during_extract_leaves_no_partial_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RAW * 3), encoding="utf-8")
    out = tmp_path / "out" / "out.jsonl"
    out.parent.mkdir()
    res = run_warta("extract", str(src), "-o", str(out), preexec_fn=_fsize_limit(1500))
    assert res.returncode != 0
    assert_one_line_error(res.stderr)
    assert not out.exists()  # only the resume checkpoint is left, never a truncated out.jsonl
    res = run_warta("extract", str(src), "-o", str(out))  # space again: the rerun completes
    assert res.returncode == 0, res.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(ln)["id"] for ln in lines) == sorted(r["id"] for r in RAW * 3)
