"""Speaker rules generalised from batch D's errors, on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _speakers(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzer.analyze(text).quotes]


def test_person_name_after_unit_head_is_kept_whole(analyzer: Analyzer) -> None:
    # "Fraksi" before a person's name (no party name between): the first name is no party name
    text = ('"Kami siap bekerja sama dengan semua pihak," kata Sekretaris Fraksi Budiman Hartoyo '
            'di Gedung DPR, Jakarta, Senin (5/6).\n\n'
            'Budiman menegaskan partainya akan tetap mendukung pemerintah.')
    got = _speakers(analyzer, text)
    assert got and all(sp == "Budiman Hartoyo" for _, sp in got), got


def test_name_after_landform_head_is_no_antecedent(analyzer: Analyzer) -> None:
    text = ('Warga Kabupaten Sleman Rudi Santoso mengatakan acara itu meriah.\n\n'
            '"Banyak pengunjung datang dari luar kota," katanya.\n\n'
            'Beberapa tempat wisata terkenal yakni Gunung Kelud, Danau Ranau dan Pantai Parangtritis.\n\n'
            'Selain itu, lanjutnya, pengunjung juga bisa menikmati kuliner khas daerah.')
    got = dict(_speakers(analyzer, text))
    assert got.get("pengunjung juga bisa menikmati kuliner khas daerah") == "Rudi Santoso", got


def test_lower_case_collective_keeps_its_head_and_no_person_swallows_the_club(analyzer: Analyzer) -> None:
    # "manajemen Persebaya" is the club's management (a collective speaker), not the manager named
    # later in a run that starts with the club's name
    text = ('Klub itu memutuskan tidak memakai nomor 10 lagi.\n\n'
            'Sementara itu, manajemen Persebaya meyakini keputusan tersebut tidak akan menyalahi '
            'aturan kompetisi selama pemain masih menggunakan nomor dua digit.\n\n'
            '“Saya kira tidak akan bertentangan dengan aturan liga,” ujar manajer Persebaya Andi Wijaya.')
    got = [(q.kind, q.speaker) for q in analyzer.analyze(text).quotes]
    assert ("indirect", "manajemen Persebaya") in got, got


def test_coordinated_verbs_after_a_demonstrative_keep_the_subject(analyzer: Analyzer) -> None:
    # "tersebut" looks like a ter- verb; the subject is the role after the comma, not the name
    # inside the fronted phrase; the role written before a name earlier resolves to that name
    text = ('Sidang itu dipimpin ketua majelis Made Sutrisna.\n\n'
            'Akibat permintaan Rudi Hartono tersebut, ketua majelis menunda sidang dan menyatakan '
            'putusan itu belum berkekuatan hukum tetap.')
    got = [(q.kind, q.speaker) for q in analyzer.analyze(text).quotes]
    assert ("indirect", "Made Sutrisna") in got, got


def test_role_description_without_earlier_name_stays_a_description(analyzer: Analyzer) -> None:
    text = 'Setelah itu, hakim ketua menutup sidang dan menyatakan putusan itu belum berkekuatan hukum tetap.'
    got = [(q.kind, q.speaker) for q in analyzer.analyze(text).quotes]
    assert got == [("indirect", "hakim ketua")], got


def test_sentence_initial_para_stays_in_the_collective_speaker(analyzer: Analyzer) -> None:
    text = ('Tidur cukup penting bagi kesehatan. Para dokter mengatakan bahwa tidur tujuh jam sehari '
            'bisa menurunkan risiko penyakit jantung.')
    got = [(q.kind, q.speaker) for q in analyzer.analyze(text).quotes]
    assert got == [("indirect", "Para dokter")], got
