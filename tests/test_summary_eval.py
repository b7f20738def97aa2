"""IndoSum-format reading and the ROUGE evaluation of summaries against LEAD-3."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from warta.eval.summaries import (
    build_text,
    evaluate_summaries,
    format_summary_table,
    read_records,
    title_from_id,
)

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


class _UnigramScorer:
    """A tiny stand-in for rouge_score's RougeScorer (importing it costs seconds): unigram F for
    every metric, and a log of what it was asked to score."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def score(self, reference: str, candidate: str) -> dict:
        self.calls.append((reference, candidate))
        ref, cand = Counter(reference.lower().split()), Counter(candidate.lower().split())
        overlap = sum((ref & cand).values())
        f = 2 * overlap / (sum(ref.values()) + sum(cand.values())) if overlap else 0.0
        return {k: SimpleNamespace(fmeasure=f) for k in ("rouge1", "rouge2", "rougeL")}


def test_evaluate_scores_warta_and_lead3_on_the_same_sentences():
    scorer = _UnigramScorer()
    result = evaluate_summaries(str(SAMPLE), gold_segmentation=True, scorer=scorer)
    recs = list(read_records(str(SAMPLE)))
    assert result["articles"] == 2 and result["segmentation"] == "gold"
    assert len(scorer.calls) == 4  # Warta then LEAD-3, per article
    expected = {"warta": [], "lead3": []}
    for rec, (warta, lead) in zip(recs, zip(scorer.calls[::2], scorer.calls[1::2], strict=True), strict=True):
        sents = [rec.text[s:e] for s, e in rec.gold_sentences]
        assert warta[0] == lead[0] == rec.reference
        assert lead[1] == "\n".join(sents[:3])
        assert 2 <= len(warta[1].split("\n")) <= 3 and all(x in sents for x in warta[1].split("\n"))
        expected["warta"].append(scorer.score(*warta)["rouge1"].fmeasure)
        expected["lead3"].append(scorer.score(*lead)["rouge1"].fmeasure)
    for system, values in expected.items():
        assert result[system]["rouge1"] == round(100 * sum(values) / len(values), 2)
    assert 2 <= result["mean_summary_sentences"] <= 3
    table = format_summary_table(result)
    assert "warta" in table and "lead3" in table and "ROUGE-1" in table
