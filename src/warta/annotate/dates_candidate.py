"""The date candidate record shared by the extraction, resolution and publication-date modules."""

from __future__ import annotations

import re
from dataclasses import dataclass

Found = dict[str, list[re.Match[str]]]


@dataclass
class Candidate:
    """A date expression found in the text, parsed but not yet resolved to the calendar.

    ``kind``: ``date`` (day ``d``, month ``m``, optional year ``y``), ``month`` (``m``, optional
    ``y``; or ``unit="year"`` and ``offset`` years from the publication year: ``Maret tahun lalu``),
    ``year``, ``rel`` (``unit`` and ``offset`` from the publication day, or from the period named
    before it when ``anaphoric``) or ``weekday`` (``week``: in the week ``week`` weeks from the
    publication day's, ``Kamis pekan depan``). ``range_next``: the first month of a span whose
    second month is the next candidate (``Januari-Maret``).
    """

    start: int
    end: int
    kind: str
    d: int | None = None
    m: int | None = None
    y: int | None = None
    wd: int | None = None
    unit: str | None = None
    offset: int = 0
    part: str | None = None
    direction: str | None = None
    stamp: bool = False
    bare: bool = False
    report: bool = False
    in_quote: bool = False
    future: bool = False
    anaphoric: bool = False
    week: int | None = None
    range_next: bool = False


_PREV_WORD = re.compile(r"(\S+)[ \t]+$")


def prev_word(text: str, pos: int) -> str:
    """The word just before ``pos`` (separated by spaces only), or ``""``."""
    mt = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return mt.group(1) if mt else ""
