"""A "Baca juga:" line alone introduces up to three linked headlines (Kumparan's related list);
the prose after them stays."""

from __future__ import annotations

from warta.clean import clean_text

TEXT = """Polisi menangkap dua pemuda yang diduga mencuri sepeda motor di Depok, Senin (3/4).

Baca juga:

Warga Depok Resah Maraknya Pencurian Motor

Polisi Tangkap Penadah Motor Curian di Bogor

Dua Pelajar Terlibat Tawuran di Jalan Margonda

Kedua pemuda itu kini ditahan di Polres Depok untuk diperiksa lebih lanjut.
"""


def test_three_linked_headlines_after_baca_juga_are_removed() -> None:
    result = clean_text(TEXT)
    removed = list(result.removed)
    assert "Polisi Tangkap Penadah Motor Curian di Bogor" in removed
    assert "Dua Pelajar Terlibat Tawuran di Jalan Margonda" in removed
    assert "Kedua pemuda itu kini ditahan" in result.text
    assert "Polisi menangkap dua pemuda" in result.text
