"""Article text as HTML with quotes and entities highlighted.

The text is cut at every annotation boundary; each piece is escaped and wrapped in the quote
(``<mark class="q q-direct" data-q=…>``) and the entity (``<span class="ent ent-PERSON">``) that
cover it, so overlapping or nested spans never produce broken markup. The speaker of a quote is
in its ``title`` (hover) and ``data-*`` attributes (click: see ``static/app.js``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote as urlquote

from markupsafe import Markup, escape

_CLASS = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class Piece:
    """A run of text covered by the same quote and entity (indexes, or ``None``)."""

    text: str
    quote: int | None
    entity: int | None


def _valid(span: dict[str, Any], n: int) -> bool:
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n


def pieces(text: str, quotes: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]]) -> list[Piece]:
    """Cut ``text`` at every quote and entity boundary (spans with bad offsets are ignored)."""
    n = len(text)
    qs = [(i, q) for i, q in enumerate(quotes) if _valid(q, n)]
    es = [(i, e) for i, e in enumerate(entities) if _valid(e, n)]
    cuts = sorted({0, n, *(x for _, s in qs + es for x in (s["start"], s["end"]))})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        q = next((i for i, s in qs if s["start"] <= a and b <= s["end"]), None)
        e = next((i for i, s in es if s["start"] <= a and b <= s["end"]), None)
        out.append(Piece(text[a:b], q, e))
    return out


def speaker_line(q: dict[str, Any]) -> str:
    """``Speaker (role) · kind quote`` for titles and captions."""
    who = q.get("speaker") or "unknown speaker"
    role = f" ({q['speaker_role']})" if q.get("speaker_role") else ""
    return f"{who}{role} · {q.get('kind', 'quote')} quote"


def person_href(entity_id: str | None, name: str | None) -> str | None:
    """The person page of an entity id (else of a name), or ``None``."""
    target = entity_id or name
    return f"/people/{urlquote(target, safe='')}" if target else None


def render(text: str, quotes: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]]) -> Markup:
    """The article text as escaped HTML with highlight markup (newlines kept as text)."""
    html: list[str] = []
    for p in pieces(text, quotes, entities):
        chunk = str(escape(p.text))
        if p.entity is not None:
            ent = entities[p.entity]
            label = _CLASS.sub("", str(ent.get("label", "")))
            tip = f"{label}: {ent.get('canonical') or ent.get('text')}"
            if ent.get("role"):
                tip += f" — {ent['role']}"
            chunk = f'<span class="ent ent-{label}" title="{escape(tip)}">{chunk}</span>'
        if p.quote is not None:
            q = quotes[p.quote]
            kind = _CLASS.sub("", str(q.get("kind", "")))
            href = person_href(q.get("speaker_id"), q.get("speaker")) or ""
            chunk = (
                f'<mark class="q q-{kind}" data-q="{p.quote}" tabindex="0" title="{escape(speaker_line(q))}" '
                f'data-speaker="{escape(q.get("speaker") or "")}" '
                f'data-role="{escape(q.get("speaker_role") or "")}" '
                f'data-cue="{escape(q.get("cue") or "")}" data-href="{escape(href)}">{chunk}</mark>'
            )
        html.append(chunk)
    return Markup("".join(html))


def sentence_texts(text: str, spans: Sequence[Sequence[int]]) -> list[str]:
    """The texts of ``[start, end]`` spans (e.g. the summary), skipping bad offsets."""
    return [text[s:e] for s, e in (tuple(x) for x in spans if len(x) == 2) if 0 <= s < e <= len(text)]
