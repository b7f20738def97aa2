"""``X alias Y`` names one person; a company's first name word after its legal form is the company."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_alias_after_a_person_is_that_person():
    text = "Pelawak Agus Santoso alias Ucok tampil malam ini. Penggemar Ucok memadati gedung."
    ents = build_entities(text, [span(text, "Agus Santoso", "PERSON"), span(text, "Ucok", "LOC"),
                                 span(text, "Ucok", "LOC", nth=1)])
    assert {(e.text, e.label, e.canonical) for e in ents} == {
        ("Agus Santoso", "PERSON", "Agus Santoso"), ("Ucok", "PERSON", "Agus Santoso")}


def test_company_short_name_takes_the_full_company():
    text = "Direktur PT Sinar Baru Abadi Tbk menyebut laba naik. Tahun ini Sinar membuka toko."
    ents = build_entities(text, [span(text, "PT Sinar Baru Abadi Tbk", "ORG"), span(text, "Sinar", "LOC", nth=1)])
    sinar = [e for e in ents if e.text == "Sinar"]
    assert sinar and sinar[0].label == "ORG" and sinar[0].canonical == "PT Sinar Baru Abadi Tbk"


def test_office_word_after_bernama_is_part_of_the_name():
    text = "Polisi menangkap pria bernama Menteri Saputra di pasar."
    ents = build_entities(text, [span(text, "Menteri Saputra", "PERSON")])
    assert [(e.text, e.canonical, e.role) for e in ents] == [("Menteri Saputra", "Menteri Saputra", None)]


def test_office_before_a_name_without_a_naming_cue_stays_a_role():
    text = "Polisi menemui Menteri Saputra di pasar."
    ents = build_entities(text, [span(text, "Menteri Saputra", "PERSON")])
    assert [(e.text, e.role) for e in ents] == [("Saputra", "Menteri")]


def test_noble_honorific_is_no_part_of_the_name():
    text = "Perjuangan RA Suwarni dikenang. Suwarni lahir di Jepara."
    ents = build_entities(text, [span(text, "RA Suwarni", "PERSON"), span(text, "Suwarni", "PERSON", nth=1)])
    assert {(e.text, e.canonical) for e in ents if e.label == "PERSON"} == {("Suwarni", "Suwarni")}


def test_short_form_of_a_known_name_stays_as_written_without_the_full_name():
    text = "Rapat itu dihadiri Anies dan para relawan. Anies berbicara singkat."
    ents = build_entities(text, [span(text, "Anies", "PERSON"), span(text, "Anies", "PERSON", nth=1)])
    assert {e.canonical for e in ents} == {"Anies"}


def test_short_form_takes_the_full_name_when_the_article_writes_it():
    text = "Anies Baswedan tiba pagi. Anies berbicara singkat."
    ents = build_entities(text, [span(text, "Anies Baswedan", "PERSON"), span(text, "Anies", "PERSON", nth=1)])
    assert {e.canonical for e in ents} == {"Anies Baswedan"}


def test_true_nickname_still_maps_to_the_full_name():
    text = "Rapat itu dihadiri Jokowi pada Senin."
    ents = build_entities(text, [span(text, "Jokowi", "PERSON")])
    assert [e.canonical for e in ents] == ["Joko Widodo"]
