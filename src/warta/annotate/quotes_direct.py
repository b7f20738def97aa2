"""Direct quotations: attach each marked span to its cue and speaker phrase.

Attribution is read, in order, after the closing mark (``"…," kata X``, ``"…," ujarnya``,
``"…," X menambahkan``, ``"…," Ketua … Mukroni saat dihubungi``, ``"…" -- X``), then before the
opening mark (``X mengatakan, "…"``, ``Kata X: "…"``, ``Menurut X, "…"``), then from an introducing
sentence ending in a colon. A span with none of these is *floating*; :mod:`warta.annotate.quotes`
gives it the previous speaker when that is close enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.annotate.quote_lex import LANG, enumeration_comma, enumeration_commas, is_cap, lex, setting, tokens
from warta.annotate.quote_marks import QuoteSpan
from warta.annotate.speaker_statements import statement_wording
from warta.annotate.speakers import EntityIndex, NameIndex, Speaker, parse_speaker
from warta.lang import lexicon

_FIRST_PERSON = re.compile(r"\b(?:[Ss]aya|[Aa]ku)\b")
_POINTING_STATEMENT = re.compile(r"\w+(?:[ \t]+(?:resmi|tertulis|pers))?[ \t]+(?:itu|tersebut|ini)\b")
_THAT_WAS_SAID = re.compile(
    r"\s*(?:Hal|Pernyataan|Penjelasan|Keterangan|Ucapan|Pesan)\s+(?:itu|tersebut|ini)\s+"
    r"(?:juga\s+|pun\s+)?(di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|utarakan|tuturkan|ucapkan))"
    r"\s+(?:oleh\s+)?")
_DASH_SPEAKER = re.compile(r"\s*(?:--|—|–)\s*(?=[A-Z])")
_WORDS = re.compile(r"\w+")


@dataclass
class Candidate:
    """A quotation before speaker resolution."""

    kind: str
    start: int
    end: int
    speaker: Speaker | None
    cue: str
    mode: str  # after | before | intro | floating | continued | indirect modes
    confidence: float
    cue_start: int = -1
    continues: bool = False


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    ps = text.rfind("\n", 0, pos) + 1
    pe = text.find("\n", pos)
    return ps, (len(text) if pe < 0 else pe)


def _mark_len(text: str, i: int) -> int:
    return 2 if text[i:i + 2] in ("''", "‘’", "’’", "‘‘", "``") else 1


def _speaker_pronoun(word: str, s: int, e: int) -> Speaker:
    return Speaker(word, "PERSON", None, "pronoun", s, e)


def attribution_after(text: str, pos: int, end: int, ents: EntityIndex, names: NameIndex,
                      content_end_char: str, content: str = "") -> tuple[Speaker | None, str, int] | None:
    """Cue and speaker right after a closing mark at ``pos`` (up to ``end``, the paragraph end);
    ``content`` is the quotation's text."""
    L = lex()
    m = _DASH_SPEAKER.match(text, pos, end)
    if m:
        sp = parse_speaker(text, m.end(), end, ents, names)
        return (sp, "", m.start()) if sp else None
    worded = statement_wording(text, pos, end)
    if worded is not None:  # '"…," demikian bunyi pernyataan resmi Juventus': the issuer
        if _FIRST_PERSON.search(content) and _POINTING_STATEMENT.match(text, worded[1], end):
            return None  # '"Saya mengumumkan …," bunyi pernyataan itu.': one person's words, not the
            # institution named last; which person is not said
        sp = parse_speaker(text, worded[1], end, ents, names)
        if sp is None or sp.kind == "name" and sp.name.split()[0].lower() in L.statement_nouns:
            return None  # ("Komunike Bersama Menlu ASEAN": no issuer read, the statement itself)
        if sp.kind == "anaphor" and any(w.lower() in L.institution_nouns for w in sp.name.split()[1:]):
            return None  # ("pernyataan kementerian tersebut": which ministry is not resolved here)
        return sp, "bunyi", worded[0]
    toks = tokens(text, pos, min(end, pos + 300))
    k = 0
    if toks and toks[0][0] in {",", "—", "–", "-"}:
        k = 1
    if k >= len(toks):
        return None
    w, s, e = toks[k]
    if w == "aku" and content_end_char in ",?!" and k + 1 < len(toks) and is_cap(toks[k + 1][0]):
        sp = parse_speaker(text, e, end, ents, names)  # '"…," aku Hanafiah': short for "mengaku"
        return (sp, w, s) if sp and sp.kind == "name" else None
    if L.is_short_cue(w) and (not is_cap(w) or content_end_char in ",?!"):
        low = w.lower()
        if low.endswith("nya") and low[:-3] in L.cue_roots:
            return _speaker_pronoun("-nya", s, e), w, s
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt and nxt[0].lower() in L.pronouns:
            return _speaker_pronoun(nxt[0], nxt[1], nxt[2]), text[s:nxt[2]], s
        sp = parse_speaker(text, e, end, ents, names)
        return (sp, w, s) if sp else None
    nxt_tok = toks[k + 1][0] if k + 1 < len(toks) else "."
    if L.is_short_cue(w) and is_cap(w) and content_end_char == "." and is_cap(nxt_tok) \
            and w.lower() in L.cue_roots:
        sp = parse_speaker(text, e, end, ents, names)  # '“… Stories.” Kata Amy Sun selaku …'
        return (sp, w, s) if sp and sp.kind == "name" and sp.label == "PERSON" else None
    if content_end_char in ",?!" and w.islower() and w.endswith("nya") and len(w) > 5 \
            and nxt_tok in {".", ",", ";"} and w.lower()[:-3] not in L.common_words:
        return _speaker_pronoun("-nya", s, e), w, s  # '"…," kelakarnya.': a speech verb not listed
    if content_end_char in ",?!" and w.isalpha() and w.islower() and len(w) >= 4 \
            and w not in L.stopwords and is_cap(nxt_tok):
        sp = parse_speaker(text, e, end, ents, names)  # '"…," cerita Irzan.': a verb not listed
        if sp and sp.kind == "name" and sp.label in ("PERSON", "ORG") \
                and text[sp.end:sp.end + 1] in {".", ","}:
            return sp, w, s  # (also '"…," dilaporkan The Straits Times.')
    if w.lower() in {"demikian", "begitu"}:  # also '"…," begitu tulis pernyataan Juventus'
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt and re.match(r"^di[a-z]{4,}$", nxt[0]):  # "demikian disampaikan (oleh) X"
            after = nxt[2]
            if k + 2 < len(toks) and toks[k + 2][0].lower() == "oleh":
                after = toks[k + 2][2]
            sp = parse_speaker(text, after, end, ents, names)
            return (sp, text[s:nxt[2]], s) if sp and sp.kind == "name" else None
        if nxt and L.is_short_cue(nxt[0]):
            sp = parse_speaker(text, nxt[2], end, ents, names)
            return (sp, nxt[0], nxt[1]) if sp else None
        sp = parse_speaker(text, e, end, ents, names)
        return (sp, "", s) if sp and sp.kind == "name" else None
    if content_end_char in ",?!" and w.lower() in L.cue_passive and k + 1 < len(toks):
        after = toks[k + 2][2] if toks[k + 1][0].lower() == "oleh" and k + 2 < len(toks) else e
        sp = parse_speaker(text, after, end, ents, names)  # '"…," ditambahkan Brand Director X.'
        return (sp, w, s) if sp and sp.kind == "name" else None
    m = _THAT_WAS_SAID.match(text, pos, end)
    if m:  # '"…." Hal itu disampaikan Kepala Dinas Budi Santoso di Jakarta.'
        sp = parse_speaker(text, m.end(), end, ents, names)
        if sp is not None and sp.kind == "name":
            return sp, m.group(1), m.start(1)
    if content_end_char in ".;:" and k == 0:
        return None  # the quotation ended its sentence: what follows is a new sentence
    # "…," X menambahkan.  /  "…," ia menambahkan.  /  "…," Ketua … Mukroni saat dihubungi.
    for j in range(k, min(len(toks), k + 16)):
        tw = toks[j][0]
        if tw in {".", "!", "?", ";", '"', "“", "”"}:
            break
        unlisted = content_end_char == "," and j > k and re.match(r"^(?:me|ber)[a-z]{4,}$", tw) is not None \
            and (j + 1 >= len(toks) or toks[j + 1][0] in {".", ","}) and is_cap(toks[j - 1][0])
        if L.is_active_cue(tw) or (L.is_short_cue(tw) and j > k) or unlisted:
            if j == k:
                break
            sub = toks[k:j]
            while sub and (sub[-1][0].lower() in L.adverbs or sub[-1][0] == ","):
                sub = sub[:-1]
            if len(sub) == 1 and sub[0][0].lower() in L.pronouns:
                return _speaker_pronoun(sub[0][0], sub[0][1], sub[0][2]), tw, toks[j][1]
            if not sub:
                return None
            sp = parse_speaker(text, sub[0][1], sub[-1][2], ents, names)
            return (sp, tw, toks[j][1]) if sp else None
    if is_cap(w) and content_end_char in ",":
        sp = parse_speaker(text, s, end, ents, names)
        if sp and sp.kind == "name":
            return sp, "", -1
    return None


_ONLY_LINK = re.compile(r"^\s*(?:(?:kepada|pada|ke)\s+[^,:\"“”]{1,60}?)?\s*[,:]?\s*(?:bahwa)?\s*[,:]?\s*$")
# 'melanjutkan dengan tegas, "…"', 'menulis dalam keterangan fotonya di Instagram, "…"': the manner or
# the medium of the saying, closed by a comma or colon
_MANNER_LINK = re.compile(
    r"^\s*(?:dengan\s+\w+|(?:dalam|melalui|lewat|via|di)\s+[^,:\"“”.]{1,60}?)\s*[,:]\s*$")


def attribution_before(text: str, ps: int, pos: int, ents: EntityIndex, names: NameIndex,
                       allow_plain: bool = True) -> tuple[Speaker | None, str, int] | None:
    """Cue and speaker in the text right before an opening mark at ``pos`` (from ``ps``)."""
    L = lex()
    pre_start = max(ps, _sentence_start(text, ps, pos))
    toks = tokens(text, pre_start, pos)
    if not toks:
        return None
    tail = text[pre_start:pos]
    if not re.search(r"[,:]\s*$", tail) and not re.search(r"\b(kata|ujar|bahwa)\w*\s*$", tail, re.I):
        if not allow_plain:
            return None
    if re.fullmatch(r"\s*(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*\s*:\s*", tail) \
            and not (L.is_short_cue(toks[0][0]) or toks[0][0].lower() in {"menurut", "menurutnya"}):
        cut = next((t[1] for t in toks[1:] if t[0].lower() in L.stopwords), pos)  # "Jokowi Soal Banjir:"
        sp = parse_speaker(text, toks[0][1], cut, ents, names)
        if sp is not None and sp.kind == "name":
            return sp, "", -1  # a headline: 'Kuleba: "Ukraina siap bergabung"'

    # the last cue verb with only punctuation / "bahwa" / "kepada wartawan" after it
    for j in range(len(toks) - 1, -1, -1):
        w, s, e = toks[j]
        after = text[e:pos]
        manner = _MANNER_LINK.match(after)
        comma_cue = w.lower() in L.cue_comma and (manner or re.match(r"\s*[,:]\s*$", after))
        if len(_WORDS.findall(after)) > 4 and not ((L.is_active_cue(w) or comma_cue) and manner):
            break
        if L.is_active_cue(w) or comma_cue:  # also 'Ia melanjutkan dengan tegas, "…"'
            if not _ONLY_LINK.match(after) and not manner:
                return None  # "menyebut kebijakan itu sebagai "kawin paksa"": an object, not speech
            sub = toks[:j]
            while sub and (sub[-1][0].lower() in L.adverbs or sub[-1][0] == ","):
                sub = sub[:-1]
            if sub and sub[-1][0].lower() in L.manner_links:
                first = next((i for i, t in enumerate(sub) if L.is_active_cue(t[0])), None)
                sub = sub[:first] if first else sub  # "X, mengungkapkan kritiknya … dengan mengatakan"
                while sub and sub[-1][0] == ",":
                    sub = sub[:-1]
            if not sub:
                return None
            from warta.annotate.quotes_subject import drop_connective  # (that module imports this one)
            sub = drop_connective(sub) or sub  # "Yang jelas ia pernah menyebutkan, "…"": ia speaks
            # the subject: the last comma-separated chunk(s) before the verb
            cut = _subject_start(sub)
            subj = drop_adverbial(sub[cut:])
            if len(subj) == 1 and subj[0][0].lower() in L.pronouns:
                return _speaker_pronoun(subj[0][0], subj[0][1], subj[0][2]), w, s
            sp = parse_speaker(text, subj[0][1], subj[-1][2], ents, names) if subj else None
            return (sp, w, s) if sp else None
        if L.is_short_cue(w) and j <= 1:  # "Kata X: "  /  "Ujar dia, "
            sp = parse_speaker(text, e, pos, ents, names)
            return (sp, w, s) if sp else None
        if w.lower() in {"menurut", "menurutnya"} and j <= 2:
            if w.lower() == "menurutnya":
                return _speaker_pronoun("-nya", s, e), w, s
            sp = parse_speaker(text, e, pos, ents, names)
            return (sp, w, s) if sp else None
    return None


def _sentence_start(text: str, ps: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` (a rough look-back for ``. `` or paragraph start)."""
    i = pos
    while i > ps:
        if text[i - 1] in ".!?" and i < pos and text[i].isspace():
            return i + 1
        i -= 1
    return ps


def drop_adverbial(subj: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The subject without a trailing adverbial (``Budi, saat dihubungi Senin,`` -> ``Budi``)."""
    for i, t in enumerate(subj[:-1]):
        nxt = subj[i + 1][0]
        if t[0] == "," and i > 0 and nxt.islower() and nxt in lex().stopwords \
                and not enumeration_comma(subj, i):
            return subj[:i]
    return subj


_TITLE_MARKS = frozenset("\"“”‘’")


def _subject_start(sub: list[tuple[str, int, int]]) -> int:
    """Index in ``sub`` where the subject before a verb starts (after an introductory phrase)."""
    inside = False  # a dash inside a quoted title ("Pelantun ‘Bolo - Bolo’ ini") is no dateline
    dash = []
    for i, t in enumerate(sub):
        if t[0] in _TITLE_MARKS:
            inside = not inside
        elif t[0] in {"-", "—", "–"} and not inside:
            dash.append(i)
    if dash:  # a dateline: "JAKARTA - Menteri Kesehatan …"
        return dash[-1] + 1 + _subject_start(sub[dash[-1] + 1:])
    L = lex()
    when = max((i for i, t in enumerate(sub[1:-1], 1) if t[0] in L.temporal_subordinators
                and (is_cap(sub[i + 1][0]) or sub[i + 1][0] in L.anaphor_nouns | L.role_words)
                and not any(u[0] == "," for u in sub[i:])), default=0)
    if when:  # "Sebut saja ketika polisi itu menyebut …": the subject of the time clause speaks
        return when + 1 + _subject_start(sub[when + 1:])
    enum = enumeration_commas(sub)
    commas = [i for i, t in enumerate(sub) if t[0] == "," and i not in enum]
    if not commas:
        return 0
    last = commas[-1]
    tail = sub[last + 1:]
    if len(tail) == 1 and tail[0][0].lower() in {"itu", "ini", "tersebut"}:
        # "Perempuan kelahiran Bandar Lampung, 26 Agustus 1962, itu mengatakan": the demonstrative
        # closes a description that opens with a person noun or an office after an earlier comma
        L = lex()
        for start in [0] + [c + 1 for c in commas[:-1]]:
            first = sub[start][0].lower() if start < last else ""
            if first in L.anaphor_nouns or first in L.role_words:
                return start
    if len(tail) >= 3 and tail[1][0] in {"itu", "ini"} and tail[0][0] in {"saat", "ketika", "waktu", "kala"} \
            and is_cap(tail[2][0]):
        return last + 3  # "Dalam suratnya, saat itu Novanto mengaku": the subject after the time adverbial
    if tail and tail[0][0].islower() and tail[0][0] in lex().stopwords and last > 0 \
            and not enumeration_comma(sub, last):
        # "Budi, saat dihubungi Senin, mengatakan": an adverbial between subject and verb
        return _subject_start(sub[:last])
    # "Ketua X, Budi Santoso, mengatakan" -> keep the apposition
    if last == len(sub) - 1:
        earlier = [i for i in commas if i < last]
        start = earlier[-1] + 1 if earlier else 0
        prev = [i for i in earlier if i < start - 1]
        return prev[-1] + 1 if prev and _looks_role(sub[prev[-1] + 1:start - 1]) else start
    after = sub[last + 1:]
    before = sub[:last]
    cut = ([i for i in commas if i < last] or [-1])[-1] + 1
    if after and is_cap(after[0][0]) and before and _looks_role(sub[cut:last]):
        return cut
    return last + 1


def _looks_role(toks: list[tuple[str, int, int]]) -> bool:
    """A chunk that introduces a person by role (``Direktur …``, ``salah satu pedagang``)."""
    L = lex()
    head = [t[0].lower() for t in toks[:2]]
    return bool(head) and head[0] not in L.stopwords and any(
        w in L.role_words or w in L.anaphor_nouns or w in {"salah", "seorang"}
        for w in head if w not in L.stopwords)  # "bahkan dalam sidang …": "dalam" of "Dalam Negeri"



@cache
def _chant_scope_stops() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(LANG, "quote_chant_scope_stops"))


def _chant_scope(words: list[str]) -> list[str]:
    """The words after a quotation that can show it is a chant or banner text: those before a word
    that opens the circumstance of the speaking (``saat``, ``ketika``, ``di`` …)."""
    stops = _chant_scope_stops()
    for k, w in enumerate(words):
        if w.lower() in stops:
            return words[:k]
    return words

@cache
def _title_function_words() -> frozenset[str]:
    return frozenset(lexicon(LANG, "quote_title_function_words"))


def title_case(words: list[str]) -> bool:
    """Every word capitalised or a number, except function words inside (``… of Flapjack``)."""
    fn = _title_function_words()
    return bool(words) and words[0][:1].isupper() and (words[-1][:1].isupper() or words[-1].isdigit()) \
        and all(w[:1].isupper() or w.isdigit() or w in fn for w in words)


def attribute_span(text: str, q: QuoteSpan, ents: EntityIndex, names: NameIndex) -> Candidate | None:
    """A direct-quote candidate for one marked span, or ``None`` for scare quotes and titles."""
    L = lex()
    s, e = _strip(text, q.start, q.end)
    if s >= e:
        return None
    content = text[s:e]
    nwords = len(_WORDS.findall(content))
    if nwords == 0:
        return None
    ps, pe = _para_bounds(text, s)
    conf_pen = 0.25 if q.unbalanced else 0.0
    end_char = content.rstrip()[-1:] if content.rstrip() else ""
    found = None
    if q.close_mark >= 0:
        after_pos = q.close_mark + _mark_len(text, q.close_mark)
        if nwords <= int(setting("min_words_unattributed")) and end_char not in ",.?!" \
                and not _short_cue_follows(text, after_pos, pe):
            return None  # 'Istilah "wakanda" kembali ramai dipakai': a term, not speech
        if end_char not in ",.?!" and nwords <= int(setting("max_title_words")) \
                and title_case(_WORDS.findall(content)) \
                and not _short_cue_follows(text, after_pos, pe):
            return None  # '"The Angry Birds Movie 2" akan diproduksi …': a title in title case
        follow6 = _chant_scope(re.findall(r"[\w-]+", text[after_pos:min(pe, after_pos + 80)])[:6])
        if any(w.lower() in L.chant_words for w in follow6) \
                and statement_wording(text, after_pos, pe) is None:
            return None  # a chant, song or banner text (not "bunyi pernyataan X": a statement's words)
        found = attribution_after(text, after_pos, pe, ents, names, end_char, content)
        if found and found[0] is not None:
            sp, cue, cue_pos = found
            return Candidate("direct", s, e, sp, cue, "after", 0.9 - conf_pen, cue_pos, q.continues)
        follow = [w.lower() for w in _WORDS.findall(text[after_pos:min(pe, after_pos + 60)])[:4]]
        if any(w in L.nonquote_before for w in follow):
            return None  # '"…," demikian bunyi spanduk itu': a slogan or banner text
    before_word = _word_before(text, ps, q.open_mark if q.open_mark >= 0 else s)
    if before_word and before_word.lower() in L.nonquote_before:
        return None
    if q.open_mark >= 0:
        found = attribution_before(text, ps, q.open_mark, ents, names)
        sentence = end_char in ".?!" and content[:1].isupper() \
            and text[ps:q.open_mark].rstrip()[-1:] in {",", ":"}  # 'menyatakan, "Kita akan banding."'
        if found and found[0] is not None and not sentence and (
                nwords <= int(setting("min_words_unattributed"))
                or end_char not in ",.?!" and nwords <= int(setting("max_title_words"))
                and title_case(_WORDS.findall(content))):
            return None  # 'menyebutnya "lumut"': a label; '… kreator serial "The Marvelous …"': a title
        if found and found[0] is not None:
            sp, cue, cue_pos = found
            return Candidate("direct", s, e, sp, cue, "before", 0.85 - conf_pen, cue_pos, q.continues)
        colon = _colon_intro(text, ps, q.open_mark, names)
        if colon is not None and nwords > int(setting("min_words_unattributed")):
            return Candidate("direct", s, e, colon, "", "before", 0.6 - conf_pen, colon.start, q.continues)
    # no attribution of its own: must stand as its own sentence and be long enough
    opener = q.open_mark if q.open_mark >= 0 else s
    lead = text[_sentence_start(text, ps, opener):opener].strip()
    if q.single:
        return None
    if nwords <= int(setting("min_words_unattributed")):
        return None
    if lead and not lead.endswith(":") and not lead.endswith("?") and not re.search(r"[.!?]$", lead):
        return None  # embedded in a sentence: a term, title or scare quote
    if q.continues:
        return Candidate("direct", s, e, None, "", "continued", 0.8 - conf_pen, -1, True)
    return Candidate("direct", s, e, None, "", "floating", 0.6 - conf_pen, -1, False)


def _colon_intro(text: str, ps: int, opening: int, names: NameIndex) -> Speaker | None:
    """``Detail itu Scholar jabarkan lewat bukunya, yang berbunyi: "…"``: a quotation opened right
    after a colon, in a sentence that names one person (outside titles in quotation marks) and no
    listed speech verb, is that person's."""
    lead_start = _sentence_start(text, ps, opening)
    lead = text[lead_start:opening]
    if not lead.rstrip().endswith(":"):
        return None
    titles = [(m.start() + lead_start, m.end() + lead_start) for m in _QUOTED_TITLE.finditer(lead)]
    found = {names.fullest(name) for s, _e, name in names.mentions
             if lead_start <= s < opening and s not in names.vetoed and name not in names.place_names
             and not any(a <= s < b for a, b in titles)}
    if len(found) != 1:
        return None
    full = found.pop()
    pos = lead.find(full[-1]) + lead_start
    return Speaker(" ".join(full), "PERSON", None, "name", pos, pos + len(full[-1]))


_QUOTED_TITLE = re.compile(r"[‘'\"“][^‘’'\"“”]{1,80}[’'\"”]")


def _short_cue_follows(text: str, pos: int, end: int) -> bool:
    toks = tokens(text, pos, min(end, pos + 40))
    k = 1 if toks and toks[0][0] in {",", "—", "–", "-"} else 0
    return k < len(toks) and lex().is_short_cue(toks[k][0])


def _word_before(text: str, ps: int, pos: int) -> str | None:
    m = re.search(r"(\w[\w-]*)\W*$", text[max(ps, pos - 40):pos])
    return m.group(1) if m else None
