"""Lexicons and compiled patterns for entity post-processing (loaded once, cached).

All word lists live in ``warta/lang/id/``: ``titles.txt`` (honorifics, ranks, degrees),
``roles.txt`` (offices that introduce a person), ``org_words.txt`` (words of institution names),
``nicknames.tsv`` (nickname -> full name), ``gazetteer_countries.txt`` and
``gazetteer_places.txt`` (places matched as whole words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta import config
from warta.lang import lexicon, table

LANG = "id"

# A word: letters/digits, joined by inner hyphens, apostrophes or dots ("Tae-yong", "Ma'ruf", "S.H").
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# Connectors allowed inside a capitalised name or role run ("Trinidad dan Tobago").
CONNECTORS = frozenset({"dan", "&", "untuk", "urusan", "bidang", "se", "of", "the", "for", "de", "van",
                        "der", "bin", "binti", "al", "el", "da", "di"})


def _phrase_pattern(entries: tuple[str, ...]) -> str:
    """An alternation of phrases, longest first; spaces match any whitespace, final dot optional."""
    alts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        words = entry.rstrip(".").split()
        alts.append(r"\s+".join(re.escape(w) for w in words))
    return "(?:" + "|".join(alts) + r")\.?"


@dataclass(frozen=True)
class Lexicons:
    """Everything the entity annotator looks up, built once per process."""

    titles: frozenset[str]
    roles: frozenset[str]
    # ``^`` (title or role)+ at the start of a name, and one role head anywhere.
    lead_titles: re.Pattern[str]
    role_head: re.Pattern[str]
    title_only: re.Pattern[str]
    trailing_titles: re.Pattern[str]
    role_end: re.Pattern[str]
    degrees_tail: re.Pattern[str]
    org_words: frozenset[str]
    nicknames: dict[str, str]
    places: dict[tuple[str, ...], str]
    max_place_len: int
    places_upper: dict[str, str]  # "JAKARTA" -> "Jakarta" (one-word places written in capitals)
    stopwords: frozenset[str]


def _stopwords() -> frozenset[str]:
    try:
        from spacy.lang.id.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset()
    return frozenset(w.lower() for w in STOP_WORDS)


@cache
def lexicons() -> Lexicons:
    """The cached lexicons and patterns."""
    titles = lexicon(LANG, "titles")
    roles = lexicon(LANG, "roles")
    both = _phrase_pattern(titles + roles)
    title_pat = _phrase_pattern(titles)
    role_pat = _phrase_pattern(roles)
    boundary = r"(?=[\s,]|$)"
    places: dict[tuple[str, ...], str] = {}
    for name in ("gazetteer_countries", "gazetteer_places"):
        for entry in lexicon(LANG, name):
            places[tuple(WORD.findall(entry))] = entry
    nick = {row[0]: row[1] for row in table(LANG, "nicknames") if len(row) >= 2 and row[0] and row[1]}
    org_words = {w.lower() for w in lexicon(LANG, "org_words")}
    for entry in roles:
        org_words.update(w.lower() for w in entry.split())
    return Lexicons(
        titles=frozenset(t.lower().rstrip(".") for t in titles),
        roles=frozenset(r.lower() for r in roles),
        lead_titles=re.compile(r"(?:" + both + boundary + r"[\s,]*)+", re.IGNORECASE),
        role_head=re.compile(r"(?<![\w-])" + role_pat + boundary, re.IGNORECASE),
        title_only=re.compile(r"^(?:" + title_pat + boundary + r"[\s,]*)+$", re.IGNORECASE),
        trailing_titles=re.compile(r"(?:[\s,]+" + title_pat + r")+\s*$", re.IGNORECASE),
        role_end=re.compile(r"(?<![\w-])" + role_pat + r"\s*$", re.IGNORECASE),
        degrees_tail=re.compile(r"(?:\s*,\s*" + title_pat + r")+\s*$", re.IGNORECASE),
        org_words=frozenset(org_words),
        nicknames=nick,
        places=places,
        max_place_len=max((len(k) for k in places), default=1),
        places_upper={k[0].upper(): v for k, v in places.items() if len(k) == 1 and not k[0].isupper()},
        stopwords=_stopwords(),
    )


def setting(key: str):
    """One tunable of the ``[entities]`` section of settings.toml."""
    return config.get("entities", key)


def is_capitalised(word: str) -> bool:
    """True for words that start with an upper-case letter or are all-caps acronyms."""
    return bool(word) and word[0].isupper()


def is_acronym(word: str) -> bool:
    """True for short all-caps words such as ``KPK``, ``DPR``, ``RI`` (two letters or more)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and len(word) <= 12
