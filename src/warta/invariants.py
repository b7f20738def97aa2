"""Invariants every output record keeps, whatever the input (used by tests and the fuzz benchmark).

- every entity, quote and date span lies inside ``text`` and ``text[start:end]`` equals its text;
- sentence and summary spans lie inside ``text``;
- no word is lost or invented: the words of the input are the words of the clean text plus the
  words of the removed lines (cleaning may drop invisible format/control characters, and lone
  surrogates become U+FFFD);
- every confidence and score lies in [0, 1].
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any


def _visible(s: str) -> str:
    s = unicodedata.normalize("NFC", "".join("\ufffd" if unicodedata.category(c) == "Cs" else c for c in s))
    return "".join(c for c in s if c.isspace() or unicodedata.category(c) not in ("Cf", "Cc"))


def words(s: str) -> Counter[str]:
    """The multiset of visible words of ``s``."""
    return Counter(_visible(s).split())


def violations(raw: str, rec: dict[str, Any]) -> list[str]:
    """Every broken invariant of the schema v1 record ``rec`` analysed from ``raw`` (empty if none)."""
    out: list[str] = []
    text = rec["text"]
    for key in ("entities", "quotes", "dates"):
        for span in rec[key]:
            if not 0 <= span["start"] <= span["end"] <= len(text):
                out.append(f"{key}: span {span['start']}:{span['end']} outside the text")
            elif text[span["start"] : span["end"]] != span["text"]:
                out.append(f"{key}: text[{span['start']}:{span['end']}] != {span['text']!r}")
            if not 0.0 <= span.get("confidence", 0.0) <= 1.0:
                out.append(f"{key}: confidence {span['confidence']} outside [0, 1]")
    for key in ("sentences", "summary"):
        for s, e in rec.get(key, []):
            if not 0 <= s < e <= len(text):
                out.append(f"{key}: span {s}:{e} outside the text")
    for k in rec.get("keyphrases", []):
        if not 0.0 <= k["score"] <= 1.0:
            out.append(f"keyphrases: score {k['score']} outside [0, 1]")
    kept = words(text) + sum((words(r) for r in rec["removed"]), Counter())
    if kept != words(raw):
        lost, extra = words(raw) - kept, kept - words(raw)
        out.append(f"words lost {list(lost)[:5]} / invented {list(extra)[:5]} by cleaning")
    return out
