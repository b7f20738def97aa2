"""Lexicon features for the statistical NER: a spaCy component that runs before ``ner``.

The NER's token-to-vector layer embeds, besides the word's norm, prefix, suffix and shape, one
lexicon class per token (``Token.lemma_``, which the blank Indonesian pipeline leaves empty):

- ``G-LOC`` / ``G-ORG``: the token is part of the longest gazetteer match (places and countries,
  organisations; case-sensitive whole tokens, as ``warta.annotate.entities`` matches them);
- ``T-ROLE`` / ``T-TITLE``: part of an office (``Menteri Luar Negeri``) or a title or rank
  (``AKBP``, ``Bapak``), matched case-insensitively;
- ``H-ORG`` / ``H-LOC``: a word that opens an organisation (``Partai``, ``Universitas``) or a
  place name (``Jalan``, ``Kabupaten``).

All lists are the general lexicons in ``warta/lang/id/`` (no training data). The same component
runs at training time (``scripts/train_ner.py``) and at run time (``warta.annotate.ner.add_ner``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from warta.annotate.entity_lexicons import WORD, lexicons

FACTORY = "warta_ner_features"


@dataclass(frozen=True)
class _Tables:
    """Phrase tables keyed by their first word, longest phrase first."""

    cased: dict[str, list[tuple[tuple[str, ...], str]]]  # gazetteers (case-sensitive)
    lower: dict[str, list[tuple[tuple[str, ...], str]]]  # roles and titles (lower-case)
    heads: dict[str, str]  # lower-case word -> head class


def _index(entries: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, cls in entries:
        if words:
            out.setdefault(words[0], []).append((words, cls))
    for lst in out.values():
        lst.sort(key=lambda e: -len(e[0]))
    return out


@cache
def tables() -> _Tables:
    """The lexicon tables (built once per process)."""
    lx = lexicons()
    cased = [(k, "G-LOC") for k in lx.places] + [(k, "G-ORG") for k in lx.orgs]
    lower = [(tuple(WORD.findall(p)), "T-ROLE") for p in lx.roles]
    lower += [(tuple(WORD.findall(p)), "T-TITLE") for p in lx.titles if p not in lx.roles]
    heads = {w: "H-LOC" for w in lx.place_heads}
    heads.update({w: "H-ORG" for w in lx.org_heads if w not in heads})
    return _Tables(_index(cased), _index(lower), heads)


def _match(words: list[str], i: int, index: dict[str, list[tuple[tuple[str, ...], str]]]) -> tuple[int, str]:
    for phrase, cls in index.get(words[i], ()):
        n = len(phrase)
        if tuple(words[i:i + n]) == phrase:
            return n, cls
    return 0, ""


def token_classes(words: list[str]) -> list[str]:
    """The lexicon class of each word of a tokenised text ("" when none)."""
    t = tables()
    lowered = [w.lower().rstrip(".") or w for w in words]
    out = [""] * len(words)
    i = 0
    while i < len(words):
        n, cls = _match(words, i, t.cased)
        if not n:
            n, cls = _match(lowered, i, t.lower)
        if n:
            out[i:i + n] = [cls] * n
            i += n
            continue
        out[i] = t.heads.get(lowered[i], "")
        i += 1
    return out


def set_features(doc: Doc) -> Doc:
    """Write each token's lexicon class into ``Token.lemma_`` (empty when none)."""
    for token, cls in zip(doc, token_classes([t.text for t in doc]), strict=True):
        if cls:
            token.lemma_ = cls
    return doc


@Language.factory(FACTORY)
def make_ner_features(nlp: Language, name: str):  # noqa: ARG001 - spaCy's factory signature
    """spaCy factory: the lexicon-feature component (no weights, no settings)."""
    return set_features
