"""The shipped NER model loads into a blank Indonesian pipeline and finds PERSON / ORG / LOC."""

from __future__ import annotations

import logging

import pytest
import spacy

from warta.annotate import ner

pytestmark = pytest.mark.skipif(ner.model_dir() is None, reason="NER model not installed")

SENTENCES = [
    "Presiden Joko Widodo meresmikan jalan tol baru di Surabaya pada hari Senin.",
    "Komisi Pemberantasan Korupsi menahan Bupati Sidoarjo Ahmad Muhdlor Ali di Jakarta.",
    "Menteri Keuangan Sri Mulyani Indrawati mengatakan Bank Indonesia akan menjaga stabilitas rupiah.",
    "Pertemuan para menteri luar negeri ASEAN digelar di Kuala Lumpur, Malaysia.",
]


@pytest.fixture(scope="module")
def nlp():
    return ner.add_ner(spacy.blank("id"))


def test_add_ner_adds_the_model_components_once(nlp):
    # the shipped model embeds the lexicon features, so their component runs just before the NER
    assert nlp.pipe_names == ["warta_ner_features", "ner"]
    assert ner.add_ner(nlp).pipe_names == ["warta_ner_features", "ner"]  # idempotent
    assert set(nlp.get_pipe("ner").labels) == set(ner.LABELS)


def test_spans_have_exact_offsets_labels_and_confidence(nlp):
    for text in SENTENCES:
        doc = nlp(text)
        spans = ner.ner_spans(doc)
        assert spans, text
        for start, end, label, conf in spans:
            assert label in ner.LABELS
            assert 0.0 < conf <= 1.0
            surface = text[start:end]
            assert surface == surface.strip() and surface
            assert any(e.start_char == start and e.end_char == end for e in doc.ents)


def test_finds_each_type(nlp):
    found = {(text[s:e], lab) for text in SENTENCES for s, e, lab, _ in ner.ner_spans(nlp(text))}
    assert ("Joko Widodo", "PERSON") in found
    assert ("Sri Mulyani Indrawati", "PERSON") in found
    assert ("Surabaya", "LOC") in found
    assert ("Kuala Lumpur", "LOC") in found
    assert ("Bank Indonesia", "ORG") in found
    assert ("ASEAN", "ORG") in found
    # "Komisi Pemberantasan Korupsi" is left to the gazetteer of warta.annotate.entities


def test_no_entities_in_plain_lowercase_text(nlp):
    doc = nlp("hujan turun sejak pagi dan jalanan menjadi licin sehingga orang memilih tinggal di rumah.")
    assert ner.ner_spans(doc) == []


def test_missing_model_leaves_pipeline_unchanged(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(ner, "MODEL_DIR", tmp_path / "absent")
    ner._model_config.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="warta.annotate.ner"):
            out = ner.add_ner(spacy.blank("xx"))  # any pipeline; "xx" builds fast
        assert out.pipe_names == []
        assert "not found" in caplog.text
    finally:
        ner._model_config.cache_clear()
