"""Acronyms defined after a name that lists its fields (``Badan Meteorologi, Klimatologi, dan
Geofisika (BMKG)``) or after a name in translation (``Organisasi Kesehatan Dunia (WHO)``)."""

from __future__ import annotations

from entity_helpers import span
from warta.annotate.canonical import find_acronyms
from warta.annotate.entities import build_entities


def test_acronym_of_a_name_with_an_enumeration() -> None:
    text = ("Data itu diperoleh dari Badan Meteorologi, Klimatologi, dan Geofisika (BMKG). "
            "Menurut BMKG, guncangan dirasakan di Bantul.")
    acr = find_acronyms(text)
    assert acr["BMKG"].expansion == "Badan Meteorologi, Klimatologi, dan Geofisika"
    ents = build_entities(text, [span(text, "Badan Meteorologi, Klimatologi", "ORG"),
                                 span(text, "BMKG", "ORG", nth=1)])
    assert {e.canonical for e in ents if e.text == "BMKG"} == {"Badan Meteorologi, Klimatologi, dan Geofisika"}


def test_a_comma_without_a_list_still_ends_the_name() -> None:
    text = "Menurut Kapolres, Badan Narkotika Nasional (BNN) ikut memeriksa."
    assert find_acronyms(text)["BNN"].expansion == "Badan Narkotika Nasional"


def test_acronym_of_a_translated_name_after_an_organisation() -> None:
    text = "Organisasi Kesehatan Dunia (WHO) menyatakan wabah itu darurat. WHO mengirim vaksin."
    spans = [span(text, "Organisasi Kesehatan Dunia (WHO)", "ORG"), span(text, "WHO", "ORG", nth=1)]
    assert find_acronyms(text, spans)["WHO"].expansion == "Organisasi Kesehatan Dunia"
    ents = build_entities(text, spans)
    assert [e.canonical for e in ents if e.text == "WHO"] == ["Organisasi Kesehatan Dunia"]


def test_translated_acronym_needs_an_organisation_before_it() -> None:
    text = "Ketua Setya Novanto (DPR) menyatakan hal itu. DPR mengirim surat."
    spans = [span(text, "Setya Novanto", "PERSON")]
    assert "DPR" not in find_acronyms(text, spans)
    assert "WHO" not in find_acronyms("Kata dia, rapat itu (WHO) batal.", [])
