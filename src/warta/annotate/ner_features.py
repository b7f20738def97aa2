"""Lexicon features for the statistical NER: a spaCy component that runs before ``ner``.

The NER's token-to-vector layer embeds, besides the word's norm, prefix, suffix and shape, one
lexicon class per token (``Token.lemma_``, which the blank Indonesian pipeline leaves empty):

- ``G-LOC`` / ``G-ORG``: the token is part of the longest gazetteer match (places and countries,
  organisations; case-sensitive whole tokens, as ``warta.annotate.entities`` matches them);
- ``T-ROLE`` / ``T-TITLE``: part of an office (``Menteri Luar Negeri``) or a title or rank
  (``AKBP``, ``Bapak``), matched case-insensitively;
- ``H-ORG`` / ``H-LOC``: a word that opens an organisation (``Partai``, ``Universitas``) or a
  place name (``Jalan``, ``Kabupaten``);
- ``G-PER`` (only for a model trained with ``person_names = true`` in its
  ``[components.warta_ner_features]`` block): a given name or surname of many countries
  (``gazetteer_person_names.txt``) that has no other class.

All lists are the general lexicons in ``warta/lang/id/`` (no training data). The same component
runs at training time (``scripts/train_ner.py``) and at run time (``warta.annotate.ner.add_ner``).

A model may also carry a **training-data gazetteer** (``TrainGazetteer``: entity strings of the NER
training sets, built by ``scripts/build_ner_gazetteer.py``), saved with the component in the model
folder (``warta_ner_features/gazetteer.tsv``). Its class goes into ``Token.tag_`` (also left empty
by the blank pipeline): ``PERSON-B`` / ``PERSON-I`` (and ORG, LOC) for a longest case-sensitive
phrase match, ``PTOK`` for a word seen mostly inside person names. During training,
``set_jackknife`` makes each training sentence see only the gazetteer built without its own fold.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc

from warta.annotate.entity_lexicons import LANG, WORD, lexicons
from warta.lang import lexicon

FACTORY = "warta_ner_features"


@dataclass(frozen=True)
class _Tables:
    """Phrase tables keyed by their first word, longest phrase first."""

    cased: dict[str, list[tuple[tuple[str, ...], str]]]  # gazetteers (case-sensitive)
    lower: dict[str, list[tuple[tuple[str, ...], str]]]  # roles and titles (lower-case)
    heads: dict[str, str]  # lower-case word -> head class
    names: frozenset[str]  # given names and surnames (case-sensitive single words)


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
    names = frozenset(lexicon(LANG, "gazetteer_person_names"))
    return _Tables(_index(cased), _index(lower), heads, names)


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


def token_classes(words: list[str], person_names: bool = False) -> list[str]:
    """The lexicon class of each word of a tokenised text ("" when none); ``person_names`` adds
    ``G-PER`` for a listed name that has no other class."""
    t = tables()
    out = [""] * len(words)
    free = 0  # words before this index are inside a phrase already matched
    names = t.names if person_names else frozenset()
    for i in [i for i, w in enumerate(words) if _may_match(w) or w in names]:
        if i < free:
            continue
        n, cls = _match(words, i, t.cased)
        if not n:
            n, cls = _match(words, i, t.lower, _low)
        if n:
            out[i:i + n] = [cls] * n
            free = i + n
        else:
            out[i] = t.heads.get(_low(words[i]), "") or ("G-PER" if words[i] in names else "")
    return out


Phrases = dict[str, list[tuple[tuple[str, ...], str]]]
GAZETTEER_FILE = "gazetteer.tsv"
WORD_CLASS = "PTOK"  # gazetteer row class of a single word seen mostly inside person names


@dataclass(frozen=True)
class TrainGazetteer:
    """Entity strings from NER training data: phrases keyed by first word, and single words."""

    phrases: Phrases
    words: dict[str, str]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, tuple[str, ...]]]) -> "TrainGazetteer":
        """Build from ``(class, words)`` rows: class PERSON / ORG / LOC, or ``PTOK`` (one word)."""
        rows = list(rows)
        words = {w[0]: c for c, w in rows if c == WORD_CLASS and len(w) == 1}
        return cls(_index((w, c) for c, w in rows if c != WORD_CLASS), words)

    def rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """The ``(class, words)`` rows, sorted (phrases, then single words)."""
        out = sorted((c, p) for lst in self.phrases.values() for p, c in lst)
        return out + sorted((c, (w,)) for w, c in self.words.items())

    def classes(self, words: list[str]) -> list[str]:
        """Per word: ``LABEL-B`` / ``LABEL-I`` inside the longest phrase match, ``PTOK``, or ""."""
        out = [""] * len(words)
        phrases, single = self.phrases, self.words
        free = 0
        for i in [i for i, w in enumerate(words) if w in phrases or w in single]:
            if i < free:
                continue
            n, cls = _match(words, i, phrases)
            if n:
                out[i] = cls + "-B"
                out[i + 1:i + n] = [cls + "-I"] * (n - 1)
                free = i + n
            else:
                out[i] = single.get(words[i], "")
        return out


EMPTY = TrainGazetteer({}, {})


def write_gazetteer(gaz: TrainGazetteer, path: Path) -> None:
    """Write ``gaz`` as TSV: class, then the phrase's words separated by single spaces."""
    lines = [f"{c}\t{' '.join(w)}" for c, w in gaz.rows()]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def read_gazetteer(path: Path) -> TrainGazetteer:
    """Read a TSV written by ``write_gazetteer`` (EMPTY when the file does not exist)."""
    if not path.is_file():
        return EMPTY
    rows = []
    for line in path.read_text("utf-8").splitlines():
        cls, _, text = line.partition("\t")
        if cls and text:
            rows.append((cls, tuple(text.split(" "))))
    return TrainGazetteer.from_rows(rows)


@dataclass(frozen=True)
class _Jackknife:
    full: TrainGazetteer  # built from all training sentences: what the saved model carries
    fold_of: dict[str, int]  # training sentence text -> its fold
    folds: list[TrainGazetteer]  # fold k -> gazetteer built without fold k's sentences


_jackknife: _Jackknife | None = None


def set_jackknife(full: TrainGazetteer | None, fold_of: dict[str, int] | None = None,
                  folds: list[TrainGazetteer] | None = None) -> None:
    """Training only (``scripts/train_ner.py``): components created from now on carry ``full``;
    a document whose text is a training sentence of fold k gets ``folds[k]`` instead. ``None``
    switches this off."""
    global _jackknife
    _jackknife = None if full is None else _Jackknife(full, fold_of or {}, folds or [])


def set_features(doc: Doc, gazetteer: TrainGazetteer = EMPTY, person_names: bool = False) -> Doc:
    """Write each token's lexicon class into ``Token.lemma_`` and its training-gazetteer class
    into ``Token.tag_`` (both left empty when none)."""
    strings = doc.vocab.strings
    words = [strings[h] for h in doc.to_array(ORTH).tolist()]
    for i, cls in enumerate(token_classes(words, person_names)):
        if cls:
            doc[i].lemma_ = cls
    if gazetteer.phrases or gazetteer.words:
        classes = gazetteer.classes(words)
        if any(classes):
            add = strings.add
            doc.from_array([TAG], numpy.array([[add(c) if c else 0] for c in classes], dtype="uint64"))
    return doc


class NerFeatures:
    """The feature component: general lexicon classes, plus the model's training gazetteer."""

    def __init__(self, person_names: bool = False) -> None:
        self.gazetteer = _jackknife.full if _jackknife is not None else EMPTY
        self.person_names = person_names

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        if _jackknife is not None and gaz.phrases:
            k = _jackknife.fold_of.get(doc.text)
            if k is not None:
                gaz = _jackknife.folds[k]
        return set_features(doc, gaz, self.person_names)

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:  # noqa: ARG002
        """Save the training gazetteer (nothing when the model has none)."""
        if self.gazetteer.phrases or self.gazetteer.words:
            path = Path(path)
            path.mkdir(parents=True, exist_ok=True)
            write_gazetteer(self.gazetteer, path / GAZETTEER_FILE)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "NerFeatures":  # noqa: ARG002
        """Load the training gazetteer saved by ``to_disk`` (EMPTY when the folder has none)."""
        self.gazetteer = read_gazetteer(Path(path) / GAZETTEER_FILE)
        return self


@Language.factory(FACTORY, default_config={"person_names": False})
def make_ner_features(nlp: Language, name: str, person_names: bool):  # noqa: ARG001 - spaCy's signature
    """spaCy factory: the lexicon-feature component (no weights; ``person_names`` adds ``G-PER``)."""
    return NerFeatures(person_names)
