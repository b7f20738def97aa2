"""Day names that name a habit, relative days glossed by a day name, days that take the year of
their sentence, misspelt months and years after a bracketed acronym (held-out date batch C)."""

from warta.annotate.dates import annotate_dates

PUB = "2019-03-13"  # a Wednesday


def _values(text: str, published: str = PUB) -> dict[str, str | None]:
    return {m.text: m.value for m in annotate_dates(text, published).mentions}


def test_day_after_setiap_is_a_habit_not_a_date() -> None:
    found = _values("Pasar itu buka setiap hari Kamis dan Jumat, tiap Sabtu atau Minggu tutup.")
    assert found == {}


def test_habit_does_not_swallow_a_later_real_day() -> None:
    found = _values("Ia berlatih setiap Selasa. Pada Senin polisi menangkap pelaku.")
    assert found == {"Senin": "2019-03-11"}


def test_relative_day_glossed_by_day_name_in_brackets_is_that_day() -> None:
    found = _values("Pelatih berkata, \"Kemarin (Minggu) kami bermain buruk.\"")
    assert found["Kemarin"] == "2019-03-10"
    found = _values("\"Hari ini [Senin] kami kalah,\" ujar pelatih.")
    assert found["Hari ini"] == "2019-03-11"


def test_day_without_year_takes_the_year_named_earlier_in_its_sentence() -> None:
    found = _values("Debat final Piala Presiden 2020 digelar pada 14 Februari. Laga lain pada 20 Maret.")
    assert found["14 Februari"] == "2020-02-14"
    assert found["20 Maret"] == "2019-03-20"  # another sentence: nearest to publication


def test_weekday_dated_day_keeps_its_weekday_year() -> None:
    found = _values("KPU meluncurkan tahapan Pemilu 2020, Senin (11/3).")
    assert found["Senin (11/3)"] == "2019-03-11"


def test_misspelt_month_and_year_after_bracketed_acronym() -> None:
    found = _values("Ia lahir di Medan, 3 Febuari 1990, dan tampil di Jakarta Fair (JFK 2018) lalu.")
    assert found["3 Febuari 1990"] == "1990-02-03"
    assert found.get("2018") == "2018"


def test_bare_month_after_an_event_verb_and_the_next_month_of_its_list() -> None:
    found = _values("Festival itu digelar Oktober dan November, sedangkan penyanyi Mei dan April tampil.",
                    "2019-09-20")
    assert found == {"Oktober": "2019-10", "November": "2019-11"}


def test_year_after_an_age_group_closes_an_event_name() -> None:
    assert _values("Timnas gagal ke final Piala AFF U-18 2017 setelah kalah.") == {"2017": "2017"}


def test_day_names_right_before_their_dates_take_those_dates() -> None:
    found = _values("Rapat berlangsung dua hari, Senin-Selasa, 11-12 Maret 2019 di Bogor.", "2019-03-11")
    assert found["Senin"] == "2019-03-11" and found["Selasa"] == "2019-03-12"


def test_years_after_time_conjunctions_numbered_names_and_bracketed_names() -> None:
    found = _values("Ketika 1998 usai, ekonomi pulih. Persib ikut Liga 1 2017 dan Hari Buruh (May Day) 2018.")
    assert set(found.values()) == {"1998", "2017", "2018"}


def test_stray_space_before_the_year_of_a_numeric_date() -> None:
    assert _values("Diskusi digelar di Jakarta, Senin (11/3/ 2019).") == {"Senin (11/3/ 2019)": "2019-03-11"}
