"""Input records for ``warta ingest``: reading files, telling extracted records from raw ones,
article keys and outlets.

An *extracted* record is the schema v1 output of ``warta extract`` (it has ``sentences``). A *raw*
record has at least ``text`` (and optionally ``id``, ``title``, ``url``, ``published``,
``outlet``) and is analysed with :func:`warta.analyze` before it is stored.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.store.text import normalise_url, outlet_from_url, text_hash

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
SUFFIXES = (".jsonl", ".json", ".txt", ".ndjson")


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


def _records_from_json(obj: Any, where: str) -> Iterator[dict[str, Any]]:
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise RecordError(f"{where}: item {i} is not an article record (an object with 'text')")
        yield item


def _read_jsonl(lines: Iterable[str], where: str) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{where}:{n}: not JSON ({exc.msg})") from None
        yield from _records_from_json(obj, f"{where}:{n}")


def read_path(path: Path) -> Iterator[dict[str, Any]]:
    """The records in one file: JSON Lines, a JSON object or array, or a plain-text article."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as fh:
            yield from _read_jsonl(fh, str(path))
    elif suffix == ".json":
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise RecordError(f"{path}: not JSON ({exc.msg})") from None
        for rec in _records_from_json(obj, str(path)):
            yield {"id": path.stem, **rec} if "id" not in rec else rec
    else:
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8")}


def expand_paths(paths: Iterable[str]) -> list[Path | str]:
    """Files named by ``paths``: directories are searched recursively for ``.jsonl``, ``.json``
    and ``.txt`` files (sorted); ``-`` stands for JSON Lines on standard input."""
    out: list[Path | str] = []
    for p in paths:
        if p == "-":
            out.append("-")
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif path.is_file():
            out.append(path)
        else:
            raise RecordError(f"{p}: no such file or directory")
    return out


def iter_records(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """All records of ``paths`` (see :func:`expand_paths`), in order."""
    for path in expand_paths(paths):
        if path == "-":
            yield from _read_jsonl(sys.stdin, "<stdin>")
        else:
            yield from read_path(path)  # type: ignore[arg-type]
