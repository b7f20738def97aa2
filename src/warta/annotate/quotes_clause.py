"""Whether the words after a speech verb form a reported clause (not just a noun phrase): the
test that decides most indirect quotations (``mengatakan harga akan turun`` vs ``menyampaikan
apresiasinya``). Split out of :mod:`.quotes_indirect`; word lists in ``lang/id/quote_*.txt``."""

from __future__ import annotations

import re
from functools import cache

from warta import config
from warta.annotate.quote_lex import lex
from warta.annotate.quotes_menurut import VERB_PREFIX, predicate_follows
from warta.annotate.quotes_subject import appeal_object
from warta.lang import lexicon

NOMINAL = re.compile(r"^(?:ke|pe|per|pen|pem|peng|peny)\w{3,}an$")  # "keberatan", "pernyataan"


@cache
def _degree() -> tuple[frozenset[str], frozenset[str]]:
    """Degree words that open a predicate, and the words after them that make an adverbial."""
    return (frozenset(w.lower() for w in lexicon("id", "quote_degree_words")),
            frozenset(w.lower() for w in lexicon("id", "quote_degree_adverbials")))


@cache
def _announcing() -> frozenset[str]:
    """Speech verbs whose object is usually the thing announced or told (``cue_verbs_announcing.txt``)."""
    return frozenset(w.lower() for w in lexicon("id", "cue_verbs_announcing"))


def announced_thing(verb: str, raw: list[str], had_bahwa: bool) -> bool:
    """``mengumumkan perilisan album berisi 11 lagu``, ``menjanjikan gelaran konser yang lebih meriah``:
    after a verb of ``cue_verbs_announcing.txt``, words (``raw``: tokens with punctuation) that open
    with a lower-case noun (no pronoun, predicate word or preposition) and reach no predicate before
    a comma within ``announced_window`` tokens, a verb right after ``yang`` (a relative clause inside
    the noun phrase) left aside: the thing announced, not a reported clause."""
    if had_bahwa or verb.lower() not in _announcing() or not raw:
        return False
    L = lex()
    low = [w.lower() for w in raw]
    first = low[0]
    if not raw[0][:1].islower() or not first.isalpha() or first in L.pronouns or first in L.clause_hints \
            or VERB_PREFIX.match(first) or first in L.prepositional or first in L.clause_preps \
            or first in L.stopwords:
        return False
    for i, lw in enumerate(low[1:config.get("quotes_indirect", "announced_window")], 1):
        if lw in {",", ";", ":"} or lw in L.np_starts or lw in L.request_markers:
            return True
        if low[i - 1] != "yang" and raw[i].islower() and not lw.endswith("nya") and (
                lw in L.clause_hints or lw in L.copulas
                or VERB_PREFIX.match(lw) and lw not in L.role_words and lw not in L.prepositional):
            return False
    return True


def is_clause(words: list[str], had_bahwa: bool, verb: str = "") -> bool:
    """Whether the words after a speech verb form a clause (not just a noun phrase)."""
    if had_bahwa:
        return len(words) >= 2
    L = lex()
    first = words[0].lower() if words else ""
    low = [w.lower() for w in words]
    if first in L.question_words or first in {"apa", "siapa"} and low[1:2] not in (["yang"], ["pun"]):
        return False  # "bercerita bagaimana ia bisa …": an embedded question names a topic, not words
    if first == "diri" and verb.lower() == "memastikan" and low[1:2] not in (["tak"], ["tidak"]):
        return False  # "memastikan diri bertahan di Bundesliga": secured its place (not "… diri tak datang")
    if verb.lower() in L.appeal_object_verbs and appeal_object(low):
        return False  # "mengingatkan panitia untuk disiplin …": an appeal, not reported speech
    if first == "pada" and appeal_object(low[1:]):
        return False  # "mengatakan pada Ed Woodward untuk segera …": telling someone to act
    if verb.lower() in L.denial_verbs and first in L.claim_nouns:
        return False  # "membantah tudingan Kejaksaan bahwa …": the claim denied, not the speaker's words
    subject_noun = verb.lower() in L.cue_clausal and not first.endswith("nya") \
        and first not in L.request_markers and predicate_follows(low[1:8])
    if verb.lower() in L.cue_clausal and first in _degree()[0] and len(low) >= 3 \
            and low[1] not in _degree()[1] and low[1].isalpha():
        return True  # "mengaku lebih fokus pada …": a bare predicate opened by a degree word
    if first in L.clause_preps and len(low) > 3 and not VERB_PREFIX.match(low[1]) \
            and low[1] not in L.np_starts and predicate_follows(low[2:14]):
        return True  # "mengatakan untuk setiap desa sudah tersedia dana": a fronted adverbial
    if first in L.pronouns and len(low) >= 2 and low[1].isalpha() \
            and (low[1] not in L.np_links or len(low) >= 4):
        return True  # "mengatakan ia senang dapat menghibur …", "mengaku dirinya menerima uang …"
    own = first[:-3] if first.endswith("nya") else first[:-2] if first.endswith("ya") else ""
    if first in L.quantifiers and low[1:2] and low[1] in L.np_starts and "sebagai" not in low:
        return False  # "menjawab beberapa pertanyaan dari mahasiswa …": a counted noun phrase (not
        # "menilai berbagai permintaan … sebagai respons yang wajar", a judgement)
    if own in L.np_starts:
        return False  # "mengatakan harapannya …", "menyampaikan apresiasinya …": the speaker's own wish
    if verb.lower() in L.cue_saying and len(low) >= 4 and not first.endswith("nya") \
            and first not in L.request_markers \
            and predicate_follows(low[1:config.get("quotes_indirect", "saying_window")]):
        return True  # "mengatakan progres pembangunan proyek … baru mencapai 40 persen": a long subject
    cop = next((i for i, w in enumerate(low[1:config.get("quotes_indirect", "saying_window")], 1)
                if w in L.copulas and low[i - 1] != "yang"), 0)  # not "bangsa yang merupakan …"
    if cop and "sebagai" not in low[:cop] and not first.endswith("nya") and first not in L.request_markers \
            and first not in L.prepositional and first not in L.clause_preps:
        return True  # "menyebut chat-chat antara A dan B dalam situs tersebut adalah palsu"
    dem = next((i for i, w in enumerate(low[1:5], 1) if w in L.demonstratives), 0)
    if verb.lower() in L.cue_saying and dem and dem + 2 < len(low) and low[dem + 1] in {"untuk", "guna"} \
            and VERB_PREFIX.match(low[dem + 2]):
        return True  # "mengatakan kegiatan ini untuk menegakkan perda": a purpose predicate
    if first in L.np_starts and len(low) > 3 and low[1] in L.demonstratives and low[2] in L.clause_hints:
        return True  # "menjelaskan hal ini perlu dilakukan": the noun is the subject of a predicate
    if len(words) >= 2 and verb.lower() in L.cue_clausal and VERB_PREFIX.match(first) \
            and first not in L.role_words and first not in L.prepositional \
            and first not in L.request_markers:
        return True  # "mengaku mengalami gangguan psikotik", "membantah meminta uang": a bare predicate
    if len(words) == 3 and not first.endswith("nya") and first not in L.np_starts \
            and VERB_PREFIX.match(low[2]) and low[2] not in L.prepositional and not VERB_PREFIX.match(first):
        return True  # "menyebut kinerja PPSU menurun": a short subject and its verb
    if verb.lower() == "mengaku" and 0 < len(low) <= 2 and all(w.isalpha() and w.islower() for w in words) \
            and first not in L.np_starts and not NOMINAL.match(first) and not first.endswith("nya") \
            and (len(low) == 1 or first in L.clause_hints or first in _degree()[0]):
        return True  # "mengaku bingung", "mengaku sangat antusias": a short predicate of the speaker
    if verb.lower() == "mengaku" and len(low) >= 2 and first.isalpha() and words[0].islower() \
            and first not in L.np_starts and first not in L.prepositional and first not in L.stopwords \
            and not first.endswith("nya") and (not NOMINAL.match(first) or low[1] in L.clause_preps):
        return True  # "mengaku heran dengan permintaan …", "mengaku keberatan dengan …": a feeling owned
    if first in L.np_starts and len(low) >= 3 and low[1] in L.demonstratives \
            and low[2] not in L.prepositional and (low[2] in L.clause_hints or low[2] in L.copulas
                 or low[2].startswith("ber") and VERB_PREFIX.match(low[2])):
        return True  # "menyebut hal itu bukanlah masalah", "menyebut kekhawatiran itu berlebihan"
    if len(words) < 3 or (len(words) < 4 and first not in L.clause_hints and low[1] not in L.clause_hints) \
            or (first in L.np_starts and not subject_noun) \
            or (first.endswith("nya") and NOMINAL.match(first[:-3])
                and not any(w in L.clause_hints for w in low[1:5]) and not _own_subject_verb(low)):
        return False  # "menekankan pentingnya …", "mengungkapkan keinginannya agar …"
    if first in L.evaluated_nouns and verb.lower() not in L.cue_clausal \
            and not any(w in L.clause_hints for w in low[1:10]):
        return False  # "menilai peluang timnya mengejar X": the object noun phrase, not a clause
    if first in L.clause_hints:
        return True  # "menyatakan akan melakukan yang terbaik agar …": "agar" is a purpose here
    if any(w in L.request_markers for w in low[1:5]):
        return False  # "mengingatkan masyarakat agar …": a request, not reported speech
    if "sebagai" in low[1:5] and verb.lower() in L.naming_verbs:
        return False  # "menyebut sorgum sebagai produk …": naming, not reporting
    if verb.lower() in L.cue_clausal and NOMINAL.match(first) \
            and any(w in L.clause_hints for w in low[10:24]):
        return True  # "mengatakan penanganan kasus … yang melibatkan … mesti diserahkan": a long subject
    if verb.lower() in L.cue_saying and len(low) >= 5 and words[0].islower() and first.isalpha() \
            and first not in L.np_starts and first not in L.request_markers and first not in L.prepositional \
            and first not in L.clause_preps and first not in L.stopwords and first != "sebagai" \
            and first not in _degree()[0] \
            and not first.endswith("nya") \
            and not any(w in {"yaitu", "yakni"} for w in low[1:10]):
        return True  # "mengatakan mahasiswa asal negaranya banyak yang belajar …": plain saying verbs report
    for i, lw in enumerate(low[1:10], 1):
        if lw in {"yaitu", "yakni"}:
            return False  # "menceritakan … karirnya di kepolisian, yaitu pernah …": a listed object
        if VERB_PREFIX.match(lw) and low[i - 1] == "yang" and verb.lower() in L.cue_topic:
            # "menjelaskan kasus … yang menjerat Gubernur DKI": a relative clause in the object; the
            # clause needs a predicate after it ("surat … yang ditandatangani X menyebutkan …")
            return any(w in L.clause_hints or VERB_PREFIX.match(w) and low[k - 1] != "yang"
                       and w not in L.role_words and w not in L.prepositional
                       for k, w in enumerate(low[i + 1:20], i + 1))
        if lw in L.clause_hints or (VERB_PREFIX.match(lw) and lw not in L.role_words
                                    and lw not in L.prepositional):
            return True
        if lw in L.demonstratives and i <= 4 and i + 1 < len(low):
            # "menilai keputusan itu di luar perkiraan": subject + demonstrative + predicate; but
            # "menyinggung peristiwa itu ketika …": the noun phrase ends, an adverbial follows
            return low[i + 1] not in L.np_links
    return False


def _own_subject_verb(low: list[str]) -> bool:
    """``mengakui perusahaannya menjiplak konsep …``: a possessed noun (``perusahaannya``) directly
    followed by an active verb is the subject of a reported clause, not the object of the cue (a
    ``ke-…-an`` feeling is not: ``mengungkapkan ketertarikannya mengaudisi …``)."""
    L = lex()
    return len(low) >= 3 and not low[0].startswith("ke") \
        and bool(re.match(r"^(?:me|ber)[a-z]{3,}$", low[1])) \
        and low[1] not in L.role_words and low[1] not in L.prepositional and low[1] not in L.stopwords


def manner_tail(toks: list[tuple[str, int, int]], k: int) -> int | None:
    """``… di Celtic Park, dengan ia mengatakan: …``, ``…, seraya menambahkan …``: the offset of a comma
    after ``toks[k]`` that opens a manner clause with a speech verb of its own (a linking word, at most
    a pronoun or two words, then the verb), where the reported clause ends; else ``None``."""
    L = lex()
    for i in range(k + 1, len(toks) - 2):
        if toks[i][0] != "," or toks[i + 1][0].lower() not in L.manner_links:
            continue
        verb = next((x for x in range(i + 2, min(len(toks), i + 5)) if L.is_active_cue(toks[x][0])), None)
        if verb is not None and all(t[0][:1].isalpha() for t in toks[i + 2:verb]):
            return toks[i][1]
    return None
