"""Capitalised names that neither the NER nor the entity rules reported: candidates for the verifier.

News names outlets, companies, bands and shows the NER has never seen (``Ace Showbiz``, ``Vanity
Fair``, ``Bukalapak``). Every run of capitalised words in a sentence that overlaps no entity
becomes a candidate mention with the pseudo-label ``CAND``; the entity verifier
(``entity_verify.py``) decides from the whole article whether it names a person, an organisation
or a place, or nothing (a title, a weekday, a capitalised common word). Runs may hold lower-case
connectors of foreign names (``of``, ``the``, ``de``: ``Bank of America``); a sentence's first word
is left out when the text is its common lower-case word (``Namun``, ``Sementara``), and a whole
sentence in title case (a headline: ``Pemerintah RI Larang WNI Kunjungi Suriah``) is no candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta import config
from warta.annotate.entity_filters import office_with_clitic
from warta.lang import lexicon
from warta.model import Entity

LANG = "id"
LABEL = "CAND"
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.&][^\W_]+)*\.?")
CONNECTORS = frozenset({"of", "the", "and", "&", "de", "van", "der", "von", "for", "la", "le", "del", "da"})


@cache
def _common() -> frozenset[str]:
    return frozenset(w.lower() for n in ("entity_lowercase_words", "stopwords") for w in lexicon(LANG, n))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def candidates(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Entity]) -> list[Entity]:
    """Candidate mentions (label ``CAND``, confidence 0) in article order."""
    max_words = int(config.get("entities", "candidate_max_words"))
    covered = bytearray(len(text) + 1)  # 1 where an entity lies
    for e in entities:
        covered[e.start:e.end] = b"\x01" * (e.end - e.start)
    common = _common()
    out: list[Entity] = []

    def emit(run: list[re.Match[str]], sentence: tuple[int, int]) -> None:
        while run and run[-1].group().lower() in CONNECTORS:
            run.pop()
        if run and office_with_clitic(run[0].group()):
            run = run[1:]  # "Wakilnya Sandiaga Uno": the office points to the name
        if not run or len(run) > max_words:
            return
        start, end = run[0].start(), run[-1].end()
        if text[end - 1] == ".":
            end -= 1
        if len(run) >= 3 and start == sentence[0] and not text[end:sentence[1]].strip(" .!?"):
            return  # a whole line in title case is a headline, not a name
        if covered.find(1, start, end) != -1:
            return
        name = text[start:end]
        out.append(Entity(name, LABEL, start, end, name, None, 0.0))

    for s_start, s_end in sentences:
        run: list[re.Match[str]] = []
        for i, m in enumerate(_TOKEN.finditer(text, s_start, s_end)):
            word = m.group()
            gap = text[run[-1].end():m.start()] if run else ""
            joins = bool(run) and gap == " "
            if _capitalised(word) and not (i == 0 and word.lower() in common):
                if run and not joins:
                    emit(run, (s_start, s_end))
                    run = []
                run.append(m)
            elif run and joins and word.lower() in CONNECTORS:
                run.append(m)
            else:
                emit(run, (s_start, s_end))
                run = []
        emit(run, (s_start, s_end))
    return out
