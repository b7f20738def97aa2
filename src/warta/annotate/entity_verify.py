"""A learned second look at an article's entities: keep, relabel or drop each distinct name.

The NER and the entity rules propose mentions; before the quote finder reads them, every distinct
``(canonical name, label)`` of an article is scored by a small multinomial logistic regression over
four classes (``PERSON``, ``ORG``, ``LOC``, ``NONE``). Its features read the whole article: the
name's words and shape, the words before and after every mention, how often it is mentioned and
whether every mention opens a sentence, whether the text also writes its words in lower case, and
which of the shipped lexicons (``lang/id``) hold it or its words. A name is relabelled or dropped
only when another class beats its label by more than ``[entities] verify_margin``.

The quote finder sees the relabellings and the dropped persons (a place the NER called a person
no longer becomes a speaker), with the confidences its thresholds are set on; the article reports
every decision, with the model's probability of each label as the mention's confidence. A text of
fewer than ``verify_min_sentences`` sentences is left as the NER and the rules gave it: the model
was trained on whole articles, and a lone sentence has none of the evidence it reads.

The weights ship in ``warta/models/entity_verifier/model.json`` and are rebuilt by
``scripts/train_entity_verifier.py`` from Warta's hand-written gold news folders (see that folder's
``MODEL_CARD.md``). Nothing here edits the text or moves an offset.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from warta import config
from warta.annotate.canonical import person_canonicals, plain_name_words
from warta.annotate.entity_candidates import LABEL as CAND
from warta.annotate.entity_candidates import candidates
from warta.annotate.entity_lexicons import given_names
from warta.annotate.entity_works import drop_work_titles
from warta.eval.matching import norm_text as name_key
from warta.lang import lexicon
from warta.model import Entity

LANG = "id"
MODEL = ("models", "entity_verifier", "model.json")
WORD = re.compile(r"\w+(?:[-'.]\w+)*")
# Lexicons whose words a name may contain (first word, last word, some or all words).
WORD_LISTS = ("gazetteer_person_names", "entity_lowercase_words", "org_words", "org_heads", "org_tails",
              "place_heads", "stopwords")
# Lexicons a whole name may equal.
NAME_LISTS = ("gazetteer_countries", "gazetteer_regions", "gazetteer_places", "gazetteer_orgs", "entity_orgs",
              "entity_places", "roles")
Key = tuple[str, str]  # (normalised canonical name, label)


@dataclass(frozen=True)
class Verifier:
    """Weights of the shipped model: one row of class weights per feature."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Softmax over the classes for one set of binary features."""
        z = list(self.intercept)
        for f in set(features):
            row = self.weights.get(f)
            if row:
                z = [a + b for a, b in zip(z, row, strict=True)]
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}


@cache
def load_verifier() -> Verifier | None:
    """The shipped model, or None when the package carries none."""
    path = resources.files("warta").joinpath(*MODEL)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Verifier(tuple(data["classes"]), tuple(data["intercept"]),
                    {f: tuple(w) for f, w in data["weights"].items()})


@cache
def _sets(names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The normalised entries of each named lexicon (first column of a row)."""
    return {n: frozenset(name_key(e.split("\t")[0]) for e in lexicon(LANG, n)) for n in names}


@cache
def _initial_cues() -> frozenset[str]:
    return frozenset(e.lower() for e in lexicon(LANG, "initial_cues"))


def _shape(s: str) -> str:
    s = re.sub(r"[A-Z]+", "A", s)
    s = re.sub(r"[a-z]+", "a", s)
    return re.sub(r"\d+", "9", s)[:12]


def lexicon_features(words: Sequence[str], name: str, name_prefix: str = "ps=") -> list[str]:
    """Which shipped lexicons hold some, all, the first or the last of ``words`` (lower case), and
    which hold the whole ``name`` (its ``name_key``)."""
    out = []
    for list_name, entries in _sets(WORD_LISTS).items():
        hits = sum(w in entries for w in words)
        if hits:
            out.append(f"ws={list_name}:{'all' if hits == len(words) else 'some'}")
        if words[0] in entries:
            out.append(f"ws0={list_name}")
        if words[-1] in entries:
            out.append(f"wsl={list_name}")
    out.extend(name_prefix + n for n, entries in _sets(NAME_LISTS).items() if name in entries)
    return out


@dataclass(frozen=True)
class _Context:
    text: str
    starts: frozenset[int]  # sentence starts
    lower_words: frozenset[str]  # words the text writes in lower case
    groups: dict[Key, list[Entity]]
    by_word: dict[str, list[Key]]  # the groups whose name holds a word
    by_label: dict[str, list[str]]  # the names of each label


def _context(text: str, sentence_starts: Iterable[int], entities: Iterable[Entity]) -> _Context:
    groups: dict[Key, list[Entity]] = {}
    for e in entities:
        groups.setdefault((name_key(e.canonical or e.text), e.label), []).append(e)
    lower = frozenset(w for w in WORD.findall(text) if w.islower())
    by_word: dict[str, list[Key]] = {}
    by_label: dict[str, list[str]] = {}
    for key in groups:
        for w in set(key[0].split()):
            by_word.setdefault(w, []).append(key)
        by_label.setdefault(key[1], []).append(key[0])
    return _Context(text, frozenset(sentence_starts), lower, groups, by_word, by_label)


def _group_features(ctx: _Context, key: Key, mentions: list[Entity]) -> set[str]:
    name, label = key
    words = name.split() or [name]
    out = {"L=" + label}

    def add(f: str) -> None:
        out.add(f"{f}|{label}")

    add(f"nw={min(len(words), 4)}")
    add(f"nm={min(len(mentions), 3)}")
    add("shape=" + _shape(mentions[0].canonical or mentions[0].text))
    if any(e.role for e in mentions):
        add("role")
    if re.search(r"\d", name):
        add("digit")
    for w in words:
        add("w=" + w)
    for f in lexicon_features(words, name):
        add(f)
    add("fw=" + words[0])
    add("lw=" + words[-1])
    add("sfx=" + words[-1][-3:])
    text = ctx.text
    all_initial = True
    for e in mentions:
        before = WORD.findall(text[max(0, e.start - 40):e.start])
        after = WORD.findall(text[e.end:e.end + 30])
        add("p1=" + (before[-1].lower() if before else "<s>"))
        if before and before[-1].lower() in _initial_cues():
            add("icue")  # "berinisial TAS", "tersangka AL": a person known by initials
        add("p2=" + (" ".join(before[-2:]).lower() if len(before) > 1 else "<s>"))
        add("n1=" + (after[0].lower() if after else "</s>"))
        add("pc=" + re.sub(r"\w", "a", text[max(0, e.start - 2):e.start]))
        all_initial = all_initial and e.start in ctx.starts
    if all_initial:
        add("allsi")
    lower = sum(w in ctx.lower_words for w in words)
    add(f"low={lower * 2 // len(words)}")
    for w in set(words):  # another label's name sharing a word
        for other, other_label in ctx.by_word.get(w, ()):
            if other_label != label and other != name:
                add("ov=" + other_label)
    for other_label in ctx.by_label:  # the same name under another label
        if other_label != label and (name, other_label) in ctx.groups:
            add("same=" + other_label)
    if any(other != name and name in other for other in ctx.by_label.get(label, ())):
        add("inside")  # part of a longer name of its label
    return out


def article_features(text: str, sentences: Sequence[tuple[int, int]],
                     entities: Sequence[Entity]) -> dict[Key, set[str]]:
    """The features of every distinct (canonical name, label) of an article, and of every
    capitalised run no entity covers (label ``CAND``, when ``verify_candidates`` is on); training
    reads this."""
    return _features_and_candidates(text, sentences, entities)[0]


def _features_and_candidates(text: str, sentences: Sequence[tuple[int, int]],
                             entities: Sequence[Entity]) -> tuple[dict[Key, set[str]], list[Entity]]:
    extra = candidates(text, sentences, entities) if config.get("entities", "verify_candidates") else []
    ctx = _context(text, (a for a, _ in sentences), [*entities, *extra])
    return {key: _group_features(ctx, key, mentions) for key, mentions in ctx.groups.items()}, extra


def add_candidate(probs: dict[str, Any], margin: float) -> str | None:
    """The label of a candidate name (None: not a name) given its class probabilities."""
    best = max((c for c in probs if c != "NONE"), key=probs.__getitem__)
    return best if probs[best] > probs.get("NONE", 0.0) + margin else None


def decide(label: str, probs: dict[str, Any], margin: float) -> str | None:
    """The label to keep (None: drop) given the class probabilities of a name tagged ``label``."""
    best = max(probs, key=probs.__getitem__)
    if best == label or probs[best] <= probs.get(label, 0.0) + margin:
        return label
    return None if best == "NONE" else best


@dataclass(frozen=True)
class Checked:
    """The verified entities of an article. ``for_quotes``: what the quote finder reads, with the
    confidences its thresholds are set on, every relabelling, and of the drops only those of
    persons (a dropped place or body still tells the speaker finder that a capitalised phrase is
    no person); ``entities``: every decision, each mention with the verifier's probability of its
    label as confidence (what the article reports)."""

    for_quotes: list[Entity]
    entities: list[Entity]


def verify_entities(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Entity]) -> Checked:
    """Keep, relabel or drop each distinct name of an article, and add the capitalised names the
    model finds among the candidates (see the module docstring)."""
    model = load_verifier()
    lone = len(sentences) < int(config.get("entities", "verify_min_sentences"))
    if not lone:  # "lagu War Pigs, Iron Man, dan Paranoid": titles, no bodies (entity_works.py)
        entities = drop_work_titles(text, entities)
    if model is None or not config.get("entities", "verify") or not entities or lone:
        return Checked(list(entities), list(entities))
    margin = float(config.get("entities", "verify_margin"))
    add_margin = float(config.get("entities", "candidate_margin"))
    decided: dict[Key, tuple[str | None, float]] = {}
    features_of, extra = _features_and_candidates(text, sentences, entities)
    if extra:  # a candidate that is a work title is never added (persons end a list of titles)
        extra = [e for e in drop_work_titles(text, [*entities, *extra]) if e.label == CAND]
    for key, features in features_of.items():
        probs = model.probabilities(features)
        new = add_candidate(probs, add_margin) if key[1] == CAND else decide(key[1], probs, margin)
        decided[key] = (new, probs.get(new, 0.0) if new else 0.0)
    for_quotes, final = [], []
    for e in entities:
        new, p = decided[(name_key(e.canonical or e.text), e.label)]
        if new is not None or e.label != "PERSON":
            for_quotes.append(e if new in (None, e.label) else replace(e, label=new))
        if new is not None:
            final.append(replace(e, label=new, confidence=round(p, 3)))
    for e in extra:
        new, p = decided[(name_key(e.canonical), CAND)]
        if new is not None:
            final.append(replace(e, label=new, confidence=round(p, 3)))
    if extra:
        final = _fullest_persons(text, final)
        final.sort(key=lambda e: (e.start, e.end))
    persons = listed_persons(text, final)
    if persons:
        for_quotes, final = ([replace(e, label="PERSON") if (e.start, e.end) in persons else e for e in group]
                             for group in (for_quotes, final))
    return Checked(for_quotes, final)


_LIST_LINK = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def listed_persons(text: str, entities: list[Entity]) -> set[tuple[int, int]]:
    """The offsets of each body or place named in a list of two persons or more whose first word is
    a given name of the NER's name list and whose label the verifier holds with less than
    ``list_relabel_below``: a person too (``Dewi Sandra, Tatjana Saphira, dan Chelsea Islan``)."""
    below = float(config.get("entities", "list_relabel_below"))
    runs: list[list[Entity]] = []
    for e in sorted(entities, key=lambda x: x.start):
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.end <= e.start and _LIST_LINK.fullmatch(text, prev.end, e.start):
            runs[-1].append(e)
        else:
            runs.append([e])
    names = given_names()
    out = set()
    for run in runs:
        persons = sum(e.label == "PERSON" for e in run)
        if persons < 2:
            continue
        out.update((e.start, e.end) for e in run if e.label != "PERSON" and e.confidence < below
                   and len(e.text.split()) > 1 and e.text.split()[0] in names)
    return out


def _fullest_persons(text: str, entities: list[Entity]) -> list[Entity]:
    """Canonical person names again once candidates are added: ``Harington`` takes the added
    ``Kit Harington``, as it would have had the NER found both. Only plain names take part
    (:func:`~warta.annotate.canonical.plain_name_words`), so ``Quentin Tarantino`` does not become
    ``Sutradara Quentin Tarantino``."""
    plain = plain_name_words(text, entities)
    names = {e.canonical or e.text for e in entities if e.label == "PERSON"}
    canon = person_canonicals(n for n in names if plain(n))
    return [replace(e, canonical=canon.get(e.canonical or e.text, e.canonical))
            if e.label == "PERSON" else e for e in entities]
