"""Session 9 rules from the seen blind batches CK-CN, on new sentences: a passive of quoting ends
the speaker's name (``ungkap AQ dikutip laman resmi klub``), and a term of office inside a
description pointing back keeps the description whole (``mantan Ketua ... 2004-2009 itu``)."""

from __future__ import annotations

import warta


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in warta.analyze(text).quotes if q.kind == "direct"]


def test_quoting_passive_ends_the_speaker_name() -> None:
    text = ("Pelatih tim, Rahmad Darmawan (RD), menilai lawan kali ini kuat.\n"
            '"Kami harus bermain disiplin sepanjang laga," ungkap RD dikutip laman resmi klub.')
    assert _speakers(text) == ["Rahmad Darmawan"]


def test_quoting_passive_with_dilansir_ends_the_name_too() -> None:
    text = ("Pelatih tim, Rahmad Darmawan, menilai lawan kali ini kuat.\n"
            '"Kami harus bermain disiplin sepanjang laga," kata Rahmad dilansir situs resmi klub.')
    assert _speakers(text) == ["Rahmad Darmawan"]


def test_term_of_office_inside_a_description_points_back() -> None:
    text = ("Jimly Asshiddiqie menyatakan siap memberi keterangan kepada panitia khusus.\n"
            '"Saya akan datang jika diundang secara resmi," kata mantan Ketua Mahkamah Konstitusi '
            "2003-2008 itu.")
    assert _speakers(text) == ["Jimly Asshiddiqie"]
