"""A listed organisation after an office is the office's body, never the holder's name (``Ketum
Hanura``), and a "made / led by" noun after an organisation kind ends its modifiers (``partai
bentukan Yenny Wahid``: the name is the founder's, not the party's)."""

from __future__ import annotations

from entity_helpers import labels_by_text as _labels


def test_listed_party_after_an_office_is_no_person() -> None:
    for text in ("Rapat itu dipimpin Ketum Hanura di Jakarta.", "Menurut Ketum Hanura itu, semua kader harus patuh."):
        assert _labels(text).get("Hanura") == {"ORG"}, text


def test_holder_after_an_office_and_a_listed_party_is_still_found() -> None:
    labels = _labels("Ketua Umum Hanura Oesman Sapta Odang hadir di Jakarta kemarin.")
    assert labels.get("Oesman Sapta Odang") == {"PERSON"}
    assert "PERSON" not in labels.get("Hanura", {"ORG"})


def test_founder_after_made_by_noun_is_no_organisation() -> None:
    labels = _labels("Mereka tidak takut dengan partai bentukan Yenny Wahid yang baru berdiri itu.")
    assert "ORG" not in labels.get("Yenny Wahid", set())


def test_organisation_kind_with_plain_modifiers_still_names_the_body() -> None:
    labels = _labels("Ia bergabung dengan partai oposisi kecil Likud pada tahun itu.")
    assert labels.get("Likud") == {"ORG"}


def test_listed_party_leading_the_complement_is_cut_off_the_holder() -> None:
    labels = _labels("Sekretaris Jenderal Golkar Lodewijk Paulus menolak tuduhan itu.")
    assert labels.get("Lodewijk Paulus") == {"PERSON"}
    assert labels.get("Golkar") == {"ORG"}


def test_listed_word_inside_a_name_stays_in_the_name() -> None:
    from warta.annotate.entity_discover import discover_persons, listed_org

    assert listed_org(("Merdeka",))  # a listed outlet that is also a name part
    text = "Ketua Komisi Nasional Perlindungan Anak Arist Merdeka Sirait mengatakan hal itu."
    found = [text[s:e] for s, e, _ in discover_persons(text, frozenset())]
    assert "Sirait" not in found
