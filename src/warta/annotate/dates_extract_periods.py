"""Month and year candidates: ``Juni 2023``, ``akhir Juni lalu``, ``Maret tahun lalu``,
``Januari-Maret``, ``pada 2018``, ``Pemilu 2014``, ``Persija (2018)``, ``2014-2019``."""

from __future__ import annotations

import re

from warta.annotate.dates_candidate import Candidate, Found, prev_word
from warta.annotate.dates_lexicon import DateLexicon

_MONTH_LIST = re.compile(r"\s*(?:,|dan|atau|serta)\s*(?:(?:dan|atau)\s+)?", re.IGNORECASE)


def month_candidates(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    """Month expressions: spans of months first (their first month must win a tie), then a month
    with a year, a licensed bare month, and a month with a relative year."""
    out = []
    for mt in found["month_range"]:
        a, b = lex.months[mt["a"].lower()], lex.months[mt["b"].lower()]
        if a == b:
            continue
        out.append(Candidate(mt.start(), mt.end("a"), "month", m=a, range_next=True))
        out.append(Candidate(mt.start("b"), mt.end("b"), "month", m=b))
    for mt in found["month_year"]:
        m = lex.months[mt["mon"].lower()]
        part = lex.parts.get(mt["part"].lower()) if mt["part"] else None
        direction = lex.directions.get(" ".join(mt["dir"].lower().split())) if mt["dir"] else None
        out.append(
            Candidate(mt.start(), mt.end(), "month", m=m, y=int(mt["y"]), part=part, direction=direction)
        )
    listed = -1  # end of the last licensed bare month
    for mt in sorted(found["month"], key=lambda x: x.start()):
        if not (mt["lic"] or mt["part"] or mt["bulan"] or mt["dir"]) \
                and not (listed >= 0 and _MONTH_LIST.fullmatch(text, listed, mt.start("mon"))):
            continue  # unlicensed, and not the next month of a list ("digelar September dan Oktober")
        listed = mt.end("mon")
        m = lex.months[mt["mon"].lower()]
        part = lex.parts.get(mt["part"].lower()) if mt["part"] else None
        direction = lex.directions.get(" ".join(mt["dir"].lower().split())) if mt["dir"] else None
        if direction is None and mt["lic"] and mt["lic"].lower() in lex.past_licence:
            direction = "past"  # "sejak September": never a September still to come
        start = mt.start("part") if mt["part"] else mt.start("bulan") if mt["bulan"] else mt.start("mon")
        out.append(Candidate(start, mt.end(), "month", m=m, part=part, direction=direction))
    for mt in found["month_rel"]:
        rel = " ".join(mt["rel"].lower().split())
        _, offset = lex.relative.get(rel) or lex.anaphoric[rel]
        part = lex.parts.get(mt["part"].lower()) if mt["part"] else None
        out.append(Candidate(mt.start(), mt.end(), "month", m=lex.months[mt["mon"].lower()], part=part,
                             unit="year", offset=offset, anaphoric=rel in lex.anaphoric))
    return out


_AGE_GROUP = re.compile(r"U-?\d{2}")


def year_candidates(text: str, lex: DateLexicon, found: Found, max_year: int) -> list[Candidate]:
    """Years after a date word or a name, not beyond ``max_year`` and not in a law's name."""
    out = []
    for mt in found["year"]:
        bare = not (mt["lic"] or mt["part"] or mt["tahun"] or mt["dir"])
        if bare and prev_word(text, mt.start()).lower() in lex.year_licence_outside:
            bare = False  # "di 2018", "musim 2017": licensed, the word outside the span
        elif bare and not _named_year(text, mt.start(), lex):
            continue
        y = int(mt["y"])
        if text.startswith("-an", mt.end()):
            continue  # "pada 1970-an": a decade, no year
        if y > max_year or (mt["tahun"] and lex.law.search(text, max(0, mt.start() - 24), mt.start())):
            continue  # beyond the plausible range, or "Nomor 8 Tahun 1981" (a law's name)
        part = lex.parts.get(mt["part"].lower()) if mt["part"] else None
        direction = lex.directions.get(" ".join(mt["dir"].lower().split())) if mt["dir"] else None
        start = mt.start("part") if mt["part"] else mt.start("tahun") if mt["tahun"] else mt.start("y")
        if start == mt.start("y") and (mt["lic"] or "").lower() == "pada":
            start = mt.start("lic")  # "pada 2018" reads as one expression, like "tahun 2018"
        out.append(Candidate(start, mt.end(), "year", y=y, part=part, direction=direction, bare=bare))
    return out


_LISTED = re.compile(r"\s*(?:,|dan|atau|serta)\s*", re.IGNORECASE)


def year_range_candidates(text: str, found: Found, max_year: int) -> list[Candidate]:
    """Both ends of a year range (``2014-2019``, ``1945 - 1949``, ``2004 hingga 2009``) or of a
    list after ``tahun`` in any order (``tahun 1920 dan 1903``)."""
    out = []
    for mt in found["year_range"]:
        a, b = int(mt["a"]), int(mt["b"])
        listed = b < a and prev_word(text, mt.start()).lower() == "tahun" \
            and _LISTED.fullmatch(text, mt.end("a"), mt.start("b")) is not None
        if (a < b <= max_year and b - a <= 30) or (listed and a <= max_year):
            out.append(Candidate(mt.start("a"), mt.end("a"), "year", y=a))
            out.append(Candidate(mt.start("b"), mt.end("b"), "year", y=b))
    return out


def _named_year(text: str, pos: int, lex: DateLexicon) -> bool:
    """Whether a bare four-digit number follows a name (``Pemilu 2014``, ``APBN 2015``)."""
    if text[pos - 1:pos] == "(" and text[pos + 4:pos + 5] in ")," and prev_word(text, pos - 1):
        return True  # "Kevin Durant (2014)", "MVP (2009, 2010)": a year in brackets after a word
    word = prev_word(text, pos).lstrip("-–—")  # "JAKARTA –Pemilu 2019": a dash glued to the name
    if word.lower() == "tahun":  # read with "tahun" by the pattern itself (and law names skipped)
        return False
    if word[:1] == "(":  # "Liga Bola Basket Indonesia (IBL) 2017", "(GIIAS 2016)": the acronym is the name
        word = word[1:-1] if word[-1:] == ")" else word[1:]
    elif word[-1:] == ")" and "(" in text[max(0, pos - 40):pos]:
        word = word[:-1]  # "Hari Buruh (May Day) 2018": the bracketed name closes the event's name
    if word.isdigit() and len(word) <= 2 and prev_word(text, pos - len(word) - 1)[:1].isupper():
        return True  # "Liga 1 2017", "Formula 1 2018": a numbered name
    if _AGE_GROUP.fullmatch(word):
        return True  # "Piala AFF U-18 2017": an age group closes the event's name
    return word[:1].isupper() and word[-1:].isalpha() and word.lower() not in lex.bare_year_blockers
