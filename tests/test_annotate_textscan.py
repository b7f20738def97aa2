"""Regex matching at candidate positions gives finditer's matches."""

from __future__ import annotations

import re

from warta.annotate.textscan import matches_at, positions


def test_positions_include_overlapping_occurrences():
    assert list(positions("aaaa", "aa")) == [0, 1, 2]
    assert list(positions("abc", "x")) == []


def test_matches_at_equals_finditer_when_matches_start_at_candidates():
    pattern = re.compile(r"(?<!\w)atau [A-Z]\w+(?: [A-Z]\w+)*")
    text = "Abdul atau Cak Imin, dan Budi atau Bud; atau kecil atau Ani Budi"
    starts = list(positions(text, "atau"))
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, starts + starts)] == expected
    assert [m.group() for m in matches_at(pattern, text, starts)] == ["atau Cak Imin", "atau Bud",
                                                                         "atau Ani Budi"]


def test_matches_at_skips_starts_inside_an_earlier_match():
    pattern = re.compile(r"ab+")
    assert [m.span() for m in matches_at(pattern, "abbbab", [0, 1, 2, 4])] == [(0, 4), (4, 6)]
