"""Titles, ranks and roles around person names.

``split_name`` finds the name inside a span such as ``Kapolres Metro Jakarta Barat Kombes Pol Budi
Hermanto`` (name ``Budi Hermanto``, role ``Kapolres Metro Jakarta Barat``); ``role_before`` and
``role_after`` read the role from the words around a name (``Menteri Luar Negeri Ukraina, Dmytro
Kuleba``; ``Jens Stoltenberg, Sekretaris Jenderal NATO,``). Titles and ranks (``titles.txt``) are
never part of a name nor of a role; offices (``roles.txt``) are roles. All matching works on words
and sets (no large regular-expression alternations), so it stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache
from typing import TYPE_CHECKING

from warta.annotate.entity_lexicons import (
    CONNECTORS,
    LANG,
    WORD,
    is_acronym,
    is_capitalised,
    lexicons,
    phrase_at,
    setting,
)
from warta.lang import lexicon

if TYPE_CHECKING:  # (entity_mentions imports canonical, which imports this module)
    from warta.annotate.entity_mentions import Mention

_BRACKETED = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s+")
_QUOTES = frozenset('"“”„«»‘’\'')
_SENT_PUNCT = frozenset(".!?;:")
_TOKEN = re.compile(r"\S+")
_ROMAN = re.compile(r"^[IVXLC]+$")
_OUTER = " ,;:-–—\t\n"


def _title_or_role(text: str, words: list[re.Match[str]], i: int) -> tuple[int, bool]:
    """Length in words of the title or office at word ``i`` and whether it is an office."""
    lx = lexicons()
    n_role = phrase_at(text, words, i, lx.roles, lx.max_phrase)
    n_title = phrase_at(text, words, i, lx.titles, lx.max_phrase)
    if n_role >= n_title:
        return n_role, n_role > 0
    return n_title, False


def _titles_only(text: str, words: list[re.Match[str]]) -> bool:
    i = 0
    while i < len(words):
        n, _ = _title_or_role(text, words, i)
        if n == 0:
            return False
        i += n
    return True


def clean_role(role: str) -> str | None:
    """A role without bracketed acronyms, trailing titles/ranks, outer punctuation and extra spaces."""
    lx = lexicons()
    role = _SPACES.sub(" ", _BRACKETED.sub("", role)).strip(_OUTER)
    words = list(WORD.finditer(role))
    # drop trailing ranks/honorifics ("... Kombes Pol"), unless they end an office ("Sekretaris Jenderal")
    cut = len(words)
    while cut > 0:
        hit = 0
        for k in range(min(lx.max_phrase, cut), 0, -1):
            if phrase_at(role, words, cut - k, lx.titles, k) == k:
                hit = k
                break
        if hit == 0:
            break
        ends_office = any(phrase_at(role, words, j, lx.roles, cut - j) == cut - j
                          for j in range(max(0, cut - lx.max_phrase), cut - hit + 1))
        if ends_office:
            break
        cut -= hit
    if cut == 0:
        return None
    role = role[:words[cut - 1].end()].strip(_OUTER) if cut < len(words) else role
    role = _without_trailing_rank(role)
    if _titles_only(role, words[:cut]) and not any(
            _title_or_role(role, words, i)[1] for i in range(cut)):
        return None
    return role or None


@cache
def _trailing_ranks() -> re.Pattern[str]:
    ranks = sorted(lexicon(LANG, "role_trailing_ranks"), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(r) for r in ranks) + r")$", re.IGNORECASE)


def _without_trailing_rank(role: str) -> str:
    """``role`` without a rank written in full at its end (``… Polda Jabar Komisaris Besar``) when
    an office stands before it."""
    mt = _trailing_ranks().search(role)
    if mt is None:
        return role
    head = role[:mt.start()]
    words = list(WORD.finditer(head))
    lx = lexicons()
    if any(phrase_at(head, words, i, lx.roles, lx.max_phrase) for i in range(len(words))):
        return head
    return role


def _is_complement(word: str, known: Collection[str]) -> bool:
    """True when ``word`` belongs to an office or institution rather than to a person's name."""
    lx = lexicons()
    if word in known:
        return False
    low = word.lower()
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


def _skip_titles(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int | None]:
    """Skip titles and offices from word ``i``: (first word after them, index of the first office)."""
    office = None
    while i < len(words):
        n, is_office = _title_or_role(text, words, i)
        if n == 0:
            break
        if is_office and office is None:
            office = i
        i += n
    return i, office


def split_name(span: str, known: Collection[str] = ()) -> tuple[int, int, str | None, str | None]:
    """Locate the person name inside ``span``: ``(start, end, role, titles)``.

    ``start:end`` are offsets into ``span`` (``start == end`` when the span holds no name).
    ``role`` is the office written before the name (``Presiden``, ``Menteri Luar Negeri
    Ukraina``), ``titles`` the honorifics/ranks stripped without a role (``Kombes Pol``).
    ``known`` holds words seen elsewhere in the article as bare person names; they mark where a
    name starts after a long role.
    """
    end = len(span)
    comma = span.find(",")
    if comma > 0:  # trailing degrees: "Siti Aminah, S.H., M.H."
        tail = list(WORD.finditer(span, comma))
        if tail and _titles_only(span, tail) and span[:comma].strip():
            end = comma
    words = list(WORD.finditer(span, 0, end))
    first, office = _skip_titles(span, words, 0)
    if first >= len(words):
        return end, end, clean_role(span[:end]), None
    p = words[first].start()
    if office is None:
        return p, end, None, (span[:p].strip(_OUTER + ".") or None)
    # an office was stripped: its complement may still precede the name
    name_word = first
    inner = span.rfind(",", p, end)
    if inner >= 0 and span[inner + 1:end].strip():
        name_word = next(i for i, w in enumerate(words) if w.start() > inner)
    else:
        in_place = _place_words([w.group() for w in words])
        for i in range(first, len(words) - 1):
            w = words[i].group()
            if w in known:
                break
            if i in in_place or _is_complement(w, known):
                name_word = i + 1
    name_word, _ = _skip_titles(span, words, name_word)
    if name_word >= len(words):  # everything looked like a role: keep the words after the office
        name_word = first
    name_start = words[name_word].start()
    return name_start, end, clean_role(span[words[office].start():name_start]), None


def strip_title(name: str) -> tuple[str, str | None]:
    """``name`` without leading titles, ranks and offices or trailing degrees, and what was removed.

    The second value is the role when an office was written (``"Presiden Joko Widodo"`` ->
    ``("Joko Widodo", "Presiden")``), else the titles (``"Kombes Pol Budi"`` -> ``("Budi",
    "Kombes Pol")``), else ``None``. A string made only of titles comes back as ``("", title)``.
    """
    stripped = name.strip()
    start, end, role, titles = split_name(stripped)
    return stripped[start:end].strip(_OUTER), role or titles


def _run_start(window: str, first_comma_ok: bool, enumeration: bool = False) -> int:
    """Offset in ``window`` where the capitalised run that ends at the window's end starts. With
    ``enumeration`` the run crosses the commas of a list closed by ``dan``/``serta`` (``Badan
    Meteorologi, Klimatologi, dan Geofisika``)."""
    lx = lexicons()
    tokens = list(_TOKEN.finditer(window))
    start = len(window)
    max_tokens = setting("max_role_tokens")
    taken = 0
    listed = False
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i].group()
        last = i == len(tokens) - 1
        listed = listed or (enumeration and tok in ("dan", "serta"))
        if tok == ",":
            if last and first_comma_ok or listed and not last:
                continue
            break
        if tok.endswith(","):
            if not (last and first_comma_ok or listed and not last):
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
        if not (is_capitalised(core) or core.lower() in CONNECTORS or core[0].isdigit()
                or core.rstrip(".").lower() in lx.titles):  # "Kepala RSUD Koja dr. Theryoto"
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
    Nothing before ``floor`` (e.g. the end of the previous person mention) is read. An office in
    lower case right before the capitalised run counts too (``juru bicara Kemlu X``).
    """
    return role_span_before(text, start, floor)[0]


def role_span_before(text: str, start: int, floor: int = 0) -> tuple[str | None, int]:
    """:func:`role_before` and the offset in ``text`` where the role starts (``start`` if none)."""
    lx = lexicons()
    base = max(0, floor, start - setting("role_window_chars"))
    window = text[base:start]
    nl = window.rfind("\n")
    if nl >= 0:
        base += nl + 1
        window = window[nl + 1:]
    run = _run_start(window, first_comma_ok=True)
    words = list(WORD.finditer(window, run))
    for i, w in enumerate(words):
        if phrase_at(window, words, i, lx.roles, lx.max_phrase):
            return clean_role(window[w.start():]), base + w.start()
    before = list(WORD.finditer(window, max(0, run - 60), run))
    if not before or window[before[-1].end():run].strip():
        return None, start
    for j in range(max(0, len(before) - lx.max_phrase), len(before)):
        if phrase_at(window, before, j, lx.roles, lx.max_phrase) == len(before) - j:
            return clean_role(window[before[j].start():]), base + before[j].start()
    return None, start


_AFTER = re.compile(r"\s*,\s*")
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:(?:dan|serta)[ \t]+)?([A-Z]\w*)")


def _list_goes_on(text: str, pos: int) -> bool:
    """Whether another capitalised item follows ``pos`` (not a day: ``…, Minggu (14/5)``)."""
    from warta.annotate.quote_lex import lex  # (quote_lex reads the speaker lists)

    mt = _LIST_GOES_ON.match(text, pos)
    return mt is not None and mt.group(1).lower() not in lex().weekdays
_AFTER_STOP = re.compile(r"[,.;:!?\n\"“”()]")


def role_after(text: str, end: int, person_starts: Sequence[int] = ()) -> str | None:
    """The role in an apposition after a name: ``"Jens Stoltenberg, Sekretaris Jenderal NATO, ..."``;
    none when a person named in ``person_starts`` stands in it and a list goes on after it
    (``Wiranto, Kepala Staf Kepresidenan Moeldoko, Kepala Staf …``: a list of officials)."""
    lx = lexicons()
    m = _AFTER.match(text, end)
    if m is None:
        return None
    limit = min(len(text), m.end() + setting("role_window_chars"))
    stop = _AFTER_STOP.search(text, m.end(), limit)
    if stop is None:
        return None
    words = list(WORD.finditer(text, m.end(), stop.start()))
    if not words or words[0].start() != m.end() or len(words) > setting("max_role_tokens"):
        return None
    head = phrase_at(text, words, 0, lx.roles, lx.max_phrase)
    if not head or any(_clause_word(w.group()) for w in words[head:]):
        return None  # ("Jackson, juru bicara Holly Baird mengatakan …": a clause, no apposition)
    end = next((w.start() for w in words[head:] if w.group().lower() == "yang"), stop.start())
    if any(m.end() < p < end for p in person_starts) and _list_goes_on(text, end):
        return None  # "Wiranto, Kepala Staf Kepresidenan Moeldoko, dan …": a list of officials
    return clean_role(text[m.end():end])  # ("…, Menteri Luar Negeri Ukraina yang baru, …")


def _clause_word(word: str) -> bool:
    """A speech verb or a complementiser: the words after a name run on as a clause."""
    from warta.annotate.quote_lex import lex  # (quote_lex reads the speaker lists)

    low = word.lower()
    return low in lex().cue_active or low in lex().complementisers


_WORD_BEFORE = re.compile(r"([A-Z][\w&-]*)[ \t]+$")


def royal_first_name(text: str, s: int) -> bool:
    """Whether the royal title at ``s`` that also opens Indonesian names (``Ratu``, ``Raja``:
    ``speaker_name_firsts.txt``) is the first word of the name after it: it follows the end of an
    office, a capitalised word that is no title or office (``Sekretaris Jenderal PSSI Ratu Tisha
    Destria``, ``Gubernur Banten Ratu Atut Chosiyah``); a queen or king has none (``Ratu Elizabeth``)."""
    from warta.annotate.quote_lex import lex  # (quote_lex reads the speaker lists)

    m = WORD.match(text, s)
    if m is None or m.group().lower() not in lex().name_firsts or m.group().lower() not in lexicons().roles:
        return False
    before = _WORD_BEFORE.search(text, max(0, s - 40), s)
    if before is None:
        return False
    lx = lexicons()
    words = [w.lower() for w in WORD.findall(text, max(0, s - 40), s)][-3:]
    if any(" ".join(words[k:]) in lx.roles for k in range(len(words) - 1)):
        return True  # "Sekretaris Jenderal Ratu Tisha Destria": an office ends right before it
    prev = before.group(1).lower()
    return prev not in lx.roles and prev not in lx.titles and prev not in lx.stopwords


def royal_start_before(text: str, pos: int) -> int | None:
    """The start of a royal title written right before the name at ``pos`` that opens that name
    (:func:`royal_first_name`: ``PSSI Ratu`` + ``Tisha Destria``), else ``None``."""
    before = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return before.start(1) if before is not None and royal_first_name(text, before.start(1)) else None


@cache
def _company_offices() -> tuple[str, ...]:
    return tuple(sorted((w.lower() for w in lexicon(LANG, "entity_company_offices")), key=len, reverse=True))


def companies_of_offices(mentions: list[Mention]) -> None:
    """Mentions labelled places that a person's company office names (``CMO Jakmall`` before
    ``Tommy Lim``: ``Jakmall`` is a company, ``entity_company_offices.txt``) become organisations."""
    companies = set()
    for m in mentions:
        if m.label == "PERSON" and m.role:
            role = " ".join(m.role.split())
            low = role.lower()
            for office in _company_offices():
                if low.startswith(office + " "):
                    companies.add(role[len(office) + 1:])
                    break
    for m in mentions:
        if m.label == "LOC" and (m.canonical or m.name) in companies:
            m.label = "ORG"


def role_without_name(name: str, role: str | None,
                      tidy: Callable[[str], str | None] = clean_role) -> str | None:
    """``role`` without the named person's own words at its end (``Pelatih AC Milan Vincenzo`` for
    Vincenzo Montella, ``Managing Director GrabPay Indonesia Ongki``), then ``tidy``-ed; ``None``
    when no word of letters is left (``16``) or the role opens with a word of the name
    (``Valentino``, ``Liliyana atau yang akrab disapa``)."""
    own = {w.lower() for w in name.split()}
    words = (role or "").split()
    while words and words[-1].lower() in own:
        words.pop()
    role = (tidy(" ".join(words)) or "") if words else ""
    if not re.search(r"[^\W\d_]{2}", role):
        return None
    content = [w for w in role.split() if w.lower() not in lexicons().stopwords]
    return None if content and content[0].lower() in own else role


def roles_without_names(mentions: list[Mention]) -> None:
    """Each person's role without the person's own name words (in place): ``Pelatih AC Milan
    Vincenzo`` for Vincenzo Montella."""
    for m in mentions:
        if m.role and m.label == "PERSON":
            m.role = role_without_name(m.canonical or m.name, m.role)
