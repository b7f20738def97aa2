"""``Menurut`` attributions written without a comma after the source: a description that points back
(``Menurut pelatih asal Jerman tersebut timnya …``), a headless relative clause as the clause's subject
(``Menurut X yang dipakai polisi adalah …``), and a dotted rank before the name (``Capt.``)."""

import warta
from quote_helpers import quotes_of_kind


def test_description_pointing_back_then_the_clause() -> None:
    text = ("Pelatih Persib Bojan Hodak mengkritik jadwal liga. Menurut pelatih asal Kroasia tersebut jadwal "
            "yang padat membuat banyak pemain cedera.")
    assert quotes_of_kind(text, "indirect") == [("Bojan Hodak", "jadwal yang padat membuat banyak pemain cedera")]


def test_headless_relative_subject_after_the_name() -> None:
    text = ("Kapolda Irjen Agus Salim membantah kabar itu. Menurut Agus Salim yang dipakai petugas adalah "
            "gas air mata, bukan peluru karet.")
    assert quotes_of_kind(text, "indirect") == [("Agus Salim", "yang dipakai petugas adalah gas air mata, bukan peluru karet")]


def test_relative_clause_on_the_name_is_no_subject() -> None:
    text = ("Menurut Rina Suryani yang pernah menjabat direktur di lembaga itu, program tersebut sudah lama "
            "direncanakan.")
    assert quotes_of_kind(text, "indirect") == [("Rina Suryani", "program tersebut sudah lama direncanakan")]


def test_dotted_rank_does_not_end_the_sentence() -> None:
    text = "Menurut Capt. Rudi Hartono, kapal itu sudah berlayar sejak pukul 06.00 WIB."
    analysis = warta.analyze(text)
    assert len(analysis.sentences) == 1
    assert [q.speaker for q in analysis.quotes] == ["Rudi Hartono"]
