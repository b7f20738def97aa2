"""Entity repairs generalised from the errors of blind batches E and F, on sentences written for
these tests."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _by_text(text, spans):
    return {(e.text, e.label) for e in build_entities(text, spans)}


def test_outlet_of_a_dateline_is_cut_from_the_name_after_the_dash() -> None:
    text = "BOLANEWS.com - Panitia Pelaksana Piala Nusantara membuka pendaftaran relawan."
    got = _by_text(text, [span(text, "BOLANEWS.com - Panitia Pelaksana Piala Nusantara", "ORG")])
    assert ("Panitia Pelaksana Piala Nusantara", "ORG") in got
    assert not any(t.startswith("BOLANEWS") for t, _ in got)


def test_capitalised_dateline_place_is_cut_from_the_name_after_the_dash() -> None:
    text = "BANGKOK - Tim bulu tangkis Indonesia meraih emas."
    got = _by_text(text, [span(text, "BANGKOK - Tim", "ORG")])
    assert ("BANGKOK - Tim", "ORG") not in got


def test_hospital_abbreviation_makes_an_organisation() -> None:
    text = "Pasien itu dirujuk dari RS Wahidin Sudirohusodo pekan lalu."
    got = _by_text(text, [span(text, "RS Wahidin Sudirohusodo", "PERSON")])
    assert ("RS Wahidin Sudirohusodo", "PERSON") not in got
    assert any(t == "RS Wahidin Sudirohusodo" and lab == "ORG" for t, lab in got), got


def test_company_word_at_the_end_makes_an_organisation() -> None:
    text = "Dana itu dipimpin oleh Merah Putih Ventures sejak awal tahun."
    got = _by_text(text, [span(text, "Merah Putih Ventures", "PERSON")])
    assert got == {("Merah Putih Ventures", "ORG")}


def test_state_company_head_makes_an_organisation() -> None:
    text = "Gudang milik Perum Perhutani terbakar pada Senin."
    got = _by_text(text, [span(text, "Perum Perhutani", "LOC")])
    assert got == {("Perum Perhutani", "ORG")}


def test_initials_before_a_person_are_part_of_the_name_but_haji_is_not() -> None:
    text = "Ketua Umum Paguyuban Tani Jaya S. Hadi Purnomo hadir. Turut hadir H. Rahmat Hidayat."
    got = _by_text(text, [span(text, "Hadi Purnomo", "PERSON"), span(text, "Rahmat Hidayat", "PERSON")])
    assert ("S. Hadi Purnomo", "PERSON") in got
    assert ("Rahmat Hidayat", "PERSON") in got


def test_sentence_opening_passive_verb_and_number_words_are_no_names() -> None:
    text = "Disinggung soal itu, Rudi menolak berkomentar. Delapan kapal ikut berlayar."
    got = _by_text(text, [span(text, "Disinggung", "PERSON"), span(text, "Rudi", "PERSON"),
                          span(text, "Delapan", "LOC")])
    assert got == {("Rudi", "PERSON")}


def test_police_rank_suffix_is_no_person() -> None:
    text = "Kapolda Jawa Tengah Irjen Pol. Ahmad Luthfi meninjau pos mudik."
    got = _by_text(text, [span(text, "Jawa Tengah", "LOC"), span(text, "Ahmad Luthfi", "PERSON")])
    assert {t for t, lab in got if lab == "PERSON"} == {"Ahmad Luthfi"}


def test_a_law_named_after_an_institution_is_no_organisation() -> None:
    text = "DPR menolak revisi UU Pemasyarakatan. Pemerintah menerbitkan Perpres Nomor 5 tentang Gizi."
    got = _by_text(text, [span(text, "UU Pemasyarakatan", "ORG"), span(text, "Perpres Nomor 5", "ORG")])
    assert not any(t.startswith(("UU", "Perpres")) for t, _ in got), got


def test_sentence_opening_derived_noun_is_no_place() -> None:
    text = "Kerusuhan pecah pada malam hari. Warga Kecamatan Cilandak mengungsi."
    got = _by_text(text, [span(text, "Kerusuhan", "LOC"), span(text, "Kecamatan Cilandak", "LOC")])
    assert got == {("Kecamatan Cilandak", "LOC")}


def test_a_one_word_spelling_variant_takes_the_fuller_name_as_canonical() -> None:
    text = "Ketua FPI Jakarta Muchsin Al Atas hadir. Muhsin menyebutkan massa tenang. Hasan juga hadir."
    ents = build_entities(text, [span(text, "Muchsin Al Atas", "PERSON"), span(text, "Muhsin", "PERSON"),
                                 span(text, "Hasan", "PERSON")])
    canon = {e.text: e.canonical for e in ents if e.label == "PERSON"}
    assert canon["Muhsin"] == "Muchsin Al Atas"
    assert canon["Hasan"] == "Hasan"


def test_club_names_tests_and_generic_classes() -> None:
    text = "Persipura menang atas Mitra Kukar. Peserta CPNS mengikuti Tes Wawasan Kebangsaan di Jakarta."
    got = _by_text(text, [span(text, "Persipura", "PERSON"), span(text, "Mitra Kukar", "LOC"),
                          span(text, "CPNS", "ORG"), span(text, "Tes Wawasan Kebangsaan", "ORG"),
                          span(text, "Jakarta", "LOC")])
    assert ("Persipura", "ORG") in got and ("Mitra Kukar", "ORG") in got
    assert not any(t in ("CPNS", "Tes Wawasan Kebangsaan") for t, _ in got), got
