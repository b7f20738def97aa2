"""Speakers in shapes met on blind batches DI-DL (session 11): a nickname written with a title,
a name that ends a named place, an office posted in a country before the name, and a named outlet
after "Menurut laporan"."""

from __future__ import annotations

import warta


def _quotes(text: str, part: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.cue) for q in warta.analyze(text).quotes if part in q.text]


def test_nickname_written_with_a_title_is_the_person() -> None:
    text = ("Capaian ini telah dibuktikan oleh Ramdoni atau yang lebih dikenal dengan Haji Doni. Kini Haji "
            'Doni menjadi pengusaha sapi.\n\n"Sapi yang termurah ada Rp 14 juta seekor," kata Doni.')
    assert _quotes(text, "termurah") == [("Ramdoni", "kata")]


def test_name_ending_a_named_place_is_not_the_antecedent() -> None:
    text = ('"Saya mulai dari nol," kata Haji Ramdoni kepada wartawan.\n\nIa mempekerjakan tenaga ahli '
            "untuk menunjang usahanya.\n\nMall Hewan Qurban yang ia dirikan kini ramai pembeli. "
            '"Itu karyawan kita sendiri," ujarnya.')
    assert _quotes(text, "karyawan kita") == [("Ramdoni", "ujarnya")]


def test_office_posted_in_a_country_then_the_name_without_a_comma() -> None:
    text = ("Kepala Perwakilan Bank Dunia di Indonesia Rodrigo Chaves mengatakan, sebagian pendanaan ini "
            "akan mendukung skema Bantuan Pembiayaan Perumahan.")
    assert _quotes(text, "pendanaan") == [("Rodrigo Chaves", "mengatakan")]


def test_named_outlet_after_menurut_laporan_opening_the_sentence() -> None:
    text = ("Menurut laporan yang berhasil dihimpun Football Italia, peran agen Bonucci sangat penting dalam "
            "kepindahan kliennya ke Milan.")
    assert _quotes(text, "peran agen") == [("Football Italia", "Menurut")]


def test_figures_after_menurut_data_have_no_speaker() -> None:
    assert warta.analyze("Menurut data BPS, inflasi naik dua persen pada bulan ini.").quotes == ()


def test_a_person_named_right_after_a_speaker_does_not_take_over_the_pronoun() -> None:
    text = ('Wakil Ketua DPR Fahri Hamzah hadir di gedung DPR. "Itu tidak benar," kata Fahri. Menteri '
            'Komunikasi Tifatul Sembiring saat itu menyiapkan draf PP. "Karena ada prosedur," jelasnya.')
    assert _quotes(text, "prosedur") == [("Fahri Hamzah", "jelasnya")]


def test_a_person_introduced_in_a_new_paragraph_speaks_next() -> None:
    text = ('"Itu tidak benar," kata Fahri Hamzah di gedung DPR.\n\nBudi Santoso tampak kesal mendengar '
            'hal itu.\n\n"Saya kecewa," ujarnya.')
    assert _quotes(text, "kecewa") == [("Budi Santoso", "ujarnya")]
