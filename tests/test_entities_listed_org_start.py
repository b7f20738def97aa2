"""A listed organisation keeps a common first word that opens the sentence (``Otoritas Jasa Keuangan``)."""

from __future__ import annotations

import warta


def test_listed_organisation_keeps_its_common_first_word_at_a_sentence_start() -> None:
    art = warta.analyze("Otoritas Jasa Keuangan (OJK) menyebut industri perbankan masih memiliki ruang untuk tumbuh.")
    assert [e.canonical for e in art.entities if e.label == "ORG"][:1] == ["Otoritas Jasa Keuangan"]
    assert [q.speaker for q in art.quotes] == ["Otoritas Jasa Keuangan"]
