"""Quotations embedded in reported speech: ``Kim mengatakan kepada Guterres bahwa resolusi itu
"merupakan pelanggaran mencolok atas kedaulatan Korea Utara."``

The quoted words stand inside a sentence, so they have no attribution of their own and the direct
quote finder leaves them (a quote inside a sentence is usually a term or a title). When the
sentence is reported speech whose clause holds the quotation, the quoted words are the speaker's
own: one direct quote of the reporting speaker, no indirect quote (the devset convention).
Labels of at most ``[quotes_indirect] label_words`` words stay out (``menyebutnya "lumut"``), and
so do titles and themes written in title case (``tema "PKB Masa Depan Jakarta"``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta import config
from warta.annotate.quotes_direct import Candidate, title_case
from warta.annotate.quotes_indirect import MARKS, verb_clause
from warta.annotate.speakers import EntityIndex, NameIndex


def embedded_quotes(text: str, sentences: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]],
                    ents: EntityIndex, names: NameIndex) -> list[Candidate]:
    """Direct-quote candidates for quotations inside a reported clause (module doc)."""
    limit = int(config.get("quotes_indirect", "label_words"))
    out = []
    for ss, se in sentences:
        if any(s < se and ss < e for s, e in taken):
            continue
        marks = list(MARKS.finditer(text, ss, se))
        if len(marks) != 2 or not text[ss:marks[0].start()].strip():
            continue
        qs, qe = marks[0].end(), marks[1].start()
        words = re.findall(r"\w+", text[qs:qe])
        if len(words) <= limit or title_case(words):
            continue  # a label, or a title or theme in title case ("PKB Masa Depan Jakarta")
        cand = verb_clause(text, ss, se, ents, names)
        if cand is None or not cand.start <= marks[0].start() <= marks[1].start() <= cand.end:
            continue  # the quotation is not inside the reported clause
        out.append(Candidate("direct", qs, qe, cand.speaker, cand.cue, "before", cand.confidence,
                             cand.cue_start))
    return out
