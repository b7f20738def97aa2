"""Article-level clues for speaker names, used by :mod:`warta.annotate.speaker_names`:

- descriptive nouns of people (``bintang``, ``gelandang``, ``penyanyi``; ``lang/id/
  speaker_descriptor_words.txt``) that work as a role before a club or organisation and a name
  (``Bintang Chelsea Willian``);
- family names shared by two people of the article (``Vitali Klitschko``, ``Wladimir Klitschko``):
  the given name before them is part of the name even when the article also writes it alone;
- role acronyms defined right before a person's name (``Kepala Staf Angkatan Laut (KSAL) Laksamana
  TNI Bayu Pranoto``): a later bare ``KSAL`` is that person;
- descriptions that stand for a person (``Pelantun ‘Bolo - Bolo’ ini``, ``Seorang pejabat
  Kementerian Kehakiman``): a capitalised noun or a quoted title before a demonstrative, and
  indefinite openers (``lang/id/speaker_indefinites.txt``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from warta.annotate.quote_lex import is_acronym, is_cap, lex, setting
from warta.lang import lexicon

if TYPE_CHECKING:  # only for type hints: quotes_direct imports this module
    from warta.annotate.quotes_direct import Candidate
    from warta.annotate.speakers import Speaker

TITLE_MARKS = frozenset("\"“”‘’'")  # marks around a song, film or programme title in a description
_AFTER_BRACKET = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){1,8})")


@cache
def given_names() -> frozenset[str]:
    """Given names (the NER's list) and name openers that are also common words, lower case."""
    return frozenset(w.lower() for w in lexicon("id", "gazetteer_person_names")) | lex().name_firsts


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
    return spelled_words(acr, words) > 0


def spelled_words(acr: str, words: list[str]) -> int:
    """How many of ``words``, from the first, ``acr`` is spelled with (prefixes of consecutive words,
    at least two used: ``BI`` of ``Bank Indonesia Agus Martowardojo`` is 2); 0 when it is not."""

    seen: set[tuple[int, int, int]] = set()  # failed states: polynomial, not exponential

    def go(i: int, j: int, used: int) -> int:
        if i == len(acr):
            return used if used >= 2 else 0
        if j >= len(words) or (i, j, min(used, 2)) in seen:
            return 0
        w = words[j]
        for k in range(1, min(len(w), len(acr) - i) + 1):  # short prefixes first: the most words
            if w[:k] == acr[i:i + k]:
                n = go(i + k, j + 1, used + 1)
                if n:
                    return n
        seen.add((i, j, min(used, 2)))
        return 0

    return go(0, 0, 0)


@cache
def document_nouns() -> frozenset[str]:
    """Nouns for a document or record (lower case): such a speaker is no person."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_document_nouns"))


@cache
def kin_nouns() -> frozenset[str]:
    """Kinship nouns (lower case) that open a relational description (``putera sulung …``)."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_kin_nouns"))


_WORDS = re.compile(r"[^\W\d]+")


@cache
def _kin_names() -> frozenset[str]:
    """Kinship nouns that also open personal names (``speaker_kin_names.txt``), lower case."""
    return frozenset(w.lower() for w in lexicon("id", "speaker_kin_names"))


def opens_kin_description(word: str, nxt: str, prev: str = "") -> bool:
    """Whether ``word`` followed by ``nxt`` opens a relational description (``Putera sulung``,
    ``Istri pengusaha``, ``Putra Presiden``, ``Istri Budi Santoso``) rather than a name (``Putra
    Nababan``): a kinship noun followed by a lower-case word or an office word, or by a name when the
    noun never opens one (``speaker_kin_names.txt``) and no determiner ``prev`` makes the name an
    apposition (``sang istri Vicky``)."""
    if word.lower() not in kin_nouns() or not nxt or not nxt[0].isalpha():
        return False
    return nxt.islower() or nxt.lower() in lex().role_words \
        or (word.lower() not in _kin_names() and prev.lower() not in lex().determiners)


def after_kin_description(text: str, start: int, role: list[str]) -> bool:
    """Whether the name run at ``start`` (after its ``role`` words) is the relative a kinship noun
    points to (``Putera sulung mantan Gubernur X``): such a name is not the sentence's subject."""
    if len(role) >= 2 and opens_kin_description(role[0], role[1]):
        return True
    window = text[max(0, start - 60):start]
    if "\n" in window:
        window = window[window.rindex("\n"):]
    words = _WORDS.findall(window)[-4:] + role[:1]
    for i in range(len(words) - 2, -1, -1):
        if opens_kin_description(words[i], words[i + 1], words[i - 1] if i else ""):
            return True
        if not words[i].islower():
            return False
    return False


def kin_description_span(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of a speaker phrase that is a kinship description ending in another person's name
    (``Putera sulung mantan Gubernur DKI Jakarta Ali Sadikin``): it describes a relative named
    before, so it is an anaphor. ``None`` for any other phrase."""
    L = lex()
    i = 0
    while i < len(toks) and toks[i][0].lower() in L.determiners:
        i += 1
    prev = toks[i - 1][0] if i else ""
    if i + 1 >= len(toks) or not opens_kin_description(toks[i][0], toks[i + 1][0], prev):
        return None
    end, seen_cap = i, False
    for j in range(i + 1, min(len(toks), i + 14)):
        w = toks[j][0]
        low = w.lower()
        if low.removesuffix("pun") in L.demonstratives and j > i + 1:
            end = j  # "Istri Mike Tramp ini": the demonstrative closes the description
            break
        if not w[0].isalnum() or L.is_active_cue(w) or L.is_short_cue(w) \
                or (low in L.stopwords and not w[0].isupper()):
            break
        end = j
        seen_cap = seen_cap or w[0].isupper()
    return (toks[i][1], toks[end][2]) if seen_cap else None


def description_ahead(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether lower-case words (or a quoted title) up to a demonstrative follow ``toks[k]``:
    ``Pelantun lagu ini``, ``Pelantun ‘Bolo - Bolo’ ini`` open with a noun, not a name."""
    L = lex()
    for i in range(k + 1, min(len(toks), k + 8)):
        w = toks[i][0]
        low = w.lower()
        if w in TITLE_MARKS:
            return title_then_demonstrative(toks, i) is not None
        if low in L.demonstratives:
            return i > k + 1
        if not w.isalpha() or not w.islower() or low in L.stopwords or low in L.adverbs or low in L.common:
            return False
    return False


def modifier_ahead(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether ``toks[k]`` is followed by a lower-case content word inside the speaker phrase
    (``Petugas keamanan AS``, ``Tim dokter``, ``Sumber keamanan``): a capitalised word opening a
    sentence with such a modifier is a common noun, since a name is not followed by one."""
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1][0]
    low = w.lower()
    L = lex()
    return w.isalpha() and w.islower() and len(w) > 2 and low not in L.stopwords and low not in L.adverbs \
        and low not in L.name_connectors and low not in L.pronouns and low not in L.demonstratives \
        and not L.is_active_cue(w) and not L.is_short_cue(w)


def title_then_demonstrative(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """Index of the ``ini``/``itu``/``tersebut`` right after a short quoted title that opens at
    ``toks[k]`` (``Pelantun ‘Bolo - Bolo’ ini``), when the phrase ends there."""
    limit = int(setting("max_title_words"))
    for i in range(k + 1, min(len(toks), k + limit + 2)):
        if toks[i][0] in TITLE_MARKS:
            if i == k + 1 or i + 1 >= len(toks) or toks[i + 1][0].lower() not in lex().demonstratives:
                return None
            nxt = toks[i + 2][0] if i + 2 < len(toks) else ""
            return i + 1 if not nxt or not nxt[0].isalnum() or nxt.lower() in lex().stopwords else None
        if toks[i][0] == ":" and i + 1 < len(toks) and is_cap(toks[i + 1][0]):
            continue  # "‘The Raid: Redemption’ itu": a colon inside the title
        if toks[i][0] in {".", ",", "!", "?", ";", ":"}:
            return None
    return None


def indefinite_start(text: str, pos: int) -> int | None:
    """Start of an indefinite opener (``Seorang``, ``salah satu``) written at or right before ``pos``."""
    ahead = text[pos:pos + 16].lower()
    before = text[max(0, pos - 20):pos].lower()
    for w in lex().indefinites:
        if re.match(rf"{re.escape(w)}\s", ahead):
            return pos
        if re.search(rf"(?<!\w){re.escape(w)}\s+$", before):
            return pos - len(before) + before.rindex(w)
    return None


def next_named_speaker(end: int, later: Sequence[Candidate]) -> Speaker | None:
    """``Menurutnya, CPO harus diolah …`` before anyone is named: the person the next quotation
    candidate's cue names, when that quotation starts within ``[quotes] pronoun_cataphora_chars``
    of ``end`` (``later``: the candidates after it, in text order)."""
    nxt = next((n for n in later if n.speaker is not None), None)
    if nxt is None or nxt.start - end > int(setting("pronoun_cataphora_chars")):
        return None
    return nxt.speaker if nxt.speaker.kind == "name" and nxt.speaker.label == "PERSON" else None
