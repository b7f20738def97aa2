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


def _reference_classes(words: list[str]) -> list[str]:
    """Straightforward left-to-right longest match, word by word (what token_classes must equal)."""
    t = ner_features.tables()
    low = [w.lower().rstrip(".") or w for w in words]
    out, i = [""] * len(words), 0
    while i < len(words):
        hit = next(((len(p), c) for p, c in t.cased.get(words[i], ()) if tuple(words[i:i + len(p)]) == p), None)
        hit = hit or next(((len(p), c) for p, c in t.lower.get(low[i], ()) if tuple(low[i:i + len(p)]) == p), None)
        if hit:
            out[i:i + hit[0]] = [hit[1]] * hit[0]
            i += hit[0]
        else:
            out[i] = t.heads.get(low[i], "")
            i += 1
    return out


def test_fast_path_equals_reference_on_mixed_text():
    text = ("Kepala Kepolisian Daerah Jawa Barat Irjen Pol. Dr. Ahmad , Wakil Presiden , dan Menteri Luar "
            "Negeri bertemu di Jalan Jawa Tengah Nomor 5 , Kabupaten Bogor , Sumatera Utara , Jawa Barat "
            "Jawa Barat . dr. Budi dari Universitas Indonesia dan Bank Dunia , PRESIDEN , Kota Medan")
    words = text.split()
    for _ in range(2):  # second pass answers from the per-word cache
        assert ner_features.token_classes(words) == _reference_classes(words)
    assert any(ner_features.token_classes(words))


def test_person_names_are_a_class_only_when_asked_and_only_where_nothing_else_applies():
    words = ["Presiden", "Lionel", "Messi", "tiba", "di", "Kota", "Lionel", "lionel"]
    plain = ner_features.token_classes(words)
    named = ner_features.token_classes(words, person_names=True)
    assert "G-PER" not in plain
    assert named[1] == "G-PER"  # a listed given name
    assert named[0] == plain[0] == "T-ROLE"  # other classes win
    assert named[5] == plain[5] and named[5] != "G-PER"  # "Kota" is a head word, never a name
    assert named[7] == ""  # case-sensitive: a lower-case word is no name
    assert [c for c, p in zip(named, plain, strict=True) if c != p] == ["G-PER", "G-PER"]


def test_person_names_setting_travels_with_the_component_config():
    nlp = spacy.blank("id")
    nlp.add_pipe(ner_features.FACTORY, config={"person_names": True})
    assert [t.lemma_ for t in nlp("Kemarin Lionel datang.")] == ["", "G-PER", "", ""]
    default = spacy.blank("id")
    default.add_pipe(ner_features.FACTORY)
    assert [t.lemma_ for t in default("Kemarin Lionel datang.")] == ["", "", "", ""]


def test_person_name_list_holds_single_capitalised_words_and_no_stop_words():
    from warta.lang import lexicon

    names = ner_features.tables().names
    stop = {w.lower() for w in lexicon("id", "stopwords")}
    assert len(names) > 1000
    assert all(n.isalpha() and n[0].isupper() and n[1:].islower() for n in names)
    assert not {n.lower() for n in names} & stop
