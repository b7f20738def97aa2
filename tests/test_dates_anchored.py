"""Expressions anchored on another expression: anaphoric periods, weeks, glosses, dated quotes."""

from warta.annotate.dates import annotate_dates


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in annotate_dates(text, published).mentions]


def test_previous_month_counts_from_the_month_named_in_the_paragraph():
    got = _values("Penjualan mobil pada Juni naik 3 persen dibanding bulan sebelumnya.", "2022-08-15")
    assert got == [("Juni", "2022-06"), ("bulan sebelumnya", "2022-05")]


def test_previous_year_without_an_anchor_counts_from_publication():
    got = _values("Laba naik 12 persen dari periode yang sama tahun sebelumnya.", "2019-04-30")
    assert got == [("tahun sebelumnya", "2018")]


def test_anchor_does_not_cross_paragraphs():
    text = "Produksi pada 2015 turun.\nKonsumsi naik dibanding tahun sebelumnya."
    assert _values(text, "2019-04-30")[-1] == ("tahun sebelumnya", "2018")
    text = "Produksi pada 2015 turun, lebih rendah dari tahun sebelumnya."
    assert _values(text, "2019-04-30")[-1] == ("tahun sebelumnya", "2014")


def test_weekday_of_next_or_last_week():
    # published on Friday 2 June 2023
    assert _values("Saksi dipanggil hari Rabu pekan depan.", "2023-06-02") == [
        ("Rabu pekan depan", "2023-06-07")
    ]
    assert _values("Ia diperiksa Selasa pekan lalu.", "2023-06-02") == [("Selasa pekan lalu", "2023-05-23")]


def test_first_weekday_of_a_span_shares_the_week():
    got = _values("Pemeriksaan berlangsung Selasa hingga Jumat pekan depan.", "2023-06-02")
    assert got == [("Selasa", "2023-06-06"), ("Jumat pekan depan", "2023-06-09")]


def test_weekdays_in_brackets_gloss_the_listed_days():
    text = "Libur ditetapkan pada 3, 6 dan 10 Maret 2021 (Rabu, Sabtu, dan Rabu)."
    got = _values(text, "2021-02-01")
    assert got[-3:] == [("Rabu", "2021-03-03"), ("Sabtu", "2021-03-06"), ("Rabu", "2021-03-10")]


def test_relative_day_in_a_dated_quotation_counts_from_that_date():
    text = '"Kami sudah memeriksa dia kemarin," kata Kapolres, Senin (12/9).'
    got = _values(text, "2022-09-14")
    assert got == [("kemarin", "2022-09-11"), ("Senin (12/9)", "2022-09-12")]
    # without a dated attribution, the publication day stays the anchor
    assert _values('"Kami sudah memeriksa dia kemarin," kata Kapolres.', "2022-09-14") == [
        ("kemarin", "2022-09-13")
    ]


def test_quotation_dated_by_a_contradicted_or_later_day_keeps_the_publication_anchor():
    # "Sabtu (1/6)" in an article of 6 January: a day/month swap (1 June is not a Saturday)
    text = '"Jadi hari ini sudah dinyatakan positif," kata Kabid Humas, Sabtu (1/6).'
    assert _values(text, "2018-01-06")[0] == ("hari ini", "2018-01-06")
