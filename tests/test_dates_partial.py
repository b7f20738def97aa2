"""Partial dates (no year, or month only), resolved against the publication date."""

from warta.annotate.dates import annotate_dates


def _values(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.value, m.granularity) for m in annotate_dates(text, published).mentions}


def test_weekday_day_month_takes_year_of_publication():
    got = _values("Zelensky berbincang dengan Stoltenberg, pada Selasa (4/7), di Kyiv.", "2023-07-05")
    assert got == {"Selasa (4/7)": ("2023-07-04", "day")}


def test_weekday_day_month_across_new_year():
    got = _values("Rapat digelar Minggu (31/12) malam.", "2024-01-02")
    assert got == {"Minggu (31/12) malam": ("2023-12-31", "day")}


def test_day_month_without_weekday_is_nearest():
    got = _values("Sejak 19 Januari, gencatan senjata berlaku hingga 1 Maret.", "2025-02-11")
    assert got == {"19 Januari": ("2025-01-19", "day"), "1 Maret": ("2025-03-01", "day")}


def test_month_with_lalu_is_not_after_publication():
    assert _values("Harga naik sejak Juli lalu.", "2023-09-10") == {"Juli lalu": ("2023-07", "month")}
    assert _values("Harga naik sejak Agustus lalu.", "2023-07-05") == {"Agustus lalu": ("2022-08", "month")}


def test_part_of_month_lalu():
    got = _values("kata Kuleba, akhir Juni lalu. Ia juga bicara awal April lalu.", "2023-07-05")
    assert got == {"akhir Juni lalu": ("2023-06", "month"), "awal April lalu": ("2023-04", "month")}


def test_bulan_month_lalu_goes_back_a_year():
    got = _values("Pada bulan November lalu, ICC mengeluarkan surat perintah.", "2025-02-11")
    assert got == {"bulan November lalu": ("2024-11", "month")}


def test_month_mendatang_is_not_before_publication():
    got = _values("Aturan itu berlaku Maret mendatang.", "2023-07-05")
    assert got == {"Maret mendatang": ("2024-03", "month")}


def test_bare_month_name_without_context_is_ignored():
    # Juni and April are also personal names.
    assert _values("Juni mengatakan April sudah pulang.", "2023-07-05") == {}


def test_bracketed_day_month_after_a_place_name():
    got = _values("kata Yushan di Sepinggan (22/3). Dua pertiga (2/3) warga setuju.", "2014-03-25")
    assert got == {"(22/3)": ("2014-03-22", "day")}


def test_day_name_after_a_name_is_a_day_but_not_in_a_place_name():
    got = _values("Kementerian luar negeri Mesir Sabtu menyerukan gencatan senjata.", "2014-08-25")
    assert got == {"Sabtu": ("2014-08-23", "day")}
    assert _values("Ia belanja di Pasar Minggu dan Jalan Sabtu.", "2014-08-25") == {}


def test_each_day_of_a_range_or_list_is_a_mention():
    got = _values("Pekan mode digelar pada 7 - 13 September 2017, lalu 4 dan 5 November.", "2017-09-01")
    assert got == {
        "7": ("2017-09-07", "day"), "13 September 2017": ("2017-09-13", "day"),
        "4": ("2017-11-04", "day"), "5 November": ("2017-11-05", "day"),
    }
    assert _values("Skor 2-1 pada laga 12 Juni.", "2017-06-15") == {"12 Juni": ("2017-06-12", "day")}


def test_mid_month_with_and_without_lalu():
    got = _values("Gencatan senjata berlaku sejak pertengahan Januari lalu hingga awal Maret.", "2025-02-11")
    assert got == {"pertengahan Januari lalu": ("2025-01", "month"), "awal Maret": ("2025-03", "month")}


def test_range_with_sampai_dengan():
    got = _values("Diskon berlaku tanggal 12 sampai dengan 14 Desember 2016.", "2016-12-10")
    assert got == {"12": ("2016-12-12", "day"), "14 Desember 2016": ("2016-12-14", "day")}
