"""Quotations and their speakers: the public entry point :func:`find_quotes`.

Steps: pair quotation marks (:mod:`quote_marks`), attach cues and speaker phrases to each span
(:mod:`quotes_direct`), find reported speech without marks (:mod:`quotes_indirect`), then resolve
speakers in text order: names to the fullest form the article uses, pronouns/clitics and anaphoric
descriptions (``pedagang itu``) to their antecedent, floating quotations to the previous speaker
(bounded), paragraphs of a multi-paragraph quotation to the speaker of its last paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quote_marks import find_spans
from warta.annotate.quotes_direct import Candidate, attribute_span
from warta.annotate.quotes_embedded import embedded_quotes
from warta.annotate.quotes_indirect import find_indirect
from warta.annotate.speaker_context import kin_nouns, next_named_speaker, opens_kin_description
from warta.annotate.speaker_discourse import Discourse, Resolved
from warta.annotate.speakers import FORMER, EntityIndex, NameIndex, Speaker, parse_speaker, split_name
from warta.model import Entity, Quote

_WORD = re.compile(r"\w+")
QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})
_APPOSED = re.compile(r"[^,.\n]{0,80},[ \t]*")  # "Salah satu pemain seleksi Timnas U-19, " before a name
_ONLY_MARKS = re.compile(r"[\s\"“”„«»'’‘]*")  # between two quotation paragraphs: marks and breaks
# "Kementerian Perhubungan (Kemenhub)" or its cut-off "… (Kemenhub": the speaker is the name before
_TRAILING_ACRONYM = re.compile(r"(?<=\S)\s*\([^()\s]{1,15}\)?\s*$")

def _entity_full_name(ent: Entity, word: str, names: NameIndex) -> str | None:
    """The fuller canonical name of the PERSON entity whose mention holds the speaker's one name
    word (``Gus Ipul`` -> ``Saifullah Yusuf``; ``Fatima`` of ``Fatima al-Issa``), unless the words
    the mention adds are an office or a named place or body (``Psikolog Andri``)."""
    if ent.label != "PERSON" or not ent.canonical or word not in ent.text.split() \
            or len(ent.canonical.split()) < 2:
        return None
    if ent.canonical == ent.text:
        lead = ent.text[:ent.text.index(word)].split()
        others = {e.text for e in names.ents.all if e.label != "PERSON"}
        first = lead[0].lower().rstrip(".") if lead else ""
        if lead and (first in lex().role_words or first in lex().org_heads or first in lex().titles
                     or " ".join(lead) in others):
            return None
    return ent.canonical


def _resolve_named(sp: Speaker, names: NameIndex, text: str) -> Resolved:
    ent = names.ents.entity_at(sp.start, sp.end) if names.ents and sp.start >= 0 else None
    if ent is not None and ent.label in ("ORG", "LOC") and ent.text == sp.name and " " not in sp.name \
            and ent.canonical and ent.canonical != sp.name:
        # "Kemenhub": the organisation's full name; "Korut": the country's
        return Resolved(ent.canonical, "ORG" if ent.label == "ORG" else sp.label, sp.role)
    if sp.kind == "name" and sp.label == "PERSON":
        words = sp.name.split()
        full = names.fullest(words) if len(words) <= 5 else tuple(words)
        if len(full) == 1 and names.ents:  # "Ahok" of "Basuki Tjahaja Purnama (Ahok)"
            longer = _entity_full_name(ent, full[0], names) if ent is not None else None
            full = tuple((names.ents.person_canonical(full[0]) or longer or full[0]).split())
        joined = " ".join(full)
        if ent is not None and ent.label == "ORG" and ent.text == sp.name and sp.name not in full \
                and not any(e.label == "PERSON" and joined in (e.text, e.canonical) for e in names.ents.all):
            return Resolved(sp.name, "ORG", sp.role)  # "Grab": an organisation, not a longer "GrabPay"
        return Resolved(joined, "PERSON", sp.role)
    if sp.kind == "description":
        found = _description_antecedent(sp.name, text, sp.start, names.ents) \
            or _role_written_name(sp.name, text, sp.start, names)
        ws = sp.name.split()
        if not found and len(ws) <= 3 and ws[0].lower() in lex().role_words:
            person = names.by_role(ws, sp.start)  # "ujar walikota" after "Walikota Jakarta Utara X"
            found = " ".join(person) if person else None
        return Resolved(found or sp.name, "PERSON", sp.role)
    if sp.label == "ORG" and len(sp.name.split()) == 1:
        full = names.expand_org(sp.name)
        if full:
            return Resolved(full, "ORG", sp.role)
    return Resolved(sp.name, sp.label, sp.role)


def _role_written_name(desc: str, text: str, pos: int, names: NameIndex) -> str | None:
    """``hakim ketua`` -> ``M Saptono`` when the article wrote ``hakim ketua M Saptono`` before: a role
    description stands for the person named right after the same words earlier in the article."""
    ws = desc.split()
    if not ws or ws[0].lower() not in lex().role_words or any(is_cap(w) for w in ws):
        return None
    pat = re.compile(rf"\b(?i:{re.escape(desc)})[ ]+([A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){{0,3}})")
    found = None
    for m in pat.finditer(text, 0, pos):
        role, name = split_name(m.group(1).split(), names.lower_vocab, names.person_words)
        if name and not role:
            found = " ".join(names.fullest(name))
    return found


def _description_antecedent(desc: str, text: str, pos: int, ents: EntityIndex | None = None) -> str | None:
    """``pedagang itu`` -> an earlier ``seorang pedagang`` (the article's own description), or the
    person it introduces (``Salah satu pemain seleksi …, Mochammad Rafid Habibie, menganggap``)."""
    words = [w for w in re.findall(r"\w+", desc.lower()) if w not in lex().demonstratives]
    if not words:
        return None
    head = words[0] if words[0] not in {"salah", "seorang", "sang", "para"} else words[-1]
    found = list(re.finditer(rf"\b(?:seorang|salah satu|salah seorang|sejumlah)\s+{re.escape(head)}\b",
                             text[:pos], re.I))
    if not found:
        return None
    m = found[-1]
    if ents is not None:
        gap = _APPOSED.match(text, m.end())
        if gap:
            person = next((e for e in ents.within(gap.end(), gap.end() + 60)
                           if e.label == "PERSON" and e.start == gap.end()), None)
            if person is not None and text[person.end:person.end + 1] == ",":
                return person.canonical or person.text
    return m.group(0)


def find_quotes(text: str, sentences: Sequence[tuple[int, int]],
                entities: Sequence[Entity] = ()) -> list[Quote]:
    """All direct and indirect quotations of ``text`` with their speakers.

    ``sentences`` are the sentence spans of Warta's splitter; ``entities`` the NER mentions (may be
    empty: speakers are then found by capitalisation and the title/role word lists). Never raises on
    unbalanced quotation marks. Quotes are returned in text order.
    """
    ents = EntityIndex(entities)
    names = NameIndex(text, ents)
    if not sentences:
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    direct = [c for c in (attribute_span(text, q, ents, names) for q in find_spans(text)) if c]
    direct = _drop_nested(direct)
    direct += embedded_quotes(text, sentences, [(c.start, c.end) for c in direct], ents, names)
    taken = [(c.start, c.end) for c in direct]
    indirect = find_indirect(text, sentences, taken, ents, names)
    disc = Discourse(text, sentences, names, taken)
    cands = sorted(direct + indirect, key=lambda c: c.start)
    resolved: list[tuple[Candidate, Resolved | None, float, str]] = []
    for ci, c in enumerate(cands):
        sp, conf, cue = _resolve(c, text, sentences, disc, names, ents, resolved)
        if sp is None and c.speaker is not None and c.speaker.kind == "pronoun" \
                and c.speaker.name.lower() != "mereka":  # (no group named ahead either)
            ahead = next_named_speaker(c.end, cands[ci + 1:])
            if ahead is not None:
                sp = _resolve_named(ahead, names, text)
                conf = c.confidence * float(setting("pronoun_cataphora_confidence"))
        resolved.append((c, sp, conf, cue))
        if sp is not None:
            # the speaker is the latest referent once its attribution sentence is read
            si = disc.sentence_of(max(c.end, c.cue_start) - 1)
            end = sentences[si][1] - 1 if si < len(sentences) else c.end
            nxt = cands[ci + 1].start - 1 if ci + 1 < len(cands) else len(text)
            disc.add_speaker(max(c.start, min(end, c.end + 200, nxt)), sp)
    # paragraphs of a multi-paragraph quotation take the speaker of the paragraph that follows
    for i in range(len(resolved) - 2, -1, -1):
        c, sp, conf, cue = resolved[i]
        nc = resolved[i + 1][0]
        run_on = c.mode == "floating" and text[c.start:c.end].rstrip().endswith(",") \
            and nc.start - c.end < 12 and text[c.end:nc.start].count("\n") <= 2
        if (c.continues or run_on) and c.kind == "direct" and c.mode in {"continued", "floating"}:
            # also '"A,"  "B," ujar X': a quotation closed on a comma runs on into the next one
            nc, nsp, nconf, ncue = resolved[i + 1]
            if nc.kind == "direct" and nsp is not None:
                resolved[i] = (c, nsp, min(nconf, 0.85), ncue)
        elif sp is None and c.kind == "direct" and c.mode == "floating" and nc.kind == "direct" \
                and nc.mode == "after" and resolved[i + 1][1] is not None \
                and _ONLY_MARKS.fullmatch(text, c.end, nc.start):
            # a quotation paragraph nobody has spoken yet, then '"…," kata Pacquiao.' in the next
            # paragraph: the speaker named there says both
            resolved[i] = (c, resolved[i + 1][1], float(setting("floating_next_confidence")), cue)
    factor = float(setting("floating_subject_factor"))
    for i, (c, sp, _conf, cue) in enumerate(resolved):
        if sp is None and c.kind == "direct" and c.mode == "floating":
            # no speaker close by: the person the story is about at this point (the latest subject),
            # with a low confidence ("Honda memutuskan angkat kaki …" then a quotation paragraph)
            ant = disc.antecedent(c.start)
            if ant is not None:
                resolved[i] = (c, ant[0], c.confidence * factor, cue)
    out = []
    floor = float(setting("min_confidence"))
    silent, hearsay = lex().silent_cues, lex().hearsay_nouns
    for c, sp, conf, cue in resolved:
        if conf < floor or cue.lower() in silent:
            continue  # (a belief, "X yakin …", names the next speaker but is no quotation)
        if sp and (sp.name.lower() in hearsay or sp.name.split()[0].lower() in hearsay):
            continue  # "Rumor mengatakan …": hearsay is nobody's statement
        role = sp.role if sp else None
        if sp and not role and sp.label == "PERSON":
            role = names.role_of(sp.name)
        out.append(Quote(kind=c.kind, text=text[c.start:c.end], start=c.start, end=c.end,
                         speaker=_TRAILING_ACRONYM.sub("", sp.name) if sp else None,
                         speaker_label=sp.label if sp else None,
                         speaker_role=role, cue=cue, confidence=round(conf, 3)))
    return out


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


_DETERMINERS = frozenset({"sang", "si"})  # the singular ones of speaker_determiners.txt ("para" is plural)
_PARENTS = frozenset({"ibu", "bapak"})  # after "sang" a parent, not a form of address ("Ibu Ani")


def _relative_named(sp: Speaker) -> set[str]:
    """The name that closes a kinship description naming the relative (``Budi Santoso`` of
    ``Istri Budi Santoso``, ``Raisa`` of ``ayah Raisa``), as a set of words; else empty."""
    ws = [w.strip(",") for w in sp.name.split()]
    if len(ws) < 2 or not opens_kin_description(ws[0], ws[1]):
        return set()
    k = len(ws)
    while k > 1 and is_cap(ws[k - 1]) and ws[k - 1].lower() not in lex().demonstratives:
        k -= 1
    return set(ws[k:])


def _resolve(c: Candidate, text: str, sentences: Sequence[tuple[int, int]], disc: Discourse,
             names: NameIndex, ents: EntityIndex,
             done: list[tuple[Candidate, Resolved | None, float, str]]) -> tuple[Resolved | None, float, str]:
    sp = c.speaker
    if sp is not None:
        if sp.kind in ("pronoun", "anaphor"):
            if sp.kind == "anaphor":
                desc = _description_antecedent(sp.name, text, sp.start, ents)
                ws = sp.name.split()
                if desc and not any(is_cap(w) for w in ws[1:]) \
                        and (not is_cap(ws[0]) or ws[0].lower() in lex().anaphor_nouns):
                    # (also "Wanita pelapor itu" opening a sentence, after "seorang wanita")
                    return Resolved(desc, "PERSON", None), c.confidence * 0.95, c.cue
            if sp.kind == "anaphor":
                ws = sp.name.split()
                head = _WORD.match(ws[1] if len(ws) > 1 and ws[0].lower() in _DETERMINERS else sp.name)
                hw = head.group(0) if head else ""  # "sang pelatih": the office after the determiner
                if hw.lower() in lex().institution_nouns and len(sp.name.split()) <= 3:
                    org = disc.org_antecedent(c.cue_start if c.cue_start >= 0 else c.start)
                    if org is not None:  # "kata institusi tersebut": the organisation before
                        return org[0], c.confidence * org[1], c.cue
                if hw.islower() and hw in lex().role_words and hw not in FORMER:
                    person = names.by_role([hw], sp.start)  # "tutur pelatih asal Brasil itu" after
                    if person:  # "Pelatih Persija Jakarta, Stefano Cugurra": the holder of the office
                        return Resolved(" ".join(person), "PERSON", None), c.confidence * 0.9, c.cue
                if len(ws) == 2 and ws[0].lower() in _DETERMINERS and hw.lower() in kin_nouns() | _PARENTS \
                        and not names.by_role([hw], sp.start):
                    # "ujar sang ibu" where no mother was named: the description, not the last person
                    return Resolved(sp.name, "PERSON", None), c.confidence * 0.8, c.cue
            at = c.cue_start if c.cue_start >= 0 else c.start
            if sp.kind == "anaphor" and 0 <= sp.start < at:
                at = sp.start  # names inside the description itself ("jebolan Akpol") are not its referent
            elif sp.kind == "pronoun" and c.mode == "interrupted":
                at = sentences[disc.sentence_of(at)][0]  # "Aaron, kata dia, juga …": Aaron is what is said
            if sp.name.lower() == "mereka":  # a plural pronoun: a group or organisation, never one person
                ant = disc.group_antecedent(at)
            elif sp.name.lower() == "keduanya":  # both of them: two people named before
                ant = disc.pair_antecedent(at)
            else:
                ant = disc.antecedent(at, persons_only=sp.name != "-nya", quote=text[c.start:c.end])
            relative = _relative_named(sp)
            if relative and (ant is None or relative <= set(ant[0].name.split())):
                # "Istri Budi Santoso": the relative the description names is not who speaks
                return Resolved(sp.name, "PERSON", None), c.confidence * 0.8, c.cue
            if ant is None:
                return None, c.confidence * 0.5, c.cue
            return ant[0], c.confidence * ant[1], c.cue
        return _resolve_named(sp, names, text), c.confidence, c.cue
    # floating quotation: an introducing sentence with a speech verb, else the previous speaker
    intro = _intro_sentence(c, text, sentences, disc, names, ents)
    if intro:
        return intro
    last = disc.last_speaker(c.start)
    max_s = int(setting("floating_max_sentences"))
    if last and disc.sentence_of(c.start) - disc.sentence_of(last[0]) <= max_s \
            and not disc.new_subject_between(last[0], c.start, last[1]):
        prev = done[-1] if done else None
        if prev and prev[1] == last[1] and prev[0].kind == "direct" and 0 <= c.start - prev[0].end < 150 \
                and "\n" not in text[prev[0].end:c.start]:
            return last[1], 0.85, prev[3]  # "A," kata X. "B." -- an interrupted quotation
        cue = prev[3] if prev and prev[1] == last[1] and prev[0].mode == "before" else ""
        return last[1], c.confidence, cue
    return None, c.confidence * 0.6, c.cue


def _intro_sentence(c: Candidate, text: str, sentences: Sequence[tuple[int, int]], disc: Discourse,
                    names: NameIndex, ents: EntityIndex) -> tuple[Resolved, float, str] | None:
    """``Dia menjelaskan soal itu.`` / ``Kata Budi:`` right before a quotation with no cue."""
    L = lex()
    si = disc.sentence_of(c.start)
    if si == 0:
        return None
    ss, se = sentences[si - 1]
    if se > c.start:
        return None
    toks = tokens(text, ss, se)
    for j, (w, s, _e) in enumerate(toks[:12]):
        if L.is_active_cue(w) and j > 0:
            subj = toks[:j]
            while subj and subj[-1][0].lower() in L.adverbs:
                subj = subj[:-1]
            if any(t[0] in QUOTE_MARKS for t in subj):
                return None  # "“…, Harry akan mengatakan …,” kata Payne.": a verb inside a quotation
            comma = max((i for i, t in enumerate(subj[:-1]) if t[0] == ","), default=None)
            if comma is not None:  # "Meski performa Chelsea masih labil, Hazard menilai …"
                subj = subj[comma + 1:]
            if not subj:
                return None
            if len(subj) == 1 and subj[0][0].lower() in L.pronouns:
                ant = disc.antecedent(s)
                return (ant[0], c.confidence * ant[1] + 0.1, w) if ant else None
            sp = parse_speaker(text, subj[0][1], subj[-1][2], ents, names)
            if sp is None or sp.kind != "name":
                return None
            return _resolve_named(sp, names, text), c.confidence + 0.15, w
    return None
