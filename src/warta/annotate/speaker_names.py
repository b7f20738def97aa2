"""Names in an article: the index of every personal-name candidate (fullest names, aliases, roles,
short forms, acronyms), built on the name/role split of capitalised runs
(:mod:`warta.annotate.speaker_name_split`, whose functions this module re-exports).

Used by :mod:`warta.annotate.speakers`; all word lists come from ``lang/id`` via
:mod:`warta.annotate.quote_lex`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from warta.annotate.canonical import variant_of
from warta.annotate.entity_headings import heading_lines, known_run, on_heading
from warta.annotate.entity_lexicons import extras as entity_extras
from warta.annotate.entity_lexicons import without_glued_tail
from warta.annotate.quote_lex import is_acronym, is_cap, lex, setting, tokens
from warta.annotate.speaker_aliases import find_aliases, in_order
from warta.annotate.speaker_context import (
    after_kin_description,
    given_names,
    is_descriptor,
    is_role_phrase,
    role_person_after,
    shared_family_name,
    spelled_words,
    spells,
)
from warta.annotate.speaker_entities import EntityIndex
from warta.annotate.speaker_name_split import common_word, split_name, word_ok_in_name
from warta.annotate.speaker_offices import (
    landform_heads,
    office_expansions,
    office_regex,
    role_aliases,
)
from warta.annotate.speaker_phrases import dotted_initials, is_cue_word, ticket_split
from warta.annotate.speaker_statements import org_expansion
from warta.lang import degree_pattern, glued_common

_ACRONYM_AFTER = re.compile(r"\s*([A-Z][A-Za-z]{1,11})\)")


_CAPW = r"(?:[A-Z][\w’'-]*|dan|\([A-Za-z]+\))"
_APPOSITION_ROLE = re.compile(rf"({_CAPW}(?:\s+{_CAPW})*)\s*,\s*$")
_VERB_KAN = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}kan")  # "Mendatangkan", "Dipertanyakan"
_ADVERB_NYA = re.compile(r"(?:se|ter)[a-z]{3,}nya")  # "Sedianya Mary Jane masuk …": an adverb opening it


def _person_words(ents: EntityIndex | None, text: str) -> set[str]:
    """One-word person names of the NER, and the words of a longer person name up to its last
    word that is no dictionary word (``Luka`` of ``Luka Modric``, but not ``Ingin Perang`` of a
    headline ``Vladimir Putin Ingin Perang``), outside title-case lines; offices and titles aside."""
    L = lex()
    out: set[str] = set()
    for e in (ents.all if ents else ()):
        if e.label != "PERSON":
            continue
        ws = e.text.split()
        if len(ws) == 1:
            out.add(ws[0])
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        line_end = text.find("\n", e.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if not any(w.islower() for w in line.split()):
            continue  # a heading in title case ("Lebih Banyak Menang"): its words say nothing
        last = max((i for i, w in enumerate(ws) if not common_word(w, frozenset())), default=-1)
        out.update(w for w in ws[:last + 1] if w[:1].isupper() and w.lower() not in L.role_words
                   and w.lower().rstrip(".") not in L.titles and not is_descriptor(w))
    return out


class NameIndex:
    """Every personal-name candidate of an article (capitalised runs split by :func:`split_name`),
    for fullest-name look-ups and for antecedents of pronouns."""

    def __init__(self, text: str, ents: EntityIndex):
        self.text = text
        self.ents = ents
        self.mentions: list[tuple[int, int, tuple[str, ...]]] = []
        self.runs: list[list[str]] = []
        self.roles: dict[tuple[str, ...], str] = {}
        self.vetoed: set[int] = set()  # starts of mentions the NER labels LOC/ORG
        self.org_words: set[str] = set()  # one-word names written after "Partai", "Bank", …
        self.brackets: dict[str, str] = {}
        self.role_acronyms: dict[str, tuple[str, ...]] = {}  # "KSAL" -> the name written after it
        self.after_descriptor: set[tuple[str, ...]] = set()  # names written after "Bintang Chelsea"
        self.place_names: set[tuple[str, ...]] = set()  # names written after "Jalan", "Danau", …
        self._split: dict[tuple[str, ...], tuple[list[str], list[str]]] = {}
        self.headings = heading_lines(text)
        toks = dotted_initials(tokens(text))
        words = [t[0] for t in toks]
        caps = [w[0].isupper() for w in words]  # is_cap: a token is never empty
        self.lower_vocab = frozenset(w for w in words if w.islower() and len(w) > 2)
        self.person_words = frozenset(_person_words(ents, text))
        run: list[tuple[str, int, int]] = []
        self.midcaps = frozenset(t[0] for t, c in zip(toks, caps, strict=True)
                                 if c and not sentence_initial(text, t[1]) and not after_dateline(text, t[1]))
        connectors = lex().name_connectors
        for tok, cap in zip(toks + [("", len(text), len(text))], caps + [False], strict=True):
            w = tok[0]
            if w and (cap or (run and w.lower() in connectors)) and w[0].isalpha() \
                    and not (run and "\n" in text[run[-1][2]:tok[1]]):
                run.append(tok)
                continue
            if run:
                self.runs.append([t[0] for t in run])
                spelled = False
                if w == "(":
                    self._bracket(run, tok[2])
                    m = _ACRONYM_AFTER.match(text, tok[2])
                    ws = [t[0] for t in run]
                    spelled = m is not None and spells(m.group(1), ws) and not spells(m.group(1), ws[:-1])
                if not w[:1].isdigit() and not spelled:  # "Jaksa Agung Muda (JAM)": an office's name
                    self._add_run(run)
            run = []
        self.vetoed.update(m[0] for m in self.mentions if len(m[2]) == 1 and m[2][0] in self.org_words)
        self.counts = Counter(m[2] for m in self.mentions)
        self.aliases = self._find_aliases()
        self.follow: dict[str, Counter] = {}
        self.precede: dict[str, Counter] = {}
        for i in range(len(toks) - 1):
            if caps[i] and caps[i + 1]:
                a, b = words[i], words[i + 1]
                self.follow.setdefault(a, Counter())[b] += 1
                self.precede.setdefault(b, Counter())[a] += 1
        self.cap_count = Counter(w for w, c in zip(words, caps, strict=True) if c)
        self._fullest: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._trimmed: dict[tuple[str, ...], tuple[str, ...]] = {}  # trim() of each candidate name
        self._lowered: dict[tuple[str, ...], list[str]] = {}
        self.place_like = self._find_place_like(words, [w.lower() for w in words], caps, self.person_words)

    def _short_of_person(self, tok: tuple[str, int, int]) -> bool:
        """Whether the entity layer reads this one word as the short form of a person it names in
        full (``Salah`` of ``Mohamed Salah``), so a dictionary word is still the name there."""
        ent = self.ents.entity_at(tok[1], tok[2]) if self.ents else None
        return ent is not None and ent.label == "PERSON" and ent.start == tok[1] and ent.end == tok[2] \
            and tok[0] in (ent.canonical or "").split()[1:]

    def _add_run(self, run: list[tuple[str, int, int]]) -> None:
        while run and run[0][0].lower() in lex().subordinators:
            run = run[1:]  # "Seandainya Jeff Goldblum mengiyakan …": a conjunction opens no name
        while run and (sentence_initial(self.text, run[0][1]) or after_dateline(self.text, run[0][1])) and (
                run[0][0].lower() in lex().common or glued_common(run[0][0], lex().common_words)
                or (run[0][0] not in self.midcaps and len(run) == 1)
                or is_cue_word(run[0][0])  # "Diberitakan People, …": a fronted cue, not a name
                or len(run) > 1 and run[0][0] not in self.midcaps and (
                    run[0][0].lower() in self.lower_vocab or _VERB_KAN.fullmatch(run[0][0].lower())
                    or _ADVERB_NYA.fullmatch(run[0][0].lower()))) \
                and not self._short_of_person(run[0]):  # (asked last: it scans the entities)
            run = run[1:]  # "Mendatangkan Szczesny …", "Impian Buffon …": a verb or a noun opening it
        if not run:
            return
        if len(run) > 1 and on_heading(self.headings, run[0][1], run[-1][2]):
            known = known_run([t[0] for t in run], self.person_words)  # "Kaka Isyaratkan Pensiun"
            run = run[known[0]:known[1]] if known else run
        while len(run) > 2 and degree_pattern().fullmatch(run[-1][0]):
            run = run[:-1]  # "Hery Chariansyah SH": a degree after the name
        if degree_pattern().fullmatch(run[0][0]) and text_after_comma(self.text, run[0][1]):
            return  # "Arry H. Reksodiputro, SpPD-KHOM": the degree after the name, no name itself
        last, start, _ = run[-1]
        head = without_glued_tail(last)  # "Katy Perry-album ini …"
        run = run[:-1] + [(head, start, start + len(head))]
        cut = ticket_split(run)
        if cut is not None:  # "Gus Ipul-Mas Anas": a ticket of two people, two names
            self._add_run(cut[0])
            self._add_run(cut[1])
            return
        words = tuple(t[0] for t in run)
        if words not in self._split:  # the same run of words splits the same way in one article
            self._split[words] = split_name(list(words), self.lower_vocab, self.person_words)
        role, name = self._split[words]
        if not name or (len(name) == 1 and (common_word(name[0], self.lower_vocab)
                                             or name[0].lower() in entity_extras().non_person)
                        and not self._short_of_person(run[-1])):
            return  # "Pemilih juga dilarang …", "di bulan Ramadhan": a common word or a feast, not a name
        if any(w.count("-") >= 2 for w in name):
            return  # "Maumere-Ende-Nagekeo-Borong": a list of places, not a person
        sure = float(setting("institution_confidence"))
        while len(name) >= 2 and self.ents and self.ents.in_other(run[len(role)][1], run[-1][1], sure):
            role, name = role + name[:1], name[1:]  # "Direktur Utama Pertamina Nicke Widyawati"
        first = run[len(role)]
        last = run[-1]
        veto = float(setting("ner_veto_confidence"))
        if self.ents and self.ents.covering_label(first[1], last[2], veto) in ("LOC", "ORG"):
            self.vetoed.add(first[1])  # the NER is sure this is a place or an organisation
        elif role and len(name) == 1 and role[-1].lower() in lex().org_heads and not is_acronym(role[-1]):
            self.org_words.add(name[0])  # "Politisi Partai Gerindra": the party's name, not a person
        elif (role and len(name) <= 3 and role[-1].lower() in landform_heads()) or (
                len(name) >= 2 and name[0].lower() in landform_heads()) or (
                len(role) == 1 and role[0].lower() in lex().region_heads):  # "Kabupaten Lembata"
            self.vetoed.add(first[1])  # "Danau Towuti", "Gunung Merapi": a place, not a person
            # the same words elsewhere ("SIM di Daan Mogot") name the place too
            self.place_names.add(tuple(name[1:]) if name[0].lower() in landform_heads() else tuple(name))
        elif after_kin_description(self.text, run[0][1], list(role)):
            self.vetoed.add(first[1])  # "putera sulung … Ali Sadikin": not who the sentence is about
        self.mentions.append((first[1], last[2], tuple(name)))
        if role and is_descriptor(role[-1]) and len(name) >= 3:
            self.after_descriptor.add(tuple(name))
        role_text = " ".join(w for w in role if w.lower() not in lex().titles)
        if not role_text:  # apposition: "Sekretaris Jenderal NATO, Jens Stoltenberg"
            window = self.text[max(0, run[0][1] - 80):run[0][1]]
            # the pattern ends in "," and white space: without that, no need to try every start
            m = _APPOSITION_ROLE.search(window) if window.rstrip().endswith(",") else None
            if m and m.group(1).split()[0].lower() in lex().role_words:
                role_text = m.group(1)
        if role_text and any(w.lower() in lex().role_words for w in role_text.split()[:2]):
            self.roles.setdefault(tuple(name), role_text)

    def role_of(self, name: str) -> str | None:
        """The role the article writes with this person's name (first mention with a role)."""
        ws = tuple(name.split())
        if ws in self.roles:
            return self.roles[ws]
        for cand, role in self.roles.items():
            n = len(ws)
            if n <= len(cand) and any(cand[i:i + n] == ws for i in range(len(cand) - n + 1)):
                return role
        return None

    def _find_aliases(self) -> dict[str, tuple[str, ...]]:
        """Alias words -> the full name (see :func:`warta.annotate.speaker_aliases.find_aliases`)."""
        return find_aliases(self.text, self.mentions)

    @staticmethod
    def _find_place_like(words: list[str], lows: list[str], caps: list[bool],
                         person_words: frozenset[str] = frozenset()) -> frozenset[str]:
        """Capitalised words written right after a locative preposition somewhere in the article
        (not a word of a person's name after ``dari`` or ``ke``: ``evaluasi dari Prasetyo``)."""
        preps = {"di", "ke", "dari", "kota", "provinsi", "kabupaten", "negara", "wilayah"}
        out = set()
        for k in range(1, len(words) - 1):
            if lows[k] in preps and caps[k + 1] and (words[k].islower() or words[k - 1] != "Wali") \
                    and not (lows[k] in {"dari", "ke"} and words[k + 1] in person_words):
                out.add(words[k + 1])
        return frozenset(out)

    def _bracket(self, run: list[tuple[str, int, int]], after: int) -> None:
        m = re.match(r"\s*([A-Z][\w-]{1,12})\)", self.text[after:after + 16])
        if not m:
            return
        acr = m.group(1)
        ws = [t[0] for t in run]
        for i in range(len(ws)):
            if ws[i][:1].upper() == acr[:1].upper() and len(ws) - i >= 2:
                self.brackets.setdefault(acr, " ".join(ws[i:]))
                if is_role_phrase(self.brackets[acr]) and acr not in self.role_acronyms:
                    person = role_person_after(self.text, after + m.end(),
                                               lambda w: split_name(w, self.lower_vocab, self.person_words))
                    if person:  # "Kepala Staf Angkatan Laut (KSAL) Laksamana TNI Bayu Pranoto"
                        self.role_acronyms[acr] = person
                return

    def by_role(self, role: Sequence[str], pos: int) -> tuple[str, ...] | None:
        """The person an earlier mention introduced with this role (``Sekjen PBB`` -> the name
        written after ``Sekjen PBB`` or ``Sekretaris Jenderal PBB`` before ``pos``)."""
        alias = role_aliases().get(" ".join(role).lower())
        if alias:  # "Kepala Negara" after "Presiden Joko Widodo"
            role = alias.split()
        heads = [role[0]] + ([role[-1]] if len(role) > 1 and is_cap(role[-1]) else [])
        long = office_expansions().get(role[0].lower())
        if long:  # "kata Mendagri" after "Menteri Dalam Negeri Tjahjo Kumolo"
            heads.append(long)
        written = " ".join(role).lower()  # "kata Menteri Luar Negeri" after "Menlu Retno"
        heads += [short for short, full in office_expansions().items()
                  if full == written and " " not in short]
        for head in heads:  # "Sekjen PBB": the role word, else its organisation right before a name
            # "Kapolsek Cipondoh, Kompol Bayu Suseno": the role's place, an apposition comma, a rank
            esc = office_regex(head)
            pat = re.compile(rf"\b(?i:{esc})\b\)?"
                             r"(?:\s+[A-Z][\w.’'-]*|\s*\([^)]{1,20}\)|,(?=\s+(?:[A-Z]|dan\s))|\s+dan(?=\s+[A-Z])){0,9}"
                             r"\s*,?\s*$")  # also "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan X"
            best = None
            after = re.compile(rf"[ \t]*,[ \t]*(?i:{esc})\b")
            appos = re.compile(rf",[ \t]*(?i:{esc})[ \t]+$")  # "X, Kapolsek Cibitung,"
            for s, _e, name in self.mentions:
                if s >= pos:
                    break
                if s in self.vetoed or (len(name) == 1 and (name[0] in self.place_like or appos.search(
                        self.text, max(0, s - 40), s))):
                    continue  # the role's place ("Kapolsek Cipondoh"), not its holder
                if len(heads) > 1 and head == heads[1] == role[-1] != role[0] and not self._person_at(s, _e):
                    continue  # "Disney Channel" is no name after "Disney" ("Chief Executive Disney")
                if pat.search(self.text[max(0, s - 80):s]) or (
                        head == role[0] and after.match(self.text, _e)  # also "Boby …, Kapolsek Tambun"
                        and not (self.ents and self.ents.other_office_before(self.text, s, _e, esc))):
                    held = self.ents.person_holding(s, _e) if self.ents else None
                    best = tuple(held.split()) if held else self.fullest(name)
            if best:
                return best
        return None

    def _person_at(self, s: int, e: int) -> bool:
        """Whether the entity layer reads a person in ``[s, e)``."""
        return self.ents is not None and any(x.label == "PERSON" for x in self.ents.overlapping(s, e))

    def expand_org(self, acronym: str) -> str | None:
        """The full name of an organisation acronym: from ``Full Name (ACR)`` or from a capitalised
        run whose word prefixes spell it (``Kemlu`` -> ``Kementerian Luar Negeri``)."""
        if acronym in self.brackets:
            return self.brackets[acronym]
        cache = self.__dict__.setdefault("_org_cache", {})
        if acronym not in cache:
            cache[acronym] = self._expand_org(acronym.lower(), word=acronym[1:].islower()) \
                or org_expansion(self.text, acronym)
        return cache[acronym]

    def _expand_org(self, acr: str, word: bool = False) -> str | None:
        if "_org_starts" not in self.__dict__:
            # (run, start) of every tail of two words or more, by first letter: each look-up reads
            # only the tails that can spell the acronym
            starts: dict[str, list[tuple[tuple[str, ...], int]]] = {}
            for run in {tuple(r) for r in self.runs if len(r) >= 2}:
                low = tuple(w.lower() for w in run)
                for i in range(len(low) - 1):
                    starts.setdefault(low[i][:1], []).append((low, i))
            self.__dict__["_org_starts"] = starts
        best: tuple[tuple[int, int], str] | None = None
        done: set[tuple[str, ...]] = set()
        for low, i in self._org_starts.get(acr[:1], ()):
            if low in done or low[i] == acr or word and low[i].startswith(acr) \
                    or not spells(acr, list(low[i:])):
                # ("Persela Yunan Achmadi" is no expansion of "Persela": a name after the word itself;
                # "GrabPay Indonesia" none of the name "Grab": a longer word holding it)
                continue
            done.add(low)  # the first (longest) tail of a run that spells it
            words = self._orig_run(low)[i:]
            used = spelled_words(acr, list(low[i:]))  # ("Kemlu" spells "Kementerian Luar [Negeri RI]")
            person = next((k for k in range(used, len(words)) if words[k] in self.person_words), len(words))
            cand = " ".join(words[:person])  # not the person named after it ("BI": Bank Indonesia)
            key = (self.text.count(cand), len(cand))  # the form written most, then the longest
            if best is None or key > best[0]:  # ("Bank Indonesia" over one "Bank Indonesia Rate")
                best = (key, cand)
        return best[1] if best else None

    def _orig_run(self, low: tuple[str, ...]) -> list[str]:
        for r in self.runs:
            if len(r) == len(low) and all(a.lower() == b for a, b in zip(r, low, strict=True)):
                return r
        return list(low)

    def trim(self, name: list[str]) -> list[str]:
        """Drop a leading word that is not part of the name: a place (``Surabaya Eri Cahyadi`` when
        the article says ``di Surabaya``) or a word the article also writes apart from the rest of
        the name while the rest also stands alone (``Golkar Sarmuji``)."""
        while len(name) >= 2:
            w1, w2 = name[0], name[1]
            alone1 = self.cap_count[w1] - self.follow.get(w1, Counter())[w2]
            alone2 = self.cap_count[w2] - self.precede.get(w2, Counter())[w1]
            if w1 in self.place_like or (alone1 > 0 and alone2 > 0 and not self._family(w1, w2)
                                         and not self._given_first(w1, w2)) \
                    or (len(name) >= 3 and w1.lower() in lex().org_heads) \
                    or (alone1 > 0 and len(name) >= 3 and tuple(name) in self.after_descriptor
                        and self._org_like(w1)):
                name = name[1:]  # … or an institution word before a full name ("Kremlin Dmitry Peskov")
                continue
            break
        return name

    def _given_first(self, w1: str, w2: str) -> bool:
        """Whether ``w1 w2`` reads as a given name and a surname although the article also writes
        both alone (``Katy Perry`` beside ``kata Katy`` and ``Perry``): ``w1`` is a known given name
        that the NER does not label an organisation or place, written before ``w2`` twice or more
        (once may be a title's last word: ``Breath of the Wild Rianti Hidayat``)."""
        return self.follow.get(w1, Counter())[w2] >= 2 and w1.lower() in given_names() \
            and not self._org_like(w1)

    def _org_like(self, word: str) -> bool:
        """Whether the NER (when there is one) labels ``word`` alone an organisation or place
        somewhere in the article (``Persija`` in ``Gelandang Persija Rizky Ramadhan``)."""
        if not self.ents:
            return True
        if "_org_words" not in self.__dict__:
            self.__dict__["_org_words"] = frozenset(
                e.text for e in self.ents.all if e.label in ("ORG", "LOC"))
        return word in self._org_words

    def _family(self, w1: str, w2: str) -> bool:
        """Whether ``w2`` is a family name the article also writes after another given name
        (``Vitali Klitschko`` beside ``Wladimir Klitschko``): ``w1`` is then a given name."""
        return shared_family_name(w1, w2, self.precede, lambda p: word_ok_in_name(p) and not common_word(
            p, self.lower_vocab) and p not in self.place_like)

    def fullest(self, name: Sequence[str]) -> tuple[str, ...]:
        """The longest name in the article that contains ``name`` (``Stoltenberg`` -> ``Jens
        Stoltenberg``; ``Djarot`` -> ``Djarot Saiful Hidayat``)."""
        name = tuple(name)
        if name not in self._fullest:
            self._fullest[name] = name  # (an alias pointing back to this name reads it as it is)
            self._fullest[name] = self._find_fullest(name)
        return self._fullest[name]

    def _find_fullest(self, name: tuple[str, ...]) -> tuple[str, ...]:
        best = name
        n = len(name)
        for cand in self.counts:
            if len(cand) <= len(best) or (n and name[0] not in cand):
                continue
            if any(cand[i:i + n] == name for i in range(len(cand) - n + 1)):
                if cand not in self._trimmed:
                    self._trimmed[cand] = tuple(self.trim(list(cand)))
                cand = self._trimmed[cand]
                if len(cand) > len(best) and any(cand[i:i + n] == name for i in range(len(cand) - n + 1)):
                    best = cand
        if best == name and n >= 2:  # "Anies Baswedan" -> "Anies Rasyid Baswedan": a middle name left out
            fuller = {c for c in self.counts if n < len(c) <= n + 2 and c[0] == name[0] and c[-1] == name[-1]
                      and len(set(c)) == len(c) and in_order(name, c)}  # (not the typo "Paul Paul Handley")
            if len(fuller) == 1:
                best = fuller.pop()
        if best == name and n <= 2:
            low = name[-1].lower()
            for alias, full in self.aliases.items():
                if alias == low or (len(low) >= 4 and alias.startswith(low)):
                    # "Eve --panggilan akrab Evelyn": the fullest name of the one-word name too
                    return self.fullest(full) if len(full) == 1 and full != name else full
        if best == name and n == 1 and len(name[0]) >= 4:
            # a short form: "Risma" -> "Tri Rismaharini", "Jokowi" -> "Joko Widodo"
            low = name[0].lower()
            for cand in self.counts:
                if len(cand) < 2 or len(cand) <= len(best):
                    continue
                if cand not in self._lowered:
                    self._lowered[cand] = [w.lower() for w in cand]
                words = self._lowered[cand]
                if any(w.startswith(low) and w != low for w in words) or (
                        words[0][:1] == low[:1] and spells(low, words)) or (
                        len(words) >= 3 and words[-1].endswith(low) and len(words[-1]) >= len(low) + 2):
                    # (also "Toni" of "Raja Juli Antoni": the end of the last name)
                    best = cand
            if best == name:  # "Hardi" -> "Hardisiswan": the one longer one-word name it opens
                longer = {c for c in self.counts if len(c) == 1 and c[0].isalpha()
                          and len(c[0]) >= len(low) + 3
                          and c[0].lower().startswith(low)}
                if len(longer) == 1:
                    best = longer.pop()
        if best == name and n == 1:
            best = self._variant(name[0], typo=self.counts.get(name, 0) <= 1) or best
        return best

    def _variant(self, word: str, typo: bool) -> tuple[str, ...] | None:
        """The one fuller name of the article that the one-word ``word`` misspells or shortens
        (``Yursi`` for ``Yusri Yunus``, ``Nita`` for ``Ernita Pongki``; see
        :func:`warta.annotate.canonical.variant_of`), else ``None``. A name the article writes
        more than once is no typo (``typo`` false)."""
        found = {self.fullest(tuple(self.trim(list(cand)))) for cand in self.counts
                 if (len(cand) >= 2 or self.counts[cand] >= 2) and word not in cand
                 and any(variant_of(word, w, typo) for w in cand)}
        found.discard(())
        return found.pop() if len(found) == 1 else None


def text_after_comma(text: str, pos: int) -> bool:
    """Whether a comma (and spaces) stands right before ``pos``."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] == ","


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (line start, or after ``.``/``!``/``?``/quote mark)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?\"”“’" or i < 3


def after_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` follows the dash of a dateline (``Jakarta, CNN Indonesia -- Ulah netizen …``)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] not in "-–—":
        return False
    line = text.rfind("\n", 0, i) + 1
    return i - line <= int(setting("dateline_max_chars")) and ". " not in text[line:i]
