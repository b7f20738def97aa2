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
    raw = "\n".join(f"Baris isi nomor {i} yang cukup panjang untuk dianggap kalimat." for i in range(3_000))
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


MANY_LINES = {
    "labels": "Editor:\n" * 4_000,
    "labels_and_names": "Penulis\nBudi Santoso\n" * 1_000,
    "bullets_and_prose": "-\nAbc def\n-\nGhi jkl\nIni kalimat yang cukup panjang untuk dianggap prosa oleh aturan.\n" * 1_000,
    "reactions": "Bagaimana tanggapan anda mengenai artikel ini?\n" + "Happy\n" * 4_000,
    "headers": "Berita Terkait\n" * 4_000,
    "blank_runs": ("\n" * 500 + "Penulis\n") * 40,
    "prefixes": "".join(f"Baris pembuka yang sama persis nomor {'x' * (i % 50)}\n" for i in range(4_000)),
}


@pytest.mark.parametrize("name", sorted(MANY_LINES))
def test_many_furniture_lines_finish(name: str):
    # Rules that looked at neighbours or at the rest of the text once cost quadratic time here.
    res = clean_text(MANY_LINES[name])
    assert len(res.text) <= len(MANY_LINES[name])
