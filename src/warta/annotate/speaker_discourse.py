"""The discourse of one article for speaker resolution: who was mentioned or spoke where.

:class:`Discourse` records every name mention in text order with a strength (2: a speaker or the
agent of a passive speech verb, 1: a sentence subject, 0: any other mention) and answers the
antecedent of a pronoun or an anaphoric description and the previous speaker of a floating
quotation (used by :mod:`.quotes`). Subjects are read from the clause before a mention: not a list
item, an object, a possessor (``ucapan Madonna``) or a name in a heading line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.entity_discover import listed_org
from warta.annotate.quote_lex import lex, setting
from warta.annotate.speaker_context import descriptor_words
from warta.annotate.speaker_groups import AGENT_BEFORE, group_around, is_group, last_group_phrase, pair_of
from warta.annotate.speaker_phrases import premises_heads
from warta.annotate.speakers import EntityIndex, NameIndex

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


class Discourse:
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
        persons = [e for e in (names.ents.all if names.ents else ()) if e.label == "PERSON"]
        self.person_names = frozenset(n for e in persons for n in (e.text, e.canonical) if n)
        self.person_words = frozenset(w for n in self.person_names for w in n.split() if len(w) > 2)
        self.not_person: set[int] = set()  # mentions read as persons that the NER labels otherwise
        kinds: dict[str, set[str]] = {}  # the labels the entity layer gives each name in the article
        for e in names.ents.all if names.ents else ():
            kinds.setdefault(e.text, set()).add(e.label)
        resolved: dict[tuple[str, ...], Resolved] = {}  # the same name resolves the same way
        places = _place_names(text, names)
        titles = _title_spans(text)
        for s, _e, name in names.mentions:
            if len(name) == 1 and _REDUPLICATED.fullmatch(name[0]):
                continue  # "Kota-kota di pesisir …": a plural noun opening a sentence, no name
            if any(qs <= s < qe for qs, qe in quoted) or s in names.vetoed or name in names.place_names \
                    or any(ts <= s < te for ts, te in titles) or _TITLE_OPENS.search(text, max(0, s - 2), s) \
                    or self._heading_line(s) \
                    or _in_premises_name(text, s):
                continue  # (a heading or a link, "Hasil Studi: Gaji Messi Terlalu Tinggi", is no discourse)
            strength = 2 if self._passive_speaker(s) else 1 if self._is_subject(s) else 0
            sp = resolved.get(name)
            if sp is None:
                org = names.expand_org(name[0]) if len(name) == 1 else None
                # a one-word name the NER labels an organisation ("lapor Reuters") is no person antecedent
                ent = names.ents.entity_at(s, _e) if names.ents else None
                ner_org = ent is not None and ent.label == "ORG" and (len(name) == 1 or (
                    ent.start == s and ent.end == _e and listed_org(name)))
                full = names.fullest(name) if ner_org and len(name) == 1 and ent.text == name[0] else name
                if len(full) > 1 and full[-1] == name[0] and not listed_org(name):
                    ner_org, org = False, None  # "Crutchlow" after "Cal Crutchlow": the person, mislabelled
                # (also a listed organisation of several words: "Real Madrid saat ini ada di …")
                if ner_org and not org and ent.start <= s and _e <= ent.end:
                    org = ent.canonical or ent.text  # "Jaya" of "Polda Metro Jaya": the organisation
                if name in places:
                    sp = Resolved(" ".join(name), "LOC", None)  # "di Mina", "Kulon Progo": no one speaks
                elif org or ner_org or any(w.lower() in lex().org_heads for w in name):
                    sp = Resolved(org or " ".join(name), "ORG", None)
                else:
                    full = names.fullest(name)
                    alias = names.ents.person_canonical(full[0]) if len(full) == 1 and names.ents else None
                    if alias and full[0] not in alias.split() and _PLAIN_NAME.fullmatch(alias):
                        full = tuple(alias.split())  # "Doni" of "Ramdoni atau … dikenal dengan Haji Doni"
                    sp = Resolved(" ".join(full), "PERSON", None)
                resolved[name] = sp
            if sp.label == "PERSON" and names.ents is not None and not self._known(sp):
                other = names.ents.entity_at(s, _e)
                if other is not None and other.label != "PERSON" \
                        or other is None and kinds.get(sp.name, {"PERSON"}) <= {"ORG", "LOC"}:
                    self.not_person.add(s)  # "Musiad Istanbul", "Garuda Jaya": the NER reads another kind
                    # (also where the NER missed this mention of a name it labels so elsewhere)
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
        chunks = _CLAUSE_COMMA.split(before)  # ("sebesar 2,4 mm Hg": a decimal comma ends no clause)
        if start > self.sent_starts[si] and len(chunks) < 2:
            return False  # no clause boundary in the window: far from the sentence start
        if len(chunks) >= 3 and _CAP_ITEM.fullmatch(chunks[-2]) and _CAP_TAIL.search(chunks[-3]):
            return False  # "Shopee, Popbox, SALON by Houzcall": an item of a list of names
        if len(chunks) >= 2 and not chunks[-1].strip():
            last = _LAST_WORD.search(chunks[-2])
            lw = last.group(1).lower() if last else ""
            if lex().is_active_cue(lw) or lw in lex().nonspeech or lw in lex().cue_comma:
                return False  # "Winardi berharap, Budi …": the subject of what is said, not of the story
        first = _WORD.match(self.text, self.sent_starts[si])
        if first and first.group(0).lower() in _SUBJECT_PRONOUNS and first.end() <= pos:
            return False  # "Dia mengucapkan selamat kepada …, Pasukan Quds": the pronoun is the subject
        after_name = _skip_name(self.text, pos)
        if _LIST_AHEAD.match(self.text, after_name):
            return False  # "Jalak Ijo, Kandangan, Pananjakan, …": the first item of a list of names
        if _DEMONSTRATIVE_AFTER.match(self.text, after_name):
            return False  # "Perempuan etnis Melayu ini …": a name inside a description pointing back
        if _BRACKET_ITEM_BEFORE.search(before) and self.text.startswith("(", _skip_name(self.text, pos)):
            return False  # "Bayer Leverkusen (273,9), Schalke (216,6), dan …": an item of a list
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
        if (appos or not words and len(chunks) > 1) \
                and any(w.lower() in _SUBJECT_PRONOUNS for w in _WORD.findall(chunks[-2])):
            return False  # "… yang ia rasakan bersama sang suami, Harvey Moeis.": the pronoun is the subject
        L = lex()
        tail = _ROLE_NAME_TAIL.search(chunks[-2]) if len(chunks) >= 2 else None
        if not appos and words and tail and tail.group(1).lower() in L.role_words \
                and all(w.lower() in L.role_words or w.lower() in L.titles for w in words) \
                and _LIST_GOES_ON.match(self.text, pos):
            return False  # "mewawancarai Wakil Presiden M Hatta, Presiden Megawati, dan …": a list item
        if any(_VERB_START.match(w) for w in words):
            return False
        if not appos and _possessed_only(words):
            return False  # "Namun, ucapan Madonna …": the noun is the subject, the name its possessor
        # in an apposition ("Seorang nelayan di Pidie, Teuku Zulfikar,") only a preposition opening
        # the head makes the name an object
        heads = words[:1] if appos or (len(chunks) == 1 and words and words[0].lower() in L.role_words) \
            else words
        # (an office opening the clause keeps its own prepositions: "Duta Besar RI untuk Tiongkok dan
        # Mongolia Soegeng Rahardjo berharap …")
        # an all-capitals word is a name ("Washington (ANTARA News) - "), not the preposition "antara"
        return not any(w.lower() in lex().non_subject_before and not w.isupper() for w in heads)

    def _heading_line(self, pos: int) -> bool:
        """Whether ``pos`` lies in a short line without sentence punctuation at its end."""
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        line = self.text[a:b if b >= 0 else len(self.text)].rstrip()
        return bool(line) and line[-1] not in _SENTENCE_END \
            and len(_WORD.findall(line)) <= int(setting("heading_max_words"))

    def add_speaker(self, pos: int, sp: Resolved) -> None:
        bisect.insort(self.events, (pos, 2, sp), key=lambda ev: ev[0])

    def antecedent(self, pos: int, persons_only: bool = True,
                   quote: str = "") -> tuple[Resolved, float] | None:
        """The most recent speaker or sentence subject before ``pos`` (then any mention). A sentence
        subject read as a person that the article's NER labels an organisation or place ("Musiad
        Istanbul", "Garuda Jaya") is passed over when that lands on a person the NER knows. A
        description the ``quote`` itself talks about ("Pelaku" before '"… motor pelaku …," katanya')
        is not who says it."""
        if self.not_person:
            found = self._antecedent(pos, persons_only, skip_mislabelled=True, quote=quote)
            if found is not None and self._known(found[0]):
                return found  # (an unknown name reached by skipping is no better than the skipped one)
        return self._antecedent(pos, persons_only, skip_mislabelled=False, quote=quote)

    def _known(self, sp: Resolved) -> bool:
        return sp.name in self.person_names or any(w in self.person_words for w in sp.name.split())

    def _antecedent(self, pos: int, persons_only: bool, skip_mislabelled: bool,
                    quote: str = "") -> tuple[Resolved, float] | None:
        limit = int(setting("pronoun_max_sentences"))
        si = self.sentence_of(pos)
        i = bisect.bisect_left([ev[0] for ev in self.events], pos)
        fallback = None
        org_subject = None
        talked = False
        for j in range(i - 1, -1, -1):
            p, strength, sp = self.events[j]
            if si - self.sentence_of(p) > limit:
                break
            if persons_only and sp.label != "PERSON" or sp.label == "LOC":
                continue  # a place never speaks
            if skip_mislabelled and strength < 2 and p in self.not_person:
                continue  # a subject the NER labels an organisation or place
            if quote and (_talked_about(sp.name, quote) and not self._known(sp)
                          or _addressed(sp.name, quote)):
                talked = True  # the quotation's own topic: the article's last speaker says it
                continue
            if strength == 1 and sp.label != "PERSON" and org_subject is None:
                org_subject = sp  # "Polda Metro Jaya menyarankan …", then "…," ujarnya: a person spoke
                continue
            if strength >= 1 and (org_subject is None or strength == 2 and sp.label == "PERSON"):
                if strength == 1 and sp.label == "PERSON":
                    # a person named in the speaker's paragraph right after the speaker's sentence, who
                    # has not spoken, does not take the pronoun over ("… kata Fahri. Menteri X saat itu
                    # menyiapkan draf PP. "…," jelasnya.": Fahri goes on)
                    spoke = any(s2 == 2 and x.name == sp.name for _p, s2, x in self.events[:j])
                    if not spoke:
                        sent_j = self.sentence_of(p)
                        prev = next(((p2, x) for p2, s2, x in reversed(self.events[:j]) if s2 == 2), None)
                        if prev is not None and sent_j - self.sentence_of(prev[0]) <= 1 \
                                and self.text.count("\n", prev[0], p) == 0:
                            return prev[1], 0.85
                return sp, (0.95 if strength == 2 else 0.85)
            if fallback is None:
                fallback = sp
        if org_subject is not None:
            return org_subject, 0.85
        if fallback is not None and (talked or not self._known(fallback)):
            # a capitalised word the NER does not call a person ("Jetak" of a list of villages): the
            # article's last speaker, further back, is the likelier antecedent
            last = self.last_speaker(pos, quote)
            if last is not None and last[1].label == "PERSON" and self._known(last[1]):
                return last[1], 0.5
        return (fallback, 0.5) if fallback and self.weak_fallback else None

    def _recent(self, pos: int, lo: int = -1) -> Iterator[tuple[int, int, Resolved]]:
        """Events before ``pos``, newest first, within ``pronoun_max_sentences`` (and from ``lo``)."""
        si = self.sentence_of(pos)
        limit = int(setting("pronoun_max_sentences"))
        i = bisect.bisect_left([ev[0] for ev in self.events], pos)
        for j in range(i - 1, -1, -1):
            ev = self.events[j]
            if ev[0] < lo or si - self.sentence_of(ev[0]) > limit:
                return
            yield ev

    def group_antecedent(self, pos: int) -> tuple[Resolved, float] | None:
        """The antecedent of ``mereka`` before ``pos``: the latest organisation or group (``para
        peneliti``, ``Rob Kardashian dan Blac Chyna``) that is a speaker or subject; one person never
        is, and none is better than a wrong one."""
        lo = self.sent_starts[max(0, self.sentence_of(pos) - int(setting("pronoun_max_sentences")))]
        phrase = last_group_phrase(self.text, lo, pos)  # "sejumlah pekerja kemanusiaan", "Para peneliti"
        for p, strength, sp in self._recent(pos, phrase[0] if phrase else lo):
            if sp.label == "ORG" and (strength >= 1 or AGENT_BEFORE.search(self.text, max(0, p - 30), p)) \
                    or strength >= 1 and (is_group(sp.name) or group_around(self.text, p)):
                return sp, (0.9 if strength == 2 else 0.8)
        if phrase is not None:
            return Resolved(phrase[1], "PERSON", None), 0.75
        return None

    def pair_antecedent(self, pos: int) -> tuple[Resolved, float] | None:
        """The antecedent of ``keduanya`` (both of them) before ``pos`` (``speaker_groups.pair_of``)."""
        found = pair_of(self._recent(pos))
        if found is None or isinstance(found[0], Resolved):
            return found
        return Resolved(found[0], "PERSON", None), found[1]

    def org_antecedent(self, pos: int) -> tuple[Resolved, float] | None:
        """The latest organisation before ``pos`` that spoke or was a sentence subject (``Biro
        Meteorologi masih memperingatkan …`` before ``kata institusi tersebut``)."""
        return next(((sp, 0.9 if strength == 2 else 0.8) for _p, strength, sp in self._recent(pos)
                     if strength >= 1 and sp.label == "ORG"), None)

    def last_speaker(self, pos: int, quote: str = "") -> tuple[int, Resolved] | None:
        """The latest speaker before ``pos`` (not a description that ``quote`` talks about)."""
        i = bisect.bisect_left([ev[0] for ev in self.events], pos)
        for j in range(i - 1, -1, -1):
            name = self.events[j][2].name
            if self.events[j][1] == 2 \
                    and not (quote and (_talked_about(name, quote) or _addressed(name, quote))):
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
# a single quotation mark opening a title right before a name ("'Good Goodbye (feat. Stormzy)'")
_TITLE_OPENS = re.compile(r"(?:^|(?<=\s))[‘']$")
# (an apostrophe between letters stays inside: 'What I've Done')
_TITLE = re.compile(r"(?<!\w)[\"“‘']((?:[^\"“”‘’'.,!?;:\n]|(?<=\w)['’](?=\w)){1,60})[\"”’'](?!\w)")


_LOCATIVE = re.compile(r"\b(?:di|ke|dari|menuju|kawasan|wilayah|desa|kota)[ \t]+$", re.IGNORECASE)
_SENTENCE_END = frozenset('.!?"”’)\'')
_PLAIN_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_CAP_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]+){1,3})$")


def _word_at(text: str, word: str) -> Iterator[int]:
    """Start offsets of ``word`` standing as a whole word in ``text`` (plain search, no pattern)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, at + 1)


def _talked_about(name: str, quote: str) -> bool:
    """Whether ``name`` is a common noun (``Pelaku`` opening a sentence) that ``quote`` writes in
    lower case: the quotation speaks of it in the third person."""
    low = name.lower()
    return low != name and next(_word_at(quote, low), None) is not None


def _addressed(name: str, quote: str) -> bool:
    """Whether ``quote`` writes the person ``name`` with a title or honorific before the given name
    (``Pak Akbar``, ``Ibu Elza``, ``AKP Arman``): people are spoken of so, they do not speak so of
    themselves."""
    first = name.split()[0] if name else ""
    if len(first) < 3 or not first[0].isupper():
        return False
    for at in _word_at(quote, first):
        before = quote[:at].rstrip().rstrip(".").split()
        if before and before[-1].lower() in lex().titles:
            return True
    return False


def _in_premises_name(text: str, pos: int) -> bool:
    """``Qurban`` of ``Mall Hewan Qurban``: a name that ends a place whose head (``Mall``, ``Masjid``,
    ``Stadion``) opens the capitalised words right before it."""
    m = _CAP_RUN_BEFORE.search(text, max(0, pos - 60), pos)
    if m is None:
        return False
    words = m.group(1).split()
    before = text[max(0, m.start() - 30):m.start()].split()
    L = lex()
    return words[0].lower() in premises_heads() and not (before and before[-1][:1].isupper()) \
        and not any(w.lower() in L.role_words or w.lower().rstrip(".") in L.titles for w in words[1:])
    # (not "Kapolsek Taman Sari Komisaris Erick Frendriz": an office and a rank before the name)


_SUBJECT_PRONOUNS = frozenset({"dia", "ia", "beliau"})


def _possessed_only(words: list[str]) -> bool:
    """``Namun, ucapan Madonna``, ``Pantauan satelit Himawari``: the clause before the name ends in a
    possessed noun and describes no person (not ``Atlet lompat jauh Maria Londa``, ``Ketua panitia
    Miranda Suwanto``)."""
    L = lex()
    return bool(words) and _possessed(words[-1]) and not any(
        w.lower() in L.role_words or w.lower() in descriptor_words() or w.lower() in L.anaphor_nouns
        or w.lower() in L.group_nouns or w.lower() in L.titles for w in words)


def _possessed(word: str) -> bool:
    """``ucapan`` of ``ucapan Madonna``: a lower-case noun written right before a name (not an
    office, title, person noun, determiner or function word)."""
    L = lex()
    low = word.lower()
    return word.islower() and word.isalpha() and len(word) > 3 and low not in L.stopwords \
        and low not in L.connectives and low not in L.role_words and low not in L.titles \
        and low not in L.adverbs and low not in L.anaphor_nouns and low not in L.determiners \
        and low not in L.opening_adverbials and low not in L.non_subject_before \
        and low not in L.demonstratives and low not in descriptor_words() and low not in L.group_nouns
    # ("petani Kendeng menyatakan …": a group noun makes the subject with the name after it)


_REDUPLICATED = re.compile(r"(?i)(\w+)-\1")
_DEMONSTRATIVE_AFTER = re.compile(r"[ \t]*(?:ini|itu|tersebut)\b")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_LIST_AHEAD = re.compile(r"[ \t]*,[ \t]*[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*)*[ \t]*(?:,|dan\b)[ \t]*[A-Z]")
_BRACKET_ITEM_BEFORE = re.compile(r"\)[ \t]*,[ \t]*(?:dan[ \t]+)?$")
_NAME_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]*)+")


def _skip_name(text: str, pos: int) -> int:
    """The position after the capitalised words starting at ``pos``."""
    m = _NAME_WORDS.match(text, pos)
    return m.end() if m else pos


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
