"""Speakers written after a description and a comma, and offices with an enumerated field."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"Karang gigi memicu iritasi," ujar spesialis gigi dari RSUD Cempaka, drg. Ratna Kusumawati, '
     'di Bandung, Kamis.', "Ratna Kusumawati"),
    ('"Terdakwa terbukti menerima suap," kata jaksa penuntut umum, Hendra Saputra Wibowo, di '
     'pengadilan.', "Hendra Saputra Wibowo"),
    ('"Sebagian besar atap rumah rusak," ujar Kepala Pusat Data, Informasi, dan Humas BNPB Rudi '
     'Hartono Siregar dalam keterangan tertulis, Minggu.', "Rudi Hartono Siregar"),
])
def test_speakers_described_then_named(sentence: str, speaker: str):
    assert [q.speaker for q in warta.analyze(sentence).quotes] == [speaker]


def test_speakers_described_role_is_kept():
    q = warta.analyze('"Karang gigi memicu iritasi," ujar spesialis gigi dari RSUD Cempaka, drg. Ratna '
                      'Kusumawati, di Bandung, Kamis.').quotes[0]
    assert q.speaker_role == "spesialis gigi dari RSUD Cempaka"


def test_speakers_described_pronoun_is_not_a_description():
    q = warta.analyze('"Harga naik lagi," kata dia kepada wartawan, Senin.').quotes[0]
    assert q.speaker != "Senin"


def test_speakers_office_field_then_person_before_the_verb():
    text = ("Perwakilan Perdana Menteri di bidang keagamaan Malaysia Dato Dr Asyraf Wajdi Dusuki "
            "mengatakan departemen agama bisa mengambil tindakan tegas.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Asyraf Wajdi Dusuki"]


def test_speakers_office_led_by_a_person_stays_the_office():
    text = ("Majelis Hakim Pengadilan Negeri Sukamaju yang dipimpin hakim ketua Rudi Hartono Siregar, "
            "menyatakan terdakwa terbukti bersalah dalam perkara itu.")
    speakers = [q.speaker for q in warta.analyze(text).quotes]
    assert speakers and speakers[0] != "Rudi Hartono Siregar"
