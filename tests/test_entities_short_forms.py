"""Short forms inside one article: first-name short forms of people, organisations named without
their region, acronyms that are not units of a longer name."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_first_name_short_form_maps_to_the_one_person_it_opens():
    text = "Valentino Simanjuntak menang. Sejak awal Vale tampil tenang."
    ents = build_entities(text, [span(text, "Valentino Simanjuntak", "PERSON"), span(text, "Vale", "PERSON")])
    assert {e.canonical for e in ents} == {"Valentino Simanjuntak"}


def test_short_form_shared_by_two_people_is_left_alone():
    text = "Gabriella Santoso dan Gabrielle Wong bertanding. Gabri menang."
    spans = [span(text, "Gabriella Santoso", "PERSON"), span(text, "Gabrielle Wong", "PERSON"),
             span(text, "Gabri", "PERSON", nth=2)]
    assert "Gabri" in {e.canonical for e in build_entities(text, spans)}


def test_organisation_without_its_region_maps_to_the_regional_name():
    text = "Dinas Kesehatan Jawa Timur membuka posko. Dinas Kesehatan juga menyiapkan obat."
    spans = [span(text, "Dinas Kesehatan Jawa Timur", "ORG"), span(text, "Dinas Kesehatan", "ORG", nth=1)]
    assert {e.canonical for e in build_entities(text, spans) if e.label == "ORG"} == {"Dinas Kesehatan Jawa Timur"}


def test_acronym_is_not_taken_for_a_unit_named_after_it():
    text = "Menurut Biro Humas dan Organisasi BNPB, BNPB mengirim bantuan."
    spans = [span(text, "Organisasi BNPB", "ORG"), span(text, "BNPB", "ORG", nth=1)]
    ents = build_entities(text, spans)
    bnpb = [e.canonical for e in ents if e.text == "BNPB"]
    assert bnpb and "Organisasi BNPB" not in bnpb


def test_acronym_opening_a_name_takes_the_spelled_out_name_of_the_article():
    text = "Sidang digelar di Pengadilan Negeri Surabaya Timur. Hakim PN Surabaya Timur menunda sidang."
    spans = [span(text, "Pengadilan Negeri Surabaya Timur", "ORG"), span(text, "PN Surabaya Timur", "ORG")]
    ents = build_entities(text, spans)
    assert {e.canonical for e in ents if e.label == "ORG"} == {"Pengadilan Negeri Surabaya Timur"}


def test_acronym_with_other_initials_keeps_its_name():
    text = "Sidang digelar di Pengadilan Negeri Surabaya Timur. Petugas BPN Surabaya Timur libur."
    spans = [span(text, "Pengadilan Negeri Surabaya Timur", "ORG"), span(text, "BPN Surabaya Timur", "ORG")]
    assert "BPN Surabaya Timur" in {e.canonical for e in build_entities(text, spans)}


def test_product_name_is_not_qualified_by_a_following_acronym():
    text = "Fitur Chrome Home kembali. Tampilan Chrome Home UI juga berubah."
    spans = [span(text, "Chrome Home", "ORG"), span(text, "Chrome Home UI", "ORG")]
    assert "Chrome Home" in {e.canonical for e in build_entities(text, spans)}
