"""Items of a list of places: ``… menuju ke jalur Ayak-Ayak, Ngadas, Jalak Ijo, Kandangan, Pananjakan,
Jetak, B29, Jemplang, Bromo``. The NER reads a village it has never seen (``Jetak``) as a person; in a
comma list whose other items are places the article names, and nowhere else as a person, the item is a
place too (the quote finder would otherwise take it for the subject a later ``katanya`` points back to).
"""

from __future__ import annotations

import re

from warta.annotate.entity_mentions import Mention

_ITEM = r"[A-Z0-9][\w-]*(?:[ \t][A-Z0-9][\w-]*){0,2}"
_SEP = r"[ \t]*,[ \t]*(?:dan[ \t]+)?"
_BEFORE = re.compile(rf"(?:{_ITEM}{_SEP})+$")  # items written before a mention
_AFTER = re.compile(rf"(?:{_SEP}{_ITEM})+")  # items written after it


def _list_span(text: str, m: Mention) -> tuple[int, int] | None:
    """``(start, end)`` of the comma list of capitalised items that holds ``m`` with at least one
    item on each side, or ``None``."""
    before = _BEFORE.search(text, max(0, m.start - 200), m.start)
    after = _AFTER.match(text, m.end)
    if before is None or after is None:
        return None
    return before.start(), after.end()


def places_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a one-word person mention that stands in a comma list beside two or more
    place mentions and no other person or organisation, and is a person nowhere else in the article,
    made a place."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for m in ordered:
        word = text[m.start:m.end]
        span = _list_span(text, m) if m.label == "PERSON" and " " not in word else None
        if span is not None:
            items = [o for o in ordered if span[0] <= o.start and o.end <= span[1]]
            others = [o for o in ordered if o.label == "PERSON" and o not in items
                      and word in text[o.start:o.end].split()]
            if sum(o.label == "LOC" for o in items) >= 2 and not others \
                    and not any(o.label != "LOC" for o in items if o is not m):
                m = Mention(m.start, m.end, "LOC", m.conf, m.name, None, m.canonical)
        out.append(m)
    return out
