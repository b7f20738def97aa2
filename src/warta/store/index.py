"""The full-text index over quotes and article texts, one implementation per dialect.

Both index pre-stemmed text (:func:`warta.store.text.stems`): SQLite keeps it in FTS5 tables
(``quote_fts``, ``article_fts``, rowid = quote id / article pk, ranked by BM25); PostgreSQL keeps a
``tsvector`` built with the ``simple`` configuration (no further stemming) in ``quote_search`` /
``article_search`` with GIN indexes, ranked by ``ts_rank``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import bindparam, column, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from warta.store.text import stem_tokens

_PHRASE = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class ParsedQuery:
    """A user query as stems: loose ``terms`` (all required) and quoted ``phrases``."""

    terms: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    any_of: tuple[str, ...] = ()  # marker tokens, at least one required (e.g. speaker surfaces)

    @property
    def empty(self) -> bool:
        """True when the query has no searchable word."""
        return not self.terms and not any(self.phrases)

    def all_stems(self) -> set[str]:
        """Every stem of the query."""
        return set(self.terms) | {s for p in self.phrases for s in p}


def speaker_token(surface_id: int) -> str:
    """The marker token indexed with a quote of speaker surface ``surface_id``: filtering by
    speaker inside the full-text index is a doclist intersection, not a join per match."""
    return f"zzspk{surface_id}"


def parse_query(query: str) -> ParsedQuery:
    """Split ``query`` into stemmed loose terms and ``"quoted phrases"``."""
    phrases = tuple(tuple(stem_tokens(m)) for m in _PHRASE.findall(query))
    loose = _PHRASE.sub(" ", query)
    terms = tuple(dict.fromkeys(stem_tokens(loose)))
    return ParsedQuery(terms, tuple(p for p in phrases if p))


@dataclass(frozen=True)
class Match:
    """A full-text condition: join ``source`` on ``source_id`` and filter with ``where``;
    ``score`` orders best first when sorted ascending."""

    source: object
    source_id: ColumnElement
    where: ColumnElement
    score: ColumnElement


class SearchIndex:
    """Dialect-specific creation, filling and querying of the full-text tables."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.pg = dialect == "postgresql"

    # -- schema -------------------------------------------------------------------------------
    def create(self, conn: Connection) -> None:
        """Create the full-text tables if missing."""
        if self.pg:
            for name, ref in (("quote_search", "quotes(id)"), ("article_search", "articles(pk)")):
                conn.execute(
                    text(
                        f"CREATE TABLE IF NOT EXISTS {name} (id integer PRIMARY KEY REFERENCES {ref} "
                        "ON DELETE CASCADE, tsv tsvector NOT NULL)"
                    )
                )
                conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{name}_tsv ON {name} USING gin (tsv)"))
        else:
            for name in ("quote_fts", "article_fts"):
                conn.execute(
                    text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5(stems, tokenize='unicode61')")
                )

    # -- writing ------------------------------------------------------------------------------
    def add(self, conn: Connection, kind: str, rows: list[dict]) -> None:
        """Index ``rows`` (``{"id": int, "stems": str}``) as ``kind`` ``"quote"`` or ``"article"``."""
        if not rows:
            return
        values = [(r["id"], r["stems"]) for r in rows]
        if self.pg:
            sql = f"INSERT INTO {kind}_search (id, tsv) VALUES (%s, to_tsvector('simple', %s))"
        else:
            sql = f"INSERT INTO {kind}_fts (rowid, stems) VALUES (?, ?)"
        conn.exec_driver_sql(sql, values)

    def delete(self, conn: Connection, kind: str, ids: list[int]) -> None:
        """Remove index rows by id."""
        if not ids:
            return
        name = f"{kind}_search" if self.pg else f"{kind}_fts"
        col = "id" if self.pg else "rowid"
        stmt = text(f"DELETE FROM {name} WHERE {col} IN :ids").bindparams(bindparam("ids", expanding=True))
        conn.execute(stmt, {"ids": ids})

    # -- querying -----------------------------------------------------------------------------
    def window(
        self, conn: Connection, kind: str, query: ParsedQuery, size: int, below: int | None = None
    ) -> tuple[int | None, bool]:
        """The lowest id among the ``size`` newest (highest id) matches below ``below``, and whether
        that reached the oldest match. Cheap: the index is walked in id order, not ranked."""
        m = self.match(kind, query)
        inner = select(m.source_id.label("id")).select_from(m.source).where(m.where)
        if below is not None:
            inner = inner.where(m.source_id < below)
        sub = inner.order_by(m.source_id.desc()).limit(size).subquery()
        low, n = conn.execute(select(func.min(sub.c.id), func.count()).select_from(sub)).one()
        return low, n < size

    def match(self, kind: str, query: ParsedQuery, param: str = "ftsq") -> Match:
        """The full-text condition for ``query`` over ``kind`` (``"quote"`` or ``"article"``)."""
        if self.pg:
            src = table(f"{kind}_search", column("id"), column("tsv"))
            tsq = None
            if query.terms:
                tsq = func.plainto_tsquery("simple", bindparam(param, " ".join(query.terms)))
            for i, phrase in enumerate(query.phrases):
                ph = func.phraseto_tsquery("simple", bindparam(f"{param}_p{i}", " ".join(phrase)))
                tsq = ph if tsq is None else tsq.op("&&")(ph)
            if query.any_of:
                alt = func.to_tsquery("simple", bindparam(f"{param}_any", " | ".join(query.any_of)))
                tsq = alt if tsq is None else tsq.op("&&")(alt)
            return Match(src, src.c.id, src.c.tsv.op("@@")(tsq), -func.ts_rank(src.c.tsv, tsq))
        name = f"{kind}_fts"
        src = table(name, column("rowid"))
        parts = [f'"{t}"' for t in query.terms] + ['"' + " ".join(p) + '"' for p in query.phrases]
        if query.any_of:
            parts.append("(" + " OR ".join(f'"{t}"' for t in query.any_of) + ")")
        where = literal_column(name).op("MATCH")(bindparam(param, " AND ".join(parts)))
        return Match(src, src.c.rowid, where, literal_column(f"bm25({name})"))
