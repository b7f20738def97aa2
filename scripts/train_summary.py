"""Train Warta's extractive-summary sentence scorer and write src/warta/models/summary/model.json.

Data: IndoSum (CC BY-SA 4.0) development folds dev.02–dev.04, deduplicated by id, minus every
article whose id also occurs in dev.01 (the evaluation fold: never trained or tuned on). Labels:
IndoSum's extractive oracle ``gold_labels``; features: ``warta.annotate.summary.FEATURES``.

Candidates: L2 logistic regression (numpy Newton steps) and gradient-boosted trees
(scikit-learn ``GradientBoostingClassifier``, exported to JSON), each with a length exponent for
selection. 5-fold cross-validation on the training articles (ROUGE-1 F of the selected sentences
against the gold summary, same tokenisation as ``rouge-score``) picks the candidate; it is then
refitted on all training articles. Fixed seeds throughout.

    pip install -e '.[eval,train]'
    # the shipped model, bit for bit (about 1 minute):
    .venv/bin/python scripts/train_summary.py --only gb-150x3-r0.1 --exponent 0.35
    # the cross-validation that chose it (about 10 minutes per pair of candidates on 2 busy cores):
    .venv/bin/python scripts/train_summary.py --candidates lr-l2=10 gb-150x3 --exponents 0.15 0.25 0.35
    .venv/bin/python scripts/train_summary.py --candidates gb-150x3-r0.1 gb-100x4-r0.1 --exponents 0.35
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

from warta import config
from warta.annotate.summary import FEATURES, content_terms, score_rows, select, sentence_features, word_count
from warta.eval.summaries import Record, read_records

SEED = 13
OUT = Path(__file__).resolve().parents[1] / "src/warta/models/summary/model.json"
_TOKEN = re.compile(r"[a-z0-9]+")  # rouge-score's default tokenisation (no stemming)


def load(data: Path) -> list[Record]:
    """Training articles: dev.02–dev.04, first occurrence of each id, no id of dev.01."""
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


def fit_lr(x: np.ndarray, y: np.ndarray, l2: float) -> dict:
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
    return {
        "kind": "logistic-regression",
        "l2": l2,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w[:-1]],
        "bias": round(float(w[-1]), 6),
    }


def fit_gb(x: np.ndarray, y: np.ndarray, trees: int, depth: int, rate: float) -> dict:
    """Gradient-boosted trees (log-loss), exported as plain arrays per tree."""
    from sklearn.ensemble import GradientBoostingClassifier

    clf = GradientBoostingClassifier(
        n_estimators=trees, max_depth=depth, learning_rate=rate, subsample=0.8, random_state=SEED
    ).fit(x, y.astype(int))
    exported = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        exported.append({
            "feature": [int(v) for v in t.feature],
            "threshold": [float(v) for v in t.threshold],
            "left": [int(v) for v in t.children_left],
            "right": [int(v) for v in t.children_right],
            "value": [round(float(v), 6) for v in t.value[:, 0, 0]],
        })  # fmt: skip
    tree_sum = sum(est.predict(x[:1])[0] for est in clf.estimators_[:, 0])
    init = float(clf.decision_function(x[:1])[0] - rate * tree_sum)
    model = {"kind": "gradient-boosting", "trees_n": trees, "depth": depth, "learning_rate": rate,
             "init": round(init, 6), "trees": exported}  # fmt: skip
    check = np.array(score_rows(x[:500].tolist(), model))
    assert np.allclose(check, clf.predict_proba(x[:500])[:, 1], atol=1e-4), "tree export mismatch"
    return model


class Scorer:
    """Fast ROUGE-1 F of selected sentences against each article's gold summary."""

    def __init__(self, recs: list[Record]) -> None:
        self.recs = recs
        self.refs = [Counter(_TOKEN.findall(r.reference.lower())) for r in recs]
        self.toks = [[_TOKEN.findall(r.text[s:e].lower()) for s, e in r.gold_sentences] for r in recs]
        self.terms = [[set(content_terms(r.text[s:e])) for s, e in r.gold_sentences] for r in recs]
        self.lengths = [[word_count(r.text[s:e]) for s, e in r.gold_sentences] for r in recs]

    def rouge1(self, idx: list[int], probs: list[list[float]], exponent: float) -> float:
        total = 0.0
        for i, p in zip(idx, probs, strict=True):
            n = len(self.lengths[i])
            if n <= config.get("summary", "min_sentences"):
                picked = list(range(n))
            else:
                picked = select(p, self.terms[i], self.lengths[i], config.get("summary", "max_sentences"),
                                config.get("summary", "max_overlap"), config.get("summary", "min_words"),
                                exponent)  # fmt: skip
            cand = Counter(t for j in picked for t in self.toks[i][j])
            overlap = sum(min(c, self.refs[i][t]) for t, c in cand.items())
            if overlap:
                prec, rec = overlap / sum(cand.values()), overlap / sum(self.refs[i].values())
                total += 2 * prec * rec / (prec + rec)
        return 100 * total / max(len(idx), 1)


CANDIDATES = {
    "lr-l2=10": lambda x, y: fit_lr(x, y, 10.0),
    "gb-150x3": lambda x, y: fit_gb(x, y, 150, 3, 0.05),
    "gb-300x3": lambda x, y: fit_gb(x, y, 300, 3, 0.05),
    "gb-200x4": lambda x, y: fit_gb(x, y, 200, 4, 0.05),
    "gb-150x3-r0.1": lambda x, y: fit_gb(x, y, 150, 3, 0.1),
    "gb-100x4-r0.1": lambda x, y: fit_gb(x, y, 100, 4, 0.1),
    "gb-250x3-r0.1": lambda x, y: fit_gb(x, y, 250, 3, 0.1),
}
DEFAULT_CANDIDATES = ("lr-l2=10", "gb-150x3")
EXPONENTS = (0.0, 0.25, 0.5)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/indosum"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", choices=sorted(CANDIDATES), help="skip cross-validation, fit this one")
    ap.add_argument("--exponent", type=float, default=0.35, help="length exponent with --only")
    ap.add_argument("--candidates", nargs="+", choices=sorted(CANDIDATES), default=DEFAULT_CANDIDATES)
    ap.add_argument("--exponents", nargs="+", type=float, default=EXPONENTS)
    args = ap.parse_args()

    recs = load(args.data)
    feats = [np.array(sentence_features(r.text, r.gold_sentences, r.title)) for r in recs]
    labels = [np.array(r.labels, dtype=float) for r in recs]
    scorer = Scorer(recs)
    print(f"{len(recs)} training articles, {sum(len(f) for f in feats)} sentences, {len(FEATURES)} features")

    if args.only:
        best_name, best_exp, best = args.only, args.exponent, float("nan")
    else:
        order = list(range(len(recs)))
        random.Random(SEED).shuffle(order)
        folds = [order[i :: args.folds] for i in range(args.folds)]
        results: dict[tuple[str, float], list[float]] = {}
        for k, test_idx in enumerate(folds):
            test = set(test_idx)
            train_idx = [i for i in order if i not in test]
            x, y = np.vstack([feats[i] for i in train_idx]), np.concatenate([labels[i] for i in train_idx])
            for name in args.candidates:
                model = CANDIDATES[name](x, y)
                probs = [score_rows(feats[i].tolist(), model) for i in test_idx]
                for exp in args.exponents:
                    results.setdefault((name, exp), []).append(scorer.rouge1(test_idx, probs, exp))
            print(f"fold {k + 1}/{args.folds} done", flush=True)
        cv = {key: float(np.mean(v)) for key, v in results.items()}
        for (name, exp), r1 in sorted(cv.items()):
            print(f"{name:<10} length_exponent={exp:<5} CV ROUGE-1 {r1:.2f}")
        (best_name, best_exp), best = max(cv.items(), key=lambda kv: kv[1])
        print(f"best: {best_name} length_exponent={best_exp} CV ROUGE-1 {best:.2f}")

    x, y = np.vstack(feats), np.concatenate(labels)
    model = {
        "features": list(FEATURES),
        "candidate": best_name,
        "length_exponent": best_exp,
        "trained_on": "IndoSum dev.02-dev.04 minus dev.01 ids (CC BY-SA 4.0)",
        "articles": len(recs),
        "sentences": int(len(y)),
        "cv_rouge1": None if best != best else round(best, 2),
        "seed": SEED,
        **CANDIDATES[best_name](x, y),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
