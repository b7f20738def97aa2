"""The CleanResult contract: byte-identical when nothing to do, normalisation only where needed."""

from __future__ import annotations

import dataclasses

import pytest

from warta.clean import CleanResult, clean_text

CLEAN = (
    "Harga Beras Naik di Pasar Induk\n\n"
    "JAKARTA, KOMPAS.com - Harga beras medium naik menjadi Rp 14.000 per kilogram.\n"
    "“Pasokan dari Jawa Tengah berkurang,” kata Ketua Koperasi Pedagang Beras, Zulkifli Rasyid."
)


def test_clean_text_is_returned_byte_identical():
    res = clean_text(CLEAN)
    assert res.text == CLEAN
    assert res.removed == ()
    assert res.changed is False


def test_result_is_frozen():
    res = clean_text(CLEAN)
    assert isinstance(res, CleanResult)
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.text = "x"  # type: ignore[misc]


def test_single_trailing_newline_is_kept():
    res = clean_text(CLEAN + "\n")
    assert res.text == CLEAN + "\n" and not res.changed


def test_empty_text():
    assert clean_text("") == CleanResult("", (), False)


def test_crlf_becomes_lf_without_removing_anything():
    res = clean_text(CLEAN.replace("\n", "\r\n"))
    assert res.text == CLEAN
    assert res.removed == ()
    assert res.changed


def test_nbsp_trailing_spaces_and_indentation_are_normalised():
    raw = "    Judul berita\u00a0utama  \n\n    Paragraf\u00a0pertama di sini.   \n"
    res = clean_text(raw)
    assert res.text == "Judul berita utama\n\nParagraf pertama di sini.\n"
    assert res.removed == ()
    assert res.changed


def test_runs_of_spaces_inside_a_line_are_kept():
    raw = "Harga cabai naik di Jakarta.\n\n“Kami rugi,” kata Budi, pedagang.  Ia pulang."
    res = clean_text(raw)
    assert res.text == raw and not res.changed


def test_rules_see_through_runs_of_spaces():
    res = clean_text("Isi berita pertama.\nBaca  juga:  Judul Lain\nIsi berita kedua.")
    assert res.removed == ("Baca  juga:  Judul Lain",)


def test_unicode_is_nfc():
    res = clean_text("Kafe\u0301 itu ramai.")
    assert res.text == "Kaf\u00e9 itu ramai."
    assert res.changed


def test_curly_and_straight_quotes_are_kept():
    raw = "‘’Kami siap,’’ ujar dia. \"Tentu,\" kata yang lain. “Ya,” katanya."
    assert clean_text(raw).text == raw


def test_runs_of_blank_lines_collapse_to_one():
    res = clean_text("Satu.\n\n\n\nDua.\n\n\nTiga.")
    assert res.text == "Satu.\n\nDua.\n\nTiga."


def test_no_blank_line_is_invented_where_a_line_is_dropped():
    res = clean_text("Paragraf satu.\nADVERTISEMENT\nParagraf dua.")
    assert res.text == "Paragraf satu.\nParagraf dua."
    assert res.removed == ("ADVERTISEMENT",)


def test_blank_line_around_a_dropped_line_is_kept_once():
    res = clean_text("Paragraf satu.\n\nSCROLL TO CONTINUE WITH CONTENT\n\nParagraf dua.")
    assert res.text == "Paragraf satu.\n\nParagraf dua."


def test_removed_lines_are_stripped_and_in_text_order():
    raw = "  ADVERTISEMENT  \nIsi berita pertama.\n\tBaca juga: Judul Lain\nIsi berita kedua.\n(red)"
    res = clean_text(raw)
    assert res.removed == ("ADVERTISEMENT", "Baca juga: Judul Lain", "(red)")
    assert res.text == "Isi berita pertama.\nIsi berita kedua."


def test_text_of_only_furniture_becomes_empty():
    res = clean_text("ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n")
    assert res.text == ""
    assert len(res.removed) == 2
