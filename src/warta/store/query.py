"""Read queries over quotes and articles: full-text search, quotes by speaker, who said what."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.engine import Connection

from warta import config
from warta.store import schema as S
from warta.store.index import Match, ParsedQuery, SearchIndex, parse_query, speaker_token
from warta.store.text import name_key, org_key, stem_words

_WORD_AT = re.compile(r"\w+")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
q_, a_, s_, e_ = S.quotes, S.articles, S.surfaces, S.entities


@dataclass(frozen=True)
class Filters:
    """Filters shared by the quote queries (all optional; dates are ``YYYY[-MM[-DD]]``, inclusive)."""

    speaker: str | None = None
    org: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")

    @property
    def quote_only(self) -> bool:
        """True when a filter applies to quotes only (speaker, organisation, kind)."""
        return bool(self.speaker or self.org or self.kind)


def find_entities(conn: Connection, name: str, labels: tuple[str, ...] = ("PERSON", "ORG")) -> list[str]:
    """Entity ids matching ``name``: an entity id, an exact name/alias, else every entity whose
    alias contains all the words of ``name``; best known first."""
    if conn.execute(select(e_.c.id).where(e_.c.id == name)).first():
        return [name]
    key = name_key(name)
    if not key:
        return []
    base = select(s_.c.entity_id).where(s_.c.label.in_(labels), s_.c.entity_id.is_not(None))
    ids = {r[0] for r in conn.execute(base.where(s_.c.key.in_({key, org_key(name)})))}
    if not ids:
        words = key.split()
        cond = and_(*[s_.c.key.like(f"%{w}%") for w in words])
        for eid, skey in conn.execute(base.add_columns(s_.c.key).where(cond)):
            if set(words) <= set(skey.split()):
                ids.add(eid)
    if not ids:
        return []
    rank = conn.execute(
        select(e_.c.id)
        .where(e_.c.id.in_(ids))
        .order_by(e_.c.quote_count.desc(), e_.c.mention_count.desc(), e_.c.id)
    )
    return [r[0] for r in rank]


def _quote_columns() -> list:
    return [
        q_.c.id.label("quote_id"),
        a_.c.id.label("article_id"),
        a_.c.url,
        a_.c.outlet,
        a_.c.published,
        a_.c.title,
        q_.c.kind,
        q_.c.text,
        q_.c.start,
        q_.c.end,
        q_.c.speaker,
        q_.c.speaker_label,
        q_.c.speaker_role,
        q_.c.speaker_org,
        q_.c.cue,
        q_.c.confidence,
        s_.c.entity_id.label("speaker_id"),
        e_.c.name.label("speaker_name"),
        s_.c.link_confidence.label("speaker_link_confidence"),
    ]


def _quote_from(source=None, source_id=None):
    base = q_ if source is None else source.join(q_, q_.c.id == source_id)
    return (
        base.join(a_, a_.c.pk == q_.c.article_pk)
        .outerjoin(s_, s_.c.id == q_.c.surface_id)
        .outerjoin(e_, e_.c.id == s_.c.entity_id)
    )


def _date_conditions(f: Filters) -> list:
    out = []
    if f.since:
        out.append(a_.c.published >= f.since)
    if f.until:
        upper = f.until if len(f.until) == 10 else f.until + "-99"  # 2023-07 -> 2023-07-99
        out.append(a_.c.published <= upper)
    if f.outlet:
        out.append(a_.c.outlet == f.outlet.strip().lower())
    return out


def _speaker_surfaces(conn: Connection, speaker: str) -> list[int] | None:
    """The surface ids of the identities matching ``speaker`` (None when there are none, or too many
    to use as index markers)."""
    eids = find_entities(conn, speaker)
    if not eids:
        return None
    sids = [r[0] for r in conn.execute(select(s_.c.id).where(s_.c.entity_id.in_(eids)).order_by(s_.c.id))]
    return sids if 0 < len(sids) <= int(config.get("store", "max_speaker_markers")) else None


def _quote_conditions(conn: Connection, f: Filters) -> list:
    out = _date_conditions(f)
    if f.kind:
        out.append(q_.c.kind == f.kind)
    if f.speaker:
        eids = find_entities(conn, f.speaker)
        if eids:
            out.append(s_.c.entity_id.in_(eids))
        else:  # unnamed speakers ("seorang pedagang") are matched as written
            out.append(func.lower(q_.c.speaker).like(f"%{f.speaker.strip().lower()}%"))
    if f.org:
        orgs = find_entities(conn, f.org, ("ORG",))
        names = {f.org.strip().lower()}
        if orgs:
            names |= {r[0].lower() for r in conn.execute(select(s_.c.name).where(s_.c.entity_id.in_(orgs)))}
        out.append(
            or_(func.lower(q_.c.speaker_org).in_(names), s_.c.entity_id.in_(orgs) if orgs else false())
        )
    return out


def quotes(conn: Connection, f: Filters, *, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes matching the filters, newest article first, in text order within an article.

    With a limit, the newest articles are tried first: only quotes of articles published on or
    after the date of the N-th newest article, N growing eightfold until enough rows are found (the
    rows of such a window are exactly the head of the full ordering), so a prolific speaker's latest
    quotes do not need a sort of all of them."""
    window = int(config.get("store", "recent_window"))
    sids = _speaker_surfaces(conn, f.speaker) if f.speaker else None
    if sids:
        uses = conn.execute(select(func.sum(s_.c.quote_count)).where(s_.c.id.in_(sids))).scalar() or 0
        if uses > 3 * window:  # prolific: walk recent articles (the "+ 0" keeps the planner off
            speaker = (q_.c.surface_id + 0).in_(sids)  # the speaker index, which would sort all)
        else:  # few quotes: fetch them by speaker and sort them
            speaker, window = q_.c.surface_id.in_(sids), 0
        conds = [*_quote_conditions(conn, replace(f, speaker=None)), speaker]
    else:
        conds = _quote_conditions(conn, f)
    base = select(*_quote_columns()).select_from(_quote_from()).where(*conds)
    base = base.order_by(a_.c.published.desc().nulls_last(), a_.c.pk, q_.c.seq)
    if not limit:
        return [dict(r._mapping) for r in conn.execute(base.offset(offset))]
    want = offset + limit
    while window > 0:
        floor = conn.execute(
            select(a_.c.published)
            .where(a_.c.published.is_not(None))
            .order_by(a_.c.published.desc())
            .offset(window)
            .limit(1)
        ).scalar()
        if floor is None:
            break  # fewer articles than the window: query everything
        rows = conn.execute(base.where(a_.c.published >= floor).limit(want)).all()
        if len(rows) >= want:
            return [dict(r._mapping) for r in rows[offset:]]
        window *= 8
    return [dict(r._mapping) for r in conn.execute(base.offset(offset).limit(limit))]


def _snippet(text: str, query: ParsedQuery, width: int = 160) -> str:
    """About ``width`` characters of ``text`` around the first word whose stem is in the query
    (the first words containing a query stem are checked with the stemmer)."""
    wanted = query.all_stems()
    low = text.lower()
    for stem in sorted(wanted, key=low.find):
        pos = low.find(stem)
        while pos >= 0:
            m = _WORD_AT.search(low, max(0, low.rfind(" ", 0, pos) + 1))
            if m and m.start() <= pos and stem_words([m.group(0)])[0] in wanted:
                start = max(0, m.start() - width // 3)
                return ("…" if start else "") + text[start : start + width].replace("\n", " ") + "…"
            pos = low.find(stem, pos + 1)
    return text[:width].replace("\n", " ")


def _in_window(m: Match, low: int | None, high: int | None) -> list:
    out = []
    if low is not None:
        out.append(m.source_id >= low)
    if high is not None:
        out.append(m.source_id < high)
    return out


def _windowed(
    conn: Connection, index: SearchIndex, kind: str, pq: ParsedQuery, limit: int, build: Callable
) -> list:
    """Ranked hits, newest matches first: the newest ``[store] rank_window`` matches (by id, i.e.
    ingest order) are ranked and, when filters leave fewer than ``limit`` hits, the next (twice as
    large) window, and so on. Ranking every match of a frequent word does not scale; this keeps a
    search cost proportional to the window. ``build(m, low, high)`` gives the ranked statement."""
    size = int(config.get("store", "rank_window" if kind == "quote" else "rank_window_articles"))
    m = index.match(kind, pq)
    if size <= 0:
        return list(conn.execute(build(m, None, None).limit(limit)))
    out: list = []
    high = None
    while len(out) < limit:
        low, done = index.window(conn, kind, pq, size, below=high)
        if low is None:
            break
        out.extend(conn.execute(build(m, None if done else low, high).limit(limit - len(out))))
        if done:
            break
        high, size = low, size * 2
    return out


def search(
    conn: Connection, index: SearchIndex, query: str, f: Filters, *, scope: str = "all", limit: int = 20
) -> list[dict[str, Any]]:
    """Full-text search over quotes and/or article texts (``scope``: ``quotes``, ``articles`` or
    ``all``); stemmed like the index; best match first among the newest matches (see
    :func:`_windowed`), quotes before articles."""
    pq = parse_query(query)
    if pq.empty:
        return []
    hits: list[dict[str, Any]] = []
    if scope in ("quotes", "all"):
        qpq, qf = pq, f
        sids = _speaker_surfaces(conn, f.speaker) if f.speaker else None
        if sids:  # the speaker filter runs inside the full-text index (see index.speaker_token)
            qpq, qf = replace(pq, any_of=tuple(speaker_token(s) for s in sids)), replace(f, speaker=None)
        conds = _quote_conditions(conn, qf)

        def build_quotes(m: Match, low: int | None, high: int | None):
            if not conds:  # rank in the index alone, then fetch only the top rows
                top = (
                    select(m.source_id.label("id"), m.score.label("score"))
                    .select_from(m.source)
                    .where(m.where, *_in_window(m, low, high))
                    .order_by(m.score)
                    .limit(limit)
                    .subquery("top")
                )
                return (
                    select(*_quote_columns(), top.c.score)
                    .select_from(_quote_from(top, top.c.id))
                    .order_by(top.c.score)
                )
            return (
                select(*_quote_columns(), m.score.label("score"))
                .select_from(_quote_from(m.source, m.source_id))
                .where(m.where, *_in_window(m, low, high), *conds)
                .order_by(m.score)
            )

        for r in _windowed(conn, index, "quote", qpq, limit, build_quotes):
            hits.append({"type": "quote", **r._mapping})
    if scope == "articles" or (scope == "all" and not f.quote_only):
        conds = _date_conditions(f)
        cols = [a_.c.id.label("article_id"), a_.c.url, a_.c.outlet, a_.c.published, a_.c.title, a_.c.text]

        def build_articles(m: Match, low: int | None, high: int | None):
            return (
                select(*cols, m.score.label("score"))
                .select_from(m.source.join(a_, a_.c.pk == m.source_id))
                .where(m.where, *_in_window(m, low, high), *conds)
                .order_by(m.score)
            )

        for r in _windowed(conn, index, "article", pq, limit, build_articles):
            row = dict(r._mapping)
            row["snippet"] = _snippet(row.pop("text"), pq)
            hits.append({"type": "article", **row})
    for h in hits:
        h["score"] = round(-float(h["score"]), 4)
    return hits


def who_said(
    conn: Connection, index: SearchIndex, query: str, f: Filters, *, limit: int = 20
) -> list[dict[str, Any]]:
    """Speakers ranked by the number of their quotes matching ``query``."""
    pq = parse_query(query)
    if pq.empty:
        return []
    m = index.match("quote", pq)
    joined = m.source.join(q_, q_.c.id == m.source_id).join(a_, a_.c.pk == q_.c.article_pk)
    if f.speaker or f.org:  # these filters look at identities
        joined = joined.outerjoin(s_, s_.c.id == q_.c.surface_id)
    stmt = (
        select(
            q_.c.surface_id,
            q_.c.speaker,
            func.count().label("n"),
            func.min(a_.c.published).label("first"),
            func.max(a_.c.published).label("last"),
        )
        .select_from(joined)
        .where(m.where, *_quote_conditions(conn, f))
        .group_by(q_.c.surface_id, q_.c.speaker)
    )
    rows = conn.execute(stmt).all()
    sids = {r.surface_id for r in rows if r.surface_id is not None}
    ident: dict[int, tuple] = {}
    for i in range(0, len(sids), 500):
        part = sorted(sids)[i : i + 500]
        for r in conn.execute(
            select(s_.c.id, s_.c.entity_id, e_.c.name, e_.c.label)
            .outerjoin(e_, e_.c.id == s_.c.entity_id)
            .where(s_.c.id.in_(part))
        ):
            ident[r.id] = (r.entity_id, r.name, r.label)
    agg: dict[tuple, dict[str, Any]] = defaultdict(lambda: {"quotes": 0, "first": None, "last": None})
    for r in rows:
        eid, name, label = ident.get(r.surface_id, (None, None, None))
        key = (eid,) if eid else (None, r.speaker)
        row = agg[key]
        row.update(speaker_id=eid, name=name or r.speaker, label=label)
        row["quotes"] += r.n
        row["first"] = min(x for x in (row["first"], r.first) if x) if (row["first"] or r.first) else None
        row["last"] = max(x for x in (row["last"], r.last) if x) if (row["last"] or r.last) else None
    ranked = sorted(agg.values(), key=lambda r: (-r["quotes"], str(r["name"])))
    return [
        {
            "speaker_id": r["speaker_id"],
            "name": r["name"],
            "label": r["label"],
            "quotes": r["quotes"],
            "first": r["first"],
            "last": r["last"],
        }
        for r in ranked[:limit]
    ]
