"""A short name followed by an age in brackets is a person (``RKS (41) ditahan``), but not a team
followed by its points in a standings sentence."""

from __future__ import annotations

from entity_helpers import labels_by_text as _labels


def test_initials_with_an_age_are_a_person_everywhere() -> None:
    text = ("Direktorat Reserse Kriminal Umum Polda Jawa Timur menangkap AGS (45) di Surabaya. "
            "AGS mengaku menjual sabu kepada pelajar.")
    assert _labels(text).get("AGS") == {"PERSON"}


def test_a_listed_name_with_an_age_is_a_person() -> None:
    text = "Korban yang masih hilang yakni Paino (70) dan Darto (33)."
    assert _labels(text).get("Paino") == {"PERSON"}


def test_points_in_a_standings_sentence_are_no_age() -> None:
    text = ("Kemenangan itu membuat Arsenal naik ke peringkat ketiga klasemen dengan 50 poin, "
            "menggeser Chelsea (48) yang baru bertanding besok.")
    labels = _labels(text)
    assert "PERSON" not in labels.get("Chelsea", {"ORG"})
