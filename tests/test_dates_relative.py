"""Relative expressions, each against a fixed publication day (Wednesday 5 July 2023)."""

import pytest

from warta.annotate.dates import annotate_dates

BASE = "2023-07-05"


def _only(text: str, published: str = BASE) -> tuple[str, str | None, str | None]:
    res = annotate_dates(text, published)
    assert len(res.mentions) == 1, res.mentions
    m = res.mentions[0]
    return m.text, m.value, m.granularity


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Ia tiba kemarin di Jakarta.", "kemarin", "2023-07-04"),
        ("Kemarin ia tiba di Jakarta.", "Kemarin", "2023-07-04"),
        ("Harga naik hari ini di pasar.", "hari ini", "2023-07-05"),
        ("Sidang digelar besok di PN.", "besok", "2023-07-06"),
        ("Sidang digelar lusa di PN.", "lusa", "2023-07-07"),
        ("Ia ditangkap dua hari lalu di Bogor.", "dua hari lalu", "2023-07-03"),
        ("Ia ditangkap tiga hari lalu di Bogor.", "tiga hari lalu", "2023-07-02"),
        ("Ia ditangkap 2 hari yang lalu di Bogor.", "2 hari yang lalu", "2023-07-03"),
        ("Ia ditangkap dua puluh satu hari lalu.", "dua puluh satu hari lalu", "2023-06-14"),
        ("Laga digelar tiga hari lagi.", "tiga hari lagi", "2023-07-08"),
    ],
)
def test_day_offsets(text, expr, value):
    assert _only(text) == (expr, value, "day")


def test_weeks_resolve_to_a_day_a_week_away():
    assert _only("Chelsea bermain imbang pada pekan lalu.") == ("pekan lalu", "2023-06-28", "day")
    assert _only("Chelsea bertanding pekan depan.") == ("pekan depan", "2023-07-12", "day")
    assert _only("Ia pulang sepekan lalu.") == ("sepekan lalu", "2023-06-28", "day")
    assert _only("Tim kalah pada akhir pekan lalu.") == ("akhir pekan lalu", "2023-07-01", "day")


def test_bare_weekend_is_the_nearest_one():
    assert _only("Laga digelar akhir pekan.") == ("akhir pekan", "2023-07-08", "day")
    assert _only("Laga digelar akhir pekan.", "2023-07-03") == ("akhir pekan", "2023-07-01", "day")
    assert [m.value for m in annotate_dates("Laga digelar akhir pekan.", None).mentions] == [None]


def test_week_confidence_is_lower_than_day():
    week = annotate_dates("Ia datang pekan lalu.", BASE).mentions[0]
    day = annotate_dates("Ia datang kemarin.", BASE).mentions[0]
    assert week.confidence < day.confidence


def test_months_and_years():
    assert _only("Laga digelar bulan depan.") == ("bulan depan", "2023-08", "month")
    assert _only("Harga naik bulan lalu.", "2024-01-10") == ("bulan lalu", "2023-12", "month")
    assert _only("Inflasi tahun lalu tinggi.") == ("tahun lalu", "2022", "year")
    assert _only("Harga naik sejak awal tahun ini.") == ("awal tahun ini", "2023", "year")
    assert _only("Ia pensiun dua belas tahun lalu.") == ("dua belas tahun lalu", "2011", "year")
    assert _only("Ia pindah sebulan lalu.") == ("sebulan lalu", "2023-06", "month")


def test_minggu_is_sunday_when_capitalised_mid_sentence_and_week_otherwise():
    assert _only("Mereka bertemu Minggu lalu di Bogor.") == ("Minggu lalu", "2023-07-02", "day")
    assert _only("Mereka bertemu minggu lalu di Bogor.") == ("minggu lalu", "2023-06-28", "day")
    assert _only("Kata dia, Minggu (2/7).") == ("Minggu (2/7)", "2023-07-02", "day")


def test_bare_weekday_is_last_such_day_or_next_in_a_plan():
    assert _only("Hal itu disampaikan pada Senin.") == ("Senin", "2023-07-03", "day")
    assert _only("Pembebasan dijadwalkan pada Sabtu mendatang.") == ("Sabtu mendatang", "2023-07-08", "day")


def test_weekday_in_a_place_name_is_not_a_date():
    assert annotate_dates("Ia belanja di Pasar Minggu, Jakarta Selatan.", BASE).mentions == ()


def test_relative_without_publication_date_is_unresolved():
    res = annotate_dates("Kemarin ia datang.", None)
    assert res.published is None
    assert [(m.text, m.value, m.granularity) for m in res.mentions] == [("Kemarin", None, None)]


def test_day_relative_needs_a_day_base():
    res = annotate_dates("Kemarin ia datang. Bulan lalu harga naik.", "2023-07")
    got = {m.text: m.value for m in res.mentions}
    assert got == {"Kemarin": None, "Bulan lalu": "2023-06"}


def test_tadi_after_a_part_of_day_is_today():
    assert _only("Ia tiba pagi tadi di Jakarta.") == ("pagi tadi", "2023-07-05", "day")
    assert _only("Gempa terjadi dini hari tadi.") == ("dini hari tadi", "2023-07-05", "day")
