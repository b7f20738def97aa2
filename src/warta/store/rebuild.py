"""Rebuild the ``entities`` table and the surface links from all stored surfaces and corrections."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import bindparam, func, select, union_all
from sqlalchemy.engine import Connection

from warta.store import schema as S
from warta.store.identity import Identity, Surface, resolve
from warta.store.text import slug


def load_corrections(conn: Connection) -> list[tuple[str, dict]]:
    """The stored corrections, oldest first."""
    rows = conn.execute(select(S.corrections.c.action, S.corrections.c.payload).order_by(S.corrections.c.id))
    return [(a, json.loads(p)) for a, p in rows]


def add_correction(conn: Connection, action: str, payload: dict) -> None:
    """Store a correction (replayed by every later :func:`rebuild`)."""
    nxt = (conn.execute(select(func.max(S.corrections.c.id))).scalar() or 0) + 1
    conn.execute(
        S.corrections.insert().values(
            id=nxt,
            action=action,
            payload=json.dumps(payload, ensure_ascii=False),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
    )


def rebuild(conn: Connection) -> int:
    """Resolve identities over every surface and rewrite ``entities``; returns the entity count."""
    mention_n: dict[int, int] = {}
    quote_n: dict[int, int] = {}
    surfaces: dict[int, Surface] = {}
    current: dict[int, tuple[str | None, float | None]] = {}
    for r in conn.execute(select(S.surfaces)):
        mention_n[r.id], quote_n[r.id] = r.mention_count, r.quote_count
        surfaces[r.id] = Surface(
            r.id, r.label, r.key, r.role_key, r.name, r.role, mention_n.get(r.id, 0) + quote_n.get(r.id, 0)
        )
        current[r.id] = (r.entity_id, r.link_confidence)
    idents = resolve(surfaces.values(), load_corrections(conn), lambda ids: org_context(conn, ids))
    ids = entity_ids(idents, surfaces)
    updates = []
    rows = []
    for ident, (eid, rep, role) in zip(idents, ids, strict=True):
        for sid, conf in ident.links.items():
            if current[sid] != (eid, conf):
                updates.append({"sid": sid, "eid": eid, "conf": conf})
        rows.append(
            {
                "id": eid,
                "label": ident.label,
                "name": rep.name,
                "role": role.role if role else None,
                "mention_count": sum(mention_n.get(s, 0) for s in ident.links),
                "quote_count": sum(quote_n.get(s, 0) for s in ident.links),
                "confidence": round(min(ident.links.values()), 3),
            }
        )
    if updates:
        conn.execute(
            S.surfaces.update()
            .where(S.surfaces.c.id == bindparam("sid"))
            .values(entity_id=bindparam("eid"), link_confidence=bindparam("conf")),
            updates,
        )
    conn.execute(S.entities.delete())
    if rows:
        conn.execute(S.entities.insert(), rows)
    return len(rows)


def org_context(conn: Connection, surface_ids: list[int], chunk: int = 500) -> dict[int, set[str]]:
    """The keys of the organisations mentioned in the articles of each surface."""
    out: dict[int, set[str]] = defaultdict(set)
    m2, s2 = S.mentions.alias("m2"), S.surfaces.alias("s2")
    for i in range(0, len(surface_ids), chunk):
        ids = surface_ids[i : i + chunk]
        own = union_all(
            select(S.mentions.c.article_pk, S.mentions.c.surface_id).where(S.mentions.c.surface_id.in_(ids)),
            select(S.quotes.c.article_pk, S.quotes.c.surface_id).where(S.quotes.c.surface_id.in_(ids)),
        ).subquery()
        stmt = (
            select(own.c.surface_id, s2.c.key)
            .distinct()
            .select_from(
                own.join(m2, m2.c.article_pk == own.c.article_pk).join(s2, s2.c.id == m2.c.surface_id)
            )
            .where(s2.c.label == "ORG")
        )
        for sid, key in conn.execute(stmt):
            out[sid].add(key)
    return out


def article_counts(conn: Connection, entity_ids: list[str]) -> dict[str, int]:
    """The number of distinct articles that mention or quote each of ``entity_ids``."""
    if not entity_ids:
        return {}
    sids = select(S.surfaces.c.id).where(S.surfaces.c.entity_id.in_(entity_ids))
    pairs = union_all(
        select(S.mentions.c.article_pk, S.mentions.c.surface_id).where(S.mentions.c.surface_id.in_(sids)),
        select(S.quotes.c.article_pk, S.quotes.c.surface_id).where(S.quotes.c.surface_id.in_(sids)),
    ).subquery()
    stmt = (
        select(S.surfaces.c.entity_id, func.count(pairs.c.article_pk.distinct()))
        .join(pairs, pairs.c.surface_id == S.surfaces.c.id)
        .group_by(S.surfaces.c.entity_id)
    )
    return dict(conn.execute(stmt).all())


def entity_ids(
    idents: list[Identity], surfaces: dict[int, Surface]
) -> list[tuple[str, Surface, Surface | None]]:
    """A stable id, the representative surface (fullest name, then most used) and the main roled
    surface of each identity, in the order of ``idents``. Ids are given oldest identity first (by
    its oldest surface) and built from the oldest fullest name, so adding articles or corrections
    does not rename existing identities."""
    out: dict[int, tuple[str, Surface, Surface | None]] = {}
    used: set[str] = set()
    prefix = {"PERSON": "per", "ORG": "org", "LOC": "loc"}
    order = sorted(range(len(idents)), key=lambda i: min(idents[i].links))
    for i in order:
        ident = idents[i]
        members = [surfaces[s] for s in ident.links]
        rep = max(members, key=lambda s: (len(s.key.split()), s.weight, len(s.key), -s.id))
        stable = max(members, key=lambda s: (len(s.key.split()), -s.id))
        roled = [s for s in members if s.role_key]
        main_role = max(roled, key=lambda s: (s.weight, -s.id)) if roled else None
        base = f"{prefix.get(ident.label, ident.label.lower()[:4])}:{slug(stable.key)}"
        eid = base
        if eid in used and roled:
            eid = f"{base}~{slug(min(roled, key=lambda s: s.id).role_key, 40)}"
        n = 2
        while eid in used:
            eid = f"{base}-{n}"
            n += 1
        used.add(eid)
        out[i] = (eid, rep, main_role)
    return [out[i] for i in range(len(idents))]
