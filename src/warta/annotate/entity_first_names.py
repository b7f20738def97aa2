"""A given name that the NER left out of a person's span, between a body's name and the rest of
the name: ``Partai Republik Donald`` + ``Trump``, ``Dinas Pariwisata Turbey`` + ``Ony Dangeubun``,
``(IDAI) Piprim`` + ``Basarah Yanuarso``, ``PT POS Indonesia Gilarsi`` + ``Wahju Setijono``.

The word joins the person when it is a given name of the NER's list, or a capitalised word that no
list knows and that the article writes nowhere else, right after an institution's field word, an
acronym or a place that ends the body's name.
"""

from __future__ import annotations

import re

from warta.annotate.entity_lexicons import WORD, extras, given_names, legal_forms, lexicons
from warta.annotate.entity_mentions import Mention
from warta.annotate.quote_lex import lex


def first_names_out_of_orgs(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Partai Republik Donald`` + ``Trump``: an organisation span run one word into the person span
    right after it gives that word back, when the word is a given name of the NER's list, or a word
    no list knows after an institution word or acronym (``Dinas Pariwisata Turbey`` + ``Ony
    Dangeubun``), and no organisation word, and the article writes the organisation span only
    there (``Bank Mandiri``, written again elsewhere, keeps its last word)."""
    out = sorted(mentions, key=lambda m: m.start)
    lx = lexicons()
    for i in range(len(out) - 1):
        org, person = out[i], out[i + 1]
        if org.label != "ORG" or person.label != "PERSON" or text[org.end:person.start] != " ":
            continue
        words = list(WORD.finditer(text, org.start, org.end))
        if len(words) < 3 or words[-1].end() != org.end or len(words[-2].group()) == 1:
            continue  # (not "… Perindustrian I Gusti": with_leading_initials takes a name's opening)
        last = words[-1].group()
        before = words[-2].group()  # an institution's field ("Pariwisata"), not a head ("Partai Demokrat")
        named = last in given_names() or (_unknown_word(text, last) and _LOWER_NAME.fullmatch(last) and (
            (before.lower() in lx.org_words and before.lower() not in lx.org_heads) or before.isupper())
            and not _written_elsewhere(text, last, words[-1].start(), out)) \
            or _unknown_word(text, last) and _speaks_alone(text, last)  # ("Jo" of "kata Jo", no "Kemenag")
        if not named or last.lower() in lx.org_words or last.lower() in lx.org_tails \
                or text.count(text[org.start:org.end]) > 1 \
                or tuple(w.group() for w in words) in lx.orgs:
            continue
        head = text[org.start:words[-2].end()]
        out[i] = Mention(org.start, words[-2].end(), "ORG", org.conf, head, org.role)
        out[i + 1] = Mention(words[-1].start(), person.end, "PERSON", person.conf,
                             text[words[-1].start():person.end], person.role)
    return out


_LOWER_NAME = re.compile(r"[A-Z][a-z]+")
# an acronym (bracketed or not) or a place's last word, then one capitalised word right before a person
_BODY_WORD = re.compile(
    r"(?:\(([A-Z][A-Za-z]*[A-Z])\)|\b([A-Z]{2,})|\b([A-Z][a-z]+))[ \t]+([A-Z][a-z]+)[ \t]+$")


def _ends_place(text: str, end: int) -> bool:
    """Whether the one to three words ending at ``end`` are a place of the gazetteer (``Indonesia``,
    ``Jawa Barat``)."""
    words = tuple(WORD.findall(text, max(0, end - 60), end))
    return any(words[-k:] in lexicons().places for k in (1, 2, 3) if len(words) >= k)


def _unknown_word(text: str, word: str) -> bool:
    """A capitalised word that no list knows (no common, office, title, organisation or place word)
    and that the article never writes in lower case: a name word (``Piprim``, ``Turbey``)."""
    lx, low = lexicons(), word.lower()
    return not (low in lx.common or low in lx.roles or low in lx.titles or low in lx.org_words
                or low in lx.org_heads or low in lx.org_tails or (word,) in lx.places
                or low in lex().common_words or (word,) in lx.orgs or (word,) in extras().orgs
                or re.search(rf"\b{re.escape(low)}\b", text))


def _speaks_alone(text: str, word: str) -> bool:
    """Whether the article writes ``word`` alone as a speaker: before a speech verb (``Jo
    mengatakan``) or after ``Menurut`` or a cue (``kata Jo``): a person's short name."""
    lx = lex()
    for hit in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])[ \t]+(\w+)", text):
        if hit.group(1) in lx.cue_active:
            return True
    for hit in re.finditer(rf"(\w+)[ \t]+{re.escape(word)}(?![\w-])(?![ \t]+[A-Z])", text):
        if hit.group(1).lower() == "menurut" or hit.group(1) in lx.cue_roots:
            return True
    return False


def _written_elsewhere(text: str, word: str, at: int, mentions: list[Mention]) -> bool:
    """Whether ``word`` occurs in ``text`` other than at ``at`` and inside person mentions."""
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    return any(w.start() != at and not any(a <= w.start() < b for a, b in persons)
               for w in re.finditer(rf"\b{re.escape(word)}\b", text))


def first_names_after_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) Piprim`` + ``Basarah Yanuarso``, ``… KLHK
    San`` + ``Afri Awang``, ``PT POS Indonesia Gilarsi`` + ``Wahju Setijono``: a person span of two
    words or more grows over the one unknown capitalised word (:func:`_unknown_word`) between it and
    an acronym or a place (gazetteer), which ends the body's name;
    an organisation span run from the acronym into that word (``IDAI) Piprim``) keeps the acronym."""
    out = sorted(mentions, key=lambda m: m.start)
    dropped: set[int] = set()
    for i, m in enumerate(out):
        if m.label != "PERSON" or " " not in text[m.start:m.end]:
            continue
        hit = _BODY_WORD.search(text, max(0, m.start - 40), m.start)
        if hit is None or not _unknown_word(text, hit.group(4)) or (hit.group(2) or "") in legal_forms() \
                or _written_elsewhere(text, hit.group(4), hit.start(4), out) \
                or hit.group(3) and (not _ends_place(text, hit.end(3)) or _ends_place(text, hit.end(4))):
            continue  # ("PT Panca Nabati": a company; "GMM Audi": "Audi" written elsewhere; "Jawa Barat")
        acr_end = hit.end(1) if hit.group(1) else hit.end(2) if hit.group(2) else hit.end(3)
        over = [k for k in range(i) if out[k].end > hit.start(4)]
        alone = {k for k in over if out[k].start == hit.start(4)}  # the word tagged alone ("Gilarsi")
        if any(out[k].label == "PERSON" or out[k].end != hit.end(4) or k not in alone and (
                out[k].start >= acr_end or out[k].start < hit.start() and not hit.group(3)) for k in over):
            continue
        for k in set(over) - alone:  # "IDAI) Piprim" -> "IDAI"; "KLHK San" (read as a place) -> "KLHK"
            o = out[k]
            label = o.label if hit.group(3) else "ORG"  # ("Kapolres Bogor Andi": the place stays one)
            out[k] = Mention(o.start, acr_end, label, o.conf, text[o.start:acr_end], o.role)
        out[i] = Mention(hit.start(4), m.end, m.label, m.conf, text[hit.start(4):m.end], None)
        dropped.update(id(out[k]) for k in alone)
    return [m for m in out if id(m) not in dropped]
