#!/usr/bin/env python3
"""Speed of the shipped NER: bare blank("id") tokenizer vs tokenizer + NER, same run, one core.

Text: IndoSum articles (default: /work/shared/data/indosum/dev.01.jsonl, held out from the
vector training), each article's sentences joined by spaces into one document. Words = tokens
that are not whitespace. Prints words per CPU-second (one core; process CPU time, so other jobs
on a shared machine do not distort it) for both, the NER-only rate, and the model load time.

    .venv/bin/python benchmarks/ner_speed.py [--articles 300] [--file PATH]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from warta.annotate import ner, ner_embed  # noqa: E402,F401 - ner_embed registers experimental architectures


def load_texts(path: str, n: int) -> list[str]:
    """Up to `n` article texts rebuilt from IndoSum's tokenised paragraphs."""
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            texts.append(" ".join(" ".join(sent) for para in art["paragraphs"] for sent in para))
            if len(texts) >= n:
                break
    return texts


def main() -> None:
    """Time the tokenizer alone and tokenizer + NER on the same texts; print words/s."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="/work/shared/data/indosum/dev.01.jsonl")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=2, help="best of N timings")
    ap.add_argument("--model", type=Path, default=None,
                    help="a model folder saved by scripts/train_ner.py (default: the shipped model)")
    a = ap.parse_args()
    texts = load_texts(a.file, a.articles)
    t0 = time.process_time()
    nlp = spacy.blank("id")
    blank_s = time.process_time() - t0
    nlp = ner.add_ner(nlp, a.model)
    load_s = time.process_time() - t0 - blank_s
    if "ner" not in nlp.pipe_names:
        raise SystemExit("the NER model is not installed")
    n_words = sum(1 for d in nlp.tokenizer.pipe(texts) for t in d if not t.is_space)
    list(nlp.pipe(texts[:5]))  # warm-up

    def best(fn) -> float:
        # CPU time of this (single-threaded) process: words per second of one core, and not
        # distorted by other jobs sharing the machine.
        times = []
        for _ in range(a.repeat):
            t = time.process_time()
            fn()
            times.append(time.process_time() - t)
        return min(times)

    tok_s = best(lambda: [nlp.tokenizer(t) for t in texts])
    ner_s = best(lambda: [ner.ner_spans(d) for d in nlp.pipe(texts, batch_size=64)])
    print(f"texts: {len(texts)} articles, {n_words} words ({a.file})")
    print(f"spacy.blank('id'): {blank_s:.2f} s CPU; add_ner (model load): {load_s:.2f} s CPU")
    print(f"tokenizer only:   {n_words / tok_s:10,.0f} words/s")
    print(f"tokenizer + NER:  {n_words / ner_s:10,.0f} words/s")
    print(f"NER alone:        {n_words / (ner_s - tok_s):10,.0f} words/s")


if __name__ == "__main__":
    main()
