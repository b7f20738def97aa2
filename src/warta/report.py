"""A readable plain-text report of one analysed article (what ``warta show`` and ``make demo`` print)."""

from __future__ import annotations

import textwrap
from typing import Any

WIDTH = 100


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_article(rec: dict[str, Any]) -> str:
    """Plain-text summary of a schema v1 record: removed lines, quotes, entities, dates, summary."""
    out: list[str] = []
    title = rec.get("title") or rec["id"]
    out.append(f"== {title}")
    pub = rec.get("published")
    out.append(f"published: {pub or 'unknown'}" + (f" ({rec['published_source']})" if pub else ""))
    out.append(f"{len(rec['text'].split())} words, {len(rec['sentences'])} sentences")
    out.append("")
    out.append(f"Removed lines ({len(rec['removed'])}):")
    out.extend(f"  - {_clip(line, WIDTH - 4)}" for line in rec["removed"])
    quotes = rec["quotes"]
    out.append("")
    out.append(f"Quotes ({sum(q['kind'] == 'direct' for q in quotes)} direct, "
               f"{sum(q['kind'] == 'indirect' for q in quotes)} indirect):")  # fmt: skip
    for i, q in enumerate(quotes, 1):
        who = q.get("speaker") or "(speaker unknown)"
        role = f", {q['speaker_role']}" if q.get("speaker_role") else ""
        cue = f" [{q['cue']}]" if q.get("cue") else ""
        out.append(f" {i:2d}. {q['kind']:8s} {who}{role}{cue}  conf {q['confidence']:.2f}")
        body = textwrap.fill(_clip(q["text"], 400), WIDTH - 8)
        out.extend("        " + line for line in body.splitlines())
    out.append("")
    by_label: dict[str, dict[str, str | None]] = {}
    for e in rec["entities"]:
        by_label.setdefault(e["label"], {}).setdefault(e["canonical"], e.get("role"))
        if e.get("role"):
            by_label[e["label"]][e["canonical"]] = e["role"]
    out.append("Entities:")
    for label in ("PERSON", "ORG", "LOC"):
        names = [f"{n} ({r})" if r else n for n, r in by_label.get(label, {}).items()]
        line = f"  {label:6s} " + ("; ".join(names) if names else "-")
        out.extend(textwrap.wrap(line, WIDTH, subsequent_indent=" " * 9, break_on_hyphens=False))
    out.append("")
    out.append(f"Dates ({len(rec['dates'])}):")
    for d in rec["dates"]:
        out.append(f"  {_clip(d['text'], 40):40s} -> {d['value'] or '?'} ({d['granularity'] or '-'})")
    if rec.get("summary"):
        out.append("")
        out.append("Summary:")
        for s, e in rec["summary"]:
            out.extend("  " + line for line in textwrap.wrap(rec["text"][s:e], WIDTH - 2))
    if rec.get("keyphrases"):
        out.append("")
        out.append("Keyphrases: " + ", ".join(k["text"] for k in rec["keyphrases"]))
    for w in rec.get("warnings", []):
        out.append(f"warning: {w}")
    return "\n".join(out)
