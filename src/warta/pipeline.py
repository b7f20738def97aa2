"""The analysis pipeline: clean → segment → tokens + NER (spaCy) → annotate → :class:`Article`.

``load()`` builds the spaCy ``Language`` (``blank("id")`` tokenizer, Warta's sentence component and
the shipped NER). ``analyze()`` runs one text; :class:`Analyzer` runs many with ``nlp.pipe``.
Annotators are plain functions over the clean text and earlier annotations, so each can be tested
(and replaced) alone; they never edit the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warta import config
from warta.annotate import registry
from warta.annotate.speaker_final import fuller_speakers
from warta.model import Article
from warta.segment import split_sentences
from warta.segment.affixes import FACTORY as TOKENIZER_FACTORY
from warta.segment.tokens import GuardedTokenizer

LANG = "id"

if not Doc.has_extension("warta_sentences"):
    Doc.set_extension("warta_sentences", default=None)


@Language.component("warta_sentences", assigns=["doc._.warta_sentences"])
def warta_sentences(doc: Doc) -> Doc:
    """Attach Warta's abbreviation-aware sentence spans (character offsets) to the Doc.

    Token-level ``is_sent_start`` is not set: no component reads it, and setting it token by token
    costs more than the splitting itself.
    """
    text = doc._.warta_text  # set by GuardedTokenizer (Doc.text rebuilds the string token by token)
    doc._.warta_sentences = split_sentences(doc.text if text is None else text, LANG)
    return doc


@cache
def load() -> Language:
    """The spaCy pipeline for Indonesian with Warta's components (loaded once per process)."""
    # spaCy's default tokenizer with a cheaper prefix search (same tokens: warta.segment.affixes)
    nlp = spacy.blank(LANG, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FACTORY}}})
    nlp.max_length = int(config.get("input", "max_chars")) + 1
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer, nlp.vocab, int(config.get("input", "max_chunk_chars")))
    nlp.add_pipe("warta_sentences")
    registry.add_ner(nlp)
    return nlp


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class _Prepared:
    text: str
    removed: tuple[str, ...]
    warnings: tuple[str, ...]


class InputTooLarge(ValueError):
    """An article longer than the configured ``[input] max_chars``."""


@dataclass(frozen=True, slots=True)
class Meta:
    """What the input says about an article besides its text."""

    id: str = "article"
    title: str | None = None
    url: str | None = None
    published: str | None = None


class Analyzer:
    """Analyse articles with one loaded pipeline; ``analyze_many`` batches them through spaCy."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 32) -> None:
        self.nlp = nlp or load()
        self.batch_size = batch_size
        self.max_chars = int(config.get("input", "max_chars"))

    def _prepare(self, text: str) -> _Prepared:
        if len(text) > self.max_chars:
            raise InputTooLarge(f"article has {len(text):,} characters; the limit is {self.max_chars:,}")
        warnings: tuple[str, ...] = ()
        if _SURROGATE.search(text):
            text, n = _SURROGATE.subn("\ufffd", text)
            warnings = (f"replaced {n} invalid character(s) (lone UTF-16 surrogates) with U+FFFD",)
        cleaned = registry.clean_text(text)
        return _Prepared(cleaned.text, tuple(cleaned.removed), warnings)

    def analyze(self, text: str, meta: Meta | None = None) -> Article:
        """Analyse one article text."""
        cleaned = self._prepare(text)
        return self._finish(self.nlp(cleaned.text), cleaned, meta or Meta())

    def analyze_many(self, items: Iterable[tuple[str, Meta]]) -> Iterator[Article | Exception]:
        """Analyse (text, meta) pairs in order; an article that fails yields its exception."""
        prepared: list[tuple[Any, Meta]] = []
        for text, meta in items:
            try:
                prepared.append((self._prepare(text), meta))
            except InputTooLarge as exc:
                prepared.append((exc, meta))
            if len(prepared) >= self.batch_size:
                yield from self._run(prepared)
                prepared = []
        yield from self._run(prepared)

    def _run(self, prepared: list[tuple[Any, Meta]]) -> Iterator[Article | Exception]:
        good = [c for c, _ in prepared if not isinstance(c, Exception)]
        docs = iter(self.nlp.pipe(c.text for c in good))
        for cleaned, meta in prepared:
            if isinstance(cleaned, Exception):
                yield cleaned
            else:
                yield self._finish(next(docs), cleaned, meta)

    def _finish(self, doc: Doc, cleaned: _Prepared, meta: Meta) -> Article:
        text = cleaned.text  # the Doc's text (doc.text would rebuild it from the tokens)
        sentences = doc._.warta_sentences or split_sentences(text, LANG)
        entities = registry.build_entities(text, registry.ner_spans(doc))
        checked = registry.verify_entities(text, sentences, entities)
        entities = checked.entities
        quotes = fuller_speakers(text, registry.find_quotes(text, sentences, checked.for_quotes), entities)
        dated = registry.annotate_dates(text, meta.published, meta.url)
        summary = registry.summarize(
            text,
            sentences,
            title=meta.title,
            entity_spans=[(e.start, e.end) for e in entities],
            quote_spans=[(q.start, q.end) for q in quotes],
        )
        return Article(
            id=meta.id,
            text=text,
            title=meta.title,
            url=meta.url,
            published=dated.published,
            published_source=dated.published_source,
            removed=cleaned.removed,
            sentences=tuple(sentences),
            entities=tuple(entities),
            quotes=tuple(quotes),
            dates=tuple(dated.mentions),
            summary=tuple(summary),
            keyphrases=tuple(registry.keyphrases(text, sentences)),
            warnings=cleaned.warnings + tuple(dated.warnings),
        )


@cache
def _default_analyzer() -> Analyzer:
    return Analyzer()


def analyze(text: str, published: str | None = None, **meta: Any) -> Article:
    """Analyse one article: ``warta.analyze(text, published="2023-07-05", id=..., title=..., url=...)``."""
    return _default_analyzer().analyze(text, Meta(published=published, **meta))
