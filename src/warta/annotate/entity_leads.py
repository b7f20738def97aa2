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

from warta.annotate.entity_lexicons import LANG, WORD, given_names, lexicons
from warta.annotate.entity_mentions import Mention
from warta.annotate.entity_roles import royal_first_name
from warta.lang import lexicon

_SUFFIX_SIZES = (2, 3)  # words of the person's name at the end of the span
_CAP_BEFORE = re.compile(r"[A-Z][\w.-]*[ \t]+$")  # a capitalised word right before a span


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
        if m.label == "ORG" and not any(w.lower() in _office_words() for w in lead):
            out.append(Mention(m.start, head_end, "ORG", m.conf, text[m.start:head_end]))
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
        if name[0].group() not in given_names() or not all(_name_word(w.group()) for w in name) \
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
        if not (office or _surname_alone(text, m, name[-2].group(), name[-1].group())):
            continue
        if _lead_ok(text, m, lead_words, [w.group() for w in name], spans):
            return lead[-1].end(), name[0].start()
    return None


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
    if any(w.lower() in _office_words() for w in lead):
        return True  # "Pebalap Yamaha Valentino Rossi": an office and its complement
    names = [w for w in lead if w.lower() not in _office_words() and w.lower() not in lx.titles
             and not re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)]
    if not names:
        return True  # an office or a noun the article writes in lower case
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
