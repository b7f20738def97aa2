"""Inferring the publication day of an article from its own date expressions.

Rule (see ``docs/dates.md``): a time stamp or dateline wins; otherwise the publication day is the
latest *reported* day - a day expression outside quotations, not in a sentence about a plan, and
not marked ``lalu`` - preferring expressions that carry a weekday (``Selasa (4/7)``). Indonesian
outlets date the paragraph with the reporting day, so that day is taken as is (the event of the day
before would be off by one). A ``Hari (d/m)`` without a year gets the year in which ``d/m`` fell
on that weekday: the newest year the text names or the year after it when one of them fits (the
text reports on or soon after the years it names), else the latest such year not after today's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from warta import config
from warta.annotate.dates_calendar import nearest_day, safe_date
from warta.annotate.dates_extract import Candidate


@dataclass(frozen=True)
class Inferred:
    """An inferred publication date (``value`` ISO), its granularity and a confidence in [0, 1]."""

    value: str
    granularity: str
    confidence: float
    basis: str
    span: tuple[int, int] | None = None  # the expression it was read from


def _conf(key: str) -> float:
    return float(config.get("dates", key))


def _reporting(c: Candidate) -> bool:
    return not c.in_quote and not c.future and c.direction != "past"


def _named_years(cands: list[Candidate], today: date) -> list[int]:
    """Years the text names outside quotations and plans (``2015 lalu`` counts: it is past)."""
    return [
        c.y for c in cands
        if c.y is not None and c.kind in ("date", "month", "year") and not c.in_quote and not c.future
        and c.y <= today.year
    ]


def _year_by_weekday(
    partials: list[Candidate], newest: int | None, today: date
) -> tuple[dict[int, date], bool] | None:
    """Dates for ``partials`` (``Hari (d/m)``) in the one year that best fits their weekdays.

    Of the best-fitting years not after ``today``, the one equal to or just after the ``newest``
    year the text names (unless that year is far older than both the latest fitting one and
    today), else the latest. The flag tells whether a named year supported the choice.
    """
    lo = int(config.get("dates", "min_year"))
    has_early = any(c.m <= 2 for c in partials)  # type: ignore[operator]
    constraints = Counter((c.m, c.d, c.wd) for c in partials)  # the same "Hari (d/m)" counts once each
    best: tuple[int, list[int]] = (0, [])
    for y in range(lo, today.year + 1):
        score = 0
        for (m, d, wd), n in constraints.items():
            x = safe_date(y, m, d)  # type: ignore[arg-type]
            prev = safe_date(y - 1, m, d) if has_early and m >= 11 else None  # type: ignore[arg-type, operator]
            if (x and x <= today and x.isoweekday() == wd) or (prev and prev.isoweekday() == wd):
                score += n
        if score > best[0]:
            best = (score, [y])
        elif score and score == best[0]:
            best[1].append(y)
    if not best[0]:
        return None
    years = best[1]
    window = int(config.get("dates", "named_year_window"))
    max_gap = int(config.get("dates", "named_year_max_gap"))
    max_age = int(config.get("dates", "named_year_max_age"))
    if newest is not None and max(years) - newest > max_gap and today.year - newest > max_age:
        newest = None  # a historical year ("Konvensi Wina tahun 1961") says nothing of the date
    near = [y for y in years if newest is not None and newest <= y <= newest + window]
    year = min(near) if near else max(years)
    out = {}
    for c in partials:
        x = safe_date(year, c.m, c.d)  # type: ignore[arg-type]
        prev = safe_date(year - 1, c.m, c.d) if has_early and c.m >= 11 else None  # type: ignore[arg-type]
        if prev and prev.isoweekday() == c.wd and not (x and x.isoweekday() == c.wd):
            x = prev
        if x:
            out[id(c)] = x
    return out, bool(near)


def _coarse(cands: list[Candidate], today: date) -> Inferred | None:
    """Month or year of publication from a month or year marked as current (``Juli 2023 ini``,
    ``tahun 2023 ini``), when no day is pinned."""
    for kind, gran in (("month", "month"), ("year", "year")):
        for c in cands:
            if c.kind == kind and c.y is not None and c.direction == "current" and not c.in_quote:
                if c.y <= today.year:
                    value = f"{c.y:04d}-{c.m:02d}" if gran == "month" else f"{c.y:04d}"
                    return Inferred(value, gran, _conf("pub_current"), "current", (c.start, c.end))
    return None


def infer_published(cands: list[Candidate], today: date, bare_years: tuple[int, ...] = ()) -> Inferred | None:
    """The publication day implied by the date expressions ``cands``, or ``None`` when not pinned.

    ``bare_years``: four-digit years written without a date word (``MotoGP 2017``, ``Pemilu
    2019``); they count as years the text names when choosing the year of a ``Hari (d/m)``.
    """
    days = [c for c in cands if c.kind == "date"]
    for c in days:
        if c.stamp and c.y is not None:
            x = date(c.y, c.m, c.d)  # type: ignore[arg-type]
            if x <= today:
                return Inferred(x.isoformat(), "day", _conf("pub_stamp"), "stamp", (c.start, c.end))
    full = {id(c): date(c.y, c.m, c.d) for c in days if c.y is not None}  # type: ignore[arg-type]
    full = {k: v for k, v in full.items() if v <= today}
    partials = [c for c in days if c.y is None and c.wd and c.unit is None]  # not "… tahun lalu"
    dated: dict[int, date] = dict(full)
    basis = {k: "full" for k in full}
    if partials:
        ref_pool = [full[id(c)] for c in days if id(c) in full and _reporting(c)]
        near: dict[int, date | None] = {}
        if ref_pool:
            ref = max(ref_pool)
            near = {id(c): nearest_day(c.m, c.d, ref, None) for c in partials}  # type: ignore[arg-type]
        if near and all((x := near[id(c)]) is not None and x.isoweekday() == c.wd for c in partials):
            dated.update({k: v for k, v in near.items() if v is not None})
            basis.update({k: "partial_full" for k in near})
        else:
            named = _named_years(cands, today) + [y for y in bare_years if y <= today.year]
            by_wd = _year_by_weekday(partials, max(named) if named else None, today)
            if by_wd:
                dated.update(by_wd[0])
                basis.update({k: "partial_named" if by_wd[1] else "partial_guess" for k in by_wd[0]})
    if not dated:
        return _coarse(cands, today)
    named = _named_years(cands, today)
    newest = max(named) if named else None
    # A full date without a weekday older than a year the text names is history, not the report.
    pool = [
        c for c in days
        if id(c) in dated and (c.wd or c.y is None or newest is None or dated[id(c)].year >= newest)
    ]
    if not pool:
        return _coarse(cands, today)
    reporting = [c for c in pool if _reporting(c)]
    weekday_reporting = [c for c in reporting if c.wd]
    if any(c.report for c in weekday_reporting):  # "..., kata dia, Selasa (4/7)." first
        weekday_reporting = [c for c in weekday_reporting if c.report]
    if weekday_reporting or reporting:
        chosen = max(weekday_reporting or reporting, key=lambda c: dated[id(c)])
    else:
        unquoted = [c for c in pool if not c.in_quote] or pool
        chosen = min(unquoted, key=lambda c: dated[id(c)])
    key = basis[id(chosen)]
    if key == "full":
        key = "full_weekday" if chosen.wd else "full"
    conf = _conf(f"pub_{key}")
    x = dated[id(chosen)]
    if chosen.wd and x.isoweekday() != chosen.wd:
        conf *= _conf("weekday_conflict_factor")
    return Inferred(x.isoformat(), "day", conf, key, (chosen.start, chosen.end))
