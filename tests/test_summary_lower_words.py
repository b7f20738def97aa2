"""Lower-casing word by word is used only where it equals lower-casing the sentence."""

from warta.annotate import summary


def test_summary_lower_words_plain_text_safe_and_same_terms():
    text = "“Kami SIAP,” kata Menlu Retno. Harga naik 5 persen di Jakarta."
    assert summary._lowers_by_word(text)
    sents = [text[:29], text[30:]]
    lows = [[w.lower() for w in summary._WORD.findall(s)] for s in sents]
    assert summary._terms_of(sents, lows) == [summary.content_terms(s) for s in sents]


def test_summary_lower_words_context_or_length_changing_letters_unsafe():
    assert not summary._lowers_by_word("Kota İstanbul")  # lowers to two characters
    assert not summary._lowers_by_word("ΟΔΟΣ'Α")  # capital sigma lowers by its context


def test_summary_lower_words_unsafe_text_same_summary_as_features_path():
    text = "İstanbul ramai. Warga İzmir datang ke kota. Harga naik lagi. Presiden berbicara panjang."
    spans = [(0, 15), (16, 43), (44, 60), (61, len(text))]
    terms = summary._terms_of([text[s:e] for s, e in spans])
    rows = summary._features(text, spans, terms, None, ())
    assert rows == summary.sentence_features(text, spans)
