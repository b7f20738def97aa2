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

import warta.annotate.ner_embed  # noqa: F401 - registers warta.HashCharEmbed.v1
import warta.annotate.ner_features  # noqa: F401 - registers the lexicon-feature component
from warta.eval.conll import entity_f1, token_offsets, token_spans  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DEV_FILES, TEST_FILES, build_splits, load  # noqa: E402


def score(nlp: spacy.Language, sents) -> dict:
    """Entity-level F1 (PERSON, ORG, LOC; micro and macro) of ``nlp`` on mapped sentences."""
    texts = [" ".join(s.words) for s in sents]

    def pairs():
        for s, doc in zip(sents, nlp.pipe(texts, batch_size=256), strict=True):
            gold = {(a, b + 1, lab) for lab, a, b in tags_to_entities(iob_to_biluo(list(s.tags)))}
            pred = token_spans(
                token_offsets(list(s.words)), ((e.start_char, e.end_char, e.label_) for e in doc.ents)
            )
            yield gold, pred

    r = entity_f1(pairs())
    return {
        "n": r["sentences"],
        "micro": round(r["micro_f1"], 3),
        "macro": round(r["macro_f1"], 3),
        "per_type": {k: round(v, 3) for k, v in r["per_type"].items()},
    }


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
            print(
                f"{a.split} {files[c]}: n={r['n']} micro {r['micro']:.3f} "
                f"macro {r['macro']:.3f} {r['per_type']}"
            )
    print(f"{a.split} mean macro F1: {res['mean_macro']:.4f}")


if __name__ == "__main__":
    main()
