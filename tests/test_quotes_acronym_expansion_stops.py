"""``BI mengklaim …`` after ``Gubernur Bank Indonesia Agus Martowardojo``: an acronym expands to the
words that spell it, not to the person named after them."""

from __future__ import annotations

import warta
from warta.annotate.speaker_context import spelled_words, spells


def test_spelled_words_counts_only_the_spelling_words() -> None:
    assert spelled_words("BI", ["Bank", "Indonesia", "Agus", "Martowardojo"]) == 2
    assert spelled_words("mjek", ["master", "jaringan", "ekonomi", "kerakyatan"]) == 4
    assert spelled_words("XY", ["Bank", "Indonesia"]) == 0
    assert spells("BI", ["Bank", "Indonesia"])


def test_acronym_speaker_is_the_organisation() -> None:
    text = ("Gubernur Bank Indonesia Agus Martowardojo dinilai berhasil.\n\n"
            "BI mengklaim transformasi kebijakan itu membuat suku bunga lebih relevan bagi pasar.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Bank Indonesia"]
