"""``tutur sang pelatih``: a description made of ``sang`` and a lower-case office points back to the
person introduced with that office, not to the article's main person."""

from __future__ import annotations

import warta


def test_sang_office_points_to_the_office_holder() -> None:
    text = ("Bek Persija, Rezaldi Hehanussa, menjadi bintang laga semalam.\n\n"
            "Penampilan Rezaldi mengundang pujian dari pelatih Stefano Cugurra.\n\n"
            "“Rezaldi bermain sangat disiplin. Dia bekerja keras sepanjang pekan,” tutur sang pelatih.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Stefano Cugurra"]
