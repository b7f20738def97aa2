"""One input, three engines: ``--workers 1``, ``--workers 2`` and ``--engine dask`` give the same records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_corpus import read_jsonl, read_shards, write_corpus
from warta import config

N = 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "berita.jsonl"
    write_corpus(path, N)
    return path


@pytest.fixture
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small chunks and no in-process shortcut, so a 30-article input really uses 2 workers."""
    batch = config.settings()["batch"]
    monkeypatch.setitem(batch, "chunk_records", 4)
    monkeypatch.setitem(batch, "min_records_per_worker", 1)


def test_workers_1_2_and_dask_give_identical_records(cli, corpus: Path, tmp_path: Path, small_tasks) -> None:
    pytest.importorskip("distributed")
    one, two, dask_dir = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "dask"
    r1 = cli("extract", str(corpus), "-o", str(one), "--workers", "1")
    r2 = cli("extract", str(corpus), "-o", str(two), "--workers", "2")
    rd = cli(
        "extract", str(corpus), "-o", str(dask_dir), "--engine", "dask", "--workers", "2", "--shard-size", "7"
    )
    for res in (r1, r2, rd):
        assert res.code == 0, res.err
        assert f"{N} processed, 2 failed" in res.err
        assert f"{corpus}:4: malformed JSON" in res.err and "empty text" in res.err
        assert "Traceback" not in res.err
    records = read_jsonl(one)
    assert [r["id"] for r in records] == [f"art-{i:03d}" for i in range(N)]
    assert any(r["quotes"] for r in records) and any(r["dates"] for r in records)
    assert read_jsonl(two) == records
    assert read_shards(dask_dir) == records
    manifest = json.loads((dask_dir / "manifest.json").read_text("utf-8"))
    assert manifest["total_shards"] == 5  # 32 items (30 articles + 2 bad lines) in shards of 7
    assert sum(s["failed"] for s in manifest["shards"].values()) == 2


def test_parquet_shards_hold_the_same_records(cli, corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    ref = tmp_path / "ref.jsonl"
    assert cli("extract", str(corpus), "-o", str(ref), "--workers", "1").code == 0
    out = tmp_path / "pq"
    res = cli(
        "extract", str(corpus), "-o", str(out), "--format", "parquet", "--shard-size", "10", "--workers", "1"
    )
    assert res.code == 0, res.err
    assert sorted(p.name for p in out.glob("part-*")) == [f"part-{k:06d}.parquet" for k in range(4)]
    assert read_shards(out) == read_jsonl(ref)


def test_finished_directory_is_not_redone(cli, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    assert cli("extract", str(corpus), "-o", f"{out}/", "--workers", "1", "--shard-size", "16").code == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    again = cli("extract", str(corpus), "-o", f"{out}/", "--workers", "1")
    assert again.code == 0
    assert f"{N} processed, 2 failed, {N + 2} of them done by an earlier run" in again.err
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps


def test_directory_of_another_run_is_refused(cli, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"version": 1, "fingerprint": {"inputs": []}}))
    res = cli("extract", str(corpus), "-o", f"{out}/")
    assert res.code == 2 and "another run" in res.err
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("x")
    res = cli("extract", str(corpus), "-o", f"{tmp_path / 'full'}/")
    assert res.code == 2 and "not empty" in res.err


@pytest.mark.parametrize(
    "argv,message",
    [
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
        (["--engine", "dask"], "needs -o DIR"),
        (["--format", "parquet"], "needs -o DIR"),
        (["--workers", "0"], "must be at least 1"),
    ],
)
def test_usage_errors_exit_2(cli, corpus: Path, argv: list[str], message: str) -> None:
    res = cli("extract", str(corpus), *argv)
    assert res.code == 2 and message in res.err and "Traceback" not in res.err


def test_parallel_run_reads_input_only_a_bounded_way_ahead(small_tasks) -> None:
    from itertools import count, islice

    from batch_corpus import article
    from warta.batch.local import run_local
    from warta.ingest import RawRecord

    pulled = 0

    def endless():
        nonlocal pulled
        for i in count():
            pulled += 1
            yield RawRecord(id=f"n{i}", text=article(i % 50)["text"])

    first = list(islice(run_local(endless(), workers=2), 12))
    assert [r["id"] for r in first] == [f"n{i}" for i in range(12)]
    window = 2 * config.get("batch", "tasks_per_worker") * config.get("batch", "chunk_records")
    assert pulled <= 12 + window + 2 * config.get("batch", "min_records_per_worker") + 4
