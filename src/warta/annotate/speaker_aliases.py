"""Alias markers in an article (``Abdul Muhaimin Iskandar atau Cak Imin``): where they are and
the capitalised words after them. Used by :class:`warta.annotate.speaker_names.NameIndex`; the
markers are ``lang/id/speaker_alias_markers.txt``."""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.quote_lex import lex
from warta.annotate.textscan import matches_at, positions


@cache
def _alias_pattern() -> re.Pattern[str]:
    """``… atau Cak Imin``: an alias marker and up to three capitalised words (group 1)."""
    markers = sorted(lex().alias_markers, key=len, reverse=True)
    alt = "|".join(re.escape(a).replace("\\ ", r"\s+") for a in markers)
    return re.compile(rf"(?:,\s*)?\b(?:{alt})\s*((?:[A-Z][\w’'-]*\s*){{1,3}})")


@cache
def _alias_heads() -> tuple[str, ...]:
    """What each alias marker starts with (its text up to the first space)."""
    return tuple(sorted({m.split(" ")[0] for m in lex().alias_markers}))


def alias_matches(text: str) -> list[re.Match[str]]:
    """``_alias_pattern().finditer(text)``, tried only where a match can start: at a marker, or at
    a comma before one (the pattern cannot start anywhere else, and trying it at every position
    costs more than the rest of the look-up)."""
    pattern, heads = _alias_pattern(), _alias_heads()
    if not all(heads):
        return list(pattern.finditer(text))
    starts: set[int] = set()
    for head in heads:
        for p in positions(text, head):
            starts.add(p)
            q = p
            while q and text[q - 1].isspace():  # "\s" is str.isspace()
                q -= 1
            if q and text[q - 1] == ",":
                starts.add(q - 1)
    return matches_at(pattern, text, starts)
