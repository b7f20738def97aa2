"""Article-level clues for speaker names, used by :mod:`warta.annotate.speaker_names`:

- descriptive nouns of people (``bintang``, ``gelandang``, ``penyanyi``; ``lang/id/
  speaker_descriptor_words.txt``) that work as a role before a club or organisation and a name
  (``Bintang Chelsea Willian``);
- family names shared by two people of the article (``Vitali Klitschko``, ``Wladimir Klitschko``):
  the given name before them is part of the name even when the article also writes it alone;
- role acronyms defined right before a person's name (``Kepala Staf Angkatan Laut (KSAL) Laksamana
  TNI Bayu Pranoto``): a later bare ``KSAL`` is that person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from warta.annotate.quote_lex import is_acronym, lex
from warta.lang import lexicon

_AFTER_BRACKET = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){1,8})")


@cache
def descriptor_words() -> frozenset[str]:
    """Descriptive nouns of people (lower case) that can stand before a club and a name."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_descriptor_words"))


def is_descriptor(word: str) -> bool:
    """Whether ``word`` is a descriptive noun of a person (``Bintang``, ``Gelandang``)."""
    return word.lower() in descriptor_words()


def shared_family_name(first: str, last: str, precede: dict[str, Counter],
                       name_word: Callable[[str], bool]) -> bool:
    """Whether ``last`` is also written after another given name (``Wladimir Klitschko`` beside
    ``Vitali Klitschko``): then ``last`` is a family name and ``first`` a given name, not the
    organisation or title that :meth:`NameIndex.trim` drops."""
    return any(p != first and name_word(p) for p in precede.get(last, Counter()))


def role_person_after(text: str, after: int, split: Callable[[list[str]], tuple[list[str], list[str]]]
                      ) -> tuple[str, ...] | None:
    """The personal name written right after an acronym's closing bracket at ``after``, behind
    nothing but titles, ranks and force acronyms (``(KSAL) Laksamana TNI Bayu Pranoto``)."""
    m = _AFTER_BRACKET.match(text, after)
    if not m:
        return None
    words = m.group(1).split()
    if text[m.end(1):m.end(1) + 1].isupper():
        return None  # the run goes on past the window
    role, name = split(words)
    L = lex()
    if len(name) < 1 or not all(w.lower().rstrip(".") in L.titles or is_acronym(w) for w in role):
        return None
    if not all(w[:1].isupper() for w in name):
        return None
    return tuple(name)


def is_role_phrase(phrase: str) -> bool:
    """Whether a bracketed acronym's expansion names an office (``Kepala Staf Angkatan Darat``)
    rather than an institution: its first word is a role word and not an organisation head."""
    ws = phrase.split()
    L = lex()
    return bool(ws) and ws[0].lower() in L.role_words and ws[0].lower() not in L.org_heads


def spells(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` is made of prefixes of consecutive ``words`` (at least two words used)."""

    seen: set[tuple[int, int, int]] = set()  # failed states: polynomial, not exponential

    def go(i: int, j: int, used: int) -> bool:
        if i == len(acr):
            return used >= 2
        if j >= len(words) or (i, j, min(used, 2)) in seen:
            return False
        w = words[j]
        for k in range(min(len(w), len(acr) - i), 0, -1):
            if w[:k] == acr[i:i + k] and go(i + k, j + 1, used + 1):
                return True
        seen.add((i, j, min(used, 2)))
        return False

    return go(0, 0, 0)
