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

from warta.annotate.entity_lexicons import (
    CONNECTORS,
    LANG,
    WORD,
    dash_glued,
    derived_noun,
    extras,
    given_names,
    is_acronym,
    lexicons,
)
from warta.lang import degree_pattern, lexicon

_LEAD_JUNK = frozenset(" \t\r\n\"“”„«»‘’'`,.;:-–—•·|")
_TRAIL_JUNK = frozenset(" \t\r\n\"“”„«»‘’'`,;:-–—•·|")
_SENTENCE_BREAK = re.compile(r"([^\W\d_]{3,})[.!?][ \t]+(?=[A-Z])")
_SENT_OPEN = frozenset('.!?"“”\n')
_CAP_BEFORE = re.compile(r"[A-Z][a-z]+ $")
_OUTLET_DASH = re.compile(r"(?:[\w-]+(?:\.[\w-]+)*\.(?i:com|net|id|co|org|tv)"  # an outlet's domain
                          r"|[A-Z]{2,}(?: [A-Z]{2,}){0,3})\s+[-–—]\s+")  # or a place in capitals
_LINE_OUTLET_DASH = re.compile(r"([A-Z][A-Za-z0-9]+)[ \t]+[-–—]{1,2}[ \t]+(?=[A-Z])")  # at a line start only
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,30})\)[ \t]+")


def _whole_words(text: str, s: int, e: int) -> tuple[int, int]:
    """Grow ``s:e`` to whole words when it cuts one (``Shin Tae`` of ``Shin Tae-yong``)."""
    n = len(text)
    if 0 < e < n and text[e - 1].isalnum():
        while e < n and (text[e].isalnum() or (text[e] in "-'’" and e + 1 < n and text[e + 1].isalnum())):
            if text[e] == "-" and _dash_glued_at(text, e):
                break  # "The Blues-julukan Chelsea": a lower-case common word glued by a dash
            e += 1
    if 0 < s < n and text[s].isalnum():
        while s > 0 and (text[s - 1].isalnum() or (text[s - 1] in "-'’" and s > 1 and text[s - 2].isalnum())):
            s -= 1
    return s, e


def _dash_glued_at(text: str, dash: int) -> bool:
    """:func:`dash_glued` for the words around the dash at ``dash``."""
    before = WORD.findall(text[max(0, dash - 40):dash])
    after = WORD.match(text, dash + 1)
    return bool(before and after) and dash_glued(before[-1], after.group().split("-")[0])


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop outer punctuation, an unclosed bracket and a sentence-final full stop; never cut a word
    in two. A closed bracket the span ends with stays (its canonical name drops it)."""
    s, e = _whole_words(text, s, e)
    m = _OUTLET_DASH.match(text, s, e)
    if m is None and (s == 0 or text[s - 1] == "\n"):
        m = _LINE_OUTLET_DASH.match(text, s, e)
        if m and m.group(1) in given_names():
            m = None  # "Kevin - Prince Boateng": a double name written with a spaced dash
    if m:  # "JUARA.net - Panitia …", "KUALA LUMPUR - Tim …", "Rimanews - Lucky Hakim": a dateline first
        s = m.end()
    while s < e and text[s] in _LEAD_JUNK:
        s += 1
    nl = text.find("\n", s, e)
    if nl >= 0:  # a name never spans two lines
        e = nl
    dash = text.rfind("-", s, e)  # "Robert De Niro-yang", "Katy Perry-album": a parenthesis dash
    if dash > s and dash_glued((WORD.findall(text[s:dash]) or [""])[-1], text[dash + 1:e]):
        e = dash
    while e > s and text[e - 1] in _TRAIL_JUNK:
        e -= 1
    # "Cak Imin. Pernyataan": two sentences (the pattern needs a . ! or ?: most names have none)
    has_stop = text.find(".", s, e) >= 0 or text.find("!", s, e) >= 0 or text.find("?", s, e) >= 0
    for m in _SENTENCE_BREAK.finditer(text, s, e) if has_stop else ():
        if m.group(1).lower() not in lexicons().titles:
            e = m.start(1) + len(m.group(1))
            break
    if e > s and text[e - 1] == ")":
        open_at = text.rfind("(", s, e)
        if open_at <= s:
            e -= 1  # a stray closing bracket; "Komisi Pemilihan Umum (KPU)" is kept whole
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


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def sentence_initial(text: str, pos: int) -> bool:
    """True when ``pos`` opens a sentence, a line or the text (not after a middle initial's full
    stop: ``Gatot S. Dewa Broto``)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 3 and text[i] == "." and text[i - 1].isupper() and text[i - 2] == " " \
            and _CAP_BEFORE.search(text, max(0, i - 40), i - 1):
        return False  # "… Gatot S. Dewa": an initial between two capitalised name words
    return i < 0 or text[i] in _SENT_OPEN


@cache
def _offices_and_kin() -> frozenset[str]:
    """Office words and kin nouns that point to the person named after them (lower case)."""
    lists = ("speaker_role_words", "speaker_kin_nouns", "roles")
    return frozenset(w.lower() for name in lists for w in lexicon(LANG, name))


def office_with_clitic(word: str) -> bool:
    """``Wakilnya``, ``Istrinya``, ``Pelatihnya``: an office or kin noun with ``-nya``."""
    return len(word) > 5 and word.endswith("nya") and word[:-3].lower() in _offices_and_kin()


def _lowercase_common(word: str) -> bool:
    lx = lexicons()
    low = word.lower()
    return word[:1].islower() and low in lx.common and low not in CONNECTORS and low not in lx.place_heads


def _lower_lead(words: list[re.Match[str]]) -> bool:
    """True when a person span opens with a lower-case word that is no name particle, title or office
    (``timpal Taufiq``, ``kiper Kadek``) and a capitalised word follows."""
    word = words[0].group()
    low = word.lower()
    return (len(words) >= 2 and word.islower() and low not in CONNECTORS and low not in lexicons().prefixes
            and words[1].group()[:1].isupper())


def clean_span(text: str, s: int, e: int, label: str) -> tuple[int, int, str] | None:
    """The repaired span ``(start, end, label)``, or ``None`` when it names nothing."""
    lx = lexicons()
    s, e = trim(text, s, e)
    words = list(WORD.finditer(text, s, e))
    lead_noun = False
    cut = next((k for k, w in enumerate(words) if k and w.group().lower() in extras().span_breaks), None)
    if cut is not None:
        words = words[:cut]  # "Swandajani Gunadi Selaku Direktur SDM": the name ends before "selaku"
    while words and (_lowercase_common(words[0].group()) or (label == "PERSON" and _lower_lead(words))):
        words.pop(0)  # "rumah Trump", "timpal Taufiq" (a verb before a person's name)
        lead_noun = True
    while words and _lowercase_common(words[-1].group()):
        words.pop()
    if label == "PERSON" and len(words) >= 2 and office_with_clitic(words[0].group()):
        words.pop(0)  # "dan Wakilnya Sandiaga Uno", "Istrinya Ani Yudhoyono"
    if len(words) >= 2 and sentence_initial(text, words[0].start()):
        first = words[0].group().lower()
        heads = (lx.org_heads, lx.org_words, lx.place_heads, lx.roles, lx.titles)
        listed = any(tuple(w.group() for w in words[:n]) in lx.orgs for n in range(2, len(words) + 1))
        if first in lx.common and not any(first in h for h in heads) and not listed:
            words.pop(0)  # "Kemarin Nafsiah ..." (not "Dewan ...", "Jalan ...", "Otoritas Jasa Keuangan")
    while len(words) >= 2 and words[-1].group() in lx.tail_words and not words[-2].group()[0].isdigit():
        words.pop()
    while label == "PERSON" and len(words) >= 2 and words[-1].group().lower() in lx.common \
            and sentence_initial(text, words[-1].start()):
        words.pop()  # "Sys Ns. Dimana …": a common word opening the next sentence
    while label == "PERSON" and len(words) >= 2 and _NUMBER.fullmatch(words[-1].group()):
        words.pop()  # "Pratu Marwan 2. Praka Edy": a list number; "Cahyono (38)": an age
    if label == "PERSON":
        degree = next((k for k in range(1, len(words))
                       if degree_pattern().fullmatch(text, words[k].start(), words[-1].end())), None)
        if degree is not None:
            words = words[:degree]  # "Fathur Rokhman M.Hum": the degree is no part of the name
    if label == "PERSON" and any(c.isdigit() for w in words for c in w.group()):
        return None  # "K2", "Advan G1", "No.84": a person's name has no digits
    while label != "PERSON" and len(words) >= 2 and words[-1].group().lower() in lx.titles:
        words.pop()  # "Polda Metro Jaya Kombes": the rank opens the next name
    if label != "PERSON" and len(words) >= 3 \
            and f"{words[-2].group().lower()} {words[-1].group().lower()}" in _title_openings():
        del words[-2:]  # "Polda Metro Jaya Komisaris Besar": a rank of two words
    if label == "LOC":
        for k in range(1, len(words)):
            if words[k].group() in lx.address_words:
                words = words[:k]
                break
        while len(words) >= 2 and words[-1].group().lower() in extras().street_heads:
            words.pop()  # "Showroom Honda Jalan" + "Dewi Sartika": the street opens the next place
    if not words:
        return None
    last = words[-1].end()
    if text[last:e].strip() == ")" and "(" in text[s:last]:
        last = e  # keep "Komisi Pemilihan Umum (KPU)" whole
    s, e = trim(text, words[0].start(), last)
    if e <= s:
        return None
    low = " ".join(text[s:e].lower().split())
    if low in lx.non_entities or low in lx.generic or degree_pattern().fullmatch(text[s:e]):
        return None  # "SpOG" after "dr. Damar Prasmusinto,": an academic degree, no organisation
    ws = [w.group() for w in words]
    if _not_a_name(ws, label):
        return None
    known = (ws[0],) in lx.places or (ws[0],) in lx.orgs
    if lead_noun and label != "PERSON" and len(ws) == 1 and not known:
        return None  # "rumah Trump" tagged as a place: Trump is none
    if (len(ws) == 1 or label == "PERSON") and all(w.lower() in lx.common for w in ws) \
            and tuple(ws) not in lx.places and text[s:e] not in lx.nicknames \
            and tuple(ws) not in extras().orgs:
        return None
    if _glued_common(ws[0]):
        return None
    if label == "PERSON":
        s = _with_initials(text, s)
    return s, e, relabel(ws, label)


_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\.[ \t]+$")


def _with_initials(text: str, s: int) -> int:
    """Start of a person's name grown over initials written before it (``M. Nur Khabsyin``), but not
    over a one-letter title (``H.`` for Haji)."""
    for _ in range(2):
        m = _INITIAL_BEFORE.search(text, max(0, s - 6), s)
        if m is None or m.group(1).lower() in lexicons().titles:
            break
        s = m.start(1)
    return s


# (a dash glued to the next word only after a space: "Jakarta -Ketua", not "The Citizens-julukan")
_DATELINE_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?(?:[ \t]+[-–—]|[-–—](?![\w-]))"
)
_DATELINE_BEFORE = re.compile(
    r"[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?[ \t]*\($"
)
_BRACKET_DASH = re.compile(r"\)[ \t]*[-–—]")
_CITY_COMMA_BEFORE = re.compile(r"[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]*,[ \t]*")
_DASH = re.compile(r"[ \t]*[-–—]")


def in_dateline(text: str, s: int, e: int) -> bool:
    """True for an outlet name in a dateline: ``Liputan6.com, Jakarta -``, ``KOMPAS.com -``,
    ``Jakarta (ANTARA) -`` or ``Jakarta, CNN Indonesia --`` at the start of a line (the devset does
    not list those outlets)."""
    line = text.rfind("\n", 0, s) + 1
    head = text[line:s]
    if not head.strip():
        return bool(_DATELINE_AFTER.match(text, e))
    if _CITY_COMMA_BEFORE.fullmatch(head):
        return bool(_DASH.match(text, e))
    return bool(_DATELINE_BEFORE.fullmatch(head) and _BRACKET_DASH.match(text, e))


def _glued_common(word: str) -> bool:
    """``pemerintahLebanonseiring``: a common word glued to a name where a link was removed."""
    if not word[:1].islower():
        return False
    upper = next((i for i, c in enumerate(word) if c.isupper()), -1)
    return upper >= 4 and word[:upper].lower() in lexicons().common


def _not_a_name(words: list[str], label: str) -> bool:
    """Spans that name no entity of their label: a person span opening with a ``pe-/ke-...-an``
    noun (``Pemenangan``, ``Kekhalifan Usmani``) or that is one holiday or month word (``Ramadhan``);
    a place span that is an address part (``Blok A12``) or a people's name (``Arab``, ``Negara
    Yahudi``)."""
    ex = extras()
    if len(words) == 1 and words[0].lower() in ex.non_person:
        return True  # "Lebaran" tagged as a person or a place
    if label == "PERSON":
        return derived_noun(words[0])
    if words[0] in ex.document_heads:
        return True  # "UU KPK", "Perpres Nomor 10": a law or decree
    if label != "LOC":
        return False
    if len(words) == 1 and derived_noun(words[0]) and words[0].lower() not in lexicons().place_heads \
            and words[0].lower() not in lexicons().org_heads:
        return True  # "Keributan terjadi …": a derived noun opening a sentence
    if words[0] in lexicons().address_words and any(c.isdigit() for w in words[1:] for c in w):
        return True
    rest = words[1:] if words[0].lower() in _PEOPLE_HEADS and len(words) > 1 else words
    return all(w in ex.ethnonyms for w in rest)


_PEOPLE_HEADS = frozenset({"negara", "bangsa", "suku", "etnis", "bahasa", "kaum", "orang", "warga"})


def relabel(words: list[str], label: str) -> str:
    """The label the words themselves call for (organisation and place heads, the gazetteer, the
    outlets and venues of ``entity_orgs.txt``/``entity_places.txt``, ``entity_aliases.tsv``)."""
    lx = lexicons()
    if not words:
        return label
    ex = extras()
    key = tuple(words)
    if key in ex.venues and key not in lx.places:
        return "LOC"
    if key in ex.orgs and key not in lx.places and label != "ORG":
        return "ORG"
    alias = ex.aliases.get(" ".join(words))
    if alias is not None:
        return alias[0]
    if label != "LOC" and len(words) == 1 and words[0].isupper() and words[0] in lx.places_upper:
        return "LOC"  # "LONDON, JUARA.net -": a dateline city in capitals
    first = words[0].lower()
    two = " ".join(w.lower() for w in words[:2])
    if tuple(words) in lx.places and label in ("PERSON", "ORG") and len(words) <= 2:
        return "LOC"
    if label in ("LOC", "PERSON") and len(words) > 1 and (first in lx.place_heads or two in lx.place_heads):
        return "LOC"  # "Gedung DPR", "SMA Negeri 6 Jakarta" (premises), "Bundaran Air Mancur"
    if label != "ORG" and (outlet_word(words) or (len(words) > 1 and words[-1] in ex.club_tails)):
        return "ORG"  # "JUARA.net", "Tribratanews"; "Bali United", "Brisbane Roar"
    tail = len(words) > 1 and words[-1].lower() in lx.org_tails
    if label in ("PERSON", "LOC") and (first in lx.org_heads or two in lx.org_heads or tail):
        return "ORG"
    if label == "PERSON" and any(w.lower() in lx.org_heads for w in words[1:]):
        return "ORG"
    return label


_WEB = re.compile(r"(?i:[^\W_][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co\.id|id|tv|news))|[A-Z][a-z]{3,}news")


def outlet_word(words: list[str]) -> bool:
    """True for a one-word web outlet: a domain name (``JUARA.net``, ``CNNIndonesia.com``) or a
    name ending in ``news`` (``Tribratanews``)."""
    return len(words) == 1 and bool(_WEB.fullmatch(words[0]))


_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD_BEFORE = re.compile(r"([A-Z][\w&-]*(?:\.[\w&-]+)*)[ \t]+$")


def extend_left(text: str, s: int) -> int:
    """New start of the organisation span at ``s`` when institution words or acronyms written just
    before it belong to it (``Fraksi`` + ``Partai Golkar``, ``DPP`` + ``Partai GOLKAR``)."""
    lx = lexicons()
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, s - 40), s) if s > 1 and text[s - 1] in " \t\n" else None
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in lx.roles or low in lx.titles or low in lx.generic or word in extras().document_heads:
            break  # ("UU" + "KPK": a law named after the institution)
        if not (low in lx.org_heads or (is_acronym(word) and not _ROMAN.match(word))):
            break
        s = m.start(1)
    return _unit_before(text, s)


_UNIT_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]+dan[ \t]+$")


def _unit_before(text: str, s: int) -> int:
    """``Biro Hukum dan`` + ``Organisasi BMKG``: a unit named by two institution words joined by
    ``dan`` (a head such as ``Biro``, then an institution word) belongs to the name after it."""
    lx = lexicons()
    if s < 1 or text[s:s + 1].islower():
        return s
    m = _UNIT_BEFORE.search(text, max(0, s - 40), s)
    if m is None or m.group(1).lower() not in lx.org_heads or m.group(2).lower() not in lx.org_words:
        return s
    head = text[s:].split(None, 1)[0].lower()
    return m.start(1) if head in lx.org_heads or head in lx.org_words else s


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
    end = extend_right(text, m.end(), after_space=False)
    return end if end > m.end() else e


def extend_right(text: str, e: int, after_space: bool = True) -> int:
    """New end of an organisation span when acronyms, places or institution words follow it
    (``DPW PKB`` + ``DKI Jakarta``); a capitalised word right after an institution or place head
    counts too (``Partai Maju``, ``Kota Batu``). ``after_space``: the first word must follow ``e``
    after spaces (else exactly at ``e``)."""
    lx = lexicons()
    words: list[re.Match[str]] = []
    for w in WORD.finditer(text, e):
        prev_end = words[-1].end() if words else e
        gap = text[prev_end:w.start()]
        if (words or after_space) and not (gap.isspace() and "\n" not in gap):
            break
        if not words and not after_space and gap:
            break
        word = w.group()
        prev = words[-1].group().lower() if words else ""
        after_head = (prev in lx.org_heads or prev in lx.place_heads or prev in extras().subunit_heads
                      or (words and words[0].group().lower() in extras().subunit_heads
                          and word.lower() not in lx.stopwords)) and word[0].isupper()
        if not (is_acronym(word) or word.lower() in lx.org_words or _in_place(word) or after_head):
            break
        if _opens_title(text, w):
            break  # "Kepolisian Daerah Metro Jaya" + "Inspektur Jenderal M Iriawan": a rank, not the body
        words.append(w)
        if len(words) >= 5:
            break
    return words[-1].end() if words else e


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


@cache
def _title_openings() -> frozenset[str]:
    """The first two words of every title or rank of two words or more (``inspektur jenderal``)."""
    return frozenset(" ".join(t.split()[:2]) for t in lexicons().titles if len(t.split()) >= 2)


def _opens_title(text: str, w: re.Match[str]) -> bool:
    """True when the word ``w`` (with the word after it) opens a rank or title of several words."""
    nxt = _NEXT_WORD.match(text, w.end())
    return bool(nxt) and f"{w.group().lower()} {nxt.group(1).lower()}" in _title_openings()


def _in_place(word: str) -> bool:
    return (word,) in lexicons().places or word in place_parts()


@cache
def place_parts() -> frozenset[str]:
    """Words of multi-word gazetteer places (``Timur`` of ``Jakarta Timur``)."""
    return frozenset(w for key in lexicons().places if len(key) > 1 for w in key)
