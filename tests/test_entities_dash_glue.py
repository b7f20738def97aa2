"""A dash used as a parenthesis dash glued to a name (``Niro-yang``) is no part of the name."""

from warta.annotate.entities import build_entities


def test_trailing_dash_stop_word_is_cut_and_short_form_maps():
    text = "Ia mengikuti jejak penyanyi Dewi Kartika Sari-yang pernah sakit-ke dokter. Kemudian Kartika Sari datang."
    s = text.index("Dewi Kartika Sari-yang")
    s2 = text.index("Kartika Sari datang")
    ents = build_entities(text, [(s, s + len("Dewi Kartika Sari-yang"), "PERSON", 0.8),
                                 (s2, s2 + len("Kartika Sari"), "PERSON", 0.8)])
    assert [(e.text, e.canonical) for e in ents] == [("Dewi Kartika Sari", "Dewi Kartika Sari"),
                                                      ("Kartika Sari", "Dewi Kartika Sari")]


def test_hyphenated_name_is_kept():
    text = "Wartawan kemarin menemui Siti Al-Hakim di rumahnya."
    s = text.index("Siti Al-Hakim")
    ents = build_entities(text, [(s, s + len("Siti Al-Hakim"), "PERSON", 0.8)])
    assert [e.text for e in ents if e.label == "PERSON"] == ["Siti Al-Hakim"]
