"""An acronym written inside a body's name (``Pemerintah Kota (Pemkot) Bogor``) or after a legal
form (``PT Sinar Laut Jaya (SLJ)``) takes the full name the article writes."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_acronym_before_the_place_takes_the_place():
    text = "Pemerintah Provinsi (Pemprov) Maluku Utara menyiapkan dana. Kepala dinas menyebut Pemprov siap."
    ents = build_entities(text, [span(text, "Pemerintah Provinsi (Pemprov)", "ORG"), span(text, "Maluku Utara", "LOC"),
                                 span(text, "Pemprov", "ORG", nth=1)])
    orgs = {e.canonical for e in ents if e.label == "ORG"}
    assert orgs == {"Pemerintah Provinsi Maluku Utara"}
    assert "Maluku Utara" in {e.canonical for e in ents if e.label == "LOC"}


def test_acronym_without_unit_word_keeps_its_expansion():
    text = "Komisi Pemberantasan Korupsi (KPK) Jakarta menerima laporan itu kemarin."
    ents = build_entities(text, [span(text, "Komisi Pemberantasan Korupsi (KPK)", "ORG"), span(text, "Jakarta", "LOC")])
    assert {e.canonical for e in ents if e.label == "ORG"} == {"Komisi Pemberantasan Korupsi"}


def test_acronym_after_a_legal_form_names_the_company_with_it():
    text = "Wakil PT Sinar Laut Jaya (SLJ) datang. Direksi PT SLJ menolak, kata juru bicara SLJ."
    ents = build_entities(text, [span(text, "PT Sinar Laut Jaya (SLJ)", "ORG"), span(text, "PT SLJ", "ORG"),
                                 span(text, "SLJ", "ORG", nth=2)])
    assert {e.canonical for e in ents if e.label == "ORG"} == {"PT Sinar Laut Jaya"}
