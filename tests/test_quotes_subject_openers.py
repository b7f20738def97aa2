"""What opens the subject before a speech verb (warta.annotate.quotes_subject): a multiword
connective or a clause conjunction with a comma, a time adverbial such as ``Bulan lalu``, and a
circumstance after the speaker's name that holds commas and places."""

import pytest

import warta

_LEAD = "Sutradara George Miller menyiapkan film baru. "
_CLAIM = " masih akan menangani proyek skala kecil sebelum melanjutkan film itu."


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in warta.analyze(text).quotes]


@pytest.mark.parametrize("opener", ["Akan tetapi, saat itu ia", "Tetapi, saat itu ia", "Oleh karena itu, ia"])
def test_connective_before_a_pronoun_is_no_speaker(opener: str) -> None:
    assert _quotes(_LEAD + opener + " mengatakan" + _CLAIM) == [("indirect", "George Miller")]


def test_time_adverbial_before_the_name() -> None:
    text = "Pekan lalu Menteri Keuangan Sri Mulyani mengatakan penerimaan pajak akan naik tahun depan."
    assert _quotes(text) == [("indirect", "Sri Mulyani")]


def test_circumstance_with_a_place_list_after_the_name() -> None:
    text = ("Bulan lalu Emmanuel Macron saat berkunjung ke Tallinn, Estonia di pertemuan Uni Eropa "
            "mengatakan perusahaan raksasa internet tidak berkontribusi terhadap kebaikan bersama.")
    assert _quotes(text) == [("indirect", "Emmanuel Macron")]
