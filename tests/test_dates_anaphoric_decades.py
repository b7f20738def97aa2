"""Decades, years glued to a dateline dash, seasons with a year, "petang ini", and anaphoric years
named in an earlier paragraph (held-out date batches F and G, session 7)."""

from warta.annotate.dates import annotate_dates

PUB = "2019-03-13"  # a Wednesday


def _values(text: str, published: str = PUB) -> dict[str, str | None]:
    return {m.text: m.value for m in annotate_dates(text, published).mentions}


def test_decade_is_not_a_year() -> None:
    found = _values("Grup musik itu dibentuk pada 1980-an dan bubar pada 1995.")
    assert "1995" in found.values() or "1995" in found
    assert not any(v == "1980" for v in found.values())


def test_year_after_a_dash_glued_to_the_event_name() -> None:
    found = _values("SURABAYA –Pilkada 2018 bisa menjadi ujian bagi partai baru.")
    assert found.get("2018") == "2018"


def test_season_with_a_year() -> None:
    found = _values("Kontraknya berlaku hingga musim panas 2021.")
    assert found.get("2021") == "2021"


def test_petang_ini_is_the_publication_day() -> None:
    found = _values("Tim akan berlatih di stadion, petang ini.")
    assert found.get("petang ini") == "2019-03-13"


def test_same_year_refers_to_a_year_of_an_earlier_paragraph() -> None:
    found = _values("Serangan pertama terjadi pada 2014 di kota itu.\n\nPada tahun yang sama, "
                    "serangan lain terjadi di utara. Dua tahun kemudian pelakunya ditangkap.")
    assert found.get("tahun yang sama") == "2014"
    assert found.get("Dua tahun kemudian") == "2016"


def test_previous_year_stays_bound_to_its_paragraph() -> None:
    found = _values("Penjualan pada 2014 naik.\n\nJumlah itu naik dibanding tahun sebelumnya.")
    assert found.get("tahun sebelumnya") == "2018"


def test_month_range_to_a_part_of_a_month_with_a_year() -> None:
    found = _values("Sepanjang Januari hingga awal Oktober 2017, penyaluran kredit naik.", "2018-03-01")
    assert found.get("Januari") == "2017-01"


def test_same_day_refers_to_the_day_named_before() -> None:
    found = _values("Penembakan terjadi pada Jumat (15/12).\n\nPertengkaran terjadi pada hari yang sama.",
                    "2018-01-18")
    assert found.get("hari yang sama") == "2017-12-15"
