"""Search, quote queries and who-said over a small hand-written corpus."""

from __future__ import annotations

import pytest

from store_fixtures import ALL, BACKENDS, open_kb


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path):
    for store in open_kb(request.param, tmp_path):
        store.ingest(ALL)
        yield store


def test_stemming_matches_inflected_forms_both_ways(kb):
    hits = kb.search("anggota", scope="quotes")
    texts = {h["text"] for h in hits}
    assert "keanggotaan Ukraina hanya soal waktu" in texts  # keanggotaan -> anggota
    assert "Semua anggota telah setuju Ukraina akan bergabung," in texts
    assert {h["text"] for h in kb.search("keanggotaan", scope="quotes")} == texts


def test_search_hits_carry_article_and_offsets(kb):
    hits = kb.search("anggota NATO")
    quotes = [h for h in hits if h["type"] == "quote"]
    articles = [h for h in hits if h["type"] == "article"]
    assert quotes == [] or all(q["speaker_id"] == "per:jens-stoltenberg" for q in quotes)
    assert [a["article_id"] for a in articles] == ["nato-1"]
    assert "NATO" in articles[0]["snippet"]
    for q in kb.search("bergabung", scope="quotes"):
        assert q["article_id"] == "nato-1" and q["end"] - q["start"] == len(q["text"])


def test_all_words_required_and_phrases(kb):
    assert {h["article_id"] for h in kb.search("kenaikan gaji hakim", scope="articles")} == {"santoso-kpk"}
    assert kb.search("gaji Stoltenberg") == []
    assert len(kb.search('"gaji hakim"', scope="quotes")) == 1  # "kenaikan gaji hakim sudah..."
    assert kb.search('"hakim gaji"', scope="quotes") == []
    assert kb.search("   ") == []


def test_filters_speaker_dates_outlet_kind(kb):
    assert {q["article_id"] for q in kb.quotes(speaker="Stoltenberg")} == {"nato-1", "nato-2"}
    assert {q["article_id"] for q in kb.quotes(speaker="Stoltenberg", since="2023-08")} == {"nato-2"}
    assert {q["article_id"] for q in kb.quotes(speaker="Stoltenberg", until="2023-07")} == {"nato-1"}
    assert {q["article_id"] for q in kb.quotes(outlet="detik")} == {"nato-2"}
    assert [q["kind"] for q in kb.quotes(speaker="Jens Stoltenberg", kind="indirect")] == ["indirect"]
    assert [q["speaker"] for q in kb.quotes(speaker="pegawai")] == ["seorang pegawai"]
    by_speaker = kb.search("Ukraina", speaker="Stoltenberg")  # both written forms, no one else
    assert {h["article_id"] for h in by_speaker} == {"nato-1", "nato-2"}
    assert {h["speaker_id"] for h in by_speaker} == {"per:jens-stoltenberg"}
    assert kb.search("Ukraina", speaker="Budi Santoso") == []
    assert kb.search("Ukraina", speaker="Stoltenberg", kind="direct", scope="all")
    assert all(h["type"] == "quote" for h in kb.search("Ukraina", speaker="Stoltenberg"))
    with pytest.raises(ValueError):
        kb.quotes(since="juli 2023")


def test_organisation_filter_uses_role_and_aliases(kb):
    assert {q["speaker_id"] for q in kb.quotes(org="NATO")} == {"per:jens-stoltenberg"}
    kpk = kb.quotes(org="Komisi Pemberantasan Korupsi")
    assert [q["text"] for q in kpk] == ["hakim akan menerima kenaikan gaji"]
    assert [q["text"] for q in kb.quotes(org="KPK")] == [q["text"] for q in kpk]


def test_who_said_ranks_speakers(kb):
    rows = kb.who_said("Ukraina")
    assert rows[0]["speaker_id"] == "per:jens-stoltenberg" and rows[0]["quotes"] == 3
    assert rows[0]["first"] == "2023-07-05" and rows[0]["last"] == "2023-08-10"
    names = {r["name"] for r in kb.who_said("kenaikan gaji")}
    assert names == {"Komisi Pemberantasan Korupsi", "seorang pegawai"}
    assert [r["name"] for r in kb.who_said("kenaikan gaji", org="KPK")] == ["Komisi Pemberantasan Korupsi"]
    assert [r["quotes"] for r in kb.who_said("Ukraina", since="2023-08")] == [1]


def test_windowed_ranking_finds_the_same_hits_newest_first(kb, monkeypatch):
    from warta import config

    full = kb.search("Ukraina", scope="quotes")
    filtered = kb.search("Ukraina", scope="quotes", since="2023-08")
    monkeypatch.setitem(config.settings()["store"], "rank_window", 1)
    small = kb.search("Ukraina", scope="quotes")
    assert sorted(h["quote_id"] for h in small) == sorted(h["quote_id"] for h in full)
    assert len(full) >= 3 and small[0]["quote_id"] == max(h["quote_id"] for h in full)
    assert [h["quote_id"] for h in kb.search("Ukraina", scope="quotes", since="2023-08")] == [
        h["quote_id"] for h in filtered
    ]
    assert len(kb.search("Ukraina", scope="quotes", limit=2)) == 2


def test_recent_window_listing_equals_full_ordering(kb, monkeypatch):
    from warta import config

    cases = [{}, {"speaker": "Stoltenberg"}, {"kind": "direct"}, {"since": "2024"}]
    monkeypatch.setitem(config.settings()["store"], "recent_window", 0)
    full = [[q["quote_id"] for q in kb.quotes(limit=None, **c)] for c in cases]
    assert [len(f) for f in full] == [7, 3, 5, 4]
    monkeypatch.setitem(config.settings()["store"], "recent_window", 1)
    for case, expected in zip(cases, full, strict=True):
        assert [q["quote_id"] for q in kb.quotes(limit=2, **case)] == expected[:2]
        assert [q["quote_id"] for q in kb.quotes(limit=2, offset=1, **case)] == expected[1:3]
    dates = [q["published"] for q in kb.quotes(limit=3)]
    assert dates == sorted(dates, reverse=True)
