"""Adversarial and odd input: no catastrophic backtracking, nothing crashes, content survives."""

from __future__ import annotations

import pytest

from warta.clean import clean_text

BIG = 200_000  # characters; a quadratic rule would not finish in any reasonable time

ADVERSARIAL = {
    "quotes": "\"“”'‘’" * (BIG // 6),
    "spaces": "a" + " " * BIG + "b",
    "dashes": "- " * (BIG // 2),
    "capitals": "A" * BIG,
    "capitals_spaced": "AB " * (BIG // 3) + "- x",
    "slashes": "KOMPAS.com/" * (BIG // 11),
    "dots": ". " * (BIG // 2),
    "parens": "(" * BIG,
    "digits": "12/12/2012, 12:12 WIB " * (BIG // 22),
    "advertisement": ". Advertisement" * (BIG // 15),
    "words": "Baca juga: " * (BIG // 11),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_line_finishes(name: str):
    raw = ADVERSARIAL[name]
    res = clean_text(raw)
    assert isinstance(res.text, str)
    assert len(res.text) <= len(raw)


def test_many_lines():
    raw = "\n".join(f"Baris isi nomor {i} yang cukup panjang untuk dianggap kalimat." for i in range(5_000))
    res = clean_text(raw)
    assert res.removed == ()
    assert res.text == raw


def test_many_identical_lines():
    line = "Warga diminta tetap waspada terhadap banjir susulan."
    res = clean_text("\n".join(["Judul Berita"] + [line] * 5_000))
    assert res.text == "Judul Berita\n" + line
    assert len(res.removed) == 4_999


def test_control_and_zero_width_characters():
    res = clean_text("Isi\u200b berita\u00ad satu.\u2028Isi berita dua.\x0c")
    assert res.text == "Isi berita satu.\nIsi berita dua."
