"""Quote rules generalised from batch D's misses, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _indirect(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyzer.analyze(text).quotes if q.kind == "indirect"}


def test_membocorkan_with_a_clause_is_reported_speech(analyzer: Analyzer) -> None:
    text = ('Direktur Utama PT Kirana Logistik, Budi Prasetyo, juga membocorkan saat ini perusahaannya '
            'sedang menyiapkan aplikasi baru untuk pedagang kecil.')
    got = _indirect(analyzer, text)
    assert got.get("saat ini perusahaannya sedang menyiapkan aplikasi baru untuk pedagang kecil") \
        == "Budi Prasetyo", got


def test_mengaku_with_a_degree_predicate_is_a_quote(analyzer: Analyzer) -> None:
    text = ('Marc Marquez sudah dua kali menang di sirkuit ini. Namun, pebalap 24 tahun tersebut '
            'mengaku lebih fokus pada konsistensi sepanjang musim.')
    got = _indirect(analyzer, text)
    assert got.get("lebih fokus pada konsistensi sepanjang musim") == "Marc Marquez", got


def test_degree_word_as_manner_adverbial_is_no_quote(analyzer: Analyzer) -> None:
    text = 'Menteri Keuangan Sri Mulyani mengatakan lebih lanjut tentang rencana anggaran tahun depan.'
    assert not _indirect(analyzer, text)


def _direct(analyzer: Analyzer, text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in analyzer.analyze(text).quotes if q.kind == "direct"}


def test_short_full_sentence_after_verb_and_comma_is_speech(analyzer: Analyzer) -> None:
    text = 'Usai sidang, Rudi Santoso menyatakan kepada majelis hakim, "Kami pasti banding."'
    got = _direct(analyzer, text)
    assert [sp for q, sp in got.items() if "Kami pasti banding" in q] == ["Rudi Santoso"], got


def test_short_label_after_verb_stays_no_quote(analyzer: Analyzer) -> None:
    text = 'Warga desa itu menyebutnya "batu hitam" sejak dulu.'
    assert not _direct(analyzer, text)
