"""Idempotent, batch-transactional ingest of article records into the knowledge base."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

from warta.store import schema as S
from warta.store.index import SearchIndex, speaker_token
from warta.store.records import RecordError, article_key, is_extracted, outlet_of, published_date
from warta.store.text import name_key, org_key, role_key, stems

_EXTRA_FIELDS = ("removed", "summary", "keyphrases", "warnings")
_SPEAKER_LABELS = ("PERSON", "ORG")


@dataclass
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    quotes: int = 0
    mentions: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form."""
        return asdict(self)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _analyse(record: dict[str, Any]) -> dict[str, Any]:
    try:
        from warta import analyze
    except ImportError as exc:  # pragma: no cover - depends on the installed pipeline
        raise RecordError(f"raw input needs the analysis pipeline ({exc})") from None
    meta = {k: record.get(k) for k in ("id", "title", "url") if record.get(k) is not None}
    article = analyze(record["text"], published=record.get("published"), **meta)
    out = article.to_dict()
    if record.get("outlet"):
        out["outlet"] = record["outlet"]
    return out


class Ingester:
    """Writes records in batches; one transaction per batch; ids allocated in memory (single writer)."""

    def __init__(
        self,
        engine: Engine,
        index: SearchIndex,
        *,
        batch_size: int,
        replace: bool = False,
        analyse: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> None:
        self.engine = engine
        self.index = index
        self.batch_size = batch_size
        self.replace = replace
        self.analyse = analyse or _analyse
        self._load_state()

    def _load_state(self) -> None:
        with self.engine.connect() as conn:
            self.surface_ids = {
                (r.label, r.key, r.role_key): r.id
                for r in conn.execute(
                    select(S.surfaces.c.id, S.surfaces.c.label, S.surfaces.c.key, S.surfaces.c.role_key)
                )
            }
            self.next = {
                name: (conn.execute(select(func.max(col))).scalar() or 0) + 1
                for name, col in self._id_columns()
            }

    def _id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def _surface(self, label: str, name: str, role: str | None, new: list[dict]) -> int | None:
        key = org_key(name) if label == "ORG" else name_key(name)
        if not key:
            return None
        rk = role_key(role)
        sid = self.surface_ids.get((label, key, rk))
        if sid is None:
            sid = self._id("surfaces")
            self.surface_ids[(label, key, rk)] = sid
            new.append(
                {
                    "id": sid,
                    "label": label,
                    "key": key,
                    "role_key": rk,
                    "name": name.strip(),
                    "role": role,
                    "mention_count": 0,
                    "quote_count": 0,
                    "entity_id": None,
                    "link_confidence": None,
                }
            )
        return sid

    def run(
        self,
        records: Iterable[dict[str, Any] | RecordError],
        progress: Callable[[int], None] | None = None,
    ) -> IngestSummary:
        """Ingest ``records``; ``progress(n)`` is called after each batch with its size. A
        :class:`RecordError` among them (input that could not be read) is counted as failed."""
        summary = IngestSummary()
        t0 = time.perf_counter()
        for batch in _chunks(records, self.batch_size):
            self._batch(batch, summary)
            if progress:
                progress(len(batch))
        summary.seconds = round(time.perf_counter() - t0, 3)
        return summary

    def _batch(self, batch: list[dict | RecordError], summary: IngestSummary) -> None:
        summary.read += len(batch)
        keyed: dict[str, dict] = {}
        for rec in batch:
            if isinstance(rec, RecordError):
                summary.failed += 1
                summary.errors.append(str(rec))
                continue
            try:
                key = article_key(rec)
            except RecordError as exc:
                summary.failed += 1
                summary.errors.append(str(exc))
                continue
            if key in keyed:
                summary.unchanged += 1  # the same article twice in one batch
            keyed.setdefault(key, rec)
        with self.engine.connect() as conn:
            existing = (
                dict(
                    conn.execute(
                        select(S.articles.c.key, S.articles.c.pk).where(S.articles.c.key.in_(list(keyed)))
                    ).all()
                )
                if keyed
                else {}
            )
        todo: list[tuple[str, dict]] = []
        for key, rec in keyed.items():
            if key in existing and not self.replace:
                summary.unchanged += 1
                continue
            if not is_extracted(rec):
                try:
                    rec = self.analyse(rec)
                except (RecordError, ValueError) as exc:
                    summary.failed += 1
                    summary.errors.append(f"{rec.get('id')}: {exc}")
                    continue
            todo.append((key, rec))
        if not todo:
            return
        try:
            with self.engine.begin() as conn:
                self._lock_and_refresh(conn)
                present = self._present(conn, [k for k, _ in todo])  # another writer may have added some
                if self.replace:
                    self._delete_articles(conn, list(present.values()))
                else:
                    summary.unchanged += sum(1 for k, _ in todo if k in present)
                    todo = [(k, r) for k, r in todo if k not in present]
                self._write(conn, todo, summary)
        except Exception:
            self._load_state()  # ids/surfaces allocated in the failed batch are void
            raise
        replaced = len(present) if self.replace else 0
        summary.replaced += replaced
        summary.added += len(todo) - replaced

    @staticmethod
    def _present(conn: Connection, keys: list[str]) -> dict[str, int]:
        if not keys:
            return {}
        stmt = select(S.articles.c.key, S.articles.c.pk).where(S.articles.c.key.in_(keys))
        return dict(conn.execute(stmt).all())

    def _lock_and_refresh(self, conn: Connection) -> None:
        """Take the write lock (a no-op update of ``meta``: SQLite's write lock, a row lock on
        PostgreSQL) so concurrent ingests serialise, then pick up ids and surfaces that another
        writer added since this one last looked."""
        conn.execute(S.meta.update().where(S.meta.c.key == "schema_version").values(value=S.meta.c.value))
        for name, col in self._id_columns():
            self.next[name] = max(self.next[name], (conn.execute(select(func.max(col))).scalar() or 0) + 1)
        known = max(self.surface_ids.values(), default=0)
        for r in conn.execute(
            select(S.surfaces.c.id, S.surfaces.c.label, S.surfaces.c.key, S.surfaces.c.role_key).where(
                S.surfaces.c.id > known
            )
        ):
            self.surface_ids[(r.label, r.key, r.role_key)] = r.id

    @staticmethod
    def _id_columns():
        return (
            ("articles", S.articles.c.pk),
            ("surfaces", S.surfaces.c.id),
            ("mentions", S.mentions.c.id),
            ("quotes", S.quotes.c.id),
            ("dates", S.dates.c.id),
        )

    def _delete_articles(self, conn: Connection, pks: list[int]) -> None:
        if not pks:
            return
        counts = []
        for table in (S.mentions, S.quotes):
            stmt = (
                select(table.c.surface_id, func.count())
                .where(table.c.article_pk.in_(pks), table.c.surface_id.is_not(None))
                .group_by(table.c.surface_id)
            )
            counts.append(Counter({sid: -n for sid, n in conn.execute(stmt)}))
        bump_counts(conn, *counts)
        qids = [r[0] for r in conn.execute(select(S.quotes.c.id).where(S.quotes.c.article_pk.in_(pks)))]
        self.index.delete(conn, "quote", qids)
        self.index.delete(conn, "article", pks)
        for table in (S.quotes, S.mentions, S.dates):
            conn.execute(table.delete().where(table.c.article_pk.in_(pks)))
        conn.execute(S.articles.delete().where(S.articles.c.pk.in_(pks)))

    def _write(self, conn: Connection, todo: list[tuple[str, dict]], summary: IngestSummary) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows: dict[str, list[dict]] = {k: [] for k in ("surfaces", "articles", "mentions", "quotes", "dates")}
        fts_q: list[dict] = []
        fts_a: list[dict] = []
        for key, rec in todo:
            pk = self._id("articles")
            text = rec["text"]
            extra = {k: rec.get(k) for k in _EXTRA_FIELDS if rec.get(k) is not None}
            rows["articles"].append(
                {
                    "pk": pk,
                    "key": key,
                    "id": str(rec.get("id") or key),
                    "url": rec.get("url"),
                    "outlet": outlet_of(rec),
                    "title": rec.get("title"),
                    "published": published_date(rec.get("published")),
                    "published_source": rec.get("published_source"),
                    "text": text,
                    "sentences": json.dumps(rec.get("sentences") or []),
                    "extra": json.dumps(extra, ensure_ascii=False),
                    "ingested_at": now,
                }
            )
            fts_a.append({"id": pk, "stems": stems(f"{rec.get('title') or ''}\n{text}")})
            labels: dict[str, str] = {}
            orgs: list[str] = []
            for ent in rec.get("entities") or ():
                canonical = ent.get("canonical") or ent["text"]
                label = ent.get("label") or "MISC"
                labels.setdefault(name_key(canonical), label)
                if label == "ORG":
                    orgs.append(canonical)
                sid = self._surface(label, canonical, ent.get("role"), rows["surfaces"])
                if sid is None:
                    continue
                rows["mentions"].append(
                    {
                        "id": self._id("mentions"),
                        "article_pk": pk,
                        "surface_id": sid,
                        "text": ent["text"],
                        "start": ent["start"],
                        "end": ent["end"],
                        "label": label,
                        "canonical": canonical,
                        "role": ent.get("role"),
                        "confidence": float(ent.get("confidence", 1.0)),
                    }
                )
            for seq, q in enumerate(rec.get("quotes") or ()):
                speaker = q.get("speaker")
                label = q.get("speaker_label") or (labels.get(name_key(speaker)) if speaker else None)
                role = q.get("speaker_role")
                sid = (
                    self._surface(label, speaker, role, rows["surfaces"])
                    if (speaker and label in _SPEAKER_LABELS and _looks_named(speaker))
                    else None
                )
                qid = self._id("quotes")
                rows["quotes"].append(
                    {
                        "id": qid,
                        "article_pk": pk,
                        "seq": seq,
                        "kind": q.get("kind") or "direct",
                        "text": q["text"],
                        "start": q["start"],
                        "end": q["end"],
                        "speaker": speaker,
                        "speaker_label": label,
                        "speaker_role": role,
                        "speaker_org": _speaker_org(speaker, label, role, orgs),
                        "cue": q.get("cue"),
                        "confidence": float(q.get("confidence", 0.5)),
                        "surface_id": sid,
                    }
                )
                marker = f" {speaker_token(sid)}" if sid is not None else ""
                fts_q.append({"id": qid, "stems": stems(q["text"]) + marker})
            for d in rec.get("dates") or ():
                rows["dates"].append(
                    {
                        "id": self._id("dates"),
                        "article_pk": pk,
                        "text": d["text"],
                        "start": d["start"],
                        "end": d["end"],
                        "value": d.get("value"),
                        "granularity": d.get("granularity"),
                        "confidence": float(d.get("confidence", 0.5)),
                    }
                )
        for name in ("surfaces", "articles", "mentions", "quotes", "dates"):
            bulk_insert(conn, getattr(S, name), rows[name])
        bump_counts(
            conn,
            Counter(m["surface_id"] for m in rows["mentions"]),
            Counter(q["surface_id"] for q in rows["quotes"] if q["surface_id"] is not None),
        )
        self.index.add(conn, "article", fts_a)
        self.index.add(conn, "quote", fts_q)
        summary.quotes += len(rows["quotes"])
        summary.mentions += len(rows["mentions"])


def placeholder(conn: Connection) -> str:
    """The DB-API placeholder of the connection's driver (``?`` for sqlite3, ``%s`` for psycopg)."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def bulk_insert(conn: Connection, table, rows: list[dict]) -> None:
    """Insert ``rows`` with one driver-level ``executemany`` (bypassing per-row SQL compilation,
    which dominates ingest time otherwise)."""
    if not rows:
        return
    cols = [c.name for c in table.columns]
    quote = conn.dialect.identifier_preparer.quote
    ph = placeholder(conn)
    names = ", ".join(map(quote, cols))
    sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join([ph] * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])


def bump_counts(conn: Connection, mentions: Counter, quotes: Counter) -> None:
    """Add ``mentions``/``quotes`` (surface id -> delta) to the surfaces' use counts."""
    ids = set(mentions) | set(quotes)
    if not ids:
        return
    ph = placeholder(conn)
    sql = (
        f"UPDATE surfaces SET mention_count = mention_count + {ph}, quote_count = quote_count + {ph} "
        f"WHERE id = {ph}"
    )
    conn.exec_driver_sql(sql, [(mentions.get(i, 0), quotes.get(i, 0), i) for i in sorted(ids)])


def _looks_named(speaker: str) -> bool:
    """A named speaker has a capitalised word or an acronym; descriptions such as ``seorang
    pedagang`` do not, and do not become identities."""
    return any(w[:1].isupper() for w in speaker.split())


def _speaker_org(speaker: str | None, label: str | None, role: str | None, orgs: list[str]) -> str | None:
    """The organisation a quote's speaker speaks for: the speaker itself when it is an organisation,
    else the article's organisation named inside the speaker's role."""
    if speaker and label == "ORG":
        return speaker
    if role:
        low = role.lower()
        found = [o for o in orgs if o and o.lower() in low]
        if found:
            return max(found, key=len)
    return None
