"""``Prof. Dr. dr. Arry H. Reksodiputro, SpPD-KHOM. "…," ujar dia``: a degree written after a name and
a comma is no person a pronoun can point back to."""

from __future__ import annotations

import warta


def test_pronoun_skips_a_degree_after_a_comma() -> None:
    text = ("Kanker bisa kambuh, kata ahli hematologi - onkologi medik, Prof. Dr. dr. Arry H. Reksodiputro, "
            "SpPD-KHOM.\n\n“Kekambuhan bisa terjadi bertahun-tahun kemudian,” ujar dia di Jakarta, Rabu.")
    speakers = [q.speaker for q in warta.analyze(text).quotes]
    assert speakers and "SpPD" not in speakers[0] and speakers[0].endswith("Reksodiputro")
