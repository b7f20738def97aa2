"""Lexicons and compiled patterns for the date annotator (built once from ``lang/id/*.tsv|txt``).

Every word list lives in a data file under ``warta/lang/id/``; this module only turns them into
lookup tables and regular expressions, compiled once per process (:func:`lexicon_data`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.lang import lexicon, phrase_pattern, table

LANG = "id"


_alt = phrase_pattern  # a regex alternation of lexicon words, longest first


def _cap_alt(words: list[str]) -> str:
    """Like :func:`_alt` but matching only the capitalised or upper-case spelling (case-sensitive)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return _alt(forms)


def _norm(word: str) -> str:
    """Lower-case with runs of whitespace collapsed, for table look-ups."""
    return " ".join(word.lower().split())


@dataclass(frozen=True)
class DateLexicon:
    """Look-up tables and compiled patterns; one instance per process."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, tuple[int, str]]
    units: dict[str, str]
    directions: dict[str, str]
    relative: dict[str, tuple[str, int]]
    parts: dict[str, str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    textual: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    month_rel: re.Pattern[str]
    month_range: re.Pattern[str]
    year: re.Pattern[str]
    year_range: re.Pattern[str]
    rel_fixed: re.Pattern[str]
    rel_num: re.Pattern[str]
    weekday: re.Pattern[str]
    time_ext: re.Pattern[str]
    time_before: re.Pattern[str]
    future_cue: re.Pattern[str]
    quotes: re.Pattern[str]
    dateline_tail: re.Pattern[str]
    range_head: re.Pattern[str]
    stamp_prefix: re.Pattern[str]
    glued_weekday: re.Pattern[str]
    law: re.Pattern[str]
    weekday_name_heads: frozenset[str]
    habitual_heads: frozenset[str]
    bare_year_blockers: frozenset[str]
    past_licence: frozenset[str]
    year_licence_outside: frozenset[str]
    duration_words: frozenset[str]
    ordinal_heads: frozenset[str]
    period_directions: frozenset[str]
    anaphoric: dict[str, tuple[str, int]]
    anaphoric_article: frozenset[str]  # anaphoric phrases whose antecedent may be in an earlier paragraph
    triggers: dict[str, tuple[str, ...]]
    trigger_words: frozenset[str]
    triggers_all: tuple[str, ...] = (
        "numeric", "iso", "textual", "month_year", "month", "month_rel", "month_range", "year",
        "year_range", "rel_fixed", "rel_num", "weekday",
    )


# Patterns tried where a number starts, and the token scan that finds where to try them.
DIGIT_PATTERNS = ("numeric", "iso", "textual", "year", "year_range", "rel_num")
TOKEN = re.compile(r"\w+|\(")


def _first_tokens(words) -> set[str]:
    return {TOKEN.findall(w.lower())[0] for w in words if TOKEN.findall(w.lower())}


def _triggers(by_pattern: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Map each lower-cased first token to the patterns that may start there."""
    out: dict[str, list[str]] = {}
    for name, words in by_pattern.items():
        for w in words:
            out.setdefault(w, []).append(name)
    return {w: tuple(names) for w, names in out.items()}


@cache
def lexicon_data() -> DateLexicon:
    """The date lexicons and patterns, loaded and compiled once."""
    months = {_norm(r[0]): int(r[1]) for r in table(LANG, "months")}
    full_months = [m for m in months if len(m) > 4 or m in ("mei", "juni", "juli", "may", "june", "july")]
    weekdays = {_norm(r[0]): int(r[1]) for r in table(LANG, "weekdays")}
    numbers = {_norm(r[0]): (int(r[1]), r[2]) for r in table(LANG, "number_words")}
    units = {_norm(r[0]): r[1] for r in table(LANG, "date_units")}
    directions = {_norm(r[0]): r[1] for r in table(LANG, "date_directions")}
    relative = {_norm(r[0]): (r[1], int(r[2])) for r in table(LANG, "date_relative")}
    anaphoric = {_norm(r[0]): (r[1], int(r[2])) for r in table(LANG, "date_anaphoric")}
    anaphoric_article = frozenset(_norm(r[0]) for r in table(LANG, "date_anaphoric")
                                  if r[3:4] == ("article",))
    parts = {_norm(r[0]): r[1] for r in table(LANG, "date_parts")}
    month_lic = [w for w in lexicon(LANG, "date_month_licence") if w not in parts and w != "bulan"]
    year_lic = [w for w in lexicon(LANG, "date_year_licence") if w not in parts and w != "tahun"]
    blockers = lexicon(LANG, "date_year_blockers")
    dayparts = lexicon(LANG, "date_dayparts")
    zones = lexicon(LANG, "date_timezones")
    cues = lexicon(LANG, "date_future_cues")

    wd, mon, fmon, part = _alt(weekdays), _alt(months), _alt(full_months), _alt(parts)
    dirs = _alt(directions)
    moving = _alt([d for d, kind in directions.items() if kind != "current"])
    numw = _alt(numbers)
    plain_units = _alt([u for u in units if not u.startswith("se")])
    se_units = _alt([u for u in units if u.startswith("se")])
    rel = _alt([*relative, *anaphoric])
    year_rel = _alt([w for w, (u, _) in [*relative.items(), *anaphoric.items()] if u == "year"])
    week_rel = _alt([w for w, (u, _) in relative.items() if u == "week"])
    year = r"(?:1[89]|20|21)\d{2}"
    no_num_before = r"(?<![\d/.,:-])"
    no_num_after = r"(?![\d/]|[.,:-]\d)"
    i = re.IGNORECASE

    numeric = re.compile(
        rf"(?:\b(?P<wd>{wd})\s*,?\s*)?(?P<open>\(\s*)?{no_num_before}(?P<d>\d{{1,2}})"
        r"(?P<sep>[/.-]|[ ]/[ ]?|/[ ])"  # also spaced: "(17 / 4)", "(17/ 4)"
        rf"(?P<m>\d{{1,2}})(?:(?P=sep)(?:(?P<y>\d{{4}}|\d{{2}})|[ ](?P<y4>\d{{4}})))?"  # "(11/12/ 2017)"
        rf"{no_num_after}(?P<close>\s*\))?",
        i,
    )
    iso = re.compile(rf"{no_num_before}(?P<y>{year})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d-])")
    textual = re.compile(
        rf"(?:\b(?P<wd>{wd})\s*,?\s*)?\b(?:(?:tanggal|tgl\.?)\s*)?(?P<d>\d{{1,2}})\s+(?P<mon>{mon})\b"
        r"(?:\.(?!\s+[A-Z]))?"  # a period ending the sentence stays out ("27 Juli. Ini ...")
        rf"(?:\s*,?\s*(?P<y>{year})\b(?![.,]\d)|\s+(?P<yrel>{year_rel})\b)?(?:\s+(?P<dir>{dirs})\b)?",
        i,
    )
    month_year = re.compile(
        rf"\b(?:(?P<part>{part})\s+)?(?:(?P<bulan>bulan)\s+)?(?P<mon>{fmon})\s+(?P<y>{year})\b(?![.,]\d)"
        rf"(?:\s+(?P<dir>{dirs})\b)?",
        i,
    )
    month = re.compile(
        rf"\b(?:(?P<lic>{_alt(month_lic)})\s+)?(?:(?P<part>{part})\s+)?(?:(?P<bulan>bulan)\s+)?"
        rf"(?P<mon>{fmon})\b(?:\s+(?P<dir>{dirs})\b)?",
        i,
    )
    month_rel = re.compile(
        rf"\b(?:(?P<part>{part})\s+)?(?:(?P<bulan>bulan)\s+)?(?P<mon>{fmon})\s+(?P<rel>{year_rel})\b", i
    )
    month_range = re.compile(
        rf"\b(?:(?P<bulan>bulan)\s+)?(?P<a>{fmon})\s*(?:{_alt(lexicon(LANG, 'date_span_joiners'))})\s*"
        rf"(?:(?:{part})\s+)?(?:bulan\s+)?(?P<b>{fmon})\b",  # "Januari hingga awal Oktober 2017"
        i,
    )
    year_re = re.compile(
        rf"\b(?:(?P<lic>{_alt(year_lic)})\s+)?(?:(?P<part>{part})\s+)?(?:(?P<tahun>tahun)\s+)?"
        rf"(?P<y>{year})\b(?![.,/-]\d)(?(tahun)|(?!\s+(?:{_alt(blockers)})\b))(?:\s+(?P<dir>{dirs})\b)?",
        i,
    )
    year_range = re.compile(
        rf"(?<![\d.,/-])(?P<a>{year})\s*(?:{_alt([*lexicon(LANG, 'date_range_joiners'), '/'])})\s*"
        rf"(?P<b>{year})\b(?![.,/-]\d)(?!\s+(?:{_alt(blockers)})\b)",
        i,
    )
    rel_fixed = re.compile(rf"\b(?<!-)(?:(?P<part>{part})\s+)?(?P<rel>{rel})\b", i)
    rel_num = re.compile(
        rf"\b(?:(?P<n>\d{{1,3}}|(?:{numw})(?:\s+(?:{numw}))*)\s+(?P<unit>{plain_units})|(?P<se>{se_units}))"
        rf"\s+(?P<dir>{moving})\b",
        i,
    )
    weekday = re.compile(
        rf"\b(?P<wd>{_cap_alt(list(weekdays))})\b(?:\s+(?P<week>{week_rel})\b|\s+(?P<dir>{dirs})\b)?"
    )
    clock = r"(?:(?:pukul|jam|pk\.?)\s*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2}\b)"
    zone = rf"(?:\s*(?:{_alt(zones)})\b)"
    time_ext = re.compile(
        rf"(?:\s*,?\s*(?:sekitar\s+|pada\s+)?(?:{_alt(dayparts)})\b)?"
        rf"(?:\s*[,–—-]?\s*(?:sekitar\s+|pada\s+)?{clock}{zone}?)?{zone}?",
        i,
    )
    time_before = re.compile(
        rf"(?:pukul|jam|pk\.?)\s*\d{{1,2}}(?:[.:]\d{{2}})?{zone}?(?:\s+(?:{_alt(dayparts)}))?\s*,?\s*"
        rf"(?:pada\s+)?(?:hari\s+)?$",
        i,
    )
    future_cue = re.compile(rf"\b(?:{_alt(cues)})\b", i)
    quotes = re.compile(r"“[^”]*”|„[^“”]*[“”]|\"[^\"\n]*\"|‘‘[^’]*’’|''[^'\n]*''")
    range_head = re.compile(
        rf"(?<![\d/.,])(\d{{1,2}})\s*(?:{_alt(lexicon(LANG, 'date_range_joiners'))})\s*$", i
    )
    dateline_tail = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—:|]")
    stamp_prefix = re.compile(r"[^\n!?\d]{1,30}?[-–—|:,]\s*")
    law = re.compile(rf"\b(?:{_alt(lexicon(LANG, 'date_law_markers'))})\s*\d+(?:[ /.-]?[a-z]{{1,4}})?\s+$", i)
    trig = _triggers({
        "numeric": _first_tokens(weekdays) | {"("},
        "textual": _first_tokens(weekdays) | {"tanggal", "tgl"},
        "month_year": _first_tokens(parts) | _first_tokens(full_months) | {"bulan"},
        "month": _first_tokens(month_lic) | _first_tokens(parts) | _first_tokens(full_months) | {"bulan"},
        "month_rel": _first_tokens(parts) | _first_tokens(full_months) | {"bulan"},
        "month_range": _first_tokens(full_months) | {"bulan"},
        "year": _first_tokens(year_lic) | _first_tokens(parts) | {"tahun"},
        "rel_fixed": _first_tokens(parts) | _first_tokens(relative) | _first_tokens(anaphoric),
        "rel_num": _first_tokens(numbers) | _first_tokens(u for u in units if u.startswith("se")),
        "weekday": _first_tokens(weekdays),
    })
    return DateLexicon(
        months=months, weekdays=weekdays, numbers=numbers, units=units, directions=directions,
        relative=relative, parts=parts, numeric=numeric, iso=iso, textual=textual,
        month_year=month_year, month=month, month_rel=month_rel, month_range=month_range, year=year_re,
        year_range=year_range, rel_fixed=rel_fixed,
        rel_num=rel_num,
        weekday=weekday, time_ext=time_ext, time_before=time_before, future_cue=future_cue, quotes=quotes,
        dateline_tail=dateline_tail, stamp_prefix=stamp_prefix, law=law, range_head=range_head,
        glued_weekday=re.compile(rf"(?<=[a-z])(?:{_cap_alt(list(weekdays))})$"),
        weekday_name_heads=frozenset(w.lower() for w in lexicon(LANG, "date_weekday_name_heads")),
        habitual_heads=frozenset(w.lower() for w in lexicon(LANG, "date_habitual_heads")),
        bare_year_blockers=frozenset(w.lower() for w in lexicon(LANG, "date_bare_year_blockers")),
        past_licence=frozenset(w.lower() for w in lexicon(LANG, "date_past_licence")),
        year_licence_outside=frozenset(w.lower() for w in lexicon(LANG, "date_year_licence_outside")),
        duration_words=frozenset(w.lower() for w in lexicon(LANG, "date_duration_quantifiers")),
        ordinal_heads=frozenset(w.lower() for w in lexicon(LANG, "date_ordinal_heads")),
        period_directions=frozenset(_norm(w) for w in lexicon(LANG, "date_period_directions")),
        anaphoric=anaphoric,
        anaphoric_article=anaphoric_article,
        trigger_words=frozenset(w for w in trig if w != "("),
        triggers=trig,
    )


def number_value(words: str, lex: DateLexicon) -> int | None:
    """The value of a digit string or an Indonesian number phrase (``"dua puluh lima"`` -> 25)."""
    words = words.strip()
    if words.isdigit():
        return int(words)
    total, current = 0, 0
    for w in _norm(words).split():
        if w not in lex.numbers:
            return None
        value, kind = lex.numbers[w]
        if kind == "unit" and value >= 10:
            total += value
        elif kind == "unit":
            current += value
        elif kind == "teen":
            total += current + value
            current = 0
        elif kind == "tens":
            total += (current or 1) * value
            current = 0
        elif kind == "hundreds":
            total += (current or 1) * value
            current = 0
    return total + current or None
