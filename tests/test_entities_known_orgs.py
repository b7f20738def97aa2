"""Organisations found by name (``entity_orgs.txt``), people known by initials after a rank, and
acronyms that only spell out a common phrase."""

from entity_helpers import labels, span
from warta.annotate.entities import build_entities


def test_outlet_written_in_lower_case_is_found():
    text = "Saat dihubungi kumparan, Senin, ia membenarkan kabar itu."
    assert ("kumparan", "ORG") in labels(build_entities(text, []))


def test_outlet_tagged_as_a_place_becomes_an_organisation():
    text = "Ia berbicara kepada Bloomberg di sela konferensi."
    assert labels(build_entities(text, [span(text, "Bloomberg", "LOC")])) == {("Bloomberg", "ORG")}


def test_known_body_after_a_sentence_initial_common_word_is_found():
    text = "Politisi Partai Gerindra itu hadir. Warga menunggu fatwa MUI."
    ents = labels(build_entities(text, []))
    assert ("Partai Gerindra", "ORG") in ents and ("MUI", "ORG") in ents


def test_institutions_joined_by_dan_are_one_name():
    text = "Massa menuntut pembubaran badan Imigrasi dan Bea Cukai di kota itu."
    assert ("Imigrasi dan Bea Cukai", "ORG") in labels(build_entities(text, []))


def test_initials_after_a_rank_are_a_person_even_when_they_spell_a_common_acronym():
    text = "Polisi menahan Bripka RS dan Briptu AN di pos jaga."
    ents = labels(build_entities(text, []))
    assert ("RS", "PERSON") in ents and ("AN", "PERSON") in ents


def test_acronym_spelling_out_a_common_phrase_is_dropped():
    text = "Perusahaan merekrut tenaga alih daya. Para TAD itu bekerja di gudang."
    assert build_entities(text, [span(text, "TAD", "ORG")]) == []
