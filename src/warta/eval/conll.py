"""Entity-level F1 on CoNLL-style NER files and sentence-boundary F1 on UD CoNLL-U files.

The rules are those of ``shared/tools/score_ner.py`` and ``score_sentences.py``: each NER sentence
is analysed as its tokens joined by single spaces, predicted entities map back to tokens by
character offsets; UD sentences are grouped by 8 into paragraphs joined by one space, and a
boundary is the offset where a sentence ends inside a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warta.eval.matching import prf

TAG_MAP = {
    "PERSON": "PERSON", "PER": "PERSON", "PPL": "PERSON",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
    "PLACE": "LOC", "LOCATION": "LOC", "LOC": "LOC", "PLC": "LOC", "GPE": "LOC",
}  # fmt: skip
LABELS = ("PERSON", "ORG", "LOC")


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a CoNLL-style file (tab or space separated)."""
    sents, cur = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Token spans (start, end, label) of BIO/BILOU/IOB tags, mapped to PERSON/ORG/LOC."""
    out: set[tuple[int, int, str]] = set()
    start: int | None = None
    label: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, raw = (tag.split("-", 1) + [""])[:2] if tag != "O" else ("O", "")
        lab = TAG_MAP.get(raw)
        begins = prefix in ("B", "U", "S") or (prefix == "I" and (label != lab or start is None))
        if start is not None and (prefix == "O" or begins or lab != label):
            out.add((start, i, label))
            start = None
        if prefix != "O" and lab and start is None:
            start, label = i, lab
        if prefix in ("L", "E", "U", "S") and start is not None:
            out.add((start, i + 1, label))
            start = None
    return out


def token_offsets(words: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``words`` in ``" ".join(words)``."""
    offs, pos = [], 0
    for w in words:
        offs.append((pos, pos + len(w)))
        pos += len(w) + 1
    return offs


def token_spans(
    offs: list[tuple[int, int]], spans: Iterable[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Character spans (start, end, label) mapped to token spans by overlap (scorer's rule)."""
    out = set()
    for start, end, label in spans:
        toks = [k for k, (a, b) in enumerate(offs) if a < end and b > start]
        if toks and label in LABELS:
            out.add((toks[0], toks[-1] + 1, label))
    return out


def entity_f1(pairs: Iterable[tuple[set, set]]) -> dict[str, Any]:
    """Micro and macro F1 over PERSON/ORG/LOC of (gold, predicted) token-span sets."""
    stats = {lab: [0, 0, 0] for lab in LABELS}
    n = 0
    for gold, pred in pairs:
        n += 1
        for lab in LABELS:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            stats[lab][0] += len(g & p)
            stats[lab][1] += len(p)
            stats[lab][2] += len(g)
    per = {lab: prf(*v)[2] for lab, v in stats.items() if v[2]}
    total = [sum(v[k] for v in stats.values()) for k in range(3)]
    return {
        "sentences": n,
        "micro_f1": prf(*total)[2],
        "macro_f1": sum(per.values()) / len(per) if per else 0.0,
        "per_type": per,
    }


def score_ner(path: str | Path) -> dict[str, Any]:
    """Micro and macro F1 (PERSON, ORG, LOC) of the pipeline on one CoNLL file."""
    from warta.pipeline import Analyzer, Meta

    sents = read_conll(path)
    words = [[t for t, _ in sent] for sent in sents]
    results = Analyzer().analyze_many((" ".join(w), Meta(id=str(i))) for i, w in enumerate(words))

    def pairs():
        for sent, ws, art in zip(sents, words, results, strict=True):
            ents = [] if isinstance(art, Exception) else art.entities
            pred = token_spans(token_offsets(ws), ((e.start, e.end, e.label) for e in ents))
            yield gold_spans([t for _, t in sent]), pred

    return entity_f1(pairs())


def score_ud(paths: list[str | Path], group: int = 8) -> dict[str, Any]:
    """Sentence-boundary precision, recall and F1 on UD CoNLL-U files."""
    from warta.segment import split_sentences

    sents = [
        line[len("# text = ") :].strip()
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    tp = npred = ngold = 0
    for i in range(0, len(sents), group):
        chunk = sents[i : i + group]
        text = " ".join(chunk)
        ends, pos = set(), 0
        for s in chunk[:-1]:
            pos += len(s)
            ends.add(pos)
            pos += 1
        pred = {e for _, e in split_sentences(text)} - {len(text)}
        tp += len(pred & ends)
        npred += len(pred)
        ngold += len(ends)
    p, r, f = prf(tp, npred, ngold)
    return {"sentences": len(sents), "p": p, "r": r, "f1": f}
