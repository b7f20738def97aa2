"""Mentions inside the entity annotator, and the scan that adds mentions the NER missed.

The scan looks, in the parts of the text no mention covers, for whole-word, case-sensitive
occurrences of: forms the article already tagged, single words of tagged person names, acronyms
defined in the text, nicknames (``nicknames.tsv``) and gazetteer places. A match glued to a
neighbouring capitalised word that is not a title, office or stop word is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.canonical import Acronym, drop_brackets
from warta.annotate.entity_filters import extend_left, extend_right, sentence_initial
from warta.annotate.entity_lexicons import WORD, extras, is_acronym, is_capitalised, lexicons, setting


@dataclass(slots=True)
class Mention:
    """One mention while it is being repaired; becomes a :class:`warta.model.Entity` at the end."""

    start: int
    end: int
    label: str
    conf: float
    name: str  # the name as the canonical step sees it (titles stripped, brackets dropped)
    role: str | None = None
    canonical: str = ""


_Forms = dict[tuple[str, ...], tuple[str, str, float]]


def forms_of(mentions: list[Mention], acronyms: dict[str, Acronym]) -> _Forms:
    """Surface forms (word tuples) worth finding again, with label, name and confidence."""
    lx = lexicons()
    prop = setting("propagated_confidence")
    forms: dict[tuple[str, ...], tuple[str, str, float]] = {}
    for m in mentions:
        key = tuple(WORD.findall(m.name if m.label == "PERSON" else drop_brackets(m.name)))
        if key and not (len(key) == 1 and key[0].lower() in lx.stopwords):
            forms.setdefault(key, (m.label, m.name, m.conf * prop))
    acr_conf = setting("acronym_confidence")
    for acr in acronyms.values():
        if not acr.generic:
            forms.setdefault(tuple(WORD.findall(acr.acronym)), (acr.label, acr.expansion, acr_conf))
    owners: dict[str, set[str]] = defaultdict(set)
    conf: dict[str, float] = {}
    for m in mentions:
        if m.label != "PERSON":
            continue
        words = WORD.findall(m.name)
        if len(words) < 2:
            continue
        for w in words:
            low = w.lower()
            if (len(w) >= setting("min_name_part_chars") and is_capitalised(w) and low not in lx.stopwords
                    and low not in lx.titles and low not in lx.roles and (w,) not in lx.places):
                owners[w].add(person_key(m.name))
                conf[w] = max(conf.get(w, 0.0), m.conf * prop)
    part_names = {m.name for m in mentions if m.label == "PERSON"}
    name_words = {n: WORD.findall(n) for n in part_names}  # (in the set's order)
    for w, keys in owners.items():
        if len(keys) == 1 and (w,) not in forms:
            full = max((n for n, ws in name_words.items() if w in ws), key=lambda n: len(n))
            forms[(w,)] = ("PERSON", full, conf[w])
    return forms


@cache
def _static_forms() -> tuple[_Forms, int]:
    """Forms every article shares: nicknames, gazetteer places, gazetteer organisations; and the
    longest form's length."""
    lx = lexicons()
    forms: _Forms = {}
    nick = setting("nickname_confidence")
    for name in lx.nicknames:
        forms.setdefault(tuple(WORD.findall(name)), ("PERSON", name, nick))
    gaz = setting("gazetteer_confidence")
    for key, entry in lx.places.items():
        forms.setdefault(key, ("LOC", entry, gaz))
    if setting("gazetteer_orgs"):
        for key, entry in lx.orgs.items():
            forms.setdefault(key, ("ORG", entry, gaz))
        ex = extras()
        for table, label in ((ex.orgs, "ORG"), (ex.venues, "LOC")):
            for key, entry in table.items():  # "Antara", "Suara": also common words, not searched
                if len(key) > 1 or (key[0].lower() not in lx.common and key not in lx.places):
                    forms.setdefault(key, (label, entry, gaz))
    return forms, max(len(k) for k in forms)


def _coordinated(text: str, tk: Tokens, i: int, covered: bytearray) -> bool:
    """True when word ``i`` follows ``<Name> dan`` and that capitalised word belongs to no mention,
    lexicon form, office or title (``Imigrasi dan`` + ``Bea Cukai``)."""
    if i < 2 or tk.words[i - 1] != "dan" or not (tk.joined[i - 1] and tk.joined[i - 2]):
        return False
    word = tk.words[i - 2]
    lx = lexicons()
    return (word[0].isupper() and not word.isupper() and not covered[tk.starts[i - 2]]
            and not _free_word(word) and (word,) not in _static_forms()[0]
            and not sentence_initial(text, tk.starts[i - 2]) and word.lower() not in lx.place_heads
            and word.lower() not in lx.org_heads)


@cache
def _lower_firsts() -> frozenset[str]:
    """First words of static forms written in lower case (``kumparan``, ``detikcom``)."""
    return frozenset(k[0] for k in _static_forms()[0] if k and k[0][:1].islower())


def person_key(name: str) -> str:
    """A comparison key for a person name."""
    return " ".join(WORD.findall(name)).lower()


def _free_word(word: str) -> bool:
    lx = lexicons()
    low = word.lower()
    return not is_capitalised(word) or low in lx.stopwords or low in lx.roles or low in lx.titles


class Tokens:
    """The words of a text with their offsets, and which neighbours are joined by spaces only."""

    __slots__ = ("matches", "words", "starts", "ends", "joined", "comma")

    def __init__(self, text: str) -> None:
        self.matches = list(WORD.finditer(text))
        self.words = [t.group() for t in self.matches]
        self.starts = [t.start() for t in self.matches]
        self.ends = [t.end() for t in self.matches]
        starts, ends = self.starts, self.ends
        self.joined = [text[ends[i]:starts[i + 1]].isspace() for i in range(len(starts) - 1)] + [False]
        # joined by a comma only: "Badan Meteorologi, Klimatologi dan Geofisika"
        self.comma = [text[ends[i]:starts[i + 1]].strip() == "," and "\n" not in text[ends[i]:starts[i + 1]]
                      for i in range(len(starts) - 1)] + [False]


def _longest_by_first(forms: _Forms) -> dict[str, int]:
    """The length of the longest form opening with each word."""
    out: dict[str, int] = {}
    for key in forms:
        if key and len(key) > out.get(key[0], 0):
            out[key[0]] = len(key)
    return out


@cache
def _static_by_first() -> dict[str, int]:
    return _longest_by_first(_static_forms()[0])


def _longest(tk: Tokens, i: int, maxn: int, forms: _Forms, static: _Forms,
             by_first: dict[str, int] | None = None):
    """The longest known form starting at word ``i``: ``(length, (label, name, conf))``.

    Forms of the article win over nicknames and gazetteer places of the same length. ``by_first``
    (the article's forms) and the gazetteer's own index bound the lengths worth looking up."""
    words, joined = tk.words, tk.joined
    if by_first is not None:  # no form opens with this word: none can match here
        maxn = min(maxn, max(by_first.get(words[i], 0), _static_by_first().get(words[i], 0)))
    n = 1
    while n < maxn and i + n < len(words) and (joined[i + n - 1] or tk.comma[i + n - 1]):
        n += 1
    if maxn < 1:
        n = 0
    for k in range(n, 0, -1):
        key = tuple(words[i:i + k])
        hit = forms.get(key) or static.get(key)
        if hit is not None and (all(joined[i:i + k - 1]) or "," in hit[1]):
            return k, hit  # (a comma inside only where the lexicon's name has one)
    word = words[i]
    if len(word) >= 4 and word.isupper():  # "JAKARTA -" datelines
        entry = lexicons().places_upper.get(word)
        if entry is not None:
            return 1, ("LOC", entry, setting("gazetteer_confidence"))
    return 0, None


def _common_not_institution(word: str) -> bool:
    """A common noun that is no institution word (``Politikus``, not ``Partai``): it does not make
    a listed organisation after it part of a longer name."""
    lx, low = lexicons(), word.lower()
    return low in lx.common and low not in lx.org_words and low not in lx.org_heads \
        and low not in lx.prefixes and (word,) not in lx.places and not word.isupper()


def scan(text: str, mentions: list[Mention], forms: _Forms, tk: Tokens, free: Sequence[tuple[int, int]] = (),
         org_name: Callable[[str], str] = drop_brackets) -> list[Mention]:
    """New mentions of known forms in the parts of ``text`` no mention covers.

    Inside the ``free`` ranges (roles read before names) a match may touch capitalised words. An
    organisation form grows over institution words before it (``Fraksi`` + ``Partai Golkar``) and
    over acronyms and places after it (``Sudin Gulkarmat`` + ``Jakarta Timur``); ``org_name``
    gives the name of the grown span."""
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    words, starts, ends, joined = tk.words, tk.starts, tk.ends, tk.joined
    static, static_max = _static_forms()
    maxn = max([len(k) for k in forms] + [static_max])
    by_first = _longest_by_first(forms)
    out: list[Mention] = []
    i = 0
    n = len(words)
    lower_first = _lower_firsts()
    while i < n:
        if covered[starts[i]] or not (words[i][0].isupper() or words[i] in lower_first):
            i += 1
            continue
        hit, found = _longest(tk, i, maxn, forms, static, by_first)
        if found is None:
            i += 1
            continue
        s, e = starts[i], ends[i + hit - 1]
        before = i > 0 and joined[i - 1] and not _free_word(words[i - 1]) and not (
            words[i - 1].lower() in lexicons().common and (sentence_initial(text, starts[i - 1]) or (
                hit == 1 and is_acronym(words[i]) and not words[i - 1].isupper())))  # "Tur WTA"
        after = joined[i + hit - 1] and i + hit < n and (not _free_word(words[i + hit]) or (
            words[i + hit][0].isupper() and words[i + hit].lower() in extras().subunit_heads))
        label, name, conf = found
        if before and label == "ORG" and tuple(words[i:i + hit]) not in forms \
                and _common_not_institution(words[i - 1]) \
                and not (i > 1 and joined[i - 2] and words[i - 2][0].isupper()):
            before = False  # "Politikus Gerindra", "penyidik KPK": a listed organisation after a noun
        if label == "ORG" and tuple(words[i:i + hit]) not in forms:
            name = org_name(text[s:e])  # a lexicon organisation: the name as the article writes it
        if label == "ORG" and (before or after):
            left = extend_left(text, s) if before else s
            right = extend_right(text, e) if after else e
            if (left < s or not before) and (right > e or not after) and not any(covered[left:right]):
                s, e, name, before, after = left, right, org_name(text[left:right]), False, False
        if label == "ORG" and not before and _coordinated(text, tk, i, covered):
            s = starts[i - 2]  # "Imigrasi dan Bea Cukai": one institution
            name = org_name(text[s:e])
        if (before or after) and any(a <= s and e <= b for a, b in free):
            before = after = False
        if before or after or any(covered[s:e]) or text[e:e + 1] in ("-", "@") or text[s - 1:s] in ("-", "@"):
            i += hit
            continue
        covered[s:e] = b"\x01" * (e - s)
        out.append(Mention(s, e, label, conf, name))
        while i < n and starts[i] < e:
            i += 1
    return out
