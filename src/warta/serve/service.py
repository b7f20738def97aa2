"""The queries behind both the JSON API and the HTML pages (one answer, two renderings).

:class:`Service` opens the knowledge base read-only (SQLite ``query_only``, PostgreSQL read-only
transactions) and turns the store's plain dicts into the shapes of :mod:`warta.serve.models`.
Answers are kept for ``[serve] cache_seconds`` (LRU of ``cache_entries``): a running ``warta
ingest`` shows up in the web service after at most that long.
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from cachetools import TTLCache
from sqlalchemy import event

from warta import config
from warta.store import web_queries as W


def setting(key: str) -> Any:
    """A value of the ``[serve]`` section of settings.toml."""
    return config.get("serve", key)


def _read_only(engine) -> None:
    if engine.dialect.name == "sqlite":

        def on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.execute("PRAGMA query_only=ON")

    else:

        def on_connect(dbapi_conn, _record) -> None:
            with dbapi_conn.cursor() as cur:
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_conn.commit()

    event.listen(engine, "connect", on_connect)
    engine.dispose()  # connections opened while migrating were writable


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def timeline(per_date: list[tuple[str, int]], max_weeks: int) -> dict[str, Any]:
    """Quotes per ISO week (zero-filled) from ``(date, count)`` pairs; per month when the span is
    longer than ``max_weeks``. Dates without a day count in their month only."""
    days = []
    for d, n in per_date:
        try:
            days.append((dt.date.fromisoformat(d), n))
        except ValueError:
            if len(d) == 7 and d[4] == "-":
                days.append((dt.date(int(d[:4]), int(d[5:7]), 1), n))
    if not days:
        return {"bucket": "week", "points": []}
    first, last = days[0][0], days[-1][0]
    if (last - first).days // 7 + 1 <= max_weeks:
        counts: dict[dt.date, int] = {}
        for day, n in days:
            counts[_week_start(day)] = counts.get(_week_start(day), 0) + n
        points, week = [], _week_start(first)
        while week <= last:
            iso = week.isocalendar()
            points.append(
                {
                    "period": f"{iso.year}-W{iso.week:02d}",
                    "start": week.isoformat(),
                    "quotes": counts.get(week, 0),
                }
            )
            week += dt.timedelta(days=7)
        return {"bucket": "week", "points": points}
    months: dict[tuple[int, int], int] = {}
    for day, n in days:
        months[(day.year, day.month)] = months.get((day.year, day.month), 0) + n
    points, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        points.append({"period": f"{y}-{m:02d}", "start": f"{y}-{m:02d}-01", "quotes": months.get((y, m), 0)})
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return {"bucket": "month", "points": points}


class Service:
    """Read-only queries over one knowledge base, shared by the API and the pages."""

    def __init__(self, db_url: str) -> None:
        from warta.store import open_store

        self.store = open_store(db_url, create=False)
        _read_only(self.store.engine)
        self._analyze_lock = threading.Lock()
        seconds = float(setting("cache_seconds"))
        self._cache = TTLCache(int(setting("cache_entries")), seconds) if seconds > 0 else None
        self._cache_lock = threading.Lock()

    def _cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()``, or a copy of its answer to the same ``key`` within the cache time."""
        if self._cache is None:
            return compute()
        with self._cache_lock:
            hit = self._cache.get(key)
        if hit is None:
            hit = compute()
            with self._cache_lock:
                self._cache[key] = hit
        return copy.deepcopy(hit)  # callers may change what they get

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()

    def stats(self) -> dict[str, Any]:
        """Corpus figures, top speakers, quotes over time, outlets."""
        return self._cached(("stats",), self._stats)

    def _stats(self) -> dict[str, Any]:
        out = self.store.stats()
        top = self.store.people(top=int(setting("top_speakers")), label="PERSON")
        out["top_speakers"] = [
            {"id": p["id"], "name": p["name"], "role": p["role"], "quotes": p["quote_count"]}
            for p in top
            if p["quote_count"]
        ]
        with self.store.engine.connect() as conn:
            out["quotes_over_time"] = timeline(W.quotes_per_date(conn), int(setting("max_weeks")))
            out["outlets"] = W.outlets(conn)
        return out

    def articles(self, *, limit: int, offset: int, **filters: str | None) -> dict[str, Any]:
        """A page of articles (newest first)."""
        key = ("articles", limit, offset, tuple(sorted(filters.items())))
        return self._cached(key, lambda: self._articles(limit, offset, filters))

    def _articles(self, limit: int, offset: int, filters: dict[str, Any]) -> dict[str, Any]:
        with self.store.engine.connect() as conn:
            rows = W.list_articles(conn, limit=limit + 1, offset=offset, **filters)
        return {"items": rows[:limit], "limit": limit, "offset": offset, "has_more": len(rows) > limit}

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its annotations, or ``None``."""
        return self._cached(("article", article_id), lambda: self.store.article(article_id))

    def quotes(self, *, q: str | None, limit: int, offset: int, **filters: str | None) -> dict[str, Any]:
        """A page of quotes matching the filters (and the words of ``q``, best match first)."""
        key = ("quotes", q, limit, offset, tuple(sorted(filters.items())))
        return self._cached(key, lambda: self._quotes(q, limit, offset, filters))

    def _quotes(self, q: str | None, limit: int, offset: int, filters: dict[str, Any]) -> dict[str, Any]:
        if q and q.strip():
            rows = self.store.search(q, scope="quotes", limit=offset + limit + 1, **filters)[offset:]
        else:
            rows = self.store.quotes(limit=limit + 1, offset=offset, **filters)
        return {"items": rows[:limit], "limit": limit, "offset": offset, "has_more": len(rows) > limit}

    def search(self, q: str, *, scope: str, limit: int, **filters: str | None) -> dict[str, Any]:
        """Full-text search hits over quotes and article texts."""
        key = ("search", q, scope, limit, tuple(sorted(filters.items())))
        return self._cached(
            key, lambda: {"query": q, "hits": self.store.search(q, scope=scope, limit=limit, **filters)}
        )

    def people(self, *, top: int, label: str | None) -> list[dict[str, Any]]:
        """The most quoted people (or entities of ``label``)."""
        return self._cached(("people", top, label), lambda: self.store.people(top=top, label=label))

    def person(self, name: str) -> dict[str, Any]:
        """A profile; raises ``LookupError`` when nothing matches (misses are not cached)."""
        return self._cached(("person", name), lambda: self.store.person(name))

    def analyze(self, text: str, published: str | None, **meta: str | None) -> dict[str, Any]:
        """Analyse ``text`` (not stored): a schema v1 record."""
        import warta

        meta = {k: v for k, v in meta.items() if v}
        with self._analyze_lock:  # one pipeline, one article at a time
            return warta.analyze(text, published=published, id="pasted", **meta).to_dict()
