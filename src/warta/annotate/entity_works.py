"""Titles of creative works written right after the kind of work: no person, organisation or place.

``lagu War Pigs, Iron Man, dan Paranoid``, ``film Dunkirk``, ``single hit Too Good at Goodbyes``,
``serial televisi live-action Death Note``: a capitalised name right after a work noun
(``entity_work_heads.txt``), with only describing words between (``entity_work_modifiers.txt``), is
the title of a work, and so are the next names of the same list (``, Iron Man, dan Paranoid``). The
NER and the candidate finder take such titles for bands, companies or places; the entity layer drops
them. A name after ``karya``/``ciptaan`` (the author) is not affected: those words are no modifiers.
``album Coldplay`` is the band's album: a name the article also writes without a work noun before it
is kept (``only_titles``). The check needs an article around the name: lone sentences (fewer than
``verify_min_sentences``, as for the entity verifier) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta.lang import lexicon
from warta.model import Entity

LANG = "id"
_LIST_END = re.compile(r"\s*,?\s*(?:dan|serta)\s+[A-Z0-9]")
_LIST_GAP = re.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


@cache
def _after_head() -> tuple[re.Pattern[str], frozenset[str]]:
    words = lexicon(LANG, "entity_work_heads")
    heads = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if not w.startswith("!"))
    owners = frozenset(w[1:].lower() for w in words if w.startswith("!"))
    modifiers = sorted(lexicon(LANG, "entity_work_modifiers"), key=len, reverse=True)
    mods = "|".join(re.escape(w) for w in modifiers)
    return re.compile(rf"(?i:(?<![\w-])(?:{heads})(?:\s+(?:{mods}))*)\s+$"), owners


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _titled(text: str, s: int) -> bool:
    """A work noun (and describing words) right before ``s``, not ``film-film laga X`` (a plural) and
    not ``pemain film X`` (the noun describes a person or company: an owner word before it)."""
    pattern, owners = _after_head()
    m = pattern.search(text, max(0, s - 60), s)
    if m is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is None or before.group(1).lower() not in owners


def work_titles(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the ``spans`` (character ``(start, end)``, in text order) that are work titles.

    The names after a title belong to its list only when the list closes with ``dan``/``serta``
    (``lagu War Pigs, Iron Man, dan Paranoid``); ``single Too Good at Goodbyes, Sam Smith …`` ends
    at the comma."""
    out: set[int] = set()
    i = 0
    while i < len(spans):
        s = spans[i][0]
        if not _titled(text, s):
            i += 1
            continue
        out.add(i)
        j, closed = i, False
        while j + 1 < len(spans) and not closed:
            gap = _LIST_GAP.fullmatch(text, spans[j][1], spans[j + 1][0])
            if gap is None:
                break
            closed = bool(re.search(r"\b(?:dan|serta)\b", gap.group()))
            j += 1
        if not closed and _LIST_END.match(text, spans[j][1]):
            closed = True  # "…, Iron Man, dan Paranoid": the last title found no mention
        if closed:
            out.update(range(i + 1, j + 1))
        i = j + 1 if closed else i + 1
    return out


def only_titles(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the ``spans`` that are work titles and whose text the article never writes as
    one of the other spans (``Coldplay tampil …`` beside ``album Coldplay``)."""
    titles = work_titles(text, spans)
    free = {text[s:e] for i, (s, e) in enumerate(spans) if i not in titles}
    return {i for i in titles if text[spans[i][0]:spans[i][1]] not in free}


def drop_work_titles(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the organisations and places that are work titles (``only_titles``);
    persons stay (``lagu Sam Smith`` is his song)."""
    order = sorted(range(len(entities)), key=lambda i: (entities[i].start, entities[i].end))
    titles = only_titles(text, [(entities[i].start, entities[i].end) for i in order])
    gone = {order[k] for k in titles if entities[order[k]].label != "PERSON"}
    return [e for i, e in enumerate(entities) if i not in gone]
