"""Quotations and their speakers: the public entry point :func:`find_quotes`.

Steps: pair quotation marks (:mod:`quote_marks`), attach cues and speaker phrases to each span
(:mod:`quotes_direct`), find reported speech without marks (:mod:`quotes_indirect`), then resolve
speakers in text order: names to the fullest form the article uses, pronouns/clitics and anaphoric
descriptions (``pedagang itu``) to their antecedent, floating quotations to the previous speaker
(bounded), paragraphs of a multi-paragraph quotation to the speaker of its last paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.entity_discover import listed_org
from warta.annotate.quote_lex import is_cap, lex, setting, tokens
from warta.annotate.quote_marks import find_spans
from warta.annotate.quotes_direct import Candidate, attribute_span
from warta.annotate.quotes_embedded import embedded_quotes
from warta.annotate.quotes_indirect import find_indirect
from warta.annotate.speaker_context import next_named_speaker
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker, split_name
from warta.model import Entity, Quote

_SUBJECT_WINDOW = 400  # characters before a mention searched for the start of its clause
_CAP_TAIL = re.compile(r"[A-Z][\w)]*\s*$")
_WORD = re.compile(r"\w+")
_VERB_START = re.compile(r"^(me|ber|di)\w{4,}")
_ACTIVE_VERB = re.compile(r"\b(?:me|ber)[a-z]{4,}\b")
_PASSIVE_AGENT = re.compile(r"\bdi[a-z]{4,}(?:\s+[a-z]+){0,2}\s+oleh\s+(?:[a-z]+\s+){0,2}$")


@dataclass(frozen=True)
class Resolved:
    """A speaker after resolution."""

    name: str
    label: str
    role: str | None


@cache
def _passive_pattern() -> re.Pattern[str] | None:
    words = sorted(lex().cue_passive, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None


class _Discourse:
    """Who was mentioned or spoke where: antecedents for pronouns and floating quotations."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], names: NameIndex,
                 quoted: Sequence[tuple[int, int]]):
        self.text = text
        self.sent_starts = [s for s, _ in sentences] or [0]
        self.names = names
        self.events: list[tuple[int, int, Resolved]] = []  # (pos, strength, speaker)
        self.weak_fallback = bool(setting("pronoun_weak_fallback"))
        passive = _passive_pattern()
        self.passive_ends = [m.end() for m in passive.finditer(text)] if passive else []
        resolved: dict[tuple[str, ...], Resolved] = {}  # the same name resolves the same way
        places = _place_names(text, names)
        titles = _title_spans(text)
        for s, _e, name in names.mentions:
            if any(qs <= s < qe for qs, qe in quoted) or s in names.vetoed or name in names.place_names \
                    or any(ts <= s < te for ts, te in titles):
                continue
            strength = 2 if self._passive_speaker(s) else 1 if self._is_subject(s) else 0
            sp = resolved.get(name)
            if sp is None:
                org = names.expand_org(name[0]) if len(name) == 1 else None
                # a one-word name the NER labels an organisation ("lapor Reuters") is no person antecedent
                ent = names.ents.entity_at(s, _e) if names.ents else None
                ner_org = ent is not None and ent.label == "ORG" and (len(name) == 1 or (
                    ent.start == s and ent.end == _e and listed_org(name)))
                # (also a listed organisation of several words: "Real Madrid saat ini ada di …")
                if ner_org and not org and ent.start <= s and _e <= ent.end:
                    org = ent.canonical or ent.text  # "Jaya" of "Polda Metro Jaya": the organisation
                if name in places:
                    sp = Resolved(" ".join(name), "LOC", None)  # "di Mina", "Kulon Progo": no one speaks
                elif org or ner_org or any(w.lower() in lex().org_heads for w in name):
                    sp = Resolved(org or " ".join(name), "ORG", None)
                else:
                    sp = Resolved(" ".join(names.fullest(name)), "PERSON", None)
                resolved[name] = sp
            self.events.append((s, strength, sp))
        self.events.sort(key=lambda ev: ev[0])

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _passive_speaker(self, pos: int) -> bool:
        """``Hal tersebut dikatakan Kasat Reskrim Polresta Depok Kompol Putu Kholis Aryana``: the
        agent of a passive speech verb is a speaker."""
        i = bisect.bisect_left(self.passive_ends, pos - 120)
        if i >= len(self.passive_ends) or self.passive_ends[i] > pos:
            return False  # no passive speech verb in the window: the common case, no scan
        si = self.sentence_of(pos)
        words = _WORD.findall(self.text[max(self.sent_starts[si], pos - 120):pos])
        L = lex()
        for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
            w = words[k]
            if w.lower() in L.cue_passive:
                before = words[k - 1].lower() if k > 0 else ""
                return before in L.demonstratives or before == "demikian" \
                    or (k + 1 < len(words) and words[k + 1] == "oleh")
            if not (w[:1].isupper() or w == "oleh" or w.lower() in L.role_words or w.lower() in L.titles):
                return False
        return False

    def _is_subject(self, pos: int) -> bool:
        si = self.sentence_of(pos)
        start = max(self.sent_starts[si], pos - _SUBJECT_WINDOW)  # a subject clause is short
        before = self.text[start:pos]
        if before.rfind("(") > before.rfind(")"):
            return False  # "(pesaing Anies-Sandiaga saat Pilkada)": a name inside brackets
        chunks = before.split(",")
        if start > self.sent_starts[si] and len(chunks) < 2:
            return False  # no clause boundary in the window: far from the sentence start
        if len(chunks) >= 3 and _CAP_ITEM.fullmatch(chunks[-2]) and _CAP_TAIL.search(chunks[-3]):
            return False  # "Shopee, Popbox, SALON by Houzcall": an item of a list of names
        if len(chunks) >= 2 and not chunks[-1].strip():
            last = _LAST_WORD.search(chunks[-2])
            lw = last.group(1).lower() if last else ""
            if lex().is_active_cue(lw) or lw in lex().nonspeech or lw in lex().cue_comma:
                return False  # "Winardi berharap, Budi …": the subject of what is said, not of the story
        nxt = _NEXT_ITEM.match(self.text, pos)
        if len(chunks) >= 2 and not chunks[-1].strip() and nxt \
                and nxt.group(1).lower() not in lex().role_words:
            return False  # "Lazada, Zalora, Shopee": the second item of a list, not an apposition
        clause = chunks[-1]
        appos = False
        if not clause.strip() and len(chunks) > 1 and _CAP_TAIL.search(chunks[-2]):
            clause = chunks[-2]  # an apposition: "… memuji Ketua DPW, Hasbiallah Ilyas, …"
            appos = True
        if _PASSIVE_AGENT.search(clause) and not _ACTIVE_VERB.search(self.text, self.sent_starts[si], pos):
            # "…, disambut antusias oleh artis Tina Toon": the agent of the sentence's passive verb acts
            # (not in "Budi menyebut biaya ditanggung oleh pihak X", where the passive is reported)
            return True
        words = _WORD.findall(clause)
        if len(words) > 10:
            return False
        L = lex()
        tail = _ROLE_NAME_TAIL.search(chunks[-2]) if len(chunks) >= 2 else None
        if not appos and words and tail and tail.group(1).lower() in L.role_words \
                and all(w.lower() in L.role_words or w.lower() in L.titles for w in words) \
                and _LIST_GOES_ON.match(self.text, pos):
            return False  # "mewawancarai Wakil Presiden M Hatta, Presiden Megawati, dan …": a list item
        if any(_VERB_START.match(w) for w in words):
            return False
        # in an apposition ("Seorang nelayan di Pidie, Teuku Zulfikar,") only a preposition opening
        # the head makes the name an object
        heads = words[:1] if appos else words
        # an all-capitals word is a name ("Washington (ANTARA News) - "), not the preposition "antara"
        return not any(w.lower() in lex().non_subject_before and not w.isupper() for w in heads)

    def add_speaker(self, pos: int, sp: Resolved) -> None:
        bisect.insort(self.events, (pos, 2, sp), key=lambda ev: ev[0])

    def antecedent(self, pos: int, persons_only: bool = True) -> tuple[Resolved, float] | None:
        """The most recent speaker or sentence subject before ``pos`` (then any mention)."""
        limit = int(setting("pronoun_max_sentences"))
        si = self.sentence_of(pos)
        i = bisect.bisect_left([ev[0] for ev in self.events], pos)
        fallback = None
        org_subject = None
        for j in range(i - 1, -1, -1):
            p, strength, sp = self.events[j]
            if si - self.sentence_of(p) > limit:
                break
            if persons_only and sp.label != "PERSON" or sp.label == "LOC":
                continue  # a place never speaks
            if strength == 1 and sp.label != "PERSON" and org_subject is None:
                org_subject = sp  # "Polda Metro Jaya menyarankan …", then "…," ujarnya: a person spoke
                continue
            if strength >= 1 and (org_subject is None or strength == 2 and sp.label == "PERSON"):
                return sp, (0.95 if strength == 2 else 0.85)
            if fallback is None:
                fallback = sp
        if org_subject is not None:
            return org_subject, 0.85
        return (fallback, 0.5) if fallback and self.weak_fallback else None

    def last_speaker(self, pos: int) -> tuple[int, Resolved] | None:
        i = bisect.bisect_left([ev[0] for ev in self.events], pos)
        for j in range(i - 1, -1, -1):
            if self.events[j][1] == 2:
                return self.events[j][0], self.events[j][2]
        return None

    def new_subject_between(self, a: int, b: int, same: Resolved) -> bool:
        """Whether another person is a sentence subject between ``a`` and ``b``."""
        return any(a < p < b and strength == 1 and sp.name != same.name and sp.label in (None, "PERSON")
                   for p, strength, sp in self.events)  # ("Real Madrid saat ini ada di …": no person)


# an item of a list of names ("SALON by Houzcall")
_CAP_ITEM = re.compile(r"\s*(?:dan\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|by|of|dan))*\s*")
_NEXT_ITEM = re.compile(  # a name followed by the next item of a list ("Zalora, Shopee")
    r"[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)*(?:[ \t]*,[ \t]*|[ \t]+dan[ \t]+)([A-Z][\w-]*)")
_ROLE_NAME_TAIL = re.compile(r"([A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*)+\s*$")  # "… Wakil Presiden M Hatta"
_LIST_GOES_ON = re.compile(r"[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)*[ \t]*(?:,[ \t]*dan|,|[ \t]dan)[ \t]+[A-Z]")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_TITLE = re.compile(r"(?<!\w)[\"“‘']([^\"“”‘’'.,!?;:\n]{1,60})[\"”’'](?!\w)")


QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})
_LOCATIVE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|desa|kota)[ \t]+$", re.IGNORECASE)
_APPOSED = re.compile(r"[^,.\n]{0,80},[ \t]*")  # "Salah satu pemain seleksi Timnas U-19, " before a name
_ONLY_MARKS = re.compile(r"[\s\"“”„«»'’‘]*")  # between two quotation paragraphs: marks and breaks
_LIST_GAP = re.compile(r"[ \t]*,[ \t]*(?:dan[ \t]+)?$|[ \t]+dan[ \t]+$")


def _place_names(text: str, names: NameIndex) -> set[tuple[str, ...]]:
    """Names the NER tags as a place (exactly, with ``[quotes] antecedent_place_confidence``) that
    the article never tags as a person, when they have two words or more or stand where a place
    does at least once (:func:`_placed`)."""
    ents = names.ents
    if not ents:
        return set()
    floor = float(setting("antecedent_place_confidence"))
    persons = {e.text for e in ents.all if e.label == "PERSON"}
    out = set()
    for s, e, name in names.mentions:
        ent = ents.entity_at(s, e, floor)
        if ent is not None and ent.label == "LOC" and ent.start == s and e <= ent.end \
                and " ".join(name) not in persons and (len(name) > 1 or _placed(text, s, ents)):
            out.add(name)
    return out


def _placed(text: str, pos: int, ents: EntityIndex) -> bool:
    """Whether the one-word name at ``pos`` stands where a place does: after a locative word
    (``di Mina``), or next in a list after a place (``Desa Waleng, Semagar, …, Selorejo``)."""
    if _LOCATIVE.search(text, max(0, pos - 12), pos):
        return True
    gap = _LIST_GAP.search(text, max(0, pos - 8), pos)
    if gap is None or not ents:
        return False
    before = ents.entity_at(gap.start() - 1, gap.start())
    return before is not None and before.label == "LOC" and before.end == gap.start()


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted titles and labels (``Pelantun ‘Bolo - Bolo’ ini``, ``film ‘Cinta Dalam
    Kardus’``): a song, a film or a programme, whose names are no referents."""
    limit = int(setting("max_title_words"))
    return [m.span(1) for m in _TITLE.finditer(text) if len(m.group(1).split()) <= limit]


def _resolve_named(sp: Speaker, names: NameIndex, text: str) -> Resolved:
    ent = names.ents.entity_at(sp.start, sp.end) if names.ents and sp.start >= 0 else None
    if ent is not None and ent.label == "ORG" and ent.text == sp.name and " " not in sp.name \
            and ent.canonical and ent.canonical != sp.name:
        return Resolved(ent.canonical, "ORG", sp.role)  # "Kemenhub": the organisation's full name
    if sp.kind == "name" and sp.label == "PERSON":
        words = sp.name.split()
        full = names.fullest(words) if len(words) <= 5 else tuple(words)
        if len(full) == 1 and names.ents:  # "Ahok" of "Basuki Tjahaja Purnama (Ahok)"
            full = tuple((names.ents.person_canonical(full[0]) or full[0]).split())
        return Resolved(" ".join(full), "PERSON", sp.role)
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
    disc = _Discourse(text, sentences, names, taken)
    cands = sorted(direct + indirect, key=lambda c: c.start)
    resolved: list[tuple[Candidate, Resolved | None, float, str]] = []
    for ci, c in enumerate(cands):
        sp, conf, cue = _resolve(c, text, sentences, disc, names, ents, resolved)
        if sp is None and c.speaker is not None and c.speaker.kind == "pronoun":
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
    out = []
    floor = float(setting("min_confidence"))
    silent = lex().silent_cues
    for c, sp, conf, cue in resolved:
        if conf < floor or cue.lower() in silent:
            continue  # (a belief, "X yakin …", names the next speaker but is no quotation)
        role = sp.role if sp else None
        if sp and not role and sp.label == "PERSON":
            role = names.role_of(sp.name)
        out.append(Quote(kind=c.kind, text=text[c.start:c.end], start=c.start, end=c.end,
                         speaker=sp.name if sp else None, speaker_label=sp.label if sp else None,
                         speaker_role=role, cue=cue, confidence=round(conf, 3)))
    return out


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def _resolve(c: Candidate, text: str, sentences: Sequence[tuple[int, int]], disc: _Discourse,
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
            at = c.cue_start if c.cue_start >= 0 else c.start
            if sp.kind == "anaphor" and 0 <= sp.start < at:
                at = sp.start  # names inside the description itself ("jebolan Akpol") are not its referent
            elif sp.kind == "pronoun" and c.mode == "interrupted":
                at = sentences[disc.sentence_of(at)][0]  # "Aaron, kata dia, juga …": Aaron is what is said
            ant = disc.antecedent(at, persons_only=sp.name != "-nya")
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


def _intro_sentence(c: Candidate, text: str, sentences: Sequence[tuple[int, int]], disc: _Discourse,
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
