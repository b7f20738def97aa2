"""The document model: frozen records with character offsets into the clean text.

Every annotation (:class:`Entity`, :class:`Quote`, :class:`DateMention`) carries ``start``/``end``
offsets into :attr:`Article.text` and a ``confidence`` in [0, 1]. ``Article.to_dict()`` gives the
output record of schema v1 (see ``docs/schema.md`` and ``warta/schema/article.schema.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

EntityLabel = Literal["PERSON", "ORG", "LOC"]
QuoteKind = Literal["direct", "indirect"]
Granularity = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity mention: ``text == article.text[start:end]``."""

    text: str
    label: str
    start: int
    end: int
    canonical: str
    role: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        """The schema v1 form of this entity."""
        return {
            "text": self.text,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "canonical": self.canonical,
            "role": self.role,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (direct or indirect) and its speaker.

    ``text == article.text[start:end]`` is the quoted content without the quotation marks.
    ``speaker`` is the fullest name the article gives (or a description for unnamed speakers).
    """

    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_label: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The schema v1 form of this quote."""
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_label": self.speaker_label,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression resolved to the calendar: ``value`` is ISO ``YYYY-MM-DD``, ``YYYY-MM``
    or ``YYYY`` according to ``granularity``, or ``None`` when it cannot be resolved."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The schema v1 form of this date mention."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "granularity": self.granularity,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """A phrase that says what the article is about, with a score in [0, 1]."""

    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """The schema v1 form of this keyphrase."""
        return {"text": self.text, "score": self.score}


@dataclass(frozen=True, slots=True)
class Article:
    """One analysed article. All offsets index into :attr:`text` (the clean body text)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    removed: tuple[str, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    summary: tuple[tuple[int, int], ...] = ()
    keyphrases: tuple[Keyphrase, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The output record of schema v1 (JSON-serialisable)."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_source": self.published_source,
            "text": self.text,
            "removed": list(self.removed),
            "sentences": [[s, e] for s, e in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
            "summary": [[s, e] for s, e in self.summary],
            "keyphrases": [k.to_dict() for k in self.keyphrases],
            "warnings": list(self.warnings),
        }
