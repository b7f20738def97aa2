"""Summary evaluation on IndoSum-format JSONL: ROUGE-1/2/L F of Warta and of LEAD-3 in one run.

Each record has ``paragraphs`` (paragraph → sentence → tokens), ``summary`` (the gold summary as
tokenised sentences) and ``id`` (``<timestamp>-<title slug>``). An article is given to Warta as
text — tokens joined by spaces, sentences by a space, paragraphs by a blank line — and split by
Warta's own sentence splitter when it is installed (``warta.segment``), else by the gold
segmentation. LEAD-3 takes the first three sentences of the same segmentation. Scores use the
``rouge-score`` package (``pip install warta[eval]``) without stemming, x100.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class Record:
    """One IndoSum article rebuilt as text with gold sentence spans and extractive labels."""

    id: str
    title: str | None
    text: str
    gold_sentences: Spans
    labels: list[bool]
    reference: str


def title_from_id(article_id: str) -> str | None:
    """The (truncated) title in an IndoSum id slug, ``1490674536-mustahil-transportasi-...``."""
    m = re.match(r"^\d+-(.+)$", article_id)
    if not m:
        return None
    words = m.group(1).split("-")
    if len(m.group(1)) >= 50 and len(words) > 1:  # the slug is cut at 50 characters
        words = words[:-1]
    return " ".join(w for w in words if w) or None


def build_text(paragraphs: Sequence[Sequence[Sequence[str]]]) -> tuple[str, Spans]:
    """Article text (tokens and sentences joined by spaces, paragraphs by a blank line) and spans."""
    parts: list[str] = []
    spans: Spans = []
    pos = 0
    for p, para in enumerate(paragraphs):
        for s, tokens in enumerate(para):
            sep = "" if not parts else ("\n\n" if s == 0 and p else " ")
            sent = " ".join(t for t in tokens if t.strip())
            if not sent:
                continue
            parts.append(sep + sent)
            pos += len(sep)
            spans.append((pos, pos + len(sent)))
            pos += len(sent)
    return "".join(parts), spans


def read_records(path: str) -> Iterator[Record]:
    """The articles of an IndoSum JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            text, spans = build_text(d["paragraphs"])
            labels = [bool(x) for para, lab in zip(d["paragraphs"], d["gold_labels"], strict=True)
                      for sent, x in zip(para, lab, strict=True)
                      if " ".join(t for t in sent if t.strip())]  # fmt: skip
            reference = "\n".join(" ".join(s) for s in d["summary"])
            yield Record(d["id"], title_from_id(d["id"]), text, spans, labels, reference)


def _splitter() -> Callable[[str], Spans] | None:
    try:
        from warta.segment import split_sentences  # type: ignore[attr-defined]
    except ImportError:
        return None
    return lambda text: [(s, e) for s, e in split_sentences(text)]


def evaluate_summaries(
    path: str, *, use_title: bool = True, gold_segmentation: bool = False, scorer: Any = None
) -> dict:
    """ROUGE-1/2/L F (x100) of Warta's summaries and of LEAD-3 on an IndoSum JSONL file.

    ``use_title`` passes the title kept in each id slug; ``gold_segmentation`` uses the dataset's
    sentences instead of Warta's splitter; ``scorer`` replaces ``rouge_score``'s ``RougeScorer``
    (anything whose ``score(reference, candidate)`` maps metric names to objects with ``fmeasure``).
    """
    from warta.annotate.summary import summarize

    if scorer is None:
        from rouge_score import rouge_scorer

        scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    split = None if gold_segmentation else _splitter()
    totals = {"warta": dict.fromkeys(("rouge1", "rouge2", "rougeL"), 0.0)}
    totals["lead3"] = dict(totals["warta"])
    n = 0
    sent_count = 0
    for rec in read_records(path):
        spans = split(rec.text) if split else rec.gold_sentences
        picked = summarize(rec.text, spans, title=rec.title if use_title else None)
        sent_count += len(picked)
        for name, chosen in (("warta", picked), ("lead3", spans[:3])):
            cand = "\n".join(rec.text[s:e] for s, e in chosen)
            for key, val in scorer.score(rec.reference, cand).items():
                totals[name][key] += val.fmeasure
        n += 1
    scores = {name: {k: round(100 * v / max(n, 1), 2) for k, v in t.items()} for name, t in totals.items()}
    return {
        "path": path,
        "articles": n,
        "segmentation": "warta" if split else "gold",
        "title": use_title,
        "mean_summary_sentences": round(sent_count / max(n, 1), 2),
        **scores,
    }


def format_summary_table(result: dict) -> str:
    """A small text table of :func:`evaluate_summaries` results."""
    lines = [
        f"{result['path']}: {result['articles']} articles, {result['segmentation']} segmentation, "
        f"title {'used' if result['title'] else 'not used'}, "
        f"{result['mean_summary_sentences']} sentences per summary",
        f"{'system':<8} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}",
    ]
    for name in ("warta", "lead3"):
        r = result[name]
        lines.append(f"{name:<8} {r['rouge1']:>8.2f} {r['rouge2']:>8.2f} {r['rougeL']:>8.2f}")
    return "\n".join(lines)
