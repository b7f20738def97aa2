#!/usr/bin/env python3
"""Speed of ``build_entities`` (entity post-processing only, the NER itself excluded).

Articles: every ``*.json`` (devset format, ``text`` field) or ``*.jsonl`` record in the given
folders/files (default: /work/shared/devset/articles). Each text is cleaned and run through the
shipped NER once, outside the timing; then ``build_entities`` runs ``--repeat`` times over all
articles. Prints CPU milliseconds per article (process CPU time, so other jobs on a shared machine
distort it less than wall time) and per 1,000 characters, and the one-off lexicon load time.

    .venv/bin/python benchmarks/entities_speed.py [PATH ...] [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from warta.annotate import ner
from warta.annotate.entities import build_entities
from warta.annotate.entity_lexicons import lexicons
from warta.clean import clean_text


def load_texts(paths: list[str]) -> list[str]:
    """Article texts from devset JSON files or JSON Lines records."""
    texts = []
    for p in map(Path, paths):
        files = sorted(p.glob("*.json")) + sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".jsonl":
                texts += [json.loads(line)["text"] for line in f.open(encoding="utf-8") if line.strip()]
            else:
                texts.append(json.loads(f.read_text(encoding="utf-8"))["text"])
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=["/work/shared/devset/articles"])
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    texts = [clean_text(t).text for t in load_texts(a.paths)]
    nlp = ner.add_ner(spacy.blank("id"))
    data = [(t, ner.ner_spans(nlp(t))) for t in texts]
    t0 = time.process_time()
    lexicons()
    build_entities(*data[0])
    load_ms = (time.process_time() - t0) * 1000
    t0 = time.process_time()
    for _ in range(a.repeat):
        for text, spans in data:
            build_entities(text, spans)
    cpu = time.process_time() - t0
    n = a.repeat * len(data)
    chars = a.repeat * sum(len(t) for t, _ in data)
    spans = sum(len(s) for _, s in data) / max(1, len(data))
    print(f"articles {len(data)}, mean {chars / n:.0f} chars and {spans:.1f} NER spans per article")
    per_k = cpu * 1e6 / chars
    print(f"build_entities: {cpu * 1000 / n:.3f} CPU ms/article, {per_k:.3f} CPU ms per 1,000 chars")
    print(f"first call (lexicons loaded): {load_ms:.1f} ms")


if __name__ == "__main__":
    main()
