#!/usr/bin/env python3
"""Score warta.clean on gold articles: boilerplate recall and content lines lost.

Same rule as /work/shared/tools/score.py: gold boilerplate lines and removed lines are compared
after ``norm_text``; a removed line not in the gold set with 6 words or more is a content line lost.

Usage: .venv/bin/python scripts/eval_clean.py [GOLD_DIR] [--tools DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default="/work/shared/devset/articles")
    ap.add_argument("--tools", default="/work/shared/tools")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and every loss")
    a = ap.parse_args()
    sys.path.insert(0, a.tools)
    from score import norm_text  # noqa: PLC0415  (the scorer's own normaliser)

    from warta.clean import clean_text, explain

    clean_text("warm-up: load the pattern files once")
    n_gold = n_found = n_lost = 0
    t_total = 0.0
    for f in sorted(pathlib.Path(a.gold).glob("*.json")):
        art = json.loads(f.read_text(encoding="utf-8"))
        gold = {norm_text(x) for x in art["gold"].get("boilerplate_lines", [])}
        t0 = time.perf_counter()
        res = clean_text(art["text"])
        t_total += time.perf_counter() - t0
        removed = {norm_text(x) for x in res.removed}
        missed = gold - removed
        lost = {x for x in removed - gold if len(x.split()) >= 6}
        n_gold += len(gold)
        n_found += len(gold & removed)
        n_lost += len(lost)
        if a.verbose and (missed or lost):
            print(f"== {art['id']}")
            why = {norm_text(x): w for x, w in explain(art["text"])}
            for x in sorted(missed):
                print(f"   MISSED {x[:110]!r}")
            for x in sorted(lost):
                print(f"   LOST   [{why.get(x)}] {x[:110]!r}")
    n = len(list(pathlib.Path(a.gold).glob("*.json")))
    print(f"articles {n}  boilerplate recall {n_found / max(n_gold, 1):.3f} ({n_found}/{n_gold})  "
          f"content lines lost {n_lost}  clean time {1000 * t_total / max(n, 1):.2f} ms/article")


if __name__ == "__main__":
    main()
