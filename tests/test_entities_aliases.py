"""Club nicknames and short place names take their label and, when written, the full name."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_club_nickname_maps_to_the_club_written_in_the_article():
    text = "Liverpool menang 2-0. Kemenangan itu membuat the Reds naik ke puncak."
    ents = build_entities(text, [span(text, "Liverpool", "ORG"), span(text, "the Reds", "PERSON")])
    reds = [e for e in ents if e.text == "the Reds"]
    assert reds and reds[0].label == "ORG" and reds[0].canonical == "Liverpool"


def test_short_place_name_keeps_its_form_when_the_full_name_is_not_written():
    text = "Banjir melanda Jateng sejak pagi."
    ents = build_entities(text, [span(text, "Jateng", "LOC")])
    assert [(e.label, e.canonical) for e in ents] == [("LOC", "Jateng")]


def test_short_place_name_takes_the_full_name_when_written():
    text = "Banjir melanda Jawa Tengah. Pemerintah Jateng menyiapkan posko."
    ents = build_entities(text, [span(text, "Jawa Tengah", "LOC"), span(text, "Jateng", "LOC")])
    assert {e.canonical for e in ents if e.label == "LOC"} == {"Jawa Tengah"}
