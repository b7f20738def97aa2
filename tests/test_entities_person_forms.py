"""Person spans that are no names: digits (list numbers, ages, model numbers) and capitalised words
that news text writes in lower case inside sentences (``entity_lowercase_words.txt``)."""

from __future__ import annotations

import warta
from entity_helpers import span
from warta.annotate.entities import build_entities


def _persons(text: str) -> list[str]:
    return [e.text for e in warta.analyze(text).entities if e.label == "PERSON"]


def test_list_number_after_a_name_is_cut_off() -> None:
    persons = _persons("Korban meninggal dunia 1. Pratu Marwan 2. Praka Edy 3. Pratu Ibnu Hidayat")
    assert "Marwan" in persons and "Edy" in persons
    assert not any(ch.isdigit() for p in persons for ch in p)


def test_age_in_brackets_is_no_part_of_the_name() -> None:
    persons = _persons("Polisi menangkap Erwin Yogo Cahyono (38) di rumahnya pada Senin malam.")
    assert persons == ["Erwin Yogo Cahyono"]


def test_a_span_with_a_model_number_is_no_person() -> None:
    text = "Ponsel itu bersaing dengan Advan G1 di pasar kelas menengah."
    assert build_entities(text, [span(text, "Advan G1", "PERSON")]) == []


def test_capitalised_common_word_is_no_person() -> None:
    text = "Laga itu ricuh.\n\nInsiden itu terjadi setelah wasit memberi kartu merah."
    assert build_entities(text, [span(text, "Insiden", "PERSON")]) == []


def test_phrase_of_common_words_is_no_person() -> None:
    text = "Kementerian menggelar Latihan Pelajar di Cibubur selama tiga hari."
    ents = build_entities(text, [span(text, "Latihan Pelajar", "PERSON")])
    assert not [e for e in ents if e.label == "PERSON"]


def test_name_that_is_also_a_word_stays_when_the_article_gives_the_full_name() -> None:
    text = "Penyanyi Bunga Citra Lestari merilis album baru. Menurut Bunga, album itu untuk anaknya."
    ents = build_entities(text, [span(text, "Bunga Citra Lestari", "PERSON"),
                                 span(text, "Bunga", "PERSON", nth=1)])
    assert [(e.text, e.canonical) for e in ents if e.label == "PERSON"] == [
        ("Bunga Citra Lestari", "Bunga Citra Lestari"), ("Bunga", "Bunga Citra Lestari")]


def test_ordinary_names_stay() -> None:
    text = "Jurnalis Cara Delevingne bertemu Luka Modric di Madrid."
    ents = build_entities(text, [span(text, "Cara Delevingne", "PERSON"), span(text, "Luka Modric", "PERSON")])
    assert [e.text for e in ents if e.label == "PERSON"] == ["Cara Delevingne", "Luka Modric"]
