"""Invisible direction marks and zero-width characters are dropped by the normaliser (session 7)."""

from warta.clean.normalize import normalize_lines


def test_direction_marks_are_dropped() -> None:
    assert normalize_lines("\u200e\"Kami siap,\" kata dia.\u200f\n\u202aA\u202c \u2066B\u2069") == [
        "\"Kami siap,\" kata dia.", "A B"]


def test_zero_width_joiner_is_kept_for_emoji() -> None:
    assert normalize_lines("a\u200db") == ["a\u200db"]
