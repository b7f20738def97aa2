"""Reported speech with a short cue after a comma, without quotation marks.

- ``CLAUSE, kata X.`` (the clause before the cue is the quote);
- ``A, kata dia, CLAUSE.`` and ``Sebagai warga negara, lanjut Agus, CLAUSE`` (the cue interrupts:
  the part after it is the quote; an office after the name is skipped);
- ``Sementara istri korban NL, kata Bayu belum bisa dimintai keterangan`` (the cue splits the
  subject from its predicate);
- ``…, demikian X.`` / ``…, demikian disampaikan X.``
"""

from __future__ import annotations

import re

from warta import config
from warta.annotate.quote_lex import is_cap, lex, tokens
from warta.annotate.quotes_direct import Candidate
from warta.annotate.quotes_menurut import VERB_PREFIX, bare_name, end_trim, predicate_follows
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker
from warta.lang import degree_pattern

# "Jakarta, Warta Kita - ", "Rimanews - ", "Bandung (Antara) -- ": a dateline opening the paragraph
_DATELINE = re.compile(r"(?:[A-Z][\w.'’]*+[ ,]*+){1,4}+(?:\([A-Z][\w. ]{1,30}\)\s?)?(?:--|[-–—])\s+(?=\S)")


def trailing_cue(text: str, ss: int, se: int, ents: EntityIndex, names: NameIndex) -> Candidate | None:
    L = lex()
    toks = tokens(text, ss, se)
    if text.find(",", ss, se) < 0 and not (len(toks) > 4 and L.is_short_cue(toks[2][0])
                                           or len(toks) > 5 and L.is_short_cue(toks[3][0])):
        return None  # a cue follows a comma, or a short subject ("Hal tersebut kata X …")
    for j in range(1, len(toks) - 1):
        w, s, e = toks[j]
        if toks[j - 1][0] == "," and w.lower() == "demikian":
            cand = _demikian(text, toks, j, ss, se, ents, names)
            if cand is not None:
                return cand
        if toks[j - 1][0] == "," and w.lower() in {"seperti", "sebagaimana"} and j > 3:
            cand = _as_said(text, toks, j, ss, se, ents, names)
            if cand is not None:
                return cand
        if toks[j - 1][0] == "," and w == "menurut" and j > 3:
            cand = _trailing_menurut(text, toks, j, ss, se, ents, names)
            if cand is not None:
                return cand
        opening = j <= 4 and _adverbial_opening(toks[:j])  # (no slice of a long sentence per token)
        split = j <= 3 and toks[j - 1][0] != "," and _demonstrative_subject(toks[:j]) \
            and (is_cap(toks[j + 1][0]) or toks[j + 1][0].lower() in L.pronouns)  # "Hal tersebut kata X …"
        if (toks[j - 1][0] != "," and not opening and not split) or not L.is_short_cue(w) or is_cap(w) \
                or L.is_short_cue(toks[j + 1][0]) \
                or toks[j + 1][0].lower() in L.post_verb_adverbs \
                and j + 2 < len(toks) and toks[j + 2][0] == ",":
            # "Lebih lanjut kata dia": the later cue; "Lebih lanjut lagi, …": an adverbial, no speaker
            continue
        lw = w.lower()
        k = j + 1
        if lw.endswith("nya") and lw[:-3] in L.cue_roots:
            sp: Speaker | None = Speaker("-nya", "PERSON", None, "pronoun", s, e)
            cue = w
        elif toks[k][0].lower() in L.pronouns:
            sp = Speaker(toks[k][0], "PERSON", None, "pronoun", toks[k][1], toks[k][2])
            cue = text[s:toks[k][2]]
            k += 1
        else:
            comma = next((x for x in range(k + 1, min(len(toks), k + 5)) if toks[x][0] == ","), None)
            if comma is not None and bare_name(toks[k:comma]) and len(toks) - comma > 4 \
                    and toks[comma + 1][0].lower() not in L.role_words:  # not "kata Budi, Ketua RT …"
                # "Sebagai warga negara, lanjut Agus, Setya Novanto memang …": the name before the
                # comma is the speaker, not the apposition of the next one
                sp = parse_speaker(text, e, toks[comma][1], ents, names)
            else:
                sp = parse_speaker(text, e, se, ents, names)
            if sp is None:
                return None
            cue = w
            while k < len(toks) and toks[k][1] < sp.end:
                k += 1
        # interrupted: "A, kata dia, B." -> B is the quote
        rest = toks[k:]
        if opening:  # "Umumnya kata dia, B", "Saat ini, kata Febri B": an adverbial, then the quote
            body = rest[1:] if rest and rest[0][0] == "," else rest
            if sum(1 for t in body if t[0][0].isalnum()) < 4 or not body[0][0][0].isalnum() \
                    or L.is_active_cue(body[0][0]) or re.match(r"(?:me|ber)[a-z]{3,}$", body[0][0]):
                return None  # "Lebih lanjut Awi menjelaskan, …": the verb reports (verb_clause)
            qs, qe = end_trim(text, body[0][1], se)
            return Candidate("indirect", qs, qe, sp, cue, "interrupted", 0.65, s)
        if rest and rest[0][0] == "," and len(rest) > 3:
            nxt_comma = next((x for x in range(2, min(len(rest), 8)) if rest[x][0] == ","), None)
            if nxt_comma is not None and is_cap(rest[1][0]) and rest[1][0].lower() in L.role_words \
                    and len(rest) - nxt_comma > 3:
                rest = rest[nxt_comma:]  # "…, kata Budi, Ketua RT setempat, CLAUSE": skip the office
            qs, qe = end_trim(text, rest[1][1], se)
            return Candidate("indirect", qs, qe, sp, cue, "interrupted", 0.65, s)
        before = toks[:j - 1] if toks[j - 1][0] == "," else toks[:j]
        if (_subject_only(before) or _place_phrase(before) or split) \
                and predicate_follows([t[0].lower() for t in rest[:6]]) \
                and sum(1 for t in rest if t[0][0].isalnum()) >= 3:
            # "Sementara istri korban NL, kata Bayu belum bisa dimintai keterangan": the cue splits
            # the subject from its predicate; the part after the cue is the quote (also after a
            # fronted place: "Di wilayah Sulteng, kata Sunaryo banyak berkeliaran orang asing")
            qs, qe = end_trim(text, rest[0][1], se)
            return Candidate("indirect", qs, qe, sp, cue, "interrupted", 0.6, s)
        span = _clause_before(text, ss, toks[j - 1][1])
        return Candidate("indirect", *span, sp, cue, "trailing", 0.7, s) if span else None
    return None


def _trailing_menurut(text: str, toks: list[tuple[str, int, int]], j: int, ss: int, se: int,
                      ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """``CLAUSE, menurut Tony Cascarino.``: a named source closing the sentence."""
    rest = toks[j + 1:]
    while rest and rest[-1][0] in {".", "!", "?"}:
        rest = rest[:-1]
    if not rest or len(rest) > 40:
        return None
    if not all(is_cap(t[0]) or t[0] in {",", "."} for t in rest) or len(rest) > 8:
        sp = _described_person(text, rest, ents)  # "…, menurut spesialis …, Prof. Dr. Arry H., SpPD."
        if sp is None:
            return None
    else:
        sp = parse_speaker(text, rest[0][1], rest[-1][2], ents, names)
        if sp is None or sp.kind != "name" or sp.end < rest[-1][2] - 1:
            return None
    span = _clause_before(text, ss, toks[j - 1][1])
    return Candidate("indirect", *span, sp, toks[j][0], "trailing", 0.7, toks[j][1]) if span else None


def _as_said(text: str, toks: list[tuple[str, int, int]], j: int, ss: int, se: int,
             ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """``CLAUSE, seperti yang diungkapkan Sumardji.``: a passive speech verb and a named agent
    closing the sentence (not a media citation: ``seperti dilansir Antara`` is no speech verb)."""
    k = j + 1
    if k < len(toks) and toks[k][0].lower() == "yang":
        k += 1
    if k + 1 >= len(toks) or toks[k][0].lower() not in lex().cue_passive:
        return None
    after = toks[k + 1][2] if toks[k + 1][0].lower() == "oleh" else toks[k][2]
    sp = parse_speaker(text, after, se, ents, names)
    if sp is None or sp.kind != "name" or text[sp.end:se].strip(" .") != "":
        return None
    span = _clause_before(text, ss, toks[j - 1][1])
    return Candidate("indirect", *span, sp, text[toks[j][1]:toks[k][2]], "trailing", 0.7, toks[j][1]) \
        if span else None


def _clause_before(text: str, ss: int, end: int) -> tuple[int, int] | None:
    """The reported clause before a trailing cue (without a dateline), if it has four words."""
    qs, qe = end_trim(text, ss, end)
    m = _DATELINE.match(text, qs, qe)
    qs = m.end() if m else qs
    return (qs, qe) if len(re.findall(r"\w+", text[qs:qe])) >= 4 else None


def _described_person(text: str, rest: list[tuple[str, int, int]], ents: EntityIndex) -> Speaker | None:
    """``spesialis penyakit dalam …, Prof. Dr. dr. Arry H. Reksodiputro, SpPD-KHOM``: a lower-case
    description, then the person the NER finds, then only degrees."""
    if not rest[0][0][0].islower():
        return None
    person = next((e for e in reversed(ents.within(rest[0][1], rest[-1][2])) if e.label == "PERSON"), None)
    if person is None:
        return None
    tail = text[person.end:rest[-1][2]].strip(" ,.")
    if tail and not degree_pattern().fullmatch(tail):
        return None
    role = text[rest[0][1]:person.start].rstrip(" ,.")
    while role.split() and role.split()[-1].lower().rstrip(".") in lex().titles:
        role = role[:role.rstrip(".").rfind(" ")].rstrip(" ,.")  # "…, Prof. Dr. dr.": titles, not the role
    return Speaker(person.text, "PERSON", role or None, "name", person.start, person.end)


def _adverbial_opening(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks`` (the sentence before a cue) are only a short opening adverbial, with or
    without a final comma: ``Umumnya``, ``Lebih lanjut``, ``Saat ini,``, ``Namun,``."""
    if len(toks) > 4:
        return False  # (checked first: this runs for every token of long sentences)
    L = lex()
    words = [t[0].lower() for t in (toks[:-1] if toks and toks[-1][0] == "," else toks)]
    return 0 < len(words) <= 3 and all(
        w in L.opening_adverbials or w in L.adverbs or w in L.connectives for w in words)


def _demonstrative_subject(toks: list[tuple[str, int, int]]) -> bool:
    """``Hal tersebut``, ``Kebijakan itu``: a short noun phrase closed by a demonstrative."""
    if not 2 <= len(toks) <= 3:
        return False
    L = lex()
    words = [t[0].lower() for t in toks]
    return 2 <= len(words) <= 3 and words[-1] in L.demonstratives and all(
        w.isalpha() and w not in L.stopwords and w not in L.clause_hints and not VERB_PREFIX.match(w)
        for w in words[:-1])


def _place_phrase(toks: list[tuple[str, int, int]]) -> bool:
    """``Di wilayah Sulteng``: a short locative phrase, no verb, opening the sentence."""
    words = [t[0].lower() for t in toks if t[0][0].isalnum()]
    return 1 < len(words) <= 5 and words[0] in {"di", "ke", "dari", "dalam"} \
        and not any(VERB_PREFIX.match(w) for w in words)


def _subject_only(toks: list[tuple[str, int, int]]) -> bool:
    """Whether ``toks`` (the words before ``, kata X``) are a short noun phrase with no predicate."""
    L = lex()
    words = [t[0].lower() for t in toks if t[0][0].isalnum()]
    while words and words[0] in L.connectives:
        words = words[1:]  # "Sementara istri korban NL"
    return 0 < len(words) <= int(config.get("quotes_indirect", "split_subject_words")) and not any(
        VERB_PREFIX.match(w) or w in L.clause_hints or (w in L.stopwords and w not in L.demonstratives)
        for w in words)


def _demikian(text: str, toks: list[tuple[str, int, int]], j: int, ss: int, se: int, ents: EntityIndex,
              names: NameIndex) -> Candidate | None:
    """``CLAUSE, demikian diklaim (oleh) X.`` / ``CLAUSE, demikian kata X.``: a trailing attribution
    after ``demikian`` with a passive verb and a named speaker, or a short speech verb."""
    if j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    passive = re.match(r"^di[a-z]{4,}$", nxt[0]) is not None
    if not (passive or lex().is_short_cue(nxt[0])):
        return None
    after = nxt[2]
    if passive and j + 2 < len(toks) and toks[j + 2][0].lower() == "oleh":
        after = toks[j + 2][2]
    sp = parse_speaker(text, after, se, ents, names)
    if sp is None or passive and sp.kind != "name":
        return None
    qs, qe = end_trim(text, ss, toks[j - 1][1])
    if len(re.findall(r"\w+", text[qs:qe])) < 4:
        return None
    return Candidate("indirect", qs, qe, sp, text[toks[j][1]:nxt[2]], "trailing", 0.7, toks[j][1])
