"""Finding date expressions: candidates with their parsed fields, before calendar resolution.

Candidates come from a few compiled patterns (:mod:`warta.annotate.dates_lexicon`); overlapping
candidates are settled longest first. Each candidate also records its context: inside a quotation,
in a sentence that speaks of a plan (``akan``, ``dijadwalkan``), or on a time-stamp/dateline line.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from warta import config
from warta.annotate.dates_calendar import safe_date
from warta.annotate.dates_candidate import Candidate, Found, prev_word
from warta.annotate.dates_extract_periods import (
    month_candidates,
    year_candidates,
    year_range_candidates,
)
from warta.annotate.dates_lexicon import DIGIT_PATTERNS, DateLexicon, lexicon_data, number_value


def _year2(y: str) -> int:
    v = int(y)
    return v if len(y) == 4 else (2000 + v if v < 70 else 1900 + v)


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"“‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"


_WORDS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")  # each run starts where (?<!\d)\d would match; no per-position look-behind


def _scan(text: str, lex: DateLexicon) -> Found:
    """Matches of each pattern, tried only where a trigger token starts (one pass over the words).

    Running the patterns with ``finditer`` over the whole text costs several milliseconds per
    article (their optional prefixes are tried at every position); trying them only at the few
    positions where a number, a month, a day name or a relative word starts costs a fraction.
    """
    found: Found = {name: [] for name in lex.triggers_all}
    patterns = {name: getattr(lex, name) for name in lex.triggers_all}
    starts: list[tuple[int, tuple[str, ...]]] = []
    lower = text.lower()
    for word in lex.trigger_words.intersection(_WORDS.findall(lower)):
        names = lex.triggers[word]
        pos = lower.find(word)
        while pos >= 0:
            if pos == 0 or not lower[pos - 1].isalnum():
                starts.append((pos, names))
            pos = lower.find(word, pos + 1)
    starts.extend((mt.start(), DIGIT_PATTERNS) for mt in _DIGITS.finditer(text))
    pos = text.find("(")
    while pos >= 0:
        starts.append((pos, lex.triggers["("]))
        pos = text.find("(", pos + 1)
    for pos, names in starts:
        for name in names:
            mt = patterns[name].match(text, pos)
            if mt is not None and mt.end() > pos:
                found[name].append(mt)
    return found


def _glued_weekday(text: str, pos: int, lex: DateLexicon) -> tuple[int | None, int]:
    """A capitalised day name glued to the word before it (``dihubungidetikcomSenin (20/10)``)."""
    head = text[max(0, pos - 12):pos].rstrip(" ,")
    mt = lex.glued_weekday.search(head)
    if mt is None:
        return None, pos
    return lex.weekdays[mt.group(0).lower()], pos - (len(text[max(0, pos - 12):pos]) - mt.start())


def _after_name(text: str, pos: int, lex: DateLexicon) -> bool:
    """Whether ``(d/m)`` at ``pos`` follows a place name or a direction (``di Sepinggan (22/3)``)."""
    word = prev_word(text, pos)
    return (word[:1].isupper() and word[-1:].isalpha()) or word.lower() in lex.directions


def _numeric(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    out = []
    for mt in found["numeric"]:
        g = mt.groupdict()
        ygroup = "y4" if g["y4"] else "y"  # "Senin (11/12/ 2017)": a stray space before the year
        g["y"] = g["y"] or g["y4"]
        d, m = int(g["d"]), int(g["m"])
        wd = lex.weekdays.get(" ".join(g["wd"].lower().split())) if g["wd"] else None
        paren = bool(g["open"]) and bool(g["close"])
        sep = g["sep"].strip()
        if sep != g["sep"] and not paren:
            continue  # a spaced slash ("17 / 4") is a date only inside parentheses
        if g["y"] is None:
            if not (paren and sep == "/"):
                continue
            opening = mt.start("open")
            if not (wd or _glued_weekday(text, opening, lex)[0] or _after_name(text, opening, lex)):
                continue
            y = None
        else:
            if len(g["y"]) == 2 and sep != "/":
                continue
            y = _year2(g["y"])
        if safe_date(y or 2000, m, d) is None:
            continue
        if wd is None and paren:
            wd, glued = _glued_weekday(text, mt.start("open"), lex)
            start = glued if wd else mt.start("open")
        elif wd:
            start = mt.start("wd")
        elif paren:
            start = mt.start("open")
        else:
            start = mt.start("d")
        end = mt.end("close") if g["close"] and (paren or wd) else mt.end(ygroup if g["y"] else "m")
        if g["open"] and not g["close"] and not wd:
            start = mt.start("d")
        out.append(Candidate(start, end, "date", d=d, m=m, y=y, wd=wd))
    return out


def _iso(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    out = []
    for mt in found["iso"]:
        y, m, d = int(mt["y"]), int(mt["m"]), int(mt["d"])
        if safe_date(y, m, d) is not None:
            out.append(Candidate(mt.start(), mt.end(), "date", d=d, m=m, y=y))
    return out


def _textual(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    out = []
    for mt in found["textual"]:
        d, m = int(mt["d"]), lex.months[" ".join(mt["mon"].lower().split())]
        y = int(mt["y"]) if mt["y"] else None
        if safe_date(y or 2000, m, d) is None:
            continue
        wd = lex.weekdays.get(mt["wd"].lower()) if mt["wd"] else None
        direction = lex.directions.get(" ".join(mt["dir"].lower().split())) if mt["dir"] else None
        yrel = " ".join(mt["yrel"].lower().split()) if mt["yrel"] else None
        end = mt.end()
        if text[end - 1] == "." and y is None and direction is None and yrel is None:
            end -= 1  # a sentence's full stop, not an abbreviation's
        # "22 Desember tahun lalu": the year counted from the publication (or anaphoric) year
        rel = {} if yrel is None else {
            "unit": "year", "offset": (lex.relative.get(yrel) or lex.anaphoric[yrel])[1],
            "anaphoric": yrel in lex.anaphoric,
        }
        out.append(Candidate(mt.start(), end, "date", d=d, m=m, y=y, wd=wd, direction=direction, **rel))
        if wd is None:
            for day in _range_days(text, mt.start(), m, y, direction, lex):
                out.append(Candidate(day.start, day.end, "date", d=day.d, m=m, y=y, direction=direction,
                                     **rel))
    return out


def _range_days(text: str, pos: int, m: int, y: int | None, direction: str | None,
                lex: DateLexicon) -> list[Candidate]:
    """Earlier days of a range or list sharing the month (``7 - 13 September``, ``4 dan 5 Juni``)."""
    out: list[Candidate] = []
    for _ in range(8):
        mt = lex.range_head.search(text, max(0, pos - 24), pos)
        if mt is None or safe_date(y or 2000, m, int(mt.group(1))) is None:
            break
        pos = mt.start(1)
        out.append(Candidate(pos, mt.end(1), "date", d=int(mt.group(1)), m=m, y=y, direction=direction))
    return out


def _relative(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    out = []
    for mt in found["rel_fixed"]:
        rel = " ".join(mt["rel"].lower().split())
        if rel.startswith("minggu") and text[mt.start("rel")] == "M":
            if not _sentence_initial(text, mt.start("rel")):
                continue  # capitalised mid-sentence: the day name (Sunday), not "week"
        unit, offset = lex.relative.get(rel) or lex.anaphoric[rel]
        if (rel.endswith(" ini") or rel in lex.anaphoric) and _counted(text, mt.start("rel"), lex):
            continue  # "dua hari ini", "beberapa tahun sebelumnya": a duration or a count
        if prev_word(text, mt.start("rel")).lower() in lex.duration_words:
            continue  # "beberapa tahun lalu", "puluhan tahun lalu": some years ago, no calendar date
        part = lex.parts.get(" ".join(mt["part"].lower().split())) if mt["part"] else None
        if unit == "day":
            part = None  # "akhir hari ini" is still today
        start = mt.start() if part else mt.start("rel")
        out.append(Candidate(start, mt.end(), "rel", unit=unit, offset=offset, part=part,
                             anaphoric=rel in lex.anaphoric))
    for mt in found["rel_num"]:
        if " ".join(mt["dir"].lower().split()) in lex.period_directions:
            continue  # "enam bulan ke depan": the coming six months, a period
        direction = lex.directions[" ".join(mt["dir"].lower().split())]
        if mt["se"]:
            n, unit = 1, lex.units[mt["se"].lower()]
        else:
            n, unit = number_value(mt["n"], lex), lex.units[mt["unit"].lower()]
        if not n:
            continue
        sign = -1 if direction == "past" else 1
        out.append(Candidate(mt.start(), mt.end(), "rel", unit=unit, offset=sign * n, direction=direction))
    return out


def _counted(text: str, pos: int, lex: DateLexicon) -> bool:
    """Whether the word before ``pos`` counts units (``dua``, ``3``, ``beberapa``), making
    ``<unit> ini`` a duration; not a number after an ordinal head (``kuartal tiga tahun ini``)."""
    word = prev_word(text, pos)
    w = word.lower()
    if not (w.isdigit() or w in lex.numbers or w in lex.duration_words):
        return False
    return prev_word(text, pos - len(word) - 1).lower() not in lex.ordinal_heads


_HABIT_JOIN = re.compile(r"[\s,]*(?:(?:dan|atau|sampai|hingga|-|–)[\s,]*)?", re.IGNORECASE)


def _habitual(text: str, pos: int, lex: DateLexicon, habit_end: int) -> bool:
    """Whether the day name at ``pos`` names a habit: ``setiap (hari) Sabtu``, or joined to such a
    name ending at ``habit_end`` (``setiap hari Sabtu dan Minggu``)."""
    if habit_end >= 0 and _HABIT_JOIN.fullmatch(text, habit_end, pos):
        return True
    word = prev_word(text, pos)
    if word.lower() == "hari":
        word = prev_word(text, pos - len(word) - 1)
    return word.lower() in lex.habitual_heads


def _weekdays(text: str, lex: DateLexicon, found: Found) -> list[Candidate]:
    out = []
    habit_end = -1
    for mt in sorted(found["weekday"], key=lambda m: m.start()):  # found in word order, not text order
        name = mt["wd"].lower()
        direction = lex.directions.get(" ".join(mt["dir"].lower().split())) if mt["dir"] else None
        if direction is None and not mt["week"] and _habitual(text, mt.start(), lex, habit_end):
            habit_end = mt.end("wd")
            continue  # "setiap hari Sabtu dan Minggu": a habit, not a day of the calendar
        if name == "minggu" and direction and _sentence_initial(text, mt.start()):
            continue  # "Minggu lalu, ..." at a sentence start: read as "last week"
        if direction is None and _in_name(text, mt.start(), lex):
            continue  # "Pasar Minggu", "Jalan Sabtu": part of a name
        week = lex.relative[" ".join(mt["week"].lower().split())][1] if mt["week"] else None
        end = mt.end() if direction or week is not None else mt.end("wd")
        out.append(Candidate(mt.start(), end, "weekday", wd=lex.weekdays[name], direction=direction,
                             week=week))
    return out


def _in_name(text: str, pos: int, lex: DateLexicon) -> bool:
    """Whether a day name at ``pos`` is part of a name (``Pasar Minggu``)."""
    return prev_word(text, pos).lower() in lex.weekday_name_heads


def _settle(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first (earlier kinds win ties)."""
    order = sorted(enumerate(cands), key=lambda ic: (-(ic[1].end - ic[1].start), ic[0]))
    starts: list[int] = []  # kept spans, disjoint, sorted by start
    ends: list[int] = []
    kept = []
    for _, c in order:
        i = bisect_right(starts, c.start)
        if (i and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _extend_time(text: str, c: Candidate, lo: int, hi: int, lex: DateLexicon) -> None:
    """Attach a part of day or clock time after a day (``Selasa (4/7) pukul 09.30 WIB``), or a
    clock time just before it (``pukul 09.30 WIB, Selasa (4/7)``), staying within ``[lo, hi]``."""
    if c.kind in ("date", "weekday") or (c.kind == "rel" and c.unit == "day"):
        mt = lex.time_ext.match(text, c.end)
        if mt and c.end < mt.end() <= hi and text[c.end:mt.end()].strip(" ,"):
            c.end = mt.end()
        mt = lex.time_before.search(text, max(lo, c.start - 40), c.start)
        if mt:
            c.start = mt.start()


_REPORT_END = ".,\n"
_SENT_END = re.compile(r"[.!?\n](?!\d)")


def _report_shape(text: str, c: Candidate) -> bool:
    """Whether the day closes a clause after a comma: ``..., kata dia, Selasa (4/7).``"""
    before = text[max(0, c.start - 3):c.start].rstrip()
    after = text[c.end:c.end + 3].lstrip(" \t")
    return before.endswith(",") and (not after or after[0] in _REPORT_END)


def _is_label(prefix: str) -> bool:
    """Whether every word of a line prefix is capitalised (``Jakarta,``, ``Kompas.com -``)."""
    for token in prefix.split():
        letters = _WORDS.search(token)
        if letters is not None and not letters.group(0)[0].isupper():
            return False
    return True


def _context(text: str, cands: list[Candidate], lex: DateLexicon) -> None:
    stamp_head = int(config.get("dates", "stamp_head_chars"))
    spans = [(mt.start(), mt.end()) for mt in lex.quotes.finditer(text)]
    starts = [s for s, _ in spans]
    for c in cands:
        i = bisect_right(starts, c.start) - 1
        c.in_quote = i >= 0 and spans[i][0] < c.start < spans[i][1]
        lo = max(0, c.start - 300)
        ends = [mt.end() for mt in _SENT_END.finditer(text, lo, c.start)]
        window = text[ends[-1] if ends else lo:c.start]
        c.future = c.direction == "future" or bool(lex.future_cue.search(window))
        c.report = _report_shape(text, c)
        if c.kind == "date" and c.y is not None:
            line_start = text.rfind("\n", 0, c.start) + 1
            line_end = text.find("\n", c.end)
            prefix = text[line_start:c.start]
            suffix = text[c.end:len(text) if line_end < 0 else line_end]
            head = not prefix.strip() or (
                c.start < stamp_head and lex.stamp_prefix.fullmatch(prefix) is not None
                and _is_label(prefix)
            )
            c.stamp = head and (not suffix.strip() or lex.dateline_tail.match(suffix) is not None)


def find_candidates(text: str, max_year: int) -> list[Candidate]:
    """All date expressions in ``text``, non-overlapping, in text order, with their context."""
    lex = lexicon_data()
    found = _scan(text, lex)
    cands = (
        _numeric(text, lex, found) + _iso(text, lex, found) + _textual(text, lex, found)
        + month_candidates(text, lex, found) + year_candidates(text, lex, found, max_year)
        + year_range_candidates(text, found, max_year)
        + _relative(text, lex, found) + _weekdays(text, lex, found)
    )
    kept = _settle(cands)
    for i, c in enumerate(kept):
        lo = kept[i - 1].end if i else 0
        _extend_time(text, c, lo, kept[i + 1].start if i + 1 < len(kept) else len(text), lex)
    _context(text, kept, lex)
    return kept
