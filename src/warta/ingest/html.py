"""HTML pages → article records: main text, title, publication date and URL via trafilatura.

``.html``/``.htm`` files are one article each (id = file stem). :func:`html_to_record` is shared
with the WARC reader. trafilatura is an optional extra (``pip install 'warta[html]'``): it is
imported when the first page is read, and its absence is one clear :class:`ReadError` per file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from warta import config
from warta.ingest.readers import Item, RawRecord, ReadError, register

MISSING_EXTRA = "reading HTML needs the 'html' extra: pip install 'warta[html]'"


# libxml2 checks each attribute against the others of its tag (quadratic): a tag with 100,000
# attributes takes minutes. Real pages stay far below this.
MAX_ATTRIBUTES = 2_000
_TAG = re.compile(rb"<[A-Za-z][^<>]*")


def _max_attributes(html: bytes | str) -> int:
    """The largest number of ``=`` signs inside one tag (an upper bound on its attributes)."""
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    if data.count(b"=") <= MAX_ATTRIBUTES:
        return 0
    return max((m.group().count(b"=") for m in _TAG.finditer(data)), default=0)


class ExtraMissing(ImportError):
    """An optional dependency of a reader is not installed."""


@cache
def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise ExtraMissing(MISSING_EXTRA) from exc
    for name in ("trafilatura", "htmldate", "courlan"):  # a page without text is our ReadError
        logging.getLogger(name).setLevel(logging.ERROR)
    return trafilatura


def _drop_title_line(text: str, title: str | None) -> str:
    """trafilatura often repeats the headline as the first line of the body: drop that copy."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold() and rest.strip():
        return rest
    return text


def html_to_record(
    html: bytes | str,
    rid: str,
    origin: str,
    url: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Item:
    """Extract one article from an HTML page; a page without article text is a :class:`ReadError`."""
    try:
        traf = _trafilatura()
    except ExtraMissing as exc:
        return ReadError(origin, str(exc))
    max_bytes = int(config.get("ingest_html", "max_bytes"))
    if len(html) > max_bytes:
        return ReadError(origin, f"HTML page of {len(html):,} bytes exceeds the limit of {max_bytes:,}")
    crowded = _max_attributes(html)
    if crowded > MAX_ATTRIBUTES:
        limit = f"{MAX_ATTRIBUTES:,}"
        return ReadError(origin, f"HTML tag with {crowded:,} attributes exceeds the limit of {limit}")
    try:
        doc = traf.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=bool(config.get("ingest_html", "include_tables")),
            favor_precision=bool(config.get("ingest_html", "favor_precision")),
            date_extraction_params={
                "extensive_search": bool(config.get("ingest_html", "date_extensive_search")),
                "original_date": True,
            },
        )
    except Exception as exc:  # noqa: BLE001 - malformed markup is bad input, not a crash
        return ReadError(origin, f"cannot parse HTML ({type(exc).__name__}: {exc})")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return ReadError(origin, "no article text found in the HTML page")
    title = (doc.title or "").strip() or None
    return RawRecord(
        id=rid,
        text=_drop_title_line(text, title),
        title=title,
        published=doc.date or None,
        url=doc.url or url,
        origin=origin,
        extra=dict(extra or {}),
    )


def read_html(path: Path) -> Iterator[Item]:
    """An ``.html``/``.htm`` file is one article page; its id is the file stem."""
    yield html_to_record(path.read_bytes(), path.name.rsplit(".", 1)[0], str(path))


register(".html", read_html)
register(".htm", read_html)
