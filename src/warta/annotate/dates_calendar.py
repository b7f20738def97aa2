"""Calendar arithmetic for the date annotator: nearest years, months and weekdays around a base day."""

from __future__ import annotations

from datetime import date, timedelta

WEEKDAY_NAMES = {1: "Senin", 2: "Selasa", 3: "Rabu", 4: "Kamis", 5: "Jumat", 6: "Sabtu", 7: "Minggu"}


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)`` or ``None`` when that day does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """The month ``k`` months after ``y-m`` (``k`` may be negative)."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def iso_day(d: date) -> str:
    """``YYYY-MM-DD``."""
    return d.isoformat()


def iso_month(y: int, m: int) -> str:
    """``YYYY-MM``."""
    return f"{y:04d}-{m:02d}"


def nearest_day(m: int, d: int, base: date, direction: str | None) -> date | None:
    """The ``d``/``m`` day nearest to ``base`` in the year before, of or after it.

    ``direction`` ``"past"`` keeps days not after ``base``; ``"future"`` days not before it.
    """
    options = [x for x in (safe_date(base.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    if direction == "past":
        options = [x for x in options if x <= base]
    elif direction == "future":
        options = [x for x in options if x >= base]
    if not options:
        return None
    return min(options, key=lambda x: (abs((x - base).days), x > base))


def nearest_month(m: int, base: date, direction: str | None) -> tuple[int, int]:
    """The year of month ``m`` nearest to ``base``'s month (``direction`` as in :func:`nearest_day`)."""
    here = base.year * 12 + base.month - 1
    options = [(base.year + k) * 12 + m - 1 for k in (-1, 0, 1)]
    if direction == "past":
        options = [o for o in options if o <= here]
    elif direction == "future":
        options = [o for o in options if o >= here]
    best = min(options, key=lambda o: (abs(o - here), o > here))
    return best // 12, best % 12 + 1


def weekday_near(wd: int, base: date, direction: str | None, future_context: bool = False) -> date:
    """The day with ISO weekday ``wd`` that a bare day name means, read from ``base``.

    ``"past"`` (``Senin lalu``): the last such day before ``base``; ``"future"``
    (``Senin depan``): the next one after it; ``"current"`` (``Senin ini``): the one in ``base``'s
    week; none: the last one not after ``base``, or the next one not before it when the sentence
    speaks of a plan (``future_context``).
    """
    delta = (base.isoweekday() - wd) % 7
    if direction == "past":
        return base - timedelta(days=delta or 7)
    if direction == "future":
        return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    if direction == "current":
        return base + timedelta(days=wd - base.isoweekday())
    if future_context:
        return base + timedelta(days=(wd - base.isoweekday()) % 7)
    return base - timedelta(days=delta)


def week_day(base: date, offset: int, part: str | None) -> date:
    """A day of the week ``offset`` weeks from ``base``'s week.

    No ``part``: the same weekday as ``base``; ``early`` Monday, ``mid`` Wednesday, ``late`` Saturday.
    """
    if part is None:
        return base + timedelta(weeks=offset)
    monday = base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
    return monday + timedelta(days={"early": 0, "mid": 2, "late": 5}[part])


def nearest_weekend(base: date) -> date:
    """The Saturday of the weekend nearest to ``base`` (``akhir pekan`` without a direction)."""
    if base.isoweekday() >= 6:
        return base - timedelta(days=base.isoweekday() - 6)
    back = base - timedelta(days=base.isoweekday() + 1)
    ahead = base + timedelta(days=6 - base.isoweekday())
    return back if (base - back) < (ahead - base) else ahead


def years_with_weekday(m: int, d: int, wd: int, lo: int, hi: int) -> list[int]:
    """The years in ``[lo, hi]`` in which ``d``/``m`` fell on ISO weekday ``wd``."""
    out = []
    for y in range(lo, hi + 1):
        x = safe_date(y, m, d)
        if x is not None and x.isoweekday() == wd:
            out.append(y)
    return out
