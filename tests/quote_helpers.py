"""Shared helper of the quote tests: chosen fields of the quotations ``warta.analyze`` finds."""

from __future__ import annotations

import warta


def quote_fields(text: str, *fields: str, part: str | None = None) -> list[tuple]:
    """``(getattr(q, f) for f in fields)`` of every quotation of ``text`` (only those whose text
    contains ``part``, when given), in text order."""
    return [tuple(getattr(q, f) for f in fields) for q in warta.analyze(text).quotes
            if part is None or part in q.text]
