"""Convert PFSA-ID BILOU files into gold articles in the devset format (evaluation only).

PFSA-ID (Purnomo et al., CC BY-NC-SA 4.0) is used to *measure* quotation extraction; nothing
shipped may be derived from it. Its files hold ``token<TAB>tag`` lines, a blank line between
sentences and no article separator: an article starts at a ``CITY , KOMPAS —`` dateline.

The converter rebuilds readable text (detokenised; a new paragraph at each sentence break except
inside an open quotation), turns each ``STATEMENT`` span into a gold quote (``direct`` when quotation
marks delimit it, else ``indirect``; marks are stripped) and picks its speaker from the nearest
``PERSON``/``PERSONCOREF`` mention (a coreferring mention is resolved to the earlier ``PERSON`` that
shares a word with it, else the latest one). The speaker link is a heuristic of this converter (the
corpus does not link statements to persons), so read speaker figures on it as approximate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

_QUOTES = {'"', "“", "”", "„", "''", "``"}
_NO_SPACE_BEFORE = set(",.;:!?)]%’")
_NO_SPACE_AFTER = set("([")
_TITLE_WORDS = {"presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "kota", "ketua", "kepala"}
_NAME_AFTER = r"\s+((?:[A-Z][\w’'-]+\s?){1,4})"

Token = tuple[str, str]


def read_sentences(path: str | Path) -> list[list[Token]]:
    """The sentences of a BILOU file as lists of (token, tag)."""
    sents: list[list[Token]] = [[]]
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sents[-1]:
                sents.append([])
            continue
        tok, _, tag = line.partition("\t")
        sents[-1].append((tok, tag.strip() or "O"))
    return [s for s in sents if s]


def _is_dateline(sent: list[Token]) -> bool:
    words = [t for t, _ in sent[:8]]
    return "KOMPAS" in words and ("—" in words or "-" in words or "–" in words)


def split_articles(sents: list[list[Token]]) -> list[list[list[Token]]]:
    """Group sentences into articles at each dateline sentence."""
    arts: list[list[list[Token]]] = []
    pending_dateline = False  # the current article opened with a dateline and has no ISSUE yet
    for s in sents:
        issue = any(tag.endswith("-ISSUE") and tag[0] in "BU" for _t, tag in s)
        dateline = _is_dateline(s)
        if not arts or dateline or (issue and not pending_dateline):
            arts.append([])
            pending_dateline = dateline and not issue
        elif issue:
            pending_dateline = False
        arts[-1].append(s)
    return arts


def _detok(article: list[list[Token]]) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Text of an article and each token's (start, end, token, tag)."""
    out: list[str] = []
    toks: list[tuple[int, int, str, str]] = []
    in_quote = False
    pos = 0
    prev = ""
    for si, sent in enumerate(article):
        if si and not in_quote:
            out.append("\n")
            pos += 1
            prev = "\n"
        for tok, tag in sent:
            is_q = tok in _QUOTES
            opening = is_q and not in_quote
            space = True
            if prev in ("", "\n") or prev in _NO_SPACE_AFTER or prev == "OPENQ":
                space = False
            elif tok in _NO_SPACE_BEFORE or (is_q and not opening):
                space = False
            elif tok in "-/" or prev in ("-", "/"):
                space = False
            if space:
                out.append(" ")
                pos += 1
            out.append(tok)
            toks.append((pos, pos + len(tok), tok, tag))
            pos += len(tok)
            if is_q:
                in_quote = not in_quote
                prev = "OPENQ" if opening else tok
            else:
                prev = tok
    return "".join(out), toks


def _spans(toks: list[tuple[int, int, str, str]], label: str) -> list[tuple[int, int]]:
    """Token index spans [i, j) of a BILOU label (lenient about missing B/L tags)."""
    spans, start = [], None
    for i, (_s, _e, _t, tag) in enumerate(toks):
        pre, _, lab = tag.partition("-")
        if lab != label:
            if start is not None:
                spans.append((start, i))
                start = None
            continue
        if pre == "U":
            if start is not None:
                spans.append((start, i))
            spans.append((i, i + 1))
            start = None
        elif pre == "B" or start is None:
            if start is not None:
                spans.append((start, i))
            start = i
        if pre == "L" and start is not None:
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(toks)))
    return spans


def _text(toks, i: int, j: int, text: str) -> str:
    return text[toks[i][0]:toks[j - 1][1]]


def convert(article: list[list[Token]], art_id: str) -> dict | None:
    """One PFSA-ID article as a gold article dict (devset format), or None without statements."""
    text, toks = _detok(article)
    stmts = _spans(toks, "STATEMENT")
    if not stmts:
        return None
    persons = [(i, j, _text(toks, i, j, text)) for i, j in _spans(toks, "PERSON")]
    corefs = [(i, j, _text(toks, i, j, text)) for i, j in _spans(toks, "PERSONCOREF")]
    cues = [(i, j, _text(toks, i, j, text)) for i, j in _spans(toks, "CUE") + _spans(toks, "CUECOREF")]
    mentions = sorted([(i, j, t, "P") for i, j, t in persons] + [(i, j, t, "C") for i, j, t in corefs])
    quotes = []
    for k, (i, j) in enumerate(stmts):
        while i < j and toks[i][2] in _QUOTES:
            i += 1
        while j > i and toks[j - 1][2] in _QUOTES:
            j -= 1
        if i >= j:
            continue
        direct = (toks[i - 1][2] in _QUOTES if i > 0 else False) or (j < len(toks) and toks[j][2] in _QUOTES)
        qs, qe = toks[i][0], toks[j - 1][1]
        if not direct:
            while qe > qs and text[qe - 1] in ".;":
                qe -= 1
        lo = stmts[k - 1][1] if k else 0
        hi = stmts[k + 1][0] if k + 1 < len(stmts) else len(toks)
        stop = next((x for x in range(j + 1, len(toks)) if toks[x][2] in {".", "!", "?"}), len(toks))
        speaker = _speaker(mentions, persons, j, i, lo, hi, stop)
        if speaker and not (_TITLE_WORDS ^ {"kota"}).isdisjoint(w.lower() for w in speaker.split()) \
                and len(speaker.split()) <= 2:
            speaker = _name_after_role(text, speaker)
        cue = next((t for ci, _cj, t in cues if j <= ci < min(hi, j + 15)), None) or next(
            (t for ci, _cj, t in reversed(cues) if max(lo, i - 15) <= ci < i), "")
        quotes.append({"kind": "direct" if direct else "indirect", "quote": text[qs:qe],
                       "speaker": speaker, "cue": cue})
    return {"id": art_id, "outlet": "kompas", "url": None, "published": None,
            "source": "PFSA-ID (CC BY-NC-SA 4.0), converted by warta.eval.pfsa; evaluation only",
            "text": text, "gold": {"quotes": quotes, "boilerplate_lines": []}}


def _speaker(mentions, persons, after: int, before: int, lo: int, hi: int, stop: int) -> str | None:
    near = [m for m in mentions if after <= m[0] < min(hi, after + 20, stop)]
    if not near:
        near = [m for m in reversed(mentions) if max(lo, before - 25) <= m[0] < before]
    if not near:
        return None
    i, _j, t, kind = near[0]
    if kind == "C":
        words = {w.lower() for w in re.findall(r"\w+", t) if len(w) >= 3} - _TITLE_WORDS
        prior = [p for p in persons if p[0] < i]
        match = [p for p in prior if words & {w.lower() for w in re.findall(r"\w+", p[2])}]
        if match:
            t = match[-1][2]
        elif prior:
            t = prior[-1][2]
        else:
            return None if not _TITLE_WORDS & {w.lower() for w in t.split()} else t
    full = [p[2] for p in persons if set(t.split()) <= set(p[2].split())]
    return max(full, key=len) if full else t


def _name_after_role(text: str, role: str) -> str | None:
    """``Presiden`` -> ``Joko Widodo`` when the article writes ``Presiden Joko Widodo``."""
    m = re.search(re.escape(role) + _NAME_AFTER, text)
    return m.group(1).strip() if m else None


def load_pfsa(files: Iterable[str]) -> list[dict]:
    """Gold articles converted from PFSA-ID files, duplicates (same text) removed."""
    out, seen = [], set()
    for f in files:
        for n, art in enumerate(split_articles(read_sentences(f))):
            g = convert(art, f"pfsa-{Path(f).stem}-{n:04d}")
            if g is None or g["text"] in seen:
                continue
            seen.add(g["text"])
            out.append(g)
    return out


def write_gold(out_dir: str | Path, files: Iterable[str]) -> int:
    """Write converted articles as ``<id>.json`` gold files (for ``score.py``); returns the count."""
    d = Path(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    arts = load_pfsa(files)
    for a in arts:
        (d / f"{a['id']}.json").write_text(json.dumps(a, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(arts)


if __name__ == "__main__":
    import sys

    print(write_gold(sys.argv[1], sys.argv[2:]))
