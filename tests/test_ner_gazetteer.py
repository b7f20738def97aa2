"""The NER's training-data gazetteer: matching, filters, saving with the model, jackknife."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy

from warta.annotate import ner_features as nf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
ner_data = pytest.importorskip("ner_data")
bg = pytest.importorskip("build_ner_gazetteer")

ROWS = [("PERSON", ("Budi", "Santoso")), ("ORG", ("Bank", "Mandiri")), ("LOC", ("Surabaya",)),
        ("PTOK", ("Wati",))]


def _sent(text: str, tags: str) -> ner_data.Sentence:
    return ner_data.Sentence(tuple(text.split()), tuple(tags.split()))


def test_longest_phrase_then_person_word_case_sensitive():
    gaz = nf.TrainGazetteer.from_rows(ROWS + [("PERSON", ("Budi",))])
    words = "Budi Santoso dan Wati ke Bank Mandiri di surabaya , Budi".split()
    assert gaz.classes(words) == ["PERSON-B", "PERSON-I", "", "PTOK", "", "ORG-B", "ORG-I", "", "", "",
                                  "PERSON-B"]


def test_tsv_round_trip(tmp_path: Path):
    gaz = nf.TrainGazetteer.from_rows(ROWS)
    nf.write_gazetteer(gaz, tmp_path / "g.tsv")
    assert nf.read_gazetteer(tmp_path / "g.tsv").rows() == gaz.rows()
    assert nf.read_gazetteer(tmp_path / "missing.tsv") is nf.EMPTY


def test_component_saves_its_gazetteer_and_writes_tag(tmp_path: Path):
    nf.set_jackknife(nf.TrainGazetteer.from_rows(ROWS))
    try:
        nlp = spacy.blank("id")
        nlp.add_pipe(nf.FACTORY)
        nlp.get_pipe(nf.FACTORY).to_disk(tmp_path / "feat")
    finally:
        nf.set_jackknife(None)
    fresh = spacy.blank("id")
    comp = fresh.add_pipe(nf.FACTORY)
    assert fresh("Budi Santoso ke Surabaya")[0].tag_ == ""  # no gazetteer: nothing written
    comp.from_disk(tmp_path / "feat")
    doc = fresh("Budi Santoso ke Surabaya")
    assert [t.tag_ for t in doc] == ["PERSON-B", "PERSON-I", "", "LOC-B"]
    assert doc[3].lemma_ == "G-LOC"  # the general lexicon class is still there


def test_build_filters_lowercase_and_mostly_outside_strings():
    sents = [
        _sent("Budi Santoso pergi ke Surabaya .", "B-PERSON I-PERSON O O B-LOC O"),
        _sent("Kata Budi kepada pemerintah .", "O B-PERSON O B-ORG O"),
        _sent("Harapan Budi Santoso .", "B-ORG O O O"),
        _sent("Harapan kami besar .", "O O O O"),
        _sent("Harapan itu besar .", "O O O O"),
    ]
    gaz = bg.build(bg.tokenise(sents))
    rows = set(gaz.rows())
    assert ("PERSON", ("Budi", "Santoso")) in rows  # once entity, once outside: kept (ties kept)
    assert ("LOC", ("Surabaya",)) in rows
    assert not any(p == ("pemerintah",) for _, p in rows)  # lower-case single word
    assert not any(p == ("Harapan",) for _, p in rows)  # outside entities more often than inside
    assert ("PTOK", ("Budi",)) in rows  # 2 of its 3 uses inside PERSON
    assert ("PTOK", ("Santoso",)) not in rows  # 1 of 2


def test_jackknife_hides_a_sentence_own_fold():
    sents = [_sent(f"Nama{i} datang ke Kota{i} .", "B-PERSON O O B-LOC O") for i in range(10)]
    docs = bg.tokenise(sents)
    full, fold_of, folds = bg.jackknife(docs, 5)
    assert len(folds) == 5 and len(fold_of) == 10
    nf.set_jackknife(full, fold_of, folds)
    try:
        nlp = spacy.blank("id")
        nlp.add_pipe(nf.FACTORY)
        own = nlp(docs[0].text)  # a training sentence: its own names are not in its fold's table
        assert [t.tag_ for t in own] == ["", "", "", "", ""]
        unseen = nlp(  # not a training text: the full table
            "Nama1 dan Nama0 di Kota0")
        assert [t.tag_ for t in unseen] == ["PERSON-B", "", "PERSON-B", "", "LOC-B"]
    finally:
        nf.set_jackknife(None)
