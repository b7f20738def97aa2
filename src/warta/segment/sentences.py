"""Sentence boundaries as character spans.

Rules, in order (see ``docs/schema.md``):

1. A line break always ends a sentence (paragraphs never share a sentence).
2. Inside a line, a boundary is a run of ``.``, ``!``, ``?`` or ``…`` (plus closing quotes or
   brackets) followed by white space and a character that can open a sentence (capital letter,
   digit, opening quote or bracket).
3. No boundary after an abbreviation from ``lang/<code>/abbreviations.txt``, after a single capital
   letter standing alone (an initial), or inside a quotation that is closed later on the same line.
   Dotted acronyms (``A.S.``) end a sentence when a capital follows: news writes them last.
4. Where the full stop is missing, a capitalised function word (``lang/<code>/sentence_starters.txt``)
   between a lower-case word and a lower-case word starts a sentence: mid-sentence it is lower case.
"""

from __future__ import annotations

import re
from functools import cache

from warta.lang import lexicon

_CANDIDATE = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)")
_OPENERS = set("\"“”„«‘'([")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“'‘]))([\w.]+)$")
_LINE = re.compile(r"[^\n]+")
_HAS_WORD = re.compile(r"\w")
# Quote marks whose open/close role depends on context, and those that only open or only close.
_AMBIGUOUS_Q = '"”'
_OPEN_Q = "“„«"
_CLOSE_Q = "»"
_QUOTE_MARK = re.compile("[" + re.escape(_AMBIGUOUS_Q + _OPEN_Q + _CLOSE_Q) + "]")


@cache
def _starters(lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon(lang, "sentence_starters"))
    return re.compile(rf"(?<=[a-z0-9%])\s+(?:{words})(?=\s+[a-z])")


@cache
def _following(lang: str) -> frozenset[str]:
    return frozenset(lexicon(lang, "abbreviations_following"))


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in lexicon(lang, "abbreviations"))


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    """Spans (within ``line``) between an opening quote mark and its closing mark.

    An opening mark with no closing mark later on the line opens nothing (unbalanced marks are
    ignored rather than allowed to swallow the rest of the paragraph).
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for q in _QUOTE_MARK.finditer(line):
        i, ch = q.start(), q.group()
        prev = line[i - 1] if i else " "
        opening = ch in _OPEN_Q or (ch in _AMBIGUOUS_Q and (prev.isspace() or prev in "([:—–-"))
        if open_at is None:
            if opening:
                open_at = i
        elif not opening or ch in _CLOSE_Q or ch in _AMBIGUOUS_Q:
            regions.append((open_at, i))
            open_at = None
    return regions


def _word_before(s: str) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(s)``, tried only from the start of the final ``[\\w.]`` run: no
    earlier start can reach the end of ``s`` (the look-behind still sees the character before)."""
    i = len(s)
    while i and (s[i - 1].isalnum() or s[i - 1] in "._"):  # \w is alphanumeric or "_"
        i -= 1
    return _WORD_BEFORE.search(s, i)


def _is_boundary(
    line: str,
    end: int,
    nxt: int,
    quoted: list[tuple[int, int]],
    abbrev: frozenset[str],
    follow: frozenset[str],
) -> bool:
    if nxt >= len(line):
        return False
    first = line[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if line[nxt : nxt + 6].split(".", 1)[0].split(" ", 1)[0] in follow:
        return False
    if not _HAS_WORD.search(line, nxt, nxt + 4):
        return False  # only stray marks follow: they belong to this sentence
    match = line[:end].rstrip("\"”’'»)]")
    if match.endswith("."):
        word = _word_before(match[:-1])
        if word:
            token = word.group(1)
            bare = token.rsplit(".", 1)[-1]
            if len(bare) == 1 and bare.isupper() and bare == token:
                before = match[: -len(token) - 1].rstrip().rsplit(" ", 1)[-1]
                # an initial ("B. J. Habibie"), unless it follows a number ("abad ke-6 M.")
                return any(c.isdigit() for c in before)
            if bare.lower() in abbrev:
                return False
    return all(not (s < end - 1 < e) for s, e in quoted)


def split_sentences(text: str, lang: str = "id") -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, trimmed of surrounding white space."""
    abbrev, follow, starters = _abbreviations(lang), _following(lang), _starters(lang)
    spans: list[tuple[int, int]] = []
    for line_match in _LINE.finditer(text):
        line, base = line_match.group(), line_match.start()
        quoted = _quoted_regions(line)
        cuts = []
        for cand in _CANDIDATE.finditer(line):
            end = cand.end()
            nxt = end
            while nxt < len(line) and line[nxt].isspace():
                nxt += 1
            if _is_boundary(line, end, nxt, quoted, abbrev, follow):
                cuts.append((end, nxt))
        for m in starters.finditer(line):
            if all(not (s < m.start() < e) for s, e in quoted):
                cuts.append((m.start(), m.end() - len(m.group().lstrip())))
        start = 0
        for end, nxt in sorted(cuts):
            _add(spans, line, base, start, end)
            start = nxt
        _add(spans, line, base, start, len(line))
    return spans


def _add(spans: list[tuple[int, int]], line: str, base: int, start: int, end: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((base + start + lead, base + start + lead + len(stripped)))
