"""Groups of people as speakers: plural phrases (``para peneliti``, ``Sejumlah LSM``), names that
stand for a group (``Pihak Twitter``, ``Yingluck dan Partai Puea Thai``) and the agent of a passive.
Used by :meth:`warta.annotate.speaker_discourse.Discourse.group_antecedent` for ``mereka`` and
``pair_antecedent`` for ``keduanya``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from warta.annotate.quote_lex import lex


def is_group(name: str) -> bool:
    """A speaker of several people: a plural determiner or group noun first (``para peneliti``,
    ``warga Rakhine``), or two names joined by ``dan``."""
    words = name.lower().split()
    L = lex()
    return bool(words) and (words[0] in L.group_nouns or words[0] in L.collective or "dan" in words[1:-1])


@cache
def _group_open() -> re.Pattern[str]:
    """A plural determiner (``speaker_collective_determiners.txt``) opening a phrase."""
    alt = "|".join(re.escape(w) for w in sorted(lex().collective, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{alt}))[ \t]+\w")

_GROUP_WORD = re.compile(r"[ \t]*([\w-]+)")


def last_group_phrase(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """The last group of people written in ``text[lo:hi]`` (``para peneliti``, ``Sejumlah LSM``,
    ``sejumlah pekerja kemanusiaan``): a plural determiner and up to three more words, up to a
    function word, a verb or punctuation."""
    found = None
    for m in _group_open().finditer(text, lo, hi):
        found = m
    if found is None:
        return None
    L = lex()
    end = found.start() + len(found.group().split()[0])
    pos, n, capital = end, 0, False
    while n < 3:
        w = _GROUP_WORD.match(text, pos, hi)
        if w is None:
            break
        low = w.group(1).lower()
        if low in L.stopwords or low in L.demonstratives or n and _VERB.match(low) and w.group(1).islower() \
                or low in L.adverbs or capital and w.group(1).islower():
            break  # "Sejumlah LSM kini kembali mendesak …"
        capital = capital or w.group(1)[:1].isupper()
        end = pos = w.end()
        n += 1
    return (found.start(), text[found.start():end]) if n else None


_VERB = re.compile(r"(?:me|ber|di|ter)\w{3,}$")
AGENT_BEFORE = re.compile(r"\b(?:oleh|di[a-z]{3,})[ \t]+$")  # "dikritik oleh …", "disoroti FSGI"
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+dan[ \t]")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def group_around(text: str, pos: int) -> bool:
    """The name at ``pos`` stands for a group: ``Pihak Twitter``, ``para pemain Persija``, or the first
    of names joined by ``dan`` (``Yingluck dan Partai Puea Thai``)."""
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if before and (before.group(1).lower() == "pihak" or before.group(1).lower() in lex().collective):
        return True
    return _NAME_RUN.match(text, pos) is not None


def pair_of(recent: Iterable[tuple[int, int, Any]]) -> tuple[Any, float] | None:
    """The antecedent of ``keduanya`` (both of them) among ``recent`` speaker events (newest first,
    ``(position, strength, Resolved)``): a pair written as one speaker (``Rob Kardashian dan Blac
    Chyna``: that event's speaker), else the two latest people named, in article order (the name
    ``"Song Joong Ki dan Song Hye Kyo"``); with its confidence."""
    names: list[str] = []
    for _p, _strength, sp in recent:
        if sp.label not in (None, "PERSON"):
            continue
        if not names and " dan " in sp.name:
            return sp, 0.85
        if not any(sp.name in n or n in sp.name for n in names):
            names.append(sp.name)
        if len(names) == 2:
            return f"{names[1]} dan {names[0]}", 0.75
    return None
