"""A person's name at the end of a span that an organisation or office opens: ``Electronic Arts
Blake Jorgensen`` (the company, then the person), ``Pebalap Yamaha Valentino Rossi`` (an office and
a team before the racer).

The NER sometimes runs an organisation or an office into the name of the person it introduces.
The article itself tells the two apart: the person's surname stands on its own elsewhere
(``sanggah Jorgensen``, ``kata Rossi``) or an office stands right before the span, the name opens
with a given name of the NER's list (``Blake``, ``Valentino``), and the words before it are an
office or a body the article names elsewhere as an organisation or place (``Electronic Arts``).
Then the person is the name alone; an organisation span keeps its leading part as the
organisation.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.entity_lexicons import LANG, WORD, given_names, legal_forms, lexicons
from warta.annotate.entity_mentions import Mention
from warta.annotate.entity_roles import royal_first_name
from warta.annotate.quote_lex import lex
from warta.annotate.speaker_context import descriptor_words
from warta.lang import lexicon

_SUFFIX_SIZES = (2, 3)  # words of the person's name at the end of the span
_CAP_BEFORE = re.compile(r"[A-Z][\w.-]*[ \t]+$")  # a capitalised word right before a span
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")  # a capitalised word right after a span


@cache
def _office_words() -> frozenset[str]:
    """Office and role words, lower case (never a part of a name)."""
    return frozenset(w.lower() for name in ("speaker_role_words", "roles") for w in lexicon(LANG, name))


def split_named_tail(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person or organisation span that ends in a person's name known on its
    own in the article cut before that name (sorted by start)."""
    spans = {label: [(b.start, b.end) for b in mentions if b.label == label]
             for label in ("PERSON", "ORG", "LOC")}
    out: list[Mention] = []
    bodies: set[str] = set()  # leads shared by two people: a team or company ("Petro Kimia")
    for m in mentions:
        long_enough = text.count(" ", m.start, m.end) >= 2  # (a name and a lead: three words at least)
        cut = _cut(text, m, spans) if m.label in ("PERSON", "ORG") and long_enough \
            and not royal_first_name(text, m.start) else None  # ("PSSI Ratu Tisha Destria")
        if cut is None:
            out.append(m)
            continue
        head_end, tail_start = cut
        out.append(Mention(tail_start, m.end, "PERSON", m.conf, text[tail_start:m.end]))
        lead = WORD.findall(text, m.start, head_end)
        if not any(w.lower() in _office_words() for w in lead) and (
                m.label == "ORG" or _shared_lead(text, m, lead, text[tail_start:m.end].split()[0],
                                                 spans["PERSON"] + spans["ORG"])):  # (m is a person)
            out.append(Mention(m.start, head_end, "ORG", m.conf, text[m.start:head_end]))
            if m.label == "PERSON":
                bodies.add(text[m.start:head_end])
    out = [Mention(m.start, m.end, "ORG", m.conf, m.name, m.role, m.canonical)
           if m.label == "PERSON" and text[m.start:m.end] in bodies else m for m in out]
    return sorted(out, key=lambda x: x.start)


def _cut(text: str, m: Mention, spans: dict[str, list[tuple[int, int]]]) -> tuple[int, int] | None:
    """``(end of the leading part, start of the name)`` or ``None``."""
    words = list(WORD.finditer(text, m.start, m.end))
    for n in _SUFFIX_SIZES:
        if n >= len(words):
            return None
        lead, name = words[:-n], words[-n:]
        if any(text[a.end():b.start()] != " " for a, b in zip(name, name[1:], strict=False)) \
                or text[lead[-1].end():name[0].start()] != " ":
            continue
        alone = {text[a:b] for a, b in spans["PERSON"]}  # "Bima" written alone as a person
        shared = _shared_lead(text, m, [w.group() for w in lead], name[0].group(),
                              spans["PERSON"] + (spans["ORG"] if m.label == "PERSON" else []))
        if n == 2 and len(lead) <= 2 and _body_alone(text, m, lead, name[0].group(), spans) \
                and all(_name_word(w.group()) and (w.group(),) not in lexicons().places for w in name):
            return lead[-1].end(), name[0].start()  # "Bek Newcastle DeAndre Yedlin" beside "Newcastle"
        if name[0].group() not in given_names() and name[0].group() not in alone and not shared \
                or not all(_name_word(w.group()) for w in name) \
                or not all(w.group()[:1].isupper() and len(w.group()) > 1 for w in lead):
            continue  # ("Institute for International Peace Building", "I Gusti Putu Suryawirawan")
        lead_words = [w.group() for w in lead]
        if len(lead_words) == 1 and lead_words[0] in given_names():
            continue  # "Siti Nurbaya Bakar": a given name, not a body
        if len(lead_words) == 1 and (lead_words[0].lower() in lexicons().org_heads
                                     or lead_words[0].lower() in lexicons().place_heads) \
                and not _CAP_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "Universitas Sam Ratulangi": the head's name follows it (not "Amerika Serikat")
        office = m.label == "PERSON" and _after_office(text, m.start, lead_words)
        if not (office or shared or _surname_alone(text, m, name[-2].group(), name[-1].group())
                or name[0].group() in alone and all(w.lower() in lexicons().org_words for w in lead_words)):
            continue  # (also "Keamanan Siber Bima Laga" … "lanjut Bima": a unit's word, then the name)
        if shared or _lead_ok(text, m, lead_words, [w.group() for w in name], spans):
            return lead[-1].end(), name[0].start()
    return None


def _body_alone(text: str, m: Mention, lead: list[re.Match], first: str,
                spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether, after an office or a player's position (``Bek Newcastle DeAndre Yedlin``), the words
    of ``lead`` (one, or two joined by a space) name a body on its own elsewhere in the article: the
    whole of an organisation or place mention, or a form written outside any mention and not before
    ``first`` that the article never writes in lower case. That body is the one the person belongs
    to, run by the NER into his name."""
    if any(text[a.end():b.start()] != " " for a, b in zip(lead, lead[1:], strict=False)) \
            or any(w.group() in given_names() or w.group() in legal_forms() or _institution_word(w.group())
                   or w.group().lower() in _function_words() for w in lead):
        return False  # ("PT Hong Thai", "Universitas Gadjah Mada": a head word, then the body's name)
    body = text[lead[0].start():lead[-1].end()]
    if m.label != "PERSON" and (text.count(text[m.start:m.end]) > 1 or _CAP_AFTER.match(text, m.end)):
        return False  # "Pertamina Patra Niaga" written twice, or before "Irto Ginting": one body
    if any(text[a:b] == body for a, b in spans["PERSON"]):
        return False  # the lead is the person's own name, written alone
    before = WORD.findall(text, max(0, m.start - 40), m.start)
    if not before or before[-1].lower() not in _role_heads() \
            or text[:m.start].rstrip().endswith((",", ".", ";", ":")):
        return False  # ("aktivis HAM Munir Said Thalib" beside "TPF Munir"; "Paris Saint Germain")
    if any(text[a:b] == body and not m.start <= a < m.end for a, b in spans["ORG"] + spans["LOC"]):
        return True
    if re.search(rf"(?<![\w-]){re.escape(body.lower())}(?![\w-])", text):
        return False
    pattern = rf"(?<![\w-]){re.escape(body)}(?![\w-])(?!\s+{re.escape(first)})"
    return any(not any(a <= h.start() < b for label in ("PERSON", "ORG", "LOC") for a, b in spans[label])
               for h in re.finditer(pattern, text))


@cache
def _role_heads() -> frozenset[str]:
    """Role heads (``roles.txt``) and descriptive nouns of people (``Bek``, ``Pebalap``), lower case."""
    return lexicons().roles | descriptor_words()


@cache
def _function_words() -> frozenset[str]:
    """Function words of titles (``The``, ``of``: ``quote_title_function_words.txt``), lower case."""
    return frozenset(w.lower() for w in lexicon(LANG, "quote_title_function_words"))


def _institution_word(word: str) -> bool:
    """An office word or a word that opens, closes or names an institution (``Universitas``)."""
    lx, low = lexicons(), word.lower()
    return low in _office_words() or low in lx.org_heads or low in lx.org_words or low in lx.org_tails \
        or low in lx.place_heads


def _shared_lead(text: str, m: Mention, lead: list[str], first: str, persons: list[tuple[int, int]]) -> bool:
    """Whether two words or more (``Petro Kimia``) open another span of ``persons`` with a
    different name after them (``Petro Kimia Yaniz Basa`` beside ``Petro Kimia Moch Hanafiah``): the
    team or company both people belong to, not a shared given name."""
    if len(lead) < 2:
        return False
    opening = " ".join(lead) + " "
    for a, b in persons:
        other = text[a:b]
        if a != m.start and other.startswith(opening) and len(other) > len(opening) + 1 \
                and not other[len(opening):].startswith(first) and " " in other[len(opening):]:
            return True
    return False


def _name_word(word: str) -> bool:
    """A title-case word that names no institution (``Building``, ``Center`` do)."""
    lx = lexicons()
    low = word.lower()
    return word[:1].isupper() and not word.isupper() and low not in lx.org_words \
        and low not in lx.org_tails and low not in lx.org_heads


def _after_office(text: str, start: int, lead: list[str]) -> bool:
    """Whether an office word opens the span or stands right before it (``presiden Astro Jordan
    Reiss``): the capitalised words after the office are its complement."""
    before = WORD.findall(text, max(0, start - 40), start)
    return any(w.lower() in _office_words() for w in lead) \
        or (bool(before) and before[-1].lower() in _office_words()
            and not text[:start].rstrip().endswith((",", ".", ";", ":")))


def _surname_alone(text: str, m: Mention, before: str, surname: str) -> bool:
    """Whether ``surname`` stands elsewhere in ``text`` without the word ``before`` it."""
    for hit in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        if m.start <= hit.start() < m.end:
            continue
        if not text[:hit.start()].rstrip().endswith(before):
            return True
    return False


def _lead_ok(text: str, m: Mention, lead: list[str], name: list[str],
             spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the words before the name are an office or a body the article names apart from it:
    elsewhere, not followed by a word of the name, and inside an organisation or place mention
    (one word) or outside any person mention (several words). ``Hilmy`` of ``Hilmy Bambang
    Zainal``, written alone later, is the person's first name; ``Electronic Arts`` is the company."""
    lx = lexicons()
    if any(w.lower() in _office_words() for w in lead) or all(w.lower() in lx.org_words for w in lead):
        return True  # "Pebalap Yamaha Valentino Rossi": an office and its complement; "Siber": a unit's word
    names = [w for w in lead if w.lower() not in _office_words() and w.lower() not in lx.titles
             and not re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)]
    if not names:
        return True  # an office or a noun the article writes in lower case
    if len(names) == 1 and _after_office(text, m.start, lead) and any(
            text[a:b].endswith(" " + names[0]) and not m.start <= a < m.end for a, b in spans["PERSON"]):
        return True  # "Juru bicara Duterte Harry Roque" beside "Rodrigo Duterte": the office's person
    after = "|".join(re.escape(w) for w in name)
    pattern = rf"(?<![\w-]){re.escape(' '.join(names))}(?![\w-])(?!\s+(?:{after})(?![\w-]))"
    bodies = spans["ORG"] + spans["LOC"]
    for hit in re.finditer(pattern, text):
        at = hit.start()
        if m.start <= at < m.end:
            continue
        if any(a <= at < b for a, b in bodies) \
                or len(names) > 1 and not any(a <= at < b for a, b in spans["PERSON"]):
            return True
    return False


_MIDDLE_INITIAL = re.compile(r"[ \t]+[A-Z](?:\.[A-Z]){0,3}\.?[ \t]+")  # "S.", "P.S" (Bambang P.S …)
_INITIAL_OPENS = re.compile(r"[A-Z](?:\.[A-Z]){0,3}\.?[ \t]+[A-Z]")  # "S. Dewa Broto" after "Gatot"


def join_middle_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Gatot`` + ``S.`` + ``Dewa Broto``: two person spans that only a middle initial separates are
    one name (the NER often breaks a name at the initial's full stop)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "PERSON" and m.start > prev.end \
                and (_MIDDLE_INITIAL.fullmatch(text, prev.end, m.start)
                     or text[prev.end:m.start] == " " and _INITIAL_OPENS.match(text, m.start, m.end)):
            out[-1] = Mention(prev.start, m.end, "PERSON", max(prev.conf, m.conf), text[prev.start:m.end],
                              prev.role)  # (the second part's role was read before the first part)
            continue
        out.append(m)
    return out


_ORG_INITIAL_TAIL = re.compile(r",[ \t]*[A-Z]\.?$")
_LETTER_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z])\.?[ \t]+$")


@cache
def _openers() -> frozenset[str]:
    """Balinese name openings (``I Gusti``, ``Ni Luh``: ``entity_name_openers.txt``) as written."""
    return frozenset(lexicon(LANG, "entity_name_openers"))


def with_leading_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """``A Tonny Budiono``, ``I Gusti Putu Suryawirawan``: a person span grown over a one-letter
    initial or a Balinese name opening written right before it that no other mention holds (the
    NER leaves them out); ``I`` only when it opens a Balinese name (``Komisi I``: a numeral)."""
    out = []
    for m in mentions:
        cut = _opening_tail(text, m) if m.label != "PERSON" else None
        if cut is not None and any(p.label == "PERSON" and 0 <= p.start - m.end <= 1 for p in mentions):
            m = Mention(m.start, cut, m.label, m.conf, text[m.start:cut], m.role)
        out.append(m)  # "Kementerian Perhubungan, A" + "Tonny Budiono": the initial is the person's
    mentions, out = out, []
    starts = sorted((m.start, m.end) for m in mentions)
    for m in mentions:
        if m.label == "PERSON":
            window = text[max(0, m.start - 30):m.start]
            first = text[m.start:m.end].split()[0]
            grown = next((len(o) + 1 for o in _openers() if window.endswith(" " + o + " ")
                          or window == o + " "), 0)
            letter = _LETTER_BEFORE.search(window) if not grown else None
            if letter is not None and letter.group(1).lower() not in lexicons().titles \
                    and (letter.group(1) != "I" or f"I {first}" in _openers()):  # (not "H." = Haji)
                grown = len(window) - letter.start(1)
            s = m.start - grown
            if grown and not any(a < m.start and b > s for a, b in starts):
                m = Mention(s, m.end, m.label, m.conf, text[s:m.end], m.role)
        out.append(m)
    return out


def _opening_tail(text: str, m: Mention) -> int | None:
    """Where an organisation or place span ends before a trailing initial after a comma (``…
    Perhubungan, A``) or a Balinese name opening (``… Perindustrian I Gusti``), else ``None``."""
    tail = _ORG_INITIAL_TAIL.search(text, m.start, m.end)
    if tail is not None:
        return tail.start()
    span = text[m.start:m.end]
    return next((m.end - len(o) - 1 for o in _openers() if span.endswith(" " + o) and len(span) > len(o) + 1),
                None)


# a short speech cue, then a speaker of one word (not "kata Academy of …")
_SPOKEN = re.compile(r"\b([a-z]+)[ \t]+([A-Z][a-z]{2,})\b(?![ \t]+(?:[A-Z(]|of\b|de\b|dan\b))")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))([A-Z][a-z]{2,})[ \t]+$")


def speaking_first_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Pakistan Malala Yousafzai`` where the NER found only ``Yousafzai`` (and tagged ``Malala`` a
    place elsewhere): the word right before a person span that the article writes as the speaker of
    a quotation (``tulis Malala``: a short cue of ``cue_verbs.txt``), no listed place, organisation,
    title or common word, is that person's first name, and its other one-word mentions are the
    person's."""
    spoken = {m.group(2) for m in _SPOKEN.finditer(text) if lex().is_short_cue(m.group(1))}
    if not spoken:
        return mentions
    lx = lexicons()
    taken = [(m.start, m.end) for m in mentions]
    grow: dict[int, int] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        word = before.group(1) if before else ""
        low = word.lower()
        plain = all(w.lower() not in lx.titles and w.lower() not in lx.roles and w.lower() not in lx.common
                    for w in WORD.findall(text, m.start, m.end))  # ("Kolinlamil Letkol": no name)
        if plain and word in spoken and (word,) not in lx.places and (word,) not in lx.orgs \
                and low not in lx.titles and low not in lx.roles and low not in lx.common \
                and not any(a <= before.start(1) < b for a, b in taken if (a, b) != (m.start, m.end)
                            and text[a:b] != word):
            grow[m.start] = before.start(1)
    if not grow:
        return mentions
    names = {text[s:start].split()[0] for start, s in grow.items()}
    spans = [(s, start) for start, s in grow.items()]
    out: list[Mention] = []
    for m in mentions:
        word = text[m.start:m.end]
        if m.start in grow:
            m = Mention(grow[m.start], m.end, "PERSON", m.conf, text[grow[m.start]:m.end], m.role)
        elif any(a <= m.start < b for a, b in spans):
            continue  # (the grown word's own place tag)
        elif word in names and m.label != "PERSON":
            m = Mention(m.start, m.end, "PERSON", m.conf, word, m.role)
        out.append(m)
    return sorted(out, key=lambda x: x.start)


def places_named_by_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """``manager Sascha Florian Krohn`` tagged a place while the article calls him ``Sascha`` (a
    person mention of one word): a place span of two to four plain name words (no listed place, no
    place, organisation or common word) that opens with a one-word person mention and follows a
    lower-case word that is no preposition or other stop word (``di Sudirman Park`` stays) is that
    person."""
    lx = lexicons()
    singles = {text[m.start:m.end] for m in mentions
               if m.label == "PERSON" and " " not in text[m.start:m.end]}
    out = []
    for m in mentions:
        words = WORD.findall(text, m.start, m.end)
        before = WORD.findall(text, max(0, m.start - 30), m.start)[-1:] or [""]
        described = before[0].isalpha() and before[0].islower() and before[0] not in lx.stopwords
        if m.label == "LOC" and described and 2 <= len(words) <= 4 and words[0] in singles \
                and tuple(words) not in lx.places \
                and all(w[:1].isupper() and (w,) not in lx.places and w.lower() not in lx.common
                        and w.lower() not in lx.place_heads and w.lower() not in lx.org_words
                        and w.lower() not in lx.org_heads for w in words):
            m = Mention(m.start, m.end, "PERSON", m.conf, m.name, m.role)
        out.append(m)
    return out
