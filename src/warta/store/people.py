"""People and organisations: listing, one person's profile, and user corrections."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.engine import Connection

from warta.store import schema as S
from warta.store.query import find_entities
from warta.store.rebuild import add_correction, article_counts, rebuild
from warta.store.text import name_key

q_, a_, s_, e_, m_ = S.quotes, S.articles, S.surfaces, S.entities, S.mentions


class AmbiguousName(ValueError):
    """A name that matches several entities where exactly one is needed."""


def people(conn: Connection, *, top: int = 20, label: str | None = "PERSON") -> list[dict[str, Any]]:
    """Entities ranked by quotes, then mentions (``label=None``: every label)."""
    stmt = select(e_)
    if label:
        stmt = stmt.where(e_.c.label == label)
    stmt = stmt.order_by(e_.c.quote_count.desc(), e_.c.mention_count.desc(), e_.c.id).limit(top)
    out = [dict(r._mapping) for r in conn.execute(stmt)]
    if out:
        aliases: dict[str, list[str]] = {r["id"]: [] for r in out}
        for eid, name in conn.execute(
            select(s_.c.entity_id, s_.c.name).where(s_.c.entity_id.in_(aliases)).order_by(s_.c.id)
        ):
            if name not in aliases[eid]:
                aliases[eid].append(name)
        counts = article_counts(conn, list(aliases))
        for r in out:
            r["aliases"] = [n for n in aliases[r["id"]] if n != r["name"]]
            r["article_count"] = counts.get(r["id"], 0)
    return out


def _one(conn: Connection, name: str) -> str:
    ids = find_entities(conn, name, ("PERSON", "ORG", "LOC"))
    if not ids:
        raise LookupError(f"no person or organisation matches {name!r}")
    return ids[0]


def _pairs(eid: str):
    """(article_pk, surface_id, role) of every mention and quote of entity ``eid``."""
    sids = select(s_.c.id).where(s_.c.entity_id == eid)
    return union_all(
        select(m_.c.article_pk, m_.c.surface_id).where(m_.c.surface_id.in_(sids)),
        select(q_.c.article_pk, q_.c.surface_id).where(q_.c.surface_id.in_(sids)),
    ).subquery()


def person(conn: Connection, name: str, *, co_limit: int = 15, quote_limit: int = 5) -> dict[str, Any]:
    """The profile of the best-known entity matching ``name``: aliases (with link confidence),
    roles over time, quotes per month, co-mentioned entities, latest quotes, other matches."""
    matches = find_entities(conn, name, ("PERSON", "ORG", "LOC"))
    if not matches:
        raise LookupError(f"no person or organisation matches {name!r}")
    eid = matches[0]
    ent = dict(conn.execute(select(e_).where(e_.c.id == eid)).one()._mapping)
    ent["article_count"] = article_counts(conn, [eid]).get(eid, 0)
    pairs = _pairs(eid)
    uses = dict(conn.execute(select(pairs.c.surface_id, func.count()).group_by(pairs.c.surface_id)).all())
    aliases: dict[str, dict[str, Any]] = {}
    for r in conn.execute(select(s_).where(s_.c.entity_id == eid).order_by(s_.c.id)):
        al = aliases.setdefault(r.name, {"alias": r.name, "count": 0, "confidence": r.link_confidence})
        al["count"] += uses.get(r.id, 0)
        al["confidence"] = max(al["confidence"] or 0.0, r.link_confidence or 0.0)
    for text, n in conn.execute(
        select(m_.c.text, func.count())
        .join(s_, s_.c.id == m_.c.surface_id)
        .where(s_.c.entity_id == eid)
        .group_by(m_.c.text)
    ):
        if text not in aliases:
            aliases[text] = {"alias": text, "count": n, "confidence": None}
    roles = []
    stmt = (
        select(
            s_.c.role_key,
            func.min(s_.c.role).label("role"),
            func.count().label("n"),
            func.min(a_.c.published).label("first"),
            func.max(a_.c.published).label("last"),
        )
        .select_from(pairs.join(s_, s_.c.id == pairs.c.surface_id).join(a_, a_.c.pk == pairs.c.article_pk))
        .where(s_.c.role_key != "")
        .group_by(s_.c.role_key)
        .order_by(func.min(a_.c.published), s_.c.role_key)
    )
    for r in conn.execute(stmt):
        roles.append({"role": r.role, "count": r.n, "first": r.first, "last": r.last})
    month = func.substr(a_.c.published, 1, 7)
    by_month = [
        {"month": mth, "quotes": n}
        for mth, n in conn.execute(
            select(month, func.count())
            .select_from(q_.join(a_, a_.c.pk == q_.c.article_pk).join(s_, s_.c.id == q_.c.surface_id))
            .where(s_.c.entity_id == eid)
            .group_by(month)
            .order_by(month)
        )
    ]
    arts = select(pairs.c.article_pk).distinct().scalar_subquery()
    s2 = s_.alias("s2")
    co = conn.execute(
        select(s2.c.entity_id, e_.c.name, e_.c.label, func.count(m_.c.article_pk.distinct()).label("n"))
        .select_from(m_.join(s2, s2.c.id == m_.c.surface_id).join(e_, e_.c.id == s2.c.entity_id))
        .where(m_.c.article_pk.in_(arts), s2.c.entity_id != eid)
        .group_by(s2.c.entity_id, e_.c.name, e_.c.label)
        .order_by(func.count(m_.c.article_pk.distinct()).desc(), s2.c.entity_id)
        .limit(co_limit)
    )
    from warta.store.query import Filters, quotes

    return {
        **ent,
        "aliases": sorted(aliases.values(), key=lambda a: -a["count"]),
        "roles": roles,
        "quotes_by_month": by_month,
        "co_mentioned": [{"id": r.entity_id, "name": r.name, "label": r.label, "articles": r.n} for r in co],
        "latest_quotes": quotes(conn, Filters(speaker=eid), limit=quote_limit),
        "other_matches": matches[1:10],
    }


def _surface_keys(conn: Connection, eid: str) -> list[list[str]]:
    rows = conn.execute(
        select(s_.c.label, s_.c.key, s_.c.role_key).where(s_.c.entity_id == eid).order_by(s_.c.id)
    )
    return [list(r) for r in rows]


def merge(conn: Connection, a: str, b: str) -> dict[str, Any]:
    """Record that ``a`` and ``b`` (names or entity ids) are one identity; rebuilds identities."""
    ea, eb = _one(conn, a), _one(conn, b)
    if ea == eb:
        raise ValueError(f"{a!r} and {b!r} are already the same entity ({ea})")
    ka, kb = _surface_keys(conn, ea)[0], _surface_keys(conn, eb)[0]
    add_correction(conn, "merge", {"a": ka, "b": kb})
    rebuild(conn)
    return {"merged": [ea, eb], "entity": _entity_of(conn, ka)}


def _entity_of(conn: Connection, skey: list[str]) -> str | None:
    return conn.execute(
        select(s_.c.entity_id).where(s_.c.label == skey[0], s_.c.key == skey[1], s_.c.role_key == skey[2])
    ).scalar()


def split(conn: Connection, entity: str, aliases: list[str]) -> dict[str, Any]:
    """Detach the surfaces of ``entity`` written as any of ``aliases`` into a separate identity
    (recorded, so it survives re-ingest); rebuilds identities."""
    eid = _one(conn, entity)
    keys = {name_key(x) for x in aliases}
    chosen = [k for k in _surface_keys(conn, eid) if k[1] in keys]
    if not chosen:
        raise ValueError(f"{eid} has no alias among {', '.join(map(repr, aliases))}")
    if len(chosen) == len(_surface_keys(conn, eid)):
        raise ValueError("cannot split every alias off an entity")
    add_correction(conn, "split", {"surfaces": chosen})
    rebuild(conn)
    return {"from": eid, "entity": _entity_of(conn, chosen[0]), "aliases": sorted({k[1] for k in chosen})}
