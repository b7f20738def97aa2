"""Session 8 speaker rules from the seen blind batches BU-BX, on new sentences: an organisation's
short form speaks under its full name, descriptions standing for an office (``Kepala Negara``), a
term numeral after an office (``Jilid II``) and definitions that are no speakers."""

from __future__ import annotations

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in warta.analyze(text).quotes]


def test_an_organisation_short_form_speaks_under_its_full_name() -> None:
    text = ("Kementerian Perhubungan menerbitkan aturan baru soal ojek daring. Kemenhub menegaskan "
            "aturan itu berlaku mulai bulan depan.")
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Kementerian Perhubungan"


def test_kepala_negara_is_the_president_named_before() -> None:
    text = ('Presiden Joko Widodo meninjau pasar di Klaten, Kamis. "Harga beras sudah stabil," '
            'kata Kepala Negara.')
    found = [q for q in _quotes(text) if q[0] == "direct"]
    assert found and found[0][1] == "Joko Widodo"


def test_a_term_numeral_after_an_office_is_no_part_of_the_name() -> None:
    text = "Ketua KPK Jilid I Antasari Azhar mengatakan penyelidikan harus dilanjutkan."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Antasari Azhar"


def test_a_definition_before_a_comma_and_a_verb_is_no_speaker() -> None:
    text = ("Saksi mahkota adalah salah satu terdakwa dalam perkara yang sama, mengakui perbuatannya "
            "dan bersaksi bagi terdakwa lain.")
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_denying_someone_elses_statement_reports_nothing() -> None:
    text = "Mantan ketua KPK itu menepis pernyataan pengacara Budi soal jumlah tersangka kasus itu."
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_a_described_party_member_points_back_to_the_person() -> None:
    text = ('Wakil Ketua DPR Fahri Hamzah menyebut surat itu sudah diterima. "Kami akan pelajari '
            'dulu isinya," kata politikus PKS.')
    found = [q for q in _quotes(text) if q[0] == "direct"]
    assert found and found[0][1] == "Fahri Hamzah"


def test_menurut_an_office_then_a_name_with_a_lower_case_title() -> None:
    text = "Menurut dokter puskesmas Cibodas, dr Rina Susanti, pasien harus banyak minum air putih."
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Rina Susanti"
    assert found[0][2].startswith("pasien harus")


def test_menurut_a_recommendation_is_no_speaker() -> None:
    text = "Menurut rekomendasi lembaga itu, anak-anak harus tidur paling sedikit sembilan jam."
    assert not [q for q in _quotes(text) if q[0] == "indirect"]


def test_a_short_form_of_a_one_word_name_is_that_person() -> None:
    text = ('"Api sudah padam," kata Kepala Suku Dinas Pemadam Kebakaran Jakarta Barat Sudarmanto. '
            "Menurut Sudar, api berasal dari korsleting listrik di lantai dua.")
    found = [q for q in _quotes(text) if q[0] == "indirect"]
    assert found and found[0][1] == "Sudarmanto"


def test_a_hyphenated_ticket_is_no_long_form_of_its_first_name() -> None:
    text = ('Pasangan Anies-Sandi menang di Jakarta. "Semua perlu waktu," kata Anies di Balai Kota.')
    found = [q for q in _quotes(text) if q[0] == "direct"]
    assert found and found[0][1] != "Anies-Sandi"


def test_a_passive_clause_after_the_speaker_is_no_part_of_the_name() -> None:
    text = ('Wakil Presiden Jusuf Kalla membuka acara itu.\n\n'
            '"Kalau saya paling cuma sejam," kata JK diikuti tawa peserta.')
    found = [q for q in _quotes(text) if q[0] == "direct"]
    assert found and "diikuti" not in (found[0][1] or "")
