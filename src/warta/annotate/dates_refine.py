"""Second pass over resolved date candidates: expressions whose anchor is another expression.

Most expressions count from the publication day (:func:`warta.annotate.dates._resolve`). Some
count from a date written nearby instead, and are re-resolved here once every candidate has a
first value:

- **anaphoric periods** (``date_anaphoric.tsv``): ``bulan sebelumnya`` after ``pada Maret`` is
  February; the anchor is the nearest earlier period of the same paragraph, else the publication
  day (``periode yang sama tahun sebelumnya`` = last year);
- **spans of months**: ``Januari-Maret``, ``bulan Januari hingga September tahun ini``: the first
  month takes the second's year (the year before when it comes later in the calendar);
- **spans of days of a week**: ``Senin sampai Kamis pekan depan``: Monday of the same week;
- **weekdays glossing dates** in brackets: ``23, 27 dan 30 Juni 2017 (Jumat, Selasa, dan Jumat)``:
  each name is the listed day that falls on it, in order; likewise day names right before their
  dates (``Senin-Selasa, 11-12 Desember 2017``);
- **relative days glossed** by a day name in brackets: ``Hari ini [Senin malam]`` is that Monday;
- **days without a year** after a year in the same sentence: ``Pilkada 2018 ... pada 27 Juni``;
- **relative days in a dated quotation**: ``"Mulai kemarin kami cek," kata dia, Selasa (22/8).``:
  ``kemarin`` counts from the day the quotation is dated to, not from the publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.annotate.dates_calendar import add_months, safe_date
from warta.annotate.dates_candidate import Candidate
from warta.annotate.dates_lexicon import lexicon_data

Resolved = tuple[date | None, str | None, str]
_RANK = {"day": 0, "month": 1, "year": 2}
_SENT_END = re.compile(r"[.!?\n](?!\d)")
_LIST_GAP = re.compile(r"[\s,]*(?:(?:dan|serta|atau|hingga|sampai|-|–)[\s,]*)?", re.IGNORECASE)
_GLOSS_OPEN = re.compile(r"\s*[(\[]\s*")
_WEEK_GAP = re.compile(r"\s*(?:sampai|hingga|s\.d\.|s/d|-|–|dan)\s*", re.IGNORECASE)


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _anaphoric(text: str, cands: list[Candidate], out: list[Resolved], i: int) -> None:
    c = cands[i]
    unit = "year" if c.kind in ("month", "date") else c.unit
    phrase = " ".join(text[c.start:c.end].lower().split())
    scoped = not any(phrase.endswith(p) for p in lexicon_data().anaphoric_article)
    lo = _paragraph_start(text, c.start) if scoped else 0  # "Pada tahun yang sama": any earlier year
    for j in range(i - 1, -1, -1):
        if cands[j].end <= lo:
            return  # no period named earlier in the paragraph: the publication day stays the anchor
        value, gran, _ = out[j]
        if value is None or gran is None or cands[j].anaphoric or _RANK[gran] > _RANK[unit or "day"]:
            continue
        key = out[i][2]
        if c.kind == "date":
            day = safe_date(value.year + c.offset, c.m or 1, c.d or 1)
            out[i] = (day, "day" if day else None, key)
        elif c.kind == "month":
            out[i] = (date(value.year + c.offset, c.m, 1), "month", key)  # type: ignore[arg-type]
        elif unit == "month":
            y, m = add_months(value.year, value.month, c.offset)
            out[i] = (date(y, m, 1), "month", key)
        elif unit == "day":
            if gran != "day":
                continue  # "pada hari yang sama": only a day named before is its anchor
            out[i] = (value + timedelta(days=c.offset), "day", key)
        else:
            out[i] = (date(value.year + c.offset, 1, 1), "year", key)
        return


def _month_span(cands: list[Candidate], out: list[Resolved], i: int) -> None:
    if i + 1 >= len(cands):
        return
    end, gran, _ = out[i + 1]
    if end is None or gran not in ("day", "month"):
        return
    m = cands[i].m or 1
    year = end.year if m <= end.month else end.year - 1
    out[i] = (date(year, m, 1), "month", out[i][2])


def _week_span(text: str, cands: list[Candidate], out: list[Resolved], i: int) -> None:
    if i + 1 >= len(cands):
        return
    nxt = cands[i + 1]
    value = out[i + 1][0]
    if nxt.kind != "weekday" or nxt.week is None or value is None:
        return
    if _WEEK_GAP.fullmatch(text, cands[i].end, nxt.start) is None:
        return
    monday = value - timedelta(days=value.isoweekday() - 1)
    out[i] = (monday + timedelta(days=(cands[i].wd or 1) - 1), "day", out[i][2])


def _glosses(text: str, cands: list[Candidate], out: list[Resolved]) -> None:
    """Bare weekdays in brackets right after a list of days take those days, in order."""
    used: set[int] = set()
    for i, c in enumerate(cands):
        if c.kind != "weekday" or c.direction or c.week is not None:
            continue
        opening = text.rfind("(", 0, c.start)
        if opening < 0 or ")" in text[opening:c.start]:
            continue
        head = text[:opening].rstrip()
        listed = [j for j in range(i) if cands[j].end == len(head)]
        if not listed or cands[listed[0]].kind != "date":
            continue
        j = listed[0]
        while j > 0 and cands[j - 1].kind == "date" and _LIST_GAP.fullmatch(
            text, cands[j - 1].end, cands[j].start
        ):
            j -= 1
        for k in range(j, listed[0] + 1):
            day = out[k][0]
            if k not in used and day is not None and out[k][1] == "day" and day.isoweekday() == c.wd:
                used.add(k)
                out[i] = (day, "day", out[i][2])
                break


def _quoted_days(text: str, cands: list[Candidate], out: list[Resolved], base: date | None) -> None:
    """``kemarin`` / ``hari ini`` in a quotation dated by its attribution count from that date
    (not when that date contradicts its weekday or lies after the publication day: a typo)."""
    if not any(c.in_quote and c.kind == "rel" and c.unit == "day" for c in cands):
        return
    quotes = [(mt.start(), mt.end()) for mt in lexicon_data().quotes.finditer(text)]
    for i, c in enumerate(cands):
        if not (c.in_quote and c.kind == "rel" and c.unit == "day") or out[i][0] is None:
            continue
        end = next((e for s, e in quotes if s < c.start < e), None)
        if end is None:
            continue
        for k in range(i + 1, len(cands)):
            d = cands[k]
            if d.start < end:
                continue
            if _SENT_END.search(text, end, d.start) or d.in_quote:
                break
            day = out[k][0]
            if d.kind == "date" and out[k][1] == "day" and day is not None and (
                d.wd is None or day.isoweekday() == d.wd
            ) and (base is None or day <= base):
                out[i] = (day + timedelta(days=c.offset), "day", out[i][2])
            break


_WEEKDAY_JOIN = re.compile(r"\s*(?:-|–|dan|,)\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_DATE_JOIN = re.compile(r"\s*(?:-|–|dan|,|hingga|sampai)\s*", re.IGNORECASE)


def _weekdays_before_dates(text: str, cands: list[Candidate], out: list[Resolved]) -> None:
    """``Senin-Selasa, 11-12 Desember 2017``: bare day names right before the dates they name take
    the listed day that falls on each of them."""
    i = 0
    while i < len(cands):
        if cands[i].kind != "weekday" or cands[i].direction or cands[i].week is not None:
            i += 1
            continue
        j = i
        while j + 1 < len(cands) and cands[j + 1].kind == "weekday" \
                and _WEEKDAY_JOIN.fullmatch(text, cands[j].end, cands[j + 1].start):
            j += 1
        k = j + 1
        if k >= len(cands) or cands[k].kind != "date" \
                or not _COMMA.fullmatch(text, cands[j].end, cands[k].start):
            i = j + 1
            continue
        days = [k]
        while days[-1] + 1 < len(cands) and cands[days[-1] + 1].kind == "date" \
                and _DATE_JOIN.fullmatch(text, cands[days[-1]].end, cands[days[-1] + 1].start):
            days.append(days[-1] + 1)
        for w in range(i, j + 1):
            day = next((out[x][0] for x in days if out[x][0] is not None and out[x][1] == "day"
                        and out[x][0].isoweekday() == cands[w].wd), None)
            if day is not None:
                out[w] = (day, "day", out[w][2])
        i = j + 1


def _glossed_relative(text: str, cands: list[Candidate], out: list[Resolved]) -> None:
    """``Hari ini [Senin malam]``, ``kemarin (Minggu)``: a relative day glossed by a day name in
    brackets right after it is that day."""
    for i, c in enumerate(cands[:-1]):
        nxt = cands[i + 1]
        if c.kind == "rel" and c.unit == "day" and nxt.kind == "weekday" and out[i + 1][0] is not None \
                and _GLOSS_OPEN.fullmatch(text, c.end, nxt.start):
            out[i] = (out[i + 1][0], "day", out[i][2])


def _sentence_year(text: str, cands: list[Candidate], out: list[Resolved]) -> None:
    """A day written without a year takes the one year named before it in its sentence:
    ``Pemungutan suara Pilkada 2018 dijadwalkan pada 27 Juni`` is 27 June 2018."""
    for i, c in enumerate(cands):
        if c.kind != "date" or c.y is not None or c.unit is not None or c.direction or out[i][0] is None:
            continue
        ends = [mt.end() for mt in _SENT_END.finditer(text, max(0, c.start - 400), c.start)]
        lo = ends[-1] if ends else 0
        years = {d.y for d in cands[:i] if d.start >= lo and d.y is not None}
        if len(years) == 1:
            day = safe_date(years.pop(), c.m or 1, c.d or 1)
            # "Pilkada 2018, Rabu (14/6)": a written weekday decides the year, not the sentence
            if day is not None and (c.wd is None or day.isoweekday() == c.wd):
                out[i] = (day, "day", out[i][2])


def refine(
    text: str, cands: list[Candidate], resolved: list[Resolved], base: date | None = None
) -> list[Resolved]:
    """The resolved values of ``cands`` with the anchored expressions re-resolved (module doc);
    ``base`` is the publication day."""
    out = list(resolved)
    for i, c in enumerate(cands):
        if c.range_next:
            _month_span(cands, out, i)
        elif c.kind == "weekday" and c.week is None and c.direction is None:
            _week_span(text, cands, out, i)
    _glosses(text, cands, out)
    _weekdays_before_dates(text, cands, out)
    _glossed_relative(text, cands, out)
    _sentence_year(text, cands, out)
    _quoted_days(text, cands, out, base)
    for i, c in enumerate(cands):
        if c.anaphoric and out[i][0] is not None:
            _anaphoric(text, cands, out, i)
    return out
