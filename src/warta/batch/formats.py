"""Output shard formats: JSON Lines (one schema v1 record per line) and Parquet.

The Parquet schema is derived from the document model (:mod:`warta.model`), so every shard of a
run has the same columns whatever its records hold: annotations are lists of structs, spans are
lists of ``[start, end]`` pairs.
"""

from __future__ import annotations

import dataclasses
import io
import json
from functools import cache
from typing import Any

from warta import model

FORMATS = ("jsonl", "parquet")
PARQUET_MISSING = "--format parquet needs the 'parquet' extra: pip install 'warta[parquet]'"


def jsonl_line(record: dict) -> str:
    """One output record as a JSON Lines line (with its newline)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def _scalar(annotation: str) -> Any:
    import pyarrow as pa

    base = annotation.replace(" ", "").split("|")[0]
    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[base]


def _struct(cls: type) -> Any:
    import pyarrow as pa

    return pa.struct([pa.field(f.name, _scalar(str(f.type))) for f in dataclasses.fields(cls)])


@cache
def parquet_schema() -> Any:
    """The Arrow schema of an output record (schema v1)."""
    import pyarrow as pa

    span = pa.list_(pa.list_(pa.int64()))
    nested = {
        "removed": pa.list_(pa.string()),
        "sentences": span,
        "entities": pa.list_(_struct(model.Entity)),
        "quotes": pa.list_(_struct(model.Quote)),
        "dates": pa.list_(_struct(model.DateMention)),
        "summary": span,
        "keyphrases": pa.list_(_struct(model.Keyphrase)),
        "warnings": pa.list_(pa.string()),
    }
    types = {f.name: str(f.type) for f in dataclasses.fields(model.Article)}
    order = model.Article(id="", text="").to_dict()  # columns in the order of the JSON records
    return pa.schema([pa.field(name, nested.get(name) or _scalar(types[name])) for name in order])


def encode(records: list[dict], fmt: str) -> bytes:
    """A whole shard's bytes in ``fmt``."""
    if fmt == "jsonl":
        return "".join(jsonl_line(r) for r in records).encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(records, schema=parquet_schema())
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def decode(data: bytes, fmt: str) -> list[dict]:
    """The records of a shard written by :func:`encode` (for tests and tools)."""
    if fmt == "jsonl":
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    import pyarrow.parquet as pq

    return pq.read_table(io.BytesIO(data)).to_pylist()


def check_format(fmt: str) -> str | None:
    """Why ``fmt`` cannot be written here, or ``None`` if it can."""
    if fmt not in FORMATS:
        return f"unknown format {fmt!r} (known: {', '.join(FORMATS)})"
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return PARQUET_MISSING
    return None
