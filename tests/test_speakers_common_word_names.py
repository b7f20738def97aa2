"""A person's short name that is also a dictionary word (``Salah`` of ``Mohamed Salah``) is still the
person where the entity layer reads it so."""

from __future__ import annotations

import warta

TEXT = ("LIVERPOOL - Bersama Liverpool, Mohamed Salah menjadi pencetak gol terbanyak musim ini. "
        "Pemain asal Mesir itu telah mencetak 20 gol.\n\n"
        "Bos Real Madrid Zinedine Zidane mengaku mengidolakan Salah di tengah rumor kepindahannya.\n\n"
        "Bahkan Salah yang didatangkan dari AS Roma langsung mendeklarasikan tekadnya membantu "
        "Jurgen Klopp meraih gelar bersama Liverpool.\n\n"
        "“Ini bagus untuk saya, tapi saya harus terus bekerja keras,” katanya.")


def test_short_name_that_is_a_word_is_the_subject() -> None:
    art = warta.analyze(TEXT)
    at = TEXT.index("Bahkan Salah") + len("Bahkan ")
    assert any(e.start == at and e.label == "PERSON" and e.canonical == "Mohamed Salah" for e in art.entities)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Mohamed Salah"]


def test_the_word_itself_names_nobody() -> None:
    text = "Salah satu pelatih mengatakan timnya siap bertanding. Ia menilai jadwal itu salah."
    assert all(q.speaker != "Salah" for q in warta.analyze(text).quotes)


def test_bos_is_an_office_before_a_name() -> None:
    art = warta.analyze("Bos Real Madrid Zinedine Zidane mengaku mengidolakan pemain itu di tengah rumor kepindahannya.")
    assert [q.speaker for q in art.quotes] == ["Zinedine Zidane"]


def test_ny_and_tn_are_forms_of_address() -> None:
    art = warta.analyze("“Memang ada aturan Kementerian Agama,” kata Ny. Isah, warga Cilodong, Depok.")
    assert [q.speaker for q in art.quotes] == ["Isah"]
