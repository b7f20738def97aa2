"""``Anggota Komisi II DPR Sareh Wiyono yang merupakan mantan hakim membantah …``: a relative clause
right after a named person describes that person, who is the speaker (with the role before the name);
a clause with a comma inside may end in a new subject and is left as before."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Anggota Komisi II DPR dari Fraksi Partai Gerindra Sareh Wiyono yang merupakan mantan hakim "
     "membantah pernah memberikan uang Rp 700 juta kepada panitera.", "Sareh Wiyono",
     "Anggota Komisi II DPR dari Fraksi Partai Gerindra"),
    ("Ketua Komisi III DPR Bambang Soesatyo yang juga politikus Partai Golkar mengatakan rapat itu "
     "akan digelar pekan depan.", "Bambang Soesatyo", "Ketua Komisi III DPR"),
])
def test_person_then_relative_clause_speaks(text: str, speaker: str, role: str) -> None:
    quotes = [q for q in warta.analyze(text).quotes if q.kind == "indirect"]
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


def test_relative_clause_with_a_new_subject_after_a_comma() -> None:
    text = ("Mengenai surat yang berkenaan dengan Setya Novanto yang dilayangkan pengacara Setya Novanto ke "
            "dua pemimpin KPK, Wakil Presiden menegaskan bahwa polisi harus menghentikan kasus itu.")
    speakers = [q.speaker for q in warta.analyze(text).quotes if q.kind == "indirect"]
    assert "Setya Novanto" not in speakers
