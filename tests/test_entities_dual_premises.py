"""Hospitals, courts and places of worship used as places are reported as organisation and place."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_hospital_after_ke_is_both_an_organisation_and_a_place():
    text = "Korban dibawa ke RSUD Sumber Waras. Pihak RSUD Sumber Waras belum memberi keterangan."
    ents = build_entities(text, [span(text, "RSUD Sumber Waras", "ORG"), span(text, "RSUD Sumber Waras", "ORG", nth=1)])
    labels = sorted((e.label, e.canonical) for e in ents)
    assert labels == [("LOC", "RSUD Sumber Waras"), ("ORG", "RSUD Sumber Waras"), ("ORG", "RSUD Sumber Waras")]
    # the original mention stays the last one at its offset (what offset look-ups find)
    first = [e for e in ents if e.start == text.index("RSUD")]
    assert [e.label for e in first] == ["LOC", "ORG"]


def test_hospital_named_only_as_an_institution_keeps_one_label():
    text = "Kerja sama antara RSUD Sumber Waras dan dinas kesehatan diperpanjang."
    ents = build_entities(text, [span(text, "RSUD Sumber Waras", "ORG")])
    assert [e.label for e in ents] == ["ORG"]


def test_other_institution_after_di_keeps_one_label():
    text = "Rapat digelar di Universitas Cendana pada Senin."
    ents = build_entities(text, [span(text, "Universitas Cendana", "ORG")])
    assert [e.label for e in ents] == ["ORG"]
