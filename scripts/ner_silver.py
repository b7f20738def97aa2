#!/usr/bin/env python3
"""Silver NER training sentences: IndoSum news labelled by a 2-of-3 span vote of trained models.

Distillation of the ensemble measured in ``scripts/ner_ensemble.py`` (a 2-of-3 span vote beats
its best member by ~0.017 dev macro F1 but costs three NER passes): the vote labels raw news
sentences once, offline, and a single model trains on gold + silver (``train_ner.py --silver``).

Text: IndoSum ``dev.02.jsonl`` (CC BY-SA 4.0; its sentences are already tokenised), sentences of
4-60 tokens in file order, without repeats and without any sentence whose deduplication key
(``ner_data.key``) occurs in a dev or test file of the NER sets. Members: three selection runs
trained on train only (default: seed 0 of each recipe in docs/ner.md).

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/ner_silver.py --out build/ner/silver.jsonl
"""

import argparse
import json
import sys
from pathlib import Path

import spacy

import warta.annotate.ner_features  # noqa: F401 - registers the lexicon-feature component
from warta.eval.conll import token_offsets, token_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DEV_FILES, TEST_FILES, key, load  # noqa: E402
from ner_ensemble import resolve  # noqa: E402

DEFAULT_MODELS = [f"build/ner/{n}/model/model-best" for n in ("FD3", "FW64", "FX0")]
INDOSUM = Path("/work/shared/data/indosum/dev.02.jsonl")


def sentences(path: Path, limit: int, banned: set[str]) -> list[tuple[str, ...]]:
    """Up to ``limit`` distinct tokenised sentences of 4-60 tokens whose key is not ``banned``."""
    out: list[tuple[str, ...]] = []
    seen = set(banned)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            for para in json.loads(line)["paragraphs"]:
                for toks in para:
                    k = key(tuple(toks))
                    if 4 <= len(toks) <= 60 and k not in seen:
                        seen.add(k)
                        out.append(tuple(toks))
                        if len(out) >= limit:
                            return out
    return out


def bio(n: int, spans: set[tuple[int, int, str]]) -> tuple[str, ...]:
    """IOB2 tags of ``n`` tokens from non-overlapping token spans (start, end, label)."""
    tags = ["O"] * n
    for a, b, lab in spans:
        tags[a] = f"B-{lab}"
        for i in range(a + 1, b):
            tags[i] = f"I-{lab}"
    return tuple(tags)


def main() -> None:
    """Label the sentences with each member, vote, and write ``{"words", "tags"}`` JSON Lines."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--min-votes", type=int, default=2)
    ap.add_argument("--text", type=Path, default=INDOSUM)
    ap.add_argument("models", nargs="*", default=DEFAULT_MODELS)
    a = ap.parse_args()
    banned = {key(s.words) for files in (DEV_FILES, TEST_FILES) for c, f in files.items() for s in load(c, f)}
    sents = sentences(a.text, a.limit, banned)
    texts = [" ".join(s) for s in sents]
    members = []
    for m in a.models:
        nlp = spacy.load(m)
        members.append([[(e.start_char, e.end_char, e.label_) for e in d.ents]
                        for d in nlp.pipe(texts, batch_size=256)])
    n_ents = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for i, words in enumerate(sents):
            voted = resolve([mem[i] for mem in members], a.min_votes)
            spans = token_spans(token_offsets(list(words)), voted)
            if any(x[0] < y[1] and y[0] < x[1] for x in spans for y in spans if x != y):
                continue  # two character spans fell on the same token: skip the sentence
            n_ents += len(spans)
            fh.write(json.dumps({"words": list(words), "tags": list(bio(len(words), spans))},
                                ensure_ascii=False) + "\n")
    print(f"{len(sents)} sentences, {n_ents} silver entities -> {a.out}")


if __name__ == "__main__":
    main()
