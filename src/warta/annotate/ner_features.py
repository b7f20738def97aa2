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

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import ORTH
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


_CACHE_MAX = 200_000  # distinct token strings remembered by _may_match before the cache is reset
_may: dict[str, bool] = {}


def _low(word: str) -> str:
    """The lower-case key of a word for roles, titles and heads (final full stops dropped)."""
    return word.lower().rstrip(".") or word


def _may_match(word: str) -> bool:
    """True when a phrase can start at ``word`` or it is a head word (cached per string)."""
    hit = _may.get(word)
    if hit is None:
        t = tables()
        low = _low(word)
        hit = word in t.cased or low in t.lower or low in t.heads
        if len(_may) >= _CACHE_MAX:
            _may.clear()
        _may[word] = hit
    return hit


def _match(words: list[str], i: int, index: dict[str, list[tuple[tuple[str, ...], str]]],
           key=None) -> tuple[int, str]:
    first = words[i] if key is None else key(words[i])
    for phrase, cls in index.get(first, ()):
        n = len(phrase)
        span = words[i:i + n]
        if (tuple(span) if key is None else tuple(map(key, span))) == phrase:
            return n, cls
    return 0, ""


def token_classes(words: list[str]) -> list[str]:
    """The lexicon class of each word of a tokenised text ("" when none)."""
    t = tables()
    out = [""] * len(words)
    free = 0  # words before this index are inside a phrase already matched
    for i in [i for i, w in enumerate(words) if _may_match(w)]:
        if i < free:
            continue
        n, cls = _match(words, i, t.cased)
        if not n:
            n, cls = _match(words, i, t.lower, _low)
        if n:
            out[i:i + n] = [cls] * n
            free = i + n
        else:
            out[i] = t.heads.get(_low(words[i]), "")
    return out


def set_features(doc: Doc) -> Doc:
    """Write each token's lexicon class into ``Token.lemma_`` (empty when none)."""
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()]
    for i, cls in enumerate(token_classes(words)):
        if cls:
            doc[i].lemma_ = cls
    return doc


@Language.factory(FACTORY)
def make_ner_features(nlp: Language, name: str):  # noqa: ARG001 - spaCy's factory signature
    """spaCy factory: the lexicon-feature component (no weights, no settings)."""
    return set_features
