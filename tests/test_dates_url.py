"""The publication day read from an article's address (warta.annotate.dates_url)."""

from datetime import date

import pytest

from warta import analyze
from warta.annotate.dates import annotate_dates_at
from warta.annotate.dates_url import date_from_url

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://nasional.contoh.com/read/2019/03/07/10452611/judul-berita", date(2019, 3, 7)),
        ("https://www.contoh.co.id/news/2021/1/5/judul", date(2021, 1, 5)),
        ("https://www.contoh.com/nasional/20170822093015-20-236544/judul-berita", date(2017, 8, 22)),
        ("https://contoh.id/berita/2020-12-31/judul", date(2020, 12, 31)),
        ("https://contoh.id/20160229/judul", date(2016, 2, 29)),
    ],
)
def test_dates_url_reads_the_day_in_the_path(url, expected):
    assert date_from_url(url, TODAY) == expected


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://www.contoh.com/berita/3264567/judul-tanpa-tanggal",  # an id, not a day
        "https://contoh.id/read/2019/02/30/judul",  # no such day
        "https://contoh.id/read/2027/01/05/judul",  # after today
        "https://contoh.id/arsip?tanggal=2019/03/07",  # the query is not the path
        "https://2019.contoh.id/judul",  # nor the host
        "https://contoh.id/produk/201903071234567890/x",  # a long number is an id
        "http://[::1/broken",  # malformed address
    ],
)
def test_dates_url_ignores_addresses_without_a_day(url):
    assert date_from_url(url, TODAY) is None


def test_dates_url_day_anchors_weekday_dates_of_the_text():
    text = "Rapat digelar Rabu (6/3) di Jakarta. Hasilnya diumumkan kemarin."
    res = annotate_dates_at(text, None, TODAY, "https://contoh.id/read/2019/03/07/rapat")
    assert res.published == "2019-03-07"
    assert res.published_source == "inferred"
    assert any("address" in w for w in res.warnings)
    by_text = {m.text: m.value for m in res.mentions}
    assert by_text["Rabu (6/3)"] == "2019-03-06"
    assert by_text["kemarin"] == "2019-03-06"


def test_dates_url_never_overrides_a_given_publication_date():
    res = annotate_dates_at("Rapat digelar Rabu (6/3).", "2024-03-07", TODAY, "https://contoh.id/2019/03/07/x")
    assert res.published == "2024-03-07"
    assert res.published_source == "input"


def test_dates_url_reaches_the_article_through_the_pipeline():
    art = analyze("Warga berkumpul Kamis (7/3) pagi.", url="https://contoh.id/read/2019/03/08/warga")
    assert art.published == "2019-03-08"
    assert art.dates[0].value == "2019-03-07"
