"""Speaker naming, second round: descriptive roles before a club and a name, given names that stand
alone, role acronyms standing for the person who holds the office."""

import pytest

from quotes_helpers import quotes_of


def _speakers(text, kind=None):
    return [q.speaker for q in quotes_of(text) if kind is None or q.kind == kind]


# 1. a descriptive noun of a person (and the club/organisation after it) is a role, not a name
DESCRIPTOR_ROWS = [
    ('Gelandang Persija Rizky Ramadhan mengatakan timnya siap menghadapi musim baru.\n'
     'Persija bermain di kandang pekan depan.\n'
     '"Kami sudah berlatih keras," ujar Ramadhan.', "Rizky Ramadhan"),
    ('"Lagu ini saya tulis untuk ibu," kata penyanyi senior Lestari Wulandari.', "Lestari Wulandari"),
    ('Bintang Arema Dedik Setiawan mengatakan latihan pramusim berjalan lancar.\n'
     'Arema menjalani tiga laga uji coba.\n'
     '"Kondisi tim sangat bagus," kata Setiawan.', "Dedik Setiawan"),
]


@pytest.mark.parametrize("text,speaker", DESCRIPTOR_ROWS)
def test_descriptor_role_and_club_are_not_part_of_the_name(text, speaker):
    found = _speakers(text)
    assert found
    assert all(s == speaker for s in found), found


def test_descriptor_word_that_is_a_given_name_stays_a_name():
    # "Bintang" is also a given name: written alone as a person, it is not a role
    text = ('Bintang Prakoso mengatakan filmnya tayang bulan depan.\n'
            'Menurut Bintang, syuting berlangsung di Bandung.\n'
            '"Semua pemain bekerja keras," kata Bintang Prakoso.')
    found = _speakers(text, "direct")
    assert found == ["Bintang Prakoso"]


# 2. a given name the article also writes alone is not dropped from the full name
def test_given_name_written_alone_stays_in_the_full_name():
    text = ('Mantan pebalap dunia, Marco Rossetti, mengaku menyesal atas kekalahan kakaknya, Luca.\n'
            '"Itu balapan yang hebat," kata Marco Rossetti.\n'
            'Menurut Marco dirinya memberi saran tersebut kepada Luca Rossetti di tikungan terakhir.\n'
            '"Saya merasa bersalah," kata Marco Rossetti.')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Marco Rossetti", "Marco Rossetti"]
    assert all(q.speaker_role != "Marco" for q in qs)


def test_party_word_before_a_name_is_still_trimmed():
    # the trim this must not break: an organisation word written apart from the name
    text = ('Politikus Hanura Sutrisno Adi mengatakan partainya solid.\n'
            'Hanura menggelar rapat kerja di Bogor.\n'
            '"Kami tetap solid," kata Sutrisno.')
    assert _speakers(text, "direct") == ["Sutrisno Adi"]


# 3. a role acronym defined before a person's name stands for that person
def test_role_acronym_resolves_to_the_person_named_after_its_definition():
    text = ('Kepala Staf Angkatan Laut (KSAL) Laksamana TNI Bayu Pranoto meninjau pangkalan di Sorong.\n'
            'KSAL menegaskan prajurit harus menjaga perairan dengan sikap humanis.\n'
            '"Kita hadir untuk melindungi nelayan," katanya.')
    qs = quotes_of(text)
    assert qs
    assert all(q.speaker == "Bayu Pranoto" for q in qs), [(q.kind, q.speaker) for q in qs]
    assert all(q.speaker_label == "PERSON" for q in qs)


def test_organisation_acronym_without_a_person_stays_an_organisation():
    text = ('Badan Pengawas Obat dan Makanan (BPOM) menarik produk jamu dari pasaran.\n'
            'BPOM menegaskan produk itu mengandung bahan kimia obat.')
    qs = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert qs
    assert all(q.speaker_label == "ORG" for q in qs)


# 4. an institution's statement ("sebut rilis itu", "tulis siaran pers X") has the institution as speaker
def test_statement_noun_with_an_anaphor_resolves_to_the_institution_before():
    text = ('Keterangan pers Dinas Kesehatan Kota Bandung yang diterima di Bandung, Senin, menyebutkan '
            'vaksin itu aman.\n'
            '"Dinas tidak pernah menarik vaksin tersebut," sebut rilis itu.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Dinas Kesehatan Kota Bandung"
    assert q.speaker_label == "ORG"


def test_statement_noun_naming_the_institution_is_not_a_nearby_person():
    text = ('Pelatih Andi Saputra tidak hadir dalam rapat itu.\n'
            '"Stok beras di gudang mencukupi kebutuhan," tulis siaran pers Kementerian Pertanian.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Kementerian Pertanian"
    assert q.speaker_label == "ORG"


def test_statement_anaphor_without_an_institution_is_not_forced_to_one():
    text = ('Andi Saputra datang ke kantor itu.\n'
            '"Kami menolak tuduhan itu," kata Andi Saputra.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Andi Saputra"


def test_descriptor_club_needs_the_ner_to_agree_when_there_is_one():
    from warta.model import Entity

    text = ('Penyanyi Sinta Dewi Lestari mengatakan albumnya rampung.\n'
            'Sinta menulis sepuluh lagu untuk album itu.\n'
            '"Lagu terakhir paling sulit," kata Lestari.')

    def ent(s, label):
        i = text.index(s)
        return Entity(s, label, i, i + len(s), s)

    persons = [ent("Sinta Dewi Lestari", "PERSON")]
    assert {q.speaker for q in quotes_of(text, persons) if q.kind == "direct"} == {"Sinta Dewi Lestari"}
    club = ('Kiper Garuda Yusuf Pratama mengatakan timnya siap.\n'
            'Garuda menjamu lawan pekan depan.\n'
            '"Kami siap," kata Pratama.')
    i = club.index("Garuda", 10)
    ents = [Entity("Garuda", "ORG", i, i + 6, "Garuda")]
    assert {q.speaker for q in quotes_of(club, ents) if q.kind == "direct"} == {"Yusuf Pratama"}


def test_statement_of_a_person_named_after_the_institution_stays_the_person():
    text = ('Direktur Jenderal Organisasi Kesehatan Dunia (WHO) Margaret Lindqvist menyerukan semua '
            'negara bersiap.\n'
            'Dalam pernyataan yang disampaikan juru bicaranya, Lindqvist menegaskan pentingnya vaksin.\n'
            '"Kita tidak boleh lengah," sebut pernyataan tersebut.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Margaret Lindqvist"


def test_acronym_speaker_takes_the_name_spelled_out_with_enumeration_commas():
    text = ('Badan Riset, Inovasi dan Teknologi memastikan kabar kebocoran data itu tidak benar.\n'
            'BRIT menegaskan sistemnya aman dari serangan.')
    qs = [q for q in quotes_of(text) if q.kind == "indirect" and "sistemnya" in q.text]
    assert [q.speaker for q in qs] == ["Badan Riset, Inovasi dan Teknologi"]


def test_statement_anaphor_prefers_the_issuer_of_the_earlier_statement():
    text = ('Siaran pers Bagian Humas Kementerian Pertanian yang diterima Senin menyebutkan kabar '
            'kelangkaan pupuk yang mengatasnamakan Badan Pangan tidak benar.\n'
            '"Pasokan pupuk tetap aman," sebut rilis itu.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Bagian Humas Kementerian Pertanian"


def test_statement_of_a_named_official_is_not_taken_for_an_institution():
    text = ('Pernyataan Menteri Budi Santoso yang diterima Senin menyebutkan harga pupuk turun.\n'
            '"Pasokan pupuk tetap aman," sebut pernyataan itu.')
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Budi Santoso"
