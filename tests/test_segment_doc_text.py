"""The guarded tokenizer keeps the text it was given on the Doc (``doc._.warta_text``), and the
pipeline's sentence component reads it: the same sentences as from ``Doc.text``."""

import pytest
import spacy

from warta.pipeline import warta_sentences
from warta.segment import split_sentences
from warta.segment.tokens import GuardedTokenizer

TEXTS = [
    "“Kami siap,” kata Menlu Retno di Jakarta, Selasa (4/7).  Harga Rp1.451.\n\nLalu pulang.",
    "  Awal " + "“" * 95 + " kata  dia\n" + "x" * 41 + ". Akhir.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_guarded_tokenizer_keeps_its_text(text: str) -> None:
    nlp = spacy.blank("id")
    doc = GuardedTokenizer(nlp.tokenizer, nlp.vocab, max_chunk=20)(text)
    assert doc._.warta_text == doc.text == text


def test_sentence_component_without_kept_text_reads_doc_text() -> None:
    nlp = spacy.blank("id")  # plain tokenizer: no kept text
    text = TEXTS[0]
    doc = warta_sentences(nlp(text))
    assert doc._.warta_text is None
    assert doc._.warta_sentences == split_sentences(text) and len(doc._.warta_sentences) >= 2
