"""``kata juru bicara Samsung``: an office of an organisation resolves to a person written after the
organisation's name only where the entity layer reads a person there; a product or channel named
after the organisation (``Samsung Galaxy S8 Plus``, ``Disney Channel``) is nobody."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "speaker"), [
    ("Disney akan membuka layanan streaming sendiri. Film Disney Channel juga akan tersedia.\n\n"
     "“Peluncuran layanan ini merupakan strategi baru bagi perusahaan,” kata Chief Executive Disney.",
     "Chief Executive Disney"),
    ("Pengguna mengeluhkan layar Samsung Galaxy S8 Plus yang kemerahan.\n\n"
     "“Ini bukan masalah kualitas dan itu dapat diatur,” kata juru bicara Samsung.", "juru bicara Samsung"),
    ("Direktur Utama Pertamina Nicke Widyawati meninjau kilang Balongan.\n\n"
     "“Produksi aman sampai akhir tahun,” kata Direktur Utama Pertamina.", "Nicke Widyawati"),
])
def test_office_of_an_organisation(text: str, speaker: str) -> None:
    assert [q.speaker for q in warta.analyze(text).quotes] == [speaker]
