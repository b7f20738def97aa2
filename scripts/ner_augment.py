"""Mention replacement for NER training data (Dai and Adel, 2020, "An Analysis of Simple Data
Augmentation for Named Entity Recognition").

Each augmented copy of a training sentence replaces every entity mention, with probability
``p``, by another mention of the same type drawn from the training sentences' own mentions (or,
for PERSON with ``names``, by a synthetic name from ``gazetteer_person_names.txt``). Copies whose
mentions were all kept are dropped. The copies teach the model to read a name from its context and
its form rather than to remember which names it has seen: the unseen-name case of new news text.

Used by ``scripts/train_ner.py --augment``; a development tool, not shipped.
"""

from __future__ import annotations

import random

from ner_data import Sentence


def mentions(sent: Sentence) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of a sentence's IOB2 tags."""
    out: list[tuple[int, int, str]] = []
    i, tags = 0, sent.tags
    while i < len(tags):
        if tags[i].startswith("B-"):
            label, j = tags[i][2:], i + 1
            while j < len(tags) and tags[j] == "I-" + label:
                j += 1
            out.append((i, j, label))
            i = j
        else:
            i += 1
    return out


def _pool(sents: list[Sentence]) -> dict[str, list[tuple[str, ...]]]:
    pool: dict[str, list[tuple[str, ...]]] = {}
    for s in sents:
        for a, b, label in mentions(s):
            pool.setdefault(label, []).append(s.words[a:b])
    return pool


def _synthetic_name(rng: random.Random, names: list[str]) -> tuple[str, ...]:
    return tuple(rng.choice(names) for _ in range(rng.choice((1, 2, 2, 2, 3))))


def replace_mentions(sent: Sentence, rng: random.Random, pool: dict[str, list[tuple[str, ...]]],
                     p: float, names: list[str] | None = None) -> Sentence | None:
    """One augmented copy of ``sent`` (None when no mention was replaced)."""
    words: list[str] = []
    tags: list[str] = []
    last, changed = 0, False
    for a, b, label in mentions(sent):
        words += sent.words[last:a]
        tags += sent.tags[last:a]
        new = sent.words[a:b]
        if rng.random() < p:
            if label == "PERSON" and names and rng.random() < 0.5:
                new = _synthetic_name(rng, names)
            else:
                new = rng.choice(pool[label])
            changed = changed or new != sent.words[a:b]
        words += new
        tags += ["B-" + label] + ["I-" + label] * (len(new) - 1)
        last = b
    if not changed:
        return None
    words += sent.words[last:]
    tags += sent.tags[last:]
    return Sentence(tuple(words), tuple(tags))


def augment(sents: list[Sentence], copies: int, p: float = 0.5, seed: int = 0,
            names: list[str] | None = None) -> list[Sentence]:
    """``copies`` rounds of mention replacement over ``sents`` (fully annotated sentences only)."""
    rng = random.Random(seed)
    full = [s for s in sents if "-" not in s.tags]
    pool = _pool(full)
    out: list[Sentence] = []
    for _ in range(copies):
        for s in full:
            new = replace_mentions(s, rng, pool, p, names)
            if new is not None:
                out.append(new)
    return out
