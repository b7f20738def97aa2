"""Quotation marks: find and pair them, paragraph by paragraph, in every common style.

Styles: ``"…"``, ``“…”``, ``”…”`` (Kompas prints both marks as ``”``), ``„…“``, ``«…»``, ``‘…’``,
``''…''`` / ``‘’…’’`` (doubled single marks). Whether a mark opens or closes is read from its
context (space before and a letter after opens; a letter or punctuation before and space or
punctuation after closes), so ``”`` works both ways. A quotation that runs over several paragraphs
(opening mark on each paragraph, closing mark only at the end) gives one span per paragraph.
Unbalanced marks never raise: a quotation left open ends at its paragraph's end and is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.annotate.quote_lex import lex, setting

# doubled single marks first, then the double-mark characters
_DOUBLE = re.compile(r"[‘’'`]{2}|[\"“”„‟«»]")
_SINGLE = re.compile(r"[‘’'`]")
_OPEN_ONLY = set("„«‟")
_OPEN_PREFERRED = set("“")  # opens, except where it closes a German-style „…“
_CLOSE_ONLY = set("»")
_OPEN_CTX = set(" \t\n([{—–-:/")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation's content span (marks excluded) with how it was delimited.

    ``open_mark``/``close_mark`` are the offsets of the marks (``-1`` when missing);
    ``continues`` is true when the quotation goes on in the next paragraph.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    continues: bool = False
    unbalanced: bool = False
    single: bool = False


def _role(text: str, s: int, e: int, mark: str) -> str:
    """``O`` (opens), ``C`` (closes) or ``A`` (either) for the mark at ``text[s:e]``."""
    if mark[0] in _OPEN_ONLY:
        return "O"
    if mark in _CLOSE_ONLY:
        return "C"
    before = text[s - 1] if s > 0 else "\n"
    after = text[e] if e < len(text) else "\n"
    open_ctx = before in _OPEN_CTX or before.isspace()
    close_ctx = after.isspace() or after in ",.;:!?)]—–-" or after == "\n"
    if open_ctx and not close_ctx and _closes_before_cue(text, s, e):
        return "C"  # '… Travel), ”kata Kabag …': a closing mark written with its space on the wrong side
    if mark in _OPEN_PREFERRED:
        return "C" if close_ctx and not open_ctx else "O"
    if open_ctx and not close_ctx:
        return "O"
    if close_ctx and not open_ctx:
        return "C"
    if before.isalnum() and after.isalnum():
        return "X"  # an apostrophe inside a word
    return "A"


_CUE_AFTER = re.compile(r"([a-z]+)(?:[ \t]*[,.]|[ \t]+(?:[A-Z]|dia\b|ia\b|mereka\b)|(?<=nya)\b)")


def _closes_before_cue(text: str, s: int, e: int) -> bool:
    """A mark after ``, `` / ``. `` and right before a lower-case short cue word (``ujarnya``; a bare
    root such as ``kata`` only when a name, a pronoun or punctuation follows): it closes the quotation
    before it, though spaced like an opening mark (not ``, "kata kunci"``)."""
    if s < 2 or text[s - 2] not in ",.?!":
        return False
    m = _CUE_AFTER.match(text, e)
    return m is not None and lex().is_short_cue(m.group(1))


def _marks(text: str, start: int, end: int, single: bool) -> list[tuple[int, int, str]]:
    pat = _SINGLE if single else _DOUBLE
    out = []
    for m in pat.finditer(text, start, end):
        role = _role(text, m.start(), m.end(), m.group())
        if role != "X":
            out.append((m.start(), m.end(), role))
    return out


def _pair(text: str, ps: int, pe: int,
          marks: list[tuple[int, int, str]]) -> tuple[list[QuoteSpan], int | None]:
    """Pair marks inside one paragraph. Returns spans and the offset of a mark left open."""
    spans: list[QuoteSpan] = []
    open_at: tuple[int, int] | None = None
    for s, e, role in marks:
        if open_at is None:
            if role in "OA":
                open_at = (s, e)
            else:  # a closing mark with nothing open: quotation from paragraph start
                if text[ps:s].strip():
                    spans.append(QuoteSpan(ps, s, -1, s, unbalanced=True))
        else:
            if role in "CA":
                spans.append(QuoteSpan(open_at[1], s, open_at[0], s))
                open_at = None
            else:  # opening mark while open: previous one was unbalanced; restart here
                spans.append(QuoteSpan(open_at[1], _trim_end(text, s), open_at[0], -1, unbalanced=True))
                open_at = (s, e)
    return spans, (open_at[0] if open_at else None)


def _trim_end(text: str, e: int) -> int:
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def find_spans(text: str) -> list[QuoteSpan]:
    """All quotation spans in ``text`` (double-mark styles, then single marks outside them)."""
    paras = paragraphs(text)
    out: list[QuoteSpan] = []
    max_open = int(setting("max_open_paragraphs"))
    pending: int | None = None  # mark offset of a quotation left open in an earlier paragraph
    pending_para = 0
    for pi, (ps, pe) in enumerate(paras):
        marks = _marks(text, ps, pe, single=False)
        if pending is not None:
            first_mark = marks[0] if marks else None
            leading = first_mark is not None and not text[ps:first_mark[0]].strip() and first_mark[2] in "OA"
            if leading:
                pass  # a new paragraph of the same quotation re-opens with its own mark
            elif first_mark is not None and first_mark[2] in "CA" and pi - pending_para <= max_open:
                # the quotation ran on without marks into this paragraph: close it here
                s = first_mark[0]
                out.append(QuoteSpan(ps, s, -1, s, unbalanced=False))
                marks = marks[1:]
            pending = None
        spans, left_open = _pair(text, ps, pe, marks)
        out.extend(spans)
        if left_open is not None:
            mark_end = left_open + (2 if text[left_open:left_open + 2] in ("''", "‘’", "’’", "‘‘") else 1)
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            nxt_marks = _marks(text, nxt[0], nxt[1], single=False) if nxt else []
            reopens = bool(nxt_marks) and not text[nxt[0]:nxt_marks[0][0]].strip() and nxt_marks[0][2] in "OA"
            closes_later = bool(nxt_marks) and nxt_marks[0][2] in "CA" and not reopens
            content_end = _trim_end(text, pe)
            if mark_end < content_end:
                out.append(QuoteSpan(mark_end, content_end, left_open, -1, continues=reopens or closes_later,
                                     unbalanced=not (reopens or closes_later)))
            if reopens or closes_later:
                pending, pending_para = left_open, pi
    out.extend(_single_spans(text, paras, out))
    out.sort(key=lambda q: q.start)
    return out


def _single_spans(text: str, paras: list[tuple[int, int]], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in single marks (``‘…’``, ``'…'``), kept only when cleanly paired in a paragraph
    and not inside a double-marked quotation."""
    out = []
    for ps, pe in paras:
        marks = _marks(text, ps, pe, single=True)
        marks = [m for m in marks if not _doubled(text, m[0])]
        open_at = None
        for s, e, role in marks:
            if open_at is None:
                if role == "O":
                    open_at = (s, e)
            elif role == "C":
                if not any(d.start <= open_at[0] < d.end + 1 for d in doubles):
                    out.append(QuoteSpan(open_at[1], s, open_at[0], s, single=True))
                open_at = None
    return out


def _doubled(text: str, i: int) -> bool:
    pair = "‘’'`"
    return (i + 1 < len(text) and text[i + 1] in pair) or (i > 0 and text[i - 1] in pair)
