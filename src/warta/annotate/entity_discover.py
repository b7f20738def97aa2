"""Person names the NER missed, found after an office: ``Kepala Sudin Gulkarmat Jakarta Timur
Muchtar Zakaria``, ``juru bicara Kementerian Luar Negeri Arrmanatha Nasir``.

An office of ``roles.txt`` (any case) followed by a capitalised run: the run's last words, after
the office's complement (institution words, acronyms, places, names the article already tags as
organisations or places) and any rank, are a person's name when they are one to four capitalised
words, none of them a title, an office, an institution word or a place, and the last one not a
common word. A name after a comma (``Menteri Luar Negeri Ukraina, Dmytro Kuleba``) counts too.
"""

from __future__ import annotations

import re

from warta.annotate.entity_filters import office_with_clitic, place_parts, sentence_initial
from warta.annotate.entity_lexicons import (
    CONNECTORS,
    WORD,
    derived_noun,
    extras,
    is_acronym,
    lexicons,
    phrase_at,
    setting,
)
from warta.annotate.entity_roles import royal_start_before

_RUN_CONNECTORS = CONNECTORS - {"di", "dari", "untuk"}


def _complement(word: str, known: frozenset[str]) -> bool:
    lx = lexicons()
    low = word.lower()
    return (word in known or low in lx.org_words or low in lx.org_heads or is_acronym(word)
            or (word,) in lx.places or word in place_parts() or low in CONNECTORS
            or word[0].isdigit() or office_with_clitic(word))


def listed_org(words: tuple[str, ...]) -> bool:
    """True for a listed organisation (``gazetteer_orgs.txt``, ``entity_orgs.txt``: ``Hanura``)."""
    return words in lexicons().orgs or words in extras().orgs


def _name_ok(words: list[str], after_comma: bool) -> bool:
    lx = lexicons()
    if not 1 <= len(words) <= 4 or listed_org(tuple(words)):
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if len(w) == 1 and w.isupper() and 0 < k < len(words) - 1:
            continue  # a middle initial: "Gatot S Dewa Broto"
        if (not w[0].isupper() or w.isupper() or len(w) < 2 or low in lx.titles or low in lx.roles
                or low in lx.org_words or low in lx.org_heads or (w,) in lx.places or low in lx.place_heads
                or w in lx.address_words or w in place_parts()):
            return False
        if low in lx.stopwords and not (after_comma and k < len(words) - 1):
            return False
    last = words[-1].lower()
    if any(derived_noun(w) for w in words):
        return False  # "Ketua Tim Pemenangan": a noun, not a name
    return last not in lx.common and last not in lx.nicknames


def discover_persons(text: str, known_other: frozenset[str], words: list[re.Match[str]] | None = None,
                     inside: bytearray | None = None) -> list[tuple[int, int, bool]]:
    """``(start, end, after_comma)`` of person names written right after an office, in text order;
    ``after_comma`` tells a name set off by a comma (``Menteri X, Budi``), the surest kind.

    ``known_other`` holds words of organisation and place mentions of the article; they count as
    part of the office's complement. ``words`` may pass ``WORD.finditer(text)`` already computed.
    An office inside an organisation or place mention (``inside[offset]`` true: ``Raja Ampat``) is
    not an office.
    """
    lx = lexicons()
    if words is None:
        words = list(WORD.finditer(text))
    prefixes = lx.prefixes
    out: list[tuple[int, int, bool]] = []
    max_run = setting("max_role_tokens")
    offices = [k for k, m in enumerate(words) if m.group().lower() in prefixes]  # where a role may start
    at = 0
    i = 0
    while True:
        while at < len(offices) and offices[at] < i:
            at += 1
        if at == len(offices):
            break
        i = offices[at]  # the next word from i on that may start a role
        n = phrase_at(text, words, i, lx.roles, lx.max_phrase)
        if n == 0 or _inside_name(text, words, i) or (inside is not None and inside[words[i].start()]):
            i += max(n, 1)
            continue
        # the capitalised run after the office
        run: list[re.Match[str]] = []
        commas: list[int] = []
        j = i + n
        while j < len(words) and len(run) < max_run:
            gap = text[words[j - 1].end():words[j].start()]
            g = gap.strip()
            if g == ",":
                if commas or not run:
                    break
                commas.append(len(run))
            elif g not in ("", "(", ")", ") (", ")("):
                break
            w = words[j].group()
            if not (w[0].isupper() or w[0].isdigit() or (w.lower() in _RUN_CONNECTORS and run)):
                break
            run.append(words[j])
            j += 1
        while run and run[-1].group().lower() in CONNECTORS:
            run.pop()
        found = _name_in_run(text, run, commas, known_other)
        if found is None and commas:  # "Kepala Dinas Sosial DKI Masrokhan, Rabu (24/5)"
            found = _name_in_run(text, run[:commas[-1]], [], known_other)
            if found is not None and found[0] == run[0].start():
                found = None  # "CEO Kata.ai, salah satu ...": no complement before: no name
        if found is not None:
            royal = royal_start_before(text, found[0])
            if royal is not None:
                found = (royal, found[1], found[2])  # "… PSSI Ratu Tisha Destria"
            out.append(found)
        i = j if found else i + n
    return out


def _inside_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """True when the office word at ``i`` continues a capitalised name (``Dewan Pimpinan ...``)."""
    if i == 0 or not text[words[i - 1].end():words[i].start()].isspace():
        return False
    lx = lexicons()
    prev = words[i - 1].group()
    low = prev.lower()
    if not prev[0].isupper() or low in lx.stopwords or low in lx.roles or low in lx.titles:
        return False
    return not (low in lx.common and sentence_initial(text, words[i - 1].start()))


def _name_in_run(text: str, run: list[re.Match[str]], commas: list[int],
                 known_other: frozenset[str]) -> tuple[int, int, bool] | None:
    lx = lexicons()
    if not run:
        return None
    start = 0
    if commas:
        start = commas[-1]
        if start >= len(run):
            return None
    else:
        prefix = True  # every word so far is complement
        for k, w in enumerate(run[:-1]):
            # a listed organisation counts only in the leading complement ("Partai Golkar Sarmuji"),
            # not inside a name ("Arist Merdeka Sirait")
            if _complement(w.group(), known_other) or (prefix and listed_org((w.group(),))):
                start = k + 1
            else:
                prefix = False
        for k in range(1, len(run)):  # "Ketua Komunitas X (Kowantara) Mukroni": the name follows ")"
            if ")" in text[run[k - 1].end():run[k].start()]:
                start = max(start, k)
    while start < len(run):  # ranks between the office and the name
        t = phrase_at(text, run, start, lx.titles, lx.max_phrase)
        if t == 0:
            break
        start += t
    name = run[start:]
    for k in range(1, len(name)):  # a bracket ends the name: "Joko Widodo (Jokowi)"
        if text[name[k - 1].end():name[k].start()].strip():
            name = name[:k]
            break
    before = run[start - 1].group() if start > 0 else ""
    if before and (before.lower() in lx.place_heads
                   or (before.lower() in lx.org_heads and not listed_org((before,)))):
        # "Kota Batu", "Partai Golkar", "Universitas Gadjah Mada": not a person; a head that is a
        # whole listed name ("Kemenpora Gatot S Dewa Broto") ends the office
        return None
    if start == 0 and not commas:
        # nothing marked where the office ends: only a lone name right after the office is safe
        if len(name) > 3:
            return None
    if not name or not _name_ok([w.group() for w in name], bool(commas)):
        return None
    if text[:name[0].start()].rstrip(" \t").endswith("("):
        return None  # "Kepala Daerah (Pilkada)": the office's acronym, not a name
    return name[0].start(), name[-1].end(), bool(commas)
