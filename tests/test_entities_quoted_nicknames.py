"""A nickname in quotation marks inside a name (``Alessio 'Uccio' Salucci``) makes one person, and
every mention of the nickname is that person (session 25); sentences written for these tests."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_name_with_a_quoted_nickname_is_one_person_and_links_the_nickname() -> None:
    text = ("Sahabat pebalap itu, Alessio 'Ucio' Salvucci, ikut datang. Menurut Ucio, musim depan "
            "akan lebih berat.")
    ents = build_entities(text, [span(text, "Ucio", "PERSON"), span(text, "Salvucci", "PERSON")])
    persons = {(e.text, e.canonical) for e in ents if e.label == "PERSON"}
    assert ("Alessio 'Ucio' Salvucci", "Alessio 'Ucio' Salvucci") in persons, persons
    assert ("Ucio", "Alessio 'Ucio' Salvucci") in persons, persons


def test_quoted_title_between_capitalised_words_is_no_name() -> None:
    text = "Penyanyi Andiko 'Kangen Band' Telah mundur dari grup itu."
    ents = build_entities(text, [span(text, "Andiko", "PERSON")])
    assert not any("'" in e.text for e in ents), ents
