"""Sports clubs named after a place and web outlets are organisations."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _labels(ents):
    return {(e.canonical, e.label) for e in ents}


def test_place_plus_club_tail_is_an_organisation():
    text = "Gelandang itu pernah bermain untuk Melbourne Victory dan Leeds United."
    ents = build_entities(text, [span(text, "Melbourne Victory", "PERSON"), span(text, "Leeds United", "LOC")])
    assert _labels(ents) == {("Melbourne Victory", "ORG"), ("Leeds United", "ORG")}


def test_place_tagged_alone_before_a_club_tail_grows_into_the_club():
    text = "Kiper muda itu resmi bergabung dengan Madura United musim ini."
    ents = build_entities(text, [span(text, "Madura", "LOC")])
    assert _labels(ents) == {("Madura United", "ORG")}


def test_place_and_tail_tagged_apart_merge_into_the_club_tagged_elsewhere():
    text = "Persela FC menang. Pelatih Persela FC memuji pemain."
    ents = build_entities(text, [span(text, "Persela FC", "ORG"), span(text, "Persela", "LOC", nth=1),
                                 span(text, "FC", "ORG", nth=1)])
    assert [(e.text, e.label) for e in ents] == [("Persela FC", "ORG"), ("Persela FC", "ORG")]


def test_domain_name_and_news_site_are_organisations():
    text = "Hal itu dikutip Bola.net dari laporan Kabarnews pekan ini."
    ents = build_entities(text, [span(text, "Bola.net", "LOC"), span(text, "Kabarnews", "LOC")])
    assert _labels(ents) == {("Bola.net", "ORG"), ("Kabarnews", "ORG")}


def test_source_after_dikutip_dari_is_an_organisation():
    text = "Pernyataan itu dikutip Bola.net dari Sportsnet pada Senin."
    ents = build_entities(text, [span(text, "Bola.net", "ORG"), span(text, "Sportsnet", "PERSON")])
    assert ("Sportsnet", "ORG") in _labels(ents)


def test_brand_after_merek_is_an_organisation():
    text = "Polisi menyebut truk itu bermerek Scania dan berwarna merah."
    ents = build_entities(text, [])
    assert ("Scania", "ORG") in _labels(ents)


def test_ordinary_place_is_not_turned_into_a_club():
    text = "Warga Madura merantau ke kota lain."
    ents = build_entities(text, [span(text, "Madura", "LOC")])
    assert _labels(ents) == {("Madura", "LOC")}


def test_word_glued_to_an_outlet_name_is_no_news_site():
    from warta.annotate.entity_filters import outlet_word
    assert outlet_word(["Kabarnews"]) and outlet_word(["JUARA.net"])
    assert not outlet_word(["DikutipkabarNews"]) and not outlet_word(["News"])
