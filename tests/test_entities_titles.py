"""Titles, ranks and offices are stripped from person names and reported as roles."""

from entity_helpers import span
from warta.annotate.entities import build_entities, strip_title


def test_strip_title_office_is_role():
    assert strip_title("Presiden Joko Widodo") == ("Joko Widodo", "Presiden")


def test_strip_title_rank_is_stripped_and_returned():
    name, title = strip_title("Kombes Pol Budi Hermanto")
    assert name == "Budi Hermanto"
    assert title == "Kombes Pol"


def test_strip_title_honorifics_and_degrees():
    assert strip_title("Prof. Dr. Siti Aminah, S.H., M.H.")[0] == "Siti Aminah"
    assert strip_title("Pak Rahmat")[0] == "Rahmat"


def test_strip_title_plain_name_unchanged():
    assert strip_title("Rina Wulandari") == ("Rina Wulandari", None)


def test_title_swept_into_person_span_is_removed():
    text = "Presiden Joko Widodo meresmikan jembatan itu di Kupang."
    ents = build_entities(text, [span(text, "Presiden Joko Widodo", "PERSON")])
    person = [e for e in ents if e.label == "PERSON"]
    assert len(person) == 1
    assert person[0].text == "Joko Widodo"
    assert text[person[0].start:person[0].end] == "Joko Widodo"
    assert person[0].role == "Presiden"
    assert person[0].canonical == "Joko Widodo"


def test_role_and_rank_inside_span_split_from_name():
    text = "Hal itu disampaikan Kapolres Metro Jakarta Barat Kombes Pol Andi Prasetyo kepada wartawan."
    phrase = "Kapolres Metro Jakarta Barat Kombes Pol Andi Prasetyo"
    ents = build_entities(text, [span(text, phrase, "PERSON")])
    person = [e for e in ents if e.label == "PERSON"][0]
    assert person.canonical == "Andi Prasetyo"
    assert person.role == "Kapolres Metro Jakarta Barat"


def test_span_of_titles_only_is_dropped():
    text = "Menurut Presiden, rapat itu penting."
    ents = build_entities(text, [span(text, "Presiden", "PERSON")])
    assert [e for e in ents if e.label == "PERSON"] == []
