"""Publication date: given, or inferred from time stamps, full dates and weekday constraints."""

from datetime import date

from warta.annotate.dates import annotate_dates, annotate_dates_at

TODAY = date(2026, 11, 26)


def _pub(text: str, published: str | None = None) -> tuple[str | None, str | None]:
    res = annotate_dates_at(text, published, TODAY)
    return res.published, res.published_source


def test_given_published_is_kept_and_normalised():
    assert _pub("Kemarin ia datang.", "2023-07-05T10:00:00+07:00") == ("2023-07-05", "input")
    assert _pub("Kemarin ia datang.", "2023-07") == ("2023-07", "input")


def test_given_published_in_free_form_is_read():
    assert _pub("Kemarin ia datang.", "Selasa, 4 Juli 2023 10:00 WIB") == ("2023-07-04", "input")


def test_unreadable_published_falls_back_to_inference_with_a_warning():
    res = annotate_dates_at("kata dia, Selasa (4/7/2023).", "bukan tanggal", TODAY)
    assert (res.published, res.published_source) == ("2023-07-04", "inferred")
    assert any("bukan tanggal" in w for w in res.warnings)


def test_relative_or_yearless_published_is_not_read_against_today():
    for given in ("kemarin", "2 hari lalu", "5 Juli"):
        res = annotate_dates_at("kata dia, Selasa (4/7/2023).", given, TODAY)
        assert (res.published, res.published_source) == ("2023-07-04", "inferred"), given
        assert any(given in w for w in res.warnings), given


def test_weekday_year_is_first_fitting_year_from_the_newest_named_year():
    text = (
        "Zelensky berbincang dengan Stoltenberg, pada Selasa (4/7), di Kyiv.\n"
        "NATO sudah setuju Ukraina bergabung pada 2018."
    )
    assert _pub(text) == ("2023-07-04", "inferred")
    res = annotate_dates_at(text, None, TODAY)
    assert [m.value for m in res.mentions] == ["2023-07-04", "2018"]


def test_weekday_year_without_named_year_is_latest_up_to_today():
    assert _pub("kata Putin, dikutip Selasa (20/9).") == ("2022-09-20", "inferred")
    assert annotate_dates_at("kata Putin, Selasa (20/9).", None, date(2021, 1, 1)).published == "2016-09-20"


def test_several_weekdays_must_fit_one_year():
    # 2/3 was a Monday and 10/3 a Tuesday in 2026 (and 2020): both constraints hold.
    text = "Serangan terjadi Senin (2/3). Data dikutip Selasa (10/3)."
    assert _pub(text) == ("2026-03-10", "inferred")


def test_full_date_gives_the_year_of_partial_dates():
    text = "kata Sayed, Minggu (8/3/2026).\nDikutip dari Antara, Selasa (10/3)."
    res = annotate_dates_at(text, None, TODAY)
    assert res.published == "2026-03-10"
    assert [m.value for m in res.mentions] == ["2026-03-08", "2026-03-10"]


def test_time_stamp_line_wins():
    text = (
        "Kompas.com - 04/06/2017, 07:27 WIB\n"
        "Indra menganalisis kekalahan timnya, Sabtu (3/6/2017).\n"
        "Timnas bertemu Skotlandia, Selasa (6/6/2017)."
    )
    assert _pub(text) == ("2017-06-04", "inferred")


def test_plans_and_quotations_are_not_the_reporting_day():
    text = (
        '"Terhitung sejak Senin, 1 September 2025, ia nonaktif," kata Sarmuji, Minggu (31/8/2025).\n'
        "Berikutnya tim akan bertanding Selasa (2/9/2025)."
    )
    assert _pub(text) == ("2025-08-31", "inferred")


def test_only_plans_fall_back_to_the_earliest():
    text = "Tim selanjutnya menjamu Chelsea, Sabtu (23/8/2025) dini hari WIB."
    assert _pub(text) == ("2025-08-23", "inferred")


def test_no_day_clue_gives_no_publication_date():
    text = "Laga FIFA bulan depan masih digelar. Piala Dunia 2026 makin dekat. Kemarin tim berlatih."
    assert _pub(text) == (None, None)


def test_relative_mentions_use_the_inferred_date():
    res = annotate_dates_at("Menurut dia, Selasa (4/7/2023). Kemarin harga naik.", None, TODAY)
    assert [m.value for m in res.mentions] == ["2023-07-04", "2023-07-03"]


def test_public_function_infers_without_today():
    res = annotate_dates("kata dia, Selasa (4/7/2023).")
    assert (res.published, res.published_source) == ("2023-07-04", "inferred")
    assert all(0.0 <= m.confidence <= 1.0 for m in res.mentions)


def test_dateline_with_full_date_is_a_stamp():
    text = "Jakarta, 4 Juli 2023 (ANTARA) - Menteri mengatakan hal itu.\nKata dia, Senin (10/7/2023)."
    assert _pub(text) == ("2023-07-04", "inferred")


def test_dated_row_in_a_table_is_not_a_time_stamp():
    text = (
        "Daftar pemain tertua per 31 Mei 2017.\n"
        "Paolo Maldini: AC Milan 2 - 1 Liverpool, 23/05/2007\n"
        "Ryan Giggs: Barcelona 3 - 1 Manchester United, 28/05/2011\n"
    )
    assert _pub(text) == ("2017-05-31", "inferred")


def test_full_date_older_than_a_named_year_is_history():
    text = "Tahun 2016 kasus itu mencuat lagi. Ia ditahan, kata Daniel, 14 November 2009."
    assert _pub(text) == (None, None)


def test_historical_named_year_does_not_pull_the_weekday_year():
    # 6/1 was a Friday in 1961 and in 2017; a convention of 1961 says nothing of the report.
    text = "Bendera dikibarkan pada Jumat (6/1), sesuai Konvensi Wina tahun 1961."
    assert annotate_dates_at(text, None, date(2017, 12, 31)).published == "2017-01-06"
    # A recent named year does: 2017 rather than the latest fitting year (2023).
    text = "Bendera dikibarkan pada Jumat (6/1). Sepanjang tahun 2016 ada tiga insiden."
    assert annotate_dates_at(text, None, TODAY).published == "2017-01-06"


def test_years_in_event_names_help_choose_the_weekday_year():
    # 4/4 was a Tuesday in 2017 and 2023; "MotoGP 2017" names the year without a date word.
    text = "Rossi menjajal motor barunya, Selasa (4/4). MotoGP 2017 segera dimulai."
    assert _pub(text) == ("2017-04-04", "inferred")
    assert _pub("Rossi menjajal motor barunya, Selasa (4/4).") == ("2023-04-04", "inferred")


def test_recent_named_year_is_kept_even_for_an_old_article():
    # 6 July was a Monday in 2015, 2020 and 2026; the text names 2014, so 2015.
    text = "Layanan itu dirilis sejak Oktober 2014 lalu.\nkata Nasir pada Rappler, Senin, 6 Juli."
    assert _pub(text) == ("2015-07-06", "inferred")


def test_current_month_or_year_gives_a_coarse_publication_date():
    assert _pub("Harga naik sepanjang Juli 2023 ini. Kemarin harga turun.") == ("2023-07", "inferred")
    res = annotate_dates_at("Inflasi tahun 2023 ini tinggi. Bulan lalu harga naik. Kemarin turun.", None, TODAY)
    assert (res.published, res.published_source) == ("2023", "inferred")
    assert [m.value for m in res.mentions] == ["2023", None, None]


def test_birth_date_line_is_not_a_dateline():
    text = "Ia lahir di Solo, 21 Juni 1961\nIa berpidato, Selasa (4/7/2023)."
    assert _pub(text) == ("2023-07-04", "inferred")
    assert _pub("JAKARTA, KOMPAS.com - 4 Juli 2023\nIa berpidato, Rabu (5/7/2023).") == ("2023-07-04", "inferred")


def test_year_guessed_from_a_weekday_alone_is_flagged():
    res = annotate_dates_at("kata Putin, Selasa (20/9).", None, TODAY)
    assert res.published == "2022-09-20"
    assert len(res.warnings) == 1 and "Selasa (20/9)" in res.warnings[0]
    named = annotate_dates_at("kata Putin, Selasa (20/9). Sejak 2022 perang berlangsung.", None, TODAY)
    assert named.published == "2022-09-20" and named.warnings == ()
