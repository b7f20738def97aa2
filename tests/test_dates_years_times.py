"""Year expressions and clock times attached to their day."""

from warta.annotate.dates import annotate_dates

BASE = "2023-07-05"


def _got(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.value, m.granularity) for m in annotate_dates(text, BASE).mentions]


def test_years_after_a_preposition_or_tahun():
    assert _got("NATO setuju Ukraina bergabung pada 2018.") == [("pada 2018", "2018", "year")]
    assert _got("Program berjalan sejak 2018.") == [("2018", "2018", "year")]
    assert _got("Aturan itu terbit tahun 2018.") == [("tahun 2018", "2018", "year")]
    assert _got("Program berjalan sejak 2015 lalu.") == [("2015 lalu", "2015", "year")]


def test_numbers_that_are_not_years():
    assert _got("Hadir hingga 2000 orang di stadion.") == []
    assert _got("Harga Rp2018 per butir, kode 2018.") == []


def test_clock_time_belongs_to_its_day():
    text = "Rapat dimulai Selasa (4/7) pukul 09.30 WIB di Istana."
    res = annotate_dates(text, BASE)
    assert [(m.text, m.value) for m in res.mentions] == [("Selasa (4/7) pukul 09.30 WIB", "2023-07-04")]
    m = res.mentions[0]
    assert text[m.start:m.end] == m.text


def test_part_of_day_belongs_to_its_day():
    assert _got("kata dia, Selasa (4/7) malam.") == [("Selasa (4/7) malam", "2023-07-04", "day")]
    assert _got("Ia tiba kemarin sore.") == [("kemarin sore", "2023-07-04", "day")]
    assert _got("Kick-off Sabtu (8/7/2023) dini hari WIB.") == [
        ("Sabtu (8/7/2023) dini hari WIB", "2023-07-08", "day")
    ]


def test_time_does_not_swallow_the_next_word():
    assert _got("Pada Selasa (4/7), menteri datang.") == [("Selasa (4/7)", "2023-07-04", "day")]


def test_year_in_the_name_of_a_law_is_not_a_date():
    assert _got("sesuai Undang-Undang Nomor 8 Tahun 1981 tentang KUHAP.") == []
    assert _got("Keputusan Presiden Nomor 31 M Tahun 2017 berlaku.") == []
    assert _got("Aturan itu terbit pada tahun 1981.") == [("tahun 1981", "1981", "year")]


def test_bare_year_after_a_name_is_a_year_with_lower_confidence():
    res = annotate_dates("Ia maju pada Pemilu 2014 bersama APBN 2015.", BASE)
    assert [(m.text, m.value, m.granularity) for m in res.mentions] == [
        ("2014", "2014", "year"), ("2015", "2015", "year")
    ]
    plain = annotate_dates("Ia maju pada 2014.", BASE).mentions[0]
    assert res.mentions[0].confidence < plain.confidence
    assert _got("Harga Rp 2014 per lembar, Pasal 2014 ayat 1, dan 2014 orang.") == []


def test_clock_time_before_its_day_belongs_to_it():
    text = "Gempa terjadi pukul 09.30 WIB, Selasa (4/7), di Bantul."
    res = annotate_dates(text, BASE)
    assert [(m.text, m.value) for m in res.mentions] == [("pukul 09.30 WIB, Selasa (4/7)", "2023-07-04")]
    assert _got("Kebakaran terjadi pukul 20.00 WIB.") == []


def test_year_ranges_give_both_years():
    assert _got("Ia menjabat periode 2014-2019.") == [("2014", "2014", "year"), ("2019", "2019", "year")]
    assert _got("Musim 2014/2015 berakhir.") == [("2014", "2014", "year"), ("2015", "2015", "year")]
    assert _got("Sebanyak 1999-2000 orang hadir.") == []
