"""Direct quotations: every mark style and attribution pattern (sentences written for these tests)."""

import pytest

from quotes_helpers import only, quotes_of

# (text, speaker, cue, content)
ROWS = [
    # cue after the quotation, every mark style
    ('"Kami akan membangun jembatan baru tahun ini," kata Budi Santoso di Bandung.',
     "Budi Santoso", "kata", "Kami akan membangun jembatan baru tahun ini,"),
    ("“Harga beras sudah turun sejak pekan lalu,” ujar Siti Rahmawati.",
     "Siti Rahmawati", "ujar", "Harga beras sudah turun sejak pekan lalu,"),
    ("”Pasokan listrik kembali normal malam ini,” tutur Andi Wijaya kepada wartawan.",
     "Andi Wijaya", "tutur", "Pasokan listrik kembali normal malam ini,"),
    ("„Kami tidak menerima laporan apa pun,“ ucap Rina Kartika.",
     "Rina Kartika", "ucap", "Kami tidak menerima laporan apa pun,"),
    ("«Pertandingan besok akan sangat berat bagi kami,» kata Dodi Pratama.",
     "Dodi Pratama", "kata", "Pertandingan besok akan sangat berat bagi kami,"),
    ("‘Semua warga sudah kami evakuasi ke tempat aman,’ kata Yusuf Hamdani.",
     "Yusuf Hamdani", "kata", "Semua warga sudah kami evakuasi ke tempat aman,"),
    ("''Program ini akan dilanjutkan hingga akhir tahun,'' ujar Maria Ulfa.",
     "Maria Ulfa", "ujar", "Program ini akan dilanjutkan hingga akhir tahun,"),
    # apposition and titles: the role is reported apart from the name
    ('"Kami terus berunding dengan semua pihak," ucap Menteri Luar Negeri Ukraina, Dmytro Kuleba, pekan lalu.',
     "Dmytro Kuleba", "ucap", "Kami terus berunding dengan semua pihak,"),
    ('"Berkas perkara sudah kami serahkan," kata Kapolres Metro Bekasi Kombes Pol Hendra Gunawan.',
     "Hendra Gunawan", "kata", "Berkas perkara sudah kami serahkan,"),
    ('"Layanan ini gratis bagi semua warga," kata juru bicara Kementerian Kesehatan Arif Rahman pada Senin.',
     "Arif Rahman", "kata", "Layanan ini gratis bagi semua warga,"),
    # speaker before the verb, after the quotation
    ('"Kami sudah siap menghadapi musim hujan," Wali Kota Agus Salim menambahkan.',
     "Agus Salim", "menambahkan", "Kami sudah siap menghadapi musim hujan,"),
    # cue before the quotation
    ('Direktur utama perusahaan, Lestari Dewi, mengatakan, "Kami tidak akan memecat karyawan."',
     "Lestari Dewi", "mengatakan", "Kami tidak akan memecat karyawan."),
    ('Kata Hasan Basri: "Semua jalan desa harus diaspal tahun depan."',
     "Hasan Basri", "Kata", "Semua jalan desa harus diaspal tahun depan."),
    # a dash attribution
    ('"Tidak ada yang lebih penting daripada keselamatan penumpang." -- Fajar Nugroho',
     "Fajar Nugroho", "", "Tidak ada yang lebih penting daripada keselamatan penumpang."),
    # speaker with no verb (Kompas style)
    ('"Hanya beberapa toko yang tutup hari ini," Ketua Paguyuban Pedagang Pasar Baru Slamet Riyadi saat dihubungi.',
     "Slamet Riyadi", "", "Hanya beberapa toko yang tutup hari ini,"),
]


@pytest.mark.parametrize("text,speaker,cue,content", ROWS)
def test_direct_quote_row(text, speaker, cue, content):
    q = only(text, "direct")
    assert q.text.strip() == content
    assert text[q.start:q.end] == q.text
    assert q.speaker == speaker
    assert q.cue == cue
    assert 0.0 <= q.confidence <= 1.0


def test_role_is_reported_without_the_name():
    q = only('"Kami terus berunding dengan semua pihak," ucap Menteri Luar Negeri Ukraina, Dmytro Kuleba.')
    assert q.speaker_role == "Menteri Luar Negeri Ukraina"
    assert q.speaker_label == "PERSON"


def test_interrupted_quote_gives_two_quotes_same_speaker():
    text = '"Kami sudah bekerja keras," kata Rudi Hartono. "Hasilnya akan terlihat bulan depan."'
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text.strip() for q in qs] == ["Kami sudah bekerja keras,", "Hasilnya akan terlihat bulan depan."]
    assert {q.speaker for q in qs} == {"Rudi Hartono"}


def test_multi_paragraph_quote_takes_speaker_of_last_paragraph():
    text = ("“Kami memulai proyek ini dua tahun lalu dengan dana terbatas.\n"
            "“Sekarang hasilnya bisa dinikmati seluruh warga desa,” kata Kepala Desa Mulyono.")
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 2
    assert qs[0].text.startswith("Kami memulai")
    assert all(q.speaker == "Mulyono" for q in qs)


def test_kompas_same_mark_both_sides_pairs_correctly():
    text = ("Banjir merendam dua desa. ”Air mulai surut sejak pagi,” kata Camat Wahyu Hidayat. "
            "”Warga sudah kembali ke rumah masing-masing,” ujarnya.")
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Air mulai surut sejak pagi,", "Warga sudah kembali ke rumah masing-masing,"]
    assert all(q.speaker == "Wahyu Hidayat" for q in qs)


def test_fullest_name_is_reported():
    text = ('Sekretaris Jenderal NATO Jens Stoltenberg bertemu para menteri di Brussel.\n'
            '"Semua anggota sepakat soal ini," kata Stoltenberg.')
    assert only(text, "direct").speaker == "Jens Stoltenberg"


def test_organisation_speaker():
    text = '"Jalan tol ditutup sementara karena banjir," tulis Divisi Humas Polda Jawa Barat di Instagram.'
    q = only(text, "direct")
    assert q.speaker == "Divisi Humas Polda Jawa Barat"
    assert q.speaker_label == "ORG"


@pytest.mark.parametrize("text,speaker,cue", [
    ('Rapat dipimpin Wakil Ketua DPRD Sumarno.\n"Jangan sampai kita kehabisan waktu lagi," kelakarnya.',
     "Sumarno", "kelakarnya"),
    ('"Itu hanya isu lama yang diulang-ulang," Bambang Pamungkas berseloroh.', "Bambang Pamungkas", "berseloroh"),
])
def test_speech_verbs_outside_the_lists(text, speaker, cue):
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize("text,speaker,cue", [
    ('Kuleba: "Ukraina siap bergabung dengan aliansi kapan saja"', "Kuleba", ""),
    ('"Pembangunan bendungan selesai tahun depan." Demikian disampaikan Gubernur Ridwan Santosa.',
     "Ridwan Santosa", "Demikian disampaikan"),
])
def test_headline_and_demikian_attributions(text, speaker, cue):
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.cue) == (speaker, cue)


def test_quote_without_final_punctuation_then_name_and_verb():
    q = [q for q in quotes_of('"Kami sudah siap sejak kemarin" Budi Santoso menambahkan.') if q.kind == "direct"][0]
    assert (q.speaker, q.cue) == ("Budi Santoso", "menambahkan")


def test_new_sentence_after_a_closed_quote_is_not_its_attribution():
    text = ('"Kami sudah siap sejak kemarin." Budi Santoso lalu meninggalkan ruangan.\n'
            'Sebelumnya Ani Wijaya mengatakan, "Rapat ditunda sampai pekan depan karena banyak yang absen."')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert qs[-1].speaker == "Ani Wijaya"


@pytest.mark.parametrize("text,speaker", [
    ('"Kasus baru bertambah lima hari ini," kata Juru Bicara Satgas Covid-19 Kota Kendari dr Rahmat Hidayat.',
     "Rahmat Hidayat"),
    ('"Penumpang diminta tiba lebih awal," kata Head of Corporate Communications Lion Air Group Danu Pratama.',
     "Danu Pratama"),
])
def test_lowercase_titles_and_english_connectors_inside_roles(text, speaker):
    assert [q for q in quotes_of(text) if q.kind == "direct"][0].speaker == speaker


def test_initials_inside_a_name():
    text = '"Kami menyambut baik keputusan itu," kata Menteri Luar Negeri Retno LP Marsudi.'
    assert [q for q in quotes_of(text) if q.kind == "direct"][0].speaker == "Retno LP Marsudi"


def test_hal_itu_disampaikan_after_a_closed_quote():
    text = '"Stok beras cukup sampai Lebaran." Hal itu disampaikan Kepala Bulog Jawa Timur Rina Kusuma di Surabaya.'
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert (q.speaker, q.cue) == ("Rina Kusuma", "disampaikan")


def test_headline_with_topic_before_the_colon():
    text = "Jokowi Soal Banjir Jakarta: ‘Semua pihak harus bekerja sama menangani banjir’"
    q = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert q.speaker == "Jokowi"
