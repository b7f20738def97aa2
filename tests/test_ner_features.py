"""The NER's lexicon features: gazetteer, role/title and head classes per token."""

from __future__ import annotations

import spacy

from warta.annotate import ner_features


def test_gazetteer_place_longest_match_covers_every_word():
    words = "Ia tinggal di Jawa Barat sejak lama".split()
    classes = ner_features.token_classes(words)
    assert classes[3:5] == ["G-LOC", "G-LOC"]
    assert classes[:3] == ["", "", ""]


def test_gazetteer_is_case_sensitive_but_roles_are_not():
    assert ner_features.token_classes(["jawa", "barat"]) == ["", ""]
    assert ner_features.token_classes(["presiden"]) == ["T-ROLE"]
    assert ner_features.token_classes(["PRESIDEN"]) == ["T-ROLE"]


def test_titles_heads_and_plain_words():
    classes = ner_features.token_classes(["AKBP", "Budi", "dari", "Partai", "Hijau", "di", "Jalan", "Mawar"])
    assert classes == ["T-TITLE", "", "", "H-ORG", "", "", "H-LOC", ""]


def test_component_writes_lemma_only_where_a_class_applies():
    nlp = spacy.blank("id")
    nlp.add_pipe(ner_features.FACTORY)
    doc = nlp("Menteri itu terbang ke Jepang.")
    assert [t.lemma_ for t in doc] == ["T-ROLE", "", "", "", "G-LOC", ""]
    assert doc.text == "Menteri itu terbang ke Jepang."
