"""Honorifics, army corps, offices with -nya and name particles at the edges of person names."""

from __future__ import annotations

import pytest

import warta
from warta.annotate.entity_candidates import candidates
from warta.annotate.entity_filters import office_with_clitic
from warta.annotate.entity_glue import split_org_person
from warta.annotate.entity_mentions import Mention


@pytest.mark.parametrize(("sentence", "name"), [
    ('"Air naik cepat sekali," kata Mbah Karsono, warga setempat.', "Karsono"),
    ('"Sayurnya segar," kata Mpok Juleha kepada wartawan.', "Juleha"),
    ("Dandim 0712 Letkol Czi Hendra Gunawan Saputra mengatakan tiket sudah habis.",
     "Hendra Gunawan Saputra"),
])
def test_names_honorific_or_corps_leaves_speaker(sentence: str, name: str):
    assert [q.speaker for q in warta.analyze(sentence).quotes] == [name]


def test_names_office_with_clitic():
    assert office_with_clitic("Wakilnya") and office_with_clitic("Istrinya")
    assert not office_with_clitic("Soenarya") and not office_with_clitic("Hanya")


def test_names_office_with_clitic_opens_no_name():
    text = ("Gubernur Sumatera Barat Rahmat Hidayat dan Wakilnya Budi Santoso Putra mengunjungi "
            "pasar. Budi mengatakan bahwa harga cabai di pasar itu sudah turun sejak pekan lalu.")
    art = warta.analyze(text)
    persons = {e.text for e in art.entities if e.label == "PERSON"}
    assert "Wakilnya Budi Santoso Putra" not in persons
    assert [q.speaker for q in art.quotes] == ["Budi Santoso Putra"]


def test_names_office_with_clitic_leaves_the_pointed_speaker():
    text = ('Kemarin Wakilnya Budi Santoso Putra mengunjungi pasar. "Harga cabai sudah turun sejak '
            'pekan lalu," kata dia.')
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Budi Santoso Putra"]


def test_names_candidate_run_skips_office_with_clitic():
    text = "Kemarin Wakilnya Budi Santoso hadir."
    names = [c.text for c in candidates(text, [(0, len(text))], [])]
    assert "Budi Santoso" in names and not any(n.startswith("Wakilnya") for n in names)


def test_names_particle_inside_a_name_after_a_club():
    text = "Gomes tersenyum. Pelatih Madura Raya Gomes de Oliviera enggan berkomentar."
    whole = "Madura Raya Gomes de Oliviera"
    at = text.index(whole)
    mentions = [Mention(0, 5, "PERSON", 0.9, "Gomes"), Mention(at, at + len(whole), "ORG", 0.9, whole)]
    out = [(text[m.start:m.end], m.label) for m in split_org_person(text, mentions)]
    assert ("Gomes de Oliviera", "PERSON") in out and ("Madura Raya", "ORG") in out
