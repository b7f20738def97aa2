"""Date expressions resolved to the calendar, and the publication date of an article.

:func:`annotate_dates` finds absolute (``4 Juli 2023``, ``04/07/2023``, ``Selasa (4/7/2023)``),
partial (``Selasa (4/7)``, ``4 Juli``, ``Juli lalu``), relative (``kemarin``, ``tiga hari lalu``,
``pekan depan``, ``akhir Juni lalu``, ``awal tahun ini``) and year (``pada 2018``) expressions with
compiled patterns built from the lexicons in ``warta/lang/id/`` and resolves them against the
publication date: the one given, or one inferred from the text (:mod:`.dates_publish`).
A clock time or part of day after a day expression is part of that mention's span
(``Selasa (4/7) pukul 09.30 WIB``). dateparser is used only to read a ``published`` value given in
a free form (``Selasa, 4 Juli 2023 10:00 WIB``); the text itself is read by our own rules, which are
right where dateparser is wrong (``akhir Juni lalu``, ``pekan lalu``, number words, ``Minggu``) and
fast enough to run on every article. See ``docs/dates.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from warta import config
from warta.annotate.dates_calendar import (
    WEEKDAY_NAMES,
    add_months,
    iso_month,
    nearest_day,
    nearest_month,
    nearest_weekend,
    safe_date,
    week_day,
    weekday_near,
)
from warta.annotate.dates_extract import Candidate, find_candidates
from warta.annotate.dates_publish import infer_published
from warta.annotate.dates_refine import refine
from warta.annotate.dates_url import date_from_url
from warta.model import DateMention

_ISO_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])")
_BARE_YEAR = re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)(?![\w/-]|[.,]\d)")
_GRAN_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class DateResult:
    """The dates of one article.

    ``published``: ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY`` when only that is pinned), ``None``
    when unknown; ``published_source``: ``"input"``, ``"inferred"`` or ``None``; ``mentions``: the
    date expressions, offsets into the text, resolved against the publication date; ``warnings``:
    e.g. a weekday that contradicts its date.
    """

    published: str | None
    published_source: str | None
    mentions: tuple[DateMention, ...]
    warnings: tuple[str, ...]


def _conf(key: str) -> float:
    return float(config.get("dates", key))


@cache
def _dateparser():
    from dateparser import DateDataParser  # imported lazily: slow to import, rarely needed

    # a publication date is an absolute date with a year: "kemarin" or "5 Juli" in the published
    # field would otherwise be read against today's clock and pass as a real date
    settings = {
        "DATE_ORDER": "DMY",
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["year"],
    }
    return DateDataParser(languages=["id", "en"], settings=settings)


def parse_published(value: str) -> tuple[date, str] | None:
    """A given publication date as ``(day, granularity)``: ISO (``2023-07-05``, ``2023-07``,
    ``2023-07-05T10:00:00+07:00``) or, failing that, any absolute date with a year that dateparser
    reads (``Rabu, 5 Juli 2023 13:29 WIB``); relative words (``kemarin``) are not a date here."""
    mt = _ISO_PREFIX.match(value)
    if mt:
        y, m, d = mt.group(1), mt.group(2), mt.group(3)
        try:
            if d:
                return date(int(y), int(m), int(d)), "day"
            if m:
                return date(int(y), int(m), 1), "month"
            return date(int(y), 1, 1), "year"
        except ValueError:
            return None
    parsed = _dateparser().get_date_data(value)
    if parsed.date_obj is None:
        return None
    gran = parsed.period if parsed.period in ("month", "year") else "day"
    return parsed.date_obj.date(), gran


def _iso(x: date, gran: str) -> str:
    return {"day": x.isoformat(), "month": iso_month(x.year, x.month), "year": f"{x.year:04d}"}[gran]


def _resolve(c: Candidate, base: date | None, gran: str | None) -> tuple[date | None, str | None, str]:
    """The calendar value of one candidate: ``(day or first day of period, granularity, conf key)``."""
    fine = _GRAN_RANK[gran] if gran else 99  # how precisely the base is known
    if c.kind == "date":
        if c.unit == "year" and c.y is None:  # "22 Desember tahun lalu"
            if base is None or fine > 2:
                return None, None, "partial"
            day = safe_date(base.year + c.offset, c.m, c.d)  # type: ignore[arg-type]
            return day, "day" if day else None, "partial"
        if c.y is not None:
            return date(c.y, c.m, c.d), "day", "absolute" if c.wd else "absolute_plain"  # type: ignore[arg-type]
        if base is not None and fine <= 1 and c.direction == "current":  # "8 Mei ini": this year's
            x = safe_date(base.year, c.m, c.d)  # type: ignore[arg-type]
            return x, "day" if x else None, "partial"
        if base is not None and fine <= 1:
            x = nearest_day(c.m, c.d, base, c.direction)  # type: ignore[arg-type]
            return x, "day" if x else None, "partial_weekday" if c.wd else "partial"
        return None, None, "partial"
    if c.kind == "month":
        if c.unit == "year":  # "Maret tahun lalu": that month of a year counted from the base
            if base is None or fine > 2:
                return None, None, "month_partial"
            return date(base.year + c.offset, c.m, 1), "month", "month_partial"  # type: ignore[arg-type]
        if c.y is not None:
            return date(c.y, c.m, 1), "month", "month"  # type: ignore[arg-type]
        if base is not None and fine <= 2:
            direction = c.direction if c.direction != "current" else None
            if c.direction == "current":
                y, m = base.year, c.m
            else:
                y, m = nearest_month(c.m, base, direction)  # type: ignore[arg-type]
            return date(y, m, 1), "month", "month_partial"  # type: ignore[arg-type]
        return None, None, "month_partial"
    if c.kind == "year":
        return date(c.y, 1, 1), "year", "year_bare" if c.bare else "year"  # type: ignore[arg-type]
    if c.kind == "weekday":
        if base is None or fine > 0:
            return None, None, "weekday"
        if c.week is not None:  # "Kamis pekan depan": that day of the next week
            return week_day(base, c.week, "early") + timedelta(days=c.wd - 1), "day", "weekday"  # type: ignore[operator]
        return weekday_near(c.wd, base, c.direction, c.future), "day", "weekday"  # type: ignore[arg-type]
    # relative
    unit_fine = {"day": 0, "week": 0, "weekend": 0, "month": 1, "year": 2}[c.unit or "day"]
    key = "relative_week" if c.unit == "weekend" else f"relative_{c.unit}"
    if base is None or fine > unit_fine:
        return None, None, key
    if c.unit == "day":
        return base + timedelta(days=c.offset), "day", key
    if c.unit == "week":
        return week_day(base, c.offset, c.part), "day", key
    if c.unit == "weekend":
        return nearest_weekend(base), "day", key
    if c.unit == "month":
        y, m = add_months(base.year, base.month, c.offset)
        return date(y, m, 1), "month", key
    return date(base.year + c.offset, 1, 1), "year", key


def annotate_dates_at(text: str, published: str | None, today: date, url: str | None = None) -> DateResult:
    """:func:`annotate_dates` with an explicit ``today`` (the latest possible publication day)."""
    warnings: list[str] = []
    cands = find_candidates(text, today.year + int(config.get("dates", "max_future_years")))
    base: date | None = None
    gran: str | None = None
    source: str | None = None
    base_factor = 1.0
    if published:
        parsed = parse_published(published)
        if parsed is None:
            warnings.append(f"published {published!r} is not a date; inferred from the text instead")
        else:
            base, gran = parsed
            source = "input"
    if base is None and (from_url := date_from_url(url, today)) is not None:
        base, gran, source = from_url, "day", "inferred"
        warnings.append(f"published {from_url.isoformat()} read from the article's address")
    if base is None:
        bare = tuple(int(y) for y in _BARE_YEAR.findall(text))
        inferred = infer_published(cands, today, bare)
        if inferred is not None:
            base, gran = parse_published(inferred.value) or (None, None)
            source = "inferred"
            base_factor = _conf("inferred_base_factor") * (0.5 + 0.5 * inferred.confidence)
            if inferred.basis == "partial_guess" and inferred.span:
                expr = text[inferred.span[0]:inferred.span[1]]
                warnings.append(
                    f"published {inferred.value} inferred from {expr!r} alone: no year in the text, so "
                    "the year is the latest in which that day fell on that weekday"
                )
    mentions = []
    resolved = refine(text, cands, [_resolve(c, base, gran) for c in cands], base)
    for c, (value, vgran, key) in zip(cands, resolved, strict=True):
        conf = _conf(f"conf_{key}")
        if c.kind in ("weekday", "rel") or (c.kind in ("date", "month") and c.y is None):
            conf *= base_factor
        mention_text = text[c.start:c.end]
        if c.wd and value is not None and vgran == "day" and value.isoweekday() != c.wd:
            conf *= _conf("weekday_conflict_factor")
            warnings.append(
                f"weekday contradicts date: {mention_text!r} at {c.start} is "
                f"{WEEKDAY_NAMES[value.isoweekday()]} {value.isoformat()}"
            )
        mentions.append(
            DateMention(
                text=mention_text, start=c.start, end=c.end,
                value=_iso(value, vgran) if value is not None and vgran else None,
                granularity=vgran if value is not None else None,
                confidence=round(min(1.0, max(0.0, conf)), 3),
            )
        )
    return DateResult(
        published=_iso(base, gran) if base is not None and gran else None,
        published_source=source,
        mentions=tuple(mentions),
        warnings=tuple(warnings),
    )


def annotate_dates(text: str, published: str | None = None, url: str | None = None) -> DateResult:
    """Find and resolve the date expressions of ``text`` (clean article text).

    ``published`` (ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or any form dateparser reads) is
    used as given; when it is ``None`` it is the day in ``url``'s path if there is one
    (:mod:`.dates_url`: ``/2018/02/14/``, ``/20180214…``), else it is inferred from the text (time stamps,
    datelines, full dates, weekday-consistent ``Hari (d/m)``) and left ``None`` when not pinned.
    Relative and partial expressions are resolved against that date.
    """
    return annotate_dates_at(text, published, date.today(), url)
