"""Reported speech around a passive speech verb with its agent (``cue_verbs_passive.txt``):

- between commas: ``Kinerja PPSU, disebut Djarot, jangan disamaratakan …`` (the quote is the part
  after the cue, as for ``…, kata X, …``);
- fronted, after sentence connectives: ``Padahal diakui ketua umum Persipura Benhur Tommy Mano,
  kiper andalannya …``, ``Selain itu, dikemukakannya, …``;
- inside the clause, the agent between subject and predicate: ``Sistem online ini diakui Tinia
  bisa memudahkan …``, ``Pemain disebutnya sudah bisa …`` (the quote is the predicate).

The agent is a name (with its office) right after the verb, or ``oleh`` and a name, or the clitic
``-nya``; a passive without an agent (``Dikatakan, …``, ``disebut sebagai``) is left alone.
"""

from __future__ import annotations

import re

from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quotes_direct import Candidate
from warta.annotate.quotes_menurut import VERB_PREFIX, end_trim
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker

Tok = tuple[str, int, int]


def _agent_end(toks: list[Tok], k: int) -> int:
    """The end (exclusive) of the agent phrase starting at ``toks[k]``: capitalised words, offices
    and titles, brackets; ``k`` when there is none."""
    L = lex()
    j = k
    while j < len(toks) and j - k < 10:
        w = toks[j][0]
        if is_cap(w) or w in {"(", ")"} or w.lower() in L.role_words or w.lower().rstrip(".") in L.titles:
            j += 1
            continue
        break
    while j > k and toks[j - 1][0] == "(":
        j -= 1
    return j if any(is_cap(t[0]) for t in toks[k:j]) else k


def _opens_sentence(toks: list[Tok]) -> bool:
    """Only connectives, adverbial openers and commas before the cue (``Padahal``, ``Selain itu,``)."""
    L = lex()
    return all(t[0] == "," or t[0].lower() in L.conjunctions or t[0].lower() in L.connectives
               or t[0].lower() in L.adverbial_openers or t[0].lower() in {"itu", "ini", "juga", "pula", "dan"}
               for t in toks)


def passive_quote(text: str, ss: int, se: int, ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """The passive-cue candidate of the sentence ``text[ss:se]`` (module doc), or ``None``."""
    L = lex()
    toks = tokens(text, ss, se)
    verbs = L.cue_passive_all
    for i, (w, s, e) in enumerate(toks[:int(setting("menurut_max_position"))]):
        lw = w.lower()
        clitic = lw.endswith("nya") and lw[:-3] in verbs
        if not (clitic or lw in verbs) or i and toks[i - 1][0].lower() == "yang":
            continue  # "Pernyataan yang disampaikan KOI ditujukan …": a relative clause, not a report
        if clitic:
            sp: Speaker | None = Speaker("-nya", "PERSON", None, "pronoun", s, e)
            k = i + 1
        else:
            a = i + 2 if i + 1 < len(toks) and toks[i + 1][0].lower() == "oleh" else i + 1
            k = _agent_end(toks, a)
            if k == a:
                continue  # no agent: "disebut sebagai …", "Dikatakan, …"
            sp = parse_speaker(text, toks[a][1], toks[k - 1][2], ents, names)
            if lw in L.cue_passive_media and not (sp and any(x.label == "PERSON"
                                                             for x in ents.within(sp.start, sp.end))):
                agent = text[toks[a][1]:toks[k - 1][2]]  # "Dilaporkan Radar Online": the outlet
                sp = Speaker(agent, "ORG", None, "name", toks[a][1], toks[k - 1][2])
        if sp is None or k >= len(toks):
            continue
        before = toks[:i]
        if toks[k][0] == "," and (before and before[-1][0] == "," or _opens_sentence(before)):
            qs = toks[k][2]  # "X, disebut Djarot, CLAUSE" / "Padahal diakui Y, CLAUSE"
            aside = next((j for j in range(k + 2, min(len(toks), k + 9)) if toks[j][0] == ","), None)
            if aside is not None and toks[k + 1][0].lower() in {"seperti", "sebagaimana"}:
                qs = toks[aside][2]  # "Dilaporkan X, seperti dikutip Y, CLAUSE": the source aside
        elif before and before[-1][0] != "," and not _opens_sentence(before) and not is_cap(toks[k][0]) \
                and (toks[k][0].lower() in L.clause_hints or VERB_PREFIX.match(toks[k][0])) \
                and toks[k][0].lower() not in L.prepositional:  # "diungkapkannya melalui akun …"
            qs = toks[k][1]  # "Sistem ini diakui Tinia bisa …": the predicate after the agent
        else:
            continue
        qs, qe = end_trim(text, qs, se)
        if len(re.findall(r"\w+", text[qs:qe])) < 3:
            continue
        return Candidate("indirect", qs, qe, sp, w, "passive", 0.7, s)
    return None
