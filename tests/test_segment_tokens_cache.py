"""The guarded tokenizer raises spaCy's chunk-cache limit without changing any token."""

import spacy

from warta.segment.tokens import GuardedTokenizer


def test_segment_tokens_cache_limit_raised_to_setting():
    nlp = spacy.blank("id")
    inner = nlp.tokenizer
    if not hasattr(inner, "max_cache_size"):  # spaCy without a bounded cache: nothing to raise
        return
    inner.max_cache_size = 3
    GuardedTokenizer(inner, nlp.vocab, max_chunk=50, cache_chunks=1000)
    assert inner.max_cache_size == 1000
    GuardedTokenizer(inner, nlp.vocab, max_chunk=50, cache_chunks=10)
    assert inner.max_cache_size == 1000  # never lowered


def test_segment_tokens_big_cache_same_tokens_as_small_cache():
    text = " ".join(f"(kata-{i}), “Rp{i}.000” di-{i}an." for i in range(300))
    small = spacy.blank("id").tokenizer
    small.max_cache_size = 5 if hasattr(small, "max_cache_size") else 0
    nlp = spacy.blank("id")
    guarded = GuardedTokenizer(nlp.tokenizer, nlp.vocab, max_chunk=50, cache_chunks=100_000)
    expected = [t.text_with_ws for t in small(text)]
    for _ in range(2):  # the second pass is served from the cache
        assert [t.text_with_ws for t in guarded(text)] == expected
