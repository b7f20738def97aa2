"""``Jakarta, CNN Indonesia -- Ulah netizen … membuat penyanyi Ed Sheeran …``: a capitalised common
word right after a dateline's dash opens the sentence and names nobody, so a description pointing
back (``Pelantun Shape of You itu mengaku``) reaches the person."""

from __future__ import annotations

import warta


def test_common_word_after_the_dateline_is_no_antecedent() -> None:
    text = ("Jakarta, CNN Indonesia -- Ulah netizen kali ini sampai membuat penyanyi sekaliber Ed Sheeran "
            "memutuskan untuk tidak lagi menggunakan Twitter. Pelantun Shape of You itu mengaku komentar "
            "tajam netizen membuatnya tersudut dan memilih cabut dari media sosial itu.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Ed Sheeran"]
