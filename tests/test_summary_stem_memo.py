"""The stem memo returns PyStemmer's stems, in order, whether words are new, repeated or forgotten."""

import Stemmer

from warta.annotate import summary


def test_summary_stem_memo_same_as_stemmer(monkeypatch):
    stemmer = Stemmer.Stemmer("indonesian")
    words = ["pemerintahan", "menyatakan", "kebijakan", "pemerintahan", "dikatakannya", "berlari"]
    summary._STEMS.clear()
    assert summary.stem_words(words) == stemmer.stemWords(words)
    assert summary.stem_words(words[::-1]) == stemmer.stemWords(words[::-1])  # all from the memo
    assert summary.stem_words([]) == []


def test_summary_stem_memo_bounded(monkeypatch):
    real_get = summary.config.get
    monkeypatch.setattr(
        summary.config, "get", lambda s, k: 3 if (s, k) == ("caches", "stem_words") else real_get(s, k)
    )
    summary._STEMS.clear()
    first = ["membaca", "menulis", "bermain"]
    summary.stem_words(first)
    out = summary.stem_words(["perjalanan", "membaca", "kebersihan"])  # over the bound: emptied
    assert out == Stemmer.Stemmer("indonesian").stemWords(["perjalanan", "membaca", "kebersihan"])
    assert len(summary._STEMS) <= 3
    summary._STEMS.clear()
