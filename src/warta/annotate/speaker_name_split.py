"""The name/role split of a capitalised run of words (``Menteri Luar Negeri Retno Marsudi`` ->
role words, name) and the word tests it rests on; :mod:`warta.annotate.speaker_names` builds the
article's name index on them."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.annotate.quote_lex import is_acronym, is_cap, lex, setting
from warta.annotate.speaker_context import is_descriptor
from warta.annotate.speaker_offices import ROMAN, numbered_offices

_NOMINAL = re.compile(r"^(?:pe|per|pen|pem|peng|peny|ke)[a-z]{3,}an$")
_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=1 << 16)
def word_ok_in_name(w: str) -> bool:
    """A capitalised word that may be part of a personal name (not a role, title, place, time word,
    acronym or a token with digits)."""
    L = lex()
    if _INITIAL.match(w):  # "M. Yusuf": an initial with its full stop; "H." (Haji) is a title
        return w[0].lower() not in L.titles
    if _INITIALS.fullmatch(w):  # "Hastin A.B. Dumadi", "Louis C.K."
        return True
    redup = _REDUPLICATED.fullmatch(w)
    if redup and redup.group(1).lower() in L.common_words:  # "Kota-kota": a plural common noun
        return False  # (not the surname "Butar-butar")
    return (is_cap(w) and not L.is_name_stop(w) and not is_acronym(w) and w[0].isalpha()
            and not any(c.isdigit() or c == "." for c in w) and not _NOUN_NYA.fullmatch(w.lower()))


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_NOUN_NYA = re.compile(r"(?:ke|pe|per|di|ter)[a-z]{4,}nya")  # "Kembalinya Nokia", "Dilantiknya Idrus": a noun
_REDUPLICATED = re.compile(r"([A-Za-z]{2,})-(?i:\1)")


def common_word(w: str, lower_vocab: frozenset[str]) -> bool:
    """A capitalised dictionary word rather than a name (``Keadilan``, ``Penanggulangan``)."""
    low = w.lower()
    return bool(_NOMINAL.match(low)) or low in lex().common_words or low in lower_vocab


def split_name(words: list[str], lower_vocab: frozenset[str] = frozenset(),
               person_words: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Split a run of words into (role words, personal name): the name is the longest suffix of
    capitalised words that are not roles, titles, places, acronyms or (before the last word)
    dictionary words such as the end of an organisation's name. ``person_words``: words the
    article's NER puts in a person's name (``Yandri``, ``Luka`` of ``Luka Modric``), kept in the
    name after an organisation head or when they are also dictionary words."""
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if is_descriptor(w) and len(words) - i >= 2:
            break  # "Bintang Chelsea Willian": a descriptive noun before a club and a name
        if word_ok_in_name(w) or (w.lower() in lex().name_connectors and i < len(words) and i > 1):
            i -= 1
            continue
        if is_acronym(w) and len(w) <= 3 and i < len(words) and i > 1 and word_ok_in_name(words[i - 2]) \
                and w.lower() not in lex().role_words and w.lower() not in lex().places \
                and w.lower() not in lex().org_heads:
            i -= 1  # initials inside a name: "Bambang PS Brodjonegoro", "Retno LP Marsudi"
            continue
        if w.lower() in lex().name_firsts and is_cap(w) and 2 <= i < len(words) \
                and words[i - 2].lower() not in lex().role_words:
            i -= 1  # "Audi Agung Arianto": a name element that is also an office word opens the name
        break     # after a company or unit (not "Jaksa Agung Prasetyo", not a queen's "Ratu Maxima")
    while i < len(words) and words[i].lower() in lex().name_connectors:
        i += 1
    if 0 < i < len(words) - 1 and words[i - 1].lower() in numbered_offices() and ROMAN.fullmatch(words[i]):
        i += 1  # "Ketua KPK Jilid I Taufiequrachman Ruki": the term's numeral, not "I Wayan"
    if 0 < i < len(words) - 1 and words[i - 1].lower() in lex().org_heads and not is_acronym(words[i - 1]) \
            and is_cap(words[i - 1]) and words[i] not in person_words:
        i += 1  # "Partai Golkar Sarmuji": the word after an organisation head names the organisation
        # (not in "Sekretaris Fraksi Yandri Susanto" when the article's NER calls "Yandri" a person)
    for k in range(len(words) - 2, i - 1, -1):
        if common_word(words[k], lower_vocab) and words[k].lower() not in lex().name_connectors \
                and words[k] not in person_words:
            i = k + 1  # "Partai Keadilan Sejahtera Muhammad Khalid"
            break
    name = words[i:]
    if all(len(w) < 2 for w in name):
        return words, []
    limit = int(setting("max_name_words"))
    if len(name) > limit:
        i += len(name) - limit
        name = words[i:]
    return words[:i], name
