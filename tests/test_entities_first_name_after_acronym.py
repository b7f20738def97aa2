"""A first name written between a body's acronym (or name) and the rest of the person's name
(session 24), on sentences written for these tests: build_entities with given NER spans."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _persons(text, spans):
    return {e.text: e for e in build_entities(text, spans) if e.label == "PERSON"}


def test_first_name_after_a_bracketed_acronym_joins_the_person() -> None:
    text = "Ketua Umum Ikatan Perawat Indonesia (IPI) Tarsimo Wirabumi Lestaluhu menolak usul itu."
    got = _persons(text, [span(text, "IPI) Tarsimo", "ORG"), span(text, "Wirabumi Lestaluhu", "PERSON")])
    assert "Tarsimo Wirabumi Lestaluhu" in got, got
    assert "Tarsimo" not in (got["Tarsimo Wirabumi Lestaluhu"].role or "")


def test_first_name_after_a_bare_acronym_read_as_a_place_joins_the_person() -> None:
    text = "Direktur Jenderal Tata Ruang KLHT Sarpini Afrida Awuy hadir di sana."
    ents = build_entities(text, [span(text, "KLHT Sarpini", "LOC"), span(text, "Afrida Awuy", "PERSON")])
    assert any(e.text == "Sarpini Afrida Awuy" and e.label == "PERSON" for e in ents), ents
    assert any(e.text == "KLHT" and e.label == "ORG" for e in ents), ents


def test_unknown_word_closing_an_office_span_is_the_first_name() -> None:
    text = "Kepala Dinas Pariwisata Turimbo Onesias Dangkeubun meninjau pantai itu."
    got = _persons(text, [span(text, "Dinas Pariwisata Turimbo", "ORG"),
                          span(text, "Onesias Dangkeubun", "PERSON")])
    assert "Turimbo Onesias Dangkeubun" in got, got


def test_word_written_elsewhere_as_a_brand_stays_out_of_the_name() -> None:
    text = ("Audi meluncurkan mobil baru. Trainer GMM Audi Agung Pranoto mengatakan mesinnya irit.")
    got = _persons(text, [span(text, "Agung Pranoto", "PERSON")])
    assert "Agung Pranoto" in got and "Audi Agung Pranoto" not in got, got


def test_company_legal_form_is_not_an_acronym_that_ends_a_name() -> None:
    text = "Presiden Direktur PT Sanvira Nabati Prakarsa Rudi Hartono membuka pabrik itu."
    got = _persons(text, [span(text, "Nabati Prakarsa", "PERSON")])
    assert "Sanvira Nabati Prakarsa" not in got, got


def test_party_name_after_its_head_word_stays_with_the_party() -> None:
    # "Partai" needs a name after it: "Demokrat" is the party's, not the person's first name
    text = "Menurut anggota Fraksi Partai Demokrat Sahril Mustopa, rapat itu ditunda."
    got = _persons(text, [span(text, "Fraksi Partai Demokrat", "ORG"), span(text, "Sahril Mustopa", "PERSON")])
    assert "Sahril Mustopa" in got and "Demokrat Sahril Mustopa" not in got, got


def test_unknown_word_after_a_place_that_ends_a_body_opens_the_name() -> None:
    # session 25: "PT Pos Indonesia" ends in a gazetteer place; "Gilarsa" is known nowhere else
    text = "Direktur Utama PT Pos Indonesia Gilarsa Wahyudi Setijo memaparkan rencana itu."
    ents = build_entities(text, [span(text, "PT Pos Indonesia", "ORG"), span(text, "Wahyudi Setijo", "PERSON")])
    assert any(e.text == "Gilarsa Wahyudi Setijo" and e.label == "PERSON" for e in ents), ents
    assert any(e.text == "PT Pos Indonesia" and e.label == "ORG" for e in ents), ents


def test_word_that_completes_a_place_is_not_a_first_name() -> None:
    text = "Gubernur Sulawesi Selatan Sahrudin Yasir Limpa membuka acara itu."
    got = _persons(text, [span(text, "Sahrudin Yasir Limpa", "PERSON")])
    assert "Sahrudin Yasir Limpa" in got and "Selatan Sahrudin Yasir Limpa" not in got, got


def test_word_closing_a_company_span_that_speaks_alone_is_the_first_name() -> None:
    # session 25: "Jo" (a family name written first) is used alone as the speaker later
    text = ("Direktur PT Indo Padi Makmur Ju Tjeng Sang mengklarifikasi kabar itu. "
            "Ju mengatakan beras itu memenuhi standar. Menurut Ju, harganya wajar.")
    ents = build_entities(text, [span(text, "PT Indo Padi Makmur Ju", "ORG"), span(text, "Tjeng Sang", "PERSON")])
    assert any(e.text == "Ju Tjeng Sang" and e.label == "PERSON" for e in ents), ents
    assert any(e.text == "PT Indo Padi Makmur" and e.label == "ORG" for e in ents), ents


def test_body_word_that_speaks_alone_stays_with_the_body() -> None:
    text = ("Kasubag Umum Ditjen Bimas Kemenag Bagas Natanegoro hadir. Kemenag menyatakan "
            "pengadaan itu sah.")
    ents = build_entities(text, [span(text, "Ditjen Bimas Kemenag", "ORG"), span(text, "Bagas Natanegoro", "PERSON")])
    assert not any(e.label == "PERSON" and e.text.startswith("Kemenag") for e in ents), ents
