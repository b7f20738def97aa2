"""Extractive summaries: pick the 2–3 sentences that best say what an article is about.

A small sentence scorer (``warta/models/summary/model.json``: gradient-boosted trees or a logistic
regression, trained by ``scripts/train_summary.py`` on IndoSum's extractive labels, evaluated here
in pure Python) rates every sentence from cheap features: position, paragraph, length, TF-IDF
centrality, overlap with the title, the lead and the neighbours, capitalised-word (entity),
quotation and digit density. The best sentences are taken, skipping fragments and
near-duplicates of one already taken, and returned in article order.

The summary only ever contains whole sentences from ``sentences`` (Warta's sentence spans of the
clean text), so boilerplate the cleaner removed can never come back and no sentence is cut.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul
from typing import Any

from warta import config
from warta.lang import lexicon

_WORD = re.compile(r"\w+")
_QUOTE_CHARS = frozenset('"“”„«»')
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")
_SENT_END = frozenset('.!?"”’\'…)')

FEATURES: tuple[str, ...] = (
    "pos0", "pos1", "pos2", "pos3", "pos4", "pos5plus", "rel_pos", "log_n",
    "eff_pos0", "eff_pos1", "eff_pos2", "eff_pos",
    "para0", "para1", "para2plus", "first_in_para", "pos_in_para", "log_paras",
    "log_len", "short", "len_rank", "len_z", "first_len", "stop_ratio",
    "centrality", "centrality_rank", "centrality_rel", "sim_lead", "sim_lead3", "sim_title",
    "title_given", "sim_prev", "sim_next",
    "caps_ratio", "digit_ratio", "quote_frac", "ends_clean", "question",
)  # fmt: skip


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("indonesian")


_STEMS: dict[str, str] = {}


def stem_words(words: Sequence[str]) -> list[str]:
    """``Stemmer.stemWords(words)``: the same stems, each word stemmed once per process.

    News repeats its words, within an article and across articles; a dictionary look-up is much
    cheaper than the stemmer's call. The memo holds at most ``[caches] stem_words`` words (it is
    emptied when full)."""
    out = list(map(_STEMS.get, words))
    if None not in out:
        return out
    missing = list(dict.fromkeys(w for w, st in zip(words, out, strict=True) if st is None))
    new = dict(zip(missing, _stemmer().stemWords(missing), strict=True))
    if len(_STEMS) + len(new) > config.get("caches", "stem_words"):
        _STEMS.clear()
    _STEMS.update(new)
    return [new[w] if st is None else st for w, st in zip(words, out, strict=True)]


@cache
def stopwords() -> frozenset[str]:
    """Indonesian stop words (``lang/id/stopwords.txt``), lower case."""
    return frozenset(w.lower() for w in lexicon("id", "stopwords"))


def content_terms(text: str) -> list[str]:
    """Stemmed lower-case content words of ``text`` (no stop words, no pure numbers)."""
    stop = stopwords()
    words = [w for w in _WORD.findall(text.lower()) if w not in stop and not w.isdigit()]
    return stem_words(words) if words else []


_SAFE_LOWER: set[str] = set()  # characters known to pass _lowers_by_word


def _lowers_by_word(text: str) -> bool:
    """Is ``_WORD.findall(s.lower())`` the lower case of each of ``_WORD.findall(s)`` for every
    part ``s`` of ``text``? So when each character lowers to one character of the same word-ness
    and without context (capital sigma lowers by context; "İ" to two characters)."""
    new = set(text) - _SAFE_LOWER
    for c in new:
        low = c.lower()
        if c == "\u03a3" or len(low) != 1 or (low.isalnum() or low == "_") != (c.isalnum() or c == "_"):
            return False
    _SAFE_LOWER.update(new)
    return True


def _terms_of(texts: Sequence[str], lows_of: Sequence[list[str]] | None = None) -> list[list[str]]:
    """``content_terms`` of each text, stemmed in one call (``lows_of``: each text's lower-case
    words, ``_WORD.findall(text.lower())``, when already known)."""
    stop = stopwords()
    if lows_of is None:
        lows_of = [_WORD.findall(t.lower()) for t in texts]
    per = [[w for w in lows if w not in stop and not w.isdigit()] for lows in lows_of]
    flat = [w for ws in per for w in ws]
    if not flat:
        return [[] for _ in per]
    stems = stem_words(flat)
    out, at = [], 0
    for ws in per:
        out.append(stems[at : at + len(ws)])
        at += len(ws)
    return out


def word_count(text: str) -> int:
    """Number of words (``\\w+`` runs) in ``text``."""
    return len(_WORD.findall(text))


def _cosine(a: dict[str, float], b: dict[str, float], norm_a: float, norm_b: float) -> float:
    if not norm_a or not norm_b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    # sum of v * b.get(t, 0.0) over a's items, in a's order (map: no Python frame per term)
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0)))) / (norm_a * norm_b)


def _weigh(terms: Sequence[str], idf: dict[str, float]) -> tuple[dict[str, float], float]:
    counts = Counter(terms)  # vec[t] = count * idf.get(t, 1.0), in order of first occurrence
    vec = dict(zip(counts, map(mul, counts.values(), map(idf.get, counts, repeat(1.0))), strict=True))
    values = vec.values()
    return vec, math.sqrt(sum(map(mul, values, values)))


def _ranks(values: Sequence[float]) -> list[float]:
    """Rank of each value (0 = largest) scaled to [0, 1]."""
    n = len(values)
    order = sorted(range(n), key=lambda i: -values[i])
    out = [0.0] * n
    for r, i in enumerate(order):
        out[i] = r / (n - 1) if n > 1 else 0.0
    return out


def _quoted_chars(sent: str) -> int:
    """Characters of ``sent`` inside quotation marks (an unclosed quote runs to the end)."""
    count, open_at = 0, -1
    for m in _QUOTE_MARK.finditer(sent):
        if open_at < 0:
            open_at = m.start()
        else:
            count += m.start() - open_at - 1
            open_at = -1
    return count + (len(sent) - open_at - 1 if open_at >= 0 else 0)


def sentence_features(
    text: str,
    sentences: Sequence[tuple[int, int]],
    title: str | None = None,
    entity_spans: Sequence[tuple[int, int]] = (),
) -> list[list[float]]:
    """One feature row per sentence, in the order of :data:`FEATURES`."""
    sents = [text[s:e] for s, e in sentences]
    return _features(text, sentences, [content_terms(s) for s in sents], title, entity_spans)


def _features(
    text: str,
    sentences: Sequence[tuple[int, int]],
    terms: Sequence[Sequence[str]],
    title: str | None,
    entity_spans: Sequence[tuple[int, int]],
    words_of: Sequence[list[str]] | None = None,
    lows_of: Sequence[list[str]] | None = None,
) -> list[list[float]]:
    """Feature rows; ``words_of`` are the ``\\w+`` words of each sentence when already known,
    ``lows_of`` their lower case."""
    n = len(sentences)
    if not n:
        return []
    sents = [text[s:e] for s, e in sentences]
    if words_of is None:
        words_of = [_WORD.findall(s) for s in sents]
    ents = list(entity_spans)
    # entities in text order and not nested (as the pipeline gives them): those overlapping a
    # sentence are found by bisection on their starts and ends, not by a scan
    ordered = all(a[0] <= b[0] and a[1] <= b[1] for a, b in zip(ents, ents[1:], strict=False))
    ent_starts, ent_ends = [s for s, _ in ents], [e for _, e in ents]
    df: Counter[str] = Counter()
    for ts in terms:
        df.update(set(ts))
    idf = {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}
    vecs = [_weigh(ts, idf) for ts in terms]
    doc_vec, doc_norm = _weigh([t for ts in terms for t in ts], idf)
    lead3_vec, lead3_norm = _weigh([t for ts in terms[:3] for t in ts], idf)
    title_vec, title_norm = _weigh(content_terms(title), idf) if title else ({}, 0.0)

    # Paragraphs: a line break between two sentences starts a new paragraph.
    para, pos_in_para, paras = [], [], 0
    run = 0
    for i, (s, _) in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1][1] : s]:
            paras += 1
            run = 0
        para.append(paras)
        pos_in_para.append(run)
        run += 1

    lengths = [len(ws) for ws in words_of]
    cents = [_cosine(v, doc_vec, nv, doc_norm) for v, nv in vecs]
    len_ranks, cent_ranks = _ranks(lengths), _ranks(cents)
    max_cent = max(cents) or 1.0
    mean_len = sum(lengths) / n
    std_len = math.sqrt(sum((x - mean_len) ** 2 for x in lengths) / n) or 1.0
    # Position among the sentences long enough to be picked (captions, credits do not count).
    min_words = config.get("summary", "min_words")
    eff, count = [], 0
    for length in lengths:
        eff.append(count)
        count += length >= min_words
    log_n, first_len, log_paras = math.log(n), math.log1p(lengths[0]), math.log1p(para[-1])
    stop = stopwords()
    sims = [_cosine(vecs[i][0], vecs[i + 1][0], vecs[i][1], vecs[i + 1][1]) for i in range(n - 1)]
    rows = []
    for i, sent in enumerate(sents):
        vec, norm = vecs[i]
        words = words_of[i]
        nw = max(len(words), 1)
        firsts = [w[0] for w in words]
        caps = sum(map(str.isupper, firsts[1:]))
        digits = sum(map(str.isdigit, firsts))
        stops = sum(map(stop.__contains__, map(str.lower, words) if lows_of is None else lows_of[i]))
        start, end = sentences[i]
        if ents:
            if ordered:
                inside = ents[bisect.bisect_right(ent_ends, start) : bisect.bisect_left(ent_starts, end)]
            else:
                inside = [(s, e) for s, e in ents if s < end and e > start]
            joined = " ".join(text[max(s, start) : min(e, end)] for s, e in inside)
            caps = max(caps, len(_WORD.findall(joined)))
        stripped = sent.rstrip()
        rows.append([
            float(i == 0), float(i == 1), float(i == 2), float(i == 3), float(i == 4), float(i >= 5),
            i / (n - 1) if n > 1 else 0.0, log_n,
            float(eff[i] == 0), float(eff[i] == 1), float(eff[i] == 2), min(eff[i], 10) / 10.0,
            float(para[i] == 0), float(para[i] == 1), float(para[i] >= 2),
            float(pos_in_para[i] == 0), min(pos_in_para[i], 5) / 5.0, log_paras,
            math.log1p(lengths[i]), float(lengths[i] < 6), len_ranks[i], (lengths[i] - mean_len) / std_len,
            first_len, stops / nw,
            cents[i], cent_ranks[i], cents[i] / max_cent,
            _cosine(vec, vecs[0][0], norm, vecs[0][1]), _cosine(vec, lead3_vec, norm, lead3_norm),
            _cosine(vec, title_vec, norm, title_norm), float(bool(title_norm)),
            sims[i - 1] if i else 0.0, sims[i] if i < n - 1 else 0.0,
            min(caps / nw, 1.0), digits / nw, min(_quoted_chars(sent) / max(len(sent), 1), 1.0),
            float(bool(stripped) and stripped[-1] in _SENT_END), float("?" in sent),
        ])  # fmt: skip
    return rows


@cache
def load_model() -> dict[str, Any]:
    """The shipped sentence-scoring model (``models/summary/model.json``)."""
    path = resources.files("warta.models").joinpath("summary", "model.json")
    model = json.loads(path.read_text("utf-8"))
    if tuple(model["features"]) != FEATURES:
        raise RuntimeError("models/summary/model.json was trained on other features; rebuild it")
    return model


def _tree_value(tree: dict[str, list], row: Sequence[float]) -> float:
    feature, threshold, left, right = tree["feature"], tree["threshold"], tree["left"], tree["right"]
    node = 0
    while left[node] >= 0:
        node = left[node] if row[feature[node]] <= threshold[node] else right[node]
    return tree["value"][node]


def _tree_expr(tree: dict[str, list], node: int = 0) -> str:
    """One tree as a nested conditional expression over the row ``r`` (same comparisons)."""
    if tree["left"][node] < 0:
        return repr(float(tree["value"][node]))
    return (
        f"({_tree_expr(tree, tree['left'][node])} if r[{int(tree['feature'][node])}] <= "
        f"{float(tree['threshold'][node])!r} else {_tree_expr(tree, tree['right'][node])})"
    )


_COMPILED: dict[int, tuple[Any, Any]] = {}


def _compiled_trees(model: dict[str, Any]) -> Any:
    """``f(row) -> tuple of the trees' values`` for a gradient-boosting model, compiled once per
    model object (evaluating 150 trees node by node from dicts cost more than all the features)."""
    hit = _COMPILED.get(id(model))
    if hit is not None and hit[0] is model:
        return hit[1]
    values = ", ".join(_tree_expr(t) for t in model["trees"])
    namespace: dict[str, Any] = {}
    exec(f"def _trees(r):\n    return ({values},)\n", namespace)  # noqa: S102 - our own model's numbers
    _COMPILED[id(model)] = (model, namespace["_trees"])
    return namespace["_trees"]


def score_rows(rows: Sequence[Sequence[float]], model: dict[str, Any] | None = None) -> list[float]:
    """Inclusion probabilities in [0, 1], one per feature row.

    ``model["kind"]`` is ``"gradient-boosting"`` (a sum of regression trees on the log-odds) or
    ``"logistic-regression"`` (standardised features, weights, bias).
    """
    model = model or load_model()
    out = []
    if model["kind"] == "gradient-boosting":
        init, rate, trees = model["init"], model["learning_rate"], model["trees"]
        trees_of = _compiled_trees(model) if trees else lambda _row: ()
        for row in rows:
            z = init + rate * sum(trees_of(row))
            out.append(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))))
        return out
    mean, scale, w, b = model["mean"], model["scale"], model["weights"], model["bias"]
    for row in rows:
        z = b + sum(wj * (x - m) / s for wj, x, m, s in zip(w, row, mean, scale, strict=True))
        out.append(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))))
    return out


def select(
    scores: Sequence[float],
    terms: Sequence[set[str]],
    lengths: Sequence[int],
    max_sentences: int,
    max_overlap: float,
    min_words: int,
    length_exponent: float = 0.0,
) -> list[int]:
    """Indices of the best sentences of at least ``min_words`` words (any, if none is that long),
    skipping any whose content words mostly repeat those of a chosen one; in article order.

    A sentence's score is weighed by ``words ** length_exponent`` (longer sentences carry more of
    the story into a summary of a fixed number of sentences)."""
    chosen: list[int] = []
    floor = min_words if max(lengths, default=0) >= min_words else 0
    weighed = [sc * max(n, 1) ** length_exponent for sc, n in zip(scores, lengths, strict=True)]
    for i in sorted(range(len(scores)), key=lambda j: -weighed[j]):
        if len(chosen) >= max_sentences:
            break
        t = terms[i]
        if lengths[i] < floor:
            continue
        if t and any(len(t & terms[j]) / len(t) > max_overlap for j in chosen):
            continue
        chosen.append(i)
    return sorted(chosen)


def summarize(
    text: str,
    sentences: Sequence[tuple[int, int]],
    title: str | None = None,
    entity_spans: Sequence[tuple[int, int]] = (),
    quote_spans: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The summary of an article as sentence spans: a subset of ``sentences``, in article order.

    At most ``[summary] max_sentences`` (3) sentences; ``[]`` when there are no sentences, and all
    sentences when there are no more than ``[summary] min_sentences`` (2). ``title`` and
    ``entity_spans`` (char offsets into ``text``) sharpen the features when given; ``quote_spans``
    are accepted but unused (the model counts text between quotation marks, as in training).
    """
    spans = [(int(s), int(e)) for s, e in sentences if e > s]
    if len(spans) <= config.get("summary", "min_sentences"):
        return spans
    return [spans[i] for i in pick(text, spans, title, entity_spans)]


def pick(
    text: str,
    spans: Sequence[tuple[int, int]],
    title: str | None = None,
    entity_spans: Sequence[tuple[int, int]] = (),
    model: dict[str, Any] | None = None,
    max_overlap: float | None = None,
) -> list[int]:
    """Indices into ``spans`` of the summary sentences (``summarize`` without the short cut)."""
    sents = [text[s:e] for s, e in spans]
    words_of = [_WORD.findall(s) for s in sents]
    lows_of = [list(map(str.lower, ws)) for ws in words_of] if _lowers_by_word(text) else None
    terms = _terms_of(sents, lows_of)
    rows = _features(text, spans, terms, title, entity_spans, words_of, lows_of)
    lengths = [len(ws) for ws in words_of]  # word_count of each sentence
    model = model or load_model()
    return select(
        score_rows(rows, model),
        [set(t) for t in terms],
        lengths,
        config.get("summary", "max_sentences"),
        config.get("summary", "max_overlap") if max_overlap is None else max_overlap,
        config.get("summary", "min_words"),
        model.get("length_exponent", 0.0),
    )
