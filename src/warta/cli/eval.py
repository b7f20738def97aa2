"""``warta eval``: quality figures on gold articles, CoNLL NER files, UD files (and floors)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.cli.main import InputError, UsageError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``eval`` command."""
    p = sub.add_parser("eval", help="score Warta on gold data and check quality floors")
    p.add_argument(
        "--articles",
        action="append",
        default=[],
        metavar="DIR",
        help="folder of gold articles (devset format)",
    )
    p.add_argument(
        "--pfsa",
        nargs="+",
        default=[],
        metavar="FILE",
        help="PFSA-ID BILOU files, scored as one deduplicated set",
    )
    p.add_argument("--ner", action="append", default=[], metavar="FILE", help="CoNLL NER test file")
    p.add_argument(
        "--ud", nargs="+", default=[], metavar="FILE", help="UD CoNLL-U files (sentence boundaries)"
    )
    p.add_argument("--summaries", action="append", default=[], metavar="FILE", help="IndoSum JSONL (ROUGE)")
    p.add_argument("--floors", metavar="FILE", help="fail (exit 1) when a figure falls below these floors")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=run)


def evaluate(args: argparse.Namespace) -> dict[str, float]:
    """All requested figures, flattened to ``{"<label> <metric>": value}``."""
    from warta.eval.report import flatten, label_for

    figures: dict[str, float] = {}
    for folder in args.articles:
        from warta.eval.articles import load_gold, predict, score_articles

        gold = load_gold(folder)
        if not gold:
            raise InputError(f"{folder}: no gold *.json articles")
        figures.update(flatten(label_for(folder), score_articles(gold, predict(gold))))
    if args.pfsa:
        from warta.eval.articles import predict, score_articles
        from warta.eval.pfsa import load_pfsa

        gold = load_pfsa(args.pfsa)
        if not gold:
            raise InputError(f"{' '.join(args.pfsa)}: no PFSA-ID articles found")
        figures.update(flatten("pfsa", score_articles(gold, predict(gold))))
    for path in args.ner:
        from warta.eval.conll import score_ner

        figures.update(flatten(label_for(path), score_ner(path)))
    if args.ud:
        from warta.eval.conll import score_ud

        figures.update(flatten("ud", score_ud(args.ud)))
    for path in args.summaries:
        from warta.eval.summaries import evaluate_summaries

        figures.update(flatten(label_for(path), evaluate_summaries(path)))
    return figures


def run(args: argparse.Namespace) -> int:
    """Run ``warta eval``; exit 1 when a floor fails."""
    from warta.eval.report import check_floors, format_table

    inputs = [*args.articles, *args.pfsa, *args.ner, *args.ud, *args.summaries]
    if not inputs:
        raise UsageError("nothing to evaluate: give --articles, --pfsa, --ner, --ud or --summaries")
    for path in inputs:
        if not Path(path).exists():
            raise UsageError(f"{path}: no such file or directory")
    figures = evaluate(args)
    floors = json.loads(Path(args.floors).read_text(encoding="utf-8")) if args.floors else {}
    print(json.dumps(figures, indent=1) if args.json else format_table(figures, floors))
    if args.floors:
        failures = check_floors(figures, args.floors)
        for line in failures:
            print(f"warta eval: FLOOR {line}", file=sys.stderr)
        if failures:
            return 1
        print(
            f"warta eval: all {sum(1 for k in floors if not k.startswith('_'))} floors hold", file=sys.stderr
        )
    return 0
