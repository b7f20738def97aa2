"""Years after a preposition or an event noun, and years in brackets after a name."""

from warta.annotate.dates import annotate_dates

BASE = "2023-07-05"


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in annotate_dates(text, BASE).mentions]


def test_year_after_di_and_event_nouns():
    assert ("2019", "2019") in _values("Penjualan naik tajam di 2019 karena pandemi belum datang.")
    assert _values("Klub itu sudah menyiapkan skuad untuk musim 2024.")[0][1] == "2024"
    assert _values("Tim itu kalah di babak final 2021 melawan juara bertahan.")[0][1] == "2021"
    assert _values("Arus balik lebaran 2022 berjalan lancar.")[0][1] == "2022"
    assert _values("Dana itu berasal dari tahun anggaran 2020 milik dinas.")[0][1] == "2020"


def test_year_in_brackets_after_a_name():
    assert _values("Juara sebelumnya adalah Persija (2018) dan Bali United (2019).") == [
        ("2018", "2018"), ("2019", "2019"),
    ]
    assert _values("Ia memimpin Liga Basket Nasional (LBN) 2022 sebagai pelatih.")[0][1] == "2022"


def test_counts_after_di_and_in_brackets_are_not_years():
    assert _values("Bantuan disalurkan di 2000 lokasi di seluruh provinsi.") == []
    assert _values("Jumlah peserta (2000 orang) melampaui target panitia.") == []
