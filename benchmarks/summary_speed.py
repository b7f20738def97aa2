"""Time summarize() and keyphrases() per article (figures, not a test).

    .venv/bin/python benchmarks/summary_speed.py [/work/shared/data/indosum/dev.01.jsonl] [--limit N]

Articles come from an IndoSum-format JSONL file (default) rebuilt as text; sentence splitting is
done once beforehand and not timed. Prints mean, median, p95 and max milliseconds per article,
in process CPU time and in wall-clock time (the latter inflates on a busy machine).
"""

from __future__ import annotations

import argparse
import statistics
import time

from warta.annotate.keyphrases import keyphrases
from warta.annotate.summary import load_model, summarize
from warta.eval.summaries import read_records


def _split():
    try:
        from warta.segment import split_sentences
    except ImportError:
        return None
    return split_sentences


def main() -> None:
    ap = argparse.ArgumentParser(description="Summary and keyphrase speed per article")
    ap.add_argument("path", nargs="?", default="/work/shared/data/indosum/dev.01.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    split = _split()
    docs = []
    for i, rec in enumerate(read_records(args.path)):
        if args.limit and i >= args.limit:
            break
        docs.append((rec.text, split(rec.text) if split else rec.gold_sentences, rec.title))
    load_model()
    summarize(*docs[0][:2])  # warm caches (stemmer, stop words, settings)
    for name, fn in (
        ("summarize", lambda t, s, ti: summarize(t, s, ti)),
        ("keyphrases", lambda t, s, ti: keyphrases(t, s)),
    ):
        for clock_name, clock in (("cpu", time.process_time), ("wall", time.perf_counter)):
            times = []
            for text, spans, title in docs:
                t0 = clock()
                fn(text, spans, title)
                times.append((clock() - t0) * 1000)
            times.sort()
            print(
                f"{name:<11} {clock_name:<4} {len(times)} articles, ms/article: "
                f"mean {statistics.fmean(times):.2f} median {statistics.median(times):.2f} "
                f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} max {times[-1]:.2f}"
            )
    chars = statistics.fmean(len(t) for t, _, _ in docs)
    sents = statistics.fmean(len(s) for _, s, _ in docs)
    print(f"mean article: {chars:.0f} characters, {sents:.1f} sentences")


if __name__ == "__main__":
    main()
