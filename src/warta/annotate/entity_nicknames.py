"""Nicknames an article defines for a person: every mention of the nickname is that person.

- after the name: ``Bambang Pamungkas alias Bepe``, ``Natasha Rizky, yang akrab disapa Chacha``,
  ``Iwan Fals (akrab disapa Iwan)``; or after a description of the person named shortly before
  (``Bambang Pamungkas ... Maka, pemain beralias Bepe itu ...``): the nearest person mention
  within ``nickname_window`` characters before the cue (``entity_nickname_after.txt``);
- before the name: ``Chacha, sapaan akrab Natasha, ...`` (``entity_nickname_before.txt``);
- inside the name, in quotation marks: ``Alessio 'Uccio' Salucci``, ``Dwayne 'The Rock' Johnson``
  (the whole is the person's name).

The nickname's mentions take the person label and the person's canonical name.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.entity_lexicons import LANG, given_names, lexicons, setting
from warta.annotate.entity_mentions import Mention
from warta.lang import lexicon, phrase_pattern

_CAPITALISED = re.compile(r"\b[A-Z][a-z]")


def _unread_name_between(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a capitalised word inside ``[start, end)`` opens no sentence and lies in no mention:
    a name the NER missed stands between a person and the nickname cue."""
    for w in _CAPITALISED.finditer(text, start, end):
        before = text[max(0, w.start() - 3):w.start()].rstrip(" \t")
        opens = not before or before[-1] in ".!?\n\"“"
        if not opens and not any(m.start <= w.start() < m.end for m in mentions):
            return True
    return False


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    after = phrase_pattern(lexicon(LANG, "entity_nickname_after"))
    before = phrase_pattern(lexicon(LANG, "entity_nickname_before"))
    titles = "|".join(re.escape(w) for w in sorted(lexicon(LANG, "titles"), key=len, reverse=True)
                      if " " not in w)
    return (  # (a title may stand before the nickname: "… atau yang lebih dikenal dengan Haji Doni")
        re.compile(rf"(?:[\s,(]*(?:atau\s+)?(?:yang\s+)?)?\s*\b(?:{after})\s+(?:(?:{titles})\.?\s+)?$",
                   re.IGNORECASE),
        re.compile(rf"\s*,\s*(?:{before})\s+", re.IGNORECASE),
        re.compile(  # the nickname word itself, after or before its cue
            rf"(?i:\b(?:{after})\s+)(?P<a>[A-Z][a-z]+)\b(?!\s+[A-Z])"
            rf"|\b(?P<b>[A-Z][a-z]+)(?=\s*,\s*(?i:{before})\s+[A-Z])"),
    )


def nickname_mentions(text: str, mentions: list[Mention], conf: float) -> list[Mention]:
    """Person mentions for nickname words the tagger missed (``Chacha, sapaan akrab Natasha``,
    ``pemain beralias Bepe``), so that their other mentions are found and linked."""
    covered = [(m.start, m.end) for m in mentions]
    persons = [m.end for m in mentions if m.label == "PERSON"]
    window = int(setting("nickname_window"))
    out = []
    for mt in _patterns()[2].finditer(text):
        group = "a" if mt.group("a") else "b"
        s, e = mt.start(group), mt.end(group)
        if group == "a" and not any(mt.start() - window <= p <= mt.start() for p in persons):
            continue  # "program Juling alias Jumat Keliling": no person named just before
        if not any(a < e and s < b for a, b in covered):
            out.append(Mention(s, e, "PERSON", conf, text[s:e]))
    return out


# a given name, a nickname of one to three capitalised words in quotation marks, a family name
_QUOTED_NICK = re.compile(r"\b[A-Z][a-z]+[ \t]+(['‘\"“])(?P<nick>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2})"
                          r"['’\"”][ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def quoted_nickname_names(text: str, mentions: list[Mention], conf: float) -> list[Mention]:
    """``mentions`` with a person mention over each name that holds a nickname in quotation marks
    (``Alessio 'Uccio' Salucci``) where the tagger found a person in it or the first word is a given
    name of the NER's list (not ``Andika 'Kangen Band' Telah …``); the mentions inside it go."""
    out = list(mentions)
    for mt in _QUOTED_NICK.finditer(text):
        inside = [m for m in out if mt.start() <= m.start and m.end <= mt.end()]
        last = mt.group().split()[-1]
        if re.search(rf"\b{re.escape(last.lower())}\b", text) or last.lower() in lexicons().common:
            continue  # "Andika 'Kangen Band' Telah …": a common word after the title, no family name
        if not (any(m.label == "PERSON" for m in inside) or mt.group().split()[0] in given_names()) \
                or any(m.start < mt.end() and mt.start() < m.end for m in out if m not in inside):
            continue
        whole = Mention(mt.start(), mt.end(), "PERSON", conf, mt.group())
        out = [m for m in out if m not in inside] + [whole]
    return sorted(out, key=lambda m: m.start)


def _rename(text: str, mentions: list[Mention], nick: Mention, person: Mention) -> None:
    alias = text[nick.start:nick.end]
    if alias == text[person.start:person.end] or nick.label == "ORG" or alias.isupper() \
            or len(alias.split()) > 2:
        return  # "dipanggil KPK" is a summons; a nickname is one or two words, not an acronym
    for o in mentions:
        if text[o.start:o.end] == alias:
            o.label, o.canonical = "PERSON", person.canonical


def _quoted(text: str, end: int, cue: int) -> bool:
    """Whether a mention ending at ``end`` stands inside a quotation that closes before ``cue``
    (``“… Lee Min-ho,” kata pria yang akrab disapa Emil``: the nickname is the speaker's)."""
    between = text[end:cue]
    curly = next((c for c in between if c in "“”"), None)
    return between.count('"') % 2 == 1 or curly == "”"


def _quote_opening(text: str, cue: int) -> int:
    """Offset of the mark opening the quotation that closes last before ``cue`` (0 if none)."""
    close = max(text.rfind("”", 0, cue), text.rfind('"', 0, cue))
    if close < 0:
        return 0
    return max(text.rfind("“", 0, close), text.rfind('"', 0, close), 0)


def _subject_before(text: str, persons: list[Mention]) -> Mention | None:
    """The first person of the sentence that holds the last of ``persons`` (its subject, as a rule:
    ``Wali Kota Bandung Ridwan Kamil ingin mengundang aktor … Lee Min-ho``)."""
    if not persons:
        return None
    last = persons[-1]
    start = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start)) + 1
    return next(p for p in persons if p.start >= start)


def link_nicknames(text: str, mentions: list[Mention]) -> None:
    """Give every mention of a nickname the article defines its person (module doc); in place.
    ``mentions`` are sorted by start."""
    after, before, _ = _patterns()
    window = int(setting("nickname_window"))
    for m in mentions:
        quoted = _QUOTED_NICK.fullmatch(text, m.start, m.end) if m.label == "PERSON" else None
        if quoted:  # "Alessio 'Uccio' Salucci": every "Uccio" is he
            nick = quoted.group("nick")
            for o in mentions:
                if text[o.start:o.end] == nick:
                    o.label, o.canonical = "PERSON", m.canonical
    for i, m in enumerate(mentions):
        head = text[max(0, m.start - 40):m.start]
        cue = after.search(head)
        if cue is not None:
            cue_start = m.start - len(head) + cue.start()
            person = next((p for p in reversed(mentions[:i]) if p.label == "PERSON"
                           and cue_start - window <= p.end <= cue_start), None)
            if person is not None and _unread_name_between(text, person.end, cue_start, mentions):
                person = None  # "Lucky Hakim batal menikahi Hiara Cleopatra alias Syahrini": a name between
            if person is not None and _quoted(text, person.end, cue_start):
                # "“… Lee Min-ho,” kata pria yang akrab disapa Emil": the speaker, named before the quote
                opening = _quote_opening(text, cue_start)
                person = _subject_before(text, [p for p in mentions[:i] if p.label == "PERSON"
                                                and opening - window <= p.end <= opening])
            if person is not None:
                _rename(text, mentions, m, person)
                continue
        if i + 1 < len(mentions) and mentions[i + 1].label == "PERSON" \
                and before.fullmatch(text, m.end, mentions[i + 1].start):
            _rename(text, mentions, m, mentions[i + 1])
