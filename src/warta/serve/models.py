"""Pydantic models of the JSON API: what every ``/api/…`` endpoint answers (and accepts)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_Model):
    """Every 4xx/5xx answer: a status and a message (plus the bad parameters, if any)."""

    status: int
    error: str
    details: list[dict[str, str]] = []


class Quote(_Model):
    """A stored quote with its article and the speaker's identity."""

    quote_id: int
    article_id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_label: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    cue: str | None = None
    confidence: float
    speaker_id: str | None = None
    speaker_name: str | None = None
    speaker_link_confidence: float | None = None


class QuotePage(_Model):
    """One page of quotes; ask for the next with ``offset + limit`` while ``has_more``."""

    items: list[Quote]
    limit: int
    offset: int
    has_more: bool


class SearchHit(_Model):
    """A quote hit (quote fields) or an article hit (``snippet``); ``score``: higher is better."""

    type: Literal["quote", "article"]
    score: float
    article_id: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    snippet: str | None = None
    quote_id: int | None = None
    kind: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    speaker_id: str | None = None
    speaker_name: str | None = None


class SearchResult(_Model):
    """The hits of a full-text search: quote hits first, then article hits."""

    query: str
    hits: list[SearchHit]


class ArticleSummary(_Model):
    """One row of the article list."""

    article_id: str
    key: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    chars: int
    quotes: int
    entities: int


class ArticlePage(_Model):
    """One page of articles, newest first."""

    items: list[ArticleSummary]
    limit: int
    offset: int
    has_more: bool


class EntityMention(_Model):
    """An entity mention (schema v1) plus its identity when stored."""

    text: str
    label: str
    start: int
    end: int
    canonical: str
    role: str | None = None
    confidence: float
    entity_id: str | None = None
    link_confidence: float | None = None


class QuoteMention(_Model):
    """A quote (schema v1) plus the speaker's identity when stored."""

    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_label: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    confidence: float
    speaker_id: str | None = None


class DateMention(_Model):
    """A date expression resolved to the calendar (schema v1)."""

    text: str
    start: int
    end: int
    value: str | None = None
    granularity: str | None = None
    confidence: float


class Keyphrase(_Model):
    """A key phrase with its score (schema v1)."""

    text: str
    score: float


class Article(_Model):
    """A schema v1 record (stored articles add ``key``, ``outlet`` and entity ids)."""

    id: str
    key: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_source: str | None = None
    text: str
    removed: list[str] = []
    sentences: list[list[int]] = []
    entities: list[EntityMention] = []
    quotes: list[QuoteMention] = []
    dates: list[DateMention] = []
    summary: list[list[int]] = []
    keyphrases: list[Keyphrase] = []
    warnings: list[str] = []


class AnalyzeRequest(_Model):
    """Text to analyse (not stored); ``published`` anchors relative dates."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the raw article text")
    published: str | None = Field(
        default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY[-MM[-DD]]"
    )
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)


class PersonSummary(_Model):
    """One row of the people list."""

    id: str
    label: str
    name: str
    role: str | None = None
    mention_count: int
    quote_count: int
    article_count: int = 0
    aliases: list[str] = []


class Alias(_Model):
    """A written form of a person and how often it is used."""

    alias: str
    count: int
    confidence: float | None = None


class Role(_Model):
    """A role held, with the dates it was seen."""

    role: str
    count: int
    first: str | None = None
    last: str | None = None


class MonthCount(_Model):
    """Quotes in one month ``YYYY-MM``."""

    month: str | None
    quotes: int


class CoMention(_Model):
    """An entity named in the same articles."""

    id: str
    name: str
    label: str
    articles: int


class Person(_Model):
    """A person's (or organisation's) profile."""

    id: str
    label: str
    name: str
    role: str | None = None
    mention_count: int
    quote_count: int
    article_count: int
    aliases: list[Alias]
    roles: list[Role]
    quotes_by_month: list[MonthCount]
    co_mentioned: list[CoMention]
    latest_quotes: list[Quote]
    other_matches: list[str]


class Period(_Model):
    """Quotes in one period (ISO week ``2023-W27`` or month ``2023-07``) starting on ``start``."""

    period: str
    start: str
    quotes: int


class Timeline(_Model):
    """Quotes over time: ``bucket`` is ``week`` (or ``month`` for long spans)."""

    bucket: Literal["week", "month"]
    points: list[Period]


class Speaker(_Model):
    """A top speaker."""

    id: str
    name: str
    role: str | None = None
    quotes: int


class OutletCount(_Model):
    """Articles per outlet."""

    outlet: str
    articles: int


class Stats(_Model):
    """Corpus figures and the data behind the home page charts."""

    articles: int
    quotes: int
    mentions: int
    people: int
    organisations: int
    entities: int
    first_published: str | None = None
    last_published: str | None = None
    schema_version: int | None = None
    top_speakers: list[Speaker]
    quotes_over_time: Timeline
    outlets: list[OutletCount]
