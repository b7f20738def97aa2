"""Input records for ``warta ingest``: reading files, telling extracted records from raw ones,
article keys and outlets.

An *extracted* record is the schema v1 output of ``warta extract`` (it has ``sentences``). A *raw*
record has at least ``text`` (and optionally ``id``, ``title``, ``url``, ``published``,
``outlet``) and is analysed with :func:`warta.analyze` before it is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from warta.ingest import RawRecord
from warta.store.text import normalise_url, outlet_from_url, text_hash

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


class RecordError(ValueError):
    """An input that cannot be read as an article record (one-line message)."""


def is_extracted(record: dict[str, Any]) -> bool:
    """True for a record produced by ``warta extract`` (already analysed)."""
    return "sentences" in record and "text" in record


def article_key(record: dict[str, Any]) -> str:
    """The idempotence key of an article: from its URL when it has one, else from its text
    (case- and whitespace-insensitive hash)."""
    url = record.get("url")
    if url and str(url).strip():
        import hashlib

        return "u" + hashlib.sha1(normalise_url(str(url)).encode("utf-8")).hexdigest()[:32]
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(f"record {record.get('id')!r} has no text")
    return "t" + text_hash(text)[:32]


def outlet_of(record: dict[str, Any]) -> str | None:
    """The record's ``outlet`` field, else the outlet derived from its URL host."""
    outlet = record.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        return outlet.strip().lower()
    return outlet_from_url(record.get("url"))


def published_date(value: Any) -> str | None:
    """The ``YYYY[-MM[-DD]]`` prefix of a publication date, or ``None``."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    return m.group(0) if m else None


def record_dict(item: RawRecord) -> dict[str, Any]:
    """A read record as the plain dict the store ingests (extracted fields kept from ``extra``)."""
    out: dict[str, Any] = dict(item.extra)
    out.update(id=item.id, text=item.text, title=item.title, url=item.url, published=item.published)
    return out


def iter_records(paths: Iterable[str]) -> Iterator[dict[str, Any] | RecordError]:
    """All records of ``paths``, read by :mod:`warta.ingest` (every input format ``warta extract``
    reads; directories recursively; ``-`` = standard input). Input that cannot be read comes out
    as a :class:`RecordError` naming the file and line, in its place, so the run goes on."""
    from warta.ingest import ReadError
    from warta.ingest import iter_records as read_items

    for item in read_items(paths):
        if isinstance(item, ReadError):
            yield RecordError(str(item))
        else:
            yield record_dict(item)
