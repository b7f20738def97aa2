#!/usr/bin/env python3
"""Speed of warta.clean: time per article (CPU time) and on adversarial 1 MB lines.

Usage: .venv/bin/python benchmarks/bench_clean.py [GOLD_DIR]
Without the shared dev set, a synthetic article built from the test fixtures is used.
"""

from __future__ import annotations

import json
import pathlib
import sys
import time

from warta.clean import clean_text
from warta.clean.patterns import load

ROOT = pathlib.Path(__file__).resolve().parent.parent


def articles(gold: str | None) -> list[str]:
    if gold and pathlib.Path(gold).is_dir():
        return [json.loads(f.read_text("utf-8"))["text"] for f in sorted(pathlib.Path(gold).glob("*.json"))]
    out = []
    for f in sorted((ROOT / "tests" / "data" / "clean_outlets").glob("*.txt")):
        out.append("\n".join(line[3:] for line in f.read_text("utf-8").splitlines()))
    return out


def main() -> None:
    t0 = time.perf_counter()
    load()
    print(f"pattern load (compile once per process): {1000 * (time.perf_counter() - t0):.0f} ms")
    texts = articles(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/devset/articles")
    rounds = 50
    t0 = time.process_time()
    for _ in range(rounds):
        for t in texts:
            clean_text(t)
    per = (time.process_time() - t0) / rounds / len(texts)
    avg_chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} articles, {avg_chars:.0f} chars on average: {1000 * per:.3f} ms CPU per article")
    mb = 1_000_000
    for name, raw in {
        "quotes": "\"“”'‘’" * (mb // 6),
        "spaces": "a" + " " * mb + "b",
        "dashes": "- " * (mb // 2),
        "capitals": "A" * mb,
        "slashes": "KOMPAS.com/" * (mb // 11),
        "advertisement": ". Advertisement" * (mb // 15),
        "short lines": "Baca juga: x\n" * (mb // 13),
    }.items():
        t0 = time.process_time()
        clean_text(raw)
        print(f"1 MB of {name:14s}: {1000 * (time.process_time() - t0):8.1f} ms")


if __name__ == "__main__":
    main()
