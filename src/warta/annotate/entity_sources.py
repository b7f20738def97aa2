"""Organisations named by the kind of body written before them: ``surat kabar Israel, Haaretz``,
``partai sayap kiri Meretz``, ``grup Srimulat`` (``entity_org_types.txt``), and sources of a report:
``dilansir JUARA dari Boxing Scene`` (``entity_source_cues.txt``).

A capitalised name right after such a noun (a few lower-case modifiers, or a place and a comma, may
come between; none after a source cue) is an organisation: a PERSON mention there, and every other
person mention with the same name and no role, becomes ORG; an untagged name becomes a new ORG
mention.
"""

from __future__ import annotations

import bisect
from functools import cache

from warta.annotate.entity_lexicons import LANG, WORD, extras, lexicons, setting
from warta.annotate.entity_mentions import Mention, Tokens
from warta.lang import lexicon

_MAX_MODIFIERS = 3


@cache
def _source_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(c.lower().split()) for c in lexicon(LANG, "entity_source_cues"))


def _ends_with(tk: Tokens, j: int, phrases: frozenset[tuple[str, ...]], opening: bool = False) -> bool:
    """True when the lower-case words ending at token ``j`` form one of ``phrases``; with ``opening``
    the phrase's first word may be capitalised (``Mengutip Ace Showbiz, …`` opening a sentence)."""
    for n in (1, 2, 3):
        first = j - n + 1
        if first < 0 or any(not tk.words[k].islower() for k in range(first + 1, j + 1)) \
                or not (tk.words[first].islower() or opening and tk.words[first][:1].isupper()
                        and tk.words[first][1:].islower()):
            break
        if n > 1 and not tk.joined[j - n + 1]:
            break
        if tuple(w.lower() for w in tk.words[first:j + 1]) in phrases:
            return True
    return False


@cache
def _type_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t.split()) for t in extras().org_types)


def _typed(text: str, tk: Tokens, i: int, places: dict[int, int]) -> bool:
    """True when an organisation-kind noun or a source cue is written before token ``i``."""
    j = i - 1
    if j < 0:
        return False
    if text[tk.ends[j]:tk.starts[i]].strip() == "," and tk.ends[j] in places:
        j = bisect.bisect_left(tk.starts, places[tk.ends[j]]) - 1  # "surat kabar Israel, Haaretz"
        if j < 0 or not tk.joined[j]:
            return False
        return _after_type(tk, j)
    if not tk.joined[j]:
        return False
    if _ends_with(tk, j, _source_cues(), opening=True):
        return True
    if tk.words[j] == "dari":  # "dilansir JUARA dari Boxing Scene"
        k = j - 1
        while k > 0 and k > j - 5 and tk.words[k][0].isupper() and tk.joined[k - 1]:
            k -= 1
            if _ends_with(tk, k, _source_cues(), opening=True):
                return True
    return _after_type(tk, j)


def _after_type(tk: Tokens, j: int) -> bool:
    """True when token ``j`` ends an organisation-kind noun and at most a few modifiers."""
    types = _type_phrases()
    breaks = _breaks()
    for _ in range(_MAX_MODIFIERS + 1):
        if j < 0 or not tk.words[j].islower():
            return False
        if _ends_with(tk, j, types):
            return True
        if j == 0 or not tk.joined[j - 1] or tk.words[j] in breaks:
            return False
        j -= 1
    return False


@cache
def _breaks() -> frozenset[str]:
    return frozenset(lexicon(LANG, "entity_type_breaks"))


def typed_orgs(text: str, mentions: list[Mention], tk: Tokens) -> list[Mention]:
    """Relabel person mentions named by an organisation kind before them; return new ORG mentions
    for such names the NER missed."""
    lx = lexicons()
    by_start = {m.start: m for m in mentions}
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    places = {m.end: m.start for m in mentions if m.label == "LOC"}
    people = {m.name for m in mentions if m.label == "PERSON" and len(m.name.split()) >= 2}
    typed: set[str] = set()
    out: list[Mention] = []
    conf = setting("discovered_confidence")
    words = tk.words
    for i, w in enumerate(words):
        if not w[0].isupper() or w.lower() in lx.stopwords or not _typed(text, tk, i, places):
            continue
        m = by_start.get(tk.starts[i])
        if m is not None:
            own = set(WORD.findall(m.name))
            if m.label == "PERSON" and m.role is None and not any(
                    own & set(WORD.findall(p)) for p in people if p != m.name):
                typed.add(m.name)
            continue
        if covered[tk.starts[i]]:
            continue
        k = i
        while k + 1 < len(words) and k - i < 3 and tk.joined[k] and words[k + 1][0].isupper() \
                and words[k + 1].lower() not in lx.stopwords and not covered[tk.starts[k + 1]]:
            k += 1
        run = words[i:k + 1]
        low = " ".join(run).lower()
        if len(words[k]) < 2 or (k == i and len(w) <= 2) or all(x.lower() in lx.common for x in run) \
                or all(x in extras().ethnonyms for x in run) or low in lx.generic or low in lx.non_entities:
            continue  # "Grup C", "organisasi Islam", "media sosial Instagram"
        s, e = tk.starts[i], tk.ends[k]
        out.append(Mention(s, e, "ORG", conf, text[s:e]))
    for m in mentions:
        if m.label == "PERSON" and m.role is None and m.name in typed:
            m.label = "ORG"
    return out
