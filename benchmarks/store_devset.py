"""Turn devset gold files into extracted-style records (schema v1) for store benchmarks and manual
acceptance runs, independent of the state of ``warta extract``.

Quotes and entities come from the gold annotation, located in the text by exact search; a bare
surname occurrence of a gold person is added as a mention with the full name as canonical.

    python benchmarks/store_devset.py /work/shared/devset/articles > devset_extracted.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    if not needle:
        return []
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def gold_to_record(gold: dict[str, Any]) -> dict[str, Any]:
    """An extracted-style record from one devset gold object."""
    text = gold["text"]
    g = gold["gold"]
    entities = []
    taken: set[tuple[int, int]] = set()
    for label, names in (
        ("PERSON", g.get("persons", [])),
        ("ORG", g.get("organizations", [])),
        ("LOC", g.get("locations", [])),
    ):
        for name in sorted(names, key=len, reverse=True):
            forms = [name] + ([name.split()[-1]] if label == "PERSON" and len(name.split()) > 1 else [])
            for form in forms:
                for s, e in _spans(text, form):
                    if any(s < te and ts < e for ts, te in taken):
                        continue
                    taken.add((s, e))
                    entities.append(
                        {
                            "text": text[s:e],
                            "label": label,
                            "start": s,
                            "end": e,
                            "canonical": name,
                            "role": None,
                            "confidence": 1.0,
                        }
                    )
    entities.sort(key=lambda x: x["start"])
    persons, orgs = set(g.get("persons", [])), set(g.get("organizations", []))
    quotes = []
    for q in g.get("quotes", []):
        s = text.find(q["quote"])
        if s < 0:
            continue
        label = "PERSON" if q["speaker"] in persons else ("ORG" if q["speaker"] in orgs else None)
        quotes.append(
            {
                "kind": q["kind"],
                "text": q["quote"],
                "start": s,
                "end": s + len(q["quote"]),
                "speaker": q["speaker"],
                "speaker_label": label,
                "speaker_role": None,
                "cue": q.get("cue"),
                "confidence": 1.0,
            }
        )
    sentences = [[m.start(), m.end()] for m in re.finditer(r"[^\n]+", text)]
    return {
        "id": gold["id"],
        "title": None,
        "url": gold.get("url"),
        "outlet": gold.get("outlet"),
        "published": gold.get("published"),
        "published_source": "input" if gold.get("published") else None,
        "text": text,
        "removed": [],
        "sentences": sentences,
        "entities": entities,
        "quotes": quotes,
        "dates": [],
        "summary": [],
        "keyphrases": [],
        "warnings": [],
    }


def load_devset(folder: str | Path) -> list[dict[str, Any]]:
    """Extracted-style records of every ``*.json`` gold file in ``folder``, sorted by name."""
    return [
        gold_to_record(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(Path(folder).glob("*.json"))
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="/work/shared/devset/articles")
    args = ap.parse_args()
    for rec in load_devset(args.folder):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
