"""Statement speakers: ``"…," sebut rilis itu`` or ``tulis siaran pers Kementerian Pertanian``. An
institution's written statement has the institution as its speaker: the one named after the
statement noun, else the institution the text named last before the quotation (an organisation
entity, or a capitalised run opening with an organisation head such as ``Dinas``). The nouns are
``lang/id/statement_nouns.txt``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from warta import config
from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.lang import lexicon

_QUOTE_CHARS = "\"“”„«»"
_ORG_WORD = r"[A-Z][\w’'-]*"


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns of an institution's written statement (lower case)."""
    return frozenset(w.lower() for w in lexicon("id", "statement_nouns"))


@cache
def _org_run() -> re.Pattern[str]:
    """A capitalised run opening with an organisation head (``Dinas Kesehatan Kota Bandung``,
    ``Badan Meteorologi, Klimatologi dan Geofisika``)."""
    caps = (re.escape(h[:1].upper() + h[1:]) for h in lex().org_heads)
    heads = "|".join(sorted(caps, key=len, reverse=True))
    more = rf"\s+{_ORG_WORD}|\s+dan\s+{_ORG_WORD}|,\s+{_ORG_WORD}(?=\s+dan\b)"
    return re.compile(rf"\b(?:{heads})\b(?:{more})*")


def statement_speaker(text: str, start: int, end: int, ents: Any, names: Any,
                      reparse: Callable[[int], Any]) -> tuple[str, str] | None:
    """The institution behind a statement phrase at ``text[start:end]`` as ``(name, label)``, or
    ``None`` when the phrase does not open with a statement noun or no institution is found.
    ``reparse(pos)`` parses a speaker phrase starting at ``pos``."""
    toks = tokens(text, start, min(end, start + int(setting("max_speaker_chars"))))
    L = lex()
    k = 0
    while k < len(toks) and toks[k][0].lower() in L.determiners:
        k += 1
    if k >= len(toks) or toks[k][0].lower() not in statement_nouns():
        return None
    head, head_word = None, ""  # "bunyi pernyataan pemerintah Spanyol": the noun opens the issuer
    for w, s, _e in toks[k + 1:k + 5]:
        if not w[0].isalnum() or w.lower() in lex().demonstratives:
            break
        if head is None and w.lower() in L.institution_nouns:
            head, head_word = s, w.lower()
        if is_cap(w):
            ent = ents.entity_at(s, s + 1) if ents is not None and head is None else None
            if ent is not None and ent.label in ("ORG", "LOC") and ent.start == s:
                # "pernyataan Ditjen Perhubungan Udara, Kemenhub"; "pernyataan resmi Jiangsu Suning" (a
                # club the NER reads as its city): the whole name issues it
                return ent.canonical or ent.text, "ORG"
            sp = (reparse(head) if head is not None else None) or reparse(s)  # "siaran pers Kementerian X"
            if sp is not None and sp.kind == "name":
                return sp.name, sp.label
            return None
    found = _antecedent(text, start, ents, names)
    if found is not None and head_word and not found[0].lower().startswith(head_word):
        return None  # "pernyataan kementerian tersebut" points to a ministry, not "skala Richter"
    return found


@cache
def _issuer_run() -> re.Pattern[str]:
    """A statement noun, at most two lower-case words, then the capitalised run of its issuer
    (``Keterangan pers Biro Hukum dan Organisasi X``, ``siaran pers resmi Bagian Humas Y``)."""
    nouns = "|".join(sorted((re.escape(n) for n in statement_nouns()), key=len, reverse=True))
    run = rf"{_ORG_WORD}(?:\s+{_ORG_WORD}|\s+dan\s+{_ORG_WORD})+"
    return re.compile(rf"\b(?i:{nouns})(?:\s+[a-z]+){{0,2}}\s+({run})")


@cache
def _wording() -> re.Pattern[str]:
    """``, demikian bunyi (lanjutan) pernyataan …`` right after a quotation: the words of a statement."""
    nouns = "|".join(sorted((re.escape(n) for n in statement_nouns()), key=len, reverse=True))
    return re.compile(rf"[ \t]*,?[ \t]*(?:(?:demikian|begitu)[ \t]+)?(bunyi)[ \t]+(?:lanjutan[ \t]+)?"
                      rf"(?=(?:{nouns})\b)", re.IGNORECASE)


def statement_wording(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """``(cue start, statement phrase start)`` when the text at ``pos`` reads ``bunyi pernyataan …``
    (``"…," bunyi pernyataan resmi Juventus``): the quotation is the statement's wording, not a chant
    or banner (``demikian bunyi spanduk itu``); ``None`` otherwise."""
    m = _wording().match(text, pos, end)
    return (m.start(1), m.end()) if m else None


def _antecedent(text: str, pos: int, ents: Any, names: Any) -> tuple[str, str] | None:
    """The institution the text named last before the quotation that ends before ``pos``; ``None``
    when a person is named after it (``Dalam pernyataan …, Guterres menegaskan …``: the person's
    statement, left to the pronoun resolution)."""
    para = text.rfind("\n", 0, pos) + 1
    limit = para if any(c in text[para:pos] for c in _QUOTE_CHARS) else pos
    lo = max(0, limit - int(config.get("speakers", "statement_window_chars")))
    cands: list[tuple[int, int, str]] = []
    spans: list[tuple[int, int]] = []
    issued: list[tuple[int, int, str]] = []  # "Keterangan pers Biro Hukum …": a statement's issuer
    for m in _org_run().finditer(text, lo, limit):
        if len(m.group(0).split()) >= 2:
            cands.append((m.end(), -(m.end() - m.start()), m.group(0).rstrip(" ,")))
            spans.append((m.start(), m.end()))
    from warta.annotate.speaker_names import split_name  # that module imports this one

    for m in _issuer_run().finditer(text, lo, limit):
        if split_name(m.group(1).split(), names.lower_vocab)[1]:
            continue  # "pernyataan Menteri Budi Santoso": a person's statement
        issued.append((m.end(1), -(m.end(1) - m.start(1)), m.group(1)))
        spans.append((m.start(1), m.end(1)))
    for e in getattr(ents, "ents", ()):
        if e.label == "ORG" and lo <= e.start and e.end <= limit:
            cands.append((e.end, -(e.end - e.start), e.canonical or e.text))
            spans.append((e.start, e.end))
    if not cands and not issued:
        return None
    # the latest; of runs ending together, the longest
    end, _neg, name = max(cands + issued)
    persons = [(s, e) for s, e, _n in names.mentions if end <= s and e <= limit and s not in names.vetoed]
    persons += [(e.start, e.end) for e in getattr(ents, "ents", ()) if e.label == "PERSON"
                and end <= e.start and e.end <= limit]
    if any(not any(a <= s and e <= b for a, b in spans) for s, e in persons):
        return None
    if issued:  # "sebut rilis itu" points back to the statement the text named before
        name = max(issued)[2]
    return name, "ORG"


def org_expansion(text: str, acronym: str) -> str | None:
    """The organisation name of the text whose capitalised words' initials spell ``acronym``,
    enumeration commas included (``BMKG`` -> ``Badan Meteorologi, Klimatologi dan Geofisika``)."""
    if not acronym.isupper() or len(acronym) < 3:
        return None
    for m in _org_run().finditer(text):
        name = m.group(0).rstrip(" ,")
        initials = "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w[0].isupper())
        if initials == acronym and "," in name:
            return name  # runs without a comma are already read by NameIndex.expand_org
    return None
