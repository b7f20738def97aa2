#!/usr/bin/env python3
"""List entity false positives / negatives of `warta extract` against gold dirs (dev tool, not shipped).

Usage: entity_errors.py GOLD_DIR [...] [--exact]  (--exact: exact matching as /work/shared/tools/score.py
counts it; default: lenient, a predicted name that is a word of a gold name is no error)
"""
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, "/work/shared/tools")
from score import norm_text  # noqa: E402

LABELS = {"persons": "PERSON", "organizations": "ORG", "locations": "LOC"}


def main() -> None:
    dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
    exact = "--exact" in sys.argv
    arts = [json.loads(f.read_text()) for d in dirs for f in sorted(pathlib.Path(d).glob("*.json"))]
    tmp = pathlib.Path(tempfile.mkdtemp())
    inp, out = tmp / "in.jsonl", tmp / "out.jsonl"
    inp.write_text("".join(json.dumps({"id": a["id"], "text": a["text"], "published": a.get("published"),
                                       "url": a.get("url")}, ensure_ascii=False) + "\n" for a in arts))
    subprocess.run([".venv/bin/warta", "extract", str(inp), "-o", str(out)], check=True)
    lines = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    preds = {r["id"]: r for r in lines}
    for a in arts:
        r = preds[a["id"]]
        lines = []
        for key, lab in LABELS.items():
            gold = {norm_text(x) for x in a["gold"].get(key, [])}
            ents = [e for e in r.get("entities") or [] if e.get("label") == lab]
            pred = {}
            for e in ents:
                pred.setdefault(norm_text(e.get("canonical") or e.get("text")), e["text"])
            def ok(x, gold=gold):
                return x in gold or (not exact and any(x in y.split() or y in x for y in gold if len(x) > 2))
            for x, t in sorted(pred.items()):
                if not ok(x):
                    lines.append(f"  FP {lab:6s} {x!r} (text {t!r})")
            for y in sorted(gold):
                if not any(x == y or (not exact and len(x) > 2 and (x in y.split() or y in x)) for x in pred):
                    lines.append(f"  FN {lab:6s} {y!r}")
        if lines:
            print(a["id"])
            print("\n".join(lines))


if __name__ == "__main__":
    main()
