#!/usr/bin/env python3
"""Speed of ``find_quotes`` on the held-out articles and on adversarial paragraphs (prints figures).

Usage: python benchmarks/quotes_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from warta.annotate.quotes import find_quotes
from warta.segment.sentences import split_sentences

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes_heldout"

ADVERSARIAL = {
    "3000 interrupted quotes in one paragraph": '"A," kata B. ' * 3000,
    "Menurut + 5000-item sentence": "Menurut Budi Santoso " + "dan Ani " * 5000 + ", harga naik.",
    "3000-item office list": "Kepala Badan " + ", ".join(f"Aaa{i}" for i in range(3000))
    + ", dan Zzz Budi mengatakan harga naik.",
    "20000 quotation marks": '"' * 20000,
    "nested marks": "«‘“" * 5000 + "”’»" * 5000,
    "10000 initials": " ".join("A." for _ in range(10000)) + " Budi mengatakan harga naik tajam.",
    "relative clauses": "ujar " + " yang ".join(["bek"] * 5000) + " itu.",
}


def _time(text: str, repeat: int) -> float:
    sents = split_sentences(text)
    t0 = time.perf_counter()
    for _ in range(repeat):
        find_quotes(text, sents)
    return (time.perf_counter() - t0) / repeat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(HELDOUT.glob("*.json"))]
    find_quotes(texts[0], split_sentences(texts[0]))  # load the word lists
    per = [_time(t, args.repeat) for t in texts]
    print(f"held-out: {len(texts)} articles, mean {1000 * sum(per) / len(per):.2f} ms, "
          f"max {1000 * max(per):.2f} ms per article")
    for name, text in ADVERSARIAL.items():
        print(f"adversarial, {name} ({len(text)} chars): {1000 * _time(text, 1):.0f} ms")


if __name__ == "__main__":
    main()
