"""Ingest: idempotence, keys, transactions per batch, replace, schema version."""

from __future__ import annotations

import copy

import pytest

from store_fixtures import ALL, BACKENDS, NATO_1, SANTOSO_KPK, open_kb, record


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path):
    yield from open_kb(request.param, tmp_path)


def test_reingest_adds_nothing(kb):
    first = kb.ingest(ALL)
    stats = kb.stats()
    again = kb.ingest(copy.deepcopy(ALL))
    assert first.added == len(ALL) and again.added == 0 and again.unchanged == len(ALL)
    assert kb.stats() == stats
    assert stats["articles"] == len(ALL)
    assert stats["quotes"] == sum(len(r["quotes"]) for r in ALL)


def test_same_url_with_tracking_parameters_is_one_article(kb):
    kb.ingest([NATO_1])
    other = dict(copy.deepcopy(NATO_1), id="renamed", url="https://cnnindonesia.com/internasional/nato-1/")
    assert kb.ingest([other]).unchanged == 1
    assert kb.stats()["articles"] == 1


def test_text_key_ignores_case_and_spacing_when_no_url(kb):
    kb.ingest([SANTOSO_KPK])
    variant = copy.deepcopy(SANTOSO_KPK)
    variant["text"] = "  " + variant["text"].upper().replace(" ", "  ")
    variant["entities"], variant["quotes"] = [], []
    assert kb.ingest([variant]).unchanged == 1
    changed = record("changed", SANTOSO_KPK["text"] + " Tambahan.")
    assert kb.ingest([changed]).added == 1


def test_failed_batch_leaves_no_partial_article(kb):
    from sqlalchemy.exc import IntegrityError

    broken = copy.deepcopy(SANTOSO_KPK)
    broken["entities"][0]["start"] = None  # NOT NULL: fails in the database, after the article row
    with pytest.raises(IntegrityError):
        kb.ingest([NATO_1, ALL[1], ALL[2], broken], batch_size=2)
    stats = kb.stats()
    assert stats["articles"] == 2  # the first batch committed, the second rolled back
    assert stats["quotes"] == len(NATO_1["quotes"]) + len(ALL[1]["quotes"])
    assert kb.article("budi-polisi") is None
    # the store stays usable and consistent afterwards
    assert kb.ingest(ALL).added == 3
    assert kb.stats()["quotes"] == sum(len(r["quotes"]) for r in ALL)


def test_replace_rewrites_quotes_and_index(kb):
    kb.ingest([NATO_1])
    assert kb.person("Jens Stoltenberg")["quote_count"] == 2
    new = record(
        "nato-1",
        "Stoltenberg bicara soal pertahanan udara.",
        url=NATO_1["url"],
        quotes=[("pertahanan udara", "indirect", "Jens Stoltenberg", "PERSON", None)],
    )
    assert kb.ingest([new]).unchanged == 1
    summary = kb.ingest([new], replace=True)
    assert summary.replaced == 1 and summary.added == 0
    assert [q["text"] for q in kb.quotes()] == ["pertahanan udara"]
    prof = kb.person("Jens Stoltenberg")  # use counts follow the replacement
    assert (prof["quote_count"], prof["mention_count"], prof["article_count"]) == (1, 0, 1)
    assert kb.search("keanggotaan") == []
    assert [h["text"] for h in kb.search("udara", scope="quotes")] == ["pertahanan udara"]


def test_article_roundtrip_keeps_offsets_outlet_and_date(kb):
    kb.ingest([NATO_1, ALL[1]])
    art = kb.article("nato-1")
    assert art["outlet"] == "cnnindonesia" and art["published"] == "2023-07-05"
    for q in art["quotes"]:
        assert art["text"][q["start"] : q["end"]] == q["text"]
        assert q["speaker_id"] == "per:jens-stoltenberg"
    assert kb.article("nato-2")["outlet"] == "detik"
    assert kb.article(art["key"])["id"] == "nato-1"


def test_raw_record_without_text_is_reported_not_fatal(kb):
    summary = kb.ingest([{"id": "empty", "text": "   "}, NATO_1])
    assert summary.failed == 1 and summary.added == 1 and "empty" in summary.errors[0]


def test_schema_version_and_migration_hook(tmp_path, monkeypatch):
    from sqlalchemy import create_engine

    from warta.store import open_store, schema

    path = tmp_path / "m.db"
    open_store(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION
        schema.set_version(conn, schema.SCHEMA_VERSION - 1)
    ran = []
    monkeypatch.setitem(schema.MIGRATIONS, schema.SCHEMA_VERSION - 1, lambda conn: ran.append(True))
    open_store(str(path)).close()
    assert ran == [True]
    with engine.begin() as conn:
        assert schema.stored_version(conn) == schema.SCHEMA_VERSION
        schema.set_version(conn, schema.SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError, match="newer"):
        open_store(str(path))
    engine.dispose()


def test_two_writers_interleaved_do_not_collide(kb):
    from store_fixtures import db_url
    from warta.store import open_store

    other = open_store(db_url(kb))

    def records():
        yield ALL[0]
        other.ingest([ALL[1], ALL[2]])  # a second writer between two batches of the first
        yield ALL[1]  # already stored by the other writer
        yield ALL[3]
        yield ALL[4]

    try:
        summary = kb.ingest(records(), batch_size=1)
    finally:
        other.close()
    assert summary.added == 3 and summary.unchanged == 1
    stats = kb.stats()
    assert stats["articles"] == len(ALL) and stats["quotes"] == sum(len(r["quotes"]) for r in ALL)
    assert {q["article_id"] for q in kb.quotes(speaker="Stoltenberg")} == {"nato-1", "nato-2"}


def test_raw_records_are_analysed_once(kb):
    """A raw record goes through the analysis function (``warta.analyze`` by default; here a small
    one building an :class:`Article`, to keep the test fast); re-ingesting it is recognised by key
    before any analysis."""
    from warta.model import Article, Quote

    raw = {
        "id": "raw-1",
        "url": "https://www.tempo.co/politik/raw-1",
        "published": "2024-05-02",
        "text": 'ADVERTISEMENT\n"Kami akan menjaga defisit tetap rendah," kata Sri Mulyani.\n',
    }
    calls = []

    def analyse(rec):
        calls.append(rec["id"])
        text = rec["text"].replace("ADVERTISEMENT\n", "")
        quote = "Kami akan menjaga defisit tetap rendah,"
        start = text.index(quote)
        q = Quote("direct", quote, start, start + len(quote), "Sri Mulyani", "PERSON")
        art = Article(
            rec["id"],
            text,
            url=rec["url"],
            published=rec["published"],
            quotes=(q,),
            sentences=((0, len(text)),),
            removed=("ADVERTISEMENT",),
        )
        return art.to_dict()

    first = kb.ingest([raw], analyse=analyse)
    assert first.added == 1 and calls == ["raw-1"]
    art = kb.article("raw-1")
    assert (
        art["outlet"] == "tempo" and art["published"] == "2024-05-02" and art["removed"] == ["ADVERTISEMENT"]
    )
    [q] = art["quotes"]
    assert art["text"][q["start"] : q["end"]] == q["text"] and q["speaker_id"] == "per:sri-mulyani"
    again = kb.ingest([dict(raw)], analyse=analyse)
    assert again.unchanged == 1 and calls == ["raw-1"]
