"""A dateline's outlet before a person's name, and a nickname cue after a name the NER missed
(session 24), on sentences written for these tests."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_outlet_of_a_dateline_is_cut_from_a_persons_name() -> None:
    text = "Beritaku - Rudy Hartanto batal menggelar konser di Bali.\n\nRudy mengaku kecewa."
    ents = build_entities(text, [span(text, "Beritaku - Rudy Hartanto", "PERSON"), span(text, "Rudy", "PERSON", nth=1)])
    assert any(e.text == "Rudy Hartanto" and e.label == "PERSON" for e in ents), ents
    assert all(not (e.canonical or "").startswith("Beritaku") for e in ents)


def test_double_name_written_with_a_spaced_dash_stays_whole() -> None:
    text = "Kevin - Prince Boateng resmi bergabung dengan klub itu."
    ents = build_entities(text, [span(text, "Kevin - Prince Boateng", "PERSON")])
    assert any(e.text == "Kevin - Prince Boateng" for e in ents), ents


def test_nickname_after_a_name_the_ner_missed_is_not_given_to_an_earlier_person() -> None:
    text = "Rudy Hartanto batal menikahi Kirana Cempaka alias Mawar di pantai itu."
    ents = build_entities(text, [span(text, "Rudy Hartanto", "PERSON"), span(text, "Mawar", "PERSON")])
    mawar = next(e for e in ents if e.text == "Mawar")
    assert mawar.canonical != "Rudy Hartanto", ents
