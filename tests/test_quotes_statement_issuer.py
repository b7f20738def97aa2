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



def test_issuer_the_ner_reads_as_a_place_is_named_whole() -> None:
    from warta.annotate.speaker_statements import statement_speaker
    from warta.annotate.speakers import EntityIndex
    from warta.model import Entity

    text = "demikian bunyi pernyataan resmi Jiangsu Suning."
    start = text.index("Jiangsu")
    ents = EntityIndex([Entity("Jiangsu Suning", "LOC", start, start + 14, "Jiangsu Suning")])
    found = statement_speaker(text, text.index("pernyataan"), len(text) - 1, ents, None, lambda pos: None)
    assert found == ("Jiangsu Suning", "ORG")
