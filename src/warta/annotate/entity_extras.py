"""Extra checks of the entity annotator: outlets credited at the end, offices written as
organisations, acronyms that spell out a common phrase, nicknames of clubs and short place names
(``entity_aliases.tsv``), first-name short forms of people.
"""

from __future__ import annotations

from warta.annotate.canonical import Acronym
from warta.annotate.entity_lexicons import WORD, extras, lexicons, phrase_at
from warta.annotate.entity_mentions import Mention


def end_credit(text: str, s: int, e: int) -> bool:
    """True for an outlet credited in brackets at the very end of the article: ``... (BBC)``."""
    return text[:s].rstrip(" \t").endswith("(") and text[e:].strip() == ")"


def office_led(text: str, s: int, e: int) -> bool:
    """True for an organisation span that opens with an office (``Kepala Staf Angkatan Darat``): a
    role, not an organisation."""
    lx = lexicons()
    words = list(WORD.finditer(text, s, e))
    return len(words) >= 2 and phrase_at(text, words, 0, lx.roles, lx.max_phrase) > 0


def drop_spelled_out(text: str, mentions: list[Mention], acronyms: dict[str, Acronym]) -> list[Mention]:
    """Drop acronym mentions whose letters spell out a lower-case phrase of the article and that no
    definition or lexicon names: ``pekerja harian lepas`` ... ``(PHL)`` is a kind of worker."""
    lx = lexicons()
    short = {m.name for m in mentions if m.label != "LOC" and m.name.isupper() and 2 <= len(m.name) <= 5
             and m.name not in acronyms and (m.name,) not in lx.orgs and (m.name,) not in extras().orgs}
    if not short:
        return mentions
    words = [w for w in WORD.findall(text)]
    spelled = set()
    for n in range(2, 6):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if all(w.islower() and len(w) > 1 for w in run):
                spelled.add("".join(w[0] for w in run).upper())
    return [m for m in mentions if m.name not in short or m.name not in spelled]


def apply_aliases(mentions: list[Mention]) -> None:
    """Nicknames of clubs and short forms of places (``entity_aliases.tsv``) take their label, and
    the full name when the article writes it (``the Blues`` -> ``Chelsea``, ``Korut`` -> ``Korea
    Utara``)."""
    table = extras().aliases
    written = {m.name for m in mentions}
    for m in mentions:
        alias = table.get(m.name)
        if alias is not None:
            m.label = alias[0]
            m.name = next((f for f in alias[1] if f in written), m.name)


def short_forms(mentions: list[Mention]) -> None:
    """A one-word person name that opens the first name of exactly one longer person name of the
    article is that person (``Vero`` -> ``Veronica Tan``, ``Sandi`` -> ``Sandiaga Uno``)."""
    fulls = {m.canonical for m in mentions if m.label == "PERSON" and " " in m.canonical}
    for m in mentions:
        short = m.canonical
        if m.label != "PERSON" or " " in short or len(short) < 4 or short.isupper():
            continue
        hits = {f for f in fulls if f.split()[0] != short and f.split()[0].startswith(short)}
        if len(hits) == 1:
            m.canonical = hits.pop()
