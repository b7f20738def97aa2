"""Small phrase tests shared by the speaker parsers: offices joined by ``yang juga``, branch words
inside an organisation's name, tickets of two people glued by a hyphen, fronted cue words."""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.entity_lexicons import lexicons as entity_lexicons
from warta.annotate.quote_lex import is_cap, lex
from warta.annotate.speaker_context import descriptor_words
from warta.lang import lexicon


def also_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """``… yang juga Gubernur Jawa Barat Ahmad Heryawan``: ``yang juga`` (at ``k`` or just before it)
    between two offices, followed by a capitalised office word."""
    i = k - 1 if toks[k][0].lower() == "juga" else k
    if not (toks[i][0].lower() == "yang" and i + 2 < len(toks) and toks[i + 1][0].lower() == "juga"):
        return False
    j = i + 2
    if toks[j][0].lower() in {"mantan", "eks", "bekas"} and j + 1 < len(toks):
        j += 1  # "Pendiri FPCI yang juga mantan Menteri Luar Negeri Dino Patti Djalal"
    nxt = toks[j][0]
    return is_cap(nxt) and nxt.lower() in lex().role_words


def account_handle(toks: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """``ujar akun @afckyou``, ``tulis netizen pada akun @qayla.shop19``: a social-media account
    (``@`` glued to its name, after at most three lower-case words) as ``(handle, start, end)``."""
    for i, (w, s, e) in enumerate(toks[:4]):
        if w == "@" and i + 1 < len(toks) and toks[i + 1][1] == e and toks[i + 1][0][0].isalnum():
            if not all(t[0].isalpha() and t[0].islower() for t in toks[:i]):
                return None
            return "@" + toks[i + 1][0], s, toks[i + 1][2]
        if not (w.isalpha() and w.islower()):
            return None
    return None


@cache
def branch_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("id", "speaker_branch_words"))


def is_cue_word(word: str) -> bool:
    """A speech verb (active or passive) written capitalised at the start of a sentence."""
    low = word.lower()
    return low in lex().cue_passive_all or lex().is_active_cue(low)


def ticket_split(run: list[tuple[str, int, int]]) -> tuple[list, list] | None:
    """``Gus Ipul-Mas Anas``, ``Anies Baswedan-Sandiaga Uno``: a run with a hyphen glued between two
    capitalised words that joins two people -- the right part opens with a title, or words of the run
    stand on both sides of the hyphenated word -- split into the left and right runs; ``None`` for
    one double-barrelled name (``Eugenia Oviedo-Joekes``)."""
    for i, (w, s, _e) in enumerate(run):
        left, sep, right = w.partition("-")
        if not sep or not (left[:1].isupper() and right[:1].isupper() and len(left) > 1 and len(right) > 1):
            continue
        titled = right.lower() in lex().titles
        known = i == 0 and left in entity_lexicons().nicknames  # "Jokowi-Jusuf Kalla": a nickname, a name
        if not (titled or known or 0 < i < len(run) - 1):
            continue
        a = (left, s, s + len(left))
        b = (right, s + len(left) + 1, s + len(w))
        return run[:i] + [a], [b] + run[i + 1:]
    return None


def place_description(toks: list[tuple[str, int, int]],
                      bodies: tuple[tuple[int, int], ...] = ()) -> int | None:
    """``sang gelandang Italia``, ``pria Kosta Rika yang sebelumnya …``: a lower-case person noun or
    sport position (after an optional determiner) followed by a country or place from the gazetteer
    and nothing but a relative clause: the index of the place's last token, else ``None``. After
    ``sang`` the place may also be one of ``bodies``, the (start, end) of organisations and places
    the entity layer found (``sang bintang Real Madrid``: the club's star, not the club)."""
    L = lex()
    i = 1 if toks and toks[0][0].lower() in L.determiners else 0
    if i >= len(toks) or not toks[i][0].islower() \
            or toks[i][0] not in L.anaphor_nouns and toks[i][0] not in descriptor_words():
        return None
    places = entity_lexicons().places
    definite = i == 1 and toks[0][0].lower() == "sang"
    words: list[str] = []
    end = None
    for k in range(i + 1, min(len(toks), i + 4)):
        if not is_cap(toks[k][0]):
            break
        words.append(toks[k][0])
        if tuple(words) in places or definite and (toks[i + 1][1], toks[k][2]) in bodies:
            end = k
    if end is None:
        return None
    rest = toks[end + 1:]
    return end if not rest or rest[0][0] in {"yang", ","} or rest[0][0] in L.subject_tails else None


@cache
def premises_heads() -> frozenset[str]:
    """First words of named premises (``Masjid``, ``Stadion``, ``Gedung``)."""
    return frozenset(w.split()[0].lower() for w in lexicon("id", "place_heads"))


def posted_at(toks: list[tuple[str, int, int]], k: int, person_starts: frozenset[int] = frozenset()) -> bool:
    """``di New York, Abdul …`` at ``k``: a capitalised place of at most four words, a comma and a
    capitalised word (the holder of the office posted there); or the place and a person the NER
    finds right after it (``di Indonesia Rodrigo Chaves``; ``person_starts`` are their offsets)."""
    i = k + 1
    while i < len(toks) and i - k <= 4 and is_cap(toks[i][0]):
        if i > k + 1 and toks[i][1] in person_starts:
            return True
        i += 1
    return k + 1 < i < len(toks) - 1 and toks[i][0] == "," and is_cap(toks[i + 1][0]) \
        and toks[i + 1][0].lower() not in lex().weekdays  # not "di Bogor, Senin (2/6)"


_WORK_PREPOSITIONS = frozenset({"dalam", "di", "dari", "pada"})


def described_back(toks: list[tuple[str, int, int]]) -> int:
    """``pemeran Tasu Leech dalam film "Star Wars …" (2016) itu``: a lower-case noun, a name, a
    prepositional complement and a closing demonstrative (no comma): a description of the person
    spoken of before; the name inside is what the description is about."""
    L = lex()
    while toks and toks[-1][0] in {".", "!", "?"}:
        toks = toks[:-1]
    if not 5 <= len(toks) <= 24 or toks[-1][0].lower() not in L.demonstratives:
        return 0
    first = toks[0][0]
    if not first.isalpha() or not first.islower() or first in L.pronouns or first in L.determiners \
            or first in L.stopwords or any(t[0] in {",", ";", ":"} for t in toks):
        return 0
    found = any(is_cap(toks[i][0]) and toks[i + 1][0].lower() in _WORK_PREPOSITIONS
                for i in range(1, len(toks) - 2))
    return len(toks) - 1 if found else 0


@cache
def _unnamed_source_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(re.escape(w.lower()) for w in lexicon("id", "speaker_unnamed_heads")))
    ends = lexicon("id", "quote_temporal_subordinators") + lexicon("id", "speaker_clause_stops")
    stops = "|".join(sorted({re.escape(w.lower()) for w in ends}))
    word = r"[ \t]+[\w'’-]+"
    where = rf"[ \t]+(?:dari|dalam|di)(?:{word}){{1,5}}?"  # "sumber dalam rumah produksi Wiretap"
    clause = rf"[ \t]+yang(?:{word}){{1,10}}?"
    return re.compile(rf"[ \t]*((?:[a-z]+[ \t]+){{0,2}}(?:{heads})(?:{where}(?:{clause})?|{clause}))"
                      rf"(?=[ \t]*(?:[,.;:!?\"“”\n]|$)|[ \t]+(?:{stops})\b)", re.IGNORECASE)


def unnamed_source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``kata seorang sumber yang dekat dengan rumah produksi Disney kepada …``, ``ujar sumber yang
    tak ingin disebutkan namanya``: a source the article leaves unnamed on purpose
    (``speaker_unnamed_heads.txt``) and the place or relative clause that describes it (``sumber
    dalam rumah produksi Wiretap``), up to a punctuation mark, ``kepada`` or a temporal subordinator;
    ``(start, end)`` of the description, else ``None``."""
    m = _unnamed_source_pattern().match(text, start, end)
    words = m.group(1).split() if m else []
    if m is None or not (words[0].islower() or words[0].istitle() and words[1].islower()):
        return None  # ("Sumber yang dekat dengan keduanya" opening a sentence, not "Sumber Daya …")
    clause = m.group(1).lower().split(" yang ", 1)[-1].split()
    if len(clause) < 2 or clause[0] in _credit_verbs():
        return None  # "sumber yang sama" points back; "sumber yang dikutip oleh AFP" is a credit
    return m.start(1), m.end(1)


@cache
def _credit_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("id", "speaker_credit_verbs"))


def dotted_initials(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tokens with dotted initials written without spaces merged into one (``P`` ``.`` ``S`` ->
    ``P.S``, as in ``Bambang P.S Brodjonegoro``), so that a name's run goes on past them."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        w, s, e = toks[i]
        while len(w) <= 3 and w.replace(".", "").isupper() and i + 2 < len(toks) and toks[i + 1][0] == "." \
                and toks[i + 1][1] == e and toks[i + 2][1] == toks[i + 1][2] \
                and len(toks[i + 2][0]) == 1 and toks[i + 2][0].isupper():
            w, e = w + "." + toks[i + 2][0], toks[i + 2][2]
            i += 2
        out.append((w, s, e))
        i += 1
    return out



@cache
def _follower_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("id", "speaker_follower_nouns"))


def follower_description(toks: list[tuple[str, int, int]]) -> int | None:
    """``tulis pengguna Twitter lainnya``, ``kata seorang pendukung Jokowi``: an optional quantifier,
    a noun for someone who uses, follows or supports (``speaker_follower_nouns.txt``), the capitalised
    name of what they follow and an optional ``lainnya``/``lain``: the index of the description's last
    token (an unnamed speaker, not the name), else ``None``."""
    low = [t[0].lower() for t in toks]
    i = next((len(w.split()) for w in lex().indefinites if low[:len(w.split())] == w.split()), 0) \
        or (1 if low[:1] and low[0] in lex().quantifiers else 0)
    if i >= len(toks) or low[i] not in _follower_nouns() or not toks[i][0].islower():
        return None
    k = i + 1
    while k < len(toks) and k - i <= 4 and is_cap(toks[k][0]):
        k += 1
    if k == i + 1:
        return None
    return k if k < len(toks) and low[k] in {"lainnya", "lain"} else k - 1
