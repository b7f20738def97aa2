"""Score Warta on gold articles (the devset format): quotes, speakers, entities, boilerplate."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warta.eval.matching import entity_matches, match_quotes, norm_text, prf, speaker_ok

KINDS = ("direct", "indirect")
ENTITY_KEYS = {"persons": "PERSON", "organizations": "ORG", "locations": "LOC"}


def load_gold(folder: str | Path) -> list[dict[str, Any]]:
    """Gold articles: every ``*.json`` file of ``folder`` (sorted)."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def predict(articles: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run the pipeline on gold articles' text (with their ``published`` and ``url``)."""
    from warta.pipeline import Analyzer, Meta

    arts = list(articles)
    metas = [Meta(id=a["id"], url=a.get("url"), published=a.get("published")) for a in arts]
    out = Analyzer().analyze_many((a["text"], m) for a, m in zip(arts, metas, strict=True))
    return {a["id"]: r.to_dict() for a, r in zip(arts, out, strict=True) if not isinstance(r, Exception)}


def score_articles(gold: list[dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Quality figures of ``pred`` against ``gold`` (the rules of ``shared/tools/score.py``)."""
    q = {k: dict(tp=0, npred=0, ngold=0, att=0, ok=0, strict=0, n=0) for k in KINDS}
    ent = {k: dict(tp=0, npred=0, ngold=0) for k in ENTITY_KEYS}
    bp = dict(found=0, gold=0, lost=0)
    for art in gold:
        rec = pred.get(art["id"], {})
        g_quotes = art["gold"].get("quotes", [])
        for kind in KINDS:
            g = [x for x in g_quotes if x["kind"] == kind]
            p = [x for x in rec.get("quotes", []) if x.get("kind") == kind]
            m = q[kind]
            m["npred"] += len(p)
            m["ngold"] += len(g)
            for i, j in match_quotes([x.get("text", "") for x in p], [x["quote"] for x in g]):
                m["tp"] += 1
                if not g[j].get("speaker"):
                    m["att"] += 1
                    continue
                ok = speaker_ok(p[i].get("speaker"), g[j]["speaker"])
                m["n"] += 1
                m["ok"] += ok
                m["att"] += ok
                m["strict"] += speaker_ok(p[i].get("speaker"), g[j]["speaker"], strict=True)
        for key, label in ENTITY_KEYS.items():
            if key not in art["gold"]:
                continue
            gset = {norm_text(x) for x in art["gold"][key]}
            pset = {
                norm_text(e.get("canonical") or e.get("text"))
                for e in rec.get("entities", [])
                if e["label"] == label
            }
            e = ent[key]
            e["npred"] += len(pset)
            e["ngold"] += len(gset)
            e["tp"] += sum(1 for x in pset if any(entity_matches(x, y) for y in gset))
        if "boilerplate_lines" in art["gold"]:
            gb = {norm_text(x) for x in art["gold"]["boilerplate_lines"]}
            removed = {norm_text(x) for x in rec.get("removed", [])}
            bp["gold"] += len(gb)
            bp["found"] += len(gb & removed)
            bp["lost"] += sum(1 for x in removed - gb if len(x.split()) >= 6)
    out: dict[str, Any] = {"articles": len(gold), "missing": sum(1 for a in gold if a["id"] not in pred)}
    for kind, m in q.items():
        p, r, f = prf(m["tp"], m["npred"], m["ngold"])
        _, ar, af = prf(m["att"], m["npred"], m["ngold"])
        out[kind] = {
            "gold": m["ngold"], "pred": m["npred"], "span_p": p, "span_r": r, "span_f1": f,
            "attribution_f1": af, "attribution_recall": ar,
            "speaker_acc": m["ok"] / m["n"] if m["n"] else None,
            "speaker_acc_strict": m["strict"] / m["n"] if m["n"] else None,
        }  # fmt: skip
    for key, e in ent.items():
        if e["ngold"]:
            p, r, f = prf(e["tp"], e["npred"], e["ngold"])
            out[key] = {"p": p, "r": r, "f1": f}
    if bp["gold"]:
        out["boilerplate"] = {"recall": bp["found"] / bp["gold"], "content_lines_lost": bp["lost"]}
    return out
