"""Readers: turn input paths into a stream of raw article records or read errors.

Every reader yields :class:`RawRecord` for a good article and :class:`ReadError` (file, line,
message) for a bad one, so a batch goes on past bad input and every failure is counted. Readers
stream: a large file is never held in memory as a whole (but one ``.json`` document or one ``.txt``
article is read at once).

Formats are chosen by file suffix through :data:`READERS`; other modules register more formats
with :func:`register`.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

FIELDS = ("id", "text", "title", "published", "url")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article as read: ``origin`` names the file and line it came from."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReadError:
    """Input that could not be read as an article: reported, counted, never raised."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


Item = RawRecord | ReadError
Reader = Callable[[Path], Iterator[Item]]
READERS: dict[str, Reader] = {}


def register(suffix: str, reader: Reader) -> None:
    """Register ``reader`` for files whose name ends with ``suffix`` (e.g. ``".warc.gz"``)."""
    READERS[suffix.lower()] = reader


def _reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def record_from_mapping(obj: Any, default_id: str, origin: str) -> Item:
    """Validate one JSON/CSV object into a :class:`RawRecord` (or a :class:`ReadError`)."""
    if not isinstance(obj, dict):
        return ReadError(origin, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        return ReadError(origin, "missing field 'text'")
    if not isinstance(text, str):
        return ReadError(origin, f"field 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return ReadError(origin, "empty text")
    rid = _clean_str(obj.get("id")) or default_id
    extra = {k: v for k, v in obj.items() if k not in FIELDS}
    return RawRecord(
        id=rid,
        text=text,
        title=_clean_str(obj.get("title")),
        published=_clean_str(obj.get("published")),
        url=_clean_str(obj.get("url")),
        origin=origin,
        extra=extra,
    )


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, origin: str, whole_file: bool = True) -> str | ReadError:
    """``data`` as text: UTF-8 (optional BOM), or UTF-16 when a whole file starts with its BOM."""
    if whole_file and data.startswith(_UTF16_BOMS):  # Windows "Unicode" exports
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return ReadError(origin, f"invalid UTF-16 (byte {exc.start})")
    if b"\x00" in data:
        return ReadError(origin, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ReadError(f"{origin}:{line}", f"invalid UTF-8 (byte {exc.start})")


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_txt(path: Path) -> Iterator[Item]:
    """A ``.txt`` file is one article; its id is the file stem."""
    text = _decode(path.read_bytes(), str(path))
    if isinstance(text, ReadError):
        yield text
    elif not text.strip():
        yield ReadError(str(path), "empty text")
    else:
        yield RawRecord(id=path.stem, text=text, origin=str(path))


def iter_jsonl_lines(lines: Iterable[bytes], name: str, stem: str) -> Iterator[Item]:
    """Records from JSON Lines given as raw byte lines (one object per line; blank lines skipped)."""
    for lineno, raw in enumerate(lines, 1):
        origin = f"{name}:{lineno}"
        text = _decode(raw, origin, whole_file=False)
        if isinstance(text, ReadError):
            yield ReadError(origin, text.message)
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"malformed JSON ({exc.msg}, column {exc.colno})")
            continue
        yield record_from_mapping(obj, f"{stem}-{lineno}", origin)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".jsonl", ".json", ".csv", ".txt"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def read_jsonl(path: Path) -> Iterator[Item]:
    """A ``.jsonl`` (or ``.jsonl.gz``) file: one article object per line."""
    with _open_binary(path) as fh:
        yield from iter_jsonl_lines(fh, str(path), _stem(path))


def read_json(path: Path) -> Iterator[Item]:
    """A ``.json`` file: one article object, a list of them, or JSON Lines."""
    data = _decode(path.read_bytes(), str(path))
    if isinstance(data, ReadError):
        yield data
        return
    try:
        obj = json.loads(data)
    except json.JSONDecodeError as exc:
        if _first_line_is_object(data):  # JSON Lines saved as .json
            yield from iter_jsonl_lines(data.encode("utf-8").splitlines(), str(path), _stem(path))
        else:
            yield ReadError(f"{path}:{exc.lineno}", f"malformed JSON ({exc.msg}, column {exc.colno})")
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield record_from_mapping(item, f"{_stem(path)}-{i}", f"{path}:item {i}")
    else:
        yield record_from_mapping(obj, _stem(path), str(path))


def _first_line_is_object(data: str) -> bool:
    first = data.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def read_csv(path: Path) -> Iterator[Item]:
    """A ``.csv`` file with a header row and a ``text`` column (``id``, ``title``… optional)."""
    from warta import config

    # csv's default field limit (128 KiB) is below the article limit: a long article in one field
    # ended the whole file with "malformed CSV" and the rows after it were never read
    csv.field_size_limit(max(csv.field_size_limit(), int(config.get("input", "max_chars"))))
    with _open_binary(path) as raw:
        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        try:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "text" not in reader.fieldnames:
                yield ReadError(f"{path}:1", "CSV header has no 'text' column")
                return
            start = 2
            for row in reader:
                origin = f"{path}:{start}"
                short = sum(v is None for v in row.values())
                if short:
                    # csv fills missing fields with None; an unterminated quote swallows the rest of
                    # the file into one field, which shows up the same way: say so, don't guess
                    have = len(reader.fieldnames) - short
                    yield ReadError(
                        origin,
                        f"row has {have} of the header's {len(reader.fieldnames)} fields"
                        " (unterminated quote or missing separator?)",
                    )
                else:
                    yield record_from_mapping(row, f"{_stem(path)}-{reader.line_num}", origin)
                start = reader.line_num + 1
        except UnicodeDecodeError as exc:
            yield ReadError(str(path), f"invalid UTF-8 ({exc.reason})")
        except csv.Error as exc:
            yield ReadError(str(path), f"malformed CSV ({exc})")


register(".txt", read_txt)
register(".jsonl", read_jsonl)
register(".jsonl.gz", read_jsonl)
register(".ndjson", read_jsonl)
register(".json", read_json)
register(".csv", read_csv)
register(".csv.gz", read_csv)


def read_stdin(stream: IO[bytes] | None = None) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with ``{``, otherwise one plain-text article."""
    stream = stream or sys.stdin.buffer
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from iter_jsonl_lines(data.splitlines(), "<stdin>", "stdin")
        return
    text = _decode(data, "<stdin>")
    if isinstance(text, ReadError):
        yield text
    elif not text.strip():
        yield ReadError("<stdin>", "empty text")
    else:
        yield RawRecord(id="stdin", text=text, origin="<stdin>")


def iter_records(paths: Iterable[str]) -> Iterator[Item]:
    """Records from every path: files by suffix, directories recursively (sorted), ``-`` = stdin."""
    for name in paths:
        if name == "-":
            yield from read_stdin()
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _reader_for(p))
            if not files:
                yield ReadError(str(path), "directory holds no readable input files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield ReadError(str(path), "no such file or directory")


def _read_file(path: Path) -> Iterator[Item]:
    reader = _reader_for(path)
    if reader is None:
        known = ", ".join(sorted(READERS))
        yield ReadError(str(path), f"unknown input format (known: {known})")
        return
    try:
        yield from reader(path)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
    except (EOFError, zlib.error) as exc:  # gzip cut mid-stream or corrupt: not OSError
        yield ReadError(str(path), f"truncated or corrupt compressed file ({exc})")
