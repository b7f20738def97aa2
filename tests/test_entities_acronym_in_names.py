"""An undefined acronym spelled out inside another organisation's name takes that spelled-out run."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_acronym_takes_the_run_inside_a_longer_name():
    text = "Fraksi Partai Buruh Sejahtera menolak usul itu. Menurut dia, PBS tetap solid."
    ents = build_entities(text, [span(text, "Fraksi Partai Buruh Sejahtera", "ORG"), span(text, "PBS", "ORG")])
    pbs = [e for e in ents if e.text == "PBS"]
    assert pbs and pbs[0].canonical == "Partai Buruh Sejahtera"


def test_acronym_with_no_matching_run_stays():
    text = "Fraksi Partai Buruh Sejahtera menolak usul itu. Menurut dia, KPU tetap solid."
    ents = build_entities(text, [span(text, "Fraksi Partai Buruh Sejahtera", "ORG"), span(text, "KPU", "ORG")])
    kpu = [e for e in ents if e.text == "KPU"]
    assert kpu and kpu[0].canonical == "KPU"
