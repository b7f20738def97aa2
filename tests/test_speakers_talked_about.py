"""A pronoun's antecedent is never a description that the quotation itself talks about
(warta.annotate.speaker_discourse)."""

from __future__ import annotations

from pathlib import Path

import warta
from warta.annotate.speaker_discourse import _talked_about

DATA = Path(__file__).parent / "data"


def test_speakers_talked_about_description():
    assert _talked_about("Pelaku", "Korban meminjam uang kepada pelaku itu")
    assert not _talked_about("Pelaku", "Korban meminjam uang kepada pelakunya")
    assert not _talked_about("Budi", "Kata Budi, harga naik")  # a name is written capitalised


def test_speakers_talked_about_gives_the_last_speaker():
    text = (DATA / "talked_about_pelaku.txt").read_text(encoding="utf-8")
    quotes = warta.analyze(text).quotes
    last = next(q for q in quotes if q.text.startswith("Korban pernah"))
    assert last.speaker == "Hendra Wijaya"


def test_speakers_addressed_with_an_honorific():
    from warta.annotate.speaker_discourse import _addressed

    assert _addressed("Akbar Santoso", "dulu zaman Pak Akbar juga begitu")
    assert _addressed("Arman Sahti", "dibantu oleh AKP Arman, lalu")
    assert not _addressed("Hariyadi Sukamdani", "Pak Sukamdani pribadi yang lengkap")  # the father
    assert not _addressed("Akbar Santoso", "Akbar sudah lama di partai")


def test_speakers_addressed_person_does_not_take_the_pronoun():
    text = (DATA / "addressed_pak.txt").read_text(encoding="utf-8")
    quotes = warta.analyze(text).quotes
    last = next(q for q in quotes if q.text.startswith("Partai ini"))
    assert last.speaker == "Kahar Wibisono"
