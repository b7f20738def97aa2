"""Titles, ranks and roles around person names.

``split_name`` finds the name inside a span such as ``Kapolres Metro Jakarta Barat Kombes Pol Budi
Hermanto`` (name ``Budi Hermanto``, role ``Kapolres Metro Jakarta Barat``); ``role_before`` and
``role_after`` read the role from the words around a name (``Menteri Luar Negeri Ukraina, Dmytro
Kuleba``; ``Jens Stoltenberg, Sekretaris Jenderal NATO,``). Titles and ranks (``titles.txt``) are
never part of a name nor of a role; offices (``roles.txt``) are roles.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from warta.annotate.entity_lexicons import (
    CONNECTORS,
    WORD,
    is_acronym,
    is_capitalised,
    lexicons,
    setting,
)

_BRACKETED = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s+")
_QUOTES = frozenset('"“”„«»‘’\'')
_SENT_PUNCT = frozenset(".!?;:")
_TOKEN = re.compile(r"\S+")
_ROMAN = re.compile(r"^[IVXLC]+$")


def clean_role(role: str) -> str | None:
    """A role without bracketed acronyms, trailing titles/ranks, outer punctuation and extra spaces."""
    lx = lexicons()
    role = _BRACKETED.sub("", role)
    role = role.strip(" ,;:-–—\t\n")
    prev = None
    while prev != role:
        prev = role
        role = lx.trailing_titles.sub("", role).strip(" ,;:-–—\t\n")
    role = _SPACES.sub(" ", role)
    if not role or lx.title_only.match(role):
        return None
    return role


def _is_complement(word: str, known: Collection[str]) -> bool:
    """True when ``word`` belongs to an office or institution rather than to a person's name."""
    lx = lexicons()
    if word in known:
        return False
    low = word.lower().rstrip(".")
    return (low in lx.org_words or is_acronym(word) or (word,) in lx.places
            or low in CONNECTORS or bool(_ROMAN.match(word)))


def _place_words(words: list[str]) -> set[int]:
    """Indices of ``words`` that belong to a multi-word gazetteer place (``Jakarta Barat``)."""
    lx = lexicons()
    out: set[int] = set()
    for i in range(len(words)):
        for n in range(min(lx.max_place_len, len(words) - i), 1, -1):
            if tuple(words[i:i + n]) in lx.places:
                out.update(range(i, i + n))
                break
    return out


def split_name(span: str, known: Collection[str] = ()) -> tuple[int, int, str | None, str | None]:
    """Locate the person name inside ``span``: ``(start, end, role, titles)``.

    ``start:end`` are offsets into ``span`` (``start == end`` when the span holds no name).
    ``role`` is the office written before the name (``Presiden``, ``Menteri Luar Negeri
    Ukraina``), ``titles`` the honorifics/ranks stripped without a role (``Kombes Pol``).
    ``known`` holds words seen elsewhere in the article as bare person names; they mark where a
    name starts after a long role.
    """
    lx = lexicons()
    m = lx.lead_titles.match(span)
    p = m.end() if m else 0
    end = len(span)
    tail = lx.degrees_tail.search(span, p)
    if tail:
        end = tail.start()
    if p >= end:
        return end, end, clean_role(span[:p]) if p else None, None
    prefix = span[:p]
    head = lx.role_head.search(prefix)
    if head is None:
        return p, end, None, (prefix.strip(" ,") or None)
    # a role head was stripped: its complement may still precede the name
    name_start = p
    comma = span.rfind(",", p, end)
    if comma >= 0 and span[comma + 1:end].strip():
        name_start = comma + 1
    else:
        words = list(WORD.finditer(span, p, end))
        in_place = _place_words([w.group() for w in words])
        for i, w in enumerate(words[:-1]):
            if w.group() in known:
                break
            if i in in_place or _is_complement(w.group(), known):
                name_start = words[i + 1].start()
    rest = lx.lead_titles.match(span, name_start)
    if rest:
        name_start = rest.end()
    while name_start < end and span[name_start].isspace():
        name_start += 1
    if name_start >= end:  # everything looked like a role: keep the words after the head
        name_start = p
    return name_start, end, clean_role(span[head.start():name_start]), None


def strip_title(name: str) -> tuple[str, str | None]:
    """``name`` without leading titles, ranks and offices or trailing degrees, and what was removed.

    The second value is the role when an office was written (``"Presiden Joko Widodo"`` ->
    ``("Joko Widodo", "Presiden")``), else the titles (``"Kombes Pol Budi"`` -> ``("Budi",
    "Kombes Pol")``), else ``None``. A string made only of titles comes back as ``("", title)``.
    """
    start, end, role, titles = split_name(name.strip())
    stripped = name.strip()
    return stripped[start:end].strip(" ,"), role or titles


def _run_start(window: str, first_comma_ok: bool) -> int:
    """Offset in ``window`` where the capitalised run that ends at the window's end starts."""
    lx = lexicons()
    tokens = list(_TOKEN.finditer(window))
    start = len(window)
    max_tokens = setting("max_role_tokens")
    taken = 0
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i].group()
        last = i == len(tokens) - 1
        if tok == ",":
            if last and first_comma_ok:
                continue
            break
        if tok.endswith(","):
            if not (last and first_comma_ok):
                break
            tok = tok[:-1]
        if tok[0] in _QUOTES or tok[-1] in _QUOTES:
            break
        core = tok.strip("()")
        if not core:
            break
        if core[-1] in _SENT_PUNCT:
            bare = core.rstrip(".")
            if not (core.endswith(".") and (bare.lower() in lx.titles or len(bare) <= 2)):
                break
        if not (is_capitalised(core) or core.lower() in CONNECTORS or core[0].isdigit()):
            break
        start = tokens[i].start()
        taken += 1
        if taken >= max_tokens:
            break
    # a run does not start with a connector
    while start < len(window):
        m = _TOKEN.match(window, start)
        if m is None or m.group().lower() not in CONNECTORS:
            break
        nxt = _TOKEN.search(window, m.end())
        start = nxt.start() if nxt else len(window)
    return start


def role_before(text: str, start: int, floor: int = 0) -> str | None:
    """The role written just before the name at ``text[start:]`` (same sentence), or ``None``.

    ``"... ucap Menteri Luar Negeri Ukraina, Dmytro Kuleba"`` -> ``"Menteri Luar Negeri Ukraina"``;
    ranks between role and name are dropped (``Kapolres Metro Jakarta Barat Kombes Pol X``).
    Nothing before ``floor`` (e.g. the end of the previous person mention) is read.
    """
    lx = lexicons()
    window = text[max(0, floor, start - setting("role_window_chars")):start]
    nl = window.rfind("\n")
    if nl >= 0:
        window = window[nl + 1:]
    run = _run_start(window, first_comma_ok=True)
    m = lx.role_head.search(window, run)
    if m is not None:
        return clean_role(window[m.start():])
    low = lx.role_end.search(window[:run].rstrip())
    if low is not None and window[:run].strip():
        return clean_role(window[low.start():])
    return None


_AFTER = re.compile(r"\s*,\s*")
_AFTER_STOP = re.compile(r"[,.;:!?\n\"“”()]")


def role_after(text: str, end: int) -> str | None:
    """The role in an apposition after a name: ``"Jens Stoltenberg, Sekretaris Jenderal NATO, ..."``."""
    lx = lexicons()
    m = _AFTER.match(text, end)
    if m is None:
        return None
    head = lx.role_head.match(text, m.end())
    if head is None:
        return None
    stop = _AFTER_STOP.search(text, head.end())
    stop_at = stop.start() if stop else len(text)
    if stop_at - m.end() > setting("role_window_chars"):
        return None
    role = text[m.end():stop_at]
    if len(role.split()) > setting("max_role_tokens"):
        return None
    return clean_role(role)
