"""Speaker phrases: who a cue names, with role, label and the fullest name the article uses.

A speaker phrase is the text a speech verb points to (``kata Menteri Luar Negeri Ukraina, Dmytro
Kuleba, akhir Juni lalu`` -> name ``Dmytro Kuleba``, role ``Menteri Luar Negeri Ukraina``). Names are
found by capitalisation and the role/title/place word lists (:mod:`warta.annotate.speaker_names`);
NER entities, when given, are weighed against them, so a better NER improves speakers with no code
change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from warta.annotate.entity_roles import role_before
from warta.annotate.quote_lex import (
    enumeration_comma,
    is_acronym,
    is_cap,
    lex,
    setting,
    tokens,
)
from warta.annotate.speaker_context import (
    TITLE_MARKS,
    description_ahead,
    descriptor_words,
    document_nouns,
    indefinite_start,
    kin_description_span,
    modifier_ahead,
    title_then_demonstrative,
)
from warta.annotate.speaker_late import late_name
from warta.annotate.speaker_names import (
    EntityIndex,
    NameIndex,
    common_word,
    sentence_initial,
    split_name,
    word_ok_in_name,
)
from warta.annotate.speaker_phrases import (
    account_handle,
    also_office,
    branch_words,
    described_back,
    dotted_initials,
    follower_description,
    place_description,
    posted_at,
    unnamed_source,
)
from warta.annotate.speaker_statements import statement_nouns, statement_speaker
from warta.annotate.speaker_words import (
    Speaker,
    clean_role,
    description_continues,
    from_entities,
    institution_words,
    office_holder,
    office_place,
    parse_words,
    relative_anaphor,
)
from warta.lang import degree_pattern, lexicon

__all__ = ["FORMER", "EntityIndex", "NameIndex", "Speaker", "parse_speaker", "sentence_initial", "split_name"]

DAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"})

FORMER = frozenset({"mantan", "eks", "bekas"})  # "Mantan Direktur …": a former office holder
_FIRST_TWO = re.compile(r"[ \t]*((\w+)[ \t]+(\w+))")
_PIHAK = re.compile(r"[ \t]*[Pp]ihak[ \t]+$")
_LONG_RELATIVE = re.compile(r"(\w[\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]+yang(?:[ \t]+[\w.-]+){1,14}?[ \t]+"
                            r"(?:ini|itu|tersebut))[ \t]*")


def parse_speaker(text: str, start: int, end: int, ents: EntityIndex, names: NameIndex) -> Speaker | None:
    """Parse the speaker phrase in ``text[start:end]`` (right after a cue verb, or the subject
    before one). Returns ``None`` when no speaker can be read there."""
    sp = _parse_speaker(text, start, end, ents, names)
    if sp is not None and sp.kind == "name" and sp.label == "PERSON":
        sp = _inside_org(text, start, sp, ents)
    if sp is not None and sp.kind == "name" and sp.label == "ORG" and sp.start > start:
        former = _FIRST_TWO.match(text, start, sp.start)
        if former and former.group(2).lower() in FORMER and former.group(3).lower() in lex().role_words:
            # "Mantan Direktur Pelaksana Bank Dunia menyatakan": a former office holder, not the bank
            return Speaker(text[former.start(1):sp.end], "PERSON", None, "anaphor", former.start(1), sp.end)
    if sp is not None and sp.kind == "name" and sp.label == "PERSON" and _PIHAK.match(text, start, sp.start) \
            and not any(e.label == "PERSON" for e in ents.overlapping(sp.start, sp.end)):
        sp = replace(sp, label="ORG")  # "Pihak Twitter mengatakan": the institution's side
    lead = text[start:sp.start].split()[:1] if sp is not None and sp.kind == "name" else []
    worded = bool(lead) and lead[0].lower() in statement_nouns()  # "pernyataan Pemerintah X"
    if sp is not None and (sp.kind in ("anaphor", "description") or worded):
        at = start if worded else sp.start
        stated = statement_speaker(text, at, end, ents, names,
                                   lambda pos: _parse_speaker(text, pos, end, ents, names))
        if stated:  # "sebut rilis itu": the institution the statement comes from
            return Speaker(stated[0], stated[1], None, "name", at, sp.end)
    if sp is not None and sp.label == "ORG" and names.role_acronyms:
        acr = text[sp.start:sp.end].strip()
        person = names.role_acronyms.get(acr)
        if person:  # "KSAL menegaskan …" after "Kepala Staf Angkatan Laut (KSAL) Laksamana TNI Bayu Pranoto"
            return Speaker(" ".join(names.fullest(person)), "PERSON", names.brackets.get(acr, acr), "name",
                           sp.start, sp.end)
    return sp


def _inside_org(text: str, start: int, sp: Speaker, ents: EntityIndex) -> Speaker:
    """``Rumah produksi Universal Pictures``: a "person" read off the tail of an organisation's name
    that the entity layer found (and no person there) is that organisation; the words before it are
    its description."""
    over = ents.overlapping(sp.start, sp.end)
    org = next((e for e in over if e.label == "ORG" and start <= e.start < sp.start and sp.end <= e.end),
               None)
    if org is None or any(e.label == "PERSON" for e in over) or ents.person_word(sp.name.split()) \
            or role_before(text, sp.start, start):
        return sp  # "Kemenpora Mulyana" (a person elsewhere), "Direktur PT Angkasa Pura I Sujiastono"
    role = text[start:org.start].strip(" ,") or None
    return Speaker(text[org.start:org.end], "ORG", role, "name", org.start, org.end)


def _org_name_open(words: list[tuple[str, int, int]], nxt: str, ents: EntityIndex) -> bool:
    """``Ketua Umum Asosiasi Eksportir dan Industri Kopi Indonesia``: after an office, an
    organisation's name (its head word spelt out) runs on over ``dan`` (no person named yet)."""
    L = lex()
    if nxt.lower() in L.role_words:
        return False  # "Ketua KPK dan Wakil Ketua …": two people
    head = max((i for i, t in enumerate(words) if t[0].lower() in L.org_heads and not t[0].isupper()),
               default=-1)
    role = max((i for i, t in enumerate(words) if t[0].lower() in L.role_words
                and t[0].lower() not in L.org_heads), default=-1)
    return 0 <= role < head and not any(
        x.label == "PERSON" for x in ents.within(words[0][1], words[-1][2]))


def _field_name_open(words: list[tuple[str, int, int]], nxt: str, ents: EntityIndex, limit: int) -> bool:
    """``Dirjen Industri Mesin Alat Transportasi dan Elektronika … I Gusti Putu Suryawirawan``: an
    office and the words of its field run on over ``dan`` when no person is named before it and the
    NER finds a name after it, within the speaker phrase (it may sweep the ministry and the person
    into one span)."""
    L = lex()
    if nxt.lower() in L.role_words or not any(t[0].lower() in L.role_words for t in words):
        return False
    return not any(x.label == "PERSON" for x in ents.within(words[0][1], words[-1][2])) \
        and bool(ents.within(words[-1][2], limit))


_TERM = re.compile(r"\d{4}[-–/]\d{2,4}")  # a term of office: "2008-2013"


@cache
def _unnamed_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("id", "speaker_unnamed_heads"))


def _parse_speaker(text: str, start: int, end: int, ents: EntityIndex, names: NameIndex) -> Speaker | None:
    L = lex()
    m = _LONG_RELATIVE.fullmatch(text, start, end)
    if m and text[start:start + 1].islower() and text[start:end].split()[0].lower() not in _unnamed_heads():
        # "perwira polisi yang pengalaman di bagian intelijen … ini": a long description pointing back
        return Speaker(text[start:m.end(1)], "PERSON", None, "anaphor", start, m.end(1))
    unnamed = unnamed_source(text, start, end)
    if unnamed is not None:  # "kata seorang sumber yang dekat dengan rumah produksi Disney"
        return Speaker(text[unnamed[0]:unnamed[1]], "PERSON", None, "description", *unnamed)
    toks = dotted_initials(tokens(text, start, min(end, start + int(setting("max_speaker_chars")))))
    handle = account_handle(toks)
    if handle is not None:  # "ujar akun @afckyou": the account speaks under its handle
        return Speaker(handle[0], None, None, "name", handle[1], handle[2])
    if any(t[0].lower() in L.copulas and toks[k - 1][0].lower() != "yang"
           for k, t in enumerate(toks[1:4], 1)):
        return None  # "Justice collaborator adalah salah satu pelaku …, mengakui": a definition, no speaker
    appos = _described_then_named(text, toks, ents)
    if appos is not None:
        return appos
    if len(toks) >= 3 and toks[0][0].lower() in L.anaphor_nouns and toks[1][0] == "yang" \
            and is_cap(toks[0][0]) and sentence_initial(text, toks[0][1]) \
            and all(t[0][0].isalnum() for t in toks):
        # "Pria yang tahun lalu juara di Losail …" opening a sentence: the topic person, not a name
        return Speaker(text[toks[0][1]:toks[-1][2]], "PERSON", None, "anaphor", toks[0][1], toks[-1][2])
    while toks and toks[0][0].lower() in L.common and is_cap(toks[0][0]) \
            and sentence_initial(text, toks[0][1]) and toks[0][0].lower() not in L.pronouns \
            and toks[0][0].lower() not in L.collective \
            and not (toks[0][0].lower() in L.determiners and len(toks) > 1 and toks[1][0].islower()):
        # "Para peneliti", "Pihak berwajib" stay whole ("Pihak Polda X" is the institution)
        toks = toks[1:]
        if toks and toks[0][0] == ",":
            toks = toks[1:]
    if len(toks) >= 3 and toks[-1][0].lower() in L.demonstratives and not is_cap(toks[-2][0]) \
            and toks[0][0].lower() in L.role_words and all(t[0][0].isalnum() for t in toks):
        # "Perwira jebolan Akpol angkatan 2004 ini": a description pointing back, not "Akpol"
        return Speaker(text[toks[0][1]:toks[-1][2]], "PERSON", None, "anaphor", toks[0][1], toks[-1][2])
    if len(toks) >= 3 and toks[-1][0].lower() in L.demonstratives and is_cap(toks[-2][0]) \
            and any(t[0].lower() in L.role_words for t in toks[:2]) \
            and all(is_cap(t[0]) or t[0].lower() in {"dan", "mantan", "eks"} for t in toks[:-1]) \
            and not any(x.label == "PERSON" for x in ents.within(toks[0][1], toks[-1][2])):
        # "Mantan Menteri Energi dan Sumber Daya Mineral itu": an office pointing back (no name in it)
        return Speaker(text[toks[0][1]:toks[-1][2]], "PERSON", None, "anaphor", toks[0][1], toks[-1][2])
    if len(toks) >= 3 and toks[-1][0].lower() in L.demonstratives \
            and (toks[0][0].lower() in L.anaphor_nouns or toks[0][0].lower() in descriptor_words()) \
            and all(t[0][0].isalnum() for t in toks) \
            and not any(x.label == "PERSON" for x in ents.within(toks[0][1], toks[-1][2])):
        # "Laki-laki penggemar K-pop 2pm dan Twice ini": a description pointing back (its names are
        # what the person likes or did, not the person)
        return Speaker(text[toks[0][1]:toks[-1][2]], "PERSON", None, "anaphor", toks[0][1], toks[-1][2])
    back = described_back(toks)
    if back:
        # "kata pemeran Tasu Leech dalam film "Star Wars …" (2016) itu": the actor, pointing back
        return Speaker(text[toks[0][1]:toks[back][2]], "PERSON", None, "anaphor", toks[0][1], toks[back][2])
    follower = follower_description(toks)
    if follower is not None:  # "tulis pengguna Twitter lainnya": an unnamed user, not Twitter
        a, b = toks[0][1], toks[follower][2]
        return Speaker(text[a:b], "PERSON", None, "description", a, b)
    bodies = tuple((x.start, x.end) for x in ents.overlapping(toks[0][1], toks[-1][2])
                   if x.label in ("ORG", "LOC")) if toks else ()
    described = place_description(toks, bodies)
    if described is not None:  # "ujar sang gelandang Italia", "ujar pria Kosta Rika yang …": points back
        a, b = toks[0][1], toks[described][2]
        return Speaker(text[a:b], "PERSON", None, "anaphor", a, b)
    if len(toks) >= 3 and toks[1][0].lower() in L.origin_words and is_cap(toks[2][0]) \
            and (toks[0][0].lower() in L.anaphor_nouns or toks[0][0] in descriptor_words()):
        # "ujar pria asal Purworejo, Jawa Tengah": a description by origin, not the place's name
        last = next((i for i in range(3, len(toks)) if not (is_cap(toks[i][0]) or toks[i][0] == ",")),
                    len(toks))
        while last > 3 and toks[last - 1][0] == ",":
            last -= 1
        if last < len(toks) and toks[last][0].lower() in L.demonstratives:
            last += 1  # "Pria asal Bandung ini": the demonstrative closes the description
        a, b = toks[0][1], toks[last - 1][2]
        return Speaker(text[a:b], "PERSON", None, "anaphor", a, b)
    kin = kin_description_span(toks)
    if kin is not None:  # "Putera sulung mantan Gubernur DKI Jakarta Ali Sadikin": a relative
        return Speaker(text[kin[0]:kin[1]], "PERSON", None, "anaphor", kin[0], kin[1])
    words: list[tuple[str, int, int]] = []
    anaphor = demonstrative = False
    depth = 0
    seen_name = False
    enum_and = -1
    for k, (w, s, e) in enumerate(toks):
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if depth:
            words.append((w, s, e))
            if w == ")":
                depth -= 1
            continue
        if w == "(":
            close = next((i for i in range(k + 1, min(len(toks), k + 9)) if toks[i][0] == ")"), None)
            if nxt[:1].isdigit() or not nxt or not words or close is None \
                    or any(t[0] in {",", "/"} or t[0][:1].isdigit() for t in toks[k + 1:close]):
                break
            depth += 1
            words.append((w, s, e))
            continue
        if w.lower() in {"dan", "serta"} and words and (words[-1][0].lower() in L.role_words
                                                        and nxt.lower() in L.role_words
                                                        or description_continues(toks, k)
                                                        or words[-1][0] == "," and is_cap(nxt)):
            # also "Bidang Politik, Hukum, dan Keamanan Wiranto": the last item of an enumeration
            words.append((w, s, e))  # "CEO dan pendiri AnyMind Kosuke Sogo": two offices of one person
            continue
        if (w in {"/", "&"} or w.lower() in {"dan", "of", "and", "for", "the", "on", "in"}) and words \
                and is_cap(words[-1][0]) and is_cap(nxt) \
                and (not seen_name or common_word(words[-1][0], names.lower_vocab) or is_acronym(nxt)
                     or w.lower() != "dan" or _org_name_open(words, nxt, ents)
                     or _field_name_open(words, nxt, ents, toks[-1][2])):
            words.append((w, s, e))
            continue
        if w == ",":
            if nxt and is_cap(nxt) and nxt.lower() not in L.stopwords and words:
                words.append((w, s, e))
                continue
            if words and enumeration_comma(toks, k):
                words.append((w, s, e))  # "Badan Meteorologi, Klimatologi, dan Geofisika"
                enum_and = k + 1
                continue
            break
        if k == enum_and:
            words.append((w, s, e))
            continue
        if w in TITLE_MARKS and words:
            dem = title_then_demonstrative(toks, k)
            if dem is not None:  # "bintang film ‘Cinta Dalam Kardus’ ini": a description pointing back
                words.extend(toks[k:dem + 1])
                anaphor = demonstrative = True
            break
        if w == "." and words and words[-1][0].lower() in L.titles \
                and (is_cap(nxt) or nxt.lower() in L.titles):  # "Dr. dr. Damar …", "Dr. med. dr. …"
            words.append((w, s, e))  # "Ir. H. M. Nur Khabsyin": the full stop of an abbreviated title
            continue
        if not w[0].isalnum():
            break
        low = w.lower()
        if low.endswith("pun") and low[:-3] in lex().demonstratives:
            low = low[:-3]  # "pengusaha muda itupun": the clitic glued to the demonstrative
        if low in lex().demonstratives and words:
            anaphor = demonstrative = True
            words.append((w, s, e))
            break
        if low == "untuk" and words and is_cap(words[-1][0]) and is_cap(nxt) \
                and any(t[0].lower() in L.role_words for t in words):
            words.append((w, s, e))  # "Duta Besar Indonesia untuk Arab Saudi Agus Maftuh"
            continue
        if low == "di" and words and is_cap(words[-1][0]) and posted_at(toks, k, frozenset(
                x.start for x in ents.within(s, min(end, s + 80)) if x.label == "PERSON")) \
                and any(t[0].lower() in L.role_words for t in words) \
                and not any(x.label == "PERSON" for x in ents.within(words[0][1], words[-1][2])):
            words.append((w, s, e))  # "Duta Besar Republik Indonesia di New York, Abdul Kadir Jailani"
            continue
        if low in {"yang", "juga"} and words and words[0][0].lower() in L.role_words \
                and also_office(toks, k):
            words.append((w, s, e))  # "Ketua Umum PON XIX yang juga Gubernur Jawa Barat Ahmad Heryawan"
            continue
        if low in L.stopwords and (not is_cap(w) or low in DAYS or (not words and not is_cap(nxt))):
            described = words and (not is_cap(words[0][0]) or words[0][0].lower() in L.anaphor_nouns
                                   or words[0][0].lower() in L.role_words)
            # "ujar bek yang bermain di Serie A itu" (not "tulis Batshuayi yang melengkapi … itu")
            rel = relative_anaphor(toks, k) if low == "yang" and described \
                and words[0][0].lower() not in _unnamed_heads() else None
            if rel is not None:  # "ujar bek yang bermain di Serie A itu": a description pointing back
                words.extend(toks[k:rel + 1])  # whose names ("Serie A") are not the speaker
                anaphor = demonstrative = True
            break
        if (L.is_active_cue(w) or L.is_short_cue(w)) and words:
            break
        after = toks[k + 2][0] if k + 2 < len(toks) else ""
        if words and low.rstrip(".") in L.titles \
                and (is_cap(nxt) or nxt == "." and (words[-1][0] == "." or is_cap(after))):
            words.append((w, s, e))  # "… Kendari dr Algazali", "… Koja dr. Theryoto": a lower-case title
            continue
        if seen_name and low in branch_words() and is_cap(nxt):
            words.append((w, s, e))  # "Humas PT Jasa Marga cabang Jakarta-Cikampek, Handoyono"
            continue
        if seen_name and not is_cap(w) and low not in L.name_connectors \
                and not ((w.isdigit() or _TERM.fullmatch(w))
                         and (is_cap(nxt) or nxt.lower() in lex().demonstratives)):
            break  # a year before a demonstrative stays: "peraih medali perak Olimpiade Rio 2016 itu",
            # and a term of office: "mantan Ketua Mahkamah Konstitusi 2008-2013 itu"
        if is_cap(w) and word_ok_in_name(w) and (words or not common_word(w, names.lower_vocab)) \
                and not (not words and w not in names.midcaps and sentence_initial(text, s)
                         and (description_ahead(toks, k)
                              or w not in names.person_words and modifier_ahead(toks, k))):
            seen_name = True  # not a leading capitalised noun: "Mantan pemain nasional tersebut"
        words.append((w, s, e))
        if sum(1 for t in words if t[0][0].isalnum()) > 16:  # (brackets and commas do not count)
            return None
    while words and words[-1][0] in {",", "("}:
        words.pop()
    if not words:
        return None
    src = _document_source(text, toks, words, end, ents, names)
    if src is not None:
        return src
    if not anaphor and all(not is_cap(t[0]) for t in words):
        late = late_name(toks, len(words), names, ents)
        if late is not None:
            role_text = text[words[0][1]:late.role_end].strip(" ,")
            return Speaker(late.name, "PERSON", role_text or None, "name", late.start, late.end)
    span_start, span_end = words[0][1], words[-1][2]
    if len(words) == 1 and words[0][0].lower() in L.pronouns:
        return Speaker(words[0][0], "PERSON", None, "pronoun", span_start, span_end)
    own = parse_words(text, words, anaphor, names, ents)
    held = office_holder(words, own, names, ents, span_start)
    if held is not None:
        return held
    if own is not None and own.kind == "description" and indefinite_start(text, own.start) == own.start:
        return own  # "Seorang pejabat Kementerian Kehakiman": not the institution the NER finds in it
    if ents and not demonstrative:  # "Politisi Partai Gerindra itu": a description, not the organisation
        swept = institution_words(text, own, ents)
        if office_place(own, ents):  # "Bupati Poso": an office, not a name
            ws = [t[0] for t in words if t[0] not in {"(", ")"}]
            person = names.by_role(ws, span_start) if ws[0].lower() in L.role_words else None
            if person:  # "Bupati Poso" after "Bupati Poso Darmin A. Sigilipu"
                return Speaker(" ".join(person), "PERSON", clean_role(" ".join(ws)), "name",
                               span_start, span_end)
            return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)
        ent_sp = from_entities(text, span_start, span_end, names, ents)
        if ent_sp is not None:
            span_words = set(text[ent_sp.start:ent_sp.end].split())
            own_words, ent_words = set(own.name.split()) if own else set(), set(ent_sp.name.split())
            expanded = not ent_words <= span_words  # the canonicaliser found a fuller name
            sure = max((e.confidence for e in ents.within(ent_sp.start, ent_sp.end)), default=0.0) \
                >= float(setting("ner_veto_confidence"))
            if own is not None and own.kind == "name" and own.label == "PERSON" and own.start >= ent_sp.end \
                    and not _no_name(text, own, names):
                if ent_sp.label == "PERSON" and ent_sp.start == span_start \
                        and not any(e.label == "PERSON" for e in ents.overlapping(own.start, own.end)):
                    # "Hendra Wijaya, Gerneral Advisor lomba …": the person the NER finds first, then
                    # an office it does not call a person
                    role = text[ent_sp.end:span_end].strip(" ,")
                    return Speaker(ent_sp.name, "PERSON", role or None, "name", ent_sp.start, ent_sp.end)
                return own  # "Asisten Manajer Popsivo, Ernita Pongki": the entity is in the role
            if own is not None and own.kind == "name" and own.label == "PERSON" and own.role \
                    and ent_sp.start >= own.end and set(ent_sp.name.split()) <= set(own.role.split()):
                return own  # "James Carnes, Direktur Adidas": the entity is in the role after the name
            if swept and ent_sp.label == "PERSON" and own_words - ent_words <= swept:
                return ent_sp  # "Pertamina Nicke Widyawati": the institution's name is not the person's
            if own is not None and own.kind == "name" and own.label == "PERSON" and ent_sp.label == "PERSON" \
                    and span_words & own_words and not (own_words < ent_words and expanded) \
                    and not (span_words < own_words and sure):
                # same person: the capitalisation rules draw name boundaries better than a NER span
                # that lost a word ("Muhammad Iqbal") or swept one in ("Bukalapak Kurnia Rosyada")
                return own if own.role or not ent_sp.role else Speaker(
                    own.name, own.label, ent_sp.role, own.kind, own.start, own.end)
            if own is not None and own.kind == "name" and own.label == "PERSON" and ent_sp.label == "ORG" \
                    and span_words & own_words and not sure \
                    and not any(w.lower() in _countries() for w in own.name.split()):
                return own  # an unsure NER label against a personal name written with a person's role
                # (not one holding a place: "Raksasa Liga Primer Skotlandia Celtic" is the club)
            return ent_sp
    return own


    # (also a name inside named premises: "Al-Hikmah" of "Pengurus Masjid Al-Hikmah")


_SENTENCE_STOPS = frozenset('.!?"“”')


def _described_then_named(text: str, toks: list[tuple[str, int, int]], ents: EntityIndex) -> Speaker | None:
    """``tukas petinggi Michelin yang bertanggung jawab atas penyediaan ban, Pierro Taramasso``,
    ``ujar spesialis gigi dari RSCM, drg. Djamilah Tohirah``: a lower-case description (with a
    relative clause, or opening with an office or descriptive noun), a comma, any titles, then a
    person the NER finds, which ends the phrase; the description is the person's role."""
    L = lex()
    if len(toks) < 4 or not toks[0][0][:1].islower() or toks[0][0] in L.pronouns:
        return None
    yang = next((k for k, t in enumerate(toks[:4]) if t[0] == "yang"), None)
    head = toks[0][0].lower()
    if yang is None and head not in L.role_words and head not in L.anaphor_nouns \
            and head not in descriptor_words():
        return None
    comma = next((k for k in range((yang or 0) + 1, min(len(toks), 12)) if toks[k][0] == ","), None)
    if comma is None or comma + 1 >= len(toks) \
            or any(t[0] in _SENTENCE_STOPS for t in toks[:comma]):
        return None
    first = comma + 1
    while first < len(toks) - 1 and (toks[first][0].lower() in L.titles or toks[first][0] == "."):
        first += 1  # "drg. Djamilah Tohirah"
    person = next((e for e in ents.within(toks[first][1], toks[-1][2])
                   if e.label == "PERSON" and e.start == toks[first][1]), None)
    if person is None or text[person.end:person.end + 1] not in {".", ",", ""}:
        return None
    role = text[toks[0][1]:toks[comma][1]].rstrip()
    return Speaker(person.text, "PERSON", role, "name", person.start, person.end)


@cache
def _countries() -> frozenset[str]:
    """Country names of one word (``Skotlandia``), lower case."""
    return frozenset(c.lower() for c in lexicon("id", "gazetteer_countries") if " " not in c)


def _no_name(text: str, own: Speaker, names: NameIndex) -> bool:
    """The words read as a name after a person's name and office are a degree (``Sp. OG``) or
    dictionary words (``…, Keluarga, dan Lingkungan``: the end of the office)."""
    degree = degree_pattern().match(text, own.start)
    return (degree is not None and degree.end() >= own.end) \
        or all(common_word(w, names.lower_vocab) for w in own.name.split())


def _document_source(text: str, toks: list[tuple[str, int, int]], words: list[tuple[str, int, int]],
                     end: int, ents: EntityIndex, names: NameIndex) -> Speaker | None:
    """``laporan dari Kementerian Keuangan``: a document's named source is the speaker."""
    k = len(words)
    if words[0][0].lower() not in document_nouns() or k + 1 >= len(toks) \
            or toks[k][0].lower() != "dari" or not is_cap(toks[k + 1][0]):
        return None
    sp = _parse_speaker(text, toks[k + 1][1], end, ents, names)
    return sp if sp is not None and sp.kind == "name" and sp.label is not None else None


