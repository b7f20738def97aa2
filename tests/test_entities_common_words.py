"""Common words and holidays tagged as names, lower-case heads, routes and offices over places."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_sentence_initial_word_written_in_lower_case_elsewhere_is_no_name():
    text = "Polisi menyelidiki kerusuhan di pasar.\n\nKerusuhan itu melukai tiga orang."
    ents = build_entities(text, [span(text, "Kerusuhan", "PERSON")])
    assert ents == []


def test_sentence_initial_name_not_written_in_lower_case_stays():
    text = "Polisi menyelidiki kerusuhan di pasar.\n\nWiranto mengatakan tiga orang terluka."
    ents = build_entities(text, [span(text, "Wiranto", "PERSON")])
    assert [e.text for e in ents] == ["Wiranto"]


def test_holiday_is_not_a_place():
    text = "Harga bawang naik menjelang Idulfitri dan turun lagi usai Idulfitri."
    ents = build_entities(text, [span(text, "Idulfitri", "LOC"), span(text, "Idulfitri", "LOC", nth=1)])
    assert ents == []


def test_lower_case_kota_is_no_part_of_the_place_name():
    text = "Serangan terjadi di pinggiran kota Lyon pada malam hari."
    ents = build_entities(text, [span(text, "kota Lyon", "LOC")])
    assert [(e.text, e.canonical) for e in ents] == [("kota Lyon", "Lyon")]


def test_word_capitalised_in_mid_sentence_elsewhere_stays_a_name():
    text = "Sawangan kini ramai. Warga desa sawangan dan Kecamatan Sawangan senang."
    ents = build_entities(text, [span(text, "Sawangan", "LOC")])
    assert any(e.text == "Sawangan" and e.start == 0 for e in ents)


def test_two_places_joined_by_a_dash_are_two_places():
    text = "Ia bolak-balik Surabaya-Malang setiap pekan."
    ents = build_entities(text, [span(text, "Surabaya-Malang", "LOC")])
    assert [(e.text, e.label) for e in ents] == [("Surabaya", "LOC"), ("Malang", "LOC")]


def test_name_between_mayor_office_and_a_person_is_the_place():
    text = "Pada Minggu, wali kota Montreuil, Marie Dubois, menyebut jalan ditutup."
    ents = build_entities(text, [span(text, "Montreuil", "PERSON"), span(text, "Marie Dubois", "PERSON")])
    assert [(e.text, e.label) for e in ents] == [("Montreuil", "LOC"), ("Marie Dubois", "PERSON")]


def test_verb_before_a_person_is_cut():
    text = '"Kami siap," sahut Ramli kepada wartawan.'
    ents = build_entities(text, [span(text, "sahut Ramli", "PERSON")])
    assert [(e.text, e.canonical) for e in ents] == [("Ramli", "Ramli")]


def test_bare_place_takes_the_administrative_unit_written_with_its_head():
    text = "Ia tinggal di Kelurahan Mekarsari. Kantor Polsek Mekarsari menerima laporan dari Mekarsari."
    ents = build_entities(text, [span(text, "Kelurahan Mekarsari", "LOC"), span(text, "Mekarsari", "LOC", nth=2)])
    assert {e.canonical for e in ents if e.label == "LOC"} == {"Kelurahan Mekarsari"}


def test_bare_city_does_not_take_kota():
    text = "Banjir melanda Kota Bekasi. Warga Bekasi mengungsi."
    ents = build_entities(text, [span(text, "Kota Bekasi", "LOC"), span(text, "Bekasi", "LOC", nth=1)])
    assert {e.canonical for e in ents if e.label == "LOC"} == {"Kota Bekasi", "Bekasi"}


def test_capitalised_word_in_a_headline_does_not_make_it_a_name():
    text = "Warga Diminta Segera Lapor Kerusakan\nWarga diminta lapor kerusakan.\n\nLapor kerusakan bisa lewat aplikasi."
    ents = build_entities(text, [span(text, "Lapor", "ORG", nth=1)])
    assert ents == []
