"""Session 8 rules from the seen blind batches BM-BT, on new sentences: appeals with ``untuk``
after an object, denials of someone else's claim, and a ``-nya`` adverb opening a sentence before a
name."""

from __future__ import annotations

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in warta.analyze(text).quotes]


def test_reminding_someone_to_do_something_is_an_appeal() -> None:
    text = "Kepala sekolah, Rina Marlina, mengingatkan para siswa untuk tidak membawa telepon ke kelas."
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_reminding_that_still_reports() -> None:
    text = "Kepala sekolah, Rina Marlina, mengingatkan bahwa ujian akhir akan digelar pekan depan."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Rina Marlina"
    assert found[0][2].startswith("ujian akhir")


def test_denying_a_claim_reports_no_clause_of_the_speaker() -> None:
    text = ("Pengacara Hendra Gunawan membantah tuduhan jaksa bahwa kliennya menerima uang dari "
            "kontraktor jalan tol.")
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_denying_with_a_clause_still_reports() -> None:
    text = "Pengacara Hendra Gunawan membantah bahwa kliennya menerima uang dari kontraktor jalan tol."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][2].startswith("kliennya menerima uang")


def test_a_sentence_opening_adverb_with_nya_is_no_part_of_the_name() -> None:
    text = ('Rencananya Anies Baswedan akan meninjau lokasi banjir besok pagi.\n\n'
            '"Kami sudah siapkan pompa tambahan," ujarnya.')
    quotes = _quotes(text)
    assert quotes and quotes[0][1] == "Anies Baswedan"
    names = [e.text for e in warta.analyze(text).entities if e.label == "PERSON"]
    assert "Anies Baswedan" in names and not any(n.startswith("Rencananya") for n in names)


def test_menurut_a_description_then_the_name_set_off_by_commas() -> None:
    text = "Menurut komentator dan analisis tinju, Budi Santoso, petinju muda itu harus diberi waktu istirahat."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Budi Santoso"
    assert found[0][2].startswith("petinju muda")


def test_menurut_a_description_then_a_list_of_places_keeps_the_description() -> None:
    text = "Menurut pengamat ekonomi, Jepang, Korea dan China akan menaikkan suku bunga tahun depan."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] != "Jepang"


def test_a_pronoun_before_anyone_is_named_is_the_next_quotes_speaker() -> None:
    text = ("Pemerintah provinsi akan melarang ekspor kopi mentah. Menurutnya, kopi harus diolah lebih "
            "dulu di daerah penghasil.\n\n"
            '"Kita harus menjual barang jadi," kata Gubernur Lampung, Arinal Djunaidi, di Bandar Lampung.')
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Arinal Djunaidi"
