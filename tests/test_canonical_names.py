"""Fullest names within an article and nicknames."""

from warta.annotate.canonical import fullest_name, nickname_full, person_canonicals
from warta.annotate.entities import build_entities


def test_surname_and_first_name_map_to_fullest_form():
    canon = person_canonicals(["Stoltenberg", "Jens Stoltenberg", "Jens"])
    assert canon == {"Stoltenberg": "Jens Stoltenberg", "Jens Stoltenberg": "Jens Stoltenberg",
                     "Jens": "Jens Stoltenberg"}


def test_longest_containing_name_wins():
    canon = person_canonicals(["Prabowo", "Prabowo Subianto", "Prabowo Subianto Djojohadikusumo"])
    assert canon["Prabowo"] == "Prabowo Subianto Djojohadikusumo"


def test_unrelated_names_stay_apart():
    canon = person_canonicals(["Ana Putri", "Putra"])
    assert canon["Putra"] == "Putra"


def test_nickname_lexicon():
    assert nickname_full("Jokowi") == "Joko Widodo"
    assert nickname_full("SBY") == "Susilo Bambang Yudhoyono"
    assert nickname_full("Joko Widodo") is None


def test_short_person_span_gets_fullest_canonical():
    text = "Rini Soemarno hadir. Kata Soemarno, rapat ditunda."
    s2 = text.index("Soemarno,")
    ents = build_entities(text, [(0, 13, "PERSON", 0.9), (s2, s2 + 8, "PERSON", 0.9)])
    assert [e.canonical for e in ents] == ["Rini Soemarno", "Rini Soemarno"]


def test_fullest_name_helper_uses_article_entities():
    text = "Menteri Luar Negeri Ukraina Dmytro Kuleba menjawab. Kuleba pulang."
    start = text.index("Dmytro")
    ents = build_entities(text, [(start, start + len("Dmytro Kuleba"), "PERSON", 0.9)])
    assert fullest_name("Kuleba", ents) == "Dmytro Kuleba"
    assert fullest_name("Menteri Kuleba", ents) == "Dmytro Kuleba"
    assert fullest_name("Budi", ents) == "Budi"
