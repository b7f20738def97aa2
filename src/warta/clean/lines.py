"""Shape tests on single (normalised) lines: prose or headline, name, dateline, bullet.

All tests look at a bounded prefix of the line or use linear scans, so that very long or
adversarial lines cost linear time.
"""

from __future__ import annotations

import re

_PREFIX = 240  # characters of a line the shape regexes look at

# "JAKARTA, KOMPAS.com - ", "Istanbul (ANTARA) - ", "Merdeka.com - ", "TEMPO.CO, Jakarta - ",
# "REPUBLIKA.CO.ID, JAKARTA -- ", "Jakarta: ", "JAKARTA, Indonesia — ". Possessive quantifiers keep
# the regex linear on adversarial input.
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’]*+[ ,]*+){1,4}+(?:\([A-Z][\w. ]{1,30}\)\s?)?(?:--|[-–—:])\s?\S"
)
# List bullets, arrows and pictographs that may open a furniture line ("👉 Baca juga: ...").
_BULLET = re.compile(r"[-–—•·*►▪●○◦>»\u2190-\u21ff\u2600-\u27bf\ufe0f\U0001F300-\U0001FAFF]+\s?")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)]*\s+[\"“‘(]?[A-Z0-9]")
_QUOTE_OPEN = frozenset("\"“‘'«„")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*|[A-Z]\.")


def word_count(line: str) -> int:
    """Number of whitespace-separated words."""
    return len(line.split())


_ALNUM = re.compile(r"[^\W_]")


def has_letters(line: str) -> bool:
    """Whether the line carries at least one letter or digit."""
    return _ALNUM.search(line) is not None


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet (``-``, ``•``, ``*``, ...)."""
    m = _BULLET.match(line)
    return line[m.end():] if m else line


def is_bare_bullet(line: str) -> bool:
    """A line that is only a list bullet, e.g. ``-`` or ``•``."""
    return bool(line) and _BULLET.fullmatch(line) is not None


def is_dateline_lead(line: str) -> bool:
    """Whether the line opens with a news dateline (``JAKARTA, KOMPAS.com - ...``)."""
    return _DATELINE.match(line[:_PREFIX]) is not None


def is_strong_dateline(line: str) -> bool:
    """A dateline that cannot be a headline: "JAKARTA - ", "Liputan6.com, Jakarta - ", "(ANTARA)".

    ``Kementan: Distribusi Aman`` has the shape of a dateline but is a headline.
    """
    m = _DATELINE.match(line[:_PREFIX])
    if m is None:
        return False
    head = line[: m.end()]
    first = head.split(" ", 1)[0].rstrip(",:")
    return (len(first) >= 3 and first.isupper()) or ".co" in head.lower() or "(" in head


def starts_with_quote(line: str) -> bool:
    """Whether the line opens with a quotation mark (a quote line is content)."""
    return bool(line) and line[0] in _QUOTE_OPEN


def sentence_breaks(line: str) -> int:
    """How many sentence boundaries lie inside the line."""
    return sum(1 for _ in _SENTENCE_BREAK.finditer(line))


_TITLE_FIRST = re.compile(r"['‘\"“][^'’\"”,.!?]{2,60}['’\"”] (?-i:[A-Z])")


def is_headline_like(line: str, max_words: int) -> bool:
    """A short line of at most one sentence, not a dateline lead, not opening with a quote."""
    core = strip_bullet(line)
    n = word_count(core)
    if n == 0 or n > max_words or starts_with_quote(core) and not _TITLE_FIRST.match(core) \
            or is_strong_dateline(core):
        return False  # ("'Rafathar The Movie' Akan Jadi …": a headline opening with a quoted title)
    return n <= 6 or sentence_breaks(core) == 0


def is_prose(line: str, min_words: int) -> bool:
    """A body paragraph: long enough, with sentence punctuation, or a dateline lead."""
    if word_count(line) >= 4 and is_strong_dateline(line):
        return True
    return word_count(line) >= min_words and any(ch in ".!?" for ch in line)


def is_name_like(line: str, max_words: int, particles: frozenset[str]) -> bool:
    """A bare person-name line: 1..max_words capitalised words (name particles allowed)."""
    if not line or len(line) > 80 or any(ch.isdigit() for ch in line) or line[-1] in ".!?:;\"”":
        return False
    tokens = line.replace(",", " ").replace("&", " ").split()
    if not tokens or len(tokens) > max_words:
        return False
    names = 0
    for tok in tokens:
        if tok.lower() in particles:
            continue
        if not _NAME_TOKEN.fullmatch(tok):
            return False
        names += 1
    return names >= 1
