"""A run killed with SIGKILL mid-way and started again gives exactly an uninterrupted run's output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_corpus import read_jsonl, read_shards, write_corpus

N = 120
WARTA = [sys.executable, "-m", "warta.cli.main"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "berita.jsonl"
    write_corpus(path, N, bad_at=(40,))
    return path


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Settings with frequent checkpoints and small tasks so that a kill lands mid-way."""
    path = tmp_path_factory.mktemp("settings") / "settings.toml"
    path.write_text(
        "[batch]\ncheckpoint_records = 5\nchunk_records = 4\nmin_records_per_worker = 1\ntasks_per_worker = 1\n"
    )
    return {**os.environ, "WARTA_SETTINGS": str(path)}


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The uninterrupted run (in this process: the pipeline is loaded once for the whole suite)."""
    from warta.cli.main import main

    out = tmp_path_factory.mktemp("ref") / "ref.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "--workers", "1"]) == 0
    records = read_jsonl(out)
    assert len(records) == N
    return records


def _kill_when(argv: list[str], env: dict[str, str], ready, timeout: float = 300) -> None:
    """Start ``warta`` in its own process group and SIGKILL the whole group once ``ready()``."""
    proc = subprocess.Popen(
        [*WARTA, *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            assert proc.poll() is None, (
                "the run ended before it could be killed: " + proc.stderr.read().decode()
            )
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def _resume(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run([*WARTA, *argv], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def _checkpointed(state: Path, at_least: int):
    def ready() -> bool:
        try:
            return json.loads(state.read_text("utf-8"))["items"] >= at_least
        except (OSError, ValueError, KeyError):
            return False

    return ready


def test_single_file_output_resumes_after_sigkill(corpus, env, reference, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(corpus), "-o", str(out), "--workers", "2"]
    _kill_when(argv, env, _checkpointed(tmp_path / ".out.jsonl.warta-resume.json", 10))
    assert not out.exists()  # nothing half-written under the final name
    done = _resume(argv, env)
    assert read_jsonl(out) == reference
    assert f"{N} processed, 1 failed" in done.stderr and "done by an earlier run" in done.stderr
    assert not list(tmp_path.glob(".out.jsonl.*"))  # partial file and checkpoint cleaned up


def test_shard_directory_resumes_after_sigkill(corpus, env, reference, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    argv = ["extract", str(corpus), "-o", f"{out}/", "--workers", "2", "--shard-size", "10"]

    def two_shards() -> bool:
        try:
            return len(json.loads((out / "manifest.json").read_text("utf-8"))["shards"]) >= 2
        except (OSError, ValueError, KeyError):
            return False

    _kill_when(argv, env, two_shards)
    first = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*")}
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert not manifest["complete"] and len(manifest["shards"]) < 13
    _resume(argv, env)
    assert read_shards(out) == reference
    for name, stamp in first.items():  # finished shards were not redone
        if name in {s["file"] for s in manifest["shards"].values()}:
            assert (out / name).stat().st_mtime_ns == stamp
    assert not list(out.glob(".*.tmp"))
