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
from collections import Counter, defaultdict
from collections.abc import Sequence
from fractions import Fraction
from functools import cache
from itertools import accumulate, chain, compress, count
from operator import itemgetter, not_

from warta import config
from warta.annotate.entity_filters import in_dateline
from warta.annotate.summary import stem_words, stopwords
from warta.lang import lexicon
from warta.model import Keyphrase

_TOKENS = re.compile(r"(\w+(?:[-'’]\w+)*)")  # split: gap, token, gap, token, …, gap

# A chunk: (sentence index, sentence text, tokens, token starts, token ends), offsets into the
# sentence text.
Chunk = tuple[int, str, list[str], list[int], list[int]]


def _chunks(text: str, sentences: Sequence[tuple[int, int]]) -> list[Chunk]:
    """Runs of tokens (``\\w+(?:[-'’]\\w+)*``) with only white space between neighbouring tokens.

    Two tokens are never adjacent, so a gap that is not all white space holds punctuation and
    ends a run. One split per sentence gives its tokens and gaps, the lengths of the parts give
    the offsets (no match object per token)."""
    out = []
    for si, (s, e) in enumerate(sentences):
        sent = text[s:e]
        parts = _TOKENS.split(sent)
        toks = parts[1::2]
        if not toks:
            continue
        pos = list(accumulate(map(len, parts), initial=0))
        starts, ends = pos[1:-1:2], pos[2::2]
        a = 0
        for b in compress(count(1), map(not_, map(str.isspace, parts[2:-1:2]))):
            out.append((si, sent, toks[a:b], starts[a:b], ends[a:b]))
            a = b
        out.append((si, sent, toks[a:], starts[a:], ends[a:]))
    return out


@cache
def _edge_words() -> frozenset[str]:
    """Words that neither open nor close a keyphrase (``lang/id/keyphrase_stopwords.txt``)."""
    return frozenset(w.lower() for w in lexicon("id", "keyphrase_stopwords"))


def _acronym(tok: str) -> bool:
    return tok.isupper() and len(tok) > 1


class _Words:
    """Statistics of the article's words (stems), dicts keyed by stem: counts, capitalised (not
    sentence-initial) and acronym occurrences, the sentence index of every occurrence, and how
    many distinct words stand directly left and right of it (counted over distinct pairs of
    neighbours, not token by token)."""

    __slots__ = ("tf", "upper", "acronym", "sentences", "left", "right")
    left: Counter[str | None]
    right: Counter[str | None]

    def __init__(
        self, chunks: list[Chunk], keys_of: list[list[str | None]], key_of: dict[str, str | None]
    ) -> None:
        sentences: dict[str, list[int]] = defaultdict(list)
        for (si, *_), keys in zip(chunks, keys_of, strict=True):
            for kk in keys:
                if kk is not None:
                    sentences[kk].append(si)
        self.sentences = sentences
        self.tf = {kk: len(v) for kk, v in sentences.items()}
        upper, acronym = dict.fromkeys(sentences, 0), dict.fromkeys(sentences, 0)
        for tok, n in Counter(chain.from_iterable(c[2] for c in chunks)).items():  # by surface form
            kk = key_of[tok]
            if kk is None:
                continue
            if _acronym(tok):
                acronym[kk] += n
            elif tok[0].isupper():
                upper[kk] += n
        last = -1
        for si, _sent, toks, _s, _e in chunks:  # a sentence-initial capital says nothing
            if si != last:
                last, tok = si, toks[0]
                kk = key_of[tok]
                if kk is not None and not _acronym(tok) and tok[0].isupper():
                    upper[kk] -= 1
        self.upper, self.acronym = upper, acronym
        pairs: set[tuple[str | None, str | None]] = set()
        for keys in keys_of:
            if len(keys) > 1:
                pairs.update(zip(keys, keys[1:], strict=False))
        # distinct neighbours: pairs (a, b) with b a word count for a, with a a word for b
        right = Counter(map(itemgetter(0), filter(itemgetter(1), pairs)))
        left = Counter(map(itemgetter(1), filter(itemgetter(0), pairs)))
        self.left, self.right = left, right


def _case(tok: str, kk: str, words: _Words, initial: bool, next_capitalised: bool) -> bool:
    """Is this word part of a name? A sentence-initial word is when it is capitalised elsewhere
    in the article or directly followed by a capitalised word."""
    if not initial or (tok.isupper() and len(tok) > 1):
        return tok[0].isupper()
    return tok[0].isupper() and (bool(words.upper[kk] + words.acronym[kk]) or next_capitalised)


def _pstdev(data: list[int]) -> float:
    """``statistics.pstdev`` of integers, the same float, from two integer sums (no Fractions per
    item): the population variance is exactly ``(n * sum(x²) - sum(x)²) / n²``."""
    sqrt_of_frac = getattr(statistics, "_float_sqrt_of_frac", None)
    if sqrt_of_frac is None:  # another Python: its own implementation
        return statistics.pstdev(data)
    n, total = len(data), sum(data)
    var = Fraction(n * sum(x * x for x in data) - total * total, n * n)
    return sqrt_of_frac(var.numerator, var.denominator)


def _word_scores(words: _Words, n_sent: int) -> dict[str, float]:
    if not words.tf:
        return {}
    tfs = list(words.tf.values())
    mean_tf = statistics.fmean(tfs)
    std_tf = _pstdev(tfs)
    max_tf = max(tfs)
    upper, acronym, left, right = words.upper, words.acronym, words.left, words.right
    out = {}
    for key, sents in words.sentences.items():
        tf = len(sents)
        t_case = max(upper[key], acronym[key]) / math.log1p(tf)
        h = len(sents) // 2  # ascending: the median is read off the middle
        t_pos = math.log(math.log(3 + (sents[h] if len(sents) % 2 else (sents[h - 1] + sents[h]) / 2)))
        t_norm = tf / (mean_tf + std_tf)
        t_rel = 1 + (left[key] + right[key]) / (2 * tf) * (tf / max_tf)
        t_sent = len(set(sents)) / max(n_sent, 1)
        out[key] = t_rel * t_pos / (t_case + t_norm / t_rel + t_sent / t_rel)
    return out


def keyphrases(text: str, sentences: Sequence[tuple[int, int]], k: int = 5) -> list[Keyphrase]:
    """Up to ``k`` keyphrases of the article, best first; each ``text`` is a substring of ``text``.

    ``sentences`` are Warta's sentence spans; when empty, the whole text counts as one sentence.
    """
    if k <= 0 or not text.strip():
        return []
    spans = [(s, e) for s, e in sentences if e > s] or [(0, len(text))]
    stop = stopwords() | _edge_words()
    max_words = config.get("summary", "keyphrase_max_words")
    max_name = config.get("summary", "keyphrase_max_name_words")
    chunks = _chunks(text, spans)
    # Per distinct surface form, once: its word key (stem, or None for stop words and numbers).
    unique = list(dict.fromkeys(chain.from_iterable(c[2] for c in chunks)))
    lows = list(map(str.lower, unique))
    stemmed = stem_words(lows)
    key_of = {
        tok: None if low in stop or len(low) < 2 or not any(map(str.isalpha, low)) else stem
        for tok, low, stem in zip(unique, lows, stemmed, strict=True)
    }
    keys_of = [list(map(key_of.__getitem__, c[2])) for c in chunks]
    words = _Words(chunks, keys_of, key_of)
    scores = _word_scores(words, len(spans))

    # Candidates never cross punctuation. A name (a run of capitalised words) is taken whole, up
    # to keyphrase_max_name_words words (a longer run gives its windows of keyphrase_max_words);
    # common words give n-grams of up to keyphrase_max_words words, stop words allowed inside.
    cand_tf: dict[tuple[str, ...], int] = {}
    forms: dict[tuple[str, ...], dict[str, int]] = {}  # surface form counts (plain dicts: cheap)
    sent = ""
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str | None] = []

    def add(i: int, j: int) -> None:
        if i == j and ends[i] - starts[i] < 3:
            return
        cand = tuple(filter(None, keys[i : j + 1]))
        surface = sent[starts[i] : ends[j]]
        seen = forms.get(cand)
        if seen is None:
            cand_tf[cand] = 1
            forms[cand] = {surface: 1}
        else:
            cand_tf[cand] += 1
            seen[surface] = seen.get(surface, 0) + 1

    seen_sentence: set[int] = set()
    for (si, sent, toks, starts, ends), keys in zip(chunks, keys_of, strict=True):
        n_run = len(toks)
        # _case of each word; only a sentence's first word needs more than its own capital
        cases = [None if kk is None else toks[j][0].isupper() for j, kk in enumerate(keys)]
        if keys[0] is not None and si not in seen_sentence:
            cases[0] = _case(toks[0], keys[0], words, True,
                             1 < n_run and keys[1] is not None and toks[1][0].isupper())
        seen_sentence.add(si)
        for i in range(n_run):
            if keys[i] is None or (cases[i] and i and cases[i - 1]):
                continue
            if cases[i]:
                end = i
                while end + 1 < n_run and cases[end + 1]:
                    end += 1
                if in_dateline(text, spans[si][0] + starts[i], spans[si][0] + ends[end]):
                    continue  # "Jakarta, CNN Indonesia --": the outlet, not the story
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
                surface = sent[starts[i] : ends[j]]
                seen = forms.get(cand)
                if seen is None:
                    cand_tf[cand] = 1
                    forms[cand] = {surface: 1}
                else:
                    cand_tf[cand] += 1
                    seen[surface] = seen.get(surface, 0) + 1
    ranked = []
    score_of = scores.__getitem__
    for cand, tf in cand_tf.items():
        if len(cand) == 1:  # prod and sum of one score are the score itself
            x = score_of(cand[0])
            ranked.append((x / (tf * (1 + x)), -1, cand))
            continue
        s = list(map(score_of, cand))
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
