#!/usr/bin/env python3
"""Build the NER's training-data gazetteer: entity strings of the NER training sets.

    .venv/bin/python scripts/build_ner_gazetteer.py --out FILE [--with-dev]

Each sentence is re-tokenised with ``spacy.blank("id")`` (as the text is at run time) and its
gold entities are mapped onto those tokens. A phrase (the tokens of an entity, case-sensitive)
is kept when it contains an upper-case letter, is not one lower-case word, and occurs as an exact
entity at least as often as with all its tokens outside any entity (``O``) in the same
sentences; its class is its most frequent label. A single word is kept as ``PTOK`` (weak person
class) when it starts with a capital, has >= 2 letters and occurs inside PERSON entities more
often than anywhere else. ``scripts/train_ner.py --gazetteer`` builds the same table in memory
(from train, or train + dev for the refit) and jackknifed tables for the training sentences; the
model folder carries the full one (``warta_ner_features/gazetteer.tsv``). Data: NERGrit
(Apache-2.0 / MIT), NER-UI and NER-UGM (CC BY 4.0), idner-news-2k (MIT).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import spacy
from spacy.training import iob_to_biluo, tags_to_entities

from warta.annotate.ner_features import WORD_CLASS, TrainGazetteer, write_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import MISSING, Sentence, build_splits  # noqa: E402

LABEL_ORDER = ("PERSON", "ORG", "LOC")  # tie-break for a phrase with as many labels of two types


class Tokenised:
    """One training sentence on run-time tokens: its words and gold entity spans (token ranges)."""

    __slots__ = ("text", "words", "ents")

    def __init__(self, text: str, words: list[str], ents: list[tuple[int, int, str]]) -> None:
        self.text, self.words, self.ents = text, words, ents


def tokenise(sents: Iterable[Sentence]) -> list[Tokenised]:
    """Re-tokenise pre-tokenised sentences (joined by spaces, as in training) with the blank
    Indonesian tokenizer; gold entities are expanded to the tokens they overlap."""
    nlp = spacy.blank("id")
    out: list[Tokenised] = []
    for s in sents:
        if MISSING in s.tags:
            continue  # partial annotation: no reliable O counts
        text = " ".join(s.words)
        starts, pos = [], 0
        for w in s.words:
            starts.append(pos)
            pos += len(w) + 1
        doc = nlp.make_doc(text)
        ents = []
        for label, a, b in tags_to_entities(iob_to_biluo(list(s.tags))):
            span = doc.char_span(starts[a], starts[b] + len(s.words[b]), alignment_mode="expand")
            if span is not None:
                ents.append((span.start, span.end, label))
        out.append(Tokenised(text, [t.text for t in doc], ents))
    return out


def _keep_phrase(words: tuple[str, ...]) -> bool:
    """An upper-case letter somewhere, and a letter or digit in the first and the last word."""
    if not any(ch.isupper() for w in words for ch in w):
        return False
    return all(any(ch.isalnum() for ch in w) for w in (words[0], words[-1]))


def build(docs: Sequence[Tokenised], min_count: int = 1, labels: Sequence[str] = LABEL_ORDER,
          person_words: bool = True) -> TrainGazetteer:
    """The gazetteer of ``docs`` (see the module docstring for the filters)."""
    ent_labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for d in docs:
        for a, b, lab in d.ents:
            ent_labels[tuple(d.words[a:b])][lab] += 1
    cands = {p for p in ent_labels if _keep_phrase(p)}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for p in cands:
        by_first[p[0]].append(p)
    outside: Counter = Counter()  # occurrences with every token outside any entity
    per_count: Counter = Counter()
    other_count: Counter = Counter()
    for d in docs:
        in_ent = [""] * len(d.words)
        for a, b, lab in d.ents:
            in_ent[a:b] = [lab] * (b - a)
        for i, w in enumerate(d.words):
            if in_ent[i] == "PERSON":
                per_count[w] += 1
            else:
                other_count[w] += 1
            for p in by_first.get(w, ()):
                n = len(p)
                if tuple(d.words[i:i + n]) == p and not any(in_ent[i:i + n]):
                    outside[p] += 1
    rows: list[tuple[str, tuple[str, ...]]] = []
    for p in cands:
        counts = ent_labels[p]
        total = sum(counts.values())
        if total < min_count or total < outside[p]:
            continue
        lab = max(LABEL_ORDER, key=lambda x: (counts[x], -LABEL_ORDER.index(x)))
        if lab in labels:
            rows.append((lab, p))
    if person_words and "PERSON" in labels:
        for w, n in per_count.items():
            if w[:1].isupper() and sum(ch.isalpha() for ch in w) >= 2 and n > other_count[w]:
                rows.append((WORD_CLASS, (w,)))
    return TrainGazetteer.from_rows(rows)


def jackknife(docs: Sequence[Tokenised], k: int, seed: int = 0,
              **kw) -> tuple[TrainGazetteer, dict[str, int], list[TrainGazetteer]]:
    """The full gazetteer of ``docs``, each sentence text's fold (``k`` folds, fixed ``seed``), and
    for each fold the gazetteer built from the other folds only (``k`` = 0: no folds)."""
    full = build(docs, **kw)
    if k <= 1:
        return full, {}, []
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    fold_of: dict[str, int] = {}
    for pos, i in enumerate(order):
        fold_of.setdefault(docs[i].text, pos % k)
    folds = [build([d for d in docs if fold_of[d.text] != f], **kw) for f in range(k)]
    return full, fold_of, folds


def main() -> None:
    """Write the gazetteer of the training sets (with --with-dev: train + dev, as in the refit)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--with-dev", action="store_true", help="add the dev sentences (final refit)")
    ap.add_argument("--min-count", type=int, default=1)
    a = ap.parse_args()
    train, dev, _test, _ = build_splits()
    sents = [s for ss in train.values() for s in ss]
    if a.with_dev:
        sents += [s for ss in dev.values() for s in ss]
    gaz = build(tokenise(sents), min_count=a.min_count)
    write_gazetteer(gaz, a.out)
    n_words = len(gaz.words)
    print(f"{a.out}: {len(gaz.rows()) - n_words} phrases, {n_words} person words")


if __name__ == "__main__":
    main()
