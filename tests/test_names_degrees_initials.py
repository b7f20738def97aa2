"""Person names after a listed ministry, with a middle initial, and without trailing degrees."""

from __future__ import annotations

import pytest

import warta
from warta.annotate.entity_discover import discover_persons


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in discover_persons(text, frozenset())]


def test_names_after_a_listed_ministry_with_a_middle_initial():
    text = "Kepala Humas Kemenkes Rina S Wulandari mengatakan, vaksin itu aman."
    assert _found(text) == ["Rina S Wulandari"]


def test_names_an_organisation_head_still_opens_no_person():
    assert _found("Ketua Partai Golkar Sarmuji mengatakan hal itu.") == ["Sarmuji"]
    assert _found("Rektor Universitas Gadjah Mada mengatakan hal itu.") == []


def test_names_a_lone_initial_is_no_name():
    assert _found("Ketua Tim A B mengatakan hal itu.") == []


@pytest.mark.parametrize(("sentence", "name"), [
    ('"Semua bebas memilih," kata Prof. Dr. Hendra Saputra M.Hum. kepada wartawan.', "Hendra Saputra"),
    ('"Anak butuh zat besi," kata dr. Ratna Dewi Kusuma SpA di Jakarta.', "Ratna Dewi Kusuma"),
])
def test_names_degree_is_no_part_of_speaker_or_entity(sentence: str, name: str):
    art = warta.analyze(sentence)
    assert [q.speaker for q in art.quotes] == [name]
    persons = [e.text for e in art.entities if e.label == "PERSON"]
    assert persons and all(not p.endswith(("M", "Hum", "SpA")) for p in persons)


def test_names_a_surname_that_is_no_degree_stays():
    art = warta.analyze('"Semua bebas memilih," kata Hendra Saputra Marpaung kepada wartawan.')
    assert [q.speaker for q in art.quotes] == ["Hendra Saputra Marpaung"]
