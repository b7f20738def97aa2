"""The boilerplate pattern files load, compile and are well-formed."""

from __future__ import annotations

import pytest

from warta.clean import patterns as P
from warta.lang import table

FAMILIES = {
    "ad", "related", "video", "share", "follow", "comment", "reaction", "ai", "caption", "embed",
    "timestamp", "byline", "code", "copyright", "notice", "widget",
}


def test_every_row_has_a_known_family_and_mode():
    for family, mode, max_words, needles, regex in table("id", "boilerplate_patterns"):
        if family == "define":
            assert mode.isupper(), mode
            continue
        assert family in FAMILIES, family
        assert mode in P.MODES, mode
        assert max_words == "-" or int(max_words) >= 0
        if mode == "search":
            assert needles != "-", regex


def test_patterns_load_and_each_family_is_used():
    pats = P.load("id")
    used = {p.family for mode in P.MODES for p in pats.by_mode[mode]}
    assert used == FAMILIES
    assert pats.headers and pats.inline is not None and pats.outlet is not None


def test_family_of_respects_word_limits():
    pats = P.load("id")
    assert P.family_of("Baca juga: Judul Lain", 4, pats) == "related"
    long_line = "Sumber: " + " ".join(["kata"] * 30)
    assert P.family_of(long_line, 31, pats) is None


def test_a_broken_row_is_reported_with_its_file(monkeypatch):
    rows = (("ad", "line", "-", "-", "(unclosed"),)
    monkeypatch.setattr(P, "table", lambda lang, name: rows if name == "boilerplate_patterns" else table(lang, name))
    P.load.cache_clear()
    try:
        with pytest.raises(ValueError, match="boilerplate_patterns"):
            P.load("id")
    finally:
        P.load.cache_clear()
