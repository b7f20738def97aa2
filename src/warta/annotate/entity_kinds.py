"""Kind checks run on all mentions of an article (after the scan for missed mentions):

- ``fix_kinds``: places that only name a sports event (``Australia Terbuka``, ``Stanford Classic``;
  ``entity_events.tsv``), and the host city of such an event written alone after
  ``di``/``ke`` (``tiba di Cincinnati``) as a place; a capitalised common word that only opens a
  sentence and is written in lower case elsewhere in the article (``Insiden ini ...``, ``Tetangga
  yang ...``); a name tagged as a person between an office over a place and a comma before a person
  (``wali Kota Levallois-Perret, Patrick Balkany``; ``entity_place_offices.txt``); a lower-case
  kind of place before a place (``kota Paris``; ``entity_admin_heads.txt``); two places joined by a
  dash (``Jakarta-Cimahi``); a place right before a club tail (``Bali`` + ``United``,
  ``entity_club_tails.txt``) is the club; two adjacent mentions that together are a name tagged elsewhere
  (``Bali`` + ``United``); untagged Balinese names (``I Made Kadek Wardhana``;
  ``entity_name_openers.txt``) and clubs (``Chennai Smashers``); an office after a naming cue is
  part of the name (``bernama Sultan Azianzah``), a noble honorific is not (``RA Kartini``);
- ``fix_names`` (after canonical names): nicknames the article defines (``X alias Y``, ``Y, sapaan
  akrab X``; :mod:`.entity_nicknames`) are that person; a short
  form of ``nicknames.tsv`` (``Megawati``) stays as written when the full name is not; a bare
  place is the administrative unit the article writes with its head (``Cipondoh`` ->
  ``Kecamatan Cipondoh``; ``entity_admin_units.txt``); the first word of a company name after its
  legal form (``Ramayana`` of ``PT Ramayana Lestari Sentosa Tbk``) is that company.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.entity_filters import sentence_initial
from warta.annotate.entity_lexicons import LANG, WORD, dual_heads, extras, lexicons, setting
from warta.annotate.entity_mentions import Mention
from warta.annotate.entity_nicknames import link_nicknames
from warta.lang import glued_common, lexicon, table

_NEXT_WORD = re.compile(r"[ \t]+([^\W_][\w.'’-]*)")
_PREV_WORD = re.compile(r"([^\W_][\w.'’-]*)[ \t]+$")
_LOCATIVE = frozenset({"di", "ke"})
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LEGAL_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "Perum", "Persero"})


@cache
def _events() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words after a place, words before it, words after the event's host place)."""
    after, before, host = set(), set(), set()
    for row in table(LANG, "entity_events"):
        if len(row) < 2:
            continue
        (after if row[1].strip() == "after" else before).add(row[0].strip())
        if len(row) > 2 and row[2].strip() == "1":
            host.add(row[0].strip())
    return frozenset(after), frozenset(before), frozenset(host)


@cache
def _phrases(name: str) -> frozenset[str]:
    return frozenset(" ".join(e.lower().split()) for e in lexicon(LANG, name))


def _next_word(text: str, e: int) -> str:
    m = _NEXT_WORD.match(text, e)
    return m.group(1).rstrip(".") if m else ""


def _prev_words(text: str, s: int, n: int) -> list[str]:
    words = WORD.findall(text[max(0, s - 40):s].rsplit("\n", 1)[-1])
    return words[-n:] if text[max(0, s - 1):s].isspace() else []


@cache
def _event_pattern() -> re.Pattern[str]:
    tails = "|".join(re.escape(t) for t in sorted(_events()[0], key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])([A-Z][\w-]+)[ \t]+({tails})(?![\w-])")


def _event_places(text: str, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    """Mentions without the places that only name an event, and the host places seen."""
    after, before, host = _events()
    keep, hosts = [], set()
    if not any(w in text for w in after | before):
        return mentions, hosts
    for m in mentions:
        if m.label != "LOC":
            keep.append(m)
            continue
        words = WORD.findall(text[m.start:m.end])
        nxt = _next_word(text, m.end)
        prev = _prev_words(text, m.start, 1)
        if nxt in after or (len(words) >= 2 and words[-1] in after) or (prev and prev[0] in before):
            continue
        keep.append(m)
    events = set()
    for h in _event_pattern().finditer(text):  # "Cincinnati Terbuka", "Stanford Classic", tagged or not
        (hosts if h.group(2) in host else events).add(h.group(1))
    events -= hosts
    # "mundur dari Stanford" after "Stanford Classic": the event again (but "di Stanford" is a place)
    keep = [m for m in keep if not (m.label == "LOC" and text[m.start:m.end] in events
                                    and _prev_words(text, m.start, 1)[:1] != ["di"])]
    return keep, hosts


def _host_places(text: str, mentions: list[Mention], hosts: set[str]) -> list[Mention]:
    """``di Cincinnati`` where ``Cincinnati Terbuka`` names an event: the host city."""
    after = _events()[0]
    out = []
    for name in sorted(hosts):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            s, e = m.start(), m.end()
            prev = _prev_words(text, s, 1)
            if not prev or prev[0] not in _LOCATIVE or _next_word(text, e) in after:
                continue
            if any(o.start < e and s < o.end for o in mentions):
                continue
            out.append(Mention(s, e, "LOC", 0.6, name))
    return out


def _in_lower_case(text: str, word: str) -> bool:
    """True when ``text`` writes ``word`` in lower case as a whole word (``tetangga-tetangganya``)."""
    low = word.lower()
    return low != word and re.search(r"(?<![^\W_])" + re.escape(low) + r"(?![^\W_])", text) is not None


def _title_line(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is a title-cased headline (most words of 4+ letters capitalised)."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = [w for w in WORD.findall(text[a:b if b >= 0 else len(text)]) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _sentence_commons(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop one-word mentions that only open a sentence and are a word the article writes in
    lower case (``Insiden ini`` ... ``insiden penabrakan``)."""
    lx, ex = lexicons(), extras()
    names: dict[str, bool] = {}  # one-word candidate -> also capitalised in mid-sentence

    def name_elsewhere(raw: str) -> bool:
        if raw not in names:
            names[raw] = any(not sentence_initial(text, o.start()) and not _title_line(text, o.start())
                             for o in re.finditer(r"(?<![\w-])" + re.escape(raw) + r"(?![\w-])", text))
        return names[raw]

    parts = {w for m in mentions if m.label == "PERSON" for w in m.name.split() if " " in m.name}
    out = []
    for m in mentions:
        raw = text[m.start:m.end]
        if (" " not in raw and not raw.isupper() and sentence_initial(text, m.start)
                and _in_lower_case(text, raw) and raw not in parts and (raw,) not in lx.places
                and raw not in lx.nicknames and (raw,) not in ex.orgs and (raw,) not in lx.orgs
                and not name_elsewhere(raw)):
            continue
        _drop_opening_adverb(text, m)
        out.append(m)
    return out


def _drop_opening_adverb(text: str, m: Mention) -> None:
    """``Rencananya Rizieq akan tiba``: a sentence-opening common word with ``-nya`` (``rencana``
    + ``nya``) glued to the name that follows is no part of it."""
    first, sep, rest = m.name.partition(" ")
    if sep and glued_common(first, lexicons().common) and rest[:1].isupper() \
            and text.startswith(first, m.start) and sentence_initial(text, m.start):
        m.start = m.start + len(first) + 1
        m.name = rest


def _places_after_offices(text: str, mentions: list[Mention]) -> None:
    """``wali Kota Levallois-Perret, Patrick Balkany``: the span tagged as a person is the place."""
    offices = _phrases("entity_place_offices")
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        if m.label != "PERSON" or nxt.label != "PERSON":
            continue
        if not _COMMA.fullmatch(text[m.end:nxt.start]):
            continue
        prev = [w.lower() for w in _prev_words(text, m.start, 3)]
        if any(" ".join(prev[k:]) in offices for k in range(len(prev))):
            m.label, m.role, m.name = "LOC", None, text[m.start:m.end]


def _admin_heads(text: str, mentions: list[Mention]) -> None:
    """``kota Paris`` is named ``Paris`` (a lower-case kind of place before a capitalised place); the
    span keeps the head, as the NER test sets tag it."""
    heads = _phrases("entity_admin_heads")
    for m in mentions:
        if m.label != "LOC" or not text[m.start:m.start + 1].islower():
            continue
        words = list(WORD.finditer(text, m.start, m.end))
        for k in range(1, min(3, len(words))):
            if " ".join(w.group() for w in words[:k]) in heads and words[k].group()[:1].isupper():
                m.name = text[words[k].start():m.end]
                break


def _routes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Jakarta-Cimahi``: two gazetteer places joined by a dash are two places."""
    places = lexicons().places
    out = []
    for m in mentions:
        raw = text[m.start:m.end]
        parts = raw.split("-")
        if m.label == "LOC" and len(parts) == 2 and all((p,) in places for p in parts):
            cut = m.start + len(parts[0])
            out.append(Mention(m.start, cut, "LOC", m.conf, parts[0]))
            out.append(Mention(cut + 1, m.end, "LOC", m.conf, parts[1]))
        else:
            out.append(m)
    return out


def _merge_fragments(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Bali`` + ``United`` where ``Bali United`` is tagged elsewhere: one mention."""
    forms = {text[m.start:m.end]: m for m in mentions if " " in text[m.start:m.end]}
    out: list[Mention] = []
    for m in mentions:
        if out and text[out[-1].end:m.start] == " ":
            whole = forms.get(text[out[-1].start:m.end])
            if whole is not None:
                prev = out[-1]
                conf = max(prev.conf, m.conf)
                out[-1] = Mention(prev.start, m.end, whole.label, conf, whole.name, whole.role)
                continue
        out.append(m)
    return out


def _club_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Bali`` tagged as a place right before ``United`` (``entity_club_tails.txt``): the club."""
    tails = extras().club_tails
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        tail = _NEXT_WORD.match(text, m.end)
        if m.label != "PERSON" and tail and tail.group(1).rstrip(".,") in tails:
            end = tail.start(1) + len(tail.group(1).rstrip(".,"))
            if all(o is m or o.end <= m.start or o.start >= end or (o.start >= tail.start(1) and o.end <= end)
                   for o in mentions):
                m = Mention(m.start, end, "ORG", m.conf, text[m.start:end], m.role)
                skip_to = end
        out.append(m)
    return out


_CAP = r"[A-Z][\w'’-]+"
# a run of one to three capitalised words ending right before a club tail (searched up to the tail)
_RUN_BEFORE = re.compile(rf"(?<![\w.-])({_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+$")
_RUN_AFTER = re.compile(rf"(?:[ \t]+{_CAP}){{1,3}}(?![\w-])")


@cache
def _untagged_keys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Literal searches for Balinese name openings (``entity_name_openers.txt``) and club tails."""
    return tuple(re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                            + r")(?![\w-])")
                 for words in (lexicon(LANG, "entity_name_openers"), extras().club_tails))


def _untagged_spans(text: str) -> list[tuple[int, int, str]]:
    openers, tails = _untagged_keys()
    out = []
    for k in openers.finditer(text):  # "I Made" + "Kadek Wardhana"
        run = _RUN_AFTER.match(text, k.end())
        if run:
            out.append((k.start(), run.end(), "PERSON"))
    for k in tails.finditer(text):  # "Chennai" + "Smashers"
        run = _RUN_BEFORE.search(text, max(0, k.start() - 80), k.start())
        if run:
            out.append((run.start(1), k.end(), "ORG"))
    return out


def _untagged(text: str, mentions: list[Mention]) -> list[Mention]:
    """Balinese names (``I Made Kadek Wardhana``) and clubs (``Chennai Smashers``) no mention
    covers, in mid-sentence; their words must not be common words or stop words."""
    lx = lexicons()
    common = lx.common | lx.place_heads | lx.org_heads | lx.titles | lx.roles
    out: list[Mention] = []
    for s, e, label in _untagged_spans(text):
        words = text[s:e].split()
        while label == "ORG" and len(words) > 2 and words[0].lower() in common:
            s = text.index(words[1], s + len(words[0]))  # "Pemain" + "Bali United"
            words = words[1:]
        if label == "ORG" and (sentence_initial(text, s) or words[0].lower() in common):
            continue
        if label == "PERSON" and words[-1].lower() in common:
            continue
        if not any(o.start < e and s < o.end for o in mentions + out):
            out.append(Mention(s, e, label, 0.6, " ".join(words)))
    return out


def _person_names(text: str, mentions: list[Mention]) -> None:
    """``bernama Sultan Azianzah``: an office read off a name after a naming cue belongs to the name
    (``entity_name_cues.txt``); a noble honorific is no part of it (``RA Kartini``;
    ``entity_honorifics.txt``)."""
    cues = _phrases("entity_name_cues")
    honorifics = sorted(lexicon(LANG, "entity_honorifics"), key=len, reverse=True)
    for m in mentions:
        if m.label != "PERSON":
            continue
        if m.role and " " not in m.role.strip():
            at = text.rfind(m.role, max(0, m.start - len(m.role) - 2), m.start)
            prev = [w.lower() for w in _prev_words(text, at, 2)] if at >= 0 else []
            if at >= 0 and text[at + len(m.role):m.start].isspace() and prev and (
                    prev[-1] in cues or " ".join(prev) in cues):
                m.start, m.role, m.name = at, None, text[at:m.end]
        for h in honorifics:
            if m.name.startswith(h + " ") and m.name[len(h) + 1:][:1].isupper():
                m.name = m.name[len(h) + 1:]
                if text.startswith(h, m.start):
                    m.start = text.index(m.name, m.start)
                break


_AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,2}(?:[ \t]*(?:tahun|thn|th)\.?)?[ \t]*\)", re.IGNORECASE)


@cache
def _score_words() -> frozenset[str]:
    return frozenset(lexicon(LANG, "entity_score_words"))


def _sentence_around(text: str, pos: int) -> str:
    """The sentence (or line) of ``text`` around ``pos``, cut at ``. `` and line breaks."""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def _aged_persons(text: str, mentions: list[Mention]) -> None:
    """``NYD (37) ditangkap``: a short name followed by an age in brackets is a person, and so is
    every other mention of the same name (the NER reads bare initials as an organisation)."""
    places = lexicons().places
    scores = _score_words()
    aged = {m.name for m in mentions if m.label != "PERSON" and len(m.name.split()) <= 4
            and _AGE_AFTER.match(text, m.end) and tuple(m.name.split()) not in places
            and not scores.intersection(w.lower() for w in WORD.findall(_sentence_around(text, m.start)))}
    for m in mentions:
        if m.name in aged:
            m.label = "PERSON"


def fix_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """The article's mentions (sorted by start) with event places, sentence-initial common words,
    misread places and fragments repaired (see the module docstring); sorted by start."""
    mentions = _club_names(text, sorted(mentions, key=lambda m: m.start))
    mentions = _merge_fragments(text, mentions)
    mentions, hosts = _event_places(text, mentions)
    mentions = _sentence_commons(text, mentions)
    _places_after_offices(text, mentions)
    _person_names(text, mentions)
    _aged_persons(text, mentions)
    _admin_heads(text, mentions)
    mentions = _routes(text, mentions)
    mentions = mentions + _host_places(text, mentions, hosts)
    return sorted(mentions + _untagged(text, mentions), key=lambda m: m.start)


def fix_names(text: str, mentions: list[Mention]) -> None:
    """After canonical names: nicknames the article defines (``X alias Y``: every ``Y`` is the
    person ``X``); the word after a
    company's legal form (``Ramayana`` of ``PT Ramayana ...``) is that company."""
    link_nicknames(text, mentions)
    nicknames = lexicons().nicknames
    for m in mentions:  # "Megawati" alone: the fullest form written, not the lexicon's full name
        full = nicknames.get(m.name)
        if (m.label == "PERSON" and full and m.canonical == full and full not in text
                and set(m.name.split()) < set(full.split())):
            m.canonical = max((o.name for o in mentions if o.label == "PERSON" and o.canonical == full
                               and set(o.name.split()) <= set(full.split())), key=len)
    units = lexicon(LANG, "entity_admin_units")
    full_units: dict[str, set[str]] = {}
    for m in mentions:
        head, _, rest = m.name.partition(" ")
        if m.label == "LOC" and head in units and rest[:1].isupper():
            full_units.setdefault(rest, set()).add(m.canonical)
    for m in mentions:  # "Cipondoh" where "Kecamatan Cipondoh" is written
        if m.label == "LOC" and len(full_units.get(m.name, ())) == 1:
            m.canonical = next(iter(full_units[m.name]))
    companies: dict[str, set[str]] = {}
    for m in mentions:
        words = m.name.split()
        if m.label == "ORG" and len(words) >= 3 and words[0] in _LEGAL_FORMS and words[1][:1].isupper():
            companies.setdefault(words[1], set()).add(m.canonical)
    for m in mentions:
        full = companies.get(text[m.start:m.end])
        if full is not None and len(full) == 1 and m.label != "PERSON":
            m.label, m.canonical = "ORG", next(iter(full))


def dual_premises(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names of institutions that are also premises (``RS Polri``, ``Pengadilan Negeri X``,
    ``Masjid Raya X``; ``entity_dual_heads.txt``) once more with the other label (ORG <-> LOC),
    right before the first mention, when the article uses one of its mentions as a place (right
    after ``di``/``ke``/``dari``) and does not already have both labels; off with
    ``[entities] dual_premises = false``."""
    if not setting("dual_premises"):
        return mentions
    heads = dual_heads()
    labels: dict[str, set[str]] = {}
    for m in mentions:
        labels.setdefault(m.canonical, set()).add(m.label)
    candidates = set()
    for m in mentions:
        words = m.canonical.split()
        if m.label in ("ORG", "LOC") and len(words) >= 2 and (
                words[0] in heads or (len(words) >= 3 and " ".join(words[:2]) in heads)):
            candidates.add(m.canonical)
    if not candidates:
        return mentions
    premises = {m.canonical for m in mentions if m.canonical in candidates
                and [w.lower() for w in _prev_words(text, m.start, 1)] in (["di"], ["ke"], ["dari"])}
    out: list[Mention] = []
    for m in mentions:
        have = labels.get(m.canonical, set())
        if m.label in ("ORG", "LOC") and len(have) == 1 and m.canonical in premises:
            other = "LOC" if m.label == "ORG" else "ORG"
            out.append(Mention(m.start, m.end, other, m.conf, m.name, None, m.canonical))
            have.add(other)
        out.append(m)
    return out
