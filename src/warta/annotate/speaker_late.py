"""A name written after a lower-case description's complement.

``kata salah satu pedagang di Pasar Slipi, Jakarta Barat, Sri``, ``kata pengamat politik dari
Universitas Indonesia Budi Santoso``, ``ungkap ahli entomologi medis dari University of Florida,
Dr. Jonathan Day``: the description and its place or institution are the role; the name that
closes the phrase is the speaker.
"""

from __future__ import annotations

from typing import NamedTuple

from warta.annotate.entity_lexicons import dual_heads, extras
from warta.annotate.quote_lex import is_cap, lex
from warta.annotate.speaker_names import EntityIndex, NameIndex, split_name

Tok = tuple[str, int, int]

COMPLEMENT_WORDS = frozenset({"di", "dari", "asal", "warga"})
MAX_TOKENS = 16
NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "van", "von", "der"})  # University of Florida


class LateName(NamedTuple):
    """The name found (``start``/``end`` in the text) and where the role before it ends."""

    start: int
    end: int
    name: str
    role_end: int


def _description_end(toks: list[Tok], k: int) -> int:
    """Index after a lower-case description that goes on past ``dan``/``serta`` with more
    lower-case words (``konsultan penyakit lambung dan pencernaan``)."""
    L = lex()
    j = k
    while j + 1 < len(toks) and toks[j][0].lower() in {"dan", "serta"} \
            and toks[j + 1][0].isalpha() and toks[j + 1][0].islower() \
            and toks[j + 1][0] not in L.stopwords:
        j += 1
        while j < len(toks) and toks[j][0].isalpha() and toks[j][0].islower() \
                and toks[j][0] not in L.stopwords and not L.is_active_cue(toks[j][0]):
            j += 1
    return j


def _is_title(toks: list[Tok], j: int) -> bool:
    w = toks[j][0]
    if w == ".":
        return j > 0 and toks[j - 1][0].lower() in lex().titles
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    return w.lower() in lex().titles and (is_cap(nxt) or nxt == ".")


def _named_after(toks: list[Tok], j: int) -> bool:
    """True when the title at ``j`` follows the head of a hospital, place of worship or street
    (``RSUP Dr. Sardjito``, ``Jalan Dr. Sutomo``)."""
    if j == 0:
        return False
    prev = toks[j - 1][0]
    return prev in dual_heads() or prev.lower() in extras().street_heads


def late_name(toks: list[Tok], k: int, names: NameIndex, ents: EntityIndex) -> LateName | None:
    """The person named after the complement (``di``/``dari``/``asal``/``warga`` + capitalised
    words) of the lower-case description ``toks[:k]``, or None.

    The name is the last comma-separated chunk (``…, Jakarta Barat, Sri``); without a comma it must
    follow a title (``Dr. dr. Ari Fahrial Syam``) or be a person the NER finds after the
    institution's name (``Universitas Indonesia Budi Santoso``)."""
    j = _description_end(toks, k)
    if j >= len(toks) or toks[j][0].lower() not in COMPLEMENT_WORDS:
        return None
    chunks: list[list[int]] = [[]]
    i = j + 1
    while i < len(toks) and i < j + MAX_TOKENS:
        w = toks[i][0]
        if w == ",":
            chunks.append([])
        elif (is_cap(w) and w[0].isalpha()) or w in {"/", "&"} or _is_title(toks, i) \
                or w in NAME_LINKS and chunks[-1] and i + 1 < len(toks) and is_cap(toks[i + 1][0]):
            chunks[-1].append(i)
        else:
            break
        i += 1
    nxt = toks[i][0].lower() if i < len(toks) else ""
    last = chunks[-1]
    if not last or not any(chunks[:-1]) and len(chunks) > 1:
        return None
    titled = [n for n, t in enumerate(last) if _is_title(toks, t)]
    body = last[titled[-1] + 1:] if titled else last
    if not body or any(not toks[t][0][0].isalpha() or toks[t][0] in NAME_LINKS for t in body):
        return None
    ws = [toks[t][0] for t in body]
    role, name = split_name(ws, names.lower_vocab, names.person_words)
    if not name or any(w in names.place_like for w in name):
        return None
    first = body[len(role)]
    s0, e0 = toks[first][1], toks[body[-1]][2]
    person = any(x.label == "PERSON" and x.start == s0 and x.end == e0 for x in ents.within(s0, e0))
    if len(chunks) >= 2:
        if role and not titled or not (titled or person) and nxt in {"", ".", "di"}:
            return None
    elif not (person and (role or titled)) or titled and _named_after(toks, last[titled[0]]):
        return None  # not "dokter dari RSUP Dr. Sardjito": a hospital named after a person
    role_end = toks[last[titled[0]]][1] if titled else s0
    return LateName(s0, e0, " ".join(name), role_end)
