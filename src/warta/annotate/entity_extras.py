"""Extra checks of the entity annotator: outlets credited at the end, offices written as
organisations, acronyms that spell out a common phrase, nicknames of clubs and short place names
(``entity_aliases.tsv``), first-name short forms of people, acronyms opening a name, places after
a head, first names swallowed by the span before them, people known by their initials.
"""

from __future__ import annotations

import re

from warta.annotate.canonical import Acronym
from warta.annotate.entity_filters import sentence_initial
from warta.annotate.entity_lexicons import WORD, extras, initials_matches, lexicons, phrase_at, setting
from warta.annotate.entity_mentions import Mention, Tokens


def end_credit(text: str, s: int, e: int) -> bool:
    """True for an outlet credited in brackets at the very end of the article: ``... (BBC)``."""
    return text[:s].rstrip(" \t").endswith("(") and text[e:].strip() == ")"


_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Za-z]{1,8}(?:[ \t]*/[ \t]*[A-Za-z0-9-]{1,8}){0,3}"
                           r"[ \t]*\)[ \t]*(?:\n|$)")


def reporter_credit(text: str, s: int, e: int) -> bool:
    """True for a name in the reporter/editor credit that closes a paragraph: ``(Angga/tri)``,
    ``(Rina/Bud/Ant)``."""
    return text[:s].rstrip(" \t").endswith("(") and bool(_CREDIT_AFTER.match(text, e))


_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def office_led(text: str, s: int, e: int) -> bool:
    """True for an organisation span that opens with an office and is followed by a name, maybe
    after its acronym and ranks (``Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Mulyono``): a
    role, not an organisation (``Dokter Lintas Batas mengirim ...`` stays)."""
    lx = lexicons()
    words = list(WORD.finditer(text, s, e))
    if len(words) < 2 or phrase_at(text, words, 0, lx.roles, lx.max_phrase) == 0:
        return False
    b = _BRACKET.match(text, e)
    pos = b.end() if b else e
    for w in WORD.finditer(text, pos, min(len(text), pos + 80)):
        if text[pos:w.start()].strip(" \t."):
            return False  # punctuation before the name: no name follows
        word, pos = w.group(), w.end()
        if word.lower().rstrip(".") in lx.titles or word.isupper():
            continue  # ranks and units: "Jenderal TNI"
        return word[0].isupper() and word.lower() not in lx.stopwords
    return False


def drop_spelled_out(text: str, mentions: list[Mention], acronyms: dict[str, Acronym]) -> list[Mention]:
    """Drop acronym mentions whose letters spell out a lower-case phrase of the article and that no
    definition or lexicon names: ``pekerja harian lepas`` ... ``(PHL)`` is a kind of worker."""
    lx = lexicons()
    short = {m.name for m in mentions if m.label != "LOC" and m.name.isupper() and 2 <= len(m.name) <= 5
             and m.name not in acronyms and (m.name,) not in lx.orgs and (m.name,) not in extras().orgs}
    if not short:
        return mentions
    # initials of each maximal run of lower-case words: an acronym of n letters is spelled out
    # exactly when it is a substring of a run's initials (n consecutive words of the run)
    runs: list[str] = []
    current: list[str] = []
    for w in WORD.findall(text):
        if w.islower() and len(w) > 1:
            current.append(w[0])
        elif current:
            runs.append("".join(current).upper())
            current = []
    if current:
        runs.append("".join(current).upper())
    spelled = {name for name in short if any(name in run for run in runs)}
    return [m for m in mentions if m.name not in spelled]


def apply_aliases(mentions: list[Mention]) -> None:
    """Nicknames of clubs and short forms of places (``entity_aliases.tsv``) take their label, and
    the full name when the article writes it (``the Blues`` -> ``Chelsea``, ``Korut`` -> ``Korea
    Utara``)."""
    table = extras().aliases
    written = {m.name for m in mentions}
    for m in mentions:
        alias = table.get(m.name)
        if alias is not None:
            m.label = alias[0]
            m.name = next((f for f in alias[1] if f in written), m.name)


def short_forms(mentions: list[Mention]) -> None:
    """A one-word person name that opens the first name of exactly one longer person name of the
    article is that person (``Vero`` -> ``Veronica Tan``, ``Sandi`` -> ``Sandiaga Uno``), or opens
    a one-word name at least three letters longer (``Hardi`` -> ``Hardisiswan``)."""
    fulls = {m.canonical for m in mentions if m.label == "PERSON"}
    for m in mentions:
        short = m.canonical
        if m.label != "PERSON" or " " in short or len(short) < 4 or short.isupper():
            continue
        hits = {f for f in fulls if " " in f and f.split()[0] != short and f.startswith(short)}
        if not hits:
            hits = {f for f in fulls if " " not in f and len(f) >= len(short) + 3 and f.startswith(short)}
        if len(hits) == 1:
            m.canonical = hits.pop()


def head_places(text: str, mentions: list[Mention], tk: Tokens) -> list[Mention]:
    """Untagged places written as a place head and a capitalised name in mid-sentence (``di Jalan
    Dewi Sartika``, ``panitia Mesjid Raya Singkawang``)."""
    lx = lexicons()
    heads = extras().place_heads
    covered = bytearray(len(text))  # 1: a place, 2: another mention
    for m in mentions:
        covered[m.start:m.end] = (b"\x01" if m.label == "LOC" else b"\x02") * (m.end - m.start)
    words = tk.words
    out = []
    conf = setting("gazetteer_confidence")
    for i, w in enumerate(words):
        if not w[0].isupper() or w.lower() not in heads or covered[tk.starts[i]] \
                or sentence_initial(text, tk.starts[i]):
            continue
        prev = words[i - 1] if i and tk.joined[i - 1] else ""
        if prev[:1].isupper() and prev.lower() not in lx.stopwords and prev.lower() not in lx.roles \
                and covered[tk.starts[i - 1]] != 1 \
                and not (prev.lower() in lx.common and sentence_initial(text, tk.starts[i - 1])):
            continue  # "BPB Kota Tegal", "Universitas Negeri Jakarta": part of a longer name
        k = i
        while k + 1 < len(words) and k - i < 4 and tk.joined[k] and words[k + 1][0].isupper() \
                and words[k + 1].lower() not in lx.stopwords and words[k + 1] not in lx.address_words \
                and not covered[tk.starts[k + 1]]:
            k += 1
        if k == i or all(words[x].lower() in lx.common for x in range(i + 1, k + 1)) \
                or " ".join(words[i:k + 1]).lower() in lx.generic:
            continue
        out.append(Mention(tk.starts[i], tk.ends[k], "LOC", conf, text[tk.starts[i]:tk.ends[k]]))
        covered[tk.starts[i]:tk.ends[k]] = b"\x01" * (tk.ends[k] - tk.starts[i])
    return out


def expand_acronym_heads(mentions: list[Mention]) -> None:
    """``PN Jakarta Utara`` is ``Pengadilan Negeri Jakarta Utara`` when the article writes that: an
    acronym opening a name abbreviates the leading words of a longer organisation or place name of
    the article that ends with the same words (case-insensitive)."""
    names = {m.name for m in mentions if m.label != "PERSON" and len(m.name.split()) >= 3}
    for m in mentions:
        words = m.name.split()
        if m.label == "PERSON" or len(words) < 2 or not words[0].isupper() or not 2 <= len(words[0]) <= 5:
            continue
        rest = [w.lower() for w in words[1:]]
        for long in names:
            lw = long.split()
            lead = lw[:len(lw) - len(rest)]
            if len(lead) >= 2 and [w.lower() for w in lw[len(lead):]] == rest \
                    and "".join(w[0] for w in lead).upper() == words[0]:
                m.name = long
                break


def person_heads(text: str, mentions: list[Mention], tk: Tokens) -> list[Mention]:
    """A first name swallowed by the organisation or place span before it: ``Partai Republik
    Donald`` + ``Trump``, where ``Trump`` is a person of the article. The span loses the name, which
    becomes a person mention; return the new mentions."""
    lx = lexicons()
    people = {w for m in mentions if m.label == "PERSON" for w in WORD.findall(m.name)}
    if not people:
        return []
    starts = {m.start for m in mentions}
    index = {s: k for k, s in enumerate(tk.starts)}
    out = []
    for m in mentions:
        words = list(WORD.finditer(text, m.start, m.end))
        if m.label == "PERSON" or len(words) < 3 or m.end not in set(tk.ends):
            continue
        last = words[-1].group()
        k = index.get(words[-1].start())
        if k is None or k + 1 >= len(tk.words) or not tk.joined[k]:
            continue
        nxt = tk.words[k + 1]
        low = last.lower()
        if (nxt in people and nxt[0].isupper() and tk.starts[k + 1] not in starts and last[0].isupper()
                and not last.isupper() and low not in lx.org_words and low not in lx.org_heads
                and low not in lx.common and (last,) not in lx.places and nxt not in m.name.split()
                and _complete(words[-2].group())):
            end = words[-2].end()
            m.end, m.name = end, text[m.start:end]
            out.append(Mention(words[-1].start(), tk.ends[k + 1], "PERSON", m.conf, f"{last} {nxt}"))
    return out


def _complete(word: str) -> bool:
    """True when ``word`` can end an organisation or place name (an institution word, an acronym, a
    place): ``Partai Republik`` stays a name without ``Donald``; ``Partai Bulan`` would not."""
    lx = lexicons()
    low = word.lower()
    return low in lx.org_words or low in lx.org_heads or (word.isupper() and len(word) >= 2) \
        or (word,) in lx.places


def initials(text: str, mentions: list[Mention], acronyms: dict[str, Acronym]) -> list[Mention]:
    """People known by initials after a cue (``berinisial AL``, ``tersangka TAS``): new mentions,
    and every mention of those initials becomes a person."""
    lx = lexicons()
    found = {}
    for m in initials_matches(text):
        ini = m.group(1)
        cue = text[:m.start(1)].split()[-1].lower()
        if ini in acronyms or (ini.lower() in lx.generic and cue not in lx.titles) or (ini,) in lx.orgs \
                or (ini,) in lx.places or (ini,) in extras().orgs:
            continue  # ("Bripda RS": after a rank, RS is a person, not Rumah Sakit)
        found.setdefault(ini, m.start(1))
    if not found:
        return []
    conf = setting("initials_confidence")
    for m in mentions:
        if m.name in found:
            m.label, m.conf = "PERSON", max(m.conf, conf)
    taken = {m.start for m in mentions}
    return [Mention(s, s + len(ini), "PERSON", conf, ini) for ini, s in found.items() if s not in taken]
