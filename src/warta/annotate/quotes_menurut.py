"""``Menurut X, CLAUSE`` and its variants: the indirect-speech patterns that open with ``menurut``.

- ``Menurut X, CLAUSE`` / ``Menurutnya, CLAUSE`` / ``Menurut dia CLAUSE`` (not when X is a data
  source: ``menurut data BPS``); ``Dinilai X, CLAUSE``; ``Kata X, CLAUSE`` (with the comma);
- ``Menurut notulensi rapat dari tim X, CLAUSE``: the issuer after ``dari`` speaks, not the document;
- ``Menurut Budi harga cabai naik``: no comma after the name's capitalised run;
- ``Menurut pemetaan itu, ia menjelaskan, CLAUSE``: an interrupting attribution wins.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warta.annotate.entity_lexicons import lexicons as entity_lexicons
from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quotes_direct import Candidate, _looks_role
from warta.annotate.speaker_context import TITLE_MARKS, descriptor_words
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker
from warta.lang import degree_pattern, lexicon

VERB_PREFIX = re.compile(r"^(me|ber|di|ter)\w{3,}$")


def predicate_follows(low: list[str]) -> bool:
    """A predicate word among ``low`` before any purpose conjunction (``untuk``, ``agar``)."""
    L = lex()
    for lw in low:
        if lw in L.np_starts or lw in L.request_markers:
            return False
        if lw in L.clause_hints or (VERB_PREFIX.match(lw) and lw not in L.role_words):
            return True
    return False




def description_points_back(subj: list[tuple[str, int, int]]) -> bool:
    """``penata rias yang sudah berkarir selama delapan tahun itu``: a description of a person
    closed by a demonstrative, pointing back to someone the article has named."""
    L = lex()
    head = subj[0][0].lower()
    return subj[-1][0].lower() in L.demonstratives and (
        head in L.anaphor_nouns or head in L.role_words or head in descriptor_words())


def _menurut_pointing(text: str, toks: list[tuple[str, int, int]], i: int, se: int, ents: EntityIndex,
                      names: NameIndex) -> Candidate | None:
    """``Menurut pebalap asal Inggris tersebut sasis …``: a description that points back, closed by
    its demonstrative and followed by the clause without a comma."""
    L = lex()
    d = next((x for x in range(i + 2, min(len(toks) - 3, i + 9)) if toks[x][0].lower() in L.demonstratives),
             None)
    if d is None or toks[d + 1][0] == "," or not all(t[0].isalpha() for t in toks[i + 1:d]) \
            or not description_points_back(toks[i + 1:d + 1]):
        return None
    low = [t[0].lower() for t in toks[d + 1:d + 7] if t[0][0].isalnum()]
    if len(low) < 3 or not (predicate_follows(low)
                            or low[1] in L.demonstratives and predicate_follows(low[2:])):
        return None  # (also "… ini hal tersebut tidak jadi masalah": a noun, its demonstrative, a predicate)
    sp = parse_speaker(text, toks[i + 1][1], toks[d][2], ents, names)
    if sp is None:
        return None
    qs, qe = end_trim(text, toks[d + 1][1], se)
    return Candidate("indirect", qs, qe, sp, toks[i][0], "menurut", 0.7, toks[i][1])


def skip_degrees(text: str, toks: list[tuple[str, int, int]], comma: int) -> int:
    """``Menurut Dr. Damar Prasmusinto, SpOG(K)., hingga …``: the comma after academic degrees that
    follow the name's comma (``SpOG(K)``, ``S.H., M.H.``), else ``comma`` itself."""
    nxt = next((j for j in range(comma + 1, min(len(toks), comma + 12)) if toks[j][0] == ","), None)
    while nxt is not None:
        seg = text[toks[comma][2]:toks[nxt][1]].strip()
        if not seg or not degree_pattern().fullmatch(seg):
            return comma
        comma = nxt
        nxt = next((j for j in range(comma + 1, min(len(toks), comma + 12)) if toks[j][0] == ","), None)
    return comma


def end_trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` without surrounding spaces, a leading comma or colon and a final full stop."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".;"):
        e -= 1
    while s < e and (text[s].isspace() or text[s] in ",:"):
        s += 1
    return s, e


_NICKNAME_ASIDE = re.compile(  # "demikian dia kerap disapa,": how the speaker is called, not what is said
    r"\s*(?:demikian|begitu|yang|sapaan)\b[^,.]{0,40}\b(?:disapa|dipanggil|akrabnya)\s*,")


def _fronted_pronoun_cue(text: str, toks: list[tuple[str, int, int]], i: int, se: int) -> Candidate | None:
    """``Namun, katanya beberapa negara …`` / ``Dan kata dia, unit usaha …``: a short cue with a
    pronoun after a conjunction, then the reported clause."""
    w, s, e = toks[i]
    if w.lower().endswith("nya"):
        sp, cue_end, k = Speaker("-nya", "PERSON", None, "pronoun", s, e), e, i + 1
    else:
        p = toks[i + 1]
        sp, cue_end, k = Speaker(p[0], "PERSON", None, "pronoun", p[1], p[2]), p[2], i + 2
    if k < len(toks) and toks[k][0] == ",":
        cue_end = toks[k][2]
    qs, qe = end_trim(text, cue_end, se)
    if len(re.findall(r"\w+", text[qs:qe])) < 4:
        return None
    return Candidate("indirect", qs, qe, sp, text[s:toks[k - 1][2]], "menurut", 0.7, s)


def _before_place(toks: list[tuple[str, int, int]], a: int, b: int) -> int:
    """``Lukito Prasetyo di Malang`` in ``toks[a:b]``: the index of ``di`` when capitalised words
    follow it to ``b`` (where the words were said), else ``b``."""
    d = next((x for x in range(a + 1, b - 1) if toks[x][0] == "di"), None)
    return d if d is not None and all(is_cap(t[0]) for t in toks[d + 1:b]) else b


def _after_place_time(toks: list[tuple[str, int, int]], comma: int) -> int:
    """The last comma of the place and day segments right after ``comma`` (``…, Jawa Timur, Senin,
    CLAUSE``): a place of the gazetteer or a weekday (with its date), each closed by a comma."""
    L, places = lex(), entity_lexicons().places
    while True:
        nxt = next((j for j in range(comma + 1, min(len(toks), comma + 8)) if toks[j][0] == ","), None)
        seg = [t[0] for t in toks[comma + 1:nxt]] if nxt is not None else []
        if not seg or not (tuple(seg) in places or seg[0].lower() in L.weekdays
                           and all(not w[:1].isalpha() or w.isdigit() for w in seg[1:])):
            return comma
        comma = nxt


def bare_name(toks: list[tuple[str, int, int]]) -> bool:
    """One to four capitalised words, none of them an office: a name set off by commas."""
    L = lex()
    if len(toks) > 1 and toks[0][0].lower().rstrip(".") in L.titles and not is_cap(toks[0][0]):
        toks = toks[1:]  # "dr Roro": a lower-case title before the name
    return 1 <= len(toks) <= 4 and all(is_cap(t[0]) and t[0].lower() not in L.role_words for t in toks)


def _report_outlet(toks: list[tuple[str, int, int]], i: int, comma: int | None) -> tuple[int, int] | None:
    """``Menurut laporan (yang dihimpun | dari) Football Italia, …`` opening the sentence: the
    offsets of the named outlet (capitalised words right before the comma)."""
    if i != 0 or comma is None or comma <= i + 2:
        return None
    k = comma
    while k > i + 2 and is_cap(toks[k - 1][0]):
        k -= 1
    if k == comma or k > i + 2 and toks[k - 1][0].lower() not in {"dari", "dihimpun", "dilansir", "dikutip"}:
        return None
    return toks[k][1], toks[comma - 1][2]


def menurut_quote(text: str, ss: int, se: int, ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """The ``menurut`` candidate of the sentence ``text[ss:se]``, or ``None``."""
    L = lex()
    toks = tokens(text, ss, se)
    short_cue = False
    for i, (w, s, e) in enumerate(toks[:int(setting("menurut_max_position"))]):
        lw = w.lower()
        pronoun_cue = lw in L.cue_roots and i + 2 < len(toks) and toks[i + 1][0].lower() in L.pronouns
        if i <= 2 and all(t[0] == "," or t[0].lower() in L.conjunctions or t[0].lower() in {"dan", "tapi"}
                          for t in toks[:i]) and (
                i > 0 and (pronoun_cue or lw.endswith("nya") and L.is_short_cue(lw))
                or i == 0 and pronoun_cue and toks[2][0] == ","):
            return _fronted_pronoun_cue(text, toks, i, se)  # "Namun, katanya …", "Kata dia, …"
        fronted = i == 0 and len(toks) > 2 and is_cap(toks[1][0])
        if fronted and (lw in L.cue_passive or lw in L.cue_roots):
            short_cue = lw in L.cue_roots  # "Kata Budi, ada rekaman …" reads like "Menurut Budi, …"
            lw = "menurut"  # "Dinilai Indra, faktor fisik berperan …" reads like "Menurut Indra, …"
        elif i == 0 and lw.endswith("nya") and lw[:-3] in L.cue_passive and len(toks) > 2 \
                and toks[1][0] == ",":
            lw = "menurutnya"  # "Dijelaskannya, …": a fronted passive whose agent is the clitic
        elif lw not in {"menurut", "menurutnya"}:
            continue
        if lw == "menurutnya" and 0 < i <= 5 and toks[i - 1][0] != ",":
            split = _split_menurutnya(text, toks, i, se)
            if split is not None:  # "Hal ini menurutnya tentu bertolak belakang …"
                return split
        if i > 1 and toks[i - 1][0] != "," and toks[i - 1][0].lower() not in L.conjunctions \
                and toks[i - 1][0].lower() not in L.subordinators:
            # "… karena menurut Paolini, kesepakatan …" is an attribution too
            return _split_menurut_name(text, toks, i, se, ents, names) if lw == "menurut" else None
        if lw == "menurutnya":
            sp: Speaker | None = Speaker("-nya", "PERSON", None, "pronoun", s, e)
            comma = i + 1 if i + 1 < len(toks) and toks[i + 1][0] == "," else None
            cue = w
        else:
            comma = next((j for j in range(i + 1, min(len(toks), i + 18)) if toks[j][0] == ","), None)
            if i + 1 >= len(toks):
                return None
            first = toks[i + 1][0].lower()
            if first.endswith("nya") and first[:-3] in _clitic_nouns() and comma == i + 2:
                sp = Speaker("-nya", "PERSON", None, "pronoun", toks[i + 1][1], toks[i + 1][2])
                qs, qe = end_trim(text, toks[comma][2], se)  # "Menurut pengakuannya, …": the clitic speaks
                return Candidate("indirect", qs, qe, sp, text[s:toks[i + 1][2]], "menurut", 0.75, s) \
                    if len(re.findall(r"\w+", text[qs:qe])) >= 3 else None
            if first in L.pronouns:
                comma = i + 2 if comma == i + 2 else None
                sp = Speaker(toks[i + 1][0], "PERSON", None, "pronoun", toks[i + 1][1], toks[i + 1][2])
                cs = toks[comma][2] if comma is not None else toks[i + 1][2]
                qs, qe = end_trim(text, cs, se)
                if len(re.findall(r"\w+", text[qs:qe])) < 3:
                    return None
                return Candidate("indirect", qs, qe, sp, text[s:toks[i + 1][2]], "menurut", 0.75, s)
            if first in L.source_nouns:
                outlet = _report_outlet(toks, i, comma) if first in L.report_nouns else None
                if outlet is None:
                    return None  # "Menurut data BPS, …": figures, no speaker
                sp = Speaker(text[outlet[0]:outlet[1]], "ORG", None, "name", outlet[0], outlet[1])
                qs, qe = end_trim(text, toks[comma][2], se)  # "Menurut laporan dari The Mirror, …"
                return Candidate("indirect", qs, qe, sp, w, "menurut", 0.7, s) \
                    if len(re.findall(r"\w+", text[qs:qe])) >= 4 else None
            if not is_cap(toks[i + 1][0]) and (comma is None or comma > i + 3):
                pointing = _menurut_pointing(text, toks, i, se, ents, names)
                if pointing is not None:
                    return pointing
            bare = None if short_cue else _menurut_bare(text, toks, i, se, ents, names)
            if bare is not None and (comma is None or comma > bare[0]):
                return bare[1]
            if comma is None or comma == i + 1:
                return None
            name_end = comma
            comma = skip_degrees(text, toks, comma)
            inner = _interrupting_cue(text, toks, comma, se, ents, names)
            if inner is not None:
                return inner
            if first in L.pronouns and (comma == i + 2 or comma is None):
                sp = Speaker(toks[i + 1][0], "PERSON", None, "pronoun", toks[i + 1][1], toks[i + 1][2])
                cue = text[s:toks[i + 1][2]]
            else:
                head = i + 1
                if first in L.document_nouns:  # "Menurut notulensi rapat dari tim X, …": the issuer
                    head = next((x + 1 for x in range(i + 2, comma) if toks[x][0] == "dari"), head)
                    if head == comma:
                        return None
                sp = parse_speaker(text, toks[head][1], toks[name_end][1], ents, names)
                cue = w
        if sp is None:
            return None
        if comma is not None:  # "Menurut X, salah satu pendiri Y, CLAUSE": skip the apposition
            nxt_comma = next((j for j in range(comma + 1, min(len(toks), comma + 9))
                              if toks[j][0] == ","), None)
            appos_end = _before_place(toks, comma + 1, nxt_comma) if nxt_comma is not None else 0
            if nxt_comma is not None and _looks_role(toks[comma + 1:nxt_comma]):
                comma = nxt_comma
            elif nxt_comma is not None and (_looks_role(toks[i + 1:comma]) or not is_cap(toks[i + 1][0])) \
                    and bare_name(toks[comma + 1:appos_end]):
                # "Menurut Menteri Riset Teknologi dan Pendidikan Tinggi, M Nasir, CLAUSE" and
                # "Menurut komentator dan analis UFC, Kenny Florian, CLAUSE": the name (also "…,
                # Lukito Prasetyo di Malang, Senin, CLAUSE": the place and day it was said)
                named = parse_speaker(text, toks[comma + 1][1], toks[appos_end - 1][2], ents, names)
                ent = ents.entity_at(toks[comma + 1][1], toks[nxt_comma - 1][2]) if ents else None
                if named is not None and named.kind == "name" and named.label == "PERSON" \
                        and (ent is None or ent.label != "LOC"):
                    sp, comma = named, nxt_comma
        if comma is not None:
            comma = _after_place_time(toks, comma)  # "Menurut X di Jakarta, Senin, CLAUSE"
        cs = toks[comma][2] if comma is not None else e
        aside = _NICKNAME_ASIDE.match(text, cs, se)
        if aside:  # "Menurut Nita, demikian dia kerap disapa, …"
            cs = aside.end()
        after = tokens(text, cs, min(se, cs + 12))
        if len(after) > 1 and after[0][0].lower() == "bahwa":
            cs = after[0][2]  # "Dikatakan X, bahwa CLAUSE": the clause after the complementiser
        qs, qe = end_trim(text, cs, se)
        found = re.findall(r"[A-Za-z][\w'-]*", text[qs:qe])
        if len(re.findall(r"\w+", text[qs:qe])) < 3 or not any(w[0].islower() and w.lower() not in L.titles
                                                               for w in found):
            return None  # (not "…, menurut spesialis …, Prof. Dr. Arry H., SpPD-KHOM": a name, no clause)
        return Candidate("indirect", qs, qe, sp, cue, "menurut", 0.75, s)
    return None


@cache
def _clitic_nouns() -> frozenset[str]:
    """``pengakuan`` of ``Menurut pengakuannya``: nouns whose clitic is the speaker."""
    return frozenset(lexicon("id", "quote_menurut_clitic_nouns"))


def _split_menurutnya(text: str, toks: list[tuple[str, int, int]], i: int, se: int) -> Candidate | None:
    """``Hal ini menurutnya tentu …``, ``Produsen mobil listrik menurutnya harus siap …``: the clitic
    cue splits a short subject (no verb) from its predicate; the predicate is the quote."""
    L = lex()
    before = [t[0].lower() for t in toks[:i]]
    if before and before[0] in {"dan", "namun", "tapi", "tetapi"}:
        before = before[1:]
    if not 1 <= len(before) <= 4 or not all(
            w.isalpha() and (w in L.demonstratives or not (VERB_PREFIX.match(w) or w in L.stopwords
                                                            or w in L.clause_hints))
            for w in before):
        return None
    k = i + 1 if i + 1 < len(toks) and toks[i + 1][0] == "," else i
    low = [t[0].lower() for t in toks[k + 1:] if t[0][0].isalnum()]
    if len(low) < 3 or not predicate_follows(low[:6]):
        return None
    qs, qe = end_trim(text, toks[k][2], se)
    w, s, e = toks[i]
    return Candidate("indirect", qs, qe, Speaker("-nya", "PERSON", None, "pronoun", s, e), w, "interrupted",
                     0.65, s)


def _split_menurut_name(text: str, toks: list[tuple[str, int, int]], i: int, se: int, ents: EntityIndex,
                        names: NameIndex) -> Candidate | None:
    """``Smart city menurut Sandi jadi program …``, ``Permainan … ini menurut Riedl terbukti efektif``:
    ``menurut`` and a name inside the sentence split its topic from a predicate; the predicate is the
    quote. The topic holds no speech verb, and a clause must follow the name's capitalised run."""
    L = lex()
    start = max((k + 1 for k in range(i) if toks[k][0] in {",", ";", ":"}), default=0)
    before = toks[start:i]
    if not any(t[0][0].isalnum() for t in before) \
            or any(L.is_active_cue(t[0]) or L.is_short_cue(t[0]) or t[0] in TITLE_MARKS for t in before):
        return None
    bare = _menurut_bare(text, toks, i, se, ents, names)
    if bare is None or bare[1].speaker is None or bare[1].speaker.kind not in {"name", "description"}:
        return None
    return replace(bare[1], confidence=float(setting("menurut_inside_confidence")))


def _interrupting_cue(text: str, toks: list[tuple[str, int, int]], comma: int, se: int,
                      ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """``Menurut pemetaan itu, ia menjelaskan, CLAUSE``: a speaker and speech verb set off by commas
    after the ``menurut`` phrase are the attribution (the ``menurut`` phrase is then a source)."""
    L = lex()
    k = comma + 1
    while k < len(toks) and k - comma <= 5 and toks[k][0] != "," and not (
            L.is_active_cue(toks[k][0]) or L.is_short_cue(toks[k][0])):
        k += 1
    if k == comma + 1 or k + 1 >= len(toks) or toks[k][0] == "," or toks[k + 1][0] != ",":
        return None
    head = toks[comma + 1:k]
    if len(head) == 1 and head[0][0].lower() in L.pronouns:
        sp: Speaker | None = Speaker(head[0][0], "PERSON", None, "pronoun", head[0][1], head[0][2])
    elif all(is_cap(t[0]) for t in head):
        sp = parse_speaker(text, head[0][1], head[-1][2], ents, names)
    else:
        return None
    qs, qe = end_trim(text, toks[k + 1][2], se)
    if sp is None or len(re.findall(r"\w+", text[qs:qe])) < 3:
        return None
    return Candidate("indirect", qs, qe, sp, text[head[0][1]:toks[k][2]], "interrupted", 0.7, head[0][1])


def _menurut_bare(text: str, toks: list[tuple[str, int, int]], i: int, se: int, ents: EntityIndex,
                  names: NameIndex) -> tuple[int, Candidate] | None:
    """``Menurut Budi harga cabai naik``: no comma after the name, which ends with its capitalised
    run; the words after it must open a clause (not ``pada Senin``, not a relative phrase).
    Returns the index of the clause's first token and the candidate."""
    L = lex()
    j = i + 1
    while j < len(toks) and (is_cap(toks[j][0]) or (toks[j][0].lower() in L.name_connectors
                                                     or toks[j][0] in {"&", "."})
                             and j + 1 < len(toks) and is_cap(toks[j + 1][0])
                             and (toks[j][0] != "." or len(toks[j - 1][0]) == 1)):
        j += 1  # also "GM After Sales & PR YIMM M. Abidin"
    if j == i + 1 or j >= len(toks) or j - i - 1 > 8:
        return None
    nxt = toks[j][0]
    lw = nxt.lower()
    words = [t[0] for t in toks[j:] if t[0][0].isalnum()]
    low = [w.lower() for w in words]
    demonstrative = lw in L.demonstratives and len(low) >= 3 and predicate_follows(low[1:6])
    adverb = lw in L.adverbs and len(low) >= 3 and predicate_follows(low[1:6])
    cop = next((x for x in range(j + 2, min(len(toks), j + 8)) if toks[x][0].lower() in L.copulas), None)
    free_relative = lw == "yang" and cop is not None and bool(VERB_PREFIX.match(low[1])) \
        and all(t[0] != "," for t in toks[j:cop])
    # "Menurut Setyo yang digunakan oleh aparat adalah tipe barracuda": a headless relative subject
    if not free_relative and (not nxt[0].isalpha() or (lw in L.stopwords and not demonstrative and not adverb)
                              or lw in L.subject_tails or lw in L.clause_preps):
        return None  # (but "Menurut Zainudin itu merupakan bukti …": "itu" is the clause's subject)
    closed_np = len(low) >= 3 and low[1] in L.demonstratives and low[2] not in L.np_links \
        and low[2] not in L.stopwords and not VERB_PREFIX.match(low[0])
    if len(words) < 3 or not (lw in L.common and lw.endswith("nya") or predicate_follows(low[:6])
                              or demonstrative or closed_np or adverb or free_relative):
        return None  # (also "Menurut Andreas pelaporan itu sarat muatan politis": noun, "itu", predicate)
    sp = parse_speaker(text, toks[i + 1][1], toks[j - 1][2], ents, names)
    if sp is None:
        return None
    qs, qe = end_trim(text, toks[j][1], se)
    return j, Candidate("indirect", qs, qe, sp, toks[i][0], "menurut", 0.7, toks[i][1])
