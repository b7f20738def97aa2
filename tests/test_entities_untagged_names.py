"""Balinese names and sports clubs that the NER missed."""

from warta.annotate.entities import build_entities


def test_balinese_name_is_a_person_and_its_short_form_maps_to_it():
    text = "Bek tengah I Wayan Arta Wibawa dipanggil lagi. Pelatih memuji Arta dalam latihan."
    ents = build_entities(text, [(text.index("Arta d"), text.index("Arta d") + 4, "PERSON", 0.8)])
    people = {(e.text, e.canonical) for e in ents if e.label == "PERSON"}
    assert people == {("I Wayan Arta Wibawa", "I Wayan Arta Wibawa"), ("Arta", "I Wayan Arta Wibawa")}


def test_untagged_club_with_a_tail_is_an_organisation():
    text = "Musim lalu dia memperkuat Bengaluru Blasters di liga itu."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents] == [("Bengaluru Blasters", "ORG")]


def test_common_word_before_an_untagged_club_is_no_part_of_it():
    text = "Ia kini menjadi Pemain Kerala United pekan ini."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents] == [("Kerala United", "ORG")]


def test_capitalised_common_word_before_a_tail_is_no_club():
    text = "Mereka bertanding di Kota Rangers pekan lalu."
    ents = build_entities(text, [])
    assert not any(e.text == "Kota Rangers" and e.label == "ORG" for e in ents)
