"""An outlet in a dateline is not listed, also after a dateline place of four words."""

from warta.annotate.entities import build_entities


def test_outlet_after_four_word_dateline_place_is_dropped():
    text = "SAN JUAN DEL SUR, BERITAKITA.net - Pebalap muda itu menang lagi di sirkuit basah."
    s = text.index("BERITAKITA.net")
    ents = build_entities(text, [(s, s + len("BERITAKITA.net"), "ORG", 0.8)])
    assert not [e for e in ents if e.label == "ORG"]


def test_outlet_named_in_the_body_is_kept():
    text = "Pebalap muda itu berbicara kepada BERITAKITA.net - sebelum balapan dimulai."
    s = text.index("BERITAKITA.net")
    ents = build_entities(text, [(s, s + len("BERITAKITA.net"), "ORG", 0.8)])
    assert [e.text for e in ents if e.label == "ORG"] == ["BERITAKITA.net"]
