#!/usr/bin/env python3
"""A stacked span check on the NER's output (issue 4 measurement; not shipped).

A logistic regression reads each span the NER predicts in a sentence (its words, first and last
word, shape, the two words on each side, the lexicons of ``warta/lang/id``) and keeps, relabels or
drops it, as ``warta.annotate.entity_verify`` does for articles. It is trained on out-of-fold
predictions: ``scripts/train_ner.py --cv 5:k`` trains the recipe on the training sentences minus
fold k and writes fold k to ``heldout.jsonl``. A span's class is its gold label when a gold span has
the same tokens (exact match, as the NER sets score), else ``NONE`` (``keep``: the label of the gold
span it overlaps most).

    scripts/ner_stack.py oof OUT.jsonl FOLD_WORK_DIR...   # each fold model on its held-out fold
    scripts/ner_stack.py dev OUT.jsonl MODEL_DIR          # a train-only model on the three dev files
    scripts/ner_stack.py fit OOF.jsonl DEV.jsonl [C] [exact|keep]   # dev macro F1, raw and checked
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import spacy  # noqa: E402
from spacy.training import iob_to_biluo, tags_to_entities  # noqa: E402

import warta.annotate.ner_embed  # noqa: E402,F401 - registers warta.HashCharEmbed.v1
import warta.annotate.ner_features  # noqa: E402,F401 - registers the lexicon-feature component
from warta.annotate import entity_verify as ev  # noqa: E402
from warta.eval.conll import token_offsets, token_spans  # noqa: E402

LABELS = ("PERSON", "ORG", "LOC")


def predict(model: str, sents: list[dict]):
    """Gold and predicted token spans ``(start, end, label)`` of every sentence."""
    nlp = spacy.load(model)
    texts = [" ".join(s["words"]) for s in sents]
    for s, doc in zip(sents, nlp.pipe(texts, batch_size=256), strict=True):
        gold = sorted((a, b + 1, lab) for lab, a, b in tags_to_entities(iob_to_biluo(list(s["tags"]))))
        chars = ((e.start_char, e.end_char, e.label_) for e in doc.ents)
        pred = sorted(token_spans(token_offsets(list(s["words"])), chars))
        yield {"words": s["words"], "gold": gold, "pred": pred, "corpus": s.get("corpus")}


def features(words: list[str], a: int, b: int, lab: str) -> set[str]:
    """Binary features of the span ``words[a:b]`` tagged ``lab``."""
    out = {"L=" + lab}

    def add(f: str) -> None:
        out.add(f"{f}|{lab}")

    span = [w.lower() for w in words[a:b]]
    add(f"nw={min(b - a, 5)}")
    for w in span:
        add("w=" + w)
    add("fw=" + span[0])
    add("lw=" + span[-1])
    add("sfx=" + span[-1][-3:])
    add("shape=" + "_".join(ev._shape(w)[:8] for w in words[a:b])[:20])
    add("p1=" + (words[a - 1].lower() if a > 0 else "<s>"))
    add("p2=" + (" ".join(words[a - 2:a]).lower() if a > 1 else "<s>"))
    add("n1=" + (words[b].lower() if b < len(words) else "</s>"))
    add("n2=" + (" ".join(words[b:b + 2]).lower() if b + 1 < len(words) else "</s>"))
    add("ps=" + (ev._shape(words[a - 1])[:8] if a > 0 else "<s>"))
    add("ns=" + (ev._shape(words[b])[:8] if b < len(words) else "</s>"))
    if a == 0:
        add("init")
    for f in ev.lexicon_features(span, ev.name_key(" ".join(words[a:b])), "pset="):
        add(f)
    lower = {w for w in words if w.islower()}
    add(f"low={sum(w in lower for w in span) * 2 // len(span)}")
    return out


def target(span: tuple[int, int, str], gold: set[tuple[int, int, str]], mode: str) -> str:
    """The class a predicted span should get (see the module docstring)."""
    a, b, lab = span
    if span in gold:
        return lab
    for g in gold:
        if (g[0], g[1]) == (a, b):
            return g[2]
    if mode == "keep":
        overlap, best = max(((min(b, g[1]) - max(a, g[0]), g[2]) for g in gold), default=(0, "NONE"))
        if overlap > 0:
            return best
    return "NONE"


def macro(rows: list[dict], decisions: list[list[str | None]]) -> dict[str, float]:
    """Macro F1 (PERSON, ORG, LOC, exact spans) per corpus and their mean."""
    out = {}
    for corpus in sorted({r["corpus"] for r in rows}):
        f1s = []
        for lab in LABELS:
            tp = npred = ngold = 0
            for r, dec in zip(rows, decisions, strict=True):
                if r["corpus"] != corpus:
                    continue
                pred = {(s[0], s[1], new) for s, new in zip(r["pred"], dec, strict=True) if new == lab}
                gold = {tuple(x) for x in r["gold"] if x[2] == lab}
                tp, npred, ngold = tp + len(pred & gold), npred + len(pred), ngold + len(gold)
            p, rc = tp / max(npred, 1), tp / max(ngold, 1)
            f1s.append(2 * p * rc / (p + rc) if p + rc else 0.0)
        out[corpus] = round(sum(f1s) / len(f1s), 4)
    out["mean"] = round(sum(out.values()) / len(out), 4)
    return out


def fit(oof: Path, dev: Path, c: float, mode: str) -> None:
    """Train on the out-of-fold spans, print dev macro F1 raw and checked at four margins."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [json.loads(line) for line in oof.open()]
    x, y = [], []
    for r in rows:
        gold = {tuple(g) for g in r["gold"]}
        for s in r["pred"]:
            x.append(dict.fromkeys(features(r["words"], s[0], s[1], s[2]), 1))
            y.append(target(tuple(s), gold, mode))
    print("training spans", len(y), Counter(y))
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(x), y)
    classes = [str(k) for k in model.classes_]
    dv = [json.loads(line) for line in dev.open()]
    flat = [(i, s) for i, r in enumerate(dv) for s in r["pred"]]
    probs = model.predict_proba(vec.transform(
        [dict.fromkeys(features(dv[i]["words"], s[0], s[1], s[2]), 1) for i, s in flat]))
    print("raw", macro(dv, [[s[2] for s in r["pred"]] for r in dv]))
    for margin in (0.0, 0.1, 0.2, 0.3):
        dec: list[list[str | None]] = [[] for _ in dv]
        for (i, s), p in zip(flat, probs, strict=True):
            dec[i].append(ev.decide(s[2], dict(zip(classes, p, strict=True)), margin))
        print("margin", margin, macro(dv, dec))


def main() -> None:
    """Dispatch the three sub-commands."""
    cmd, out = sys.argv[1], Path(sys.argv[2])
    if cmd == "oof":
        with out.open("w") as fh:
            for d in map(Path, sys.argv[3:]):
                sents = [json.loads(line) for line in (d / "heldout.jsonl").open()]
                for r in predict(str(d / "model" / "model-best"), sents):
                    fh.write(json.dumps(r) + "\n")
    elif cmd == "dev":
        from ner_data import DEV_FILES, load

        sents = [{"words": list(s.words), "tags": list(s.tags), "corpus": c}
                 for c, f in DEV_FILES.items() for s in load(c, f)]
        with out.open("w") as fh:
            for r in predict(sys.argv[3], sents):
                fh.write(json.dumps(r) + "\n")
    elif cmd == "fit":
        c = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
        fit(out, Path(sys.argv[3]), c, sys.argv[5] if len(sys.argv) > 5 else "exact")


if __name__ == "__main__":
    main()
