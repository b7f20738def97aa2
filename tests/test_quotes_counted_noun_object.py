"""``menjawab beberapa pertanyaan dari mahasiswa …``: a quantifier and a noun that opens a noun
phrase (``pertanyaan``, ``hal``) after a speech verb is the verb's object, no reported clause; a
judgement with ``sebagai`` (``menilai berbagai permintaan … sebagai respons yang wajar``) still is."""

from __future__ import annotations

import warta


def test_counted_noun_phrase_is_no_quote() -> None:
    text = "Sandiaga Uno menjawab beberapa pertanyaan dari mahasiswa soal tips menjadi pengusaha sukses."
    assert not warta.analyze(text).quotes


def test_a_judgement_with_sebagai_is_still_reported() -> None:
    text = ("Adnan Topan Husodo menilai berbagai permintaan membentuk tim gabungan pencari fakta sebagai "
            "respons yang wajar.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Adnan Topan Husodo"]
