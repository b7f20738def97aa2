"""Robustness: unbalanced marks never raise; scare quotes, titles and short terms are not quotes."""

import pytest

from quotes_helpers import quotes_of


@pytest.mark.parametrize("text", [
    '"Kalimat ini tidak pernah ditutup, kata Budi.',
    'Kalimat ini hanya punya tanda penutup," kata Budi.',
    '""""',
    '"',
    "”",
    '" " " kata',
    "''",
    "‘Ma’ruf’",
    '"A," kata. "B',
    "“Pertama.\n“Kedua.\n“Ketiga.",
    "",
])
def test_unbalanced_marks_never_raise(text):
    for q in quotes_of(text):
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


def test_unclosed_quote_recovered_with_lower_confidence():
    text = ('"Kami sudah bekerja keras," kata Rudi Hartono.\n'
            '"Proyek ini selesai tepat waktu dan sesuai anggaran yang disepakati, kata Rudi Hartono.')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert qs[0].text == "Kami sudah bekerja keras,"
    if len(qs) > 1:
        assert qs[1].confidence < qs[0].confidence


@pytest.mark.parametrize("text", [
    'Warga menyebut kebijakan itu sebagai "kawin paksa" antara dua dinas.',
    'Film berjudul "Laskar Pelangi Kembali ke Sekolah" diputar di bioskop.',
    'Para pendukung membawa spanduk bertuliskan "Lawan korupsi sampai akar-akarnya sekarang juga".',
    "Kelompok itu disebut 'Nazi religius' oleh media setempat.",
    '"Turunkan harga sembako sekarang!" ujar ratusan mahasiswa meneriakkan yel-yel di depan gedung DPRD.',
])
def test_scare_quotes_and_titles_are_not_quotes(text):
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_apostrophes_in_names_are_not_marks():
    text = "“Kami mendukung program ini,” kata Wakil Presiden Ma’ruf Amin."
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 1
    assert qs[0].speaker == "Ma’ruf Amin"


def test_random_mark_soup_never_raises():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "''", "\n", " ", ",", ".", ":",
                              "kata", "ujarnya", "Budi", "Santoso", "mengatakan", "bahwa", "Menurut",
                              "dia", "harga", "naik", "(", ")", "-", "--"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(pieces, max_size=40))
    def check(parts):
        text = " ".join(parts)
        for q in quotes_of(text):
            assert text[q.start:q.end] == q.text
            assert 0.0 <= q.confidence <= 1.0
            assert q.kind in ("direct", "indirect")

    check()


def test_quote_running_into_next_paragraph_without_reopening_mark():
    text = ('“Kami menolak semua tuduhan itu karena tidak berdasar.\n'
            'Semua dokumen sudah kami serahkan ke penyidik,” kata kuasa hukum Yuliana Putri.')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Kami menolak semua tuduhan itu karena tidak berdasar.",
                                    "Semua dokumen sudah kami serahkan ke penyidik,"]
    assert all(q.speaker == "Yuliana Putri" for q in qs)
