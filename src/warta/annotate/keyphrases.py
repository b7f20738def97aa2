"""Keyphrases: a few phrases that say what an article is about, by a YAKE-style statistic.

Our own implementation of the single-document statistic of Campos et al. (2020, "YAKE! Keyword
extraction from single documents using multiple local features"); the ``yake`` package is AGPL
and not used. Words are compared by their Indonesian stem (PyStemmer), stop words come from
``lang/id/stopwords.txt``. Each word gets a score from its casing, position, frequency, spread
over sentences and the variety of its neighbours (lower = more important).

Candidates never cross punctuation and never start or end with a stop word or a number. A name
(a run of capitalised words; a sentence-initial word counts when it is capitalised elsewhere or
followed by a capitalised word) is a candidate whole, up to ``[summary] keyphrase_max_name_words``
words; common words give n-grams of up to ``[summary] keyphrase_max_words`` words; a phrase never
mixes the two. A candidate scores ``prod(S) / (tf * (1 + sum(S)))`` over its content words.
Candidates with the same stems are merged (the most frequent surface form is kept, so every
keyphrase is an exact substring of the text); a candidate sharing two stems with a better one, or
contained in it, is dropped. The reported score in (0, 1] is ``1 / (1 + ln(S / S_best))``.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from fractions import Fraction
from operator import itemgetter

from warta import config
from warta.annotate.summary import _stemmer, stopwords
from warta.model import Keyphrase

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
_RUN = re.compile(r"\w+(?:[-'’]\w+)*(?:\s+\w+(?:[-'’]\w+)*)*")  # tokens with white space between


class _Word:
    """Statistics of one word (stem) of the article (a plain slotted class: one is made per
    distinct word, and a dataclass with default factories costs twice as much to build)."""

    __slots__ = ("tf", "upper", "acronym", "initial", "sentences", "left", "right")

    def __init__(self) -> None:
        self.tf = 0
        self.upper = 0  # capitalised, not sentence-initial
        self.acronym = 0
        self.initial = 0  # sentence-initial: case says nothing
        self.sentences: list[int] = []
        self.left: set[str] = set()
        self.right: set[str] = set()


def _chunks(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, list[re.Match[str]]]]:
    """(sentence index, tokens) runs with no punctuation between neighbouring tokens.

    A run is a stretch of tokens separated by white space only (found by one pattern, ``_RUN``);
    two tokens are never adjacent, so any other gap holds punctuation."""
    out = []
    for si, (s, e) in enumerate(sentences):
        for r in _RUN.finditer(text, s, e):
            out.append((si, list(_TOKEN.finditer(text, r.start(), r.end()))))
    return out


def _case(tok: str, w: _Word, initial: bool, next_capitalised: bool) -> bool:
    """Is this word part of a name? A sentence-initial word is when it is capitalised elsewhere
    in the article or directly followed by a capitalised word."""
    if not initial or (tok.isupper() and len(tok) > 1):
        return tok[0].isupper()
    return tok[0].isupper() and (bool(w.upper + w.acronym) or next_capitalised)


def _pstdev(data: list[int]) -> float:
    """``statistics.pstdev`` of integers, the same float, from two integer sums (no Fractions per
    item): the population variance is exactly ``(n * sum(x²) - sum(x)²) / n²``."""
    sqrt_of_frac = getattr(statistics, "_float_sqrt_of_frac", None)
    if sqrt_of_frac is None:  # another Python: its own implementation
        return statistics.pstdev(data)
    n, total = len(data), sum(data)
    var = Fraction(n * sum(x * x for x in data) - total * total, n * n)
    return sqrt_of_frac(var.numerator, var.denominator)


def _word_scores(words: dict[str, _Word], n_sent: int) -> dict[str, float]:
    content = [w for w in words.values() if w.tf]
    if not content:
        return {}
    tfs = [w.tf for w in content]
    mean_tf = statistics.fmean(tfs)
    std_tf = _pstdev(tfs)
    max_tf = max(tfs)
    out = {}
    for key, w in words.items():
        t_case = max(w.upper, w.acronym) / math.log1p(w.tf)
        sents = w.sentences  # ascending: the median is read off the middle
        h = len(sents) // 2
        t_pos = math.log(math.log(3 + (sents[h] if len(sents) % 2 else (sents[h - 1] + sents[h]) / 2)))
        t_norm = w.tf / (mean_tf + std_tf)
        t_rel = 1 + (len(w.left) + len(w.right)) / (2 * w.tf) * (w.tf / max_tf)
        t_sent = len(set(w.sentences)) / max(n_sent, 1)
        out[key] = t_rel * t_pos / (t_case + t_norm / t_rel + t_sent / t_rel)
    return out


def keyphrases(text: str, sentences: Sequence[tuple[int, int]], k: int = 5) -> list[Keyphrase]:
    """Up to ``k`` keyphrases of the article, best first; each ``text`` is a substring of ``text``.

    ``sentences`` are Warta's sentence spans; when empty, the whole text counts as one sentence.
    """
    if k <= 0 or not text.strip():
        return []
    spans = [(s, e) for s, e in sentences if e > s] or [(0, len(text))]
    stop = stopwords()
    max_words = config.get("summary", "keyphrase_max_words")
    max_name = config.get("summary", "keyphrase_max_name_words")
    chunks = _chunks(text, spans)
    # Per chunk, once: surfaces, offsets and word keys (stem, or None for stop words and numbers).
    toks_of = [[m.group() for m in run] for _, run in chunks]
    unique = list(dict.fromkeys(t for toks in toks_of for t in toks))
    lows = [t.lower() for t in unique]
    stemmed = _stemmer().stemWords(lows)
    key_of = {
        tok: None if low in stop or len(low) < 2 or not any(c.isalpha() for c in low) else stem
        for tok, low, stem in zip(unique, lows, stemmed, strict=True)
    }
    keys_of = [[key_of[t] for t in toks] for toks in toks_of]

    words: dict[str, _Word] = defaultdict(_Word)
    first_of_sentence: set[int] = set()
    for (si, _run), toks, keys in zip(chunks, toks_of, keys_of, strict=True):
        last = len(toks) - 1
        sentence_start = si not in first_of_sentence  # this chunk opens its sentence
        for j, kk in enumerate(keys):
            if kk is None:
                continue
            w = words[kk]
            w.tf += 1
            w.sentences.append(si)
            tok = toks[j]
            if tok.isupper() and len(tok) > 1:
                w.acronym += 1
            elif j == 0 and sentence_start:  # sentence-initial
                w.initial += 1
            elif tok[0].isupper():
                w.upper += 1
            if j and keys[j - 1]:
                w.left.add(keys[j - 1])
            if j < last and keys[j + 1]:
                w.right.add(keys[j + 1])
        first_of_sentence.add(si)
    scores = _word_scores(words, len(spans))

    # Candidates never cross punctuation. A name (a run of capitalised words) is taken whole, up
    # to keyphrase_max_name_words words (a longer run gives its windows of keyphrase_max_words);
    # common words give n-grams of up to keyphrase_max_words words, stop words allowed inside.
    cand_tf: dict[tuple[str, ...], int] = {}
    forms: dict[tuple[str, ...], dict[str, int]] = {}  # surface form counts (plain dicts: cheap)
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str | None] = []

    def add(i: int, j: int) -> None:
        if i == j and ends[i] - starts[i] < 3:
            return
        cand = tuple(filter(None, keys[i : j + 1]))
        surface = text[starts[i] : ends[j]]
        seen = forms.get(cand)
        if seen is None:
            cand_tf[cand] = 1
            forms[cand] = {surface: 1}
        else:
            cand_tf[cand] += 1
            seen[surface] = seen.get(surface, 0) + 1

    seen_sentence: set[int] = set()
    for (si, run), toks, keys in zip(chunks, toks_of, keys_of, strict=True):
        starts = [m.start() for m in run]
        ends = [m.end() for m in run]
        n_run = len(toks)
        # _case of each word; only a sentence's first word needs more than its own capital
        cases = [None if kk is None else toks[j][0].isupper() for j, kk in enumerate(keys)]
        if keys[0] is not None and si not in seen_sentence:
            cases[0] = _case(toks[0], words[keys[0]], True,
                             1 < n_run and keys[1] is not None and toks[1][0].isupper())
        seen_sentence.add(si)
        for i in range(n_run):
            if keys[i] is None or (cases[i] and i and cases[i - 1]):
                continue
            if cases[i]:
                end = i
                while end + 1 < n_run and cases[end + 1]:
                    end += 1
                if end - i < max_name:
                    add(i, end)
                else:
                    for a in range(i, end - max_words + 2):
                        add(a, a + max_words - 1)
                continue
            parts: list[str] = []  # the stems of keys[i:j + 1] (filter(None, …)), grown with j
            for j in range(i, min(i + max_words, n_run)):
                if cases[j]:
                    break
                kj = keys[j]
                if kj:
                    parts.append(kj)
                if kj is None or (i == j and ends[i] - starts[i] < 3):
                    continue
                cand = tuple(parts)  # add(i, j), inlined: the hottest loop of the annotator
                surface = text[starts[i] : ends[j]]
                seen = forms.get(cand)
                if seen is None:
                    cand_tf[cand] = 1
                    forms[cand] = {surface: 1}
                else:
                    cand_tf[cand] += 1
                    seen[surface] = seen.get(surface, 0) + 1
    ranked = []
    for cand, tf in cand_tf.items():
        s = [scores[c] for c in cand]
        ranked.append((math.prod(s) / (tf * (1 + sum(s))), -len(cand), cand))
    ranked.sort(key=itemgetter(0, 1))  # by value, longer first on ties, else in order (stable)

    chosen: list[tuple[float, tuple[str, ...]]] = []
    chosen_sets: list[set[str]] = []
    for value, _neg_len, cand in ranked:
        if len(chosen) >= k:
            break
        cs = set(cand)
        if any(cs <= c or c <= cs or len(cs & c) >= 2 for c in chosen_sets):
            continue
        chosen.append((value, cand))
        chosen_sets.append(cs)
    if not chosen:
        return []
    best = max(chosen[0][0], 1e-12)
    return [
        Keyphrase(
            max(forms[cand].items(), key=itemgetter(1))[0],  # the most frequent form, first on ties
            round(1 / (1 + math.log(max(v, best) / best)), 4),
        )
        for v, cand in chosen
    ]
