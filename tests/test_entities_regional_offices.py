"""A regional body written before the place it serves is one organisation even when the NER tagged
only the place (``Polres Temanggung``, ``Polres Metro Jakarta Selatan``), and a syllable short form
of another body is not that regional office (``Polri`` is not ``Polres Cianjur``)."""

from __future__ import annotations

import warta
from warta.annotate.canonical import org_canonicals
from warta.annotate.entity_glue import join_office_place
from warta.annotate.entity_mentions import Mention


def _place(text: str, name: str) -> Mention:
    s = text.index(name)
    return Mention(s, s + len(name), "LOC", 0.9, name)


def test_office_word_before_a_tagged_place_joins_it_into_an_organisation() -> None:
    text = "Petugas Polres Temanggung merazia kendaraan."
    out = join_office_place(text, [_place(text, "Temanggung")])
    assert [(text[m.start:m.end], m.label, m.name) for m in out] == [("Polres Temanggung", "ORG", "Polres Temanggung")]


def test_metro_between_office_and_place_stays_in_the_name() -> None:
    text = "Ia melapor ke Polres Metro Jakarta Selatan kemarin."
    out = join_office_place(text, [_place(text, "Jakarta Selatan")])
    assert [(m.label, m.name) for m in out] == [("ORG", "Polres Metro Jakarta Selatan")]


def test_place_after_other_words_stays_a_place() -> None:
    for text, name in (("Kapolres Temanggung hadir.", "Temanggung"), ("Warga Temanggung hadir.", "Temanggung"),
                       ("Polisi di Temanggung hadir.", "Temanggung")):
        out = join_office_place(text, [_place(text, name)])
        assert [(m.label, m.name) for m in out] == [("LOC", name)], text


def test_office_inside_an_earlier_mention_is_not_taken_twice() -> None:
    text = "Kantor Polres Temanggung dibuka."
    earlier = Mention(0, text.index(" Temanggung"), "ORG", 0.9, "Kantor Polres")
    out = join_office_place(text, [earlier, _place(text, "Temanggung")])
    assert [m.label for m in out] == ["ORG", "LOC"]


def test_national_police_is_not_a_regional_office() -> None:
    out = org_canonicals(["Polri", "Polres Cianjur", "Polda Riau", "Kemenlu", "Kementerian Luar Negeri"])
    assert out["Polri"] == "Polri"
    assert out["Kemenlu"] == "Kementerian Luar Negeri"  # syllable short forms still expand


def test_police_units_in_an_article_are_organisations() -> None:
    text = ("Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi Santoso mengatakan pelaku ditangkap. "
            "Kasus itu kini ditangani Polri.")
    orgs = {e.canonical for e in warta.analyze(text).entities if e.label == "ORG"}
    assert "Polres Jakarta Selatan" in orgs
    assert "Polri" in orgs


def test_head_and_institution_words_before_a_place_join_it() -> None:
    text = "Ia dilantik oleh Pemerintah Provinsi Lampung kemarin."
    out = join_office_place(text, [_place(text, "Lampung")])
    assert [(m.label, m.name) for m in out] == [("ORG", "Pemerintah Provinsi Lampung")]


def test_a_lone_organisation_head_before_a_place_does_not_join_it() -> None:
    # "Pemerintah Kenya": the annotators keep the country as a place; a head needs institution words
    text = "Pemerintah Kenya menolak tuduhan itu."
    out = join_office_place(text, [_place(text, "Kenya")])
    assert [(m.label, m.name) for m in out] == [("LOC", "Kenya")]


def test_premises_head_before_a_place_stays_with_the_place() -> None:
    text = "Massa berkumpul di depan Kantor Gubernur Jawa Tengah kemarin."
    out = join_office_place(text, [_place(text, "Jawa Tengah")])
    assert [m.label for m in out] == ["LOC"]


def test_organisation_does_not_grow_over_a_rank_of_two_words() -> None:
    from warta.annotate.entity_filters import extend_right

    text = "Kepala Kepolisian Daerah Metro Jaya Inspektur Jenderal M Iriawan hadir."
    e = text.index(" Inspektur")
    assert extend_right(text, e) == e
    text = "Ia dibawa ke Sudin Gulkarmat Jakarta Timur kemarin."
    assert text[:extend_right(text, text.index(" Jakarta"))].endswith("Jakarta Timur")


def test_jakarta_police_named_inside_an_office_is_an_organisation() -> None:
    text = "Direktur Reserse Kriminal Umum Polda Metro Jaya Kombes Nico Afinta mengatakan hal itu."
    labels = {(e.text, e.label) for e in warta.analyze(text).entities}
    assert ("Polda Metro Jaya", "ORG") in labels
    assert ("Nico Afinta", "PERSON") in labels
