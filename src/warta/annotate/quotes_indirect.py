"""Indirect (reported) speech without quotation marks.

Patterns, each sentence at most once (nested reported speech belongs to the outer speaker):

- ``X mengatakan/menegaskan/... [kepada wartawan] [,] [bahwa] CLAUSE`` -- a listed speech verb, or any
  ``me-`` verb followed by ``bahwa``; verbs of request and hope are excluded;
- ``Menurut X, CLAUSE`` / ``Menurutnya, CLAUSE`` (not when X is a data source: ``menurut data BPS``);
- ``CLAUSE, kata X.`` and ``A, kata dia, CLAUSE.`` without marks (:mod:`.quotes_trailing`);
- passive speech verbs with their agent: ``X, disebut Djarot, CLAUSE`` (:mod:`.quotes_passive`).

The quote span is the content clause without ``bahwa`` and without the final full stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from warta import config
from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quotes_clause import NOMINAL as _NOMINAL
from warta.annotate.quotes_clause import announced_thing, is_clause, manner_tail
from warta.annotate.quotes_direct import Candidate, _looks_role, _subject_start, drop_adverbial, title_case
from warta.annotate.quotes_menurut import VERB_PREFIX, description_points_back, end_trim, menurut_quote
from warta.annotate.quotes_passive import passive_quote
from warta.annotate.quotes_subject import (
    adverbial_tail,
    apposition_name,
    caused_person,
    described_name,
    drop_connective,
    elided_subordinator,
    name_then_bare_role,
    name_then_description,
    name_then_role,
    named_relative,
    office_then_person,
    only_fillers,
    person_then_circumstance,
    person_then_relative,
    strip_dated_aside,
    with_origin,
)
from warta.annotate.quotes_trailing import trailing_cue
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker
from warta.lang import degree_pattern

MARKS = re.compile(r"[\"“”„«»]|''|‘’|’’")
_SKIP_AFTER_VERB = {",", ":", "bahwa"}


@cache
def _indefinite_heads() -> frozenset[str]:
    """First words of the indefinite openers (``seorang``, ``salah``): a new subject after ``dan``."""
    return frozenset(w.split()[0] for w in lex().indefinites)


def _marks_are_labels(sent: str) -> bool:
    """Whether every quotation mark of ``sent`` wraps a short label inside the clause (``hanya "isu"
    yang …``): a pair of marks around at most ``[quotes_indirect] label_words`` words, with a word both before
    and after it. A sentence without marks qualifies; one with any other marks does not."""
    marks = list(MARKS.finditer(sent))
    if not marks:
        return True
    if len(marks) % 2:
        return False
    limit = config.get("quotes_indirect", "label_words")
    for a, b in zip(marks[::2], marks[1::2], strict=True):
        inner = sent[a.end():b.start()]
        words = re.findall(r"\w+", inner)
        n = len(words)
        before = re.search(r"\w\s*$", sent[:a.start()])
        after = re.match(r"\s*(?:[,;]\s*)?\w", sent[b.end():])  # ('amat "gila", hingga …')
        if not sent[b.end():].strip():
            inner = inner.rstrip(".!?")  # 'berada dalam keadaan "paling parah."': the sentence's stop
        if re.search(r"[.,!?;:]", inner) or not before:
            return False
        if n > limit and n <= int(setting("max_title_words")) and title_case(words) \
                and not _cue_right_before(sent[:a.start()]):
            continue  # '… kreator serial animasi TV "The Marvelous Misadventures of Flapjack".': a title
        if not 1 <= n <= limit:
            return False
        if not after and not _label_at_end(sent[:a.start()], sent[b.end():]):
            return False
    return True


def _cue_right_before(before: str) -> bool:
    words = re.findall(r"\w+", before)
    L = lex()
    return bool(words) and (L.is_active_cue(words[-1]) or L.is_short_cue(words[-1]))


def _label_at_end(before: str, after: str) -> bool:
    """``… adalah berita bohong atau "hoaks".``: a label closing the sentence after a lower-case word
    that is not a speech verb (``mengatakan "siap".`` is a direct quotation)."""
    words = re.findall(r"\w+", before)
    if not words or not words[-1].islower() or not re.fullmatch(r"\s*[.!?]?\s*", after):
        return False
    L = lex()
    return not (L.is_active_cue(words[-1]) or L.is_short_cue(words[-1]) or words[-1] in L.cue_passive)


def find_indirect(text: str, sentences: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]],
                  ents: EntityIndex, names: NameIndex) -> list[Candidate]:
    """Indirect-quote candidates in sentences that hold no direct quotation."""
    out: list[Candidate] = []
    for ss, se in sentences:
        inside = [s for s, e in taken if s < se and ss < e]
        if inside:
            cand = _before_manner_quote(text, ss, min(inside), ents, names)
            out.extend([cand] if cand else [])
            continue
        if not _marks_are_labels(text[ss:se]):
            continue
        cand = menurut_quote(text, ss, se, ents, names) or trailing_cue(text, ss, se, ents, names) \
            or verb_clause(text, ss, se, ents, names) or passive_quote(text, ss, se, ents, names)
        if cand:
            out.extend(split_coordinated(text, cand) if cand.mode == "verb" else [cand])
    return out


def _before_manner_quote(text: str, ss: int, qs: int, ents: EntityIndex,
                         names: NameIndex) -> Candidate | None:
    """``Tierney mengaku senang bisa …, dengan ia mengatakan: "…"``: in a sentence that holds a direct
    quotation (starting at ``qs``), a clause reported before a manner clause whose own speech verb
    introduces the quotation."""
    cand = verb_clause(text, ss, qs, ents, names)
    if cand is None or cand.end >= qs:
        return None
    link = re.match(r"\s*,\s*(\w+)", text[cand.end:qs])
    return cand if link and link.group(1).lower() in lex().manner_links else None


_COORDINATED = re.compile(r"(?:,\s*)?\s\b(?:dan|serta)\s+(?:juga\s+|pun\s+)?([a-z]+)\b")


def split_coordinated(text: str, cand: Candidate) -> list[Candidate]:
    """``menekankan bahwa A dan menegaskan B``: a second speech verb of the same speaker inside the
    content ends the first clause and opens a second quote. A first clause of one word (``mengaku
    senang dan mengatakan …``) is dropped. Verbs of hope, promise or finding stay inside the clause
    (``berusaha tampil lebih baik dan berharap …``)."""
    L = lex()
    for m in _COORDINATED.finditer(text, cand.start, cand.end):
        verb = m.group(1)
        if not L.is_active_cue(verb) or verb in L.nonspeech:
            continue
        qs, qe = end_trim(text, cand.start, m.start())
        first = [replace(cand, end=qe)] if len(re.findall(r"\w+", text[qs:qe])) >= 2 else []
        k = m.end(1)
        rest = re.match(r"[\s,:]*(?:(?:bahwa|kalau|jika)\s+)?", text[k:cand.end])
        bs, be = end_trim(text, k + (rest.end() if rest else 0), cand.end)
        if len(re.findall(r"\w+", text[bs:be])) < 3:
            return first or [cand]
        return first + [replace(cand, start=bs, end=be, cue=verb, cue_start=m.start(1))]
    return [cand]


def verb_clause(text: str, ss: int, se: int, ents: EntityIndex, names: NameIndex) -> Candidate | None:
    L = lex()
    toks = tokens(text, ss, se)
    lows = {t[0].lower() for t in toks}
    if "bahwa" not in lows and L.cue_active.isdisjoint(lows) and L.cue_comma.isdisjoint(lows):
        return None  # no speech verb and no "me- … bahwa": the loop below would find nothing
    for j, (w, s, _e) in enumerate(toks):
        lw = w.lower()
        if lw in L.nonspeech:
            return None
        nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
        generic = lw.startswith("me") and nxt == "bahwa" and j > 0
        comma_cue = lw in L.cue_comma and nxt == ","  # "Ia melanjutkan, risiko …"
        if not (L.is_active_cue(w) or generic or comma_cue) or j == 0:
            continue
        p = j - 1
        while p > 0 and toks[p][0].lower() in L.adverbs:
            p -= 1
        if p < j - 1 and toks[p][0].lower() == "yang":
            continue  # "negara yang ikut mengklaim …": a relative clause, nothing reported
        if toks[j - 1][0].lower() == "yang":
            sub = _name_before_yang(toks, j, ents)  # "Apriyani yang mengaku bersyukur …": the name speaks
            if sub is None:
                continue  # "Kuasa korban yang melaporkan …, Sudarso, mengaku …"
        elif toks[j - 1][0].lower() in L.adverbial_openers or _fronted_clause(toks, j):
            continue  # "Selain menyebut …, KPK …"; "Meski enggan menyebut angka, Ongki mengatakan …"
        else:
            sub = drop_connective(toks[:j])
        while sub and sub[-1][0] == ",":
            sub = sub[:-1]  # "ia enggan, memastikan …"
        if len(sub) > 2 and sub[-1][0].lower() in L.affirming_negations \
                and sub[-2][0].lower() in {"tak", "tidak", "tanpa"} \
                and not (j + 1 < len(toks) and _NOMINAL.match(toks[j + 1][0].lower())):
            # (not "tidak segan mengungkapkan kekaguman …": a feeling named, no words reported)
            sub = sub[:-2]  # "Matthaeus pun tak ragu-ragu mengatakan …": said, emphatically
        if sub and sub[-1][0].lower() in L.modal_blockers:
            return None  # "KPU akan memaparkan …": not reported (yet)
        while sub and (sub[-1][0].lower() in L.adverbs or sub[-1][0] == ","
                       or len(sub) > 2 and sub[-1][0].lower() == "ini" and sub[-2][0].lower() == "baru-baru"):
            sub = sub[:-2] if sub[-1][0].lower() == "ini" else sub[:-1]  # "… baru-baru ini menyatakan"
        conj = [i for i, t in enumerate(sub[:-1]) if i > 0
                and (is_cap(sub[i + 1][0]) or sub[i + 1][0].lower() in L.pronouns)
                and (t[0].lower() in L.conjunctions or (t[0].lower() in L.subordinators
                                                        or t[0].lower() == "dan" and sub[i - 1][0] == ",")
                     and any(VERB_PREFIX.match(w[0]) for w in sub[:i]))
                or i > 0 and t[0].lower() == "dan" and sub[i + 1][0].lower() in _indefinite_heads()
                and any(VERB_PREFIX.match(w[0]) for w in sub[:i])]
        # ("… berada di posisi yang sama dan seorang pejabat di sana menyatakan …": a new subject)
        if conj:  # "… saat kontraknya habis namun Budi mengatakan …": the clause after the conjunction
            sub = sub[conj[-1] + 1:]
        elided = elided_subordinator(sub)
        if elided in L.temporal_subordinators:
            return None  # "…, ketika menyampaikan keterangan pers untuk …": a circumstance, not a report
        if elided:
            sub = [("ia", s, s)]  # "…, meski di pengujung musim lalu menegaskan …": the subject is elided,
            # read as a pronoun for the sentence's topic
        sub = strip_dated_aside(sub)
        last_comma = max((x for x, t in enumerate(sub) if t[0] == ","), default=-1)
        while 0 < last_comma < len(sub) - 1 and degree_pattern().fullmatch(
                text[sub[last_comma + 1][1]:sub[-1][2]]):
            sub = sub[:last_comma]  # "…, Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad menyebut": degrees
            last_comma = max((x for x, t in enumerate(sub) if t[0] == ","), default=-1)
        if sub and sub[-1][0].lower() in L.conjunctions and sub[-1][0].islower():
            return None  # "…, tetapi juga memastikan …": the subject is elided (the sentence's)
        if sub and (sub[-1][0].lower() in L.manner_links or sub[-1][0].lower() in {"serta", "dan"}):
            opener = next((i for i, t in enumerate(sub[:-2]) if t[0] == ","), None) \
                if sub[0][0].lower() in L.subordinators or sub[0][0].lower() in L.connectives else None
            if opener is not None:  # "Seiring berjalannya waktu, Miryam mencabut …, dan mengaku …"
                sub = sub[opener + 1:]
            first_verb = next((i for i, t in enumerate(sub) if VERB_PREFIX.match(t[0].lower())
                               and not is_cap(t[0]) and t[0].lower() not in L.demonstratives
                               and t[0].lower() not in L.stopwords), None)  # not "tersebut"
            if not first_verb:
                continue
            sub = sub[:first_verb]
            if len(sub) > 1 and sub[-1][0].lower() == "yang":
                sub = sub[:-1]  # "Guardiola sendiri yang menampik … dan menyatakan …": a cleft subject
        if not sub or sub[-1][0] in {",", ")"} and len(sub) < 2:
            return None
        if len(sub) > 3 and sub[-1][0] == ")":
            opening = max(i for i, t in enumerate(sub) if t[0] == "(")
            if 0 < opening < len(sub) - 2 and sub[opening + 1][0].islower():
                sub = sub[:opening]  # "RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku"
        named_rel = named_relative(sub) or person_then_relative(sub, ents)
        if named_rel:  # "Oviedo-Joekes yang memimpin …, sebuah eksperimen …, mengatakan": the name speaks
            sub = sub[:named_rel]
        alias = _ALIAS_TAIL.search(text, sub[0][1], sub[-1][2] + 1)
        if alias and alias.end() >= sub[-1][2] and alias.start() > sub[0][1]:
            sub = [t for t in sub if t[2] <= alias.start()]  # the name before its other form
        caused = caused_person(sub, ents)
        if caused:  # "Sejarah … membuat Jurgen Klopp mengaku …": the person made to speak
            sub = sub[caused:]
        circumstance = person_then_circumstance(sub, ents)
        if circumstance and any(t[0] == "," for t in sub[circumstance:]):
            sub = sub[:circumstance]  # "Macron saat berkunjung ke Tallinn, Estonia … mengatakan"
        named = name_then_role(text, sub, ents, names) or name_then_description(text, sub, ents, names)
        cut = _subject_start(sub) if named is None else len(sub) - 1
        subj = drop_adverbial(sub[cut:])
        while subj and subj[-1][0] == ",":
            subj = subj[:-1]
        if not subj or sum(1 for t in subj if t[0][0].isalnum()) > int(setting("max_subject_words")):
            return None
        if len(subj) == 1 and subj[0][0].lower() in L.question_words | {"siapa", "apa"}:
            return None  # "Siapa bilang pegiat kebugaran selalu disiplin?": a rhetorical question
        if len(subj) > 1 and subj[-1][0].lower() in L.pronouns and subj[-1][0].islower() \
                and (all(t[0].islower() or i == 0 and t[0].lower() in L.connectives
                         for i, t in enumerate(subj[:-1]))
                     or subj[0][0].lower() in L.non_subject_before and len(subj) <= 8):
            subj = subj[-1:]  # "Pasalnya baru-baru ini ia mengaku …", "Kepada kumparan (…) ia mengatakan …"
        elif 2 < len(subj) <= 8 and subj[0][0].lower() in L.non_subject_before and is_cap(subj[-1][0]):
            r = len(subj) - 1
            while r > 1 and is_cap(subj[r - 1][0]):
                r -= 1
            if all(t[0].islower() and t[0].isalpha() for t in subj[1:r]) \
                    and not any(x.label == "LOC" for x in ents.overlapping(subj[r][1], subj[-1][2])):
                subj = subj[r:]  # "dalam prosesnya Ferry menyebut …": an adverbial, then the name
        if any(t[0].lower() in L.statute_heads and is_cap(t[0]) for t in subj[:2]):
            return None  # "Pasal 36 ayat (3) … menyatakan bahwa …": a statute rules, it does not speak
        if named is None and subj and subj[0][0].lower() in L.source_nouns \
                and all(t[0].islower() for t in subj[1:]):
            return None  # "Kabar terbaru menyebut …": an unnamed source, no speaker
        if subj and (subj[0][0].lower() in L.survey_nouns or _SHARE.match(text, subj[0][1])):
            return None  # "Polling yang dilakukan Survation menyebutkan …", "27 persen menyebut …": findings
        if len(subj) > 2 and subj[0][0].lower() in L.statement_nouns:
            issuer = next((i for i, t in enumerate(subj[1:4], 1) if is_cap(t[0])), None)
            if issuer is not None and all(t[0].islower() for t in subj[1:issuer]):
                subj = subj[issuer:]  # "Siaran pers Dinas X menyebutkan …": the issuer speaks
        rel = next((i for i, t in enumerate(subj) if t[0] == "yang" or i and t[0] in L.verb_tails),
                   len(subj))  # "X seusai meninjau …", "X yang memimpin …": a verb of the tail
        if any((re.match(r"^(?:me|ber)[a-z]{4,}$", t[0]) or re.match(r"^di[a-z]{3,}kan$", t[0]))
               and t[0] not in L.role_words and t[0] not in L.subject_adjectives for t in subj[:rel]):
            return None  # "Pemerintah … berencana melanjutkan …", "Setelah dikabarkan telah menyatakan …":
            # the subject holds another verb
        if named is not None:
            sp: Speaker | None = named
        elif len(subj) == 1 and (subj[0][0].lower() in L.pronouns or subj[0][0].lower().endswith("pun")
                                 and subj[0][0].lower()[:-3] in L.pronouns):  # "Iapun mengakui …"
            sp = Speaker(subj[0][0], "PERSON", None, "pronoun", subj[0][1], subj[0][2])
        else:
            if not (is_cap(subj[0][0]) or subj[0][0].lower() in L.determiners or len(subj) <= 4
                    or _looks_role(subj[:2]) or description_points_back(subj)):
                return None
            sp = apposition_name(text, subj, ents, names) or parse_speaker(text, subj[0][1], subj[-1][2],
                                                                             ents, names)
            if sp is not None and sp.end < subj[-1][2] and (
                    sp.kind == "description" or sp.kind == "name"
                    and (not adverbial_tail(text, sp.end, subj[-1][2])
                         or office_then_person(text, sp, subj[-1][2], ents))):
                sp = described_name(text, sp, subj[-1][2], ents, names) or sp  # "Kepala … BNPB Sutopo …"
            bare = name_then_bare_role(text, subj, sp, ents) if sp is not None else None
            if bare is not None:  # "Raha Spehrara dokter gigi dari Dental Suites Clinic mengungkapkan"
                sp = bare
            elif sp is None or sp.end < subj[-1][2] - 1 and not only_fillers(text, sp.end, subj[-1][2]) \
                    and not adverbial_tail(text, sp.end, subj[-1][2]):
                return None
            else:
                sp = with_origin(text, sp, subj[-1][2])  # "perwakilan dari Kensington Place"
        got = _content_after(text, toks, j, _subordinate_end(toks, j, se), sp)
        if got == _NEXT:
            continue
        return got if isinstance(got, Candidate) else None
    return None


_SHARE = re.compile(r"\d+(?:[.,]\d+)?[ \t]*(?:persen|%)")  # a share of respondents


# "Gus Sholah, sapaan akrab KH Salahudhin Wahid, mengakui …": the name's other form after it
_ALIAS_TAIL = re.compile(r"[ \t]*,[ \t]*(?:sapaan|panggilan|nama[ \t]+asli)(?:[ \t]+akrab(?:nya)?)?"
                         r"(?:[ \t]+[A-Z][\w’'.-]*){1,5}")
_NEXT = "next"  # the verb reports nothing here: look for the next speech verb of the sentence


def _content_after(text: str, toks: list[tuple[str, int, int]], j: int, se: int,
                   sp: Speaker | None) -> Candidate | str | None:
    """The reported clause after the speech verb ``toks[j]`` of speaker ``sp``: a candidate, ``_NEXT``
    when a later verb of the sentence may report, or ``None``."""
    L = lex()
    w, s, _e = toks[j]
    lw = w.lower()
    k = j + 1
    far = next((x for x in range(k + 1, min(len(toks), k + 16)) if toks[x][0].lower() == "bahwa"), None) \
        if k < len(toks) and toks[k][0].lower() == "kepada" else None
    if far is not None:  # "mengatakan kepada Rusia, Jepang, … dan Korea Selatan bahwa …"
        k = far
    elif k < len(toks) and toks[k][0].lower() == "kepada":
        start = k
        while k < len(toks) and toks[k][0] != "," and toks[k][0].lower() != "bahwa":
            k += 1
            if k - j > 6:
                k = _after_named_addressee(toks, start)  # "kepada kantor berita DPA pelaku …"
                if k is None:
                    return None
                break
    elif k < len(toks) and toks[k][0].lower() == "pada":  # "mengatakan pada sahabatnya bahwa …"
        k = next((x for x in range(k + 1, min(len(toks), k + 6)) if toks[x][0].lower() == "bahwa"), k)
    reports = lw == "melaporkan" and sp is not None and sp.kind == "name" and sp.label == "ORG" \
        and is_clause([t[0] for t in toks[k:k + 24]], False, w) \
        and not any(t[0].lower() in {"ke", "kepada"} for t in toks[k:k + 8])  # "The Sun melaporkan …"
    if lw in L.cue_object and not reports and not (k == j + 1 and k < len(toks) and toks[k][0] in {",", ":"}):
        # "memberitahu Perdana Menteri Y bahwa …": an object before "bahwa" ("Reuters
        # melaporkan, …" has none: the comma opens the clause)
        k = next((x for x in range(k, min(len(toks), k + 8)) if toks[x][0].lower() in L.complementisers
                  or toks[x][0] in {",", ";"}), len(toks))
        if k >= len(toks) or toks[k][0].lower() not in L.complementisers:
            return None
    c = _complementiser(toks, k)
    had_bahwa = c is not None
    k = k if c is None else c + 1
    while k < len(toks) and toks[k][0].lower() in _SKIP_AFTER_VERB:
        had_bahwa = had_bahwa or toks[k][0].lower() == "bahwa"
        k += 1
    if k >= len(toks):
        return None
    words = [t[0] for t in toks[k:] if t[0][0].isalnum()]
    comma_after = toks[j + 1][0] in {",", ":"} if j + 1 < len(toks) else False
    closed_np = k + 2 < len(toks) and toks[k][0].isalpha() and toks[k][0].islower() and not had_bahwa \
        and toks[k][0] not in L.stopwords and toks[k + 1][0].lower() in {"itu", "tersebut"} \
        and toks[k + 2][0] == "," and not comma_after
    # "membantah tuduhan itu, bahkan …": a noun phrase closed by a comma, not a clause ("saat ini,"
    # and "tahun ini," are time adverbials before one)
    if closed_np or announced_thing(w, [t[0] for t in toks[k:k + 24]], had_bahwa) \
            or not is_clause(words, had_bahwa or (comma_after and len(words) >= 4), w):
        if any(t[0].lower() == "dengan" for t in toks[k:k + 4]) or _later_cue(toks, k):
            return _NEXT  # "menegaskan tekadnya dengan mengatakan …", "menyampaikan X dan memastikan …"
        return None
    tail = manner_tail(toks, k)
    qs, qe = end_trim(text, toks[k][1], se if tail is None else tail)
    conf = 0.8 if had_bahwa else 0.7
    return Candidate("indirect", qs, qe, sp, w, "verb", conf, s)

def _after_named_addressee(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """``mengatakan kepada kantor berita DPA pelaku tersebut melepaskan …``: the index where the
    reported clause starts after ``kepada`` and an addressee that ends with a name (a capitalised
    word, then a lower-case word opening a clause), or ``None``."""
    for m in range(k + 2, min(len(toks) - 2, k + 7)):
        if is_cap(toks[m - 1][0]) and toks[m][0].isalpha() and toks[m][0].islower() \
                and toks[m][0].lower() not in lex().stopwords \
                and is_clause([t[0] for t in toks[m:m + 24] if t[0][0].isalnum()], False, "mengatakan"):
            return m
    return None


def _fronted_clause(toks: list[tuple[str, int, int]], j: int) -> bool:
    """True when the verb at ``j`` sits in a clause fronted by an opener (``Meski enggan menyebut
    angka, Ongki mengatakan …``, ``Tanpa mengungkap angka pasti, Ongki mengakui …``): the opener
    starts the sentence, only adverbs or modal words stand between it and the verb, and a comma
    closes the clause later on."""
    L = lex()
    first = toks[0][0].lower()
    if first not in L.adverbial_openers and first not in L.subordinators:
        return False
    if not all(t[0].lower() in L.adverbs or t[0].lower() in L.modal_blockers for t in toks[1:j]):
        return False  # "Ketika dokter mengatakan …": the fronted clause has its own subject and reports
    return any(t[0] == "," for t in toks[j + 1:])


def _name_before_yang(toks: list[tuple[str, int, int]], j: int,
                      ents: EntityIndex) -> list[tuple[str, int, int]] | None:
    """The tokens of a person the NER found right before ``yang`` + the speech verb ``toks[j]``
    (``Apriyani yang mengaku bersyukur …``), else None (a body or product before ``yang`` more often
    does than says: ``BBM Checkout yang memastikan …``)."""
    if j < 2 or not is_cap(toks[j - 2][0]) or toks[j][0].lower() in lex().cue_topic:
        return None  # ("pidato Ahok yang menyinggung …": a speech described, nothing reported)
    end = toks[j - 2][2]
    ent = next((e for e in ents.within(max(0, end - 80), end) if e.end == end and e.label == "PERSON"), None)
    if ent is None:
        return None
    return [t for t in toks[:j - 1] if t[1] >= ent.start]


def _subordinate_end(toks: list[tuple[str, int, int]], j: int, se: int) -> int:
    """Where a clause reported inside a temporal subordinate clause ends: ``Ketika dokter mengatakan
    ia sudah sembuh, keluarganya …`` reports up to the comma that closes the subordinate clause;
    otherwise ``se`` (the sentence end)."""
    if not toks or toks[0][0].lower() not in lex().temporal_subordinators \
            or any(t[0] == "," for t in toks[1:j]):
        return se
    comma = next((t for t in toks[j + 2:] if t[0] == ","), None)
    return comma[1] if comma is not None and comma[2] < toks[-1][1] else se


def _later_cue(toks: list[tuple[str, int, int]], k: int) -> bool:
    """``menyampaikan keprihatinannya dan memastikan …``, ``membantah hal tersebut, bahkan …, Andi
    membantah …``: a later speech verb after ``dan``/``serta`` or a comma, whose own clause the caller
    reads instead of the first verb's noun phrase."""
    L = lex()
    for i in range(k + 1, len(toks)):
        prev = toks[i - 1][0].lower()
        if L.is_active_cue(toks[i][0]) and prev != "yang" \
                and (prev in {"dan", "serta"} or any(t[0] == "," for t in toks[k:i])):
            return True
    return False


def _complementiser(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """``mengatakan terlebih dulu jika …``: the index of a complementiser (``bahwa``, ``jika``) at ``k``
    or after up to two post-verb adverbs; ``None`` when none follows or when ``jika`` opens a
    conditional (a comma or ``maka`` later in the sentence)."""
    L = lex()
    a = k
    while a < len(toks) and a - k < 2 and toks[a][0].lower() in L.post_verb_adverbs:
        a += 1
    if a >= len(toks) or toks[a][0].lower() not in L.complementisers:
        return None
    if toks[a][0].lower() != "bahwa" and any(t[0] == "," or t[0].lower() in L.conditional_markers
                                             for t in toks[a + 1:]):
        return None  # "menegaskan jika dia terpilih, …" / "… jika P maka Q": a conditional, kept
    return a
