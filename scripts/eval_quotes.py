#!/usr/bin/env python3
"""Score :func:`warta.annotate.quotes.find_quotes` alone on gold articles (development harness).

Usage:
  eval_quotes.py GOLD_DIR [--pfsa] [--errors] [--calibration] [--limit N]

``GOLD_DIR`` holds gold JSON articles (devset format). ``--pfsa`` instead converts the PFSA-ID dev
files (evaluation only, CC BY-NC-SA) with :mod:`warta.eval.pfsa`. Each article is cleaned by dropping
its gold boilerplate lines (a stand-in for Warta's cleaner), split with Warta's sentence splitter and
given to ``find_quotes`` with no entities; with ``--pipeline`` the whole of ``warta.analyze`` runs
instead (cleaner, sentence splitter, NER). The figures come from the shared scorer's ``score``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import defaultdict

from warta.annotate.quotes import find_quotes
from warta.segment.sentences import split_sentences

SCORER = "/work/shared/tools/score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def clean(article: dict) -> str:
    """The article text without its gold boilerplate lines."""
    bp = {x.strip() for x in article["gold"].get("boilerplate_lines", [])}
    return "\n".join(line for line in article["text"].split("\n") if line.strip() not in bp)


def predict(articles: list[dict], pipeline: bool = False) -> dict[str, dict]:
    """Run find_quotes on every article (or the whole pipeline, ``warta.analyze``)."""
    preds = {}
    if pipeline:
        # the pipeline's own steps up to quotations (cleaner, spaCy + NER, entities), so that a
        # failing later annotator does not stop this measurement
        from warta.annotate import registry
        from warta.pipeline import _default_analyzer

        an = _default_analyzer()
        for a in articles:
            text = an._prepare(a["text"]).text
            doc = an.nlp(text)
            sents = doc._.warta_sentences or split_sentences(text)
            ents = registry.build_entities(text, registry.ner_spans(doc))
            quotes = find_quotes(text, sents, ents)
            preds[a["id"]] = {"quotes": [q.to_dict() for q in quotes], "entities": []}
        return preds
    for a in articles:
        text = clean(a)
        quotes = find_quotes(text, split_sentences(text))
        preds[a["id"]] = {"quotes": [q.to_dict() for q in quotes], "entities": []}
    return preds


def report(sc, articles, preds, show_errors: bool, calibration: bool) -> None:
    m, _ent, _bp, _missing = sc.score(articles, preds)
    for kind, mm in m.items():
        p, r, f = sc.prf(mm["tp"], mm["npred"], mm["ngold"])
        _ap, ar, af = sc.prf(mm["att"], mm["npred"], mm["ngold"])
        acc = mm["spk_ok"] / mm["spk_n"] if mm["spk_n"] else 0
        strict = mm["spk_ok_strict"] / mm["spk_n"] if mm["spk_n"] else 0
        print(f"{kind:8s} gold {mm['ngold']:4d} pred {mm['npred']:4d}  span P {p:.3f} R {r:.3f} F1 {f:.3f}  "
              f"speaker {acc:.3f} (strict {strict:.3f})  attribution F1 {af:.3f} R {ar:.3f}")
    if show_errors or calibration:
        buckets = defaultdict(lambda: [0, 0])
        for a in articles:
            pq = preds[a["id"]]["quotes"]
            for kind in ("direct", "indirect"):
                g = [q for q in a["gold"]["quotes"] if q["kind"] == kind]
                p = [q for q in pq if q["kind"] == kind]
                pairs = dict(sc.match(p, g))
                for i, q in enumerate(p):
                    j = pairs.get(i)
                    gsp = g[j].get("speaker") if j is not None else None
                    ok = j is not None and (not gsp or sc.speaker_ok(q["speaker"], gsp))
                    b = min(9, int(q["confidence"] * 10))
                    buckets[b][0] += ok
                    buckets[b][1] += 1
                    if show_errors and not ok:
                        gs = g[j]["speaker"] if j is not None else "-"
                        print(f"  FP/WRONG {a['id']} {kind} [{q['speaker']} | {q['cue']} | {q['confidence']}]"
                              f" gold={gs!r}: {q['text'][:90]!r}")
                matched = set(pairs.values())
                for j, q in enumerate(g):
                    if j not in matched and show_errors:
                        print(f"  MISSED   {a['id']} {kind} [{q['speaker']} | {q['cue']}]: "
                              f"{q['quote'][:90]!r}")
        if calibration:
            for b in sorted(buckets):
                ok, n = buckets[b]
                print(f"  confidence {b / 10:.1f}-{(b + 1) / 10:.1f}: {ok}/{n} = {ok / n:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--pfsa", nargs="*", default=None, help="PFSA-ID BILOU files to convert")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--calibration", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pipeline", action="store_true", help="run warta.analyze (cleaner, splitter, NER)")
    args = ap.parse_args()
    sc = _scorer()
    if args.pfsa is not None:
        from warta.eval.pfsa import load_pfsa

        if not args.pfsa:
            ap.error("--pfsa needs the PFSA-ID BILOU files (e.g. ../shared/data/pfsa-id/*/dev*.txt)")
        articles = load_pfsa(args.pfsa)
    else:
        articles = sc.load_gold(args.gold)
    if args.limit:
        articles = articles[: args.limit]
    preds = predict(articles, args.pipeline)
    print(f"articles {len(articles)}", file=sys.stderr)
    report(sc, articles, preds, args.errors, args.calibration)


if __name__ == "__main__":
    main()
