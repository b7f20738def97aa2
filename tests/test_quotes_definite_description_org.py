"""``sang bintang Real Madrid mengaku …``: ``sang``, a person noun and an organisation describe a
person named before (the club's star), not the organisation."""

from __future__ import annotations

import warta


def test_definite_description_with_an_organisation_points_back() -> None:
    text = ("Penyerang Cristiano Ronaldo mencetak dua gol ke gawang Barcelona.\n\n"
            "Seusai laga, sang bintang Real Madrid mengaku dirinya sangat senang dengan hasil "
            "pertandingan itu.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Cristiano Ronaldo"]


def test_organisation_after_an_office_still_speaks_as_the_holder() -> None:
    text = "Sang pelatih Persija Jakarta, Stefano Cugurra, mengatakan timnya siap menghadapi laga berat."
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Stefano Cugurra"]
