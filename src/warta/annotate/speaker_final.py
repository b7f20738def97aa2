"""Speakers follow the article's final person names: a speaker the quote finder read from the
NER's mentions (``Harington``) takes the fuller canonical name that the entity verifier's added
mentions give the same person (``Kit Harington``); the end of an office written in English is no
part of the name (``Product Management Raf Van Nuffel`` -> ``Raf Van Nuffel``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import cache

from warta.annotate.canonical import _contains, plain_name_words, tokens
from warta.annotate.entity_filters import office_with_clitic
from warta.annotate.entity_lexicons import LANG
from warta.annotate.quote_lex import lex
from warta.annotate.speaker_context import given_names, opens_kin_description
from warta.annotate.speaker_words import role_of_speaker
from warta.lang import degree_pattern, lexicon
from warta.model import Entity, Quote

_INITIAL = re.compile(r"[A-Z]\.?")
_WORD = re.compile(r"\S+")
_OFFICE_JOINERS = frozenset({"dan", "of", "and", "&"})


def _without_department(name: str, persons: set[str]) -> str:
    """``Product Management Raf Van Nuffel`` -> ``Raf Van Nuffel``: leading department words of an
    English office dropped when at least two words are left and one of them is a word of a person
    the NER found (``persons``, lower case)."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].lower() in lex().department_words:
        k += 1
    rest = words[k:]
    if k and len(rest) >= 2 and any(w.lower() in persons for w in rest):
        return " ".join(rest)
    return name


def _without_lead(name: str, persons: set[str], tails: set[str]) -> str:
    """``BTN Maryono`` -> ``Maryono``, ``Formappi I Made Leo Wiratma`` -> ``I Made Leo Wiratma``: a
    speaker name that ends in a person mention of the article (``persons``: mention texts) after
    the end of an organisation or place the article names (``tails``: the last one, two or three
    words of each such mention, lower case), which the office before the name brought along."""
    words = name.split()
    if len(words[0]) < 2:
        return name  # ("M Iriawan": an initial)
    for k in range(1, min(len(words), 4)):
        rest = " ".join(words[k:])
        if rest in persons:
            lead = words[:k]
            if name in persons and not all(w.isupper() for w in lead) or " ".join(lead) in persons:
                return name  # ("Kylie Jenner": a person the article also calls "Kylie"; not "BTN Maryono")
            return rest if " ".join(lead).lower() in tails else name
    return name


def _without_office_lead(text: str, name: str, mentions: set[str], plain: Callable[[str], bool],
                         tails: Collection[str] = ()) -> str:
    """``Xbox Mike Nichols`` -> ``Mike Nichols``, ``Torehan Davy Klaassen`` -> ``Davy Klaassen``:
    leading words that are no name words (:func:`~warta.annotate.canonical.plain_name_words` says
    not plain: an organisation's or place's word, a common or office word, a word the article
    writes in lower case) dropped when the rest is a plain name of two words or more that holds a
    person mention of the article, and no lead word is a word of another person mention."""
    words = name.split()
    if len(words) < 3:
        return name
    others = {w for m in mentions if name not in m for w in m.split()}
    if plain(name):
        # "Bek Juventus Dani Alves", "Direktur Angkutan dan Logistik Pelni Harry Boediarto": the
        # NER's mention leaves the end of the office out
        if not _inside_office(text, name):
            return name
        called = _called_by_inner_word(text, name, mentions, tails)
        if called is not None:
            return called
        if name in mentions:
            return name
        for k in range(1, len(words) - 1):
            lead, rest = words[:k], " ".join(words[k:])
            if _INITIAL.fullmatch(lead[-1]) or lead[-1].lower() in given_names():
                return name
            if rest in mentions and (lead[-1] not in others or _after_office_word(text, name)):
                return rest  # (also "CEO Cashlez Teddy Setiawan" where the NER takes Cashlez for a person)
            if lead[-1] in others:
                return name
        return name
    for k in range(1, len(words) - 1):
        lead, rest = words[:k], words[k:]
        if _INITIAL.fullmatch(lead[-1]):
            return name  # ("R Agus Budi Santosa", "Kemenpar I Gde Pitana": no cut after an initial)
        if not plain(" ".join(w for w in rest if not _INITIAL.fullmatch(w))) \
                and " ".join(rest) not in mentions:
            continue  # (a person mention is a name though a word of it names a place: "Bima Laga")
        if lead[0].lower() in lex().name_firsts:
            return name  # ("Lalu Muhammad Iqbal": a Sasak name element, also the word "lalu")
        if len(rest) >= 2 and not _INITIAL.fullmatch(rest[0]) and _after_office_word(text, name):
            return " ".join(rest)  # ("Country Manager MyNurz Yudha Tirtadani": office, company, name)
        after = next((i + 1 for i in range(len(lead) - 1, -1, -1) if not plain(lead[i])), 0)
        if any(plain(w) for w in lead[after:]):
            return name  # (words before an organisation's or place's word are the office's:
            # "Logistik Pelni Harry …")
        if any(w in others for w in lead):
            return name
        rest_words = set(rest)
        if any(m != name and set(m.split()) <= rest_words for m in mentions):
            return " ".join(rest)
        return name
    return name


def _called_by_inner_word(text: str, name: str, mentions: set[str],
                          tails: Collection[str] = ()) -> str | None:
    """``Atnic Syauqy Nurul Aziz`` -> ``Syauqy Nurul Aziz`` when the article also calls the person
    ``Syauqy`` alone: the words before that one are the end of the office (a company, a unit), unless
    one of them is a listed given name or name element (``Muhammad Lukman Nunasyim`` stays). When the
    article calls the person by the last word alone, the name opens at its first listed given name
    (``Yamaha Valentino Rossi`` … ``Rossi`` -> ``Valentino Rossi``) when the words before it end an
    organisation or place the article names (``tails``) or are written apart from the person
    elsewhere (not ``Susilo Bambang Yudhoyono``)."""
    words = name.split()
    solo = {m for m in mentions if " " not in m}
    def plain_lead(lead: list[str]) -> bool:
        return not any(w.lower() in given_names() or w.lower() in lex().name_firsts or _INITIAL.fullmatch(w)
                       for w in lead)

    for k in range(len(words) - 2, 0, -1):  # the last such word: "Aptika Kemenkominfo Semuel …"
        if words[k] in solo:
            return " ".join(words[k:]) if plain_lead(words[:k]) else None
    if words[-1] in solo:  # "Pebalap Yamaha Valentino Rossi" … "Rossi": the first given name opens it
        k = next((i for i in range(1, len(words) - 1) if words[i].lower() in given_names()), None)
        if k is not None and plain_lead(words[:k]) and (" ".join(words[:k]).lower() in tails
                                                        or _written_apart(text, words[:k], words[k])):
            # (the words before it name something the article also writes apart from the person, a
            # body or place: not "Susilo Bambang Yudhoyono")
            return " ".join(words[k:])
    return None


def _written_apart(text: str, lead: list[str], nxt: str) -> bool:
    """Whether the words ``lead`` are written somewhere in ``text`` without ``nxt`` after them
    (``Ducati`` in ``sinyal Ducati memburu juara``), as a word sequence."""
    words = r"\s+".join(map(re.escape, lead))
    pattern = re.compile(rf"(?<!\w){words}(?!\w)(?!\s+{re.escape(nxt)}\b)")
    return pattern.search(text) is not None


def _without_degree(text: str, name: str) -> str:
    """``Fathur Rokhman M`` (of ``Fathur Rokhman M.Hum.``) -> ``Fathur Rokhman``, ``Damar
    Prasmusinto SpOG`` -> ``Damar Prasmusinto``: trailing words that open an academic degree where
    the article writes the name are no part of it (two words at least are kept)."""
    spans = [m.start() for m in _WORD.finditer(name)]
    if len(spans) < 3:
        return name
    at = text.find(name)
    while at >= 0:
        for k in range(2, len(spans)):
            degree = degree_pattern().match(text, at + spans[k])
            if degree is not None and degree.end() >= at + len(name):
                return name[:spans[k]].rstrip(" ,")
        at = text.find(name, at + 1)
    return name


def _words_before(text: str, name: str) -> list[tuple[int, str]]:
    """``(position, word before it)`` for each place ``name`` is written after a space; the word
    before an office joiner is read (``Direktur Angkutan dan Logistik …``, ``Head of Ecommerce …``:
    one office)."""
    out = []
    at = text.find(name)
    while at >= 0:
        window = text[max(0, at - 60):at].split()
        if len(window) >= 2 and window[-1].lower() in _OFFICE_JOINERS:
            window.pop()
        if text[at - 1:at] in {" ", "\t"}:
            out.append((at, window[-1] if window else ""))
        at = text.find(name, at + 1)
    return out


def _inside_office(text: str, name: str) -> bool:
    """Whether ``name`` is written after a capitalised word that is no title or rank (``Dirjen
    Perhubungan Darat Kemenhub Pudji Hartanto``, ``Co-Founder Modalku Reynold Wijaya``), as the end
    of an office is; not after a rank (``Kombes Pol Satake …``), a lower-case word, a bracket or at
    the start of a sentence."""
    return any((at + len(name) == len(text) or not text[at + len(name)].isalnum())
               and before[:1].isupper() and before.replace("-", "").isalnum()
               and before.lower() not in lex().titles
               for at, before in _words_before(text, name))


def _after_office_word(text: str, name: str) -> bool:
    """Whether ``name`` is written right after an office word (``CEO``, ``Co-Founder``, ``Manager``;
    ``speaker_role_words.txt``, ``roles.txt``), ``Head of`` counting as ``Head``."""
    return any(before.lower() in lex().role_words for _, before in _words_before(text, name))


def _opened(name: str, plain: Callable[[str], bool]) -> bool:
    """A plain name of two words or more after a word that opens names and is also a common word
    or title (``Ratu Tisha Destria``, ``Lalu Muhammad Iqbal``: ``speaker_name_firsts.txt``)."""
    first, _, rest = name.partition(" ")
    return " " in rest and first.lower() in lex().name_firsts and plain(rest)


def _inner_word(name: str, plain: Callable[[str], bool], written: Collection[str]) -> bool:
    """A name of three words or more that a person mention writes whole, all plain name words but
    one inner word that is an initial (``Yasonna H Laoly``) or a name word that is also an office or
    common word (``speaker_name_inner_words.txt``: ``Lukman Hakim Saifuddin``, ``hakim`` a judge)."""
    words = name.split()
    odd = [w for w in words if not plain(w)]
    return len(words) >= 3 and name in written and len(odd) == 1 and odd[0] not in (words[0], words[-1]) \
        and (odd[0].lower() in _inner_name_words() or _INITIAL.fullmatch(odd[0]) is not None)


@cache
def _inner_name_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(LANG, "speaker_name_inner_words")) | lex().name_firsts


def _kin_description(name: str) -> bool:
    """``Istri Budi Santoso``: a relative described by the person it names, kept whole."""
    first, _, rest = name.partition(" ")
    return bool(rest) and opens_kin_description(first, rest.split()[0])


def _mention_tails(entities: Sequence[Entity]) -> set[str]:
    """The last one, two and three words (lower case) of every organisation or place mention."""
    out = set()
    for e in entities:
        if e.label != "PERSON":
            words = e.text.lower().split()
            out.update(" ".join(words[-n:]) for n in (1, 2, 3) if n <= len(words))
    return out


def fuller_speakers(text: str, quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """``quotes`` with each person speaker written as a mention of ``entities`` replaced by that
    mention's canonical name when the canonical is a plain name
    (:func:`~warta.annotate.canonical.plain_name_words`), longer, and holds the speaker's words;
    the role loses words of that final name (:func:`~warta.annotate.speaker_words.role_of_speaker`)."""
    plain = plain_name_words(text, entities)
    fuller: dict[str, set[str]] = {}
    for e in entities:
        if e.label == "PERSON" and e.canonical:
            fuller.setdefault(e.text, set()).add(e.canonical)
            first, _, rest = e.canonical.partition(" ")
            if " " in rest and first.lower() in lex().name_firsts and e.text.startswith(first + " "):
                fuller.setdefault(rest, set()).add(e.canonical)  # "Tisha Destria": "Ratu Tisha Destria"
    persons = {w.lower() for e in entities if e.label == "PERSON" for w in e.text.split()}
    mentions = {e.text for e in entities if e.label == "PERSON"}
    for full in {e.canonical for e in entities if e.label == "PERSON" and e.canonical}:
        if _inner_word(full, plain, mentions):  # "Saifuddin", read after the office word "Hakim"
            words = full.split()
            for k in range(2, len(words)):
                if not plain(words[k - 1]):
                    fuller.setdefault(" ".join(words[k:]), set()).add(full)
    tails = _mention_tails(entities)
    out = []
    for q in quotes:
        if q.speaker and q.speaker_label == "PERSON" and not _kin_description(q.speaker):
            short = _without_lead(_without_department(q.speaker, persons), mentions, tails)
            short = _without_degree(text, _without_office_lead(text, short, mentions, plain, tails))
            first, _, rest = short.partition(" ")
            if rest and office_with_clitic(first):
                short = rest  # "Wakilnya Sandiaga Uno"
            if short != q.speaker:
                q = replace(q, speaker=short)
        names = fuller.get(q.speaker or "", set()) if q.speaker_label == "PERSON" else set()
        if len(names) == 1:  # (two people written alike: keep what the quote finder read)
            full, short = next(iter(names)), tokens(q.speaker or "")
            if len(tokens(full)) > len(short) and _contains(tokens(full), short) \
                    and (plain(full) or _opened(full, plain) or _inner_word(full, plain, mentions)):
                q = replace(q, speaker=full)
        if q.speaker_role and q.speaker:
            q = replace(q, speaker_role=role_of_speaker(q.speaker, q.speaker_role))
        out.append(q)
    return out
