#!/usr/bin/env python3
"""Throughput of ``warta extract`` on real news: tokenizer baseline, pipeline per core, 2 workers, Dask.

Builds a corpus from IndoSum JSON Lines (every ``*.jsonl`` under the given directory, articles
de-duplicated by id, tokens lightly detokenised back into running text) and measures, in one run:

1. the bare spaCy ``id`` tokenizer: words/s (words = non-space tokens);
2. the full pipeline in this process (one core): articles/s and words/s, wall clock and per CPU
   second, and their ratio to the tokenizer's words/s;
3. the local engine with 2 worker processes: wall time, speed-up over (2), peak RSS per worker;
4. the same job on a Dask LocalCluster (2 workers, 1 thread each): wall time, speed-up, worker RSS.

On a shared machine wall-clock figures are noisy; CPU-second figures much less so.

    nice .venv/bin/python benchmarks/throughput.py /work/shared/data/indosum [--articles N]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

from warta import config  # noqa: E402
from warta.batch.local import analyze_records, load_analyzer, run_local  # noqa: E402
from warta.ingest import RawRecord  # noqa: E402

GOALS = {"articles_per_core": 50.0, "ratio": 0.12, "speedup": 1.8, "rss_mb": 600.0}
_SPACE_BEFORE = re.compile(r" ([.,!?;:%)\]}”’])")
_SPACE_AFTER = re.compile(r"([(\[{“‘]) ")


def detok(tokens: list[str]) -> str:
    """IndoSum tokens back into running text (spaces before punctuation removed)."""
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(tokens)))


def build_corpus(directory: Path, limit: int | None) -> list[RawRecord]:
    """IndoSum articles as raw records: paragraphs separated by blank lines."""
    seen: dict[str, RawRecord] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art["id"] in seen:
                    continue
                paras = ["".join(detok(s) + " " for s in para).strip() for para in art["paragraphs"]]
                seen[art["id"]] = RawRecord(id=art["id"], text="\n\n".join(paras), url=art.get("source_url"))
                if limit and len(seen) >= limit:
                    return list(seen.values())
    return list(seen.values())


class RssSampler:
    """Peak RSS and CPU seconds of each descendant process (sampled every 0.2 s with psutil)."""

    def __init__(self) -> None:
        import psutil

        self.psutil, self.me, self.peak, self.cpu = psutil, psutil.Process(), {}, {}
        self.stop = threading.Event()
        self.own_cpu = 0.0
        self._sample()
        self.base = dict(self.cpu)  # CPU already spent by processes that exist now (fork server…)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.2):
            t = time.thread_time()
            self._sample()
            self.own_cpu += time.thread_time() - t  # not the batch's cost: subtracted by the caller

    def _sample(self) -> None:
        for proc in self.me.children(recursive=True):
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
            except self.psutil.Error:
                continue
            self.peak[proc.pid] = max(self.peak.get(proc.pid, 0), rss)
            self.cpu[proc.pid] = times.user + times.system

    def close(self) -> dict[int, int]:
        """Stop sampling; ``{pid: peak RSS bytes}``."""
        self.stop.set()
        self.thread.join()
        return self.peak

    def cpu_spent(self) -> float:
        """CPU seconds the descendants spent while sampled."""
        return sum(t - self.base.get(pid, 0.0) for pid, t in self.cpu.items())


def timed(fn):
    """(result, wall seconds, CPU seconds of this process)."""
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def bench_tokenizer(texts: list[str]) -> tuple[int, float, float]:
    nlp = spacy.blank("id")
    list(nlp.tokenizer.pipe(texts[:20]))
    words, wall, cpu = timed(lambda: sum(1 for d in nlp.tokenizer.pipe(texts) for t in d if not t.is_space))
    return words, wall, cpu


def bench_dask(records: list[RawRecord], workers: int) -> dict:
    from contextlib import ExitStack

    from warta.batch.dask_engine import analyze_shard, dask_client

    t0 = time.perf_counter()
    with ExitStack() as stack:
        client = dask_client(stack, None, workers)  # the same LocalCluster as `warta extract --engine dask`
        client.run(lambda: __import__("warta.batch.dask_engine").batch.dask_engine._analyzer() and None)
        startup = time.perf_counter() - t0
        cpu0 = client.run(time.process_time)
        size = 250
        shards = [records[i : i + size] for i in range(0, len(records), size)]
        w, mc = time.perf_counter(), time.process_time()
        futures = [client.submit(analyze_shard, s, "jsonl", pure=False) for s in shards]
        n_ok = sum(f.result()[1] for f in futures)
        wall, main_cpu = time.perf_counter() - w, time.process_time() - mc
        cpu = sum(t - cpu0[k] for k, t in client.run(time.process_time).items())
    return {
        "startup_s": startup,
        "wall_s": wall,
        "records": n_ok,
        "cpu_s": cpu,
        "main_cpu_s": main_cpu,
    }


def main() -> None:
    """Run every measurement once and print the figures (and JSON with --json)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("indosum", type=Path, help="directory of IndoSum *.jsonl files")
    ap.add_argument("--articles", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--workers", type=int, default=2, help="workers for the parallel runs (default 2)")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    a = ap.parse_args()

    records = build_corpus(a.indosum, a.articles)
    config.settings()["batch"]["min_records_per_worker"] = 1  # always measure the worker processes
    texts = [r.text for r in records]
    n = len(records)
    print(f"corpus: {n} IndoSum articles from {a.indosum}, {sum(map(len, texts)):,} characters")
    fig: dict = {
        "articles": n,
        "date": datetime.now(UTC).isoformat(timespec="minutes"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, spaCy {spacy.__version__}",
        "load_avg_start": os.getloadavg()[0],
    }

    words, tw, tc = bench_tokenizer(texts)
    fig["words"] = words
    fig["tok_words_per_s_wall"], fig["tok_words_per_s_cpu"] = words / tw, words / tc
    print(f"bare tokenizer: {words:,} words, {words / tw:,.0f} words/s wall, {words / tc:,.0f} words/CPU-s")

    analyzer, load_s, _ = timed(load_analyzer)
    list(analyze_records(records[:32], analyzer))  # warm-up
    failures: list = []  # results are not kept (as in a real run: no growing heap for the GC to scan)

    def one_core() -> int:
        n_ok = 0
        for r in analyze_records(records, analyzer):
            if isinstance(r, dict):
                n_ok += 1
            else:
                failures.append(r)
        return n_ok

    ok, pw, pc = timed(one_core)
    fig.update(
        load_s=load_s,
        pipe_wall_s=pw,
        pipe_cpu_s=pc,
        pipe_ok=ok,
        art_per_s_wall=n / pw,
        art_per_cpu_s=n / pc,
        words_per_s_wall=words / pw,
        words_per_cpu_s=words / pc,
        rss_in_process_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )
    fig["ratio_cpu"] = fig["words_per_cpu_s"] / fig["tok_words_per_s_cpu"]
    if ok < n:
        print(f"WARNING: {n - ok} articles failed, e.g. {failures[0]}")
    print(
        f"pipeline, 1 core (load {load_s:.1f} s): {ok}/{n} ok; {n / pw:.1f} articles/s wall, "
        f"{n / pc:.1f} articles/CPU-s; {words / pw:,.0f} words/s wall, {words / pc:,.0f} words/CPU-s; "
        f"ratio to tokenizer {fig['ratio_cpu']:.1%} (CPU), "
        f"{words / pw / fig['tok_words_per_s_wall']:.1%} (wall)"
    )

    list(run_local(records[: 64 * a.workers], workers=a.workers))  # start the forkserver, load the model
    sampler = RssSampler()
    _, ww, mc = timed(lambda: sum(1 for _ in run_local(records, workers=a.workers, as_json=True)))
    peaks = sampler.close()
    worker_rss = sorted(v for pid, v in peaks.items() if pid not in sampler.base)[-a.workers :]
    worker_cpu = sampler.cpu_spent()
    mc -= sampler.own_cpu
    # the speed-up this CPU work gives on `workers` idle cores: the workers and the main process
    # (reading, pickling) share them, so the run takes at least (all CPU) / workers
    est = pc / max((worker_cpu + mc) / a.workers, mc)
    fig.update(
        par_wall_s=ww,
        speedup=pw / ww,
        par_worker_cpu_s=worker_cpu,
        par_main_cpu_s=mc,
        speedup_cpu_estimate=est,
        worker_rss_mb=[r / 2**20 for r in worker_rss],
    )
    print(
        f"local engine, {a.workers} workers: {n / ww:.1f} articles/s wall, speed-up {pw / ww:.2f}x over 1 "
        f"core (measured); worker CPU {worker_cpu:.1f} s + {mc:.1f} s in the main process vs {pc:.1f} s "
        f"on 1 core, i.e. {est:.2f}x on {a.workers} idle cores; peak RSS per worker "
        f"{', '.join(f'{r / 2**20:.0f}' for r in worker_rss)} MB "
        f"(in-process run: {fig['rss_in_process_mb']:.0f} MB)"
    )

    if not a.no_dask:
        sampler = RssSampler()  # ru_maxrss would be inherited from this process across fork/exec
        d = bench_dask(records, a.workers)
        d["rss"] = sorted(sampler.close().values())[-a.workers :]
        d["main_cpu_s"] = max(0.0, d["main_cpu_s"] - sampler.own_cpu)
        dest = pc / max((d["cpu_s"] + d["main_cpu_s"]) / a.workers, d["main_cpu_s"])
        fig.update(
            dask_startup_s=d["startup_s"],
            dask_wall_s=d["wall_s"],
            dask_speedup=pw / d["wall_s"],
            dask_cpu_s=d["cpu_s"],
            dask_speedup_cpu_estimate=dest,
            dask_rss_mb=[r / 2**20 for r in d["rss"]],
        )
        print(
            f"dask LocalCluster, {a.workers} workers (start {d['startup_s']:.1f} s): {d['records']} ok; "
            f"{n / d['wall_s']:.1f} articles/s wall, speed-up {pw / d['wall_s']:.2f}x (measured), "
            f"{dest:.2f}x on idle cores (worker CPU {d['cpu_s']:.1f} s + {d['main_cpu_s']:.1f} s in the "
            "client and scheduler); peak RSS per worker "
            f"{', '.join(f'{r / 2**20:.0f}' for r in d['rss'])} MB"
        )

    fig["load_avg_end"] = os.getloadavg()[0]
    rss_max = max(fig["worker_rss_mb"] or [fig["rss_in_process_mb"]])
    checks = [
        ("articles/CPU-s >= 50", fig["art_per_cpu_s"] >= GOALS["articles_per_core"]),
        ("words/s >= 12% of tokenizer", fig["ratio_cpu"] >= GOALS["ratio"]),
        (f"{a.workers} workers >= 1.8x one (measured)", fig["speedup"] >= GOALS["speedup"]),
        (f"{a.workers} workers >= 1.8x one (CPU estimate)", fig["speedup_cpu_estimate"] >= GOALS["speedup"]),
        ("peak RSS <= 600 MB/worker", rss_max <= GOALS["rss_mb"]),
    ]
    print(
        f"load average {fig['load_avg_start']:.1f} at start, {fig['load_avg_end']:.1f} at end "
        "(2 cores shared: wall-clock figures are noisy)"
    )
    for name, good in checks:
        print(f"  goal {name}: {'met' if good else 'NOT met'}")
    if a.json:
        a.json.write_text(json.dumps(fig, indent=1) + "\n")


if __name__ == "__main__":
    main()
