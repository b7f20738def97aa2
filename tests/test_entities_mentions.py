"""Spans are cleaned and mentions the NER missed are added."""

from entity_helpers import span
from warta.annotate.entities import build_entities


def test_every_entity_text_matches_its_offsets_and_order():
    text = ("Jens Berger, juru bicara Aliansi Utara, tiba di Kenya. Berger lalu bertemu pejabat Kenya. "
            "Berger pulang ke Norwegia.")
    ents = build_entities(text, [span(text, "Jens Berger", "PERSON")])
    assert ents
    for e in ents:
        assert e.text == text[e.start:e.end]
        assert 0.0 <= e.confidence <= 1.0
    assert [e.start for e in ents] == sorted(e.start for e in ents)


def test_later_bare_surname_is_added_with_full_canonical():
    text = "Jens Berger tiba pagi ini. Setelah itu, Berger berpidato."
    ents = build_entities(text, [span(text, "Jens Berger", "PERSON")])
    bare = [e for e in ents if e.text == "Berger"]
    assert len(bare) == 1
    assert bare[0].label == "PERSON" and bare[0].canonical == "Jens Berger"


def test_surname_inside_other_capitalised_name_is_not_added():
    text = "Jens Berger tiba. Ia menginap di Hotel Berger Raya."
    ents = build_entities(text, [span(text, "Jens Berger", "PERSON")])
    assert [e.text for e in ents if e.label == "PERSON"] == ["Jens Berger"]


def test_gazetteer_country_found_without_ner():
    text = "Delegasi dari Uzbekistan dan Selandia Baru tiba kemarin."
    ents = build_entities(text, [])
    locs = [e.canonical for e in ents if e.label == "LOC"]
    assert locs == ["Uzbekistan", "Selandia Baru"]


def test_dateline_in_capitals_is_a_place():
    text = "SURABAYA - Harga cabai naik lagi."
    ents = build_entities(text, [])
    assert [(e.text, e.canonical, e.label) for e in ents] == [("SURABAYA", "Surabaya", "LOC")]


def test_place_inside_organisation_name_is_not_tagged():
    text = "Mahasiswa Universitas Malaysia Timur berdemo."
    ents = build_entities(text, [])
    assert all(e.text != "Malaysia" for e in ents)


def test_span_ending_in_bracketed_acronym_keeps_it_but_canonical_drops_it():
    text = "Komisi Pengawas Pangan (KPP) menolak izin itu. Menurut KPP, izin belum lengkap."
    ents = build_entities(text, [span(text, "Komisi Pengawas Pangan (KPP)", "ORG")])
    first = ents[0]
    assert first.text == "Komisi Pengawas Pangan (KPP)"
    assert first.canonical == "Komisi Pengawas Pangan"
    later = [e for e in ents if e.text == "KPP"]
    assert len(later) == 1
    assert later[0].canonical == "Komisi Pengawas Pangan" and later[0].label == "ORG"


def test_unclosed_bracket_is_cut_from_a_span():
    text = "Komisi Pengawas Pangan (KPP menolak."
    ents = build_entities(text, [span(text, "Komisi Pengawas Pangan (KPP", "ORG")])
    assert ents[0].text == "Komisi Pengawas Pangan"


def test_empty_spans_and_unknown_labels():
    text = "Tidak ada nama di sini."
    assert build_entities(text, []) == []
    assert build_entities(text, [(0, 5, "MISC", 0.9)]) == []


def test_nickname_found_and_mapped_to_full_name():
    text = "Jokowi meninjau pasar pada Senin."
    ents = build_entities(text, [])
    assert [(e.text, e.canonical, e.label) for e in ents] == [("Jokowi", "Joko Widodo", "PERSON")]


def test_mentions_of_one_name_share_one_label():
    text = "Warga Marbela menolak. Marbela disebut aman. Pemerintah Marbela diam."
    starts = [i for i in range(len(text)) if text.startswith("Marbela", i)]
    labels = ["LOC", "LOC", "PERSON"]
    spans = [(s, s + 7, lab, 0.9 if lab == "LOC" else 0.4) for s, lab in zip(starts, labels, strict=True)]
    ents = build_entities(text, spans)
    assert {e.label for e in ents if e.text == "Marbela"} == {"LOC"}


def test_initials_after_a_cue_are_a_person_everywhere():
    text = "Polisi menangkap pria berinisial RK di Bekasi. RK mengaku menyesal."
    second = text.index("RK mengaku")
    ents = build_entities(text, [(second, second + 2, "ORG", 0.6)])
    people = [e for e in ents if e.label == "PERSON"]
    assert [e.text for e in people] == ["RK", "RK"]
    assert all(e.canonical == "RK" for e in people)


def test_organisation_from_the_gazetteer_grows_over_a_following_acronym():
    text = "Kementrian Luar Negeri RI telah mengeluarkan imbauan."
    ents = build_entities(text, [])
    assert [(e.text, e.label) for e in ents] == [("Kementrian Luar Negeri RI", "ORG")]
