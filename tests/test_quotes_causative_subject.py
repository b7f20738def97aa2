"""``Sejarah panjang bersama Mainz membuat Jurgen Klopp mengaku …``: after a causative verb, the
person made to speak is the speaker, not the cause that opens the sentence."""

from __future__ import annotations

import warta


def test_person_after_a_causative_verb_speaks() -> None:
    text = ("Sejarah yang cukup panjang bersama Mainz membuat Jurgen Klopp mengaku sedih melihat klub itu "
            "terdegradasi ke divisi dua.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Jurgen Klopp"]
