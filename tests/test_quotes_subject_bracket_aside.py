"""``Kim Namjoon (yang sebelumnya dikenal dengan nama Rap Monster) mengaku …``: a bracketed aside
after the subject is no part of the speaker (it used to drop the quote or swallow the bracket)."""

from __future__ import annotations

import warta


def test_bracketed_aside_after_the_subject() -> None:
    text = ("Di sisi lain, Kim Namjoon (yang sebelumnya dikenal dengan nama Rap Monster) mengaku terpaku "
            "pada gagasan kebahagiaan sampai awal tahun lalu.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Kim Namjoon"]
