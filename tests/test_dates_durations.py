"""Counted units that are durations, not dates."""

from warta.annotate.dates import annotate_dates


def _texts(text: str) -> list[str]:
    return [m.text for m in annotate_dates(text, "2023-07-05").mentions]


def test_counted_unit_with_ini_is_a_duration():
    assert _texts("Ia akan memutuskan dalam satu atau dua hari ini.") == []
    assert _texts("Harga cabai naik beberapa hari ini.") == []
    assert _texts("Proyek itu macet tiga bulan ini.") == []
    assert _texts("Harga cabai naik hari ini.") == ["hari ini"]


def test_counted_unit_ke_depan_is_a_period():
    assert _texts("Larangan berlaku untuk enam bulan ke depan.") == []
    assert _texts("Pabrik dibuka enam bulan lagi.") == ["enam bulan lagi"]


def test_number_after_an_ordinal_head_is_not_a_count():
    assert _texts("Penjualan turun pada kuartal tiga tahun ini.") == ["tahun ini"]


def test_counted_anaphoric_year_is_not_a_date():
    assert _texts("Beberapa tahun berikutnya mereka pindah ke Bandung.") == []
    assert _texts("Penjualan naik dibanding dua tahun sebelumnya.") == []
