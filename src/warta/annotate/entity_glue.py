"""Spans that glue an organisation (or its unit) to the person named right after it.

``CEO Promogo Andrew Tanyono``, ``manajer Persela Yunan Achmadi``, ``Sekretaris Fraksi Yandri
Susanto``: the NER often tags the whole run as one organisation or place. When the article names
that person elsewhere by the first word of the tail alone (``Andrew``, ``Yunan``, ``Yandri``), the
span is cut: the head keeps its kind (or takes the kind the article gives the same name elsewhere),
a lone generic head (``Fraksi``) is dropped, and the tail becomes a person.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.canonical import Acronym
from warta.annotate.entity_discover import listed_org
from warta.annotate.entity_lexicons import (
    LANG,
    WORD,
    dual_heads,
    extras,
    given_names,
    legal_forms,
    lexicons,
    regional_offices,
)
from warta.annotate.entity_mentions import Mention
from warta.lang import lexicon

_GAP = re.compile(r"[ \t]+")
_FORM_BEFORE = re.compile(r"(?<!\w)(\S+)[ \t]+$")


def split_org_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with organisation/place spans ending in a person's name cut in two (sorted)."""
    single = {text[m.start:m.end] for m in mentions if m.label == "PERSON" and " " not in text[m.start:m.end]}
    kinds: dict[str, str] = {}
    for m in mentions:
        kinds.setdefault(text[m.start:m.end], m.label)
    lx = lexicons()
    out: list[Mention] = []
    for m in mentions:
        words = list(WORD.finditer(text, m.start, m.end))
        if m.label == "PERSON":
            out.append(m)
            continue
        cut = next((k for k in range(max(1, len(words) - 3), len(words) - 1) if words[k].group() in single
                    and _name_tail(text, words[k - 1].end(), words[k:])), None)
        if cut is None:
            out.append(m)
            continue
        head_end, tail_start = words[cut - 1].end(), words[cut].start()
        head = text[m.start:head_end]
        out.append(Mention(tail_start, m.end, "PERSON", m.conf, text[tail_start:m.end]))
        if cut == 1 and (head.lower() in lx.generic or head.lower() in lx.org_heads):
            continue
        label = kinds.get(head, m.label)
        out.append(Mention(m.start, head_end, label, m.conf, head))
    return sorted(out, key=lambda x: x.start)


def split_place_person(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person span opening with a one-word place the article (or the gazetteer) names on its own
    (``Pemimpin Catalunya Carles Puigdemont``) loses that place, which becomes a place mention. The
    same holds for a one-word organisation the article names on its own or as the first word of a
    club's name (``penggebuk drum Padi Surendro Prasetyo``, ``pelatih Arema Aji Santoso`` beside
    ``Arema FC``)."""
    places = _known_places(text, mentions)
    orgs = _lead_orgs(text, mentions)
    lx = lexicons()
    out: list[Mention] = []
    for m in mentions:
        words = list(WORD.finditer(text, m.start, m.end)) if m.label == "PERSON" else []
        if len(words) < 3 or not _name_tail(text, words[0].end(), words[1:]):
            out.append(m)
            continue
        first = words[0].group()
        label = "LOC" if first in places or (first,) in lx.places \
            else "ORG" if first in orgs and first not in given_names() else None
        if label is not None:
            out.append(Mention(m.start, words[0].end(), label, m.conf, first))
            m.start, m.name = words[1].start(), text[words[1].start():m.end]
        out.append(m)
    return sorted(out, key=lambda x: x.start)


def _known_places(text: str, mentions: list[Mention]) -> set[str]:
    """Place names the NER tags in the article (without lower-case words before them), less words
    it also tags as a person on their own and listed given names (an NER slip on a rare name)."""
    return {_name_part(text[m.start:m.end]) for m in mentions if m.label == "LOC"} \
        - {text[m.start:m.end] for m in mentions if m.label == "PERSON"} - given_names()


def _lead_orgs(text: str, mentions: list[Mention]) -> set[str]:
    """One-word organisations of the article: the first word of a club name (``Arema`` of ``Arema
    FC``), and organisation mentions of one word that are listed, acronyms, or the first word of a
    longer organisation name too (``Persib`` beside ``Persib Bandung``); not a word the NER also
    tags as a person on its own (``Hilmy``). A lone organisation tag on an unlisted word
    (``Kartawijaya``) is too weak: the NER slips on rare given names."""
    tails = extras().club_tails
    single, firsts = set(), set()
    for m in mentions:
        words = WORD.findall(text, m.start, m.end) if m.label == "ORG" else []
        if len(words) == 1:
            single.add(words[0])
        elif len(words) >= 2:
            firsts.add(words[0])
            if len(words) == 2 and words[1] in tails:
                single.add(words[0])  # "Arema" of "Arema FC"
    out = {w for w in single if w in firsts or w.isupper() or listed_org((w,))}
    return out - {text[m.start:m.end] for m in mentions if m.label == "PERSON"}


def _name_part(name: str) -> str:
    """The name without lower-case words before it (``otonomi Catalunya`` -> ``Catalunya``)."""
    words = name.split()
    while len(words) > 1 and words[0].islower():
        words.pop(0)
    return " ".join(words)


def _name_tail(text: str, head_end: int, words: list) -> bool:
    """Two or three title-case words (no acronyms) after a plain space: a person's full name; a
    lower-case name particle may stand between them (``Gomes de Oliviera``)."""
    titled = [w for w in words if w.group() not in _connectors()]
    return (2 <= len(titled) <= 3 and len(words) - len(titled) <= 1
            and text[head_end:words[0].start()] == " "
            and words[0] is titled[0] and words[-1] is titled[-1]
            and all(w.group()[:1].isupper() and not w.group().isupper() for w in titled))


@cache
def _connectors() -> frozenset[str]:
    """Lower-case particles inside a person's name (``de``, ``van``, ``bin``)."""
    return frozenset(lexicon(LANG, "speaker_name_connectors"))


def place_after_acronym(text: str, mentions: list[Mention], acronyms: dict[str, Acronym]) -> None:
    """``Pemerintah Kabupaten (Pemkab) Lamongan``: the body's full name is the expansion plus the
    place written right after the bracket (``Pemerintah Kabupaten Lamongan``), when the expansion
    ends with a unit word (``entity_units_before_place.txt``); ``Pemkab``/``Pemkab Lamongan`` take it.
    ``PT Liga Indonesia Baru (LIB)``: ``LIB`` and ``PT LIB`` name the company with its legal form."""
    units = {u.lower() for u in lexicon(LANG, "entity_units_before_place")}
    forms = legal_forms()
    places = {m.start: text[m.start:m.end] for m in mentions if m.label == "LOC"}
    full: dict[str, str] = {}
    for acr in acronyms.values():
        words = WORD.findall(acr.expansion)
        gap = _GAP.match(text, acr.after) if acr.after >= 0 else None
        place = places.get(gap.end()) if gap else None
        if place and words and words[-1].lower() in units:
            name = f"{acr.expansion} {place}"
            full[acr.acronym] = full[f"{acr.acronym} {place}"] = name
            full.setdefault(acr.expansion, name)
        form = _FORM_BEFORE.search(text, max(0, acr.start - 8), acr.start)
        if form and form.group(1) in forms and acr.label == "ORG" and not acr.generic:
            name = f"{form.group(1)} {acr.expansion}"
            full[acr.acronym] = full[f"{form.group(1)} {acr.acronym}"] = full[acr.expansion] = name
    for m in mentions:
        if m.label == "ORG" and (m.name in full or text[m.start:m.end] in full):
            m.canonical = full.get(text[m.start:m.end], full.get(m.name, m.canonical))


@cache
def _nickname_names() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(WORD.findall(full)) for full in lexicons().nicknames.values())


def split_glued(text: str, mentions: list[Mention]) -> None:
    """Cut spans that run from a known name into a (title-cased) sentence: ``Vladimir Putin Ingin
    Perang`` -> ``Vladimir Putin`` when the article names that person elsewhere; ``Ukraina Berakhir
    Secepatnya`` -> ``Ukraina``."""
    lx = lexicons()
    people = {tuple(WORD.findall(m.name)) for m in mentions if m.label == "PERSON"}
    people.update(_nickname_names())
    for m in mentions:
        if " " not in text[m.start:m.end]:
            continue
        words = list(WORD.finditer(text, m.start, m.end))
        if tuple(w.group() for w in words) in lx.places:
            continue
        for k in range(1, len(words) - 1):
            if words[k].group().lower() not in lx.common:
                continue
            prefix = tuple(w.group() for w in words[:k])
            label = None
            if prefix in people and len(prefix) >= 2:
                label = "PERSON"
            elif prefix in lx.places:
                label = "LOC"
            if label:
                m.end, m.label, m.role = words[k - 1].end(), label, None
                m.name = lx.places[prefix] if label == "LOC" else text[m.start:m.end]
            break


def acronym_in_names(mentions: list[Mention]) -> None:
    """An undefined acronym (``PAN``) whose letters are the initials of a run of capitalised words
    inside another organisation's name (``Fraksi Partai Amanat Nasional``) takes that run as its
    canonical name (``Partai Amanat Nasional``)."""
    names = {m.canonical for m in mentions if m.label == "ORG" and " " in m.canonical}
    runs: dict[str, str] = {}
    for name in sorted(names, key=len):
        words = name.split()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                if all(w[:1].isupper() for w in words[i:j]):
                    runs.setdefault("".join(w[0] for w in words[i:j]), " ".join(words[i:j]))
    for m in mentions:
        if m.label == "ORG" and m.canonical == m.name and m.name.isupper() and m.name in runs:
            m.canonical = runs[m.name]


# a dash glued to at least one side ("Mizwar-Dedi", "Sudrajat -Syaikhu"); a dash spaced on both
# sides ("Prabowo Subianto - Hatta Rajasa") is punctuation and left alone (NER-UGM tags it one span)
_PAIR_DASH = re.compile(r"(?<=[^\W\d_])(?:[-–](?=[A-Z])|[ \t][-–](?=[A-Z])|[-–][ \t](?=[A-Z]))")


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(LANG, "entity_name_particles"))


def split_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person span that joins two people with a dash (an election ticket: ``Deddy Mizwar-Dedi
    Mulyadi``, ``Sudrajat-Achmad Syaikhu``) becomes one person mention per side, when each side has
    two words or more, or the article writes one side on its own elsewhere (``Sudrajat``; so that
    ``Jean-Pierre Papin`` and ``Mads Conrad-Petersen`` stay whole); not after a particle (``Al-Masri``)."""
    out: list[Mention] = []
    for m in mentions:
        cuts = list(_PAIR_DASH.finditer(text, m.start, m.end)) if m.label == "PERSON" else []
        parts, start = [], m.start
        for c in cuts:
            parts.append((start, c.start()))
            start = c.end()
        parts.append((start, m.end))
        words = [WORD.findall(text, a, b) for a, b in parts]
        if len(parts) < 2 or any(not w or not w[0][:1].isupper() for w in words) \
                or any(w[-1].lower() in _name_particles() for w in words[:-1]):
            out.append(m)
            continue
        alone = any(_written_alone(text, text[a:b], m.start, m.end) for a, b in parts)
        if not (alone or all(len(w) >= 2 for w in words)):
            out.append(m)
            continue
        out.extend(Mention(a, b, "PERSON", m.conf, text[a:b]) for a, b in parts)
    return out


def _written_alone(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name`` occurs outside ``text[start:end]`` on its own (not glued by a dash)."""
    return any(not (start <= mt.start() < end)
               for mt in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def join_office_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A regional body written right before the region it serves (``Polda Sulut``, ``DPRD Jambi``,
    ``BPBD Kabupaten Bandung Barat``; ``entity_regional_offices.txt``) is one organisation: the
    place mention is taken into it."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.label == "ORG" and nxt.label == "LOC" \
                and _is_office(text[m.start:m.end]) \
                and _GAP.fullmatch(text, m.end, nxt.start):
            name = f"{text[m.start:m.end]} {_place_name(nxt.name)}"
            out.append(Mention(m.start, nxt.end, "ORG", m.conf, name))
            skip = i + 1
            continue
        start = _office_before(text, m, out[-1].end if out else 0) if m.label == "LOC" else None
        if start is not None:  # "Polres Temanggung" where the NER tagged only the place
            body = " ".join(text[start:m.start].split())  # "Polres", "Polres Metro", "Pengadilan Negeri"
            out.append(Mention(start, m.end, "ORG", m.conf, f"{body} {_place_name(m.name)}"))
            continue
        out.append(m)
    return out


# up to four capitalised words right before a place ("Polres", "Polres Metro", "Pengadilan Negeri")
_WORDS_BEFORE_PLACE = re.compile(r"(?<![\w.-])((?:[A-Z][A-Za-z]+[ \t]+){1,4})$")


def _place_name(name: str) -> str:
    """A place's full name when its short form has one ("Polda Jatim" is "Polda Jawa Timur")."""
    alias = extras().aliases.get(name)
    return alias[1][0] if alias and alias[0] == "LOC" and alias[1] else name


def _is_office(name: str) -> bool:
    """A regional body's one-word name, alone or with "Metro" (``Polres Metro``)."""
    words = name.lower().split()
    return 1 <= len(words) <= 2 and words[0] in regional_offices() and words[1:] in ([], ["metro"])


def _office_before(text: str, m: Mention, free_from: int) -> int | None:
    """Where the body written right before place mention ``m`` (outside every earlier mention)
    starts, or None: a regional office word (``Polres`` of ``Polres Temanggung``, ``Polres Metro``),
    or an organisation head and institution words (``Pengadilan Negeri``, ``Pemerintah Provinsi``)."""
    found = _WORDS_BEFORE_PLACE.search(text, max(free_from, m.start - 50), m.start)
    if found is None:
        return None
    lx = lexicons()
    spans = list(WORD.finditer(text, found.start(1), found.end(1)))
    words = [w.group().lower() for w in spans]
    dual = dual_heads()
    for k, head in enumerate(words):  # the longest run that names a body
        rest = words[k + 1:]
        if _is_office(" ".join(words[k:])) or (
                head in lx.org_heads and rest and all(w in lx.org_words for w in rest)
                and (head not in lx.place_heads or spans[k].group() in dual)):
            return spans[k].start()  # (not premises: "Kantor Gubernur Jawa Tengah" stays a place)
    return None


@cache
def _place_openings() -> frozenset[tuple[str, ...]]:
    """The first two words of every gazetteer place of two words or more (``("Jawa", "Barat")``)."""
    return frozenset(k[:2] for k in lexicons().places if len(k) >= 2)


_NEXT_TITLE_WORD = re.compile(r"[ \t]+(?=[A-Z][a-z])")


def split_office_place_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Wakil Gubernur DKI Sandiaga Uno`` tagged ``DKI Sandiaga`` (a place): after an office, a place
    span that opens with a known one-word place and goes on into title-case words is that place and
    a person whose name runs on over the title-case words after the span (at most three words)."""
    lx = lexicons()
    places = _known_places(text, mentions)
    out: list[Mention] = []
    for m in mentions:
        words = list(WORD.finditer(text, m.start, m.end)) if m.label == "LOC" else []
        prev = re.search(r"(\w+)[ \t]+$", text[max(0, m.start - 40):m.start])
        if len(words) < 2 or not prev or prev.group(1).lower() not in lx.prefixes \
                or not (words[0].group() in places or (words[0].group(),) in lx.places):
            out.append(m)
            continue
        two = (words[0].group(), words[1].group())
        if two in _place_openings() \
                or any(_name_part(text[o.start:o.end]) == " ".join(two) for o in mentions if o is not m):
            out.append(m)  # "Gubernur Jawa Barat Deddy Mizwar": the place has two words
            continue
        name = words[1:]
        while len(name) < 4 and (gap := _NEXT_TITLE_WORD.match(text, name[-1].end())):
            name.append(WORD.match(text, gap.end()))
        tail = [w.group() for w in name]
        if not (2 <= len(tail) <= 3) or (tail[0],) in lx.places or any(w.lower() in lx.common for w in tail) \
                or not _name_tail(text, words[0].end(), name):
            out.append(m)
            continue
        out.append(Mention(m.start, words[0].end(), "LOC", m.conf, words[0].group()))
        end = name[-1].end()
        out.append(Mention(name[0].start(), end, "PERSON", m.conf, text[name[0].start():end]))
    return sorted(out, key=lambda x: x.start)


@cache
def _event_heads() -> frozenset[str]:
    """Words written before a place in a sports event's name (``GP Argentina``, ``Coppa Italia``)."""
    return frozenset(lexicon(LANG, "entity_event_openers"))


@cache
def _countries() -> frozenset[str]:
    return frozenset(lexicon(LANG, "gazetteer_countries"))


def join_org_country(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Telkom`` + ``Indonesia``: a one-word organisation and the country written right after it
    are one organisation (``Telkom Indonesia``, ``Samsung Indonesia``) when the article writes the
    pair so at least twice; ``mentions`` sorted by start."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.label == "ORG" and " " not in text[m.start:m.end] \
                and text[m.start:m.end] not in _event_heads() \
                and text[m.end:nxt.start] == " " and text[nxt.start:nxt.end] in _countries() \
                and len(re.findall(rf"\b{re.escape(text[m.start:nxt.end])}\b", text)) >= 2:
            out.append(Mention(m.start, nxt.end, "ORG", max(m.conf, nxt.conf), text[m.start:nxt.end], m.role))
            i += 2
            continue
        out.append(m)
        i += 1
    return out
