"""Speaker phrases: who a cue names, with role, label and the fullest name the article uses.

A speaker phrase is the text a speech verb points to (``kata Menteri Luar Negeri Ukraina, Dmytro
Kuleba, akhir Juni lalu`` -> name ``Dmytro Kuleba``, role ``Menteri Luar Negeri Ukraina``). Names are
found by capitalisation and the role/title/place word lists; when NER entities are given they take
precedence (their ``canonical`` and ``label``), so a better NER improves speakers with no code change.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from warta.annotate.quote_lex import is_acronym, is_cap, lex, setting, tokens
from warta.model import Entity

DAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"})
ANAPHORIC = frozenset({"itu", "tersebut", "ini"})
CLOSE_PUNCT = frozenset(".!?;:\"“”„«»‘’'—–-")


@dataclass(frozen=True)
class Speaker:
    """A speaker as named by one phrase.

    ``kind`` is ``name`` (a person or organisation name), ``description`` (``seorang pedagang``),
    ``pronoun`` (``dia``, or the clitic of ``ujarnya``) or ``anaphor`` (``pedagang itu``,
    ``bekas Wali Kota Blitar itu``); the last two need an antecedent.
    """

    name: str
    label: str
    role: str | None
    kind: str
    start: int
    end: int


class EntityIndex:
    """PERSON/ORG entity mentions sorted by offset, for overlap look-ups."""

    def __init__(self, entities: Sequence[Entity]):
        self.ents = sorted((e for e in entities if e.label in ("PERSON", "ORG")), key=lambda e: e.start)
        self.starts = [e.start for e in self.ents]
        self.all = list(entities)

    def within(self, start: int, end: int) -> list[Entity]:
        """PERSON/ORG entities lying inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end <= end:
                out.append(self.ents[i])
            i += 1
        return out

    def label_of(self, start: int, end: int, min_confidence: float = 0.0) -> str | None:
        """The label of an entity (PERSON/ORG/LOC) overlapping ``[start, end)`` with at least
        ``min_confidence``."""
        for e in self.all:
            if e.start < end and start < e.end and e.confidence >= min_confidence:
                return e.label
        return None

    def __bool__(self) -> bool:
        return bool(self.all)


_CAPW = r"(?:[A-Z][\w’'-]*|dan|\([A-Za-z]+\))"
_APPOSITION_ROLE = re.compile(rf"({_CAPW}(?:\s+{_CAPW})*)\s*,\s*$")
_NOMINAL = re.compile(r"^(?:pe|per|pen|pem|peng|peny|ke)[a-z]{3,}an$")


def _word_ok_in_name(w: str) -> bool:
    L = lex()
    return (is_cap(w) and not L.is_name_stop(w) and not is_acronym(w) and w[0].isalpha()
            and not any(c.isdigit() for c in w))


def _common_word(w: str, lower_vocab: frozenset[str]) -> bool:
    """A capitalised dictionary word rather than a name (``Keadilan``, ``Penanggulangan``)."""
    low = w.lower()
    return bool(_NOMINAL.match(low)) or low in lex().common_words or low in lower_vocab


def split_name(words: list[str], lower_vocab: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Split a run of words into (role words, personal name): the name is the longest suffix of
    capitalised words that are not roles, titles, places, acronyms or (before the last word)
    dictionary words such as the end of an organisation's name."""
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if _word_ok_in_name(w) or (w.lower() in lex().name_connectors and i < len(words) and i > 1):
            i -= 1
            continue
        break
    while i < len(words) and words[i].lower() in lex().name_connectors:
        i += 1
    if 0 < i < len(words) - 1 and words[i - 1].lower() in lex().org_heads and not is_acronym(words[i - 1]):
        i += 1  # "Partai Golkar Sarmuji": the word after an organisation head names the organisation
    for k in range(len(words) - 2, i - 1, -1):
        if _common_word(words[k], lower_vocab):
            i = k + 1  # "Partai Keadilan Sejahtera Muhammad Khalid"
            break
    name = words[i:]
    if all(len(w) < 2 for w in name):
        return words, []
    limit = int(setting("max_name_words"))
    if len(name) > limit:
        i += len(name) - limit
        name = words[i:]
    return words[:i], name


class NameIndex:
    """Every personal-name candidate of an article (capitalised runs split by :func:`split_name`),
    for fullest-name look-ups and for antecedents of pronouns."""

    def __init__(self, text: str, ents: EntityIndex):
        self.text = text
        self.ents = ents
        self.mentions: list[tuple[int, int, tuple[str, ...]]] = []
        self.runs: list[list[str]] = []
        self.roles: dict[tuple[str, ...], str] = {}
        self.brackets: dict[str, str] = {}
        toks = tokens(text)
        self.lower_vocab = frozenset(t[0] for t in toks if t[0].islower() and len(t[0]) > 2)
        run: list[tuple[str, int, int]] = []
        self.midcaps = frozenset(t[0] for t in toks if is_cap(t[0]) and not sentence_initial(text, t[1]))
        for tok in toks + [("", len(text), len(text))]:
            w = tok[0]
            if w and (is_cap(w) or (run and w.lower() in lex().name_connectors)) and w[0].isalpha():
                run.append(tok)
                continue
            if run:
                self.runs.append([t[0] for t in run])
                if w == "(":
                    self._bracket(run, tok[2])
                if not w[:1].isdigit():
                    self._add_run(run)
            run = []
        self.counts = Counter(m[2] for m in self.mentions)
        self.aliases = self._find_aliases()
        self.follow: dict[str, Counter] = {}
        self.precede: dict[str, Counter] = {}
        for a, b in zip(toks, toks[1:], strict=False):
            if is_cap(a[0]) and is_cap(b[0]):
                self.follow.setdefault(a[0], Counter())[b[0]] += 1
                self.precede.setdefault(b[0], Counter())[a[0]] += 1
        self.cap_count = Counter(t[0] for t in toks if is_cap(t[0]))
        self.place_like = self._find_place_like(toks)

    def _add_run(self, run: list[tuple[str, int, int]]) -> None:
        while run and sentence_initial(self.text, run[0][1]) and (
                run[0][0].lower() in lex().common or (run[0][0] not in self.midcaps and len(run) == 1)):
            run = run[1:]
        if not run:
            return
        role, name = split_name([t[0] for t in run], self.lower_vocab)
        if not name:
            return
        first = run[len(role)]
        last = run[-1]
        veto = float(setting("ner_veto_confidence"))
        if self.ents and self.ents.label_of(first[1], last[2], veto) in ("LOC", "ORG"):
            return  # the NER is sure this capitalised run is a place or an organisation
        self.mentions.append((first[1], last[2], tuple(name)))
        role_text = " ".join(w for w in role if w.lower() not in lex().titles)
        if not role_text:  # apposition: "Sekretaris Jenderal NATO, Jens Stoltenberg"
            m = _APPOSITION_ROLE.search(self.text[max(0, run[0][1] - 80):run[0][1]])
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
        """``Abdul Muhaimin Iskandar atau Cak Imin``: alias words -> the full name."""
        out: dict[str, tuple[str, ...]] = {}
        markers = sorted(lex().alias_markers, key=len, reverse=True)
        alt = "|".join(re.escape(a).replace("\\ ", r"\s+") for a in markers)
        for m in re.finditer(rf"(?:,\s*)?\b(?:{alt})\s*((?:[A-Z][\w’'-]*\s*){{1,3}})", self.text):
            before = [x for x in self.mentions if 0 <= m.start() - x[1] <= 2]
            if not before or len(before[-1][2]) < 2:
                continue
            for w in m.group(1).split():
                if w.lower() not in lex().titles and len(w) >= 3:
                    out[w.lower()] = before[-1][2]
        return out

    def _bracket(self, run: list[tuple[str, int, int]], after: int) -> None:
        m = re.match(r"\s*([A-Z][\w-]{1,12})\)", self.text[after:after + 16])
        if not m:
            return
        acr = m.group(1)
        ws = [t[0] for t in run]
        for i in range(len(ws)):
            if ws[i][:1].upper() == acr[:1].upper() and len(ws) - i >= 2:
                self.brackets.setdefault(acr, " ".join(ws[i:]))
                return

    @staticmethod
    def _find_place_like(toks: list[tuple[str, int, int]]) -> frozenset[str]:
        """Capitalised words written right after a locative preposition somewhere in the article."""
        preps = {"di", "ke", "dari", "kota", "provinsi", "kabupaten", "negara", "wilayah"}
        out = set()
        for k in range(1, len(toks) - 1):
            a, b = toks[k], toks[k + 1]
            if a[0].lower() in preps and is_cap(b[0]) and (a[0].islower() or toks[k - 1][0] != "Wali"):
                out.add(b[0])
        return frozenset(out)

    def by_role(self, role: Sequence[str], pos: int) -> tuple[str, ...] | None:
        """The person an earlier mention introduced with this role (``Sekjen PBB`` -> the name
        written after ``Sekjen PBB`` or ``Sekretaris Jenderal PBB`` before ``pos``)."""
        heads = [role[0]] + ([role[-1]] if len(role) > 1 and is_cap(role[-1]) else [])
        for head in heads:  # "Sekjen PBB": the role word, else its organisation right before a name
            pat = re.compile(rf"\b(?i:{re.escape(head)})\b\)?"
                             r"(?:\s+[A-Z][\w.’'-]*|\s*\([^)]{1,20}\)){0,6}\s*,?\s*$")
            best = None
            for s, _e, name in self.mentions:
                if s >= pos:
                    break
                if pat.search(self.text[max(0, s - 80):s]):
                    best = self.fullest(name)
            if best:
                return best
        return None

    def expand_org(self, acronym: str) -> str | None:
        """The full name of an organisation acronym: from ``Full Name (ACR)`` or from a capitalised
        run whose word prefixes spell it (``Kemlu`` -> ``Kementerian Luar Negeri``)."""
        if acronym in self.brackets:
            return self.brackets[acronym]
        acr = acronym.lower()
        best = None
        for run in self.runs:
            for i in range(len(run)):
                if run[i][:1].lower() == acr[:1] and _spells(acr, [w.lower() for w in run[i:]]):
                    cand = " ".join(run[i:])
                    if best is None or len(cand) > len(best):
                        best = cand
                    break
        return best

    def trim(self, name: list[str]) -> list[str]:
        """Drop a leading word that is not part of the name: a place (``Surabaya Eri Cahyadi`` when
        the article says ``di Surabaya``) or a word the article also writes apart from the rest of
        the name while the rest also stands alone (``Golkar Sarmuji``)."""
        while len(name) >= 2:
            w1, w2 = name[0], name[1]
            alone1 = self.cap_count[w1] - self.follow.get(w1, Counter())[w2]
            alone2 = self.cap_count[w2] - self.precede.get(w2, Counter())[w1]
            if w1 in self.place_like or (alone1 > 0 and alone2 > 0):
                name = name[1:]
                continue
            break
        return name

    def fullest(self, name: Sequence[str]) -> tuple[str, ...]:
        """The longest name in the article that contains ``name`` (``Stoltenberg`` -> ``Jens
        Stoltenberg``; ``Djarot`` -> ``Djarot Saiful Hidayat``)."""
        name = tuple(name)
        best = name
        n = len(name)
        for cand in self.counts:
            if len(cand) <= len(best):
                continue
            if any(cand[i:i + n] == name for i in range(len(cand) - n + 1)):
                cand = tuple(self.trim(list(cand)))
                if len(cand) > len(best):
                    best = cand
        if best == name and n <= 2:
            low = name[-1].lower()
            for alias, full in self.aliases.items():
                if alias == low or (len(low) >= 4 and alias.startswith(low)):
                    return full
        if best == name and n == 1 and len(name[0]) >= 4:
            # a short form: "Risma" -> "Tri Rismaharini", "Jokowi" -> "Joko Widodo"
            low = name[0].lower()
            for cand in self.counts:
                if len(cand) < 2 or len(cand) <= len(best):
                    continue
                words = [w.lower() for w in cand]
                if any(w.startswith(low) and w != low for w in words) or (
                        words[0][:1] == low[:1] and _spells(low, words)):
                    best = cand
        return best


def _spells(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` is made of prefixes of consecutive ``words`` (at least two words used)."""

    def go(i: int, j: int, used: int) -> bool:
        if i == len(acr):
            return used >= 2
        if j >= len(words):
            return False
        w = words[j]
        for k in range(min(len(w), len(acr) - i), 0, -1):
            if w[:k] == acr[i:i + k] and go(i + k, j + 1, used + 1):
                return True
        return False

    return go(0, 0, 0)


def sentence_initial(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (line start, or after ``.``/``!``/``?``/quote mark)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in "\n.!?\"”“’" or i < 3


def _label_for(words: list[str], determiner: str | None) -> str:
    L = lex()
    if determiner == "pihak":
        return "ORG"
    low = [w.lower() for w in words]
    if low and (low[0] in L.org_heads or any(w in L.org_heads for w in low[1:])):
        return "ORG"
    if words and all(is_acronym(w) for w in words):
        return "ORG"
    return "PERSON"


def parse_speaker(text: str, start: int, end: int, ents: EntityIndex, names: NameIndex) -> Speaker | None:
    """Parse the speaker phrase in ``text[start:end]`` (right after a cue verb, or the subject
    before one). Returns ``None`` when no speaker can be read there."""
    L = lex()
    toks = tokens(text, start, end)
    while toks and toks[0][0].lower() in L.common and is_cap(toks[0][0]) \
            and sentence_initial(text, toks[0][1]) and toks[0][0].lower() not in L.pronouns:
        toks = toks[1:]
        if toks and toks[0][0] == ",":
            toks = toks[1:]
    words: list[tuple[str, int, int]] = []
    anaphor = False
    depth = 0
    seen_name = False
    for k, (w, s, e) in enumerate(toks):
        nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
        if depth:
            words.append((w, s, e))
            if w == ")":
                depth -= 1
            continue
        if w == "(":
            close = next((i for i in range(k + 1, min(len(toks), k + 6)) if toks[i][0] == ")"), None)
            if nxt[:1].isdigit() or not nxt or not words or close is None \
                    or any(t[0] in {",", "/"} or t[0][:1].isdigit() for t in toks[k + 1:close]):
                break
            depth += 1
            words.append((w, s, e))
            continue
        if (w in {"/", "&"} or w.lower() == "dan") and words and is_cap(words[-1][0]) and is_cap(nxt) \
                and (not seen_name or _common_word(words[-1][0], names.lower_vocab) or is_acronym(nxt)):
            words.append((w, s, e))
            continue
        if w == ",":
            if nxt and is_cap(nxt) and nxt.lower() not in L.stopwords and words:
                words.append((w, s, e))
                continue
            break
        if not w[0].isalnum():
            break
        low = w.lower()
        if low in ANAPHORIC and words:
            anaphor = True
            words.append((w, s, e))
            break
        if low in L.stopwords and (not is_cap(w) or low in DAYS or (not words and not is_cap(nxt))):
            break
        if (L.is_active_cue(w) or L.is_short_cue(w)) and words:
            break
        if seen_name and not is_cap(w) and low not in L.name_connectors \
                and not (w.isdigit() and is_cap(nxt)):
            break
        if is_cap(w) and _word_ok_in_name(w):
            seen_name = True
        words.append((w, s, e))
        if len(words) > 16:
            return None
    while words and words[-1][0] in {",", "("}:
        words.pop()
    if not words:
        return None
    if not anaphor and all(not is_cap(t[0]) for t in words):
        late = _late_name(text, toks, len(words), names)
        if late is not None:
            s0, e0, nm = late
            role_text = text[words[0][1]:s0].strip(" ,")
            return Speaker(nm, "PERSON", role_text or None, "name", s0, e0)
    span_start, span_end = words[0][1], words[-1][2]
    if len(words) == 1 and words[0][0].lower() in L.pronouns:
        return Speaker(words[0][0], "PERSON", None, "pronoun", span_start, span_end)
    own = _parse_words(text, words, anaphor, names, ents)
    if ents:
        ent_sp = _from_entities(text, span_start, span_end, names, ents)
        if ent_sp is not None:
            span_words = set(text[ent_sp.start:ent_sp.end].split())
            own_words, ent_words = set(own.name.split()) if own else set(), set(ent_sp.name.split())
            expanded = not ent_words <= span_words  # the canonicaliser found a fuller name
            sure = max((e.confidence for e in ents.within(ent_sp.start, ent_sp.end)), default=0.0) \
                >= float(setting("ner_veto_confidence"))
            if own is not None and own.kind == "name" and own.label == "PERSON" and ent_sp.label == "PERSON" \
                    and span_words & own_words and not (own_words < ent_words and expanded) \
                    and not (span_words < own_words and sure):
                # same person: the capitalisation rules draw name boundaries better than a NER span
                # that lost a word ("Muhammad Iqbal") or swept one in ("Bukalapak Kurnia Rosyada")
                return own if own.role or not ent_sp.role else Speaker(
                    own.name, own.label, ent_sp.role, own.kind, own.start, own.end)
            return ent_sp
    return own


def _from_entities(text: str, start: int, end: int, names: NameIndex, ents: EntityIndex) -> Speaker | None:
    """The speaker named by the last PERSON/ORG entity in the phrase, its name cleaned of role,
    place and outlet words the NER may have swept in; ``None`` when the entity is only the
    complement of a person's role (``Sekjen PBB``)."""
    L = lex()
    found = ents.within(start, end)
    if not found:
        return None
    ent = found[-1]
    before = [w.lower() for w in re.findall(r"\w+", text[start:ent.start])]
    if ent.label == "ORG" and any(w in L.role_words and w not in L.org_heads for w in before):
        return None
    role_text = text[start:ent.start].strip(" ,") or None
    name = ent.canonical or ent.text
    if ent.label == "PERSON":
        ws = name.split()
        while ws and not _word_ok_in_name(ws[-1].strip(".,")) or ws and "." in ws[-1]:
            ws = ws[:-1]
        role, clean = split_name(ws, names.lower_vocab)
        clean = names.trim(clean)
        if clean:
            if role:
                role_text = " ".join(([role_text] if role_text else []) + role)
            name = " ".join(clean)
    return Speaker(name, ent.label, ent.role or _clean_role(role_text), "name", ent.start, ent.end)


def _parse_words(text: str, words: list[tuple[str, int, int]], anaphor: bool, names: NameIndex,
                 ents: EntityIndex) -> Speaker | None:
    """The speaker of a collected phrase (no NER): apposition, name/role split, descriptions."""
    L = lex()
    span_start, span_end = words[0][1], words[-1][2]
    plain = [t for t in words if t[0] not in {"(", ")"}]
    if anaphor:
        desc = text[span_start:span_end]
        return Speaker(desc, "PERSON", None, "anaphor", span_start, span_end)
    # apposition: "Menteri Luar Negeri Ukraina, Dmytro Kuleba"
    chunks: list[list[tuple[str, int, int]]] = [[]]
    for t in words:
        if t[0] == ",":
            chunks.append([])
        else:
            chunks[-1].append(t)
    chunks = [c for c in chunks if c]
    order = list(range(len(chunks) - 1, -1, -1))
    if len(chunks) > 1:  # "Dedy, Kepala Peleton B": a chunk that is only a name comes first
        pure = [ci for ci in order if not split_name([t[0] for t in chunks[ci]], names.lower_vocab)[0]]
        order = pure + [ci for ci in order if ci not in pure]
    for ci in order:
        chunk = chunks[ci]
        ws = [t[0] for t in chunk]
        role, name = split_name(ws, names.lower_vocab)
        if name:
            if ci < len(chunks) - 1 and not role:
                other = text[chunks[ci + 1][0][1]:chunks[-1][-1][2]]
                if _label_for(name, _determiner(plain)) == "PERSON":
                    return Speaker(" ".join(names.trim(name)), "PERSON", _clean_role(other), "name",
                                   chunk[0][1], chunk[-1][2])
            name = names.trim(name)
            n0 = chunk[len(ws) - len(name)]
            role_text = text[span_start:n0[1]].strip(" ,") or None
            label = _label_for(name, _determiner(plain))
            if label == "ORG":
                return _org(text, plain, ents)
            return Speaker(" ".join(name), "PERSON", _clean_role(role_text), "name", n0[1], chunk[-1][2])
    first = next((t[0].lower() for t in plain if t[0].lower() not in L.determiners), "")
    if first in L.anaphor_nouns:
        return Speaker(text[span_start:span_end], "PERSON", None, "anaphor", span_start, span_end)
    if any(is_cap(t[0]) for t in plain):
        if first in L.role_words and first not in L.org_heads:
            ws = [t[0] for t in plain]
            person = names.by_role(ws, span_start)
            if person:
                return Speaker(" ".join(person), "PERSON", _clean_role(" ".join(ws)), "name",
                               span_start, span_end)
            return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)
        return _org(text, plain, ents)
    return Speaker(text[span_start:span_end], "PERSON", None, "description", span_start, span_end)


def _late_name(text: str, toks: list[tuple[str, int, int]], k: int,
               names: NameIndex) -> tuple[int, int, str] | None:
    """``kata salah satu pedagang di Pasar Slipi, Jakarta Barat, Sri saat ditemui``: a name chunk
    after a place complement of a lowercase description."""
    if k >= len(toks) or toks[k][0].lower() not in {"di", "dari", "asal", "warga"}:
        return None
    chunks: list[list[tuple[str, int, int]]] = [[]]
    j = k + 1
    while j < len(toks) and j < k + 14:
        w = toks[j][0]
        if w == ",":
            chunks.append([])
        elif is_cap(w) and w[0].isalpha():
            chunks[-1].append(toks[j])
        else:
            break
        j += 1
    nxt = toks[j][0].lower() if j < len(toks) else ""
    if len(chunks) < 2 or not chunks[-1] or nxt in {"", ".", "di"}:
        return None
    last = chunks[-1]
    ws = [t[0] for t in last]
    role, name = split_name(ws, names.lower_vocab)
    if role or not name or any(w in names.place_like for w in name):
        return None
    return last[0][1], last[-1][2], " ".join(name)


def _determiner(words: list[tuple[str, int, int]]) -> str | None:
    if words and words[0][0].lower() in lex().determiners:
        return words[0][0].lower()
    return None


def _org(text: str, words: list[tuple[str, int, int]], ents: EntityIndex) -> Speaker:
    """An organisation (or capitalised description) speaker: from the first capitalised word."""
    i = 0
    while i < len(words) and not is_cap(words[i][0]):
        i += 1
    s, e = words[i][1], words[-1][2]
    label = "ORG"
    return Speaker(text[s:e], label, None, "name", s, e)


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.strip(" ,")
    L = lex()
    ws = role.split()
    while ws and ws[0].lower().rstrip(".") in L.titles:
        ws = ws[1:]
    while ws and ws[-1].lower().rstrip(".") in L.titles:
        ws = ws[:-1]
    return " ".join(ws) or None
