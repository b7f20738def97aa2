"""Listed organisations written inside a person's description (session 24), on sentences written
for these tests: build_entities with given NER spans, so only the entity layer is tested."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def _by_text(text, spans):
    return {(e.text, e.label) for e in build_entities(text, spans)}


def test_listed_party_after_a_capitalised_common_noun_is_an_organisation() -> None:
    text = "Penyidik memeriksa keterangan Politisi Hanura, Rahmat Hidayat, pekan lalu."
    got = _by_text(text, [span(text, "Rahmat Hidayat", "PERSON")])
    assert ("Hanura", "ORG") in got, got
    assert ("Rahmat Hidayat", "PERSON") in got


def test_listed_organisation_inside_a_longer_capitalised_run_is_not_cut_out() -> None:
    # "Misi Bantuan X": the common noun follows another capitalised word, so X may be part of a name
    text = "Misi Bantuan Gerindra Raya membagikan beras kepada warga."
    got = _by_text(text, [])
    assert ("Gerindra", "ORG") not in got, got


def test_investigator_of_a_listed_body_gives_the_body_and_the_role() -> None:
    text = "Kasus penyiraman penyidik KPK Novel Baswedan belum terungkap."
    ents = build_entities(text, [span(text, "Novel Baswedan", "PERSON")])
    assert any(e.text == "KPK" and e.label == "ORG" for e in ents), ents
    person = next(e for e in ents if e.text == "Novel Baswedan")
    assert person.role and person.role.lower() == "penyidik kpk"
