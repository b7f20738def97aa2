"""A company named with its country, and a sports event named with its host (session 24), on
sentences written for these tests."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_company_and_country_written_together_twice_are_one_organisation() -> None:
    text = ("Telkomsat Indonesia memprediksi perbaikan rampung cepat. Namun Telkomsat Indonesia mengaku "
            "masih berusaha. Layanan Telkomsat terganggu sejak Jumat.")
    spans = [span(text, "Telkomsat", "ORG"), span(text, "Indonesia", "LOC"),
             span(text, "Telkomsat", "ORG", nth=1), span(text, "Indonesia", "LOC", nth=1)]
    ents = build_entities(text, spans)
    assert sum(e.text == "Telkomsat Indonesia" and e.label == "ORG" for e in ents) == 2, ents


def test_company_and_country_written_together_once_stay_apart() -> None:
    text = "Produk Telkomsat Indonesia dijual di banyak negara."
    ents = build_entities(text, [span(text, "Telkomsat", "ORG"), span(text, "Indonesia", "LOC")])
    assert not any(e.text == "Telkomsat Indonesia" for e in ents), ents



def test_event_named_with_its_host_country_is_no_company() -> None:
    text = "Rossi menang di GP Argentina. Sejak GP Argentina dimulai, hujan turun."
    spans = [span(text, "GP", "ORG"), span(text, "Argentina", "LOC"),
             span(text, "GP", "ORG", nth=1), span(text, "Argentina", "LOC", nth=1)]
    ents = build_entities(text, spans)
    assert not any(e.text == "GP Argentina" and e.label == "ORG" for e in ents), ents
