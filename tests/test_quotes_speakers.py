"""Speaker resolution: clitics, pronouns, anaphoric descriptions, floating quotations."""

import pytest

from quotes_helpers import quotes_of

# (text, the speaker every direct quote must get)
ROWS = [
    ('Gubernur Jawa Tengah Bambang Susilo meninjau lokasi banjir.\n'
     '"Kami akan membangun tanggul baru," ujarnya.', "Bambang Susilo"),
    ('Pelatih tim nasional Hendra Wijaya puas dengan hasil laga.\n'
     '"Para pemain tampil sangat disiplin," kata dia.', "Hendra Wijaya"),
    ('Menteri Perdagangan Ratna Sari meninjau pasar induk.\n'
     'Ia memastikan pasokan cabai aman.\n'
     '"Harga akan turun dalam dua pekan," tuturnya.', "Ratna Sari"),
    ('"Kami menunggu hasil laboratorium," kata Kepala Dinas Kesehatan Yogi Pranata.\n'
     'Sampel dikirim ke Jakarta pada Senin.\n'
     '"Hasilnya keluar paling cepat Kamis," katanya.', "Yogi Pranata"),
]


@pytest.mark.parametrize("text,speaker", ROWS)
def test_pronoun_and_clitic_speakers(text, speaker):
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert qs
    assert all(q.speaker == speaker for q in qs)


def test_pronoun_not_resolved_to_a_place_or_organisation():
    text = ('Ketua panitia Wawan Kurniawan datang ke Surabaya bersama tim dari Kementerian Pariwisata.\n'
            '"Persiapan sudah hampir selesai," katanya.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Wawan Kurniawan"


def test_description_speaker_resolves_to_earlier_description():
    text = ('Djoko berbincang dengan seorang pedagang di pasar.\n'
            '"Sekarang pembeli sepi sekali," ujar pedagang itu.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "seorang pedagang"


def test_floating_quote_continues_previous_speaker():
    text = ('"Kami akan menambah armada bus," kata Kepala Dinas Perhubungan Taufik Hidayat.\n'
            '"Penumpang tidak perlu lagi menunggu lama di halte pada jam sibuk."')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 2
    assert qs[1].speaker == "Taufik Hidayat"
    assert qs[1].confidence < qs[0].confidence


def test_floating_quote_is_bounded_by_a_new_subject():
    text = ('"Kami akan menambah armada bus," kata Kepala Dinas Perhubungan Taufik Hidayat.\n'
            'Sementara itu, Ketua DPRD Joko Susanto mengkritik rencana tersebut di gedung dewan.\n'
            '"Anggaran untuk bus baru belum pernah dibahas bersama kami sampai hari ini."')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert qs[-1].speaker != "Taufik Hidayat"


def test_entities_override_capitalisation():
    from warta.model import Entity

    text = '"Kami siap bertanding," kata pelatih Persija Thomas Doll.'
    s = text.index("Thomas Doll")
    ent = Entity("Thomas Doll", "PERSON", s, s + len("Thomas Doll"), canonical="Thomas Alexander Doll")
    q = [q for q in quotes_of(text, [ent]) if q.kind == "direct"][0]
    assert q.speaker == "Thomas Alexander Doll"


def test_role_is_taken_from_an_earlier_mention():
    text = ('Direktur Utama PT Kereta Api Indonesia, Rina Marlina, meninjau stasiun.\n'
            '"Jadwal kereta kembali normal besok pagi," kata Rina.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Rina Marlina"
    assert q.speaker_role == "Direktur Utama PT Kereta Api Indonesia"


def test_organisation_acronym_resolves_to_full_name():
    text = ('Kementerian Luar Negeri RI mengeluarkan imbauan perjalanan.\n'
            '"Warga diminta menunda perjalanan ke wilayah konflik," ujar pihak Kemlu.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Kementerian Luar Negeri RI"
    assert q.speaker_label == "ORG"


def test_clitic_after_organisation_speaker_stays_with_it():
    text = ('"Jalan ditutup sejak pagi," tulis Divisi Humas Polda Metro Jaya di akun resminya.\n'
            '"Pengendara diminta mencari jalur alternatif," tambahnya.')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Divisi Humas Polda Metro Jaya"] * 2


def test_names_do_not_run_across_lines():
    text = ('Evaluasi Timnas di Mata Indra Sjafri\n'
            'KOMPAS.com - Pelatih timnas Indra Sjafri menganalisis kekalahan timnya.\n'
            '"Kami kalah secara fisik," kata Indra.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Indra Sjafri"
