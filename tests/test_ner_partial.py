"""NERP is read as partial annotation: unknown-type names become missing labels, not O."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
ner_data = pytest.importorskip("ner_data")
train_ner = pytest.importorskip("train_ner")

NERP_TEXT = (
    "menteri\tO\nbudi\tB-PPL\nsantoso\tI-PPL\nberkunjung\tO\nke\tO\nbank\tO\nmandiri\tO\n"
    "di\tO\nsurabaya\tB-PLC\nmembeli\tO\niphone\tB-IND\n.\tO\n"
)


@pytest.fixture()
def nerp_sentence(tmp_path: Path) -> ner_data.Sentence:
    path = tmp_path / "nerp.txt"
    path.write_text(NERP_TEXT, encoding="utf-8")
    cased = [
        ner_data.Sentence(tuple("Kata menteri ke di Bank Mandiri dan Surabaya .".split()), ("O",) * 9),
        ner_data.Sentence(tuple("Kata bank itu berkunjung ke Menteri Budi".split()), ("O",) * 7),
    ]
    [sent] = ner_data.load_nerp(str(path), ner_data.case_table(cased))
    return sent


def test_nerp_tags_and_casing(nerp_sentence):
    tags = dict(zip(nerp_sentence.words, nerp_sentence.tags, strict=True))
    assert nerp_sentence.words[:3] == ("Menteri", "Budi", "Santoso")
    assert tags["Budi"] == "B-PERSON" and tags["Santoso"] == "I-PERSON"
    assert tags["Surabaya"] == "B-LOC"
    assert tags["Iphone"] == ner_data.MISSING  # IND: a name of a type we do not learn
    assert tags["Mandiri"] == ner_data.MISSING  # capitalised in the cased corpora: maybe an ORG
    assert nerp_sentence.tags[5] == ner_data.MISSING  # "bank": capitalised in half of its uses
    assert tags["ke"] == "O" and tags["di"] == "O" and tags["."] == "O"
    assert tags["berkunjung"] == "O"
    assert tags["membeli"] == ner_data.MISSING  # unknown to the case table: not asserted as O


def test_missing_labels_reach_the_doc_and_carry_no_loss(nerp_sentence):
    nlp = spacy.blank("id")
    [doc] = list(train_ner.to_docbin(nlp, [nerp_sentence]).get_docs(nlp.vocab))
    iob = {t.text: t.ent_iob_ for t in doc}
    assert iob["Mandiri"] == "" and iob["Iphone"] == ""  # missing
    assert iob["ke"] == "O" and iob["Budi"] == "B"
    assert [(e.text, e.label_) for e in doc.ents] == [("Budi Santoso", "PERSON"), ("Surabaya", "LOC")]

    ner = nlp.add_pipe("ner")
    for label in ("PERSON", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    all_missing = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[True] * len(doc))
    all_missing.set_ents([], default="missing")
    ex_missing = Example(nlp.make_doc(doc.text), all_missing)
    ex_partial = Example(nlp.make_doc(doc.text), doc)
    losses_missing: dict = {}
    losses_partial: dict = {}
    nlp.update([ex_missing], sgd=False, losses=losses_missing)
    nlp.update([ex_partial], sgd=False, losses=losses_partial)
    assert losses_missing["ner"] == 0.0
    assert losses_partial["ner"] > 0.0


def test_auxiliary_upos_sentences_carry_tags_and_no_ner_loss() -> None:
    """--pos-aux: a UD sentence keeps its UPOS as tag_ and every NER label missing."""
    nlp = spacy.blank("id")
    sent = ner_data.Sentence(("Budi", "pergi", "."), (ner_data.MISSING,) * 3, ("PROPN", "VERB", "PUNCT"))
    plain = ner_data.Sentence(("Ani", "datang"), ("B-PERSON", "O"))
    docs = list(train_ner.to_docbin(nlp, [sent, plain]).get_docs(nlp.vocab))
    assert [t.tag_ for t in docs[0]] == ["PROPN", "VERB", "PUNCT"]
    assert [t.ent_iob_ for t in docs[0]] == ["", "", ""]
    assert [t.tag_ for t in docs[1]] == ["", ""] and [e.text for e in docs[1].ents] == ["Ani"]
