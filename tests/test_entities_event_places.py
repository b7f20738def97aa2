"""A place that only names a sports event is no location; the host city written alone is one."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _locs(ents):
    return {e.canonical for e in ents if e.label == "LOC"}


def test_country_before_terbuka_is_an_event_not_a_place():
    text = "Petenis itu kalah di babak kedua Jepang Terbuka pekan lalu, lalu terbang ke Tokyo."
    ents = build_entities(text, [span(text, "Jepang", "LOC"), span(text, "Tokyo", "LOC")])
    assert _locs(ents) == {"Tokyo"}


def test_event_name_ending_with_classic_or_open_is_no_place():
    text = "Ia juara Memphis Classic tahun lalu. Musim ini ia absen dari Jerman Open."
    ents = build_entities(text, [span(text, "Memphis Classic", "LOC"), span(text, "Jerman", "LOC")])
    assert _locs(ents) == set()


def test_event_word_after_a_place_in_lower_case_keeps_the_place():
    text = "Tim itu berlatih di Doha terbuka untuk umum."
    ents = build_entities(text, [span(text, "Doha", "LOC")])
    assert _locs(ents) == {"Doha"}


def test_host_city_of_an_open_written_after_di_is_a_place():
    text = "Dia mundur dari Miami Terbuka. Pemain itu sudah tiba di Miami pada Jumat."
    ents = build_entities(text, [])
    miami = [e for e in ents if e.text == "Miami"]
    assert len(miami) == 1 and miami[0].label == "LOC" and miami[0].start == text.rindex("Miami")


def test_a_place_not_before_an_event_word_stays():
    text = "Turnamen itu digelar di Jepang. Jepang terbuka bagi pemain asing."
    ents = build_entities(text, [span(text, "Jepang", "LOC")])
    assert "Jepang" in _locs(ents)


def test_bare_name_of_a_classic_event_is_the_event_again():
    text = "Ia cedera di Memphis Classic. Setelah mundur dari Memphis, ia berlatih di Memphis."
    ents = build_entities(text, [span(text, "Memphis", "LOC", nth=1), span(text, "Memphis", "LOC", nth=2)])
    assert [e.start for e in ents if e.label == "LOC"] == [text.rindex("Memphis")]
