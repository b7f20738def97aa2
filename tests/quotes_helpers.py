"""Shared helper for the quotation tests: run find_quotes with Warta's sentence splitter."""

from warta.annotate.quotes import find_quotes
from warta.segment.sentences import split_sentences


def quotes_of(text, entities=()):
    """All quotations of ``text`` (no NER entities unless given)."""
    return find_quotes(text, split_sentences(text), entities)


def only(text, kind=None):
    """The single quotation (of ``kind``) found in ``text``."""
    qs = [q for q in quotes_of(text) if kind is None or q.kind == kind]
    assert len(qs) == 1, [(q.kind, q.text, q.speaker) for q in qs]
    return qs[0]


def entity(text, surface, label, conf=0.9, nth=0):
    """A hand-written NER entity on the ``nth`` occurrence of ``surface``."""
    from warta.model import Entity

    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return Entity(surface, label, s, s + len(surface), surface, None, conf)


def parse(text, phrase, entities=()):
    """:func:`parse_speaker` on the first occurrence of ``phrase``, with ``entities`` as the NER's."""
    from warta.annotate.speakers import EntityIndex, NameIndex, parse_speaker

    ents = EntityIndex(list(entities))
    s = text.index(phrase)
    return parse_speaker(text, s, s + len(phrase), ents, NameIndex(text, ents))
