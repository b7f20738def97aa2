"""``Seandainya Jeff Goldblum mengiyakan …``: a conditional conjunction before a name is no part of
the name the article's other mentions (``tutur Goldblum``) expand to."""

from __future__ import annotations

import warta


def test_conjunction_before_the_full_name_is_dropped() -> None:
    text = ("Jakarta, CNN Indonesia -- Seandainya Jeff Goldblum mengiyakan tawaran itu, suara Siri "
            "adalah milik sang aktor.\n\n"
            "“Steve Jobs menelepon saya beberapa dekade lalu untuk menjadi suara Apple,” tutur Goldblum.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Jeff Goldblum"]


def test_adverb_opening_a_sentence_is_no_name_word() -> None:
    text = ("Sedianya Mary Jane Veloso masuk dalam rombongan eksekusi mati tahun lalu.\n\n"
            "“Keterangannya dibutuhkan untuk mengungkap kasus itu,” kata Veloso.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Mary Jane Veloso"]
