"""Indirect speech, fourth round (patterns missed on the unseen IndoSum batch C, tested on sentences
written for them): an interrupting ``kata X`` that splits a bare subject from its predicate (the
part after the cue is the quote), while a full clause before ``kata X`` stays the quote."""

from quotes_helpers import quotes_of


def _ind(text):
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


def test_interrupting_cue_between_subject_and_predicate():
    text = "Sementara kondisi sopir truk itu, kata Andi belum stabil karena luka di kepala."
    assert _ind(text) == [("belum stabil karena luka di kepala", "Andi")]


def test_trailing_cue_with_circumstance_keeps_the_clause_before():
    text = "Harga bawang merah di pasar itu sudah turun sejak pekan lalu, kata Andi saat ditemui di kios."
    assert _ind(text) == [("Harga bawang merah di pasar itu sudah turun sejak pekan lalu", "Andi")]


def test_full_clause_before_cue_is_not_split():
    text = "Polisi menangkap dua pelaku di Bekasi, kata Andi tanpa merinci identitas mereka."
    assert [q for q, _ in _ind(text)] == ["Polisi menangkap dua pelaku di Bekasi"]


def test_fronted_prepositional_phrase_is_no_subject_to_split():
    text = "Kepada wartawan, kata Andi, Budi belum bisa memberikan kepastian soal jadwal sidang."
    assert all(not q.startswith("belum bisa") for q, _ in _ind(text))
