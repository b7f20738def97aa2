"""The thing announced, promised or told after ``mengumumkan``, ``menjanjikan``, ``menceritakan`` is
no reported speech unless a predicate follows it (session 25), on sentences written for these tests."""

from quote_helpers import quotes_of_kind


def _indirect(text):
    return [quoted for _speaker, quoted in quotes_of_kind(text, "indirect")]


def test_announced_release_is_an_object() -> None:
    text = "Grup musik Nada Senja mengumumkan perilisan album live terbarunya untuk mengenang sang vokalis."
    assert _indirect(text) == []


def test_announced_arrival_closed_by_a_comma_is_an_object() -> None:
    text = ("Klub Persigo mengumumkan kedatangan pemain kelahiran Bandung itu, dan pemain itu akan "
            "terikat kontrak hingga 2020.")
    assert _indirect(text) == []


def test_verb_of_a_relative_clause_inside_the_object_is_no_predicate() -> None:
    text = "Direktur Budi Santoso mengumumkan layanan yang menghubungkan penjual dan pembeli di seluruh Indonesia."
    assert _indirect(text) == []


def test_announced_clause_with_a_predicate_is_a_quote() -> None:
    text = "Grup musik Nada Senja mengumumkan album kedua mereka akan dirilis pada bulan depan."
    assert _indirect(text) == ["album kedua mereka akan dirilis pada bulan depan"]
    text = "Direktur Budi Santoso menjanjikan arus mudik tahun ini akan berjalan lebih baik."
    assert _indirect(text) == ["arus mudik tahun ini akan berjalan lebih baik"]


def test_what_is_criticised_is_no_reported_speech_without_bahwa() -> None:
    text = "Politikus Budi Santoso mengkritik kebijakan pemerintah membubarkan organisasi itu."
    assert _indirect(text) == []
    text = "Politikus Budi Santoso mengkritik pemerintah bahwa kebijakan itu tidak disertai penjelasan."
    assert _indirect(text) == ["kebijakan itu tidak disertai penjelasan"]
