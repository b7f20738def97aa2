"""Parquet files → article records, streamed one record batch at a time (pyarrow).

Columns named like the record fields (``id``, ``text``, ``title``, ``published``, ``url``) are read;
others are not loaded. ``text`` is required. A timestamp or date ``published`` column becomes an ISO
string. pyarrow is the optional ``parquet`` extra.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warta import config
from warta.ingest.readers import FIELDS, Item, ReadError, record_from_mapping, register

MISSING_EXTRA = "reading Parquet needs the 'parquet' extra: pip install 'warta[parquet]'"


def _iso(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def read_parquet(path: Path) -> Iterator[Item]:
    """Every row of a ``.parquet`` file, reading at most one batch of rows at a time."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadError(str(path), MISSING_EXTRA)
        return
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises ArrowInvalid/OSError for bad files
        yield ReadError(str(path), f"not a readable Parquet file ({str(exc).splitlines()[0]})")
        return
    names = pf.schema_arrow.names
    if "text" not in names:
        yield ReadError(str(path), "Parquet file has no 'text' column")
        return
    columns = [c for c in FIELDS if c in names]
    stem = path.name[: -len(".parquet")] if path.name.lower().endswith(".parquet") else path.stem
    row = 0
    batch_size = int(config.get("ingest_parquet", "batch_rows"))
    try:
        for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
            for obj in batch.to_pylist():
                row += 1
                obj["published"] = _iso(obj.get("published"))
                yield record_from_mapping(obj, f"{stem}-{row}", f"{path}:row {row}")
    except Exception as exc:  # noqa: BLE001 - a corrupt row group ends the file, reported once
        yield ReadError(f"{path}:row {row + 1}", f"corrupt Parquet data ({str(exc).splitlines()[0]})")


register(".parquet", read_parquet)
