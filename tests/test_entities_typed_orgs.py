"""Names after a kind of organisation (``surat kabar``, ``partai``, ``grup``) or a source cue
(``dilansir``) are organisations."""

from entity_helpers import labels, span
from warta.annotate.entities import build_entities


def test_person_span_after_a_newspaper_and_its_place_becomes_an_organisation_everywhere():
    text = "Hal itu dilaporkan surat kabar Jepang, Asahi Shimbun. Asahi Shimbun menyebut dua korban."
    spans = [span(text, "Jepang", "LOC"), span(text, "Asahi Shimbun", "PERSON"),
             span(text, "Asahi Shimbun", "PERSON", nth=1)]
    ents = build_entities(text, spans)
    assert {e.label for e in ents if e.text == "Asahi Shimbun"} == {"ORG"}


def test_untagged_name_after_a_party_with_modifiers_is_an_organisation():
    text = "Ia anggota partai oposisi kecil Likud yang menolak rencana itu."
    assert ("Likud", "ORG") in labels(build_entities(text, []))


def test_group_letter_is_no_organisation():
    text = "Tim itu kalah pada partai lanjutan Grup B kemarin."
    assert not [e for e in build_entities(text, []) if e.label == "ORG"]


def test_sources_after_a_report_cue_are_organisations():
    text = "Pelatih itu mundur, seperti dilansir Bola Sport dari Football Italia."
    spans = [span(text, "Football Italia", "PERSON")]
    ents = labels(build_entities(text, spans))
    assert ("Football Italia", "ORG") in ents and ("Bola Sport", "ORG") in ents


def test_person_with_a_known_full_name_is_not_relabelled():
    text = "Rudi Hartono Wijaya datang. Hal itu dilansir Wijaya kepada wartawan."
    spans = [span(text, "Rudi Hartono Wijaya", "PERSON"), span(text, "Wijaya", "PERSON", nth=1)]
    assert {e.label for e in build_entities(text, spans)} == {"PERSON"}


def test_religion_after_an_organisation_kind_is_no_organisation():
    text = "Ia aktif di organisasi Islam dan ormas Katolik di kotanya."
    assert not [e for e in build_entities(text, []) if e.label == "ORG"]
