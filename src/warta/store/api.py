"""The knowledge-base API: :func:`open_store` returns a :class:`Store` whose methods return plain
dicts. The ``warta`` query commands and the web service are thin layers over it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine

from warta import config
from warta.store import people as P
from warta.store import query as Q
from warta.store import schema as S
from warta.store.index import SearchIndex
from warta.store.ingest import Ingester, IngestSummary
from warta.store.rebuild import rebuild
from warta.store.records import RecordError


def engine_url(url: str) -> str:
    """A SQLAlchemy URL for ``url``: a bare path is a SQLite file; ``postgresql://`` and
    ``postgres://`` use the psycopg 3 driver."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return f"sqlite:///{url}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(config.get('store', 'sqlite_busy_ms'))}")
    cur.execute(f"PRAGMA cache_size=-{int(config.get('store', 'sqlite_cache_kb'))}")
    cur.close()


class Store:
    """An open knowledge base (SQLite file or PostgreSQL database)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.index = SearchIndex(engine.dialect.name)
        with engine.begin() as conn:
            S.migrate(conn)
            self.index.create(conn)

    # -- writing ------------------------------------------------------------------------------
    def ingest(
        self,
        records: Iterable[dict[str, Any] | RecordError],
        *,
        replace: bool = False,
        progress: Callable[[int], None] | None = None,
        batch_size: int | None = None,
        analyse: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> IngestSummary:
        """Store ``records`` (extracted schema v1 records, or raw ones analysed with
        :func:`warta.analyze`); an article already stored (same key) is left alone unless
        ``replace``. One transaction per batch; identities are rebuilt at the end."""
        ingester = Ingester(
            self.engine,
            self.index,
            replace=replace,
            analyse=analyse,
            batch_size=batch_size or int(config.get("store", "batch_size")),
        )
        summary = ingester.run(records, progress)
        if summary.added or summary.replaced or self._unlinked_surfaces():
            with self.engine.begin() as conn:
                rebuild(conn)
        return summary

    def _unlinked_surfaces(self) -> bool:
        """True when a surface has no identity yet: an earlier ingest stopped (killed, power cut)
        after committing its last batch but before rebuilding identities."""
        with self.engine.connect() as conn:
            stmt = select(S.surfaces.c.id).where(S.surfaces.c.entity_id.is_(None)).limit(1)
            return conn.execute(stmt).first() is not None

    def merge(self, a: str, b: str) -> dict[str, Any]:
        """Declare that ``a`` and ``b`` (names or entity ids) are the same; persisted."""
        with self.engine.begin() as conn:
            return P.merge(conn, a, b)

    def split(self, entity: str, aliases: list[str]) -> dict[str, Any]:
        """Detach ``aliases`` of ``entity`` into their own identity; persisted."""
        with self.engine.begin() as conn:
            return P.split(conn, entity, aliases)

    def rebuild_identities(self) -> int:
        """Re-run identity resolution (normally automatic); returns the number of entities."""
        with self.engine.begin() as conn:
            return rebuild(conn)

    # -- reading ------------------------------------------------------------------------------
    def search(
        self, query: str, *, scope: str = "all", limit: int | None = None, **filters: str | None
    ) -> list[dict[str, Any]]:
        """Full-text search (stemmed) over quotes and/or article texts; filters: speaker, org,
        since, until, outlet, kind."""
        with self.engine.connect() as conn:
            return Q.search(
                conn,
                self.index,
                query,
                Q.Filters(**filters),
                scope=scope,
                limit=limit or int(config.get("store", "search_limit")),
            )

    def quotes(
        self, *, limit: int | None = 100, offset: int = 0, **filters: str | None
    ) -> list[dict[str, Any]]:
        """Quotes matching the filters (speaker, org, since, until, outlet, kind), newest first."""
        with self.engine.connect() as conn:
            return Q.quotes(conn, Q.Filters(**filters), limit=limit, offset=offset)

    def who_said(self, query: str, *, limit: int = 20, **filters: str | None) -> list[dict[str, Any]]:
        """Speakers ranked by the number of their quotes matching ``query``."""
        with self.engine.connect() as conn:
            return Q.who_said(conn, self.index, query, Q.Filters(**filters), limit=limit)

    def people(self, *, top: int = 20, label: str | None = "PERSON") -> list[dict[str, Any]]:
        """The most quoted (then most mentioned) people, or entities of ``label``."""
        with self.engine.connect() as conn:
            return P.people(conn, top=top, label=label)

    def person(self, name: str) -> dict[str, Any]:
        """One entity's profile (raises ``LookupError`` when nothing matches)."""
        with self.engine.connect() as conn:
            return P.person(conn, name)

    def article(self, id: str) -> dict[str, Any] | None:
        """The stored article with record id or key ``id`` (schema v1 fields plus ``key``,
        ``outlet`` and entity ids on entities and quotes), or ``None``."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(S.articles.c.pk)
                .where((S.articles.c.id == id) | (S.articles.c.key == id))
                .order_by(S.articles.c.pk)
            ).first()
            return next(self.iter_articles(pks=[row[0]]), None) if row else None

    def iter_articles(self, pks: list[int] | None = None, chunk: int = 500) -> Iterator[dict[str, Any]]:
        """Every stored article (or those with ``pks``) as a record; see :meth:`article`."""
        from warta.store.export import iter_articles

        return iter_articles(self.engine, pks=pks, chunk=chunk)

    def stats(self) -> dict[str, Any]:
        """Counts of articles, quotes, mentions, entities by label, and the date range."""
        with self.engine.connect() as conn:
            count = lambda t: conn.execute(select(func.count()).select_from(t)).scalar()  # noqa: E731
            labels = dict(
                conn.execute(select(S.entities.c.label, func.count()).group_by(S.entities.c.label)).all()
            )
            first, last = conn.execute(
                select(func.min(S.articles.c.published), func.max(S.articles.c.published))
            ).one()
            return {
                "articles": count(S.articles),
                "quotes": count(S.quotes),
                "mentions": count(S.mentions),
                "people": labels.get("PERSON", 0),
                "organisations": labels.get("ORG", 0),
                "entities": sum(labels.values()),
                "first_published": first,
                "last_published": last,
                "schema_version": S.stored_version(conn),
                "backend": self.engine.dialect.name,
            }

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and create or migrate) the knowledge base at ``url``: a SQLite path (default from
    settings, ``warta.db``), ``sqlite:///…`` or ``postgresql://…``. With ``create=False`` a missing
    SQLite file raises ``FileNotFoundError``."""
    url = url or str(config.get("store", "default_db"))
    full = engine_url(url)
    if full.startswith("sqlite:///") and full != "sqlite:///:memory:":
        path = Path(full[len("sqlite:///") :])
        if not create and not path.exists():
            raise FileNotFoundError(f"no knowledge base at {path} (run 'warta ingest' first)")
        engine = create_engine(full)
        event.listen(engine, "connect", _sqlite_pragmas)
    elif full.startswith("sqlite"):
        engine = create_engine(full)
    else:
        engine = create_engine(full, pool_pre_ping=True)
    return Store(engine)


def dumps(obj: Any) -> str:
    """JSON for query results (non-ASCII kept)."""
    return json.dumps(obj, ensure_ascii=False, default=str)
