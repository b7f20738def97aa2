"""Months placed by a relative year, spans of months, and months after "sejak"."""

from warta.annotate.dates import annotate_dates


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in annotate_dates(text, published).mentions]


def test_month_with_a_relative_year_is_one_month_mention():
    assert _values("Ekspor naik dibanding Agustus tahun lalu.", "2023-07-05") == [
        ("Agustus tahun lalu", "2022-08")
    ]
    assert _values("Tingkat hunian pada Februari tahun ini turun.", "2023-07-05") == [
        ("Februari tahun ini", "2023-02")
    ]
    assert _values("Pabrik itu beroperasi Maret tahun depan.", "2023-07-05") == [
        ("Maret tahun depan", "2024-03")
    ]


def test_first_month_of_a_span_takes_the_year_of_the_second():
    assert _values("Selama Januari-April, ekspor naik.", "2019-06-10") == [
        ("Januari", "2019-01"), ("April", "2019-04"),
    ]
    # published in October: a bare "Januari" alone would be the nearer, coming January
    got = _values("Inflasi pada tahun berjalan (bulan Februari hingga Agustus) rendah.", "2016-10-03")
    assert ("bulan Februari", "2016-02") in got and ("Agustus", "2016-08") in got
    # a span across the new year
    got = _values("Musim hujan pada November hingga Februari lalu.", "2020-04-01")
    assert got[0] == ("November", "2019-11")


def test_current_year_phrase():
    assert _values("Pertumbuhan tahun berjalan mencapai 5 persen.", "2016-10-03") == [
        ("tahun berjalan", "2016")
    ]


def test_month_after_sejak_is_in_the_past():
    # nearest November to a July publication day would be the coming one
    assert _values("Harga saham turun sejak November.", "2021-07-20") == [("November", "2020-11")]


def test_day_and_month_with_a_relative_year_keep_the_day():
    assert _values("Sanksi dikeluarkan pada 22 Desember tahun lalu.", "2018-01-31") == [
        ("22 Desember tahun lalu", "2017-12-22")
    ]
    assert _values("Pendaftaran dibuka hingga 26 Juni tahun depan.", "2017-06-14") == [
        ("26 Juni tahun depan", "2018-06-26")
    ]


def test_reduplicated_years_are_not_a_relative_year():
    assert _values("Pagu anggaran di tahun-tahun berikutnya harus dijaga.", "2017-03-27") == []


def test_week_of_a_month_names_the_month():
    assert _values("Keputusan diumumkan pada minggu kedua Oktober.", "2019-09-20") == [("Oktober", "2019-10")]
    assert _values("Stok menipis pada pekan terakhir Maret lalu.", "2019-04-20") == [
        ("Maret lalu", "2019-03")
    ]
