"""Known acronyms after a capitalised common word; housing estates after a sentence-initial noun."""

from warta.annotate.entities import build_entities


def test_lexicon_acronym_after_a_capitalised_common_word_is_found():
    text = "Petenis itu kembali bermain di Tur WTA tahun ini."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents] == [("WTA", "ORG")]


def test_lexicon_acronym_inside_an_untagged_name_is_not_cut_out():
    text = "Ia kuliah di Universitas Sains FIFA Madrid."
    ents = build_entities(text, [])
    assert not any(e.text == "FIFA" for e in ents)


def test_housing_estate_after_a_sentence_initial_noun_is_a_place():
    text = "Penghuni Perumahan Griya Asri Blok B mengeluhkan banjir."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents] == [("Perumahan Griya Asri", "LOC")]


def test_housing_estate_right_after_a_name_is_not_split_off():
    text = "Warga menyebut Bank Perumahan Rakyat menaikkan bunga."
    ents = build_entities(text, [])
    assert not any(e.text.startswith("Perumahan") for e in ents)
