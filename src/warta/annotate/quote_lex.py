"""Lexicons and tunables of the quotation annotator, loaded once from ``lang/id`` and settings.

All word lists are data files (``src/warta/lang/id/*.txt``); this module only turns them into sets and
compiled patterns. The entity engineer's ``titles.txt`` and ``roles.txt`` are read when present and
merged with the annotator's own ``speaker_titles.txt`` and ``speaker_role_words.txt``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from warta import config
from warta.lang import lexicon, table

LANG = "id"


def _lower(name: str) -> frozenset[str]:
    """The entries of ``lang/<LANG>/<name>.txt``, lower-cased."""
    return frozenset(w.lower() for w in lexicon(LANG, name))


def _optional(name: str) -> tuple[str, ...]:
    try:
        return lexicon(LANG, name)
    except (FileNotFoundError, OSError):
        return ()


def _optional_table(name: str) -> tuple[tuple[str, ...], ...]:
    try:
        return tuple(table(LANG, name))
    except (FileNotFoundError, OSError):
        return ()


def _words(entries: tuple[str, ...]) -> frozenset[str]:
    """Single-word entries, lower case, final full stop removed (multi-word entries such as
    ``Sri Sultan`` are skipped: their words alone may be names)."""
    return frozenset(e.lower().rstrip(".") for e in entries if len(e.split()) == 1)


@dataclass(frozen=True)
class QuoteLexicon:
    """Word sets used by the quotation annotator (all lower case)."""

    cue_roots: frozenset[str]
    cue_active: frozenset[str]
    cue_comma: frozenset[str]
    nonspeech: frozenset[str]
    pronouns: frozenset[str]
    stopwords: frozenset[str]
    determiners: frozenset[str]
    titles: frozenset[str]
    role_words: frozenset[str]
    org_heads: frozenset[str]
    places: frozenset[str]
    source_nouns: frozenset[str]
    nonquote_before: frozenset[str]
    adverbs: frozenset[str]
    anaphor_nouns: frozenset[str]
    np_starts: frozenset[str]
    common_words: frozenset[str]
    nonname: frozenset[str]
    alias_markers: tuple[str, ...]
    non_subject_before: frozenset[str]
    clause_hints: frozenset[str]
    name_connectors: frozenset[str]
    modal_blockers: frozenset[str]
    chant_words: frozenset[str]
    cue_passive: frozenset[str]
    common: frozenset[str]
    request_markers: frozenset[str]
    np_links: frozenset[str]
    subject_tails: frozenset[str]
    cue_clausal: frozenset[str]
    cue_saying: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    manner_links: frozenset[str] = frozenset()
    appeal_object_verbs: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    cue_passive_media: frozenset[str] = frozenset()
    cue_passive_all: frozenset[str] = frozenset()  # cue_passive + agentive-only + media passives
    clause_preps: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    verb_tails: frozenset[str] = frozenset()
    cue_object: frozenset[str] = frozenset()
    complementisers: frozenset[str] = frozenset()
    post_verb_adverbs: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()  # "beberapa", "sejumlah": open a counted noun phrase
    conditional_markers: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()  # "Rumor mengatakan …": no speaker, no quotation
    statute_heads: frozenset[str] = frozenset()
    opening_adverbials: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    collective: frozenset[str] = frozenset()  # plural determiners: "para", "sejumlah"
    institution_nouns: frozenset[str] = frozenset()  # "lembaga", "institusi": point back to an organisation
    survey_nouns: frozenset[str] = frozenset()  # "survei", "polling": findings, no speech
    report_nouns: frozenset[str] = frozenset()
    temporal_subordinators: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    time_openers: tuple[tuple[str, ...], ...] = ()  # multiword, longest first
    cue_topic: frozenset[str] = frozenset()
    affirming_negations: frozenset[str] = frozenset()
    silent_cues: frozenset[str] = frozenset()
    evaluated_nouns: frozenset[str] = frozenset()
    subject_adjectives: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    prepositional: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    adverbial_openers: frozenset[str] = frozenset()
    field_words: frozenset[str] = frozenset()
    region_heads: frozenset[str] = frozenset()
    origin_words: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    department_words: frozenset[str] = frozenset()  # "Product Management" of an English office
    name_firsts: frozenset[str] = frozenset()  # name openers that are also common words ("Lalu")
    indefinites: tuple[str, ...] = ()
    participant_words: frozenset[str] = frozenset()  # "dengan", "bersama": another participant

    def is_short_cue(self, word: str) -> bool:
        """``kata``, ``ujarnya``, ``tuturnya``: a root of cue_verbs.txt, bare or with ``-nya``."""
        w = word.lower()
        return w in self.cue_roots or (w.endswith("nya") and w[:-3] in self.cue_roots)

    def is_active_cue(self, word: str) -> bool:
        """``mengatakan``, ``menambahkan``: a listed active speech verb."""
        return word.lower() in self.cue_active

    def is_name_stop(self, word: str) -> bool:
        """A capitalised word that can never be part of a personal name."""
        w = word.lower().rstrip(".")
        return w in self.role_words or w in self.titles or w in self.places or w in self.nonname


@cache
def lex() -> QuoteLexicon:
    """The annotator's lexicons (cached)."""
    roots = {w.lower() for w in lexicon(LANG, "cue_verbs")}
    return QuoteLexicon(
        cue_roots=frozenset(roots),
        cue_active=_lower("cue_verbs_active"),
        cue_comma=_lower("cue_verbs_comma"),
        nonspeech=_lower("quote_nonspeech_verbs"),
        pronouns=_lower("pronouns"),
        stopwords=_lower("speaker_stopwords"),
        determiners=_lower("speaker_determiners"),
        titles=_words(lexicon(LANG, "speaker_titles")) | _words(_optional("titles")),
        role_words=_words(lexicon(LANG, "speaker_role_words")) | _words(_optional("roles")),
        org_heads=_lower("speaker_org_heads"),
        places=_lower("speaker_place_words"),
        source_nouns=_lower("quote_source_nouns"),
        nonquote_before=_lower("quote_title_cues"),
        adverbs=_lower("quote_cue_adverbs"),
        anaphor_nouns=_lower("speaker_anaphor_nouns"),
        np_starts=_lower("quote_np_starts"),
        common_words=frozenset(w.lower() for w in _optional("speaker_common_words")),
        nonname=_lower("speaker_nonname_words"),
        alias_markers=tuple(w.lower() for w in lexicon(LANG, "speaker_alias_markers")),
        non_subject_before=_lower("speaker_non_subject_before"),
        clause_hints=_lower("quote_clause_hints"),
        name_connectors=_lower("speaker_name_connectors"),
        modal_blockers=_lower("quote_modal_blockers"),
        chant_words=_lower("quote_chant_words"),
        cue_passive=_lower("cue_verbs_passive"),
        common=frozenset(w.lower() for w in _optional("stopwords")) | frozenset(
            w.lower() for w in lexicon(LANG, "pronouns")) | frozenset(
            w.lower() for w in lexicon(LANG, "quote_cue_adverbs")),
        request_markers=_lower("quote_request_markers"),
        np_links=_lower("quote_np_links"),
        subject_tails=frozenset(lexicon(LANG, "quote_subject_tails")),
        cue_clausal=_lower("cue_verbs_clausal"),
        cue_saying=_lower("cue_verbs_saying"),
        copulas=_lower("quote_copulas"),
        manner_links=_lower("quote_manner_links"),
        appeal_object_verbs=_lower("quote_appeal_object_verbs"),
        denial_verbs=_lower("cue_verbs_denial"),
        claim_nouns=_lower("quote_claim_nouns"),
        cue_passive_media=_lower("cue_verbs_passive_media"),
        cue_passive_all=_lower("cue_verbs_passive") | _lower("cue_verbs_passive_agentive")
        | _lower("cue_verbs_passive_media"),
        clause_preps=_lower("quote_clause_prepositions"),
        conjunctions=_lower("quote_clause_conjunctions"),
        verb_tails=_lower("quote_verb_tails"),
        statement_nouns=_lower("statement_nouns"),
        connectives=_lower("quote_connectives"),
        weekdays=frozenset(row[0].lower() for row in _optional_table("weekdays")),
        cue_object=_lower("cue_verbs_object"),
        complementisers=_lower("quote_complementisers"),
        post_verb_adverbs=_lower("quote_post_verb_adverbs"),
        quantifiers=_lower("quote_quantifiers"),
        conditional_markers=_lower("quote_conditional_markers"),
        document_nouns=_lower("quote_document_nouns"),
        hearsay_nouns=_lower("quote_hearsay_nouns"),
        statute_heads=_lower("quote_statute_heads"),
        opening_adverbials=_lower("quote_opening_adverbials"),
        group_nouns=_lower("speaker_group_nouns"),
        department_words=_lower("speaker_department_words"),
        name_firsts=_lower("speaker_name_firsts"),
        collective=_lower("speaker_collective_determiners"),
        institution_nouns=_lower("speaker_institution_nouns"),
        survey_nouns=_lower("quote_survey_nouns"),
        report_nouns=_lower("quote_report_nouns"),
        temporal_subordinators=_lower("quote_temporal_subordinators"),
        question_words=_lower("quote_question_words"),
        time_openers=tuple(sorted((tuple(w.lower().split()) for w in lexicon(LANG, "quote_time_openers")),
                                  key=len, reverse=True)),
        cue_topic=_lower("cue_verbs_topic"),
        affirming_negations=_lower("quote_affirming_negations"),
        silent_cues=_lower("quote_silent_cues"),
        evaluated_nouns=_lower("quote_evaluated_nouns"),
        subject_adjectives=_lower("quote_subject_adjectives"),
        subordinators=_lower("quote_subordinators"),
        prepositional=_lower("quote_prepositional_words"),
        naming_verbs=_lower("quote_naming_verbs"),
        adverbial_openers=_lower("quote_adverbial_openers"),
        field_words=_lower("quote_field_words"),
        region_heads=_lower("speaker_region_heads"),
        origin_words=_lower("speaker_origin_words"),
        demonstratives=_lower("demonstratives"),
        indefinites=tuple(w.lower() for w in lexicon(LANG, "speaker_indefinites")),
        participant_words=_lower("speaker_participant_words"),
    )


def setting(key: str):
    """A tunable of the ``[quotes]`` settings section."""
    return config.get("quotes", key)


TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?= [A-Za-z])"  # "C.K.", "A.B." (initials)
                   r"|[A-Z]\.(?= [A-Z][a-z])|\w+(?:[-’']\w+|\.(?=[a-z0-9])\w+)*|[^\w\s]")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets.

    The article is tokenised once; a span takes its share of those tokens (bisection) unless a
    token crosses its edges or could read past its end, then it is tokenised alone (and kept: each
    indirect-speech pattern reads the same sentence).
    """
    end = len(text) if end is None else end
    if start < 0 or end < 0:  # slice semantics (counted from the end): not worth keeping
        return [(m.group(), m.start() + start, m.end() + start) for m in TOKEN.finditer(text[start:end])]
    if start >= end:
        return []
    toks, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j and ends[j - 1] > end) or _peeks_past(toks, max(i, j - 3), j, end):
        return list(_span_tokens(text, start, end))
    return list(toks[i:j])


def _peeks_past(toks: tuple[tuple[str, int, int], ...], i: int, j: int, end: int) -> bool:
    """Whether one of ``toks[i:j]`` is an initial (``M.``) whose look-ahead (`` Ab``) reads past
    ``end``: cut there, it would be two tokens."""
    return any(t[2] > end - 3 and len(t[0]) == 2 and t[0][1] == "." for t in toks[i:j])


@lru_cache(maxsize=16)
def _text_tokens(text: str) -> tuple[tuple[tuple[str, int, int], ...], list[int], list[int]]:
    toks = tuple([(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)])
    return toks, [t[1] for t in toks], [t[2] for t in toks]


@lru_cache(maxsize=1024)
def _span_tokens(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    # no anchor, look-behind or \b in TOKEN: matching inside [start, end) equals matching the slice
    return tuple([(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)])


def is_cap(word: str) -> bool:
    """A word that starts with a capital letter."""
    return word[:1].isupper()


@lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """An all-capitals word of two letters or more (``NATO``, ``LAPD``, ``RI``)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def enumeration_comma(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the comma at ``toks[i]`` comes before the last item of a capitalised list inside a
    name (``Badan Meteorologi, Klimatologi, dan Geofisika``)."""
    if not (toks[i][0] == "," and i + 2 < len(toks) and i > 0 and is_cap(toks[i - 1][0])):
        return False
    if not (toks[i + 1][0] in {"dan", "serta"} and is_cap(toks[i + 2][0])) \
            and not _last_item_without_comma(toks, i):
        return False
    L = lex()  # an institution, or an office's field ("Menteri Koordinator Bidang Politik, Hukum, dan …")
    return any(t[0].lower() in L.org_heads or t[0].lower() in L.field_words for t in toks[max(0, i - 8):i])


def _last_item_without_comma(toks: list[tuple[str, int, int]], i: int) -> bool:
    """``Meteorologi, Klimatologi dan Geofisika``: after the comma, one to three capitalised words
    and then ``dan``/``serta`` before a capitalised word (the last item, no comma before ``dan``)."""
    j = i + 1
    while j < len(toks) and j <= i + 3 and is_cap(toks[j][0]):
        j += 1
    return j > i + 1 and j + 1 < len(toks) and toks[j][0] in {"dan", "serta"} and is_cap(toks[j + 1][0])


def enumeration_commas(toks: list[tuple[str, int, int]]) -> set[int]:
    """Indices of the commas of capitalised lists inside names (``Meteorologi, Klimatologi, dan
    Geofisika``): the comma before ``dan`` and those between the one- to three-word items before it."""
    out: set[int] = set()
    for i in range(len(toks)):
        if not enumeration_comma(toks, i):
            continue
        out.add(i)
        j = i
        while True:
            k = j - 1
            while k >= 0 and k > j - 5 and toks[k][0] != "," and is_cap(toks[k][0]):
                k -= 1
            if k < 0 or toks[k][0] != "," or k == j - 1:
                break
            out.add(k)
            j = k
    return out
