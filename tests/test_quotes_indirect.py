"""Indirect quotations: speech verbs, Menurut, trailing cues (sentences written for these tests)."""

import pytest

from quotes_helpers import only, quotes_of

# (text, speaker, cue, content)
ROWS = [
    ("Menteri Keuangan Sri Lestari mengatakan bahwa defisit anggaran tahun ini akan turun.",
     "Sri Lestari", "mengatakan", "defisit anggaran tahun ini akan turun"),
    ("Kapolda Jawa Timur Irjen Pol Teddy Minahasa menegaskan, semua pelaku sudah ditangkap.",
     "Teddy Minahasa", "menegaskan", "semua pelaku sudah ditangkap"),
    ("Menurut Rudi Hartono, harga gabah di tingkat petani sudah mulai naik.",
     "Rudi Hartono", "Menurut", "harga gabah di tingkat petani sudah mulai naik"),
    ("Jumlah wisatawan asing terus bertambah setiap bulan, kata Kepala Dinas Pariwisata Made Sudarta.",
     "Made Sudarta", "kata", "Jumlah wisatawan asing terus bertambah setiap bulan"),
    ("Pemerintah Rusia mengultimatum bahwa pasokan gas akan dihentikan bulan depan.",
     "Pemerintah Rusia", "mengultimatum", "pasokan gas akan dihentikan bulan depan"),
]


@pytest.mark.parametrize("text,speaker,cue,content", ROWS)
def test_indirect_quote_row(text, speaker, cue, content):
    q = only(text, "indirect")
    assert q.text == content
    assert q.speaker == speaker
    assert q.cue == cue


def test_interrupted_clause_takes_the_part_after_the_cue():
    text = ("Ahmad Fauzi memimpin rapat partai.\n"
            "Kemenangan itu, kata dia, menunjukkan bahwa kader muda mampu bersaing.")
    q = [q for q in quotes_of(text) if q.kind == "indirect"][-1]
    assert q.text == "menunjukkan bahwa kader muda mampu bersaing"
    assert q.cue == "kata dia"
    assert q.speaker == "Ahmad Fauzi"


def test_menurutnya_resolves_to_antecedent():
    text = ("Ekonom senior Faisal Rahman hadir dalam diskusi itu.\n"
            "Menurutnya, inflasi akan tetap terkendali hingga akhir tahun.")
    q = [q for q in quotes_of(text) if q.kind == "indirect"][-1]
    assert q.speaker == "Faisal Rahman"
    assert q.cue == "Menurutnya"


@pytest.mark.parametrize("text", [
    "Gubernur Andi Sudirman meminta warga agar tidak membuang sampah ke sungai.",
    "Menurut data Badan Pusat Statistik, inflasi bulan lalu mencapai dua persen.",
    "Presiden Joko Widodo menekankan pentingnya menjaga persatuan bangsa.",
    "Wali Kota Bima Arya berharap pembangunan jalan selesai tahun depan.",
    "Komisi Pemilihan Umum akan memaparkan rancangan aturan kampanye kepada DPR pekan depan.",
    "Petani itu menyebut sorgum sebagai tanaman yang tahan kekeringan panjang.",
])
def test_requests_data_sources_and_noun_phrases_are_not_quotes(text):
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_unlisted_me_verb_with_bahwa_is_a_cue():
    q = only("Kepala BMKG Dwikorita Sari mewanti-wanti bahwa gelombang tinggi masih akan terjadi.", "indirect")
    assert (q.speaker, q.cue) == ("Dwikorita Sari", "mewanti-wanti")
    assert q.text == "gelombang tinggi masih akan terjadi"


def test_menurut_skips_an_apposition_before_the_clause():
    q = only("Menurut Irma Wulandari, salah satu pendiri komunitas itu, data kematian harus dibuka.", "indirect")
    assert q.speaker == "Irma Wulandari"
    assert q.text == "data kematian harus dibuka"


def test_sentence_initial_passive_speech_verb():
    q = only("Dinilai Hendra Wijaya, faktor kebugaran pemain menjadi penentu kekalahan tim.", "indirect")
    assert (q.speaker, q.cue) == ("Hendra Wijaya", "Dinilai")
    assert q.text == "faktor kebugaran pemain menjadi penentu kekalahan tim"


def test_adverbial_between_subject_and_verb():
    text = "Sementara itu, Kepala Dinas Pertanian Slamet Widodo, saat dihubungi Senin, mengatakan panen raya akan dimulai pekan depan."
    q = only(text, "indirect")
    assert q.speaker == "Slamet Widodo"
    assert q.text == "panen raya akan dimulai pekan depan"
