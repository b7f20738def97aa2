#!/usr/bin/env python3
"""Measure span-vote ensembles of already-trained spaCy NER models on the DEV split.

Each model (loaded like scripts/ner_eval.py) predicts character spans (start, end, label) on the
dev sentences (tokens joined by spaces); the predictions are cached, then combined:

- vote-3: for every triple of models, keep the spans predicted by >= 2 of the 3;
- union-2 / inter-2: for every pair, all spans of either model / spans of both models.

Overlapping kept spans are resolved greedily by vote count, then length, then the earlier member.
The combined spans are scored with the same rules as ``ner_eval.score`` (character spans mapped
to gold tokens by overlap; entity-level macro F1 over PERSON/ORG/LOC). Dev only: each member was
selected on dev, so these figures are slightly optimistic; test files are never read.

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/ner_ensemble.py [MODEL_DIR ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path

import spacy
from spacy.training import iob_to_biluo, tags_to_entities

import warta.annotate.ner_features  # noqa: F401 - registers the lexicon-feature component
from warta.eval.conll import entity_f1, token_offsets, token_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import DEV_FILES, Sentence, build_splits  # noqa: E402

Span = tuple[int, int, str]
Preds = dict[str, list[list[Span]]]  # corpus -> one span list per sentence
MODELS = {
    name: f"build/ner/{name}/model/model-best"
    for name in ("FD3", "FD3s1", "FW64", "FW64s1", "FX0", "FX1")
}


def predict(model_dir: str, sets: dict[str, list[Sentence]]) -> Preds:
    """Character spans (start, end, label) that the model in ``model_dir`` predicts per sentence."""
    nlp = spacy.load(model_dir)
    out: Preds = {}
    for corpus, sents in sets.items():
        docs = nlp.pipe((" ".join(s.words) for s in sents), batch_size=256)
        out[corpus] = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]
    return out


def resolve(members: Sequence[Sequence[Span]], min_votes: int) -> list[Span]:
    """Spans predicted by >= ``min_votes`` members, overlaps resolved by votes, length, member."""
    votes: dict[Span, int] = {}
    first: dict[Span, int] = {}
    for k, spans in enumerate(members):
        for sp in set(spans):
            votes[sp] = votes.get(sp, 0) + 1
            first.setdefault(sp, k)
    cands = sorted(
        (sp for sp, v in votes.items() if v >= min_votes),
        key=lambda sp: (-votes[sp], -(sp[1] - sp[0]), first[sp], sp),
    )
    kept: list[Span] = []
    for sp in cands:
        if all(sp[1] <= a or b <= sp[0] for a, b, _ in kept):
            kept.append(sp)
    return sorted(kept)


def macro_f1(sents: list[Sentence], preds: list[list[Span]]) -> float:
    """Entity-level macro F1 of predicted character spans, scored like ``ner_eval.score``."""

    def pairs():
        for s, spans in zip(sents, preds, strict=True):
            gold = {(a, b + 1, lab) for lab, a, b in tags_to_entities(iob_to_biluo(list(s.tags)))}
            yield gold, token_spans(token_offsets(list(s.words)), spans)

    return entity_f1(pairs())["macro_f1"]


def combine(
    preds: list[Preds], min_votes: int, corpora: Sequence[str]
) -> dict[str, list[list[Span]]]:
    """Per corpus and sentence, the ``resolve``d combination of the members' predictions."""
    return {
        c: [resolve(ms, min_votes) for ms in zip(*(p[c] for p in preds), strict=True)]
        for c in corpora
    }


def row(name: str, sets: dict[str, list[Sentence]], preds: dict[str, list[list[Span]]]) -> list:
    """[name, F1 per dev corpus..., mean of the per-corpus macro F1]."""
    f = [macro_f1(sets[c], preds[c]) for c in sets]
    return [name, *f, sum(f) / len(f)]


def table(title: str, rows: list[list], key: Callable | None = None) -> None:
    """Print ``rows`` as a Markdown table (optionally sorted by ``key``)."""
    print(f"\n### {title}\n")
    head = ["model(s)", *DEV_FILES.values(), "mean", "- best member", "- members' avg"]
    head = head[: len(rows[0])]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in sorted(rows, key=key) if key else rows:
        print("| " + " | ".join([r[0], *(f"{x:.3f}" for x in r[1:])]) + " |")


def main() -> None:
    """Predict with every model once, then print single-model and ensemble dev figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*", help="NAME=DIR pairs (default: the six selection runs)")
    a = ap.parse_args()
    models = dict(m.split("=", 1) for m in a.models) if a.models else MODELS
    _, sets, _, _ = build_splits()  # dev files minus sentences that occur in a test file
    names = list(models)
    preds: dict[str, Preds] = {}
    for n in names:
        t0 = time.process_time()
        preds[n] = predict(models[n], sets)
        print(f"# {n}: predicted in {time.process_time() - t0:.0f} CPU-s", file=sys.stderr)
    single = {n: row(n, sets, preds[n]) for n in names}
    table("Single models", list(single.values()))

    def gain(members: Sequence[str], r: list) -> list:
        best = max(single[m][-1] for m in members)
        avg = sum(single[m][-1] for m in members) / len(members)
        return [*r, r[-1] - best, r[-1] - avg]

    by_mean = lambda r: -r[-3]  # noqa: E731 - sort key: mean F1, best first
    trip, uni, inter = [], [], []
    for ms in combinations(names, 3):
        r = row("vote " + "+".join(ms), sets, combine([preds[m] for m in ms], 2, sets))
        trip.append(gain(ms, r))
    for ms in combinations(names, 2):
        for lst, k, tag in ((uni, 1, "union"), (inter, 2, "inter")):
            r = row(f"{tag} " + "+".join(ms), sets, combine([preds[m] for m in ms], k, sets))
            lst.append(gain(ms, r))
    for title, rows in (("Vote >= 2 of 3", trip), ("Union of 2", uni), ("Intersection of 2", inter)):
        table(title, rows, by_mean)
        n = len(rows)
        print(f"\naverage over {n}: mean {sum(r[-3] for r in rows) / n:.4f}, "
              f"vs best member {sum(r[-2] for r in rows) / n:+.4f}, "
              f"vs members' average {sum(r[-1] for r in rows) / n:+.4f}")


if __name__ == "__main__":
    main()
