"""Speakers in shapes met on blind batches DE-DH (session 11): who a pronoun cue points back to
(an office opening the sentence, a pronoun subject, a possessed noun, list items with figures, an
apposition inside a pronoun's clause), descriptions with a quoted title or an office, organisation
names spelt out with ``dan``, and objects that are not reported clauses."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str, part: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.cue) for q in warta.analyze(text).quotes if part in q.text]


def test_office_with_untuk_and_dan_opening_the_sentence_is_its_subject() -> None:
    text = ("Pada 2015 dalam kurun 24 jam Alibaba berhasil meraih transaksi 91,2 miliar Yuan.\n\n"
            "Duta Besar RI untuk Tiongkok dan Mongolia Soegeng Rahardjo berharap penjualan produk Indonesia "
            'makin meningkat.\n\n"Saya berharap permintaan terhadap produk Indonesia semakin meningkat," katanya.')
    assert _quotes(text, "permintaan") == [("Soegeng Rahardjo", "katanya")]


def test_quoted_title_with_a_colon_in_a_description_after_menurut() -> None:
    text = ('"Saya merasa tertantang," kata Joe Taslim dengan wajah semringah.\n\n'
            "Menurut bintang film 'The Raid: Redemption' itu, karakternya di film itu mengharuskannya "
            "untuk mempelajari bahasa Korea.")
    assert _quotes(text, "karakternya") == [("Joe Taslim", "Menurut")]


def test_names_after_a_pronoun_subject_are_not_the_next_antecedent() -> None:
    text = ("Presiden Iran Hassan Rouhani menyatakan kemenangan atas kelompok itu.\n\n"
            "Dia mengucapkan selamat kepada Garda Revolusi Iran dan organisasi sayapnya di luar negeri, "
            'Pasukan Quds, atas kemenangan besar itu.\n\n"Kami membantu mereka sesuai dengan kewajiban '
            'religius," ujarnya.')
    assert _quotes(text, "kewajiban") == [("Hassan Rouhani", "ujarnya")]


def test_possessor_of_a_subject_noun_is_not_the_antecedent() -> None:
    text = ('"Saya ingin meminta maaf padamu," kata Tupac Shakur dalam suratnya.\n\n'
            "Namun, ucapan Madonna di suatu acara ternyata membuat Tupac kecewa.\n\n"
            '"Sekarang tak penting lagi apa yang saya rasakan," katanya mengakhiri.')
    assert _quotes(text, "tak penting") == [("Tupac Shakur", "katanya")]


def test_list_items_with_figures_are_not_sentence_subjects() -> None:
    text = ("Nilai skuad itu cuma kalah dari Bayern Muenchen (566 juta euro), Bayer Leverkusen (273,9), "
            "Schalke (216,6), dan Moenchengladbach (163,5).\n\nKarena itu, sintas musim ini bukan sesuatu "
            'yang dibanggakan pelatih Andries Jonker.\n\n"Kami meraih target minimal," ujar eks pelatih '
            "akademi Arsenal itu.")
    assert _quotes(text, "target minimal")[0][0] == "Andries Jonker"


def test_apposition_in_a_clause_whose_subject_is_a_pronoun() -> None:
    text = ('"Saya deg-degan," ungkap Sandra Dewi.\n\nBanyak makna Natal yang ia rasakan bersama sang '
            'suami, Harvey Moeis.\n\n"Banyak ya. Pertama, saya benar-benar deg-degan," ungkapnya.')
    assert _quotes(text, "Banyak ya") == [("Sandra Dewi", "ungkapnya")]


def test_description_headed_by_an_office_resolves_to_its_holder() -> None:
    text = ("Pelatih Persija Jakarta, Stefano Cugurra, kemungkinan tidak dapat menurunkan lima pemain.\n\n"
            "Persija juga tidak diperkuat full-back Novri Setiawan, Arhur Irawan, dan gelandang Pandi. "
            'Sementara Arhur dan Pandi masih dalam tahap pemulihan.\n\n"Novri tidak ikut latihan karena '
            'cedera," tutur pelatih asal Brasil itu.')
    assert _quotes(text, "Novri tidak") == [("Stefano Cugurra", "tutur")]


def test_organisation_name_spelt_out_with_dan_before_the_name() -> None:
    text = ('"Total produksi kopi sebesar 650 ribu ton," kata Ketua Umum Badan Pengurus Pusat (BPP) '
            "Asosiasi Eksportir dan Industri Kopi Indonesia (AEKI), Irfan Anwar, usai melantik pengurus.")
    assert _quotes(text, "kopi") == [("Irfan Anwar", "kata")]


def test_two_offices_joined_by_dan_stay_two_people() -> None:
    text = '"Kami siap," kata Ketua KPK Agus Rahardjo dan Wakil Ketua KPK Saut Situmorang.'
    got = _quotes(text, "siap")
    assert len(got) == 1 and got[0][0] != "Ketua KPK Agus Rahardjo dan Wakil Ketua KPK Saut Situmorang"


@pytest.mark.parametrize("text", [
    "Joe Taslim bercerita bagaimana ia bisa mendapatkan peran di film tersebut.",
    "VfL Wolfsburg akhirnya memastikan diri bertahan di Bundesliga 1.",
    "Kabar mengenai Djadjang Nurdjaman semakin kencang. Setelah dikabarkan telah menyatakan pengunduran "
    "diri secara lisan, kini spekulasi terkait kiprahnya semakin jelas.",
])
def test_objects_that_are_not_reported_clauses(text: str) -> None:
    assert warta.analyze(text).quotes == ()


def test_free_relative_after_a_speech_verb_is_still_a_clause() -> None:
    text = "Ade menjelaskan siapa pun nama yang akan diusung, pengurus dan kader partai akan mendukung."
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Ade"]


def test_subordinator_before_the_verb_is_never_the_speaker() -> None:
    text = ("Isco sempat menjadi teka-teki karena belum memperpanjang kontrak.\n\nPemain asal Spanyol itu "
            "tampil baik, meski di pengujung musim lalu menegaskan ia tidak akan hengkang.")
    got = _quotes(text, "hengkang")
    assert len(got) == 1 and got[0][0] != "meski"


def test_time_adverbial_after_an_apposition_keeps_the_named_speaker() -> None:
    text = ("Juru bicara Balai Lelang Christie, Milena Sales, saat itu mengatakan awalnya foto itu hanya "
            "ditaksir sekira USD 3-4 ribu.")
    assert _quotes(text, "ditaksir") == [("Milena Sales", "mengatakan")]


def test_group_noun_before_a_name_is_a_subject() -> None:
    text = ("Presiden Joko Widodo menerima surat itu di Istana. Namun, petani Kendeng menyatakan permohonan "
            "itu tak dipedulikan.")
    got = _quotes(text, "dipedulikan")
    assert len(got) == 1 and got[0][0] != "Joko Widodo"


def test_names_in_a_heading_line_are_not_antecedents() -> None:
    text = ("Masa depan Isco sempat menjadi teka-teki dalam beberapa pekan terakhir.\n\n"
            "Hasil Studi: Gaji Messi Terlalu Tinggi\n\n"
            '"Kami sangat dekat dan ini akan segera diselesaikan," katanya.')
    assert _quotes(text, "sangat dekat") == [("Isco", "katanya")]


def test_two_word_topic_opener_before_the_subject() -> None:
    text = "Ada pun kurator pameran Wicaksono Adi menilai Butet menjadikan objek untuk membuka ruang refleksi."
    assert _quotes(text, "ruang refleksi") == [("Wicaksono Adi", "menilai")]
