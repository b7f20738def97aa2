"""Canonical names within one article: fullest person names, nicknames, acronyms defined in text.

- ``person_canonicals``: every person name maps to the fullest name of the article that contains
  it as a run of words (``Stoltenberg`` -> ``Jens Stoltenberg``).
- ``nickname_full``: well-known nicknames (``nicknames.tsv``) map to the full name even when the
  article writes only the nickname (devset convention: the speaker ``Jokowi`` is ``Joko Widodo``).
- ``find_acronyms``: ``Mahkamah Agung (MA)`` defines ``MA``; later ``MA`` mentions take the
  expansion as canonical. A bracketed word counts as an acronym of the words before it only when
  its letters occur in order in them, starting with the same letter (``Sudin Gulkarmat`` for
  ``Suku Dinas Penanggulangan Kebakaran dan Penyelamatan``); ``Jakarta (ANTARA)`` defines nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from warta.annotate.entity_lexicons import (
    CONNECTORS,
    WORD,
    legal_forms,
    lexicons,
    phrase_at,
    regional_offices,
    setting,
)
from warta.annotate.entity_roles import _run_start, strip_title

_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,2})\s*\)")
_REVERSE_DEF = re.compile(r"\b([A-Z]{2,8})[ \t]*\([ \t]*([A-Z][^()\n]{3,80}?)[ \t]*\)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s+")
_LOC_HEADS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "jalan", "jl",
                        "pulau", "kepulauan", "gunung", "sungai", "selat", "teluk", "laut", "pasar",
                        "stadion", "bandara", "pelabuhan", "stasiun", "terminal", "gedung"})


@dataclass(frozen=True, slots=True)
class Acronym:
    """An acronym defined in the text: ``expansion (acronym)`` at ``start:end`` (the expansion)."""

    acronym: str
    expansion: str
    start: int
    end: int
    label: str
    generic: bool = False  # an office or a common noun ("Perdana Menteri (PM)", "Rumah Sakit (RS)")
    after: int = -1  # offset just after the closing bracket


def tokens(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, for comparisons."""
    return tuple(w.lower() for w in WORD.findall(name))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def nickname_full(name: str) -> str | None:
    """The full name for a well-known nickname (``Jokowi`` -> ``Joko Widodo``), else ``None``."""
    return lexicons().nicknames.get(name.strip())


def written_spelling(full: str, written: Iterable[str]) -> str:
    """The article's own spelling of a lexicon name (``Saifullah Yusuf`` for ``Gus Ipul`` where
    the article writes ``Syaifullah Yusuf``): the one written name with as many words, each word
    the same or one typo apart (``misspells``), at least one the same; else ``full`` (also when the
    article writes ``full`` itself)."""
    if full in written:
        return full
    ws = full.lower().split()
    near = {n for n in written if n != full and len(n.split()) == len(ws)
            and all(a == b or misspells(a, b) for a, b in zip(ws, n.lower().split(), strict=True))
            and any(a == b for a, b in zip(ws, n.lower().split(), strict=True))}
    return near.pop() if len(near) == 1 else full


def misspells(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one typo apart: two adjacent letters swapped (``Yursi`` /
    ``Yusri``), or, for words of six letters or more, one letter more or less inside (``Muhsin`` /
    ``Muchsin``). The first letters must agree."""
    if a == b or not a or not b or a[0] != b[0]:
        return False
    if abs(len(a) - len(b)) == 1:
        short, long = (a, b) if len(a) < len(b) else (b, a)
        return (len(short) >= 6 and short[-1] == long[-1] and any(
            long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))) or (
            len(short) >= 5 and long.startswith(short))  # "Arifi" for "Arifin": the last letter lost
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def variant_of(word: str, other: str, typo: bool = True) -> bool:
    """True when the one-word name ``word`` stands for the word ``other`` of a fuller name: a
    misspelling of it (five letters or more; only when ``typo``), or its end or its start as a short
    form (``Nita`` for ``Ernita``, ``Sandi`` for ``Sandiaga``, ``Syarif`` for ``Syarifuddin``; four
    letters or more, two letters shorter at least)."""
    w, o = word.lower(), other.lower()
    return (typo and len(w) >= 5 and misspells(w, o)) or (len(w) >= 4 and len(o) >= len(w) + 2
                                                         and (o.endswith(w) or o.startswith(w)))


def person_canonicals(names: Iterable[str]) -> dict[str, str]:
    """Map each person name (titles already stripped) to the fullest name that contains it.

    A name maps to the longest other name whose words contain its words as a contiguous run
    (case-insensitive); ties go to the more frequent, then the earlier name.
    """
    seq = [n for n in names if n]
    toks = {n: tokens(n) for n in set(seq)}
    counts = Counter(toks[n] for n in seq)
    first: dict[tuple[str, ...], str] = {}
    for n in seq:
        first.setdefault(toks[n], n)
    keys = sorted(first, key=len, reverse=True)
    out: dict[str, str] = {}
    for n, t in toks.items():
        best = t
        for k in keys:
            if len(k) < len(best) or (len(k) == len(best) and (k == best or counts[k] <= counts[best])):
                continue
            if _contains(k, t):
                best = k
        if best == t and len(t) == 1 and len(t[0]) >= 4:
            # "Muhsin" beside "Muchsin Al Atas": a one-word spelling variant of a fuller name;
            # "Nita" beside "Ernita Pongki": the end of one word of a fuller name (a short form)
            near = {k for k in keys if t[0] not in k and any(variant_of(t[0], w) for w in k)
                    and (len(k) >= 2 or k[0].lower().startswith(t[0].lower()))}  # "Syarif": "Syarifuddin"
            best = near.pop() if len(near) == 1 else best
        out[n] = first[best] if t else n
    return out


def _letters(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def expands(acronym: str, phrase: str) -> bool:
    """True when ``acronym`` can abbreviate ``phrase``: same first letter, letters in order."""
    a, p = _letters(acronym), _letters(phrase)
    if len(a) < 2 or not p or a[0] != p[0] or len(p) <= len(a):
        return False
    i = 0
    for c in p:
        if c == a[i]:
            i += 1
            if i == len(a):
                return True
    return False


def _looks_like_acronym(s: str) -> bool:
    if len(s) > setting("max_acronym_chars"):
        return False
    upper = sum(c.isupper() for c in s)
    words = s.split()
    return upper >= 2 or (len(words) == 1 and len(s) <= 10)


def _guess_label(expansion: str) -> str:
    lx = lexicons()
    first = expansion.split()[0].lower().rstrip(".")
    if first in _LOC_HEADS or tuple(WORD.findall(expansion)) in lx.places:
        return "LOC"
    return "ORG"


def find_acronyms(text: str, spans: Sequence[tuple[int, int, str, float]] = ()) -> dict[str, Acronym]:
    """Acronyms defined in ``text`` as ``Expansion (ACR)``; the first definition of each wins.

    ``spans`` (NER spans) supply the label of the expansion when one overlaps it; otherwise the
    label is guessed (``LOC`` for ``Provinsi ...``/gazetteer places, else ``ORG``).
    """
    found: dict[str, Acronym] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1).strip()
        if acr in found or not _looks_like_acronym(acr):
            continue
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        lo = max(0, end - setting("acronym_window_chars"))
        window = text[lo:end]
        best = _expansion_start(acr, window)
        if best is None:
            best = _translated_start(acr, text, lo, end, m.end(), spans)
        if best is None:
            continue
        s, e = lo + best, end
        expansion = _SPACES.sub(" ", text[s:e])
        label = next((lab for a, b, lab, _ in spans if a < e and s < b), None)
        if label == "PERSON" and _named_by_head(expansion):
            label = None  # "Komunitas Warteg Nusatara (Kowantara)" with "Warteg Nusatara" tagged PERSON
        generic = is_generic(acr, expansion) or (label is None and not _named_by_head(expansion))
        if not generic and label is None and office_before(text, s):
            generic = True  # "Menteri Energi dan Sumber Daya Mineral (ESDM)": a portfolio
        found[acr] = Acronym(acr, expansion, s, e, label or _guess_label(expansion), generic, m.end())
    for m in _REVERSE_DEF.finditer(text):  # "AIAC (Asosiasi Pelatih Italia)": the name in the brackets
        acr, s, e = m.group(1), m.start(2), m.end(2)
        expansion = _SPACES.sub(" ", m.group(2))
        words = expansion.split()
        if acr in found or len(words) < 2 or not all(w[0].isupper() or w in CONNECTORS for w in words):
            continue
        label = next((lab for a, b, lab, _ in spans if a < e and s < b), None)
        if not (_named_by_head(expansion) or (label == "ORG" and expands(acr, expansion))) \
                or is_generic(acr, expansion) or acr in legal_forms():
            continue  # (not "BRT (Bus Rapid Transit)", a term; not "PT (Perseroan Terbatas)")
        label = _guess_label(expansion) if _named_by_head(expansion) else label  # "Federasi …": a body
        found[acr] = Acronym(acr, expansion, s, e, label or "ORG")
    return found


def _expansion_start(acr: str, window: str) -> int | None:
    """Start in ``window`` of the shortest capitalised run at its end that ``acr`` abbreviates,
    first without crossing a comma, then across the commas of a list (``Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)``)."""
    for enumeration in (False, True):
        words = list(WORD.finditer(window, _run_start(window, first_comma_ok=False, enumeration=enumeration)))
        for w in reversed(words):  # shortest valid suffix first
            if len(acr) >= 3 and acr.isupper() and w is words[-1]:
                continue  # "Oposisi Nasional (NASA)": one word does not define an upper-case acronym
            if w.group()[0].isupper() and expands(acr, window[w.start():]):
                return w.start()
    return None


def _translated_start(acr: str, text: str, lo: int, end: int, close: int,
                      spans: Sequence[tuple[int, int, str, float]]) -> int | None:
    """``Organisasi Kesehatan Dunia (WHO)``, ``Pasukan Demokratik Suriah (SDF)``: an acronym of the
    name in another language, in capitals, right after an organisation the NER tagged (of two
    words or more): its start in the window that begins at ``lo``."""
    if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= setting("max_translated_acronym_chars")):
        return None
    for a, b, label, _ in spans:
        if label == "ORG" and lo <= a < end <= b <= close and text[a:a + 1].isupper() \
                and len(WORD.findall(text, a, end)) >= 2:
            return a - lo
    return None


def _named_by_head(expansion: str) -> bool:
    """True when the expansion opens with an institution or place word (``Komisi``, ``Badan``,
    ``Partai``, ``Kota``): without an NER span, only such expansions make entities."""
    lx = lexicons()
    words = expansion.split()
    two = " ".join(words[:2]).lower()
    first = words[0].lower() if words else ""
    return first in lx.org_heads or first in lx.place_heads or two in lx.org_heads or first in lx.org_words


def office_before(text: str, start: int) -> bool:
    """True when an office (``Menteri``, ``Kepala``) is written right before ``start``."""
    lx = lexicons()
    words = list(WORD.finditer(text, max(0, start - 40), start))
    if not words or text[words[-1].end():start].strip():
        return False
    return any(phrase_at(text, words, j, lx.roles, lx.max_phrase) == len(words) - j
               for j in range(max(0, len(words) - lx.max_phrase), len(words)))


def is_generic(acronym: str, expansion: str) -> bool:
    """True for offices and common nouns that name no particular entity: the expansion opens with an
    office (``Perdana Menteri (PM)``, ``Menteri Kesehatan (Menkes)``) or either form is a generic term
    (``generic_terms.txt``: ``Rumah Sakit (RS)``, ``Warga Negara Indonesia (WNI)``)."""
    lx = lexicons()
    words = WORD.findall(expansion)
    for n in range(min(len(words), lx.max_phrase), 0, -1):
        if " ".join(words[:n]).lower() in lx.roles:
            return True
    return acronym.lower() in lx.generic or " ".join(words).lower() in lx.generic


def drop_brackets(name: str) -> str:
    """A name without bracketed parts: ``Suku Dinas X (Sudin X) Jakarta Timur`` -> ``Suku Dinas X Jakarta
    Timur``."""
    return _SPACES.sub(" ", _BRACKETED.sub("", name)).strip()


def fullest_name(name: str, entities: Sequence) -> str:
    """The fullest form of ``name`` among ``entities`` (``warta.model.Entity`` items of one article).

    Titles are stripped, nicknames resolved; then the longest entity canonical that contains the
    name's words wins. Falls back to the stripped name. Meant for the quotes annotator
    (``kata Stoltenberg`` -> ``Jens Stoltenberg``).
    """
    bare, _ = strip_title(name)
    bare = bare or name.strip()
    nick = nickname_full(bare)
    if nick:
        bare = nick
    t = tokens(bare)
    if not t:
        return bare
    for ent in entities:
        if ent.text.strip() in (name.strip(), bare):
            return ent.canonical
    best, best_len = bare, len(t)
    for ent in entities:
        n = len(tokens(ent.canonical))
        if n > best_len and _contains(tokens(ent.canonical), t):
            best, best_len = ent.canonical, n
    return best


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` is an abbreviation of ``long`` written elsewhere in the article.

    All-caps acronyms must equal the initials of ``long``'s capitalised words (hyphenated words
    count each part: ``PBB`` for ``Perserikatan Bangsa-Bangsa``); an acronym inside ``long`` counts
    with all its letters (``KPK`` is not ``Kementerian PDT dan Kemendagri``); syllable
    abbreviations of five letters or more (``Kemenlu``, ``Kemendagri``) need their letters in order
    (:func:`expands`).
    """
    if " " in short.strip() or len(long.split()) < 2:
        return False
    if short.isupper():
        initials = "".join(p if p.isupper() and p.isalpha() else p[0]
                           for w in long.split() for p in w.split("-") if p and p[0].isupper())
        return initials == short
    return len(short) >= 5 and short[0].isupper() and expands(short, long)


def org_canonicals(names: Iterable[str]) -> dict[str, str]:
    """Map short organisation names to a longer form of the same article.

    ``Kemenlu`` -> ``Kementerian Luar Negeri`` (see :func:`abbreviates`), and a single word
    ``Golkar`` -> ``Partai Golkar``, the shortest longer name that ends with it after institution
    words only (``org_words.txt``) or acronyms. Other names map to themselves.
    """
    lx = lexicons()
    distinct = list(dict.fromkeys(n for n in names if n))
    out = {n: n for n in distinct}
    longer = sorted((n for n in distinct if len(n.split()) >= 2), key=len)
    for n in distinct:
        if " " in n:
            out[n] = _qualified(n, longer)
            continue
        for cand in longer:
            if abbreviates(n, cand) and not _other_office(n, cand):
                out[n] = cand
                break
            words = cand.split()
            if n.isupper():
                continue  # "BMKG" is not "Organisasi BMKG" (a unit of it)
            if words[-1].lower() == n.lower() and (n,) not in lx.places and all(
                    w.lower() in lx.org_words or w.isupper() for w in words[:-1]):
                out[n] = cand
                break
    return out


def _other_office(short: str, long: str) -> bool:
    """True when ``long`` is a regional body and its place (``Polres Cianjur``) and ``short`` does not
    start with that body's word: ``Polri`` is not ``Polres Cianjur``."""
    first = long.split()[0].lower()
    return first in regional_offices() and not short.lower().startswith(first)


def _qualified(name: str, longer: Sequence[str]) -> str:
    """The one longer organisation name that is ``name`` followed by a place or a word such as ``RI``
    (``Dinas Sosial`` -> ``Dinas Sosial DKI Jakarta``); else ``name``."""
    lx = lexicons()
    words = name.split()
    found = []
    for cand in longer:
        cw = cand.split()
        rest = tuple(cw[len(words):])
        if len(cw) > len(words) and cw[:len(words)] == words and (
                rest in lx.places or all(w.lower() in lx.org_words for w in rest)
                or (rest[0].isupper() and rest[1:] in lx.places)):
            found.append(cand)
    return found[0] if len(found) == 1 else name


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")


def plain_name_words(text: str, entities: Sequence) -> Callable[[str], bool]:
    """A test for person names that are plain names in ``text``: every word capitalised (or a
    name particle such as ``del``), none a title, office, common or organisation word, none
    written in lower case elsewhere in the text (``Sutradara``, ``Keputusan``), none a word of an
    organisation or place of ``entities`` (``Peradi Sapriyanto Refa``)."""
    from warta.annotate.entity_roles import strip_title  # (entity_roles imports this module)
    from warta.annotate.quote_lex import lex

    lx, L = lexicons(), lex()
    other = {w.lower() for e in entities if e.label != "PERSON" for w in WORD.findall(e.text)}
    lists = (other, L.role_words, L.anaphor_nouns, L.common_words, L.org_heads, lx.common, lx.org_words)
    lower: set[str] = set()  # the text's lower-case words, read once on the first look-up

    def banned(word: str) -> bool:
        low = word.lower()
        if any(low in x for x in lists):
            return True
        if not lower:
            lower.update(w for w in WORD.findall(text) if w.islower())
            lower.add("")  # (read: an article with no lower-case word is not read again)
        return low in lower

    def plain(name: str) -> bool:
        words = name.split()
        return bool(words) and all(_NAME_WORD.fullmatch(w) or w in L.name_connectors for w in words) \
            and not any(banned(w) for w in words if w not in L.name_connectors) \
            and strip_title(name)[0] == name

    return plain
