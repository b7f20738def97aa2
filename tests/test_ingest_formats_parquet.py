"""Parquet input: streamed by batches, timestamps become ISO dates, bad rows reported by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from warta import config  # noqa: E402
from warta.ingest import RawRecord, ReadError, iter_records  # noqa: E402


def test_parquet_rows_across_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(config.settings()["ingest_parquet"], "batch_rows", 3)
    n = 10
    table = pa.table(
        {
            "id": [f"a{i}" if i != 4 else None for i in range(n)],
            "text": [f"Artikel nomor {i} tentang banjir." if i != 7 else "  " for i in range(n)],
            "published": [dt.datetime(2023, 1, 1 + i, 8, 0) for i in range(n)],
            "image": [b"\x00" * 10 for _ in range(n)],  # a column the reader does not load
        }
    )
    path = tmp_path / "korpus.parquet"
    pq.write_table(table, path, row_group_size=4)
    items = list(iter_records([str(path)]))
    assert len(items) == n
    records = [x for x in items if isinstance(x, RawRecord)]
    assert [r.id for r in records][:5] == ["a0", "a1", "a2", "a3", "korpus-5"]
    assert records[0].published == "2023-01-01T08:00:00"
    assert records[9 - 1].text == "Artikel nomor 9 tentang banjir."
    (bad,) = [x for x in items if isinstance(x, ReadError)]
    assert bad.origin == f"{path}:row 8" and "empty text" in bad.message


def test_parquet_without_text_column_and_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "tanpa.parquet"
    pq.write_table(pa.table({"body": ["x"]}), path)
    (err,) = iter_records([str(path)])
    assert isinstance(err, ReadError) and "no 'text' column" in err.message
    junk = tmp_path / "rusak.parquet"
    junk.write_bytes(b"not parquet at all")
    (err,) = iter_records([str(junk)])
    assert isinstance(err, ReadError) and "not a readable Parquet file" in err.message
