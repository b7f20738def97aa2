#!/usr/bin/env python3
"""Train the entity verifier (``warta/annotate/entity_verify.py``) from Warta's gold news folders.

Usage::

    .venv/bin/python scripts/train_entity_verifier.py                 # rebuild the shipped model
    .venv/bin/python scripts/train_entity_verifier.py --out none      # figures only

Every article of the training folders (``tests/data/quotes_indosum*`` batches named before
``--holdout-from``: by default ``quotes_indosum``, ``_b`` ... ``_z``, ``_aa`` ... ``_er``; the settings
were chosen with ``--holdout-from ea``, evaluated on ``_ea`` ... ``_er``) runs through the
pipeline with the verifier switched off. Each distinct ``(canonical name, label)`` it reports becomes
one example; its class is the label of the gold list that names it under ``score.py``'s lenient rule
(equal, a word of a gold name, or containing a gold name): its own label first, else another label,
else ``NONE``. A multinomial logistic regression (scikit-learn, lbfgs, fixed ``C``; deterministic) is
fitted on the binary features of ``article_features`` and written as JSON with the model card.

The later folders (``_es`` onwards by default) and the devset are never trained on; ``--eval``
prints their figures before and after the verifier, with the shipped margins. Needs the ``train``
extra (scikit-learn); the product reads only the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from warta import config  # noqa: E402
from warta.annotate.entity_candidates import LABEL as CAND  # noqa: E402
from warta.annotate.entity_verify import add_candidate, article_features, decide, name_key  # noqa: E402
from warta.eval.matching import entity_matches  # noqa: E402
from warta.pipeline import Analyzer, Meta  # noqa: E402

LISTS = {"persons": "PERSON", "organizations": "ORG", "locations": "LOC"}
OUT = ROOT / "src" / "warta" / "models" / "entity_verifier"


def overlaps(pred: str, gold: str) -> bool:
    """The names share a word of three letters or more (a boundary error, not a wrong entity)."""
    return bool({w for w in pred.split() if len(w) > 2} & set(gold.split()))


def gold_class(name: str, label: str, gold: dict[str, set[str]]) -> str:
    """The class a proposed name should get: the gold list that names it (its own label first),
    by score.py's rule or, failing that, by a shared word (the entity is right, its boundary is
    not; dropping it would lose a real name); ``NONE`` when no gold name is near it. A candidate
    (label ``CAND``, no annotator proposed it) counts only by score.py's rule."""
    labels = tuple(LISTS.values())
    if label not in labels:
        return next((lab for lab in labels if any(entity_matches(name, g) for g in gold[lab])), "NONE")
    order = (label, *[v for v in labels if v != label])
    for rule in (entity_matches, overlaps):
        for lab in order:
            if any(rule(name, g) for g in gold[lab]):
                return lab
    return "NONE"


def batch_name(folder: Path) -> str:
    """The batch suffix of a gold folder (``quotes_indosum_ea`` -> ``ea``; the first folder -> ````)."""
    return folder.name.removeprefix("quotes_indosum").lstrip("_")


def folders(holdout_from: str) -> tuple[list[Path], list[Path]]:
    """(training folders, held-out folders) among the IndoSum gold folders."""
    found = sorted(p for p in (ROOT / "tests" / "data").glob("quotes_indosum*") if p.is_dir())
    train = [p for p in found if batch_name(p) < holdout_from or len(batch_name(p)) < len(holdout_from)]
    return train, [p for p in found if p not in train]


def examples(dirs: list[Path]) -> list[tuple[dict[str, int], str, str, str]]:
    """(features, gold class, predicted label, article id) for every distinct name of the articles."""
    settings = config.settings()
    settings["entities"]["verify"] = False  # the verifier must see what the pipeline gives it
    analyzer = Analyzer()
    out = []
    for d in dirs:
        for f in sorted(d.glob("*.json")):
            art = json.loads(f.read_text(encoding="utf-8"))
            gold = {LISTS[k]: {name_key(x) for x in art["gold"].get(k, [])} for k in LISTS}
            if not any(gold.values()):
                continue
            meta = Meta(id=art["id"], url=art.get("url"), published=art.get("published"))
            res = analyzer.analyze(art["text"], meta)
            feats = article_features(res.text, list(res.sentences), res.entities)
            for (name, label), fs in feats.items():
                y = gold_class(name, label, gold)
                out.append(({k: 1 for k in fs}, y, label, art["id"] + "\t" + name))
    settings["entities"]["verify"] = True
    return out


def figures(rows, labels, golds) -> dict[str, tuple[float, float, float]]:
    """Entity P / R / F1 per label as score.py counts them, for the kept (name, label) pairs."""
    tp, pred = Counter(), Counter()
    for (_, _, _, key), lab in zip(rows, labels, strict=True):
        if lab not in LISTS.values():  # dropped, or a candidate not added
            continue
        art, name = key.split("\t")
        pred[lab] += 1
        tp[lab] += any(entity_matches(name, g) for g in golds[art][lab])
    out = {}
    for lab in LISTS.values():
        n_gold = sum(len(g[lab]) for g in golds.values())
        p, r = tp[lab] / max(1, pred[lab]), tp[lab] / max(1, n_gold)
        out[lab] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0)
    return out


def gold_lists(dirs: list[Path]) -> dict[str, dict[str, set[str]]]:
    """Gold names per article id and label."""
    out = {}
    for d in dirs:
        for f in sorted(d.glob("*.json")):
            art = json.loads(f.read_text(encoding="utf-8"))
            out[art["id"]] = {LISTS[k]: {name_key(x) for x in art["gold"].get(k, [])} for k in LISTS}
    return out


def main() -> None:
    """Train, report, and write the model (unless ``--out none``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--holdout-from", default="es",
                    help="first batch suffix never trained on (shipped: es; the selection model: ea)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--min-weight", type=float, default=0.01,
                    help="drop features whose weights are all smaller")
    ap.add_argument("--out", default=str(OUT), help="model folder, or 'none'")
    ap.add_argument("--eval", nargs="*", default=None,
                    help="gold folders to report (default: the held-out batches)")
    args = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train_dirs, held = folders(args.holdout_from)
    rows = examples(train_dirs)
    classes_seen = Counter(y for _, y, _, _ in rows)
    print(f"training: {len(train_dirs)} folders, {len(rows)} names, classes {classes_seen}")
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _, _, _ in rows])
    model = LogisticRegression(C=args.C, max_iter=5000).fit(x, [y for _, y, _, _ in rows])
    classes = [str(c) for c in model.classes_]
    margin = float(config.get("entities", "verify_margin"))
    eval_dirs = [Path(d) for d in args.eval] if args.eval is not None else held
    if eval_dirs:
        ev = examples(eval_dirs)
        golds = gold_lists(eval_dirs)
        probs = model.predict_proba(vec.transform([f for f, _, _, _ in ev]))
        add_margin = float(config.get("entities", "candidate_margin"))
        kept = [add_candidate(dict(zip(classes, p, strict=True)), add_margin) if lab == CAND
                else decide(lab, dict(zip(classes, p, strict=True)), margin)
                for (_, _, lab, _), p in zip(ev, probs, strict=True)]
        print(f"held out: {len(eval_dirs)} folders, {len(golds)} articles (P, R, F1)")
        print("  before:", figures(ev, [lab for _, _, lab, _ in ev], golds))
        print("  after: ", figures(ev, kept, golds))
    if args.out == "none":
        return
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        row = [round(float(model.coef_[i, j]), 4) for i in range(len(classes))]
        if max(abs(w) for w in row) >= args.min_weight:
            weights[name] = row
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = {"version": 1, "classes": classes, "intercept": [round(float(b), 4) for b in model.intercept_],
            "C": args.C, "training_folders": [p.name for p in train_dirs], "examples": len(rows),
            "weights": dict(sorted(weights.items()))}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    (out / "model.json").write_text(text, encoding="utf-8")
    print(f"wrote {out / 'model.json'}: {len(weights)} features")


if __name__ == "__main__":
    main()
