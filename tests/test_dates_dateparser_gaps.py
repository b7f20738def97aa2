"""Expressions dateparser gets wrong, and the annotator's own rules that get them right.

The first test documents dateparser's behaviour (installed range in pyproject.toml); if it ever
starts to pass, the rule may be dropped in favour of dateparser.
"""

from datetime import datetime

import pytest
from dateparser import DateDataParser

from warta.annotate.dates import annotate_dates
from warta.annotate.dates_lexicon import lexicon_data, number_value

BASE = "2023-07-05"
CASES = [
    ("kata dia akhir Juni lalu.", "akhir Juni lalu", "2023-06", "month"),
    ("Tim kalah pekan lalu.", "pekan lalu", "2023-06-28", "day"),
    ("Ia ditangkap dua hari lalu.", "dua hari lalu", "2023-07-03", "day"),
    ("Ia ditangkap tiga hari yang lalu.", "tiga hari yang lalu", "2023-07-02", "day"),
    ("Sidang digelar lusa.", "lusa", "2023-07-07", "day"),
    ("Harga naik sejak awal tahun ini.", "awal tahun ini", "2023", "year"),
]


def test_dateparser_fails_on_these_expressions():
    parser = DateDataParser(
        languages=["id"],
        settings={"DATE_ORDER": "DMY", "RELATIVE_BASE": datetime(2023, 7, 5), "PREFER_DATES_FROM": "past"},
    )
    for _, expr, _, _ in CASES:
        assert parser.get_date_data(expr).date_obj is None, expr
    # ... and reads the day "Minggu" before a date as a date only by luck of the digits,
    # while "Minggu lalu" (last Sunday, mid-sentence) is not read at all.
    assert parser.get_date_data("Minggu lalu").date_obj is None


@pytest.mark.parametrize(("text", "expr", "value", "gran"), CASES)
def test_our_rules_resolve_them(text, expr, value, gran):
    got = [(m.text, m.value, m.granularity) for m in annotate_dates(text, BASE).mentions]
    assert got == [(expr, value, gran)]


def test_number_words():
    lex = lexicon_data()
    assert number_value("dua", lex) == 2
    assert number_value("sebelas", lex) == 11
    assert number_value("dua belas", lex) == 12
    assert number_value("dua puluh lima", lex) == 25
    assert number_value("seratus dua puluh", lex) == 120
    assert number_value("14", lex) == 14
    assert number_value("banyak", lex) is None


@pytest.mark.parametrize(
    "expr", ["4 Juli 2023", "04/07/2023", "Selasa (4/7/2023)", "Selasa, 4 Juli 2023", "4 Jul 2023", "2023-07-04"]
)
def test_absolute_dates_agree_with_dateparser(expr):
    """Where dateparser is right (absolute dates), our rules give the same day."""
    parsed = DateDataParser(languages=["id"], settings={"DATE_ORDER": "DMY"}).get_date_data(expr)
    ours = annotate_dates(f"Ia datang {expr}.", BASE).mentions
    assert parsed.date_obj is not None
    assert [m.value for m in ours] == [parsed.date_obj.date().isoformat()]


def test_free_form_published_is_read_by_dateparser():
    assert annotate_dates("Kemarin ia datang.", "05/07/2023").published == "2023-07-05"
    assert annotate_dates("Kemarin ia datang.", "Rabu, 5 Juli 2023 | 10:00 WIB").published == "2023-07-05"
