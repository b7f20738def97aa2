"""A name written after an office and swallowed by a place or organisation span is cut out of it."""

from entity_helpers import labels, span
from warta.annotate.entities import build_entities


def test_one_word_name_after_an_acronym_is_cut_from_a_place_span():
    text = "Kepala Dinas Pendidikan DKI Suharyanto, Senin (3/2), meninjau sekolah."
    ents = build_entities(text, [span(text, "DKI Suharyanto", "LOC")])
    assert ("Suharyanto", "PERSON") in labels(ents)
    assert ("DKI Suharyanto", "LOC") not in labels(ents)


def test_place_span_ending_inside_a_name_is_cut_and_the_name_completed():
    text = "Wakil Gubernur Jawa Barat Ridwan Saputra meresmikan jembatan. Ridwan berharap warga senang."
    ents = build_entities(text, [span(text, "Jawa Barat Ridwan", "LOC"), span(text, "Ridwan", "PERSON", nth=1)])
    assert ("Jawa Barat", "LOC") in labels(ents)
    people = [e for e in ents if e.label == "PERSON"]
    assert {p.canonical for p in people} == {"Ridwan Saputra"}


def test_first_name_swallowed_by_an_organisation_span_goes_to_the_person():
    text = "Pejabat Kedutaan Besar Australia Keir Stanton berpidato. Stanton berjanji membantu."
    spans = [span(text, "Kedutaan Besar Australia Keir", "ORG"), span(text, "Stanton", "PERSON", nth=1)]
    ents = labels(build_entities(text, spans))
    assert ("Kedutaan Besar Australia", "ORG") in ents and ("Keir Stanton", "PERSON") in ents


def test_organisation_ending_with_an_institution_word_keeps_it():
    text = "Pengurus Partai Bulan Bintang Hartono hadir. Hartono menolak berkomentar."
    spans = [span(text, "Partai Bulan Bintang", "ORG"), span(text, "Hartono", "PERSON", nth=1)]
    assert ("Partai Bulan Bintang", "ORG") in labels(build_entities(text, spans))


def test_company_after_an_office_and_before_a_comma_is_no_person():
    text = "Budi Raharjo, pendiri dan CEO Datakita.id, salah satu perusahaan rintisan, hadir."
    people = [e.text for e in build_entities(text, [span(text, "Budi Raharjo", "PERSON")]) if e.label == "PERSON"]
    assert people == ["Budi Raharjo"]
