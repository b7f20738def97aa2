#!/usr/bin/env python3
"""A/B timing of one pipeline stage: a reference copy of its module against the working tree's.

For performance work that must keep the output identical. The inputs of each stage (raw text,
clean text, sentence spans, entity and quotation spans) are computed once with the working tree's
pipeline for N IndoSum articles and cached in ``--cache``; then the reference module (loaded from
a file, e.g. a ``git worktree`` of the commit before the change) and the current one run the same
inputs in alternating rounds. Prints the minimum CPU ms/article of each side over the rounds and
checks that both return equal results for every article (exit 1 if not).

    nice .venv/bin/python benchmarks/stage_ab.py keyphrases /tmp/wt/src/warta/annotate/keyphrases.py
    nice .venv/bin/python benchmarks/stage_ab.py summary /tmp/wt/src/warta/annotate/summary.py --rounds 7

Stages: clean, sentences, keyphrases, summary.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

STAGES = {  # stage: (module, function, arguments from the cached inputs)
    "clean": ("warta.clean.core", "clean_text", lambda a: (a["raw"],), {}),
    "sentences": ("warta.segment.sentences", "split_sentences", lambda a: (a["text"], "id"), {}),
    "keyphrases": ("warta.annotate.keyphrases", "keyphrases", lambda a: (a["text"], a["sentences"]), {}),
    "summary": (
        "warta.annotate.summary",
        "summarize",
        lambda a: (a["text"], a["sentences"]),
        lambda a: {"entity_spans": a["ents"], "quote_spans": a["quotes"]},
    ),
}


def inputs(indosum: Path, n: int, cache: Path) -> list[dict]:
    """Each article's stage inputs (computed with the working tree's pipeline, then cached)."""
    if cache.exists():
        data = pickle.loads(cache.read_bytes())
        if len(data) >= n:
            return data[:n]
    from throughput import build_corpus

    from warta.pipeline import Analyzer, Meta

    records = build_corpus(indosum, n)
    analyzer = Analyzer()
    out = []
    for rec, art in zip(records, analyzer.analyze_many((r.text, Meta()) for r in records), strict=True):
        out.append({
            "raw": rec.text,
            "text": art.text,
            "sentences": [tuple(s) for s in art.sentences],
            "ents": [(e.start, e.end) for e in art.entities],
            "quotes": [(q.start, q.end) for q in art.quotes],
        })  # fmt: skip
    cache.write_bytes(pickle.dumps(out))
    return out


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _norm(x):
    """Results compared by value (clean_text returns an object)."""
    if hasattr(x, "text") and hasattr(x, "removed"):
        return (x.text, tuple(x.removed), getattr(x, "changed", None))
    return x


def main() -> None:
    """Time both sides, check equal results."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=sorted(STAGES))
    ap.add_argument("reference", type=Path, help="the reference copy of the stage's module file")
    ap.add_argument("--indosum", type=Path, default=Path("/work/shared/data/indosum"))
    ap.add_argument("--articles", type=int, default=800)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/warta_stage_inputs.pkl"))
    a = ap.parse_args()
    data = inputs(a.indosum, a.articles, a.cache)
    modname, fname, args_of, kw_of = STAGES[a.stage]
    new = getattr(importlib.import_module(modname), fname)
    ref = getattr(_load(a.reference, modname.replace(".", "_") + "_ref"), fname)
    calls = [(args_of(d), kw_of(d) if kw_of else {}) for d in data]
    bad = sum(_norm(ref(*x, **k)) != _norm(new(*x, **k)) for x, k in calls)  # also warms both
    best = {"reference": float("inf"), "current": float("inf")}
    for _ in range(a.rounds):
        for side, fn in (("reference", ref), ("current", new)):
            t = time.process_time()
            for x, k in calls:
                fn(*x, **k)
            best[side] = min(best[side], time.process_time() - t)
    n = len(calls)
    r, c = 1000 * best["reference"] / n, 1000 * best["current"] / n
    print(f"{a.stage}, {n} articles, min of {a.rounds} rounds: reference {r:.3f} ms/article, "
          f"current {c:.3f} ms/article ({100 * (c - r) / r:+.1f} %)")
    print("results: IDENTICAL" if not bad else f"results: {bad} articles differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
