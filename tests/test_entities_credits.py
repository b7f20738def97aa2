"""Outlets in datelines and end credits are not entities; a dash-glued common word ends a name."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_outlet_credited_at_the_end_is_dropped():
    text = "Kebakaran melanda pasar di Tokyo. Tidak ada korban jiwa. (AFP)"
    ents = build_entities(text, [span(text, "Tokyo", "LOC"), span(text, "AFP", "ORG")])
    assert [e.text for e in ents] == ["Tokyo"]


def test_outlet_named_in_the_body_stays():
    text = "Kebakaran melanda pasar, seperti dilaporkan AFP. Tidak ada korban."
    assert [e.text for e in build_entities(text, [span(text, "AFP", "ORG")])] == ["AFP"]


def test_dateline_city_in_capitals_is_a_place_and_the_web_outlet_is_dropped():
    text = "MADRID, Bola.net - Pelatih itu memuji timnya."
    ents = build_entities(text, [span(text, "MADRID", "PERSON"), span(text, "Bola.net", "LOC")])
    assert [(e.text, e.label) for e in ents] == [("MADRID", "LOC")]


def test_common_word_glued_by_a_dash_is_not_part_of_the_name():
    text = "Persija-yang bermain di kandang-menang tipis."
    ents = build_entities(text, [span(text, "Persija", "ORG")])
    assert [e.text for e in ents] == ["Persija"]


def test_dash_glued_name_part_stays():
    text = "Pelatih Kim Hak-beom memuji timnya."
    ents = build_entities(text, [span(text, "Kim Hak", "PERSON")])
    assert [e.text for e in ents] == ["Kim Hak-beom"]
