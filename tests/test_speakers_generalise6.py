"""Speaker rules generalised from the errors of blind batches E and F, on sentences written for
these tests (names, places and wording are not the batches')."""

from __future__ import annotations

from quotes_helpers import entity, quotes_of
from warta.annotate.entities import build_entities


def _speakers(text: str, entities=()) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(text, entities)}


def test_institution_name_before_a_person_is_not_part_of_the_speaker() -> None:
    text = "Direktur Utama Garudafood Hardianto Atmadja menyatakan penjualan perusahaan naik tahun ini."
    ents = [entity(text, "Garudafood", "ORG", 0.8), entity(text, "Hardianto Atmadja", "PERSON", 0.6)]
    assert _speakers(text, ents) == {"penjualan perusahaan naik tahun ini": "Hardianto Atmadja"}


def test_a_two_word_name_is_cut_from_the_end_of_a_one_word_company_span() -> None:
    text = "Direktur Utama Garudafood Hardianto Atmadja hadir dalam acara itu."
    s = text.index("Garudafood")
    got = {(e.text, e.label) for e in build_entities(text, [(s, s + len("Garudafood Hardianto Atmadja"), "ORG", 0.8)])}
    assert ("Hardianto Atmadja", "PERSON") in got
    assert ("Garudafood Hardianto Atmadja", "ORG") not in got


def test_the_words_after_an_institution_head_are_not_cut_as_a_name() -> None:
    # "Universitas" is an institution word: "Gadjah Mada" ends the university's name
    text = "Wakil Rektor Universitas Gadjah Mada hadir dalam acara itu."
    s = text.index("Universitas")
    got = {(e.text, e.label) for e in build_entities(text, [(s, s + len("Universitas Gadjah Mada"), "ORG", 0.8)])}
    assert got == {("Universitas Gadjah Mada", "ORG")}


def test_bracketed_legal_form_between_the_speaker_and_the_verb() -> None:
    text = "Dalam siaran persnya, PT Semen Gresik (Persero) menyatakan produksi semen naik 10 persen."
    ents = [entity(text, "PT Semen Gresik", "ORG", 0.8)]
    qs = quotes_of(text, ents)
    assert [(q.text, q.speaker, q.cue) for q in qs] == [
        ("produksi semen naik 10 persen", "PT Semen Gresik", "menyatakan")]


def test_office_and_its_place_resolve_to_the_holder_named_earlier() -> None:
    text = ("Bupati Garut Rudy Gunawan membuka pameran itu pada Senin.\n\n"
            "Bupati Garut mengatakan pameran akan digelar setiap tahun.")
    ents = [entity(text, "Garut", "LOC", 0.8), entity(text, "Rudy Gunawan", "PERSON", 0.8),
            entity(text, "Garut", "LOC", 0.8, nth=1)]
    assert _speakers(text, ents) == {"pameran akan digelar setiap tahun": "Rudy Gunawan"}


def test_agent_of_a_passive_speech_verb_is_the_next_pronoun_speaker() -> None:
    text = ("Mahasiswi Universitas Padjadjaran, Rina Amelia (Rina) yang hilang sepekan, sudah ditemukan. "
            "Hal tersebut dikatakan Kapolsek Jatinangor Kompol Yusuf Hidayat.\n\n"
            "\u201cYa, korban sudah kembali ke rumah orang tuanya,\u201d ujarnya.")
    assert _speakers(text) == {"Ya, korban sudah kembali ke rumah orang tuanya,": "Yusuf Hidayat"}


def test_a_name_inside_brackets_is_no_antecedent() -> None:
    text = ("Pengamat politik Faisal Wibowo menilai kebijakan itu terlambat.\n\n"
            "Karenanya, mantan aktivis (pendukung Budi Gunadi saat pemilu) itu meminta pemerintah bertindak.\n\n"
            "\u201cSeharusnya pemerintah turun tangan sejak awal,\u201d kata dia.")
    got = _speakers(text)
    assert got["Seharusnya pemerintah turun tangan sejak awal,"] == "Faisal Wibowo", got


def test_an_organisation_as_subject_does_not_take_the_next_clitic_from_a_person_speaker() -> None:
    text = ("\u201cKeamanan warga adalah prioritas kami,\u201d kata Ahmad Yani di Bandung.\n\n"
            "Polda Jawa Barat menyarankan agar konser itu ditunda.\n\n"
            "\u201cKeputusan akhir ada di tangan panitia,\u201d ujarnya.")
    ents = [entity(text, "Ahmad Yani", "PERSON"), entity(text, "Bandung", "LOC"),
            entity(text, "Polda Jawa Barat", "ORG", 0.8)]
    got = _speakers(text, ents)
    assert got["Keputusan akhir ada di tangan panitia,"] == "Ahmad Yani", got


def test_a_speech_verb_in_a_relative_clause_is_not_the_cue() -> None:
    text = "Kuasa hukum yang melaporkan kasus itu, Rudi Santoso, mengaku belum menerima surat resmi dari polisi."
    qs = quotes_of(text)
    assert [(q.text, q.speaker, q.cue) for q in qs] == [
        ("belum menerima surat resmi dari polisi", "Rudi Santoso", "mengaku")]


def test_collective_with_a_lower_case_noun_keeps_its_determiner() -> None:
    text = "Pihak berwenang mengatakan penyelidikan masih berlangsung."
    assert _speakers(text) == {"penyelidikan masih berlangsung": "Pihak berwenang"}


def test_noun_with_demonstrative_and_predicate_is_a_reported_clause() -> None:
    text = "Yanto menjelaskan hal itu harus diperbaiki sebelum musim hujan."
    assert _speakers(text) == {"hal itu harus diperbaiki sebelum musim hujan": "Yanto"}
    assert _speakers("Yanto menjelaskan hal itu kepada wartawan di kantornya.") == {}


def test_an_office_spelled_by_its_acronym_is_no_person() -> None:
    text = ("Jaksa Agung Basuki Santoso mencopot dua jaksa pekan lalu.\n\n"
            "Forum etik itu dipimpin seorang Jaksa Agung Muda (JAM).\n\n"
            "Jaksa Agung menyatakan sanksi juga berlaku bagi atasan langsung jaksa itu.")
    got = _speakers(text)
    assert got["sanksi juga berlaku bagi atasan langsung jaksa itu"] == "Basuki Santoso", got


def test_a_name_misspelt_by_two_swapped_letters_resolves_to_the_full_name() -> None:
    text = ("Kabid Humas Polda Jabar Kombes Hendra Susanto mengatakan situasi sudah kondusif.\n\n"
            "Hnedra mengatakan polisi masih berjaga di lokasi kejadian.")
    got = _speakers(text)
    assert got["polisi masih berjaga di lokasi kejadian"] == "Hendra Susanto", got


def test_a_different_name_of_one_changed_letter_is_not_merged() -> None:
    text = ("Kabid Humas Polda Jabar Kombes Hendra Susanto mengatakan situasi sudah kondusif.\n\n"
            "Hendri mengatakan polisi masih berjaga di lokasi kejadian.")
    got = _speakers(text)
    assert got["polisi masih berjaga di lokasi kejadian"] == "Hendri", got


def test_a_spelling_variant_with_one_letter_less_resolves_to_the_full_name() -> None:
    text = ("Ketua DPD FPI Habib Muchsin Al Atas mengatakan acara berjalan lancar.\n\n"
            "Muhsin menyebutkan massa tidak terpancing provokasi di lokasi.")
    got = _speakers(text)
    assert got["massa tidak terpancing provokasi di lokasi"] == "Muchsin Al Atas", got
