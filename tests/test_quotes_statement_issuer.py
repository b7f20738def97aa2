"""``“…,” tulis pernyataan Pemerintah Western Cape``: the issuer of a statement is the whole
organisation after the statement noun, as the entity layer reads it."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Pemerintah daerah telah bertindak cepat,” tulis pernyataan Pemerintah Western Cape.",
     "Pemerintah Western Cape"),
    ("Kementerian Perhubungan menjelaskan aturan baru itu.\n\n“Jadi sekali lagi, tidak ada larangan membawa "
     "laptop ke kabin,” tutup pernyataan Ditjen Perhubungan Udara, Kemenhub.", "Ditjen Perhubungan Udara"),
])
def test_statement_issuer(text: str, speaker: str) -> None:
    assert [q.speaker for q in warta.analyze(text).quotes if q.kind == "direct"] == [speaker]
