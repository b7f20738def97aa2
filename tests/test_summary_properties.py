"""Properties of summarize() and keyphrases() on arbitrary text and sentence spans."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.keyphrases import keyphrases
from warta.annotate.summary import summarize

WORDS = ["Jakarta", "presiden", "Joko", "Widodo", "harga", "beras", "naik", "di", "yang", "dan", "2024",
         "\"Kami", "siap,\"", "kata", "DPR", "RI", "(27/3)", "-", "banjir", "Bandung", "itu", "tidak"]  # fmt: skip

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")
article = st.lists(st.lists(sentence, min_size=1, max_size=5), min_size=0, max_size=6)


def build(paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for p, para in enumerate(paragraphs):
        for i, sent in enumerate(para):
            text += ("\n\n" if p else "") if i == 0 and text else (" " if text else "")
            spans.append((len(text), len(text) + len(sent)))
            text += sent
    return text, spans


@settings(max_examples=25, deadline=None)
@given(article, st.one_of(st.none(), sentence))
def test_summary_is_at_most_three_whole_given_sentences(paragraphs, title):
    text, spans = build(paragraphs)
    summary = summarize(text, spans, title=title)
    assert len(summary) <= 3
    assert all(s in spans for s in summary)
    assert summary == sorted(set(summary))
    if spans:
        assert summary


@settings(max_examples=25, deadline=None)
@given(article, st.integers(min_value=0, max_value=6))
def test_keyphrases_are_substrings_at_most_k(paragraphs, k):
    text, spans = build(paragraphs)
    kps = keyphrases(text, spans, k=k)
    assert len(kps) <= k
    for kp in kps:
        assert kp.text and kp.text in text and 0.0 < kp.score <= 1.0
        assert re.search(r"[^\W\d_]", kp.text)
