"""Knowledge-base benchmark (not a test): ingest rate from extracted JSONL and search latency.

Builds a synthetic corpus of ``--quotes`` quotes by re-combining devset records (gold annotations
turned into extracted records, see ``store_devset.py``, or any extracted JSONL via ``--input``):
each synthetic article joins two source articles (offsets shifted) under a new id, URL and date.
Then it ingests the corpus into a fresh store and times searches drawn from the quotes.

    nice .venv/bin/python benchmarks/store_bench.py --quotes 1000000
    nice .venv/bin/python benchmarks/store_bench.py --quotes 100000 --db postgresql://...
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_devset import load_devset  # noqa: E402


def _shift(items: list[dict], by: int) -> list[dict]:
    return [{**x, "start": x["start"] + by, "end": x["end"] + by} for x in items]


def combine(a: dict[str, Any], b: dict[str, Any], n: int, rng: random.Random) -> dict[str, Any]:
    """Article ``n``: ``a`` followed by ``b`` (annotations of ``b`` shifted) under a new identity."""
    sep = "\n"
    by = len(a["text"]) + len(sep)
    year = rng.randint(2015, 2025)
    return {
        **a,
        "id": f"syn-{n}",
        "url": f"https://bench.example/{a.get('outlet') or 'x'}/{n}",
        "outlet": a.get("outlet"),
        "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "text": a["text"] + sep + b["text"],
        "sentences": a["sentences"] + [[s + by, e + by] for s, e in b["sentences"]],
        "entities": a["entities"] + _shift(b["entities"], by),
        "quotes": a["quotes"] + _shift(b["quotes"], by),
        "dates": a["dates"] + _shift(b["dates"], by),
    }


def build_corpus(sources: list[dict], quotes: int, path: Path, seed: int = 7) -> tuple[int, int]:
    """Write synthetic articles to ``path`` until ``quotes`` quotes; returns (articles, quotes)."""
    rng = random.Random(seed)
    n = q = 0
    with path.open("w", encoding="utf-8") as fh:
        while q < quotes:
            rec = combine(sources[n % len(sources)], rng.choice(sources), n, rng)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            q += len(rec["quotes"])
    return n, q


def make_queries(sources: list[dict], k: int, seed: int = 11) -> list[str]:
    """``k`` queries of one to three content words taken from the quotes."""
    rng = random.Random(seed)
    words = [w for r in sources for q in r["quotes"] for w in re.findall(r"\w{5,}", q["text"])]
    return [" ".join(rng.sample(words, rng.choice((1, 1, 2, 2, 3)))) for _ in range(k)]


def pct(values: list[float], p: float) -> float:
    """The ``p``-th percentile (nearest rank) in milliseconds."""
    s = sorted(values)
    return 1000 * s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def ingest_corpus(args, sources, tmp: Path, open_store, iter_records):
    """Build the corpus, ingest it twice (the second run must add nothing) and report rates."""
    corpus = tmp / "corpus.jsonl"
    t0 = time.perf_counter()
    n_art, n_q = build_corpus(sources, args.quotes, corpus)
    print(
        f"corpus: {n_art} articles, {n_q} quotes, {corpus.stat().st_size / 1e6:.0f} MB "
        f"({time.perf_counter() - t0:.0f}s to build)"
    )
    db = args.db or str(tmp / "bench.db")
    store = open_store(db)
    t0, c0 = time.perf_counter(), time.process_time()
    summary = store.ingest(iter_records([str(corpus)]), batch_size=500)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"ingest: {summary.added} articles, {summary.quotes} quotes in {dt:.1f}s -> "
        f"{summary.added / dt:.0f} articles/s, {summary.quotes / dt:.0f} quotes/s "
        f"(writing {summary.seconds:.1f}s, identity rebuild {dt - summary.seconds:.1f}s; "
        f"CPU {cpu:.0f}s -> {summary.added / cpu:.0f} articles per CPU-second)"
    )
    if not args.db:
        size = sum(f.stat().st_size for f in tmp.glob("bench.db*"))
        print(f"database: {size / 1e6:.0f} MB")
    t0 = time.perf_counter()
    again = store.ingest(iter_records([str(corpus)]), batch_size=500)
    print(f"re-ingest: added {again.added}, unchanged {again.unchanged} in {time.perf_counter() - t0:.1f}s")

    return store


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotes", type=int, default=1_000_000, help="size of the corpus in quotes")
    ap.add_argument("--devset", default="/work/shared/devset/articles", help="gold devset folder")
    ap.add_argument("--input", help="extracted JSONL to recombine instead of the devset gold")
    ap.add_argument("--db", help="store URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    ap.add_argument("--search-only", action="store_true", help="time searches on an existing --db")
    args = ap.parse_args()

    from warta.store import open_store
    from warta.store.records import iter_records

    if args.input:
        sources = [json.loads(line) for line in open(args.input, encoding="utf-8") if line.strip()]
    else:
        sources = load_devset(args.devset)
    sources = [s for s in sources if s.get("quotes")]
    tmp = Path(tempfile.mkdtemp(prefix="warta-bench-"))
    if args.search_only:
        if not args.db:
            ap.error("--search-only needs --db")
        store = open_store(args.db, create=False)
        print("store:", {k: v for k, v in store.stats().items() if k in ("articles", "quotes", "people")})
    else:
        store = ingest_corpus(args, sources, tmp, open_store, iter_records)
    queries = make_queries(sources, args.queries)
    speakers = [p["name"] for p in store.people(top=30)]
    store.search(queries[0])  # warm up
    cases = {
        "search quotes": lambda q, i: store.search(q, scope="quotes"),
        "search all": lambda q, i: store.search(q),
        "search + speaker": lambda q, i: store.search(q, speaker=speakers[i % len(speakers)]),
        "search + since": lambda q, i: store.search(q, scope="quotes", since="2024-01"),
        "quotes --speaker": lambda q, i: store.quotes(speaker=speakers[i % len(speakers)], limit=100),
        "who-said": lambda q, i: store.who_said(q),
    }
    for name, fn in cases.items():
        times, cpu, hits = [], [], 0
        for i, q in enumerate(queries if name != "who-said" else queries[: max(20, len(queries) // 10)]):
            t, c = time.perf_counter(), time.process_time()
            hits += len(fn(q, i))
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        print(
            f"{name:18s} n={len(times):4d}  p50 {pct(times, 50):7.1f} ms  p95 {pct(times, 95):7.1f} ms  "
            f"(CPU p50 {pct(cpu, 50):6.1f} p95 {pct(cpu, 95):6.1f})  mean hits {hits / len(times):.1f}"
        )
    store.close()
    if not args.keep:
        for f in tmp.iterdir():
            f.unlink()
        os.rmdir(tmp)
    else:
        print(f"kept {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
