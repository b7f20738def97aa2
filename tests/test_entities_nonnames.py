"""Spans whose words say they name no person or place are dropped: pe-/ke-...-an nouns, holidays,
peoples' names, address parts; offices written as organisations and their acronyms."""

from entity_helpers import labels, span
from warta.annotate.entities import build_entities
from warta.annotate.entity_lexicons import derived_noun


def test_confix_nouns_are_recognised():
    assert derived_noun("Pembangunan") and derived_noun("Kesultanan") and derived_noun("Penanganan")
    assert not derived_noun("Setiawan") and not derived_noun("Kurniawan") and not derived_noun("Pemuda")


def test_office_followed_by_a_confix_noun_is_no_person():
    text = "Ia ditunjuk sebagai Ketua Tim Pemenangan oleh partainya."
    assert not [e for e in build_entities(text, []) if e.label == "PERSON"]


def test_person_span_opening_with_a_confix_noun_is_dropped():
    text = "Masjid itu dibangun pada masa Kesultanan Demak yang berjaya."
    assert build_entities(text, [span(text, "Kesultanan Demak", "PERSON")]) == []


def test_holiday_alone_is_no_person_but_a_name_containing_it_stays():
    text = "Menjelang Lebaran, harga naik. Ahmad Ramadhan mengatakan stok cukup."
    ents = build_entities(text, [span(text, "Lebaran", "PERSON"), span(text, "Ahmad Ramadhan", "PERSON")])
    assert labels(ents) == {("Ahmad Ramadhan", "PERSON")}


def test_a_people_is_no_place():
    text = "Para pedagang Tionghoa di Medan menyebut Israel sebagai Negara Yahudi."
    spans = [span(text, "Tionghoa", "LOC"), span(text, "Medan", "LOC"), span(text, "Negara Yahudi", "LOC"),
             span(text, "Israel", "LOC")]
    assert labels(build_entities(text, spans)) == {("Medan", "LOC"), ("Israel", "LOC")}


def test_address_block_alone_is_no_place():
    text = "Ia tinggal di Jalan Kenanga Raya Blok C3 nomor 9, Depok."
    spans = [span(text, "Jalan Kenanga Raya", "LOC"), span(text, "Blok C3", "LOC")]
    assert ("Blok C3", "LOC") not in labels(build_entities(text, spans))


def test_organisation_span_opening_with_an_office_and_its_acronym_are_dropped():
    text = ("Kepala Staf Angkatan Laut (KSAL) Laksamana Yudo Margono meninjau kapal. "
            "KSAL menyebut kapal itu siap.")
    spans = [span(text, "Kepala Staf Angkatan Laut (KSAL)", "ORG"), span(text, "Yudo Margono", "PERSON"),
             span(text, "KSAL", "ORG", nth=1)]
    ents = build_entities(text, spans)
    assert [e.label for e in ents] == ["PERSON"]
    assert ents[0].role.startswith("Kepala Staf Angkatan Laut")


def test_office_acronym_in_brackets_is_no_name():
    text = "Pemilihan Kepala Daerah (Pilkada) digelar tahun depan di Bogor."
    assert not [e for e in build_entities(text, []) if e.label == "PERSON"]


def test_organisation_opening_with_a_profession_and_no_name_after_stays():
    text = "Tim Dokter Lintas Batas mengirim obat ke Gaza."
    ents = build_entities(text, [span(text, "Dokter Lintas Batas", "ORG")])
    assert ("Dokter Lintas Batas", "ORG") in labels(ents)
