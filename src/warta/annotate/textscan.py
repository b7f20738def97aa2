"""Regex matching tried only at candidate positions: the same matches as ``pattern.finditer(text)``
when every match can only start at one of those positions, without trying the pattern at every
character (costly for patterns that open with a look-behind or an optional prefix)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def positions(text: str, needle: str) -> Iterator[int]:
    """Every index where ``needle`` occurs in ``text`` (overlapping occurrences included)."""
    p = text.find(needle)
    while p >= 0:
        yield p
        p = text.find(needle, p + 1)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``pattern.match`` at each start in increasing order, skipping starts inside an earlier
    match (as ``finditer`` does)."""
    out: list[re.Match[str]] = []
    end = 0
    for q in sorted(set(starts)):
        if q >= end and (m := pattern.match(text, q)) is not None:
            out.append(m)
            end = m.end()
    return out
