#!/usr/bin/env python3
"""Where the pipeline spends its time, by module: py-spy samples of one core analysing IndoSum.

Runs the pipeline in this process on N IndoSum articles under ``py-spy record`` (raw collapsed
stacks), then prints, per Warta module (``warta.annotate.quotes`` …) and per library (spaCy, thinc,
dateparser, regex …), the share of samples whose stack passes through it (inclusive) and the
share spent in its own code (self).

    nice .venv/bin/python benchmarks/profile_modules.py /work/shared/data/indosum [--articles 400]
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::\d+)?\)$")


def module_of(path: str) -> str:
    """``warta.annotate.quotes`` for a Warta file, ``spacy.language`` for spaCy, else the package."""
    parts = Path(path).with_suffix("").parts
    if "site-packages" in parts:
        parts = parts[parts.index("site-packages") + 1 :]
    if "warta" in parts:
        i = len(parts) - 1 - parts[::-1].index("warta")
        return (
            ".".join(parts[i : i + 3])
            if parts[i + 1 : i + 2] == ("annotate",)
            else ".".join(parts[i : i + 2])
        )
    if len(parts) > 1:
        return ".".join(parts[:2]) if parts[0] == "spacy" else parts[0]
    return parts[0] if parts else path


def aggregate(stacks: Path) -> tuple[int, collections.Counter, collections.Counter]:
    """(samples, inclusive counts, self counts) per module from py-spy's raw output."""
    total, incl, own = 0, collections.Counter(), collections.Counter()
    for line in stacks.read_text("utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        mods = []
        for frame in stack.split(";"):
            m = _FRAME.match(frame.strip())
            mods.append(module_of(m.group("file")) if m else frame)
        if "analyze_many (" not in stack:
            continue  # start-up, model loading: outside the analysis
        total += n
        for mod in set(mods):
            incl[mod] += n
        own[mods[-1]] += n
    return total, incl, own


def components(indosum: Path, articles: int) -> None:
    """CPU seconds of the tokenizer and of each spaCy component, then of the whole pipeline."""
    import time

    sys.path.insert(0, str(Path(__file__).parent))
    from throughput import build_corpus

    from warta.annotate import registry
    from warta.batch.local import analyze_records, load_analyzer

    records = build_corpus(indosum, articles)
    analyzer = load_analyzer()
    nlp = analyzer.nlp
    texts = [registry.clean_text(r.text).text for r in records]
    t = time.process_time()
    docs = list(nlp.tokenizer.pipe(texts))
    costs = {"tokenizer": time.process_time() - t}
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs[name] = time.process_time() - t
    t = time.process_time()
    list(analyze_records(records, analyzer))
    whole = time.process_time() - t
    print(
        f"CPU seconds on {len(records)} articles (whole pipeline {whole:.2f} s, {len(records) / whole:.1f} "
        "articles/CPU-s):"
    )
    for name, secs in costs.items():
        print(f"  spaCy {name:28} {secs:7.2f} s {100 * secs / whole:5.1f} %")
    rest = whole - sum(costs.values())
    print(f"  {'clean + annotators + output':34} {rest:7.2f} s {100 * rest / whole:5.1f} %")


def stages(indosum: Path, articles: int) -> None:
    """CPU seconds of each step the pipeline runs besides the NER (clean, spaCy's tokenizer on a
    fresh cache, sentences, each annotator, the output record and its JSON line), each timed
    alone over all the articles."""
    import time

    sys.path.insert(0, str(Path(__file__).parent))
    from throughput import build_corpus

    from warta.annotate import registry
    from warta.batch.formats import jsonl_line
    from warta.batch.local import load_analyzer
    from warta.model import Article
    from warta.segment import split_sentences

    records = build_corpus(indosum, articles)
    nlp = load_analyzer().nlp
    cost: dict[str, float] = collections.defaultdict(float)

    def step(name: str, fn, *args, **kw):
        t = time.process_time()
        out = fn(*args, **kw)
        cost[name] += time.process_time() - t
        return out

    registry.clean_text(records[0].text)  # loads the cleaning patterns (not counted)
    texts = [step("clean", registry.clean_text, r.text).text for r in records]
    nlp.tokenizer(texts[0])
    tok = [step("tokenizer", nlp.tokenizer, t) for t in texts]  # a fresh tokenizer's cache, as in a run
    del tok
    docs = list(nlp.pipe(texts))

    def article(doc) -> None:
        text = doc.text
        sentences = step("sentences", split_sentences, text, "id")
        ents = step("entities", registry.build_entities, text, registry.ner_spans(doc))
        checked = step("verify", registry.verify_entities, text, sentences, ents)
        quotes = step("quotes", registry.find_quotes, text, sentences, checked.for_quotes)
        ents = checked.entities
        dated = step("dates", registry.annotate_dates, text, None)
        summary = step("summary", registry.summarize, text, sentences,
                       entity_spans=[(e.start, e.end) for e in ents],
                       quote_spans=[(q.start, q.end) for q in quotes])
        kps = step("keyphrases", registry.keyphrases, text, sentences)
        art = Article(id="a", text=text, sentences=tuple(sentences), entities=tuple(ents),
                      quotes=tuple(quotes), dates=tuple(dated.mentions), summary=tuple(summary),
                      keyphrases=tuple(kps))
        step("output", lambda a: jsonl_line(a.to_dict()), art)  # the record and its JSON line

    before = {k: cost[k] for k in ("clean", "tokenizer")}
    article(docs[0])  # loads the annotators' lexicons and compiles their patterns (not counted)
    cost.clear()
    cost.update(before)
    for doc in docs:
        article(doc)
    print(f"CPU seconds per step after spaCy, {len(records)} articles:")
    for name, secs in cost.items():
        print(f"  {name:12} {secs:7.3f} s  {1000 * secs / len(records):6.2f} ms/article")
    total = sum(cost.values())
    print(f"  {'total':12} {total:7.3f} s  {1000 * total / len(records):6.2f} ms/article")


def run(indosum: Path, articles: int) -> None:
    """Analyse ``articles`` articles (the target of py-spy)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from throughput import build_corpus

    from warta.batch.local import analyze_records, load_analyzer

    records = build_corpus(indosum, articles)
    analyzer = load_analyzer()
    list(analyze_records(records, analyzer))


def main() -> None:
    """Record with py-spy, then print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("indosum", type=Path)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--target", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stages", action="store_true", help="only time each step besides the NER, one by one")
    a = ap.parse_args()
    if a.stages:
        stages(a.indosum, a.articles)
        return
    if a.target:
        run(a.indosum, a.articles)
        return
    components(a.indosum, a.articles)
    with tempfile.TemporaryDirectory() as tmp:
        stacks = Path(tmp) / "stacks.txt"
        pyspy = Path(sys.executable).with_name("py-spy")
        cmd = [
            str(pyspy),
            "record",
            "--format",
            "raw",
            "--rate",
            "200",
            "--nonblocking",
            "-o",
            str(stacks),
            "--",
            sys.executable,
            __file__,
            str(a.indosum),
            "--articles",
            str(a.articles),
            "--target",
        ]
        subprocess.run(cmd, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"}, stdout=subprocess.DEVNULL)
        total, incl, own = aggregate(stacks)
    print(f"{total} samples inside the analysis of {a.articles} articles")
    print(f"{'module':40} {'incl %':>7} {'self %':>7}")
    for mod, n in incl.most_common(a.top):
        print(f"{mod:40} {100 * n / total:7.1f} {100 * own[mod] / total:7.1f}")


if __name__ == "__main__":
    main()
