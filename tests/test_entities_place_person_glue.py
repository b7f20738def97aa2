"""A person span that opens with a place the article names (``Pemimpin Tirol Hans Gruber``) loses it."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_leading_place_is_split_off_and_stays_a_place():
    text = "Warga wilayah Tirol berdemo. Pemimpin Tirol Hans Gruber menolak. Tirol tetap tenang."
    ents = build_entities(text, [span(text, "Tirol", "LOC"), span(text, "Tirol Hans Gruber", "PERSON")])
    people = {e.canonical for e in ents if e.label == "PERSON"}
    assert people == {"Hans Gruber"}
    assert all(e.label == "LOC" for e in ents if e.text.endswith("Tirol"))


def test_person_whose_first_name_is_no_place_is_kept():
    text = "Warga wilayah Tirol berdemo. Pemimpin Hans Peter Gruber menolak."
    ents = build_entities(text, [span(text, "Tirol", "LOC"), span(text, "Hans Peter Gruber", "PERSON")])
    assert {e.canonical for e in ents if e.label == "PERSON"} == {"Hans Peter Gruber"}
