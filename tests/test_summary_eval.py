"""IndoSum-format reading and the ROUGE evaluation of summaries against LEAD-3."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.eval.summaries import build_text, format_summary_table, read_records, title_from_id

SAMPLE = Path(__file__).parent / "data" / "summary_indosum_sample.jsonl"


def test_build_text_joins_sentences_and_paragraphs():
    text, spans = build_text([[["Satu", "."], ["Dua", "kata", "."]], [["Tiga", "."]]])
    assert text == "Satu . Dua kata .\n\nTiga ."
    assert [text[s:e] for s, e in spans] == ["Satu .", "Dua kata .", "Tiga ."]


def test_title_from_id_drops_the_cut_word():
    assert title_from_id("1500000001-harga-cabai-naik") == "harga cabai naik"
    slug = "1500000000-jembatan-gantung-sungai-lestari-diresmikan-warga-s"
    assert title_from_id(slug) == "jembatan gantung sungai lestari diresmikan warga"
    assert title_from_id("no-timestamp") is None


def test_read_records_aligns_labels_with_sentences():
    recs = list(read_records(str(SAMPLE)))
    assert len(recs) == 2
    for rec in recs:
        assert len(rec.labels) == len(rec.gold_sentences)
        assert rec.reference
    assert recs[1].labels == [True, True, False, True, False]


def test_evaluate_reports_warta_and_lead3():
    pytest.importorskip("rouge_score")
    from warta.eval.summaries import evaluate_summaries

    result = evaluate_summaries(str(SAMPLE), gold_segmentation=True)
    assert result["articles"] == 2 and result["segmentation"] == "gold"
    for system in ("warta", "lead3"):
        for key in ("rouge1", "rouge2", "rougeL"):
            assert 0.0 < result[system][key] <= 100.0
    assert 2 <= result["mean_summary_sentences"] <= 3
    table = format_summary_table(result)
    assert "warta" in table and "lead3" in table and "ROUGE-1" in table
