"""WARC / WARC.gz web archives (e.g. Common Crawl CC-NEWS) → article records, streamed.

Each HTTP ``response`` (or ``resource``) record holding an HTML page becomes one article through
:func:`warta.ingest.html.html_to_record` (id = the WARC record id, url = the target URI, the crawl
date kept in ``extra["crawled"]``). Requests, metadata, redirects and non-HTML payloads are skipped
silently; an HTML page without article text is a :class:`ReadError` naming the record. warcio is
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
        n = 0
        try:
            for record in ArchiveIterator(fh):
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
                yield html_to_record(
                    record.content_stream().read(),
                    rid,
                    origin,
                    url=url,
                    extra={"crawled": crawled} if crawled else None,
                )
        except ArchiveLoadFailed as exc:
            yield ReadError(f"{path}:record {n + 1}", f"malformed WARC ({str(exc).splitlines()[0]})")
        except Exception as exc:  # noqa: BLE001 - truncated gzip, broken headers: warcio raises many kinds
            yield ReadError(f"{path}:record {n + 1}", f"truncated or corrupt WARC ({type(exc).__name__})")


register(".warc", read_warc)
register(".warc.gz", read_warc)
