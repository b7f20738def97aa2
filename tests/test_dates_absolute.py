"""Absolute dates: full day, month and year with or without a weekday."""

from warta.annotate.dates import annotate_dates


def _one(text: str, published: str = "2023-07-05"):
    res = annotate_dates(text, published)
    assert len(res.mentions) == 1, res.mentions
    return res, res.mentions[0]


def test_textual_full_date():
    _, m = _one("Pertemuan itu digelar pada 4 Juli 2023 di Vilnius.")
    assert (m.text, m.value, m.granularity) == ("4 Juli 2023", "2023-07-04", "day")


def test_numeric_full_date_is_day_first():
    _, m = _one("Surat itu bertanggal 04/07/2023 dan ditandatangani menteri.")
    assert (m.text, m.value, m.granularity) == ("04/07/2023", "2023-07-04", "day")


def test_weekday_with_numeric_date_in_brackets():
    text = "Zelensky berbincang dengan Stoltenberg, Selasa (4/7/2023), di Kyiv."
    res, m = _one(text)
    assert m.text == "Selasa (4/7/2023)"
    assert text[m.start:m.end] == m.text
    assert m.value == "2023-07-04"
    assert res.warnings == ()


def test_weekday_comma_textual_date():
    _, m = _one("kata Iqbal, Kamis, 24 Mei 2018.")
    assert (m.text, m.value) == ("Kamis, 24 Mei 2018", "2018-05-24")


def test_iso_and_two_digit_year():
    res = annotate_dates("Data per 2023-07-04 dan Selasa (4/7/23).", "2023-07-05")
    assert [m.value for m in res.mentions] == ["2023-07-04", "2023-07-04"]


def test_month_and_year():
    _, m = _one("Tercatat pada September 2025 inflasi Sumut mencapai 5,32%.")
    assert (m.text, m.value, m.granularity) == ("September 2025", "2025-09", "month")


def test_impossible_date_is_not_a_mention():
    res = annotate_dates("Nomor surat 31/2/2023 dan skor 2/1 tidak dibaca.", "2023-07-05")
    assert res.mentions == ()


def test_weekday_contradicting_date_warns_and_lowers_confidence():
    right = annotate_dates("Mereka bertemu Selasa (4/7/2023).", "2023-07-05").mentions[0]
    wrong_res = annotate_dates("Mereka bertemu Rabu (4/7/2023).", "2023-07-05")
    wrong = wrong_res.mentions[0]
    assert wrong.value == "2023-07-04"
    assert wrong.confidence < right.confidence
    assert len(wrong_res.warnings) == 1 and "Rabu (4/7/2023)" in wrong_res.warnings[0]
