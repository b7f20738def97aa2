"""Lexicons and compiled patterns for entity post-processing (loaded once, cached).

All word lists live in ``warta/lang/id/``: ``titles.txt`` (honorifics, ranks, degrees),
``roles.txt`` (offices that introduce a person), ``org_words.txt`` (words of institution names),
``nicknames.tsv`` (nickname -> full name), ``gazetteer_countries.txt``, ``gazetteer_places.txt``
and ``gazetteer_regions.txt`` (places matched as whole words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta import config
from warta.annotate.textscan import matches_at, positions
from warta.lang import lexicon, table

LANG = "id"

# A word: letters/digits, joined by inner hyphens, apostrophes or dots ("Tae-yong", "Ma'ruf", "S.H").
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# Connectors allowed inside a capitalised name or role run ("Trinidad dan Tobago").
CONNECTORS = frozenset({"dan", "&", "untuk", "urusan", "bidang", "se", "of", "the", "for", "de", "van",
                        "der", "bin", "binti", "al", "el", "da", "di"})


@dataclass(frozen=True)
class Lexicons:
    """Everything the entity annotator looks up, built once per process."""

    titles: frozenset[str]  # lower-case phrases, final dots dropped ("kombes pol", "s.h")
    roles: frozenset[str]  # lower-case phrases ("menteri luar negeri", "kapolres")
    max_phrase: int  # words in the longest title or role
    prefixes: frozenset[str]  # every word prefix of a title or role ("sekretaris", "sekretaris jenderal")
    org_words: frozenset[str]
    nicknames: dict[str, str]
    places: dict[tuple[str, ...], str]
    max_place_len: int
    places_upper: dict[str, str]  # "JAKARTA" -> "Jakarta" (one-word places written in capitals)
    stopwords: frozenset[str]
    common: frozenset[str]  # lower-case common words (never names) and stop words
    org_heads: frozenset[str]  # lower-case first words of organisation names
    org_tails: frozenset[str]  # lower-case last words of organisation names
    place_heads: frozenset[str]  # lower-case first words of place names
    address_words: frozenset[str]  # case-sensitive words that start an address tail
    non_entities: frozenset[str]  # lower-case mentions never reported
    generic: frozenset[str]  # lower-case mentions that name a kind of thing
    tail_words: frozenset[str]  # words cut from the end of a name ("November")
    orgs: dict[tuple[str, ...], str]  # gazetteer organisations by their words
    initials: re.Pattern[str]  # "berinisial AL": group 1 is a person's initials


def _lower_set(name: str) -> frozenset[str]:
    return frozenset(" ".join(e.lower().split()) for e in lexicon(LANG, name))


def _common_words() -> frozenset[str]:
    """Common (non-name) Indonesian words: the UD-derived list the speaker finder also uses."""
    try:
        return _lower_set("speaker_common_words")
    except (FileNotFoundError, OSError):  # pragma: no cover - the list ships with the package
        return frozenset()


def _stopwords() -> frozenset[str]:
    try:
        from spacy.lang.id.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset()
    return frozenset(w.lower() for w in STOP_WORDS)


@cache
def lexicons() -> Lexicons:
    """The cached lexicons and patterns."""
    titles = {_phrase_key(t) for t in lexicon(LANG, "titles")}
    roles = {_phrase_key(r) for r in lexicon(LANG, "roles")}
    places: dict[tuple[str, ...], str] = {}
    for name in ("gazetteer_countries", "gazetteer_places", "gazetteer_regions"):
        for entry in lexicon(LANG, name):
            places[tuple(WORD.findall(entry))] = entry
    nick = {row[0]: row[1] for row in table(LANG, "nicknames") if len(row) >= 2 and row[0] and row[1]}
    org_words = {w.lower() for w in lexicon(LANG, "org_words")}
    for entry in roles:
        org_words.update(entry.split())
    return Lexicons(
        titles=frozenset(titles),
        roles=frozenset(roles),
        max_phrase=max(len(p.split()) for p in titles | roles),
        prefixes=frozenset(" ".join(p.split()[:k]) for p in titles | roles
                           for k in range(1, len(p.split()) + 1)),
        org_words=frozenset(org_words),
        nicknames=nick,
        places=places,
        max_place_len=max((len(k) for k in places), default=1),
        places_upper={k[0].upper(): v for k, v in places.items() if len(k) == 1 and not k[0].isupper()},
        stopwords=_stopwords(),
        common=_common_words() | _stopwords() | _lower_set("stopwords"),  # ours adds weekdays, fillers
        org_heads=_lower_set("org_heads"),
        org_tails=_lower_set("org_tails"),
        place_heads=_lower_set("place_heads"),
        address_words=frozenset(lexicon(LANG, "address_words")),
        non_entities=_lower_set("non_entities"),
        generic=_lower_set("generic_terms"),
        tail_words=frozenset(lexicon(LANG, "name_tail_words")),
        orgs={tuple(WORD.findall(e)): e for e in lexicon(LANG, "gazetteer_orgs")},
        initials=re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, lexicon(LANG, "initial_cues")))
                            + r")[ \t]+([A-Z]{2,4})(?![\w-])"),
    )


@dataclass(frozen=True)
class Extras:
    """Post-processing-only word lists (not read by the NER features): ``entity_*.txt``/``.tsv``."""

    aliases: dict[str, tuple[str, tuple[str, ...]]]  # "The Blues" -> ("ORG", ("Chelsea",))
    orgs: dict[tuple[str, ...], str]  # outlets, sports bodies, civic bodies by their words
    venues: dict[tuple[str, ...], str]  # stadiums and arenas by their words
    non_person: frozenset[str]  # lower-case: "ramadhan", "lebaran"
    org_types: frozenset[str]  # lower-case phrases: "surat kabar", "partai"
    org_types_max: int
    ethnonyms: frozenset[str]  # "Arab", "Yahudi"
    place_heads: frozenset[str]  # lower-case: entity_place_heads.txt (variants) and street heads
    street_heads: frozenset[str]  # lower-case: entity_street_heads.txt ("jalan", "gang")
    subunit_heads: frozenset[str]  # lower-case: entity_subunit_heads.txt ("bagian", "bidang")
    club_tails: frozenset[str]  # entity_club_tails.txt ("United", "FC"), case-sensitive
    document_heads: frozenset[str] = frozenset()  # entity_document_heads.txt ("UU", "Perpres")
    span_breaks: frozenset[str] = frozenset()  # lower-case: entity_span_breaks.txt ("selaku")
    lowercase: frozenset[str] = frozenset()  # entity_lowercase_words.txt ("susunan", "magrib")


@cache
def extras() -> Extras:
    """The cached post-processing lexicons (``entity_aliases.tsv``, ``entity_orgs.txt``, ...)."""
    aliases = {row[0]: (row[1], tuple(x.strip() for x in row[2].split("|") if x.strip()))
               for row in table(LANG, "entity_aliases") if len(row) >= 3 and row[1] in ("ORG", "LOC")}
    types = _lower_set("entity_org_types")
    return Extras(
        aliases=aliases,
        orgs={tuple(WORD.findall(e)): e for e in lexicon(LANG, "entity_orgs")},
        venues={tuple(WORD.findall(e)): e for e in lexicon(LANG, "entity_places")},
        non_person=_lower_set("entity_non_person"),
        span_breaks=_lower_set("entity_span_breaks"),
        org_types=types,
        org_types_max=max((len(t.split()) for t in types), default=1),
        ethnonyms=frozenset(lexicon(LANG, "entity_ethnonyms")),
        place_heads=_lower_set("entity_place_heads") | _lower_set("entity_street_heads"),
        street_heads=_lower_set("entity_street_heads"),
        subunit_heads=_lower_set("entity_subunit_heads"),
        club_tails=frozenset(lexicon(LANG, "entity_club_tails")),
        document_heads=frozenset(lexicon(LANG, "entity_document_heads")),
        lowercase=_lower_set("entity_lowercase_words"),
    )


def common_words_only(name: str) -> bool:
    """True when every word of ``name`` is a capitalised common word that news text writes in lower
    case inside sentences (``Susunan``, ``Latihan Pelajar``): no person's name. Acronyms and words
    in capitals are never such words; the caller passes a person's fullest name."""
    words = WORD.findall(name)
    low = extras().lowercase
    return bool(words) and all(w[:1].isupper() and not w.isupper() and w.lower() in low for w in words)


_DERIVED = re.compile(r"(?i)(?:pe[mn]?g?y?|per|ke)[a-z]{3,}an")


def dash_glued(head: str, tail: str) -> bool:
    """True when ``tail``, written after ``head`` and a dash, is a lower-case word glued to a name by
    a dash used as punctuation (``Perry-album``, ``Niro-yang``): a function word, a common word of 3+
    letters or any word of 5+. Name parts after a dash are short (``Tae-yong``, ``Jong-un``), and a
    repeated word is part of the name (``Butar-butar``)."""
    if not tail.isalpha() or not tail.islower() or tail == head.lower():
        return False
    lx = lexicons()
    return len(tail) >= 5 or tail in lx.stopwords or (len(tail) >= 3 and tail in lx.common)


def without_glued_tail(word: str) -> str:
    """``word`` cut before a lower-case word glued to it by a dash (:func:`dash_glued`):
    ``Syafi'in-mengambil`` -> ``Syafi'in``; ``Butar-butar`` stays whole."""
    head, _, tail = word.rpartition("-")
    return head if head and dash_glued(head.rpartition("-")[2], tail) else word


def derived_noun(word: str) -> bool:
    """True for a noun built with the ``pe-...-an``/``ke-...-an`` confix (``Pemenangan``,
    ``Kekhalifahan``, ``Pelayanan``): a common word, never a person's name. Eight letters or more."""
    return len(word) >= 8 and bool(_DERIVED.fullmatch(word))


# The only characters where str.lower() and the case-insensitive match of an ASCII letter disagree
# (or lower() changes the length): "İ", "ı" (both match "i") and "ſ" (matches "s").
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


@cache
def _initial_cues() -> tuple[str, ...] | None:
    cues = tuple(sorted({c.lower() for c in lexicon(LANG, "initial_cues")}))
    return cues if cues and all(c and c.isascii() for c in cues) else None


def initials_matches(text: str) -> list[re.Match[str]]:
    """``lexicons().initials.finditer(text)``, tried only where a cue starts (found in the
    lower-cased text): the pattern opens with a look-behind, so the regex engine would otherwise try
    it at every position."""
    pattern, cues = lexicons().initials, _initial_cues()
    if cues is None or any(c in text for c in _CASE_ODD):
        return list(pattern.finditer(text))
    low = text.lower()  # same length and offsets: no _CASE_ODD character
    return matches_at(pattern, text, (p for cue in cues for p in positions(low, cue)))


def _phrase_key(phrase: str) -> str:
    return " ".join(w.lower() for w in WORD.findall(phrase))


@cache
def given_names() -> frozenset[str]:
    """Given names and surnames of the NER's list (``gazetteer_person_names.txt``), as written."""
    return frozenset(lexicon(LANG, "gazetteer_person_names"))


@cache
def legal_forms() -> frozenset[str]:
    """Company legal forms written before a name (``entity_legal_forms.txt``: ``PT``, ``CV``)."""
    return frozenset(lexicon(LANG, "entity_legal_forms"))


@cache
def regional_offices() -> frozenset[str]:
    """Lower-case one-word names of bodies written before the region they serve
    (``entity_regional_offices.txt``: ``polda``, ``dprd``)."""
    return frozenset(w.lower() for w in lexicon(LANG, "entity_regional_offices"))


@cache
def dual_heads() -> frozenset[str]:
    """First words of names that stand for an institution and its premises (``entity_dual_heads.txt``:
    ``RS``, ``Pengadilan``, ``Masjid``)."""
    return frozenset(lexicon(LANG, "entity_dual_heads"))


@cache
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


def phrase_at(text: str, words: list[re.Match[str]], i: int, vocab: frozenset[str], max_len: int) -> int:
    """How many of ``words`` (matches in ``text``) from index ``i`` form the longest phrase of
    ``vocab`` (lower-case, single-spaced); 0 when none. Words of a phrase are separated only by
    spaces (or a dot: ``Kombes. Pol``)."""
    prefixes = lexicons().prefixes
    phrase = words[i].group().lower()
    if phrase not in prefixes:
        return 0
    best = 1 if phrase in vocab else 0
    for j in range(i + 1, min(len(words), i + max_len)):
        if text[words[j - 1].end():words[j].start()].strip() not in ("", "."):
            break
        phrase = phrase + " " + words[j].group().lower()
        if phrase not in prefixes:
            break
        if phrase in vocab:
            best = j - i + 1
    return best
