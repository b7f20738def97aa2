"""The knowledge-base schema: one SQLAlchemy Core definition for SQLite and PostgreSQL.

Row ids are allocated by the (single) writer, so a batch can insert articles, mentions and quotes
together with their full-text rows without round trips. The full-text index itself is dialect
specific and lives in :mod:`warta.store.index`.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.engine import Connection

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=False),
    Column("key", String(80), nullable=False, unique=True),
    Column("id", Text, nullable=False, index=True),
    Column("url", Text),
    Column("outlet", String(120), index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("published_source", String(40)),
    Column("text", Text, nullable=False),
    Column("sentences", Text, nullable=False),  # JSON [[start, end], ...]
    Column("extra", Text, nullable=False),  # JSON: removed, summary, keyphrases, warnings, ...
    Column("ingested_at", String(32), nullable=False),
)

# A surface is one distinct (label, name, role) as written; identities group surfaces.
surfaces = Table(
    "surfaces",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("label", String(16), nullable=False),
    Column("key", Text, nullable=False),
    Column("role_key", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text),
    Column("entity_id", String(120), index=True),
    Column("link_confidence", Float),
    Column("mention_count", Integer, nullable=False),  # kept up to date by ingest
    Column("quote_count", Integer, nullable=False),
    UniqueConstraint("label", "key", "role_key", name="uq_surface"),
)
Index("ix_surfaces_key", surfaces.c.key)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("surface_id", Integer, ForeignKey("surfaces.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(16), nullable=False),
    Column("canonical", Text, nullable=False),
    Column("role", Text),
    Column("confidence", Float, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("kind", String(16), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker", Text),
    Column("speaker_label", String(16)),
    Column("speaker_role", Text),
    Column("speaker_org", Text),
    Column("cue", Text),
    Column("confidence", Float, nullable=False),
    Column("surface_id", Integer, ForeignKey("surfaces.id"), index=True),
)

dates = Table(
    "dates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("value", String(10), index=True),
    Column("granularity", String(8)),
    Column("confidence", Float, nullable=False),
)

# Identities, rebuilt from the surfaces after every ingest (see warta.store.identity).
entities = Table(
    "entities",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("label", String(16), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("role", Text),
    Column("mention_count", Integer, nullable=False),
    Column("quote_count", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
)

# User corrections (merge/split), replayed after every identity rebuild.
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("action", String(16), nullable=False),
    Column("payload", Text, nullable=False),  # JSON
    Column("created_at", String(32), nullable=False),
)

# Migrations: MIGRATIONS[n] upgrades a database at version n to n + 1.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def stored_version(conn: Connection) -> int | None:
    """The schema version recorded in the database, or ``None`` for an empty database."""
    if not conn.dialect.has_table(conn, "meta"):
        return None
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else None


def set_version(conn: Connection, version: int) -> None:
    """Record ``version`` as the schema version."""
    conn.execute(meta.delete().where(meta.c.key == "schema_version"))
    conn.execute(meta.insert().values(key="schema_version", value=str(version)))


def migrate(conn: Connection) -> int:
    """Create the schema in an empty database, or run the migrations from its recorded version up
    to :data:`SCHEMA_VERSION`. Returns the version the database had before (0 when new)."""
    version = stored_version(conn)
    if version is None:
        metadata.create_all(conn)
        set_version(conn, SCHEMA_VERSION)
        return 0
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this Warta ({SCHEMA_VERSION}); upgrade Warta"
        )
    start = version
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        set_version(conn, version)
    return start
