"""Aliases in an article: alias markers (``Abdul Muhaimin Iskandar atau Cak Imin``) and the
capitalised words after them, nicknames (``Gus Sholah, sapaan akrab KH Salahudhin Wahid``, ``ujar
Tiko, sapaan akrabnya``, ``Owi/Butet``) and the full names they stand for. Used by
:class:`warta.annotate.speaker_names.NameIndex`; the markers are ``lang/id/speaker_alias_markers.txt``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from warta.annotate.entity_lexicons import without_glued_tail
from warta.annotate.quote_lex import lex
from warta.annotate.textscan import matches_at, positions

Mention = tuple[int, int, tuple[str, ...]]  # (start, end, name words) of a name in the text


@cache
def _alias_pattern() -> re.Pattern[str]:
    """``… atau Cak Imin``: an alias marker and up to three capitalised words (group 1)."""
    markers = sorted(lex().alias_markers, key=len, reverse=True)
    alt = "|".join(re.escape(a).replace("\\ ", r"\s+") for a in markers)
    return re.compile(rf"(?:,\s*)?\b(?:{alt})\s*((?:[A-Z][\w’'-]*\s*){{1,3}})")


@cache
def _alias_heads() -> tuple[str, ...]:
    """What each alias marker starts with (its text up to the first space)."""
    return tuple(sorted({m.split(" ")[0] for m in lex().alias_markers}))


def alias_matches(text: str) -> list[re.Match[str]]:
    """``_alias_pattern().finditer(text)``, tried only where a match can start: at a marker, or at
    a comma before one (the pattern cannot start anywhere else, and trying it at every position
    costs more than the rest of the look-up)."""
    pattern, heads = _alias_pattern(), _alias_heads()
    if not all(heads):
        return list(pattern.finditer(text))
    starts: set[int] = set()
    for head in heads:
        for p in positions(text, head):
            starts.add(p)
            q = p
            while q and text[q - 1].isspace():  # "\s" is str.isspace()
                q -= 1
            if q and text[q - 1] == ",":
                starts.add(q - 1)
    return matches_at(pattern, text, starts)


_NICKNAME_FIRST = re.compile(r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
                             r"[ \t]*(?:,[ \t]*|[-–—(]{1,2}[ \t]*|[ \t])(?:sapaan|panggilan)"
                             r"(?:[ \t]+akrab(?:nya)?)?[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})")


def in_order(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the items of ``short`` (letters, words) occur in ``long`` in the same order."""
    it = iter(long)
    return all(x in it for x in short)


_NICKNAME_AFTER = re.compile(r"\b([A-Z][\w’'-]{1,20}),?[ \t]+(?:sapaan|panggilan)[ \t]+akrab(?:nya)?\b"
                             r"(?![ \t]+[A-Z])")
_NAME4 = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}"
_PAIR_NICKNAMES = re.compile(rf"({_NAME4})/({_NAME4}),?[ \t]+"
                             r"(?:atau[ \t]+)?(?:yang[ \t]+)?(?:akrab|biasa)[ \t]+(?:disapa|dipanggil)[ \t]+"
                             r"([A-Z][\w’'-]+)/([A-Z][\w’'-]+)")
_DESCRIPTION_OPEN = re.compile(r"(^|[.!?\n][ \t\"“]*)([A-Z][a-z-]+)[ \t]*")


def find_aliases(text: str, mentions: list[Mention]) -> dict[str, tuple[str, ...]]:
    """Alias words (lower case) -> the full name they stand for, from the article's alias markers
    (``Abdul Muhaimin Iskandar atau Cak Imin``), nicknames and their descriptions."""
    out: dict[str, tuple[str, ...]] = {}
    for m in alias_matches(text):
        before = [x for x in mentions if 0 <= m.start() - x[1] <= 2]
        if before and len(before[-1][2]) < 2:
            continue
        before = before or _described_before(text, mentions, m.start())  # "Pria yang akrab disapa Ajun itu"
        if not before:
            continue
        for w in m.group(1).split():
            if w.lower() not in lex().titles and len(w) >= 3:
                out[w.lower()] = before[-1][2]
    for m in _PAIR_NICKNAMES.finditer(text):  # "A B/C D, atau akrab disapa Owi/Butet"
        for full, nick in ((m.group(1), m.group(3)), (m.group(2), m.group(4))):
            out[nick.lower()] = tuple(full.split())
    for m in _NICKNAME_AFTER.finditer(text):  # "…," ujar Tiko, sapaan akrabnya
        nick = m.group(1)
        if nick.lower() not in out and nick.lower() not in lex().titles:
            person = _main_person_before(mentions, m.start(), nick)
            if person:
                out[nick.lower()] = person
    for m in _NICKNAME_FIRST.finditer(text):  # "Gus Syaf sapaan akrab Syafi'in"
        full = tuple(w for w in m.group(2).split() if w.lower().rstrip(".") not in lex().titles)
        if full:  # "Gus Syaf sapaan akrab Syafi'in-mengambil formulir"
            full = full[:-1] + (without_glued_tail(full[-1]),)
        if full and len(full[-1]) > 3 and full[-1].endswith("."):
            full = full[:-1] + (full[-1].rstrip("."),)  # the sentence's full stop
        for w in m.group(1).split():
            if full and w.lower() not in lex().titles and len(w) >= 3 and w not in full:
                out.setdefault(w.lower(), full)
    return out


def _main_person_before(mentions: list[Mention], pos: int, nick: str) -> tuple[str, ...] | None:
    """The person a nickname given after a cue stands for: the name of two words or more written
    before ``pos`` that holds it (``Ani`` of ``Sri Mulyani``), else one whose letters it takes in
    order (``Tiko`` of ``Kartika Wirjoatmodjo``); the one written most often wins."""
    low = nick.lower()
    before = [x[2] for x in mentions if x[1] <= pos and len(x[2]) >= 2 and nick not in x[2]]
    holding = [n for n in before if any(low in w.lower() for w in n)]
    pool = holding or [n for n in before if in_order(low, " ".join(n).lower())]
    if not pool:
        return None
    counts = Counter(pool)
    return max(counts, key=lambda n: (counts[n], max(i for i, x in enumerate(pool) if x == n)))


def _described_before(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The last person named before a description that opens the sentence of ``pos`` (``Tarkaya
    (48), pemilik … \n\nPria yang akrab disapa Ajun itu``): an alias marker after it names him."""
    m = _DESCRIPTION_OPEN.search(text, max(0, pos - 40), pos)
    if m is None or m.end() != pos or m.group(2).lower() not in lex().anaphor_nouns:
        return []
    prior = [x for x in mentions if x[1] <= m.start(2) and len(x[2]) >= 1]
    return prior[-1:]
