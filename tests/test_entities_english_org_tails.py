"""English organisation names end with a word that says what they are (``Studios``, ``Laboratory``,
``Clinic``; ``lang/id/org_tails.txt``): a person or place span that ends with one is an organisation.
A name the verifier is unsure of, listed among persons, is a person."""

import warta


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label for e in warta.analyze(text).entities}


def test_company_and_lab_tails_make_organisations() -> None:
    text = ("Gim itu digarap Blue Harbor Studios dan diuji para peneliti di Oak Ridge National Laboratory "
            "sebelum dirilis pekan lalu.")
    labels = _labels(text)
    assert labels.get("Blue Harbor Studios") == "ORG"
    assert labels.get("Oak Ridge National Laboratory") == "ORG"


def test_clinic_and_robotics_tails_make_organisations() -> None:
    text = "Dokter dari Bright Smile Clinic dan insinyur Nova Robotics hadir dalam acara itu."
    labels = _labels(text)
    assert labels.get("Bright Smile Clinic") == "ORG"
    assert labels.get("Nova Robotics") == "ORG"


def test_a_persons_name_stays_a_person() -> None:
    text = "Penyanyi Taylor Swift merilis album baru di Los Angeles."
    assert _labels(text).get("Taylor Swift") == "PERSON"


def test_a_name_listed_among_persons_is_a_person() -> None:
    from warta.annotate.entity_verify import listed_persons
    from warta.model import Entity

    text = "Hadir Dewi Sandra, Fedi Nuril, dan Chelsea Islan di Jakarta."

    def ent(name: str, label: str, conf: float) -> Entity:
        s = text.index(name)
        return Entity(text=name, label=label, start=s, end=s + len(name), canonical=name, confidence=conf)

    people = [ent("Dewi Sandra", "PERSON", 0.9), ent("Fedi Nuril", "PERSON", 0.9)]
    unsure, sure = ent("Chelsea Islan", "ORG", 0.5), ent("Chelsea Islan", "ORG", 0.95)
    place = ent("Jakarta", "LOC", 0.5)
    assert listed_persons(text, [*people, unsure, place]) == {(unsure.start, unsure.end)}
    assert listed_persons(text, [*people, sure, place]) == set()  # the verifier is sure: it stays
    assert listed_persons(text, [people[0], unsure, place]) == set()  # one person makes no list


def test_a_source_cue_opening_the_sentence_names_an_outlet() -> None:
    text = "Melansir Stereogum, band itu akan merilis album baru tahun depan."
    assert _labels(text).get("Stereogum") == "ORG"
