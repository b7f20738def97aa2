#!/usr/bin/env python3
"""Score a spaCy NER model on CoNLL files the way /work/shared/tools/score_ner.py does.

Each sentence's text is its tokens joined by single spaces; the model tokenises that text with
its own (blank "id") tokenizer; predicted spans are mapped back to gold tokens by character
overlap; entity-level F1 per type (PERSON, ORG, LOC), micro and macro.

    .venv/bin/python scripts/ner_eval.py MODEL_DIR [--split dev|test]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.training import iob_to_biluo, tags_to_entities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DEV_FILES, TEST_FILES, build_splits, load  # noqa: E402

LABELS = ("PERSON", "ORG", "LOC")


def score(nlp: spacy.Language, sents) -> dict:
    """Entity-level precision/recall counts and F1 for the given mapped sentences."""
    stats = {k: [0, 0, 0] for k in LABELS}
    texts = [" ".join(s.words) for s in sents]
    for s, doc in zip(sents, nlp.pipe(texts, batch_size=256), strict=True):
        offs, pos = [], 0
        for w in s.words:
            offs.append((pos, pos + len(w)))
            pos += len(w) + 1
        gold = {(a, b + 1, lab) for lab, a, b in tags_to_entities(iob_to_biluo(list(s.tags)))}
        pred = set()
        for e in doc.ents:
            toks = [k for k, (x, y) in enumerate(offs) if x < e.end_char and y > e.start_char]
            if toks and e.label_ in stats:
                pred.add((toks[0], toks[-1] + 1, e.label_))
        for lab in LABELS:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            stats[lab][0] += len(g & p)
            stats[lab][1] += len(p)
            stats[lab][2] += len(g)

    def f(tp: int, np_: int, ng: int) -> float:
        pr = tp / np_ if np_ else 0.0
        rc = tp / ng if ng else 0.0
        return 2 * pr * rc / (pr + rc) if pr + rc else 0.0

    per = {lab: round(f(*v), 3) for lab, v in stats.items() if v[2]}
    tot = [sum(v[k] for v in stats.values()) for k in range(3)]
    return {"n": len(sents), "micro": round(f(*tot), 3), "macro": round(sum(per.values()) / len(per), 3),
            "per_type": per}


def main() -> None:
    """Print dev (default) or test scores of MODEL_DIR per corpus."""
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    nlp = spacy.load(a.model)
    if a.split == "dev":
        _, sets, _, _ = build_splits()  # dev files minus sentences that occur in a test file
    else:
        sets = {c: load(c, f) for c, f in TEST_FILES.items()}
    res = {c: score(nlp, ss) for c, ss in sets.items()}
    res["mean_macro"] = round(sum(r["macro"] for r in res.values()) / len(res), 4)
    if a.json:
        print(json.dumps(res))
        return
    files = DEV_FILES if a.split == "dev" else TEST_FILES
    for c, r in res.items():
        if c != "mean_macro":
            print(f"{a.split} {files[c]}: n={r['n']} micro {r['micro']:.3f} "
                  f"macro {r['macro']:.3f} {r['per_type']}")
    print(f"{a.split} mean macro F1: {res['mean_macro']:.4f}")


if __name__ == "__main__":
    main()
