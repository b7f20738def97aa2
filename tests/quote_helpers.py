"""Shared helper of the quote tests: chosen fields of the quotations ``warta.analyze`` finds."""

from __future__ import annotations

import warta
from warta.annotate.speaker_final import fuller_speakers
from warta.model import Entity, Quote


def quotes_of_kind(text: str, kind: str) -> list[tuple[str | None, str]]:
    """``(speaker, text)`` of every ``kind`` (``direct`` / ``indirect``) quotation of ``text``."""
    return [(q.speaker, q.text) for q in warta.analyze(text).quotes if q.kind == kind]


def quote_fields(text: str, *fields: str, part: str | None = None) -> list[tuple]:
    """``(getattr(q, f) for f in fields)`` of every quotation of ``text`` (only those whose text
    contains ``part``, when given), in text order."""
    return [tuple(getattr(q, f) for f in fields) for q in warta.analyze(text).quotes
            if part is None or part in q.text]


def person_at(doc: str, text: str, nth: int = 0) -> Entity:
    """The person mention ``text`` at its ``nth`` occurrence in ``doc`` (canonical = the text)."""
    start = -1
    for _ in range(nth + 1):
        start = doc.index(text, start + 1)
    return Entity(text, "PERSON", start, start + len(text), text)


def final_speaker(doc: str, name: str, mentions: list[Entity]) -> str | None:
    """The speaker ``name`` of a quote in ``doc`` after :func:`warta.annotate.speaker_final.
    fuller_speakers` with the article's ``mentions``."""
    quote = Quote("indirect", "ada tiga daerah", 0, 15, speaker=name, speaker_label="PERSON")
    return fuller_speakers(doc, [quote], mentions)[0].speaker
