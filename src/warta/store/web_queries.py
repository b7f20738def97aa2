"""Read queries the web service needs beyond :class:`warta.store.api.Store`: a page of articles
with their quote/entity counts, and quote counts per publication date (for weekly charts).

Every function takes an open SQLAlchemy connection and builds parameterised statements only.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from warta.store import schema as S

a_, q_, m_ = S.articles, S.quotes, S.mentions
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_date(name: str, value: str | None) -> None:
    if value is not None and not _DATE.match(value):
        raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


def list_articles(
    conn: Connection,
    *,
    limit: int = 50,
    offset: int = 0,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Stored articles, newest first: ``article_id``, ``key``, ``title``, ``url``, ``outlet``,
    ``published``, ``quotes`` (count), ``entities`` (mention count), ``chars``. Dates are
    ``YYYY[-MM[-DD]]`` and inclusive, like the quote filters."""
    _check_date("since", since)
    _check_date("until", until)
    n_quotes = select(func.count()).where(q_.c.article_pk == a_.c.pk).scalar_subquery()
    n_mentions = select(func.count()).where(m_.c.article_pk == a_.c.pk).scalar_subquery()
    stmt = select(
        a_.c.id.label("article_id"),
        a_.c.key,
        a_.c.title,
        a_.c.url,
        a_.c.outlet,
        a_.c.published,
        func.length(a_.c.text).label("chars"),
        n_quotes.label("quotes"),
        n_mentions.label("entities"),
    )
    if outlet:
        stmt = stmt.where(a_.c.outlet == outlet.strip().lower())
    if since:
        stmt = stmt.where(a_.c.published >= since)
    if until:
        stmt = stmt.where(a_.c.published <= (until if len(until) == 10 else until + "-99"))
    stmt = stmt.order_by(a_.c.published.desc().nulls_last(), a_.c.pk).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def quotes_per_date(conn: Connection) -> list[tuple[str, int]]:
    """``(published, number of quotes)`` for every publication date with quotes, oldest first
    (dates of any granularity as stored)."""
    stmt = (
        select(a_.c.published, func.count())
        .select_from(q_.join(a_, a_.c.pk == q_.c.article_pk))
        .where(a_.c.published.is_not(None))
        .group_by(a_.c.published)
        .order_by(a_.c.published)
    )
    return [(str(d), int(n)) for d, n in conn.execute(stmt)]


def outlets(conn: Connection, *, limit: int = 50) -> list[dict[str, Any]]:
    """Outlets by number of stored articles: ``outlet``, ``articles``."""
    stmt = (
        select(a_.c.outlet, func.count().label("n"))
        .where(a_.c.outlet.is_not(None))
        .group_by(a_.c.outlet)
        .order_by(func.count().desc(), a_.c.outlet)
        .limit(limit)
    )
    return [{"outlet": o, "articles": int(n)} for o, n in conn.execute(stmt)]
