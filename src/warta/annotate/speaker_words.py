"""Speaker phrases word by word: the ``Speaker`` record, the name/role split of a collected phrase,
NER entities as speakers and the checks ``speakers.parse_speaker`` runs on them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.annotate.entity_lexicons import lexicons
from warta.annotate.entity_roles import clean_role as clean_office
from warta.annotate.entity_roles import role_without_name
from warta.annotate.quote_lex import enumeration_commas, is_acronym, is_cap, lex, setting
from warta.annotate.speaker_context import document_nouns, indefinite_start, modifier_ahead
from warta.annotate.speaker_names import EntityIndex, NameIndex, sentence_initial, split_name, word_ok_in_name
from warta.annotate.speaker_phrases import premises_heads
from warta.annotate.speaker_statements import org_expansion


@dataclass(frozen=True)
class Speaker:
    """A speaker as named by one phrase.

    ``kind`` is ``name`` (a person or organisation name), ``description`` (``seorang pedagang``),
    ``pronoun`` (``dia``, or the clitic of ``ujarnya``) or ``anaphor`` (``pedagang itu``,
    ``bekas Wali Kota Blitar itu``); the last two need an antecedent.
    """

    name: str
    label: str | None
    role: str | None
    kind: str
    start: int
    end: int


def label_for(words: list[str], determiner: str | None) -> str:
    """``ORG`` for a name with an organisation head word, all acronyms or after ``pihak``; else ``PERSON``."""
    L = lex()
    if determiner == "pihak":
        return "ORG"
    low = [w.lower() for w in words]
    if low and (low[0] in L.org_heads or any(w in L.org_heads for w in low[1:])):
        return "ORG"
    if words and all(is_acronym(w) for w in words):
        return "ORG"
    return "PERSON"


_BRACKETS = frozenset("()[]")


def name_words(sp: Speaker | None) -> set[str]:
    """The words of a speaker's name (empty for none)."""
    return set(sp.name.split()) if sp else set()


def institution_words(text: str, own: Speaker | None, ents: EntityIndex) -> set[str]:
    """Words of a personal name read by capitalisation that lie inside a sure organisation or place
    entity without brackets (``Pertamina`` of ``Direktur Utama Pertamina Nicke Widyawati``); empty
    unless ``own`` is such a name."""
    if own is None or own.kind != "name" or own.label != "PERSON":
        return set()
    sure = float(setting("institution_confidence"))
    out: set[str] = set()
    for ent in ents.overlapping(own.start, own.end):
        if ent.label != "PERSON" and ent.confidence >= sure and not _BRACKETS.intersection(ent.text):
            out |= set(text[max(ent.start, own.start):min(ent.end, own.end)].split()) & name_words(own)
    return out


def office_place(own: Speaker | None, ents: EntityIndex) -> bool:
    """True when ``own`` is (inside) a sure place or organisation entity written after an office
    (``Poso`` of ``Bupati Poso``): the office's place, not a personal name."""
    if own is None or own.kind != "name" or own.label != "PERSON" or not own.role \
            or own.role.split()[0].lower() not in lex().role_words:
        return False
    sure = float(setting("institution_confidence"))
    return any(ent.label != "PERSON" and ent.confidence >= sure and ent.end >= own.end
               and (ent.start == own.start or ent.start < own.start and ent.text[:1].isupper()
                    and ent.text.split()[0].lower() in premises_heads())
               for ent in ents.overlapping(own.start, own.end))


def description_continues(toks: list[tuple[str, str, int]] | list, k: int) -> bool:
    """True when the lower-case description that ``toks`` opens goes on past the ``dan`` at ``k``
    to a demonstrative through capitalised words only (``eks superstar AC Milan dan Real Madrid
    tersebut``)."""
    if not toks or not toks[0][0][:1].islower():
        return False
    for t in toks[k + 1:k + 7]:
        if t[0].lower() in lex().demonstratives:
            return True
        if not is_cap(t[0]):
            return False
    return False


def person_after_org(name: list[str], role_text: str | None) -> bool:
    """``Kremlin Dmitry Peskov`` after ``Juru bicara``: an organisation word, then two or more name
    words, written after an office word."""
    L = lex()
    if not role_text or len(name) < 3 or name[0].lower() not in L.org_heads:
        return False
    if not any(w.lower() in L.role_words for w in role_text.split()):
        return False
    return all(word_ok_in_name(w) and w.lower() not in L.org_heads for w in name[1:])


def relative_anaphor(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """Index of the ``itu``/``tersebut`` that closes a relative clause opened by ``yang`` at
    ``toks[k]`` (``bek yang bermain di Serie A itu``), when the phrase ends there."""
    for i in range(k + 1, min(len(toks), k + 30)):
        w = toks[i][0]
        if w == "," and i - k > 2:
            continue  # "desainer yang karyanya dikenakan selebriti, seperti Andien, Rossa … ini"
        if not w[0].isalnum() or i - k >= 12 and not is_cap(w) \
                and w.lower() not in {"dan", "itu", "ini", "tersebut"}:
            return None
        if w.lower() in {"itu", "tersebut", "ini"}:
            nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
            return i if not nxt or not nxt[0].isalnum() or nxt.lower() in lex().stopwords else None
    return None


def from_entities(text: str, start: int, end: int, names: NameIndex, ents: EntityIndex) -> Speaker | None:
    """The speaker named by the last PERSON/ORG entity in the phrase, its name cleaned of role,
    place and outlet words the NER may have swept in; ``None`` when the entity is only the
    complement of a person's role (``Sekjen PBB``)."""
    L = lex()
    found = ents.within(start, end)
    if not found:
        return None
    ent = found[-1]
    raw_before = re.findall(r"\w+", text[start:ent.start])
    before = [w.lower() for w in raw_before]
    if ent.label == "ORG" and any(w in L.role_words and w not in L.org_heads for w in before):
        return None
    if ent.label == "ORG" and raw_before and all(w.islower() for w in raw_before) \
            and any(w in L.org_heads for w in before):
        return None  # "manajemen Persebaya": a lower-case collective of the organisation speaks
    if ent.label == "ORG" and raw_before and all(w.islower() for w in raw_before) \
            and before[0] in L.anaphor_nouns:
        # "kata politikus Gerindra": a described member pointing back, not the party
        return Speaker(text[start:ent.end], "PERSON", None, "anaphor", start, ent.end)
    role_text = text[start:ent.start].strip(" ,") or None
    name = ent.canonical or ent.text
    if ent.label == "ORG" and is_acronym(ent.text) and ent.text in name.split() and name != ent.text:
        # "BMKG" given the canonical "Organisasi BMKG": the name the article spells it out with
        name = org_expansion(text, ent.text) or name
    if ent.label == "PERSON":
        ws = [w.strip("()[],") for w in name.split()]
        ws = [w for w in ws if w]
        while ws and not word_ok_in_name(ws[-1].strip(".,")) or ws and "." in ws[-1]:
            ws = ws[:-1]
        role, clean = split_name(ws, names.lower_vocab, names.person_words)
        clean = names.trim(clean)
        if not clean:
            return None  # the NER span holds only a role ("General Manager PLN …")
        if role:
            role_text = " ".join(([role_text] if role_text else []) + role)
        name = " ".join(clean)
        if len(clean) == 1 and clean[0] in names.org_words:  # "Gerindra" after "Partai Gerindra"
            return Speaker(name, "ORG", None, "name", ent.start, ent.end)
    return Speaker(name, ent.label, ent.role or clean_role(role_text), "name", ent.start, ent.end)


def parse_words(text: str, words: list[tuple[str, int, int]], anaphor: bool, names: NameIndex,
                 ents: EntityIndex) -> Speaker | None:
    """The speaker of a collected phrase (no NER): apposition, name/role split, descriptions."""
    L = lex()
    span_start, span_end = words[0][1], words[-1][2]
    plain = [t for t in words if t[0] not in {"(", ")"}]
    if anaphor:
        desc = text[span_start:span_end]
        return Speaker(desc, "PERSON", None, "anaphor", span_start, span_end)
    if common_head(text, plain, names):  # "Petugas keamanan AS", "Tim dokter RSCM": an unnamed group
        return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)
    # apposition: "Menteri Luar Negeri Ukraina, Dmytro Kuleba"
    chunks: list[list[tuple[str, int, int]]] = [[]]
    enum = enumeration_commas(words)
    for i, t in enumerate(words):
        if t[0] == "," and i not in enum:
            chunks.append([])
        else:
            chunks[-1].append(t)
    chunks = [c for c in chunks if c]
    order = list(range(len(chunks) - 1, -1, -1))
    if len(chunks) > 1:  # "Dedy, Kepala Peleton B": a chunk that is only a name comes first
        lead = [split_name([t[0] for t in chunks[ci]], names.lower_vocab, names.person_words)[0]
                for ci in range(len(chunks))]
        # "AKP Boby K, Kapolsek Tambun": a chunk led by a rank only is a name, the office is not
        pure = [ci for ci in order if all(w.lower().rstrip(".") in L.titles for w in lead[ci])]
        order = pure + [ci for ci in order if ci not in pure]
    for ci in order:
        chunk = chunks[ci]
        ws = [t[0] for t in chunk]
        role, name = split_name(ws, names.lower_vocab, names.person_words)
        indef = indefinite_start(text, span_start)
        head = next((i for i, w in enumerate(ws) if is_cap(w)), len(ws))
        if indef is not None and 0 < head < len(ws) - 1 and ws[head].lower() in L.org_heads \
                and all(is_cap(w) for w in ws[head:]) and not (role and name and len(name) > 1):
            # "Seorang pejabat Kementerian Kehakiman": an unnamed member of an institution
            return Speaker(text[indef:span_end], "PERSON", None, "description", indef, span_end)
        if name:
            if ci < len(chunks) - 1 and not role:
                other = text[chunks[ci + 1][0][1]:chunks[-1][-1][2]]
                if label_for(name, determiner(plain)) == "PERSON":
                    return Speaker(" ".join(names.trim(name)), "PERSON", clean_role(other), "name",
                                   chunk[0][1], chunk[-1][2])
            name = names.trim(name)
            n0 = chunk[len(ws) - len(name)]
            role_text = text[span_start:n0[1]].strip(" ,") or None
            label = label_for(name, determiner(plain))
            if label == "ORG" and person_after_org(name, role_text):
                name = name[1:]  # "Juru bicara Kremlin Dmitry Peskov": the office's institution, then a name
                n0 = chunk[len(ws) - len(name)]
                role_text = text[span_start:n0[1]].strip(" ,") or None
                label = "PERSON"
            if label == "PERSON" and len(name) == 1 and name[0] in names.org_words:
                return org_from_head(text, plain)  # "Laporan Bank Dunia", "Gerindra": an organisation
            head = next((t[0].lower() for t in plain if t[0].lower() not in L.determiners), "")
            if label == "ORG" or (head in L.org_heads and len(name) == 1 and ci == 0 and len(plain) > 1):
                return org_speaker(text, plain, ents)  # "Divisi Humas Polda Metro Jaya": an institution
            return Speaker(" ".join(name), "PERSON", clean_role(role_text), "name", n0[1], chunk[-1][2])
    first = next((t[0].lower() for t in plain if t[0].lower() not in L.determiners), "")
    definite = plain[0][0].lower() == "sang" and not any(is_cap(t[0]) for t in plain[1:])
    if first in L.anaphor_nouns or definite:  # "Sang juru bicara" points back like "juru bicara itu"
        return Speaker(text[span_start:span_end], "PERSON", None, "anaphor", span_start, span_end)
    if any(is_cap(t[0]) for t in plain):
        if first in L.role_words and first not in L.org_heads:
            ws = [t[0] for t in plain]
            person = names.by_role(ws, span_start)
            if person:
                return Speaker(" ".join(person), "PERSON", clean_role(" ".join(ws)), "name",
                               span_start, span_end)
            return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)
        return org_speaker(text, plain, ents)
    if first in document_nouns():  # "menurut notulensi pertemuan": a record, not a person
        return Speaker(text[span_start:span_end], None, None, "name", span_start, span_end)
    return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)


def common_head(text: str, plain: list[tuple[str, int, int]], names: NameIndex) -> bool:
    """A phrase opening a sentence with a capitalised common noun and a lower-case modifier, and no
    personal name of two or more words after it (``Juru bicara Kremlin Dmitry Peskov`` has one)."""
    if len(plain) < 2 or any(t[0] == "," for t in plain) or not is_cap(plain[0][0]) \
            or plain[0][0] in names.midcaps or plain[0][0] in names.person_words \
            or not sentence_initial(text, plain[0][1]) or not modifier_ahead(plain, 0):
        return False
    L = lex()
    if plain[0][0].lower() in L.determiners or plain[0][0].lower() in L.role_words \
            or plain[1][0].lower() in L.role_words:
        return False  # "Sang juru bicara", "Eks duta besar RI": an office pointing back to its holder
    name = split_name([t[0] for t in plain], names.lower_vocab, names.person_words)[1]
    return len(name) < 2


def office_holder(words: list[tuple[str, int, int]], own: Speaker | None, names: NameIndex,
                   ents: EntityIndex, pos: int) -> Speaker | None:
    """``jelas Menko Polhukam`` after ``Menko Polhukam Wiranto``: an office whose last word the
    capitalisation rules took for a one-word name (no person entity there) stands for the person
    the article introduced with that office."""
    if own is None or own.kind != "name" or own.label != "PERSON" or not own.role or " " in own.name:
        return None
    ws = [t[0] for t in words]
    if len(ws) > 4 or ws[0].lower() not in lex().role_words \
            or any(e.label == "PERSON" for e in ents.within(own.start, own.end)):
        return None
    person = names.by_role(ws, pos)
    if person and len(person) > 1 and person[0] == own.name:
        person = person[1:]  # "Menko Polhukam Wiranto" read as one name run
    if not person or own.name in person:
        return None
    return Speaker(" ".join(person), "PERSON", clean_role(" ".join(ws)), "name", words[0][1], words[-1][2])


def determiner(words: list[tuple[str, int, int]]) -> str | None:
    """The phrase's leading determiner (``pihak``, ``para`` …), lower-cased, if any."""
    if words and words[0][0].lower() in lex().determiners:
        return words[0][0].lower()
    return None


def org_speaker(text: str, words: list[tuple[str, int, int]], ents: EntityIndex) -> Speaker:
    """An organisation (or capitalised description) speaker: from the first capitalised word."""
    i = 0
    while i < len(words) and not is_cap(words[i][0]):
        i += 1
    if 0 < i < len(words) and words[i - 1][0] in lex().org_heads:
        i -= 1  # "manajemen Persela": a collective written in lower case keeps its head word
    s, e = words[i][1], words[-1][2]
    label = "ORG"
    return Speaker(text[s:e], label, None, "name", s, e)


def org_from_head(text: str, words: list[tuple[str, int, int]]) -> Speaker:
    """An organisation speaker from its last head word on (``Laporan Bank Dunia`` -> ``Bank Dunia``)."""
    heads = lex().org_heads
    i = max((k for k, t in enumerate(words[:-1]) if t[0].lower() in heads and not is_acronym(t[0])),
            default=0)
    s, e = words[i][1], words[-1][2]
    return Speaker(text[s:e], "ORG", None, "name", s, e)


_DANGLING = re.compile(r"(?:[\s,(:;]|\b(?:untuk|dan|di|dari|atau|serta|bernama|berinisial)\b)+$",
                       re.IGNORECASE)
_DATELINE_LEAD = re.compile(r"^[\w.]+(?:[ \t]+[\w.]+)?[ \t]+[-–—]{1,2}[ \t]+")  # "Rimanews - Selebriti"


def clean_role(role: str | None) -> str | None:
    """A role without surrounding commas, leading titles, trailing ranks (``Kapolsek Cipondoh,
    Kompol``), bracketed acronyms, a dangling bracket or connector (``Direktur Intel untuk``, ``WNI
    lain bernama``) or a dateline before it (``Rimanews - Selebriti``); ``None`` if nothing is left or
    the role ends in a dash, which ends a dateline (``Rimanews -``)."""
    if not role or role.rstrip().endswith(("-", "–")):
        return None
    role = role.strip(" ,")
    lead = _DATELINE_LEAD.match(role)
    if lead and role.split()[0].lower() not in lex().role_words:
        role = role[lead.end():]  # "Rimanews - Selebriti" (not "Ketua RT - RW")
    ws = role.split()
    while ws and ws[0].lower().rstrip(".") in lex().titles:
        ws = ws[1:]
    return _tidy_end(" ".join(ws))


def _tidy_end(role: str) -> str | None:
    """``role`` without a dangling bracket or connector and trailing titles or ranks."""
    L = lex()
    role = _DANGLING.sub("", role)
    ws = (clean_office(role) or "").split() if role else []
    if len(ws) > 1 and ws[-1].lower().rstrip(".") in L.titles \
            and " ".join(ws[-2:]).lower() not in L.role_words | lexicons().roles:
        ws = ws[:-1]  # "Zona C Kapten", not "Sekretaris Jenderal"
    return _DANGLING.sub("", " ".join(ws)) or None



def role_of_speaker(name: str, role: str | None) -> str | None:
    """``role`` without the speaker's own name words at its end and tidied at its end
    (:func:`~warta.annotate.entity_roles.role_without_name`, ``Kabid Humas Komisaris Besar Raden``
    -> ``Kabid Humas``); ``None`` when nothing is left."""
    return role_without_name(name, role, _tidy_end)
