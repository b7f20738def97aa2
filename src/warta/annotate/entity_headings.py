"""Person mentions in headings: ``Setelah Andrea Pirlo, Kaka Isyaratkan Pensiun``, ``Sindiran Wenger
untuk Siapa?``. A heading writes every word capitalised, so the NER runs a name into the words around
it (``Kaka Isyaratkan Pensiun``), and the fullest form would then become the person's canonical name
for the whole article. A person mention on a heading line (a short line without a full stop at its
end) keeps only its words that the article's other person mentions, outside headings, also use.
"""

from __future__ import annotations

import re

from warta import config
from warta.annotate.entity_lexicons import given_names
from warta.annotate.entity_mentions import Mention

_WORD = re.compile(r"\S+")


def heading_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each short line that does not end a sentence (a heading). Unlike the quote
    finder's heading test (``speaker_discourse``), a line ending in ``?`` counts (``Sindiran Wenger
    untuk Siapa?``): a question heading still writes every word capitalised."""
    out = []
    limit = int(config.get("quotes", "heading_max_words"))  # the quote finder's heading, too
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().rstrip()
        if line and line[-1] not in ".!\"”'’:;," and len(_WORD.findall(line)) <= limit:
            out.append((m.start(), m.start() + len(line)))
    return out


def known_run(words: list[str], known: set[str] | frozenset[str]) -> tuple[int, int] | None:
    """``(i, j)``: the longest run ``words[i:j]`` of words in ``known`` or listed given names, when
    ``words`` mixes known and unknown words; ``None`` when all or none are known."""
    hits = [w in known for w in words]
    if all(hits) or not any(hits):
        return None
    names = given_names()  # a listed given name beside a known word stays ("Lily" of "Lily Aldridge")
    hits = [h or w in names for w, h in zip(words, hits, strict=True)]
    best = (0, 0)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and hits[j]:
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
        i = j + 1
    return best


def on_heading(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies on one of the heading ``lines``."""
    return any(a <= start and end <= b for a, b in lines)


def trim_heading_persons(text: str, mentions: list[Mention]) -> None:
    """Cut each person mention on a heading line down to the longest run of its words that person
    mentions outside headings use (``Kaka Isyaratkan Pensiun`` -> ``Kaka``); a mention with no such
    word, or made of such words only, stays as it is."""
    lines = heading_lines(text)
    if not lines:
        return
    known = {w for m in mentions if m.label == "PERSON" and not on_heading(lines, m.start, m.end)
             for w in m.name.split()}
    for m in mentions:
        if m.label != "PERSON" or not on_heading(lines, m.start, m.end):
            continue
        words = list(_WORD.finditer(text, m.start, m.end))
        best = known_run([w.group() for w in words], known) if len(words) >= 2 else None
        if best is not None:
            s, e = words[best[0]].start(), words[best[1] - 1].end()
            m.start, m.end, m.name = s, e, text[s:e]
