"""Train Warta's extractive-summary sentence scorer and write src/warta/models/summary/model.json.

Data: IndoSum (CC BY-SA 4.0) development folds dev.02–dev.04, deduplicated by id, minus every
article whose id also occurs in dev.01 (the evaluation fold: never trained or tuned on). Labels:
IndoSum's extractive oracle ``gold_labels``. Model: L2-regularised logistic regression (Newton
steps, numpy) over ``warta.annotate.summary.FEATURES``. The regularisation strength and the
redundancy threshold are chosen by 5-fold cross-validation on the training articles (ROUGE-1 of
the selected sentences), with a fixed seed.

    .venv/bin/python scripts/train_summary.py --data /work/shared/data/indosum
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

from warta import config
from warta.annotate.summary import (
    FEATURES,
    content_terms,
    score_rows,
    select,
    sentence_features,
    word_count,
)
from warta.eval.summaries import Record, read_records

SEED = 13
OUT = Path(__file__).resolve().parents[1] / "src/warta/models/summary/model.json"


def load(data: Path) -> list[Record]:
    held_out = {r.id for r in read_records(str(data / "dev.01.jsonl"))}
    seen: set[str] = set()
    out = []
    for fold in ("dev.02", "dev.03", "dev.04"):
        for rec in read_records(str(data / f"{fold}.jsonl")):
            if rec.id in held_out or rec.id in seen:
                continue
            seen.add(rec.id)
            out.append(rec)
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise, then Newton-fit logistic regression with an L2 penalty (bias unpenalised)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], float(w[-1])


def as_model(mean, scale, weights, bias, extra: dict) -> dict:
    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in weights],
        "bias": round(bias, 6),
        **extra,
    }


def rouge1(scorer, recs, feats, terms, model, overlap) -> float:
    total = 0.0
    for rec, rows, ts in zip(recs, feats, terms, strict=True):
        spans = rec.gold_sentences
        if len(spans) <= config.get("summary", "min_sentences"):
            picked = list(range(len(spans)))
        else:
            lengths = [word_count(rec.text[s:e]) for s, e in spans]
            picked = select(score_rows(rows, model), ts, lengths, config.get("summary", "max_sentences"),
                            overlap, config.get("summary", "min_words"))  # fmt: skip
        cand = "\n".join(rec.text[spans[i][0] : spans[i][1]] for i in picked)
        total += scorer.score(rec.reference, cand)["rouge1"].fmeasure
    return 100 * total / max(len(recs), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    recs = load(args.data)
    feats = [sentence_features(r.text, r.gold_sentences, r.title) for r in recs]
    terms = [[set(content_terms(r.text[s:e])) for s, e in r.gold_sentences] for r in recs]
    print(f"{len(recs)} training articles, {sum(len(f) for f in feats)} sentences")
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=False)

    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    folds = [order[i :: args.folds] for i in range(args.folds)]
    grid_l2 = (0.1, 1.0, 10.0, 100.0)
    grid_overlap = (0.5, 0.65, 0.8, 1.0)
    results: dict[tuple[float, float], list[float]] = {}
    for k, test_idx in enumerate(folds):
        test = set(test_idx)
        train_idx = [i for i in order if i not in test]
        x = np.array([row for i in train_idx for row in feats[i]])
        y = np.array([lab for i in train_idx for lab in recs[i].labels], dtype=float)
        for l2 in grid_l2:
            model = as_model(*fit(x, y, l2), {})
            for ov in grid_overlap:
                sub = [recs[i] for i in test_idx]
                r1 = rouge1(scorer, sub, [feats[i] for i in test_idx], [terms[i] for i in test_idx],
                            model, ov)  # fmt: skip
                results.setdefault((l2, ov), []).append(r1)
        print(f"fold {k + 1}/{args.folds} done")
    cv = {key: float(np.mean(v)) for key, v in results.items()}
    for (l2, ov), r1 in sorted(cv.items()):
        print(f"l2={l2:<6} max_overlap={ov:<5} CV ROUGE-1 {r1:.2f}")
    (best_l2, best_ov), best = max(cv.items(), key=lambda kv: kv[1])
    print(f"best: l2={best_l2} max_overlap={best_ov} CV ROUGE-1 {best:.2f}")

    x = np.array([row for f in feats for row in f])
    y = np.array([lab for r in recs for lab in r.labels], dtype=float)
    extra = {
        "kind": "logistic-regression",
        "trained_on": "IndoSum dev.02-dev.04 minus dev.01 ids (CC BY-SA 4.0)",
        "articles": len(recs),
        "sentences": len(y),
        "l2": best_l2,
        "cv_rouge1": round(best, 2),
        "cv_max_overlap": best_ov,
        "seed": SEED,
    }
    model = as_model(*fit(x, y, best_l2), extra)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    for name, w in sorted(zip(FEATURES, model["weights"], strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:<16} {w:+.3f}")


if __name__ == "__main__":
    main()
