"""Evaluate publication-date inference on gold articles (development only; needs no network).

Usage: ``python scripts/eval_dates.py /work/shared/devset/articles [--raw] [--verbose]``
       ``python scripts/eval_dates.py --indosum /work/shared/data/indosum/dev.0[1-4].jsonl``

For every article with a ``published`` value, the annotator runs with ``published`` removed on
the article text (by default with the gold boilerplate lines removed, as the pipeline's cleaner
would; ``--cleaner`` uses Warta's cleaner, ``--raw`` keeps them). Articles are split by an
independent check: does the text contain a ``Hari (d/m[/y])`` or a full date (``4 Juli 2023``,
``04/07/2023``)? For those the inferred date must equal the real one within one day; for the
others it must be null or coarser than a day.
Also prints the mean annotation time per article.

``--indosum`` instead reads IndoSum JSON-lines files (tokenised articles; development folds only),
takes the publication date from the article URL where it has one (CNN Indonesia, Suara, Poskota,
Goal, Rimanews), and counts inferred dates within one day, exact, wrong and ``None``, with "today"
at the end of the article's year (``--today-now`` uses the real today).

``--nerugm`` reads NER-UGM CoNLL files (CC BY 4.0) and reports how many ``TIME`` spans a mention
overlaps, and how many mentions overlap a ``TIME`` span (NER-UGM leaves most relative expressions
such as ``kemarin`` unannotated, so the second figure understates precision).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

from warta.annotate.dates import annotate_dates, annotate_dates_at

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_MONTH = r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
CLUE = re.compile(
    rf"{_DAY}\s*,?\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b",
    re.IGNORECASE,
)


def clean(record: dict, raw: bool, cleaner: bool = False) -> str:
    """The article text: raw, cleaned by Warta's cleaner, or without its gold boilerplate lines."""
    text = record["text"]
    if raw:
        return text
    if cleaner:
        from warta.annotate.registry import clean_text

        return clean_text(text).text
    drop = set(record.get("gold", {}).get("boilerplate_lines", []))
    return "\n".join(line for line in text.split("\n") if line.strip() not in drop)


_URL_DATES = (
    re.compile(r"/(20\d\d)(\d\d)(\d\d)\d{6}-"),
    re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/"),
    re.compile(r"/read/(20\d\d)(\d\d)(\d\d)/"),
)


def detokenize(paragraphs: list[list[list[str]]]) -> str:
    """IndoSum's token lists back to text, closing the gaps tokenisation opened (``( 4 / 7 )``)."""
    out = []
    for para in paragraphs:
        t = " ".join(" ".join(sent) for sent in para)
        t = re.sub(r"\(\s+", "(", t)
        t = re.sub(r"\s+\)", ")", t)
        t = re.sub(r"\s*/\s*", "/", t)
        out.append(re.sub(r"\s+([,.:;!?])", r"\1", t))
    return "\n".join(out)


def indosum(files: list[Path], today_now: bool) -> int:
    """Publication-date inference on IndoSum articles whose URL carries the date."""
    counts = {"articles": 0, "within_1_day": 0, "exact": 0, "wrong": 0, "none": 0}
    seen: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            gold = None
            for rx in _URL_DATES:
                mt = rx.search(rec["source_url"])
                if mt:
                    gold = date(int(mt[1]), int(mt[2]), int(mt[3]))
                    break
            if gold is None or rec["id"] in seen:
                continue
            seen.add(rec["id"])
            today = date.today() if today_now else date(gold.year, 12, 31)
            res = annotate_dates_at(detokenize(rec["paragraphs"]), None, today)
            counts["articles"] += 1
            if res.published is None or len(res.published) < 10:
                counts["none"] += 1
                continue
            diff = abs((date.fromisoformat(res.published) - gold).days)
            counts["within_1_day"] += diff <= 1
            counts["exact"] += diff == 0
            counts["wrong"] += diff > 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


def _conll_sentences(path: Path):
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if toks:
                yield toks, tags
            toks, tags = [], []
            continue
        tok, tag = line.split("\t")[:2]
        toks.append(tok)
        tags.append(tag)
    if toks:
        yield toks, tags


def nerugm(files: list[Path]) -> int:
    """Mention spans against NER-UGM ``TIME`` spans (which also hold durations and clock times)."""
    hit = missed = ours = ours_in_gold = 0
    for path in files:
        for toks, tags in _conll_sentences(path):
            text, offs = "", []
            for i, tok in enumerate(toks):
                if i and tok not in ").,:;!?" and toks[i - 1] != "(":
                    text += " "
                offs.append(len(text))
                text += tok
            gold, i = [], 0
            while i < len(tags):
                if tags[i] == "B-TIME":
                    j = i + 1
                    while j < len(tags) and tags[j] == "I-TIME":
                        j += 1
                    gold.append((offs[i], offs[j - 1] + len(toks[j - 1])))
                    i = j
                else:
                    i += 1
            mine = [(m.start, m.end) for m in annotate_dates(text, "2014-08-25").mentions]
            for gs, ge in gold:
                if any(s < ge and gs < e for s, e in mine):
                    hit += 1
                else:
                    missed += 1
            ours += len(mine)
            ours_in_gold += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in mine)
    print(
        f"TIME spans found {hit}/{hit + missed} ({hit / max(hit + missed, 1):.3f}); "
        f"our mentions inside a TIME span {ours_in_gold}/{ours}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print per-article rows and the summary counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", type=Path, nargs="?", help="folder of gold article JSON files")
    ap.add_argument("--indosum", type=Path, nargs="+", help="IndoSum .jsonl files instead")
    ap.add_argument("--today-now", action="store_true", help="IndoSum: real today, not year end")
    ap.add_argument("--nerugm", type=Path, nargs="+", help="NER-UGM .tsv files: TIME span overlap")
    ap.add_argument("--raw", action="store_true", help="keep boilerplate lines in the text")
    ap.add_argument("--cleaner", action="store_true", help="clean with Warta's cleaner, not the gold")
    ap.add_argument("--verbose", action="store_true", help="print the date mentions too")
    args = ap.parse_args(argv)
    if args.indosum:
        return indosum(args.indosum, args.today_now)
    if args.nerugm:
        return nerugm(args.nerugm)
    if args.devset is None:
        ap.error("give the devset folder or --indosum files")
    files = sorted(args.devset.glob("*.json"))
    counts = {"clue": 0, "clue_ok": 0, "noclue": 0, "noclue_ok": 0, "unlabelled": 0}
    elapsed, runs = 0.0, 0
    annotate_dates("Selasa (4/7) kemarin")  # load lexicons and compile patterns once, untimed
    for path in files:
        rec = json.loads(path.read_text(encoding="utf-8"))
        text = clean(rec, args.raw, args.cleaner)
        t0 = time.process_time()
        res = annotate_dates(text, None)
        elapsed += time.process_time() - t0
        runs += 1
        gold = rec.get("published")
        has_clue = CLUE.search(text) is not None
        if gold is None:
            counts["unlabelled"] += 1
            verdict = "-"
        elif has_clue:
            counts["clue"] += 1
            ok = res.published is not None and len(res.published) == 10 and abs(
                (date.fromisoformat(res.published) - date.fromisoformat(gold)).days
            ) <= 1
            counts["clue_ok"] += ok
            verdict = "OK" if ok else "FAIL"
        else:
            counts["noclue"] += 1
            ok = res.published is None or len(res.published) < 10
            counts["noclue_ok"] += ok
            verdict = "OK" if ok else "FAIL"
        print(f"{verdict:4} {rec['id']:42} gold={gold} inferred={res.published} clue={has_clue}")
        if args.verbose:
            for m in res.mentions:
                print(f"       {m.text!r:40} -> {m.value} ({m.granularity}, {m.confidence})")
            for w in res.warnings:
                print(f"       warning: {w}")
    print(
        f"\nwith a Hari (d/m) or full date: {counts['clue_ok']}/{counts['clue']} inferred within 1 day"
        f"\nwithout:                        {counts['noclue_ok']}/{counts['noclue']} null or coarser"
        f"\nwithout gold published:         {counts['unlabelled']} (not scored)"
        f"\nmean CPU time per article:      {1000 * elapsed / max(runs, 1):.3f} ms (after warm-up)"
    )
    failed = counts["clue"] - counts["clue_ok"] + counts["noclue"] - counts["noclue_ok"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
