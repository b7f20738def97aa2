"""WARC / WARC.gz web archives (e.g. Common Crawl CC-NEWS) → article records, streamed.

Each HTTP ``response`` (or ``resource``) record holding an HTML page becomes one article through
:func:`warta.ingest.html.html_to_record` (id = the WARC record id, url = the target URI, the crawl
date kept in ``extra["crawled"]``). Requests, metadata, redirects and non-HTML payloads are skipped
silently; an HTML page without article text is a :class:`ReadError` naming the record, and so is
an archive with no HTML page at all (nothing passes as an empty success). warcio is
part of the optional ``html`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.ingest.html import MISSING_EXTRA, html_to_record
from warta.ingest.readers import Item, ReadError, register

_CONTENT_TYPES = ("text/html", "application/xhtml+xml")


def _record_id(value: str | None, fallback: str) -> str:
    if not value:
        return fallback
    value = value.strip("<>")
    return value.removeprefix("urn:uuid:")


def read_warc(path: Path) -> Iterator[Item]:
    """Every HTML page archived in a ``.warc`` or ``.warc.gz`` file, in file order."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield ReadError(str(path), MISSING_EXTRA)
        return
    stem = path.name.split(".warc")[0]
    with open(path, "rb") as fh:
        n = records = pages = 0
        try:
            for record in ArchiveIterator(fh):
                records += 1
                if record.rec_type is None:
                    yield ReadError(f"{path}:record {records}", "malformed WARC record (no WARC-Type)")
                    return
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status != "200":
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                else:
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                if not any(t in ctype.lower() for t in _CONTENT_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                rid = _record_id(record.rec_headers.get_header("WARC-Record-ID"), f"{stem}-{n}")
                origin = f"{path}:record {n}" + (f" ({url})" if url else "")
                crawled = record.rec_headers.get_header("WARC-Date")
                pages += 1
                yield html_to_record(
                    record.content_stream().read(),
                    rid,
                    origin,
                    url=url,
                    extra={"crawled": crawled} if crawled else None,
                )
        except ArchiveLoadFailed as exc:
            yield ReadError(f"{path}:record {n + 1}", f"malformed WARC ({str(exc).splitlines()[0]})")
            return
        except Exception as exc:  # noqa: BLE001 - truncated gzip, broken headers: warcio raises many kinds
            yield ReadError(f"{path}:record {n + 1}", f"truncated or corrupt WARC ({type(exc).__name__})")
            return
    if path.name.lower().endswith(".gz") and (problem := _gzip_problem(path)):
        # warcio stops quietly at a gzip member cut short: say so rather than lose the record
        yield ReadError(f"{path}:record {n + 1}", f"truncated or corrupt WARC ({problem})")
        return
    if not pages:
        # an archive that gives no article must not pass as an empty success
        plural = "" if records == 1 else "s"
        what = f"{records} record{plural}, none an HTML page" if records else "no WARC record"
        yield ReadError(str(path), f"no article found ({what})")


def _gzip_problem(path: Path) -> str | None:
    """Why the gzip stream of ``path`` does not end cleanly, or ``None`` when it does."""
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"compressed stream cut short or corrupt: {type(exc).__name__}"
    return None


register(".warc", read_warc)
register(".warc.gz", read_warc)
