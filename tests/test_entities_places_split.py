"""Place spans cut before a street head, untagged places after a place head; lexicon organisations written with a
comma; units named by two institution words joined by ``dan``."""

from entity_helpers import labels, span
from warta.annotate.entities import build_entities


def test_street_head_at_the_end_of_a_place_opens_the_next_place():
    text = "Ia ditangkap di Toko Sinar Jaya Jalan Melati Indah, Bekasi."
    ents = labels(build_entities(text, [span(text, "Toko Sinar Jaya Jalan", "LOC")]))
    assert ("Toko Sinar Jaya", "LOC") in ents and ("Jalan Melati Indah", "LOC") in ents


def test_untagged_head_and_name_in_mid_sentence_is_a_place():
    text = "Warga berkumpul di halaman Mesjid Agung Sukabumi setelah salat."
    assert ("Mesjid Agung Sukabumi", "LOC") in labels(build_entities(text, []))


def test_head_continuing_a_longer_name_is_left_alone():
    text = "Petugas BPBD Kota Bogor bersiaga."
    assert ("Kota Bogor", "LOC") not in labels(build_entities(text, [span(text, "BPBD", "ORG")]))


def test_lexicon_organisation_matches_without_its_last_comma_and_keeps_the_written_form():
    text = "Badan Meteorologi, Klimatologi dan Geofisika mencatat gempa. BMKG meminta warga tenang."
    ents = build_entities(text, [])
    assert ents[0].text == "Badan Meteorologi, Klimatologi dan Geofisika" and ents[0].label == "ORG"
    assert {e.canonical for e in ents} == {"Badan Meteorologi, Klimatologi dan Geofisika"}


def test_unit_named_by_two_institution_words_joined_by_dan_belongs_to_the_name():
    text = "Menurut Biro Hukum dan Organisasi KPK, aturan itu berlaku."
    assert ("Biro Hukum dan Organisasi KPK", "ORG") in labels(build_entities(text, []))


def test_unit_inside_an_organisation_grows_over_its_name():
    text = "Rilis Biro Humas dan Organisasi KPK Bagian Pemberitaan Nasional yang diterima kemarin beredar."
    orgs = [e.text for e in build_entities(text, []) if e.label == "ORG"]
    assert orgs == ["Biro Humas dan Organisasi KPK Bagian Pemberitaan Nasional"]
