"""Speakers and person canonicals after the entity verifier: a speaker takes the fuller plain name
the article's final entities give the same person (warta.annotate.speaker_final), added candidates
take part in the canonical names (warta.annotate.entity_verify._fullest_persons), and a name with
an occupation or organisation in it is no plain name (warta.annotate.canonical.plain_name_words)."""

import warta
from warta.annotate.canonical import plain_name_words
from warta.annotate.entity_verify import _fullest_persons
from warta.annotate.speaker_final import fuller_speakers
from warta.model import Entity, Quote


def _ent(text: str, doc: str, label: str = "PERSON", canonical: str | None = None) -> Entity:
    start = doc.index(text)
    return Entity(text, label, start, start + len(text), canonical or text)


_DOC = ("Salah satu pemeran utama, Kit Harington meminta libur. Sutradara Quentin Tarantino hadir. "
        "Harington datang bersama sutradara itu. Tarantino juga bicara. Ketua Peradi Sapriyanto Refa hadir.")


def test_plain_names() -> None:
    peradi = _ent("Peradi", _DOC, "ORG")
    plain = plain_name_words(_DOC, [peradi])
    assert plain("Kit Harington") and plain("Juan Martin del Potro")
    assert not plain("Sutradara Quentin Tarantino")  # "sutradara" is written in lower case
    assert not plain("Peradi Sapriyanto Refa")  # a word of an organisation
    assert not plain("Rimanews - Miley Cyrus")


def test_added_fuller_name_becomes_canonical() -> None:
    ents = [_ent("Kit Harington", _DOC), _ent("Harington", _DOC[60:]) , _ent("Tarantino", _DOC),
            _ent("Sutradara Quentin Tarantino", _DOC)]
    ents[1] = Entity("Harington", "PERSON", _DOC.index("Harington datang"), _DOC.index("Harington datang") + 9,
                     "Harington")
    out = {(e.text, e.start): e.canonical for e in _fullest_persons(_DOC, ents)}
    assert out[("Harington", ents[1].start)] == "Kit Harington"
    assert out[("Tarantino", ents[2].start)] == "Tarantino"  # not the name with an occupation


def test_speaker_follows_the_plain_canonical_only() -> None:
    start = _DOC.index("Harington datang")
    ents = [Entity("Harington", "PERSON", start, start + 9, "Kit Harington"),
            Entity("Tarantino", "PERSON", _DOC.index("Tarantino juga"), _DOC.index("Tarantino juga") + 9,
                   "Sutradara Quentin Tarantino")]
    quotes = [Quote("indirect", "x", 0, 1, speaker="Harington", speaker_label="PERSON"),
              Quote("indirect", "y", 2, 3, speaker="Tarantino", speaker_label="PERSON"),
              Quote("indirect", "z", 4, 5, speaker="Harington", speaker_label="ORG")]
    assert [q.speaker for q in fuller_speakers(_DOC, quotes, ents)] == ["Kit Harington", "Tarantino", "Harington"]


def test_ministry_abbreviation_is_an_office() -> None:
    text = ("\"Kami akan mempromosikan Bali ke seluruh dunia,\" kata Menpar Arief Yahya di Jakarta, Senin. "
            "Ia menambahkan bahwa jumlah wisatawan naik.")
    assert {q.speaker for q in warta.analyze(text).quotes} == {"Arief Yahya"}


def test_department_words_of_an_english_office_are_no_name() -> None:
    doc = "Head of Product Management Raf Van Nuffel hadir. Tim Marketing Research juga."
    ents = [Entity("Van Nuffel", "PERSON", doc.index("Van"), doc.index("Van") + 10, "Van Nuffel")]
    quotes = [Quote("direct", "x", 0, 1, speaker="Product Management Raf Van Nuffel", speaker_label="PERSON"),
              Quote("direct", "y", 2, 3, speaker="Marketing Research", speaker_label="PERSON")]
    assert [q.speaker for q in fuller_speakers(doc, quotes, ents)] == ["Raf Van Nuffel", "Marketing Research"]


def test_end_of_an_organisation_before_the_name_is_no_name() -> None:
    doc = "Direktur Utama BTN Maryono hadir. Direktur Eksekutif Formappi I Made Leo Wiratma juga. Tim M Iriawan."
    ents = [Entity("BTN", "ORG", doc.index("BTN"), doc.index("BTN") + 3, "BTN"),
            Entity("Maryono", "PERSON", doc.index("Maryono"), doc.index("Maryono") + 7, "Maryono"),
            Entity("Formappi", "ORG", doc.index("Formappi"), doc.index("Formappi") + 8, "Formappi"),
            Entity("I Made Leo Wiratma", "PERSON", doc.index("I Made"), doc.index("I Made") + 18, "I Made Leo Wiratma"),
            Entity("Iriawan", "PERSON", doc.index("Iriawan"), doc.index("Iriawan") + 7, "Iriawan")]
    quotes = [Quote("direct", "x", 0, 1, speaker=s, speaker_label="PERSON")
              for s in ("BTN Maryono", "Formappi I Made Leo Wiratma", "M Iriawan", "Budi Maryono")]
    assert [q.speaker for q in fuller_speakers(doc, quotes, ents)] == [
        "Maryono", "I Made Leo Wiratma", "M Iriawan", "Budi Maryono"]


def test_a_person_word_before_the_name_stays() -> None:
    doc = "Acara Life of Kylie tayang. Kylie senang. Kylie Jenner bicara. Jenner juga."
    ents = [Entity("Life of Kylie", "ORG", 6, 19, "Life of Kylie"),
            Entity("Kylie", "PERSON", doc.index("Kylie senang"), doc.index("Kylie senang") + 5, "Kylie"),
            Entity("Jenner", "PERSON", doc.index("Jenner juga"), doc.index("Jenner juga") + 6, "Jenner")]
    quotes = [Quote("direct", "x", 0, 1, speaker="Kylie Jenner", speaker_label="PERSON")]
    assert [q.speaker for q in fuller_speakers(doc, quotes, ents)] == ["Kylie Jenner"]


def test_unit_word_before_a_person_whose_name_holds_a_place_word_is_cut() -> None:
    # session 25: "Bima" is also a city, so "Bima Laga" is no plain name, but it is a person mention
    doc = "Kepala Divisi Keamanan Siber Bima Laga hadir di Jakarta. Bima mengatakan aturan itu baru."
    ents = [_ent("Bima Laga", doc), Entity("Bima", "PERSON", doc.index("Bima mengatakan"),
                                           doc.index("Bima mengatakan") + 4, "Bima Laga")]
    quotes = [Quote("direct", "x", 0, 1, speaker="Siber Bima Laga", speaker_label="PERSON")]
    assert [q.speaker for q in fuller_speakers(doc, quotes, ents)] == ["Bima Laga"]
