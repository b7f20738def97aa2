"""Repairs of raw NER spans: boundaries, junk, and labels that the words themselves contradict.

- ``trim``: outer punctuation, a trailing ``(ACR)``, a sentence-final full stop;
- ``clean_span``: lower-case common words at either end (``rumah Trump``, ``Vladimir Putin ingin
  perang``), a capitalised common word that only opens the sentence (``Kemarin Nafsiah``), an
  address tail (``Jalan X No. 1``); drops spans that are one common word (``Mencermati``),
  social-media platforms (``non_entities.txt``) or generic terms (``generic_terms.txt``);
  relabels spans whose words say what they are (``Divisi Pusat LAPD`` -> ORG; a PERSON or ORG span
  that is exactly a gazetteer place -> LOC; ``Gedung ...`` stays LOC);
- ``extend_over_acronym``: ``Dewan Pimpinan Wilayah (DPW) PKB DKI Jakarta`` is one organisation,
  though the NER stopped at the bracket.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.entity_lexicons import CONNECTORS, WORD, is_acronym, lexicons

_LEAD_JUNK = frozenset(" \t\r\n\"“”„«»‘’'`,.;:-–—•·|")
_TRAIL_JUNK = frozenset(" \t\r\n\"“”„«»‘’'`,;:-–—•·|")
_SENT_OPEN = frozenset('.!?"“”\n')
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,30})\)[ \t]+")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop outer punctuation, a trailing bracketed acronym and a sentence-final full stop."""
    while s < e and text[s] in _LEAD_JUNK:
        s += 1
    nl = text.find("\n", s, e)
    if nl >= 0:  # a name never spans two lines
        e = nl
    while e > s and text[e - 1] in _TRAIL_JUNK:
        e -= 1
    if e > s and text[e - 1] == ")":
        open_at = text.rfind("(", s, e)
        e = open_at if open_at > s else e - 1
    elif e > s and "(" in text[s:e] and ")" not in text[text.rfind("(", s, e):e]:
        e = text.rfind("(", s, e)
    while e > s and text[e - 1] in _TRAIL_JUNK:
        e -= 1
    if e > s and text[e - 1] == ".":
        words = WORD.findall(text[s:e])
        last = words[-1] if words else ""
        if len(last) >= 3 and last.lower() not in lexicons().titles:
            e -= 1
    return s, e


def sentence_initial(text: str, pos: int) -> bool:
    """True when ``pos`` opens a sentence, a line or the text."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENT_OPEN


def _lowercase_common(word: str) -> bool:
    lx = lexicons()
    return word[:1].islower() and word.lower() in lx.common and word.lower() not in CONNECTORS


def clean_span(text: str, s: int, e: int, label: str) -> tuple[int, int, str] | None:
    """The repaired span ``(start, end, label)``, or ``None`` when it names nothing."""
    lx = lexicons()
    s, e = trim(text, s, e)
    words = list(WORD.finditer(text, s, e))
    while words and _lowercase_common(words[0].group()):
        words.pop(0)
    while words and _lowercase_common(words[-1].group()):
        words.pop()
    if len(words) >= 2 and words[0].group().lower() in lx.common and sentence_initial(text, words[0].start()):
        words.pop(0)
    while len(words) >= 2 and words[-1].group() in lx.tail_words and not words[-2].group()[0].isdigit():
        words.pop()
    if label == "LOC":
        for k in range(1, len(words)):
            if words[k].group() in lx.address_words:
                words = words[:k]
                break
    if not words:
        return None
    s, e = trim(text, words[0].start(), words[-1].end())
    if e <= s:
        return None
    low = " ".join(text[s:e].lower().split())
    if low in lx.non_entities or low in lx.generic:
        return None
    ws = [w.group() for w in words]
    if (len(ws) == 1 or label == "PERSON") and all(w.lower() in lx.common for w in ws) \
            and tuple(ws) not in lx.places and text[s:e] not in lx.nicknames:
        return None
    if _glued_common(ws[0]):
        return None
    return s, e, relabel(ws, label)


def _glued_common(word: str) -> bool:
    """``pemerintahLebanonseiring``: a common word glued to a name where a link was removed."""
    if not word[:1].islower():
        return False
    upper = next((i for i, c in enumerate(word) if c.isupper()), -1)
    return upper >= 4 and word[:upper].lower() in lexicons().common


def relabel(words: list[str], label: str) -> str:
    """The label the words themselves call for (organisation and place heads, the gazetteer)."""
    lx = lexicons()
    if not words:
        return label
    first = words[0].lower()
    two = " ".join(w.lower() for w in words[:2])
    if tuple(words) in lx.places and label in ("PERSON", "ORG") and len(words) <= 2:
        return "LOC"
    if label == "LOC" and (first in lx.place_heads or two in lx.place_heads):
        return "LOC"
    tail = len(words) > 1 and words[-1].lower() in lx.org_tails
    if label in ("PERSON", "LOC") and (first in lx.org_heads or two in lx.org_heads or tail):
        return "ORG"
    if label == "PERSON" and any(w.lower() in lx.org_heads for w in words[1:]):
        return "ORG"
    return label


def extend_over_acronym(text: str, s: int, e: int, acronyms: dict) -> int:
    """New end of the organisation span ``s:e`` when ``text[e:]`` is `` (ACR) <more of the name>``.

    ``ACR`` must be the acronym the text defines for this span; the words taken after it must be
    capitalised acronyms, gazetteer places or institution words (``PKB DKI Jakarta``, ``Jakarta
    Timur``).
    """
    m = _BRACKET_AFTER.match(text, e)
    if m is None:
        return e
    acr = acronyms.get(m.group(1).strip())
    if acr is None or not (s <= acr.start < e):
        return e
    lx = lexicons()
    words = []
    for w in WORD.finditer(text, m.end()):
        if words and not text[words[-1].end():w.start()].isspace():
            break
        if w.start() != m.end() and not words:
            break
        word = w.group()
        if not (is_acronym(word) or word.lower() in lx.org_words or _in_place(word)):
            break
        words.append(w)
        if len(words) >= 5:
            break
    return words[-1].end() if words else e


def _in_place(word: str) -> bool:
    return (word,) in lexicons().places or word in place_parts()


@cache
def place_parts() -> frozenset[str]:
    """Words of multi-word gazetteer places (``Timur`` of ``Jakarta Timur``)."""
    return frozenset(w for key in lexicons().places if len(key) > 1 for w in key)
