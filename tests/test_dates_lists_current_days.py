"""Dates: a day of "this" month keeps its day, years listed after ``tahun`` in any order, ``ke``
between two years, and anaphoric ``setelahnya`` / ``berselang`` periods (session 8)."""

from __future__ import annotations

import pytest

from warta.annotate.dates import annotate_dates


def _values(text: str, published: str = "2019-10-15") -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in annotate_dates(text, published=published).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival itu dibuka pada 12 Juli ini di alun-alun.", ("12 Juli ini", "2019-07-12")),
        ("Penyanyi kelahiran Bandung, 3 Maret 1990 ini merilis album.", ("3 Maret 1990 ini", "1990-03-03")),
        # "ini" keeps the publication year even when the other year's day would be nearer
        ("Ia berjanji datang lagi pada 2 Februari ini.", ("2 Februari ini", "2019-02-02")),
    ],
)
def test_day_of_this_month_keeps_its_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)


def test_years_listed_after_tahun_in_any_order() -> None:
    values = _values("Banjir besar melanda kota itu pada tahun 1978 dan 1965.")
    assert ("1965", "1965") in values


def test_years_joined_by_ke() -> None:
    values = _values("Warga merayakan pergantian tahun 2018 ke 2019 di pantai.")
    assert ("2019", "2019") in values


def test_a_descending_pair_without_tahun_is_no_list() -> None:
    values = [v for _, v in _values("Nomor antrean 1998 dan 1975 dipanggil.")]
    assert "1975" not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klub itu berdiri pada 1996.\n\nSetahun setelahnya, klub itu juara.", ("Setahun setelahnya", "1997")),
        ("Pabrik dibuka pada Mei 2011. Sebulan berselang, pabrik terbakar.", ("Sebulan berselang", "2011-06")),
    ],
)
def test_anaphoric_periods_after_a_named_one(text: str, expected: tuple[str, str]) -> None:
    assert expected in _values(text)
