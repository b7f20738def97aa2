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
