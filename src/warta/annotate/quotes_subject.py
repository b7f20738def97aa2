"""The subject before a speech verb in reported speech: connectives, dated asides and place lists
to drop, a name before or after a role, a description then a name, and what may stand between the
speaker and the verb, a subject elided after a subordinator, and an appeal's object (used by
:mod:`.quotes_indirect`)."""

from __future__ import annotations

import re
from functools import cache

from warta import config
from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quotes_direct import _looks_role
from warta.annotate.quotes_menurut import VERB_PREFIX
from warta.annotate.speaker_context import kin_nouns
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker
from warta.lang import lexicon


def named_relative(subj: list[tuple[str, int, int]]) -> int:
    """Index of ``yang`` when ``subj`` is a capitalised name of at most three words followed by a
    relative clause of more than ``[quotes_indirect] relative_tail_words`` words (``Oviedo-Joekes yang
    memimpin …, sebuah eksperimen …``); 0 otherwise (shorter tails are read as before)."""
    rel = next((i for i, t in enumerate(subj[:4]) if t[0] == "yang"), 0)
    if not rel or not all(is_cap(t[0]) for t in subj[:rel]) or _looks_role(subj[:2]) \
            or subj[0][0].lower() in lex().connectives:
        return 0
    tail = sum(1 for t in subj[rel:] if t[0][0].isalnum())
    return rel if tail > config.get("quotes_indirect", "relative_tail_words") else 0


def person_then_relative(sub: list[tuple[str, int, int]], ents: EntityIndex) -> int:
    """Index of ``yang`` in ``Anggota Komisi II DPR Sareh Wiyono yang merupakan mantan hakim
    membantah``: a relative clause right after a person the NER found, with no comma before or inside
    it (the clause describes the person, who speaks); 0 otherwise."""
    for v in range(1, len(sub)):
        if sub[v - 1][0] == ",":
            return 0
        if sub[v][0] != "yang" or not is_cap(sub[v - 1][0]):
            continue
        last = sub[v - 1]
        person = next((e for e in ents.overlapping(last[1], last[2]) if e.label == "PERSON"), None)
        inside = any(t[0] == "," for t in sub[v:-1])
        return v if person is not None and person.end == last[2] and not inside else 0
    return 0


@cache
def _causatives() -> frozenset[str]:
    return frozenset(lexicon("id", "quote_causative_verbs"))


def caused_person(sub: list[tuple[str, int, int]], ents: EntityIndex) -> int:
    """Index after a causative verb in ``Sejarah panjang bersama Mainz membuat Jurgen Klopp`` (before
    ``mengaku``) when a person the NER found ends the subject: the person made to speak; 0 otherwise."""
    k = max((i for i, t in enumerate(sub[:-1]) if t[0] in _causatives()), default=-1)
    if k < 1 or not is_cap(sub[-1][0]):
        return 0
    last = sub[-1]
    person = next((e for e in ents.overlapping(last[1], last[2]) if e.label == "PERSON"), None)
    return k + 1 if person is not None and person.end == last[2] and person.start >= sub[k + 1][1] else 0


def drop_connective(sub: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``Sementara itu Menteri X …`` -> ``Menteri X …``: a sentence connective (with ``itu``/``ini``
    and a comma) or a subordinating conjunction before the subject."""
    L = lex()
    k = 0
    low = [t[0].lower() for t in sub]
    m = next((m for m in (3, 2, 1) if " ".join(low[:m]) in L.connectives), 0) \
        or int(len(sub) > 2 and low[0] in L.conjunctions and sub[1][0] == ",")  # "Tetapi, …"
    if m and len(sub) > m + (sub[m][0] == "," if len(sub) > m else 0):
        # "Namun, …", "Akan tetapi, saat itu ia mengatakan …", "Yang jelas ia …"
        k = m
        while k < len(sub) - 1 and sub[k][0].lower() in {"itu", "ini", "juga", "pula", "lanjut", "jauh"}:
            k += 1
        if sub[k][0] == ",":
            k += 1
    if k + 1 < len(sub) and sub[k][0].lower() in L.subordinators and is_cap(sub[k + 1][0]):
        k += 1  # "Apalagi setelah CEO Ferrari Sergio Marchionne mengatakan …"
    for phrase in L.time_openers:  # "Sejauh ini pemain muda itu mengaku …": the subject follows
        n = len(phrase)
        if tuple(low[k:k + n]) == phrase and k + n < len(sub):
            k += n + (low[k + n] == "," and k + n + 1 < len(sub))
            break
    return sub[k:]


def strip_dated_aside(sub: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``X, dalam jumpa pers di Bangkok, Rabu (5/3),`` -> ``X, dalam jumpa pers di Bangkok``: drop a
    final comma-separated segment that opens with a capitalised day name (a dateline aside between
    the speaker and the verb, possibly with ``seperti dikutip dari …``)."""
    L = lex()
    commas = [i for i, t in enumerate(sub) if t[0] == ","]
    if not commas or commas[-1] == 0:
        return sub
    seg = sub[commas[-1] + 1:]
    if seg and is_cap(seg[0][0]) and seg[0][0].lower() in L.weekdays and len(seg) <= 14:
        return strip_place_list(sub[:commas[-1]])
    return sub


def strip_place_list(sub: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``… di Kecamatan Jayanti, Kabupaten Tangerang, Banten`` -> ``… di Kecamatan Jayanti``: drop
    the comma-separated capitalised places that continue a place phrase (``di``/``ke``/``dari``)."""
    while True:
        commas = [i for i, t in enumerate(sub) if t[0] == ","]
        if not commas:
            return sub
        last = commas[-1]
        seg = sub[last + 1:]
        before = sub[max(0, last - 12):last]
        prep = [i for i, t in enumerate(before) if t[0] in {"di", "ke", "dari"}]
        if not (seg and len(seg) <= 3 and all(is_cap(t[0]) for t in seg) and prep
                and all(is_cap(t[0]) or t[0] == "," for t in before[prep[-1] + 1:])
                and prep[-1] < len(before) - 1):
            return sub
        sub = sub[:last]


def person_then_circumstance(sub: list[tuple[str, int, int]], ents: EntityIndex) -> int:
    """Index of ``saat`` in ``Macron saat berkunjung ke Tallinn, Estonia di pertemuan Uni Eropa
    mengatakan``: a person the NER found near the start of the subject (no comma before it), then a
    circumstance opened by a verb-tail word up to the verb, commas and places included; 0 otherwise."""
    L = lex()
    for v in range(1, min(len(sub), 8)):
        if sub[v - 1][0] == ",":
            return 0
        if sub[v][0] not in L.verb_tails or not is_cap(sub[v - 1][0]):
            continue
        last = sub[v - 1]
        person = next((e for e in ents.overlapping(last[1], last[2]) if e.label == "PERSON"), None)
        return v if person is not None and person.end == last[2] else 0
    return 0


def name_then_role(text: str, sub: list[tuple[str, int, int]], ents: EntityIndex,
                    names: NameIndex) -> Speaker | None:
    """``Arief Nasrudin, Direktur Utama Perumda Pasar Jaya,``: a capitalised name segment, then a
    role segment (the subject before the verb), as the named person with that role."""
    commas = [i for i, t in enumerate(sub) if t[0] == ","]
    if not commas:
        return None
    last = commas[-1]
    role = sub[last + 1:]
    start = commas[-2] + 1 if len(commas) > 1 else 0
    name = sub[start:last]
    while len(name) > 1 and name[0][0].lower().rstrip(".") in lex().titles:
        name = name[1:]  # "AKP Boby Kusumawardhana, Kapolsek Tambun,": a rank before the name
    if not role or not _looks_role(role[:2]) or not name or len(name) > 5 \
            or not all(is_cap(t[0]) for t in name) or _looks_role(name[:2]):
        return None
    first = name[0][0].lower()
    L = lex()
    if first in L.connectives or first in L.common or first in L.common_words or first.endswith("nya"):
        return None  # "Senada, Ketua Partai X …": a connective, not a name
    sp = parse_speaker(text, name[0][1], name[-1][2], ents, names)
    if sp is None or sp.kind != "name" or sp.label != "PERSON" or sp.start != name[0][1]:
        return None
    return Speaker(sp.name, sp.label, sp.role or text[role[0][1]:role[-1][2]], sp.kind, sp.start, sp.end)


_PASSIVE_KAN = re.compile(r"di\w{3,}kan")  # "Dikabarkan The Sun, …": a fronted passive verb, no name


def name_then_description(text: str, sub: list[tuple[str, int, int]], ents: EntityIndex,
                          names: NameIndex) -> Speaker | None:
    """``Kartini, Penjual Palai Bada di kawasan Ampang, kota Padang mengatakan …``, ``Leni, penyuka
    pala bada mengatakan …``: a person's name opening the sentence, then (after a comma) a description
    of her that names no other person, up to the verb."""
    comma = next((i for i, t in enumerate(sub) if t[0] == ","), None)
    if comma is None or not 0 < comma <= 5 or comma == len(sub) - 1 \
            or len(sub) - comma > int(setting("max_subject_words")):
        return None
    name, rest = sub[:comma], sub[comma + 1:]
    L = lex()
    if not all(is_cap(t[0]) for t in name[-1:]) or not (rest[0][0].islower() or _looks_role(rest[:2])) \
            or rest[0][0].lower() in L.pronouns or name[0][0].lower() in L.non_subject_before \
            or name[0][0].lower() in kin_nouns():
        return None  # (not "Bersama CEO X, pihaknya …", "Istri Mike Tramp, vokalis …, mengatakan")
    if any(e.label == "PERSON" for e in ents.within(rest[0][1], rest[-1][2])) \
            or any(t[0].lower() in {"dan", "serta"} for t in rest[:2]):
        return None  # "Jokowi, Prabowo dan Sandiaga …": a list of speakers
    sp = parse_speaker(text, name[0][1], name[-1][2], ents, names)
    two_names = len(name) >= 2 and not any(t[0].lower() in L.common or t[0].lower() in L.common_words
                                           or _PASSIVE_KAN.fullmatch(t[0].lower()) for t in name)
    if sp is None or sp.kind != "name" or sp.label != "PERSON" or not (
            two_names or any(e.label == "PERSON" for e in ents.overlapping(sp.start, sp.end))):
        return None  # (a name the NER knows or of two name words: "Lucunya, …" opens no apposition)
    role = text[rest[0][1]:rest[-1][2]] if _looks_role(rest[:2]) else sp.role
    return Speaker(sp.name, sp.label, role, sp.kind, sp.start, sp.end)


def apposition_name(text: str, subj: list[tuple[str, int, int]], ents: EntityIndex,
                     names: NameIndex) -> Speaker | None:
    """``Pengamat … dari Universitas X, Michael van der Berg,``: the name after the last comma of a
    subject that opens with a role or description, with that opening as its role."""
    commas = [i for i, t in enumerate(subj) if t[0] == ","]
    if not commas or commas[-1] == len(subj) - 1 or not is_cap(subj[commas[-1] + 1][0]):
        return None
    head = subj[:commas[-1]]
    if not head or not (_looks_role(head[:2]) or head[0][0].lower() in lex().determiners):
        return None
    tail = subj[commas[-1] + 1:]
    sp = parse_speaker(text, tail[0][1], tail[-1][2], ents, names)
    if sp is None or sp.kind != "name" or sp.label != "PERSON" or sp.start != tail[0][1]:
        return None
    role = sp.role or text[head[0][1]:head[-1][2]]
    return Speaker(sp.name, sp.label, role, sp.kind, sp.start, sp.end)


def name_then_bare_role(text: str, subj: list[tuple[str, int, int]], sp: Speaker,
                        ents: EntityIndex) -> Speaker | None:
    """``Raha Spehrara dokter gigi dari Dental Suites Clinic mengungkapkan``: a person's name that
    opens the subject, then (without a comma) a lower-case office or occupation naming no other
    person, up to the verb: the name speaks, the rest is the role."""
    tail = [t for t in subj if t[1] >= sp.end]
    if sp.kind != "name" or sp.label != "PERSON" or sp.start != subj[0][1] or not tail \
            or not tail[0][0].islower() or not _looks_role(tail[:2]) \
            or not any(e.label == "PERSON" for e in ents.overlapping(sp.start, sp.end)):
        return None
    if any(t[0].lower() in {"dan", "serta", "yang", ","} for t in tail) \
            or any(e.label == "PERSON" for e in ents.within(tail[0][1], tail[-1][2])):
        return None  # "Budi dan Ani …", "Budi dosen yang …": a list or a clause, not an apposition
    return Speaker(sp.name, sp.label, sp.role or text[tail[0][1]:tail[-1][2]], sp.kind, sp.start, sp.end)


def described_name(text: str, desc: Speaker, end: int, ents: EntityIndex,
                    names: NameIndex) -> Speaker | None:
    """``Negosiator senior dari pihak pemberontak Luis Jalandoni mengatakan``: a person the NER found
    right before the verb, after a description without a comma, is the speaker (the description is
    the role)."""
    person = next((e for e in ents.within(desc.end, end) if e.label == "PERSON" and e.end == end), None)
    if person is None or re.search(r"\b(?:dan|serta)\s*$", text[desc.end:person.start]):
        return None  # "Budi dan Ani mengatakan": a pair, not a description and a name
    sp = parse_speaker(text, person.start, end, ents, names)
    if sp is None or sp.kind != "name" or sp.label != "PERSON":
        return None
    role = sp.role or text[desc.start:person.start].strip()
    return Speaker(sp.name, sp.label, role, sp.kind, sp.start, sp.end)


def office_then_person(text: str, sp: Speaker, end: int, ents: EntityIndex) -> bool:
    """``Perwakilan Perdana Menteri di bidang keagamaan Malaysia Dato Dr Asyraf Wajdi Dusuki``: an
    office with no person in it, a lower-case field of that office, then a person the NER found right
    before the verb; no word bringing in another participant (``dengan``, ``bersama``) between."""
    words = sp.name.split()
    if not words or words[0].lower() not in lex().role_words \
            or any(e.label == "PERSON" for e in ents.overlapping(sp.start, sp.end)):
        return False
    if not any(e.label == "PERSON" and e.end == end for e in ents.within(sp.end, end)):
        return False
    return not any(t[0].lower() in lex().participant_words for t in tokens(text, sp.end, end))


def adverbial_tail(text: str, s: int, e: int) -> bool:
    """``Polda X dalam keterangan tertulisnya``, ``Seorang pembeli yang enggan disebut namanya``: a
    prepositional or relative phrase between the speaker and the verb."""
    toks = tokens(text, s, e)
    lead = int(len(toks) > 1 and toks[0][0] in _SUBJECT_PARTICLES)  # "Swift sendiri dalam wawancara …"
    return bool(toks) and toks[lead][0] in lex().subject_tails and len(toks) <= 12


_SUBJECT_PARTICLES = frozenset({"sendiri", "pun"})  # emphatic particles that stay with the subject


_ORIGIN = re.compile(r"[ \t]+dari[ \t]+\S")


def with_origin(text: str, sp: Speaker, end: int) -> Speaker:
    """A description speaker grown over the ``dari …`` phrase that says where it comes from, up to
    ``end`` (``perwakilan dari Kensington Place``, ``Peneliti dari The Buck Institute``); a named
    speaker stays as it is (``Ade Wahyudin dari LBH Pers``: the affiliation is no part of the name)."""
    if sp.kind == "name" or sp.end >= end or not _ORIGIN.match(text, sp.end, end) \
            or "," in text[sp.end:end]:
        return sp
    return Speaker(text[sp.start:end], sp.label, sp.role, sp.kind, sp.start, end)


_BRACKET_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)\s*")
_DATE_ASIDE = re.compile(r"\s*,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*,?\s*")


def only_fillers(text: str, s: int, e: int) -> bool:
    """Adverbs, punctuation or numbers only between ``s`` and ``e``, or one bracketed aside
    (``PT Pertamina (Persero) menyatakan``, ``Budi (45) mengatakan``)."""
    if _BRACKET_ASIDE.fullmatch(text, s, e) or _DATE_ASIDE.fullmatch(text, s, e):
        return True  # "Budi (45) mengatakan", "Perempuan kelahiran Bandar Lampung, 26 Agustus 1962, itu"
    L = lex()
    return all(t[0].lower() in L.adverbs or not t[0][0].isalnum() or t[0].isdigit()
               for t in tokens(text, s, e))


def appeal_object(low: list[str]) -> bool:
    """``jajarannya di seluruh kantor wilayah untuk tidak …``: an object of at most
    ``[quotes_indirect] appeal_object_words`` words, with no verb or clause word, then ``untuk``."""
    L = lex()
    for w in low[:int(config.get("quotes_indirect", "appeal_object_words")) + 1]:
        if w == "untuk":
            return True
        if w in L.clause_hints or w in L.complementisers or VERB_PREFIX.match(w) and w not in L.role_words:
            return False
    return False


def elided_subordinator(sub: list[tuple[str, int, int]]) -> str:
    """``…, meski di pengujung musim lalu``: the subordinator (``meski``) when the last
    comma-separated part before the verb opens with one and names no subject (no capitalised word
    or pronoun after it); ``""`` otherwise."""
    L = lex()
    cut = max((x for x, t in enumerate(sub) if t[0] == ","), default=-1) + 1
    seg = sub[cut:]
    if not seg or not seg[0][0].islower() or seg[0][0] not in L.subordinators \
            or len(seg) > 1 and seg[1][0].lower() in L.demonstratives:
        return ""  # (not "…, saat itu mengatakan": a time adverbial)
    return "" if any(is_cap(t[0]) or t[0].lower() in L.pronouns for t in seg[1:]) else seg[0][0]
