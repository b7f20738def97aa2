"""Score date mentions against hand-written gold (tests/data/dates_indosum and the like).

Usage: ``python scripts/score_dates.py tests/data/dates_indosum [--cli] [--errors] [--json]``

Each gold file is one article: ``text``, ``published``, ``url`` and ``gold.dates``, a list of
``{text, start, end, value, granularity[, alt]}`` (conventions: the set's README.md). By default
the annotator runs through the Python API (``warta.annotate.dates.annotate_dates(text, published,
url)``) on the gold text, so offsets agree; ``--cli`` runs ``warta extract`` on the articles as JSON
Lines and maps each predicted mention back onto the gold text (the pipeline's cleaner may move
offsets: the occurrence of the mention's text nearest its scaled offset is taken).

Matching: a predicted mention matches a gold mention when their character spans overlap; pairs are
taken by decreasing overlap, each mention used at most once. Printed figures:

- detection precision, recall and F1 over mentions;
- resolution accuracy: the share of matched mentions whose predicted ``value`` equals the gold
  ``value`` (or one of its ``alt`` values);
- end-to-end: correctly resolved matches / gold mentions;
- with ``--errors``, every missed, spurious and wrongly resolved mention with its context.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Scores:
    """Counts over a set of articles, and the figures derived from them."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    resolved: int = 0

    @property
    def precision(self) -> float:
        """Matched predictions / predictions."""
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """Matched gold mentions / gold mentions."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of detection precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        """Matched mentions with the gold value / matched mentions."""
        return self.resolved / self.matched if self.matched else 0.0

    @property
    def end_to_end(self) -> float:
        """Matched mentions with the gold value / gold mentions."""
        return self.resolved / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """All counts and figures."""
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "resolved": self.resolved, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4), "end_to_end": round(self.end_to_end, 4),
        }


def load_gold(paths: list[Path]) -> list[dict]:
    """The gold articles in the given files or folders (``*.json``, sorted by name)."""
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return [json.loads(f.read_text(encoding="utf-8")) | {"_file": f.name} for f in files]


def predict_api(article: dict) -> list[dict]:
    """Date mentions of one article from the Python API, as dicts."""
    from warta.annotate.dates import annotate_dates

    res = annotate_dates(article["text"], article.get("published"), article.get("url"))
    return [m.to_dict() for m in res.mentions]


def _remap(mention: dict, out_text: str, gold_text: str) -> dict | None:
    """A mention of the pipeline's (cleaned) text moved onto the gold text, or None if absent."""
    if out_text == gold_text:
        return mention
    needle = mention["text"]
    scaled = mention["start"] * len(gold_text) / max(1, len(out_text))
    best, i = None, gold_text.find(needle)
    while i >= 0:
        if best is None or abs(i - scaled) < abs(best - scaled):
            best = i
        i = gold_text.find(needle, i + 1)
    if best is None:
        return None
    return mention | {"start": best, "end": best + len(needle)}


def predict_cli(articles: list[dict], command: str) -> list[list[dict]]:
    """Date mentions of every article from ``warta extract`` (one run for all articles)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, a in enumerate(articles):
                rec = {"id": f"a{i}", "text": a["text"], "published": a.get("published"),
                       "url": a.get("url")}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        subprocess.run(command.format(input=src, output=dst), shell=True, check=True)
        out = {}
        for line in dst.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out[rec.get("id")] = rec
    preds = []
    for i, a in enumerate(articles):
        rec = out.get(f"a{i}", {})
        mentions = [_remap(m, rec.get("text", ""), a["text"]) for m in rec.get("dates", [])]
        preds.append([m for m in mentions if m is not None])
    return preds


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, abs(g["start"] - p["start"]), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _ctx(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start]
    return f"...{left}[[{text[start:end]}]]{text[end:end + width]}...".replace("\n", " ")


def score(articles: list[dict], preds: list[list[dict]]) -> tuple[Scores, list[str]]:
    """Counts over all articles and one line per error (missed, spurious, wrong value)."""
    total = Scores()
    errors: list[str] = []
    for art, pred in zip(articles, preds, strict=True):
        gold = art["gold"]["dates"]
        text = art["text"]
        pairs = match(gold, pred)
        total.gold += len(gold)
        total.pred += len(pred)
        total.matched += len(pairs)
        name = art["_file"]
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if p["value"] == g["value"] or p["value"] in g.get("alt", []):
                total.resolved += 1
            else:
                errors.append(f"WRONG  {name}: gold {g['value']} pred {p['value']} "
                              f"{_ctx(text, p['start'], p['end'])}")
        got_g = {gi for gi, _ in pairs}
        got_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in got_g:
                errors.append(f"MISSED {name}: gold {g['value']} {_ctx(text, g['start'], g['end'])}")
        for pi, p in enumerate(pred):
            if pi not in got_p:
                errors.append(f"SPUR   {name}: pred {p['value']} {_ctx(text, p['start'], p['end'])}")
    return total, errors


def run(paths: list[Path], cli: str | None = None) -> tuple[Scores, list[str]]:
    """Score the gold articles under ``paths`` (Python API, or the ``cli`` command if given)."""
    articles = load_gold(paths)
    preds = predict_cli(articles, cli) if cli else [predict_api(a) for a in articles]
    return score(articles, preds)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the figures (and errors with ``--errors``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--cli", nargs="?", const=".venv/bin/warta extract {input} -o {output}",
                    default=None, help="run this extraction command instead of the Python API")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    total, errors = run(args.paths, args.cli)
    if args.errors:
        for line in errors:
            print(line)
    if args.json:
        print(json.dumps(total.as_dict()))
    else:
        s = total
        print(f"gold {s.gold}  predicted {s.pred}  matched {s.matched}")
        print(f"detection  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
        print(f"resolution accuracy {s.accuracy:.3f} ({s.resolved}/{s.matched} matched)  "
              f"end-to-end {s.end_to_end:.3f} ({s.resolved}/{s.gold} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
