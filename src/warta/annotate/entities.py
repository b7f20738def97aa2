"""Entities as the product reports them: clean spans, canonical names, roles, extra mentions.

``build_entities(text, spans)`` turns raw NER spans (``(start, end, label, confidence)``, labels
``PERSON``/``ORG``/``LOC``) into :class:`warta.model.Entity` records in article order:

1. each span is trimmed (outer punctuation, a trailing ``(ACR)``); person spans lose titles, ranks
   and offices (``Presiden Joko Widodo`` -> ``Joko Widodo``, role ``Presiden``);
2. mentions the NER missed are added when cheap and reliable: later occurrences of a form
   already recognised in the article (``Stoltenberg`` after ``Jens Stoltenberg``), acronyms defined
   in the text, well-known nicknames, gazetteer places (countries, provinces, big cities);
3. ``canonical`` is the fullest form the article uses (see :mod:`warta.annotate.canonical`);
   mentions of one canonical name share one label (confidence-weighted vote);
4. ``role`` comes from the span, the words before the name or an apposition after it; a mention
   without its own role gets the first role found for the same person in the article.

See ``docs/entities.md``. Helpers for other annotators: :func:`strip_title`, :func:`fullest_name`.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

from warta.annotate.canonical import (
    Acronym,
    drop_brackets,
    find_acronyms,
    fullest_name,
    is_generic,
    nickname_full,
    org_canonicals,
    person_canonicals,
    written_spelling,
)
from warta.annotate.entity_appositions import appositive_roles
from warta.annotate.entity_discover import discover_persons
from warta.annotate.entity_extras import (
    apply_aliases,
    drop_spelled_out,
    end_credit,
    expand_acronym_heads,
    head_places,
    initials,
    office_led,
    person_heads,
    reporter_credit,
    short_forms,
)
from warta.annotate.entity_filters import (
    clean_span,
    extend_left,
    extend_over_acronym,
    extend_right,
    in_dateline,
    trim,
)
from warta.annotate.entity_first_names import first_names_after_acronyms, first_names_out_of_orgs
from warta.annotate.entity_glue import (
    acronym_in_names,
    join_office_place,
    join_org_country,
    place_after_acronym,
    split_glued,
    split_office_place_name,
    split_org_person,
    split_pairs,
    split_place_person,
)
from warta.annotate.entity_headings import trim_heading_persons
from warta.annotate.entity_kinds import dual_premises, fix_kinds, fix_names
from warta.annotate.entity_leads import (
    join_middle_initials,
    places_named_by_persons,
    speaking_first_names,
    split_named_tail,
    with_leading_initials,
)
from warta.annotate.entity_lexicons import WORD, common_words_only, is_acronym, lexicons, setting
from warta.annotate.entity_lists import places_in_lists
from warta.annotate.entity_mentions import Mention, Tokens, forms_of, scan
from warta.annotate.entity_nicknames import nickname_mentions, quoted_nickname_names
from warta.annotate.entity_roles import (
    companies_of_offices,
    role_after,
    role_span_before,
    roles_without_names,
    royal_first_name,
    royal_start_before,
    split_name,
    strip_title,
)
from warta.annotate.entity_sources import typed_orgs
from warta.model import Entity

__all__ = ["build_entities", "strip_title", "fullest_name", "LABELS"]

LABELS = ("PERSON", "ORG", "LOC")
_WORD_BEFORE = re.compile(r"([A-Z][\w&-]*)[ \t]+$")


def _org_name(name: str, acronyms: dict[str, Acronym], text: str) -> str:
    """An organisation's (or place's) name: brackets dropped, a defined acronym expanded.

    ``ACR rest`` becomes ``Expansion rest`` when the text writes ``Expansion (ACR) rest``
    (``Sudin Gulkarmat Jakarta Timur`` after ``Suku Dinas ... (Sudin Gulkarmat) Jakarta Timur``), or
    always with ``expand_leading_acronym``.
    """
    name = drop_brackets(name)
    acr = acronyms.get(name)
    if acr is not None:
        return acr.expansion
    for acr in acronyms.values():
        if name.startswith(acr.acronym + " "):
            rest = name[len(acr.acronym) + 1:]
            written = " ".join(text[acr.after:acr.after + len(rest) + 20].split()).startswith(rest)
            if written or setting("expand_leading_acronym"):
                return f"{acr.expansion} {rest}"
    return name


def _join_acronym(text: str, s: int, e: int, acronyms: dict[str, Acronym]) -> tuple[int, int]:
    """Grow an organisation span over the acronym definition it overlaps and what follows it."""
    for acr in acronyms.values():
        if acr.start < e and s < acr.end and acr.label == "ORG":
            s, e = min(s, acr.start), max(e, acr.end)
    return s, extend_over_acronym(text, s, e, acronyms)


def _from_span(text: str, span: tuple[int, int, str, float], acronyms: dict[str, Acronym]) -> Mention | None:
    s, e, label, conf = span
    if label not in LABELS:
        return None
    s, e = trim(text, int(s), int(e))
    if label == "ORG":
        left = extend_left(text, s) if setting("extend_org_left") else s
        if left < s:  # "DPW" + "PKB" + "DKI Jakarta"
            s, e = left, extend_right(text, e)
        s, e = _join_acronym(text, s, e, acronyms)
    cleaned = clean_span(text, s, e, label)
    if cleaned is None:
        return None
    s, e, label = cleaned
    if setting("drop_dateline_outlets") and (label == "ORG" or "." in text[s:e]) and in_dateline(text, s, e):
        return None  # "Jakarta (ANTARA) -", "LONDON, JUARA.net -"
    if label != "PERSON" and (end_credit(text, s, e) or office_led(text, s, e)):
        return None
    if reporter_credit(text, s, e):
        return None  # "… kepada pihak keluarga. (Angga/tri)": the reporter and editor codes
    acr = acronyms.get(drop_brackets(text[s:e]))
    if acr is not None and is_generic(acr.acronym, acr.expansion):
        return None  # "KSAD" of "Kepala Staf Angkatan Darat (KSAD)": an office
    lx = lexicons()
    # "[ \t]+$" needs a space or tab before s (or before a final newline): else no start can match
    before = _WORD_BEFORE.search(text, max(0, s - 40), s) if s > 1 and text[s - 1] in " \t\n" else None
    prev = before.group(1) if before else ""
    if label == "PERSON" and prev.lower() in lx.org_heads:
        label, s = "ORG", before.start(1)  # "Komunitas" + "Warteg Nusatara" is no person
    if prev and " " not in text[s:e].strip() and text[s:e].lower() in lx.org_words and label != "PERSON":
        return None  # "RI" of "Kementerian Kesehatan RI" tagged alone
    role = None
    if label == "PERSON":
        s = royal_start_before(text, s) or s  # "PSSI Ratu" + "Tisha Destria": "Ratu" opens the name
        a, b, role, _titles = split_name(text[s:e])
        if a > 0 and royal_first_name(text, s) and " " not in text[s:s + a].strip():
            a, role = 0, None  # (and is no office of it)
        if b <= a:
            return None
        cleaned = clean_span(text, s + a, s + b, label)
        if cleaned is None:
            return None
        s, e, label = cleaned
    raw = text[s:e]
    if len(raw) < 2 or not any(c.isupper() for c in raw) or (raw[0].islower() and "." in raw):
        return None
    if label == "PERSON":
        name = drop_brackets(raw)
    elif label == "LOC" and raw.isupper() and raw in lexicons().places_upper:
        name = lexicons().places_upper[raw]
    else:
        name = _org_name(raw, acronyms, text)
    if " ".join(name.lower().split()) in lexicons().generic:
        return None
    return Mention(s, e, label, float(conf), name, role)


def _complete_prefixes(text: str, mentions: list[Mention]) -> None:
    """Grow a span that stops short of a longer name the article tags elsewhere with the same label
    (``Pasar Inpres Pasar`` when ``Pasar Inpres Pasar Minggu`` is tagged too)."""
    forms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for m in mentions:
        forms[m.label].append(tuple(WORD.findall(text[m.start:m.end])))
    for m in mentions:
        words = tuple(WORD.findall(text[m.start:m.end]))
        longer = [f for f in forms[m.label] if len(f) > len(words) and f[:len(words)] == words]
        for form in sorted(longer, key=len, reverse=True):
            need = len(form) - len(words)
            rest = list(WORD.finditer(text, m.end, min(len(text), m.end + 40 * need)))[:need]
            if len(rest) < need or not _spaced(text, m.end, rest):
                continue
            if tuple(w.group() for w in rest) != form[len(words):]:
                continue
            end = rest[-1].end()
            if not any(o is not m and o.start < end and m.end < o.end for o in mentions):
                m.end = end
                m.name = text[m.start:m.end] if m.label != "ORG" else drop_brackets(text[m.start:m.end])
            break


def _spaced(text: str, pos: int, words: list) -> bool:
    """True when ``words`` follow ``pos`` separated by whitespace only."""
    for w in words:
        if not text[pos:w.start()].isspace():
            return False
        pos = w.end()
    return True


def _discovered(text: str, mentions: list[Mention], tk: Tokens) -> list[Mention]:
    """Person mentions found after offices (see :mod:`warta.annotate.entity_discover`).

    A name that ends an organisation or place span (``Kementerian Luar Negeri Arrmanatha Nasir``)
    is cut out of that span."""
    # words of organisation/place mentions count as an office's complement, except the last two
    # words of a span (they may be a name the NER swallowed: "Kementerian X Dewi Lestari")
    known = frozenset(w for m in mentions if m.label != "PERSON"
                      for w in WORD.findall(text[m.start:m.end])[:-2])
    conf = setting("discovered_confidence")
    others = [(m, tuple(WORD.findall(text[m.start:m.end]))) for m in mentions if m.label != "PERSON"]
    all_other = {w for _, f in others for w in f}
    out = []
    inside = bytearray(len(text))
    for m in mentions:
        if m.label != "PERSON":
            inside[m.start:m.end] = b"\x01" * (m.end - m.start)
    for s, e, after_comma in discover_persons(text, known, tk.matches, inside):
        name_words = WORD.findall(text[s:e])
        if len(name_words) == 1 and name_words[0] in all_other and any(
                name_words[0] in f for m, f in others if m.end <= s or m.start >= e):
            continue  # "Ketum Hanura" where "Partai Hanura" is an organisation
        j = bisect.bisect_left(tk.ends, e)
        forms = {f for m, f in others if (m.end <= s or m.start >= e) and len(f) <= j + 1}
        if any(tk.ends[j] == e and tuple(tk.words[j - len(f) + 1:j + 1]) == f for f in forms):
            continue  # "anggota Fraksi Partai Surya" where "Partai Surya" is an organisation
        over = [m for m in mentions if m.start < e and s < m.end]
        people = [m for m in over if m.label == "PERSON"]
        if people:
            # "Lalu Muhammad Iqbal" after an office where the NER tagged "Muhammad Iqbal"
            if after_comma and len(people) == len(over) == 1 and s <= people[0].start and people[0].end <= e:
                people[0].start, people[0].end, people[0].name = s, e, text[s:e]
            continue
        same = [m for m in over if m.start == s and m.end == e]
        if same:  # an office names this span a person: "Presiden Rusia, Vladimir Putin" tagged LOC
            for m in same:
                m.label, m.name, m.conf = "PERSON", text[s:e], max(m.conf, conf)
            continue
        if any(not (m.start < s < m.end <= e) for m in over):
            continue
        if over and not all(_cut_trusted(text, m, s, e) for m in over):
            continue
        for m in over:  # the name ends this organisation/place span: shrink it
            end = s
            while end > m.start and text[end - 1] in " ,\t":
                end -= 1
            m.end = end
            m.name = text[m.start:m.end] if m.label == "LOC" else drop_brackets(text[m.start:m.end])
        out.append(Mention(s, e, "PERSON", conf, text[s:e]))
    return out


def _cut_trusted(text: str, m: Mention, s: int, e: int) -> bool:
    """Whether the name ``s:e`` found after an office may be cut out of the span ``m`` it ends or
    overlaps: a two-word name cut from the end of a span whose rest is two words or one proper name
    that is no institution word (``Pertamina`` + ``Nicke Widyawati``, not ``Universitas`` + ``Gadjah
    Mada``), or any name when what stays of the span is an acronym or a gazetteer place (``DKI`` +
    ``Masrokhan``, ``DKI Jakarta`` + ``Sandiaga``)."""
    kept = WORD.findall(text[m.start:s])
    if not kept:
        return False
    lx = lexicons()
    if tuple(kept) in lx.places or all(is_acronym(w) for w in kept):
        return True
    if len(text[s:e].split()) < 2 or m.end != e:
        return False
    if len(kept) == 1:  # "Direktur Utama Pertamina Nicke Widyawati": a proper name, no institution word
        low = kept[0].lower()
        return kept[0][:1].isupper() and low not in lx.org_heads and low not in lx.org_words \
            and low not in lx.common and low not in lx.place_heads
    return True


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start, m.conf) > (out[-1].end - out[-1].start, out[-1].conf):
                out[-1] = m
            continue
        out.append(m)
    return out


def _canonicalise(mentions: list[Mention]) -> None:
    lx = lexicons()
    apply_aliases(mentions)
    expand_acronym_heads(mentions)
    for m in mentions:
        if m.label != "PERSON" and m.name in lx.nicknames:
            m.label = "PERSON"  # "SBY" tagged ORG
    parts = {w for m in mentions if m.label == "PERSON" for w in m.name.split() if len(m.name.split()) >= 2}
    for m in mentions:
        if m.label != "PERSON" and m.name in parts and (m.name,) not in lx.places and not m.name.isupper():
            m.label = "PERSON"  # "Putin" tagged LOC where "Vladimir Putin" is a person
    written = {m.name for m in mentions if m.label == "PERSON"}
    full = {n: written_spelling(f, written) for n in written if (f := nickname_full(n))}
    people = [full.get(m.name, m.name) for m in mentions if m.label == "PERSON"]
    canon = person_canonicals(people)
    orgs = org_canonicals(m.name for m in mentions if m.label == "ORG") if setting("org_aliases") else {}
    for m in mentions:
        if m.label == "PERSON":
            base = full.get(m.name, m.name)
            m.canonical = canon.get(base, base)
        else:
            m.canonical = orgs.get(m.name, m.name) if m.label == "ORG" else m.name
    short_forms(mentions)
    if setting("unify_labels"):
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for m in mentions:
            votes[m.canonical.lower()][m.label] += m.conf
        for m in mentions:
            v = votes[m.canonical.lower()]
            m.label = max(LABELS, key=lambda lab: (v.get(lab, 0.0), lab == m.label))


def _assign_roles(text: str, mentions: list[Mention],
                  seen: dict[tuple[int, int], tuple[str | None, int]] | None = None) -> list[tuple[int, int]]:
    """Fill ``role`` of person mentions that have none; return the character ranges of the roles
    read before names (a place inside them, ``Presiden Rusia``, is still a place). ``seen`` keeps
    the roles read before ``(start, floor)`` across calls on the same text."""
    ranges = []
    floor = 0
    seen = {} if seen is None else seen
    persons = [m.start for m in mentions if m.label == "PERSON"]
    for m in mentions:
        if m.label == "PERSON":
            if m.role is None:
                key = (m.start, floor)
                if key not in seen:
                    seen[key] = role_span_before(text, m.start, floor)
                m.role, at = seen[key]
                if m.role:
                    ranges.append((at, m.start))
                else:
                    m.role = role_after(text, m.end, persons)
            floor = m.end
    return ranges


def _share_roles(mentions: list[Mention]) -> None:
    """A person mention without a role of its own gets the person's first role in the article."""
    first: dict[str, str] = {}
    for m in mentions:
        if m.label == "PERSON" and m.role:
            first.setdefault(m.canonical, m.role)
    for m in mentions:
        if m.label == "PERSON" and m.role is None:
            m.role = first.get(m.canonical)


def build_entities(text: str, spans: Sequence[tuple[int, int, str, float]]) -> list[Entity]:
    """Entities of one article from its clean ``text`` and raw NER ``spans``, in article order.

    ``spans`` are ``(start, end, label, confidence)`` with labels ``PERSON``, ``ORG``, ``LOC``
    (other labels are ignored; the list may be empty). Every returned entity satisfies
    ``entity.text == text[entity.start:entity.end]``.
    """
    spans = [tuple(s) for s in spans]
    acronyms = find_acronyms(text, spans)
    mentions = [m for m in (_from_span(text, s, acronyms) for s in spans) if m is not None]
    mentions = drop_spelled_out(text, mentions, acronyms)
    mentions = _drop_overlaps(mentions)
    mentions = _drop_overlaps(mentions + initials(text, mentions, acronyms))
    tk = Tokens(text)
    split_glued(text, mentions)
    _complete_prefixes(text, mentions)
    if setting("discover_persons"):
        mentions = sorted(mentions + _discovered(text, mentions, tk), key=lambda m: m.start)
    mentions = sorted(mentions + typed_orgs(text, mentions, tk) + person_heads(text, mentions, tk),
                      key=lambda m: m.start)
    mentions = sorted(mentions + head_places(text, mentions, tk), key=lambda m: m.start)
    mentions = split_office_place_name(text, split_place_person(text, mentions))
    mentions = join_office_place(text, split_pairs(text, mentions))
    mentions = sorted(mentions + nickname_mentions(text, mentions, setting("propagated_confidence")),
                      key=lambda m: m.start)
    mentions = quoted_nickname_names(text, mentions, setting("propagated_confidence"))
    roles_seen: dict[tuple[int, int], tuple[str | None, int]] = {}
    role_ranges = _assign_roles(text, mentions, roles_seen)
    forms = forms_of(mentions, acronyms)
    found = scan(text, mentions, forms, tk, role_ranges, lambda raw: _org_name(raw, acronyms, text))
    found = [m for m in found if m.label != "ORG" or not (
        end_credit(text, m.start, m.end) or in_dateline(text, m.start, m.end))]
    mentions = split_org_person(text, fix_kinds(text, sorted(mentions + found, key=lambda m: m.start)))
    mentions = join_org_country(text, sorted(mentions, key=lambda m: m.start))
    mentions = first_names_after_acronyms(text, first_names_out_of_orgs(text, mentions))
    mentions = with_leading_initials(text, join_middle_initials(text, split_named_tail(text, mentions)))
    mentions = places_named_by_persons(text, speaking_first_names(text, mentions))
    trim_heading_persons(text, mentions)
    mentions = places_in_lists(text, mentions)
    _canonicalise(mentions)
    fix_names(text, mentions)
    # "Susunan pemain …", "Yuk langsung …": a capitalised common word is no person
    mentions = [m for m in mentions if m.label != "PERSON" or not common_words_only(m.canonical or m.name)]
    place_after_acronym(text, mentions, acronyms)
    acronym_in_names(mentions)
    mentions = dual_premises(text, mentions)
    _assign_roles(text, mentions, roles_seen)
    appositive_roles(text, mentions)
    roles_without_names(mentions)
    companies_of_offices(mentions)
    if setting("propagate_roles"):
        _share_roles(mentions)
    return [Entity(text=text[m.start:m.end], label=m.label, start=m.start, end=m.end,
                   canonical=m.canonical, role=m.role, confidence=round(min(1.0, max(0.0, m.conf)), 3))
            for m in mentions]


def find_entity(entities: Sequence[Entity], offset: int) -> Entity | None:
    """The entity whose span contains the character ``offset``, if any (entities sorted by start)."""
    i = bisect.bisect_right([e.start for e in entities], offset) - 1
    if i >= 0 and entities[i].start <= offset < entities[i].end:
        return entities[i]
    return None

