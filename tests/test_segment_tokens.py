"""The guarded tokenizer: identical to spaCy on normal text, text-preserving on pathological input."""

import spacy

from warta.segment.tokens import GuardedTokenizer


def _pair():
    nlp = spacy.blank("id")
    return nlp.tokenizer, GuardedTokenizer(nlp.tokenizer, nlp.vocab, max_chunk=20)


def test_segment_tokens_same_as_spacy_on_normal_text():
    inner, guarded = _pair()
    text = "“Kami siap,” kata Menlu Retno di Jakarta, Selasa (4/7).  Harga Rp1.451.\n\nLalu pulang."
    assert [t.text for t in guarded(text)] == [t.text for t in inner(text)]


def test_segment_tokens_long_runs_are_cut_and_text_kept():
    _, guarded = _pair()
    text = "  Awal " + "“" * 95 + " kata  dia\n" + "x" * 41 + "."
    doc = guarded(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) <= 20
    assert [t.text for t in doc if t.text.strip()][:1] == ["Awal"]
    assert "kata" in [t.text for t in doc]
