"""Vague counts of units give no calendar date; a spaced slash inside parentheses is still a date."""

from __future__ import annotations

import pytest

from warta.annotate.dates import annotate_dates


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in annotate_dates(text, published).mentions]


@pytest.mark.parametrize("text", [
    "Usaha itu kami mulai sejak beberapa tahun lalu.",
    "Ia mengirim surat ke OPCW beberapa pekan lalu.",
    "Sejak beberapa bulan lalu harga cabai naik.",
    "Puluhan tahun lalu kampung ini masih hutan.",
])
def test_vague_count_of_units_has_no_date(text: str) -> None:
    assert _values(text, "2017-09-06") == []


def test_counted_and_plain_units_still_resolve() -> None:
    assert _values("Kasus itu terjadi dua tahun lalu.", "2017-09-06") == [("dua tahun lalu", "2015")]
    assert _values("Tahun lalu ia datang.", "2017-09-06") == [("Tahun lalu", "2016")]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Elza diperiksa pada Senin (17 / 4) lalu.", "2017-05-06", "2017-04-17"),
    ("Elza diperiksa pada Senin (17/ 4).", "2017-05-06", "2017-04-17"),
    ("Rapat digelar di Jakarta, Kamis (4 / 1 / 2018).", "2018-01-05", "2018-01-04"),
])
def test_spaced_slash_in_parentheses_is_the_date(text: str, published: str, value: str) -> None:
    days = [d for d in annotate_dates(text, published).mentions if d.granularity == "day"]
    assert [d.value for d in days] == [value]
    assert text[days[0].start:days[0].end].startswith(("Senin", "Kamis"))


def test_spaced_slash_outside_parentheses_is_no_date() -> None:
    assert _values("Skor akhir 17 / 4 untuk tim tamu.", "2017-05-06") == []


def test_period_closing_the_sentence_is_not_part_of_the_date() -> None:
    text = "Mereka memperingati Tragedi 27 Juli. Ini menggambarkan sikap partai."
    assert _values(text, "2017-07-30") == [("27 Juli", "2017-07-27")]
    assert _values("Rapat itu digelar 27 Agu. 2017 di Medan.", "2017-09-30") == [("27 Agu. 2017", "2017-08-27")]
