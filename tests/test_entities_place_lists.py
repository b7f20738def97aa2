"""A one-word person mention inside a comma list of places is a place (session 25): the NER reads an
unknown village as a person; sentences written for these tests."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _labels(text, spans):
    return {e.text: e.label for e in build_entities(text, spans)}


def test_unknown_item_among_places_is_a_place() -> None:
    text = "Peserta melewati Ngadisari, Kandangan, Pananjakan, Jetakan, Jemplang, dan finis di Cemoro Lawang."
    got = _labels(text, [span(text, "Kandangan", "LOC"), span(text, "Jetakan", "PERSON"),
                         span(text, "Jemplang", "LOC")])
    assert got["Jetakan"] == "LOC", got


def test_person_listed_among_people_or_named_elsewhere_stays() -> None:
    text = "Hadir Bandung, Surabaya, Jetakan, dan Medan. Jetakan Sumarno mengatakan acara itu ramai."
    got = _labels(text, [span(text, "Bandung", "LOC"), span(text, "Surabaya", "LOC"), span(text, "Jetakan", "PERSON"),
                         span(text, "Medan", "LOC"), span(text, "Jetakan Sumarno", "PERSON")])
    assert got["Jetakan"] == "PERSON", got
    text = "Acara itu dihadiri Joko, Kandangan, Budi, dan Jemplang."
    got = _labels(text, [span(text, "Joko", "PERSON"), span(text, "Kandangan", "LOC"), span(text, "Budi", "PERSON"),
                         span(text, "Jemplang", "LOC")])
    assert got["Budi"] == "PERSON", got
