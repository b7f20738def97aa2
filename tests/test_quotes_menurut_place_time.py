"""``Menurut <description>, <Name> di <place>, <day>, CLAUSE`` (session 25): the name after the
description speaks, and the place and day it was said are not part of the quotation; sentences
written for these tests."""

from quote_helpers import quotes_of_kind


def test_name_said_at_a_place_after_a_description_is_the_speaker() -> None:
    text = ("Acara itu dihadiri Direktur PT Warna Abadi Stevanus Antoni Sugiarto. Menurut dosen "
            "pembimbing kedua mahasiswa itu, Lukman Prasetyadi di Malang, Jawa Timur, Senin, jembatan "
            "kaca ini tidak hanya memiliki fungsi penghubung.")
    assert quotes_of_kind(text, "indirect") == [("Lukman Prasetyadi", "jembatan kaca ini tidak hanya memiliki fungsi penghubung")]


def test_place_and_day_after_the_name_are_left_out_of_the_quote() -> None:
    text = "Menurut Budi Santoso di Jakarta, Senin (4/7), harga cabai akan turun pekan depan."
    assert quotes_of_kind(text, "indirect") == [("Budi Santoso", "harga cabai akan turun pekan depan")]


def test_a_clause_that_opens_with_a_place_is_kept_whole() -> None:
    text = "Menurut Budi Santoso, Jakarta akan menjadi tuan rumah pertemuan itu tahun depan."
    assert quotes_of_kind(text, "indirect") == [("Budi Santoso", "Jakarta akan menjadi tuan rumah pertemuan itu tahun depan")]
