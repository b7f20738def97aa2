"""``to_dict`` of the document records: every field, in field order, as ``dataclasses.asdict`` gives."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from warta.model import Article, DateMention, Entity, Keyphrase, Quote

RECORDS = [
    Entity("Joko Widodo", "PERSON", 3, 14, "Joko Widodo", "Presiden", 0.9),
    Quote("direct", "Kami siap", 20, 29, "Joko Widodo", "PERSON", "Presiden", "kata", 0.85),
    DateMention("5 Juli 2023", 40, 51, "2023-07-05", "day", 0.95),
    Keyphrase("harga beras", 0.4),
]


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: type(r).__name__)
def test_record_to_dict_has_every_field_in_order(rec: object) -> None:
    assert list(rec.to_dict().items()) == list(asdict(rec).items())


def test_article_to_dict_nests_the_records() -> None:
    art = Article(id="a", text="x" * 60, entities=(RECORDS[0],), quotes=(RECORDS[1],), dates=(RECORDS[2],),
                  keyphrases=(RECORDS[3],), sentences=((0, 30), (31, 60)))
    d = art.to_dict()
    assert d["entities"] == [asdict(RECORDS[0])]
    assert d["quotes"][0]["speaker_role"] == "Presiden"
    assert d["sentences"] == [[0, 30], [31, 60]]
    assert set(d) == {f for f in asdict(art)}
