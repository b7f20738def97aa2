"""Export the knowledge base: articles as schema v1 records, or flat quote/people/mention tables,
as JSON Lines, CSV or Parquet (``pyarrow``)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from warta.store import schema as S
from warta.store.query import _quote_columns, _quote_from

TABLES = ("quotes", "articles", "people", "mentions")
FORMATS = ("jsonl", "csv", "parquet")
a_, m_, q_, s_, d_ = S.articles, S.mentions, S.quotes, S.surfaces, S.dates


def iter_articles(engine: Engine, pks: list[int] | None = None, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Stored articles as schema v1 records plus ``key``, ``outlet``, and ``entity_id`` on
    entities and ``speaker_id`` on quotes."""
    with engine.connect() as conn:
        if pks is None:
            pks = [r[0] for r in conn.execute(select(a_.c.pk).order_by(a_.c.pk))]
        for i in range(0, len(pks), chunk):
            part = pks[i : i + chunk]
            ents: dict[int, list] = defaultdict(list)
            for r in conn.execute(
                select(m_, s_.c.entity_id, s_.c.link_confidence)
                .join(s_, s_.c.id == m_.c.surface_id)
                .where(m_.c.article_pk.in_(part))
                .order_by(m_.c.id)
            ):
                ents[r.article_pk].append(
                    {
                        "text": r.text,
                        "label": r.label,
                        "start": r.start,
                        "end": r.end,
                        "canonical": r.canonical,
                        "role": r.role,
                        "confidence": r.confidence,
                        "entity_id": r.entity_id,
                        "link_confidence": r.link_confidence,
                    }
                )
            quotes: dict[int, list] = defaultdict(list)
            for r in conn.execute(
                select(q_, s_.c.entity_id)
                .outerjoin(s_, s_.c.id == q_.c.surface_id)
                .where(q_.c.article_pk.in_(part))
                .order_by(q_.c.article_pk, q_.c.seq)
            ):
                quotes[r.article_pk].append(
                    {
                        "kind": r.kind,
                        "text": r.text,
                        "start": r.start,
                        "end": r.end,
                        "speaker": r.speaker,
                        "speaker_label": r.speaker_label,
                        "speaker_role": r.speaker_role,
                        "cue": r.cue,
                        "confidence": r.confidence,
                        "speaker_id": r.entity_id,
                    }
                )
            dates: dict[int, list] = defaultdict(list)
            for r in conn.execute(select(d_).where(d_.c.article_pk.in_(part)).order_by(d_.c.id)):
                dates[r.article_pk].append(
                    {
                        "text": r.text,
                        "start": r.start,
                        "end": r.end,
                        "value": r.value,
                        "granularity": r.granularity,
                        "confidence": r.confidence,
                    }
                )
            for r in conn.execute(select(a_).where(a_.c.pk.in_(part)).order_by(a_.c.pk)):
                extra = json.loads(r.extra)
                yield {
                    "id": r.id,
                    "key": r.key,
                    "outlet": r.outlet,
                    "title": r.title,
                    "url": r.url,
                    "published": r.published,
                    "published_source": r.published_source,
                    "text": r.text,
                    "removed": extra.get("removed", []),
                    "sentences": json.loads(r.sentences),
                    "entities": ents[r.pk],
                    "quotes": quotes[r.pk],
                    "dates": dates[r.pk],
                    "summary": extra.get("summary", []),
                    "keyphrases": extra.get("keyphrases", []),
                    "warnings": extra.get("warnings", []),
                }


def _table_stmt(table: str):
    if table == "quotes":
        stmt = select(*_quote_columns()).select_from(_quote_from()).order_by(q_.c.id)
    elif table == "people":
        stmt = select(S.entities).order_by(S.entities.c.label, S.entities.c.id)
    elif table == "mentions":
        stmt = (
            select(
                m_.c.id.label("mention_id"),
                a_.c.id.label("article_id"),
                m_.c.text,
                m_.c.label,
                m_.c.start,
                m_.c.end,
                m_.c.canonical,
                m_.c.role,
                m_.c.confidence,
                s_.c.entity_id,
                s_.c.link_confidence,
            )
            .select_from(m_.join(a_, a_.c.pk == m_.c.article_pk).join(s_, s_.c.id == m_.c.surface_id))
            .order_by(m_.c.id)
        )
    elif table == "articles":
        stmt = select(
            a_.c.id,
            a_.c.key,
            a_.c.url,
            a_.c.outlet,
            a_.c.title,
            a_.c.published,
            a_.c.published_source,
            a_.c.text,
        ).order_by(a_.c.pk)
    else:
        raise ValueError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    return stmt


def iter_rows(engine: Engine, table: str) -> Iterator[dict[str, Any]]:
    """Flat rows of ``quotes``, ``people`` (all entities), ``mentions`` or ``articles`` (without
    annotations)."""
    stmt = _table_stmt(table)
    with engine.connect() as conn:
        for r in conn.execution_options(yield_per=2000).execute(stmt):
            yield dict(r._mapping)


def export(engine: Engine, fmt: str, table: str, out: IO[str] | str) -> int:
    """Write ``table`` in format ``fmt`` to ``out`` (a text stream, or a path for Parquet);
    JSON Lines of ``articles`` are full records. Returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    rows = iter_articles(engine) if (table == "articles" and fmt == "jsonl") else iter_rows(engine, table)
    n = 0
    if fmt == "jsonl":
        assert not isinstance(out, str)
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "csv":
        assert not isinstance(out, str)
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            n += 1
    else:
        n = _parquet(rows, out, _arrow_schema(table))
    return n


def _arrow_schema(table: str):
    import pyarrow as pa
    from sqlalchemy import Float, Integer

    fields = []
    for col in _table_stmt(table).selected_columns:
        typ = (
            pa.int64()
            if isinstance(col.type, Integer)
            else (pa.float64() if isinstance(col.type, Float) else pa.string())
        )
        fields.append(pa.field(col.name, typ))
    return pa.schema(fields)


def _parquet(rows: Iterator[dict[str, Any]], path: IO[str] | str, schema, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(path, str):
        raise ValueError("Parquet needs an output file (-o PATH)")
    writer = None
    n = 0
    buf: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        if not buf:
            return
        tab = pa.Table.from_pylist(buf, schema=schema)
        if writer is None:
            writer = pq.ParquetWriter(path, schema)
        writer.write_table(tab)
        buf.clear()

    for row in rows:
        buf.append(row)
        n += 1
        if len(buf) >= batch:
            flush()
    flush()
    if writer is None:
        pq.write_table(schema.empty_table(), path)
    else:
        writer.close()
    return n
