"""General indirect-speech patterns found by the held-out IndoSum articles (tests/data/quotes_indosum):
each test uses sentences written for it, not taken from any article."""

from quotes_helpers import only, quotes_of


# 1. a short quoted label inside the reported clause does not block it
def test_one_word_label_in_marks_inside_clause():
    q = only('Juru bicara polisi Rahmat Hidayat menegaskan kabar itu hanya "isu" yang sengaja '
             'disebar untuk memancing keributan.')
    assert q.kind == "indirect" and q.speaker == "Rahmat Hidayat"
    assert q.text.startswith("kabar itu hanya") and q.text.endswith("keributan")


def test_three_word_label_in_marks_inside_clause():
    q = only('Menteri Andi Saputra menyatakan program itu lahir dari "strategi jangka panjang" yang '
             'disusun sejak tahun lalu.')
    assert q.kind == "indirect" and q.speaker == "Andi Saputra" and "strategi jangka panjang" in q.text


def test_long_marked_quote_is_not_indirect():
    qs = quotes_of('Budi Hartono mengatakan "kami akan terus menolak rencana pembangunan pabrik itu".')
    assert all(q.kind == "direct" for q in qs)


# 2. adverbs before the cue verb
def test_two_adverbs_before_verb():
    q = only("Sejak pensiun, penyanyi senior Rina Wati memang sudah mengatakan dirinya akan fokus "
             "mengurus cucu.")
    assert q.speaker == "Rina Wati" and q.text == "dirinya akan fokus mengurus cucu"


# 3. a reported clause that starts with a preposition
def test_clause_starting_with_preposition():
    q = only("Soal anggaran, Budi Prasetyo mengatakan untuk setiap desa dari utara hingga selatan "
             "sudah tersedia dana pembangunan jalan.")
    assert q.speaker == "Budi Prasetyo" and q.text.startswith("untuk setiap desa")


def test_preposition_phrase_without_predicate_stays_rejected():
    assert quotes_of("Bupati Sleman Joko Widodo menyampaikan terima kasih untuk seluruh relawan di "
                     "lereng gunung.") == []


# 4. missing speech verbs
def test_mengisyaratkan_is_a_speech_verb():
    q = only("Gubernur Budi Santoso mengisyaratkan pajak kendaraan akan dinaikkan tahun depan.")
    assert q.speaker == "Budi Santoso" and q.text == "pajak kendaraan akan dinaikkan tahun depan"


def test_mengemukakan_with_bahwa():
    q = only("Peneliti Lina Marlina mengemukakan bahwa hutan bakau menyerap karbon lebih banyak.")
    assert q.speaker == "Lina Marlina" and q.text.startswith("hutan bakau")


# 5. "Menurut X CLAUSE" without a comma
def test_menurut_name_without_comma():
    q = only("Menurut Hendrik dirinya sudah menyampaikan keberatan kepada panitia sejak bulan lalu.")
    assert q.speaker == "Hendrik" and q.text.startswith("dirinya sudah menyampaikan")


def test_menurut_data_without_comma_stays_rejected():
    assert quotes_of("Menurut data BPS inflasi bulan ini naik tipis dibanding bulan lalu.") == []


def test_menurut_role_and_name_without_comma():
    q = only("Menurut Kapolres Bogor AKBP Andi Wijaya pelaku sudah ditangkap di rumahnya.")
    assert q.speaker == "Andi Wijaya" and q.text == "pelaku sudah ditangkap di rumahnya"


def test_menurut_name_then_time_phrase_keeps_the_comma_reading():
    q = only("Menurut Budi Santoso pada Senin (3/4), harga cabai naik tajam.")
    assert q.speaker == "Budi Santoso" and q.text == "harga cabai naik tajam"


# 6. "Menurut <thing>, ia menjelaskan, CLAUSE": the pronoun is the speaker
def test_menurut_thing_then_pronoun_interruption():
    text = ("Peneliti Agus Salim memetakan desa rawan banjir di Bekasi. Menurut penelusuran itu, ia "
            "menjelaskan, sebagian besar warga belum menerima bantuan.")
    q = only(text)
    assert q.text == "sebagian besar warga belum menerima bantuan"
    assert "menjelaskan" in (q.cue or "") and q.speaker == "Agus Salim"


# 7. a speech clause after a conjunction in mid-sentence
def test_clause_after_namun():
    q = only("Pemain itu ingin pindah saat masa pinjamannya berakhir namun Hartono mengatakan klub "
             "belum menerima tawaran apa pun.")
    assert q.speaker == "Hartono" and q.text == "klub belum menerima tawaran apa pun"


def test_clause_after_sedangkan():
    q = only("Harga cabai turun di pasar induk sedangkan Menteri Perdagangan Sari Dewi menyebutkan "
             "stok bawang masih kurang.")
    assert q.speaker == "Sari Dewi" and q.text == "stok bawang masih kurang"


# 8. a comma-separated aside between the subject and the verb
def test_aside_between_subject_and_verb():
    q = only("Menteri Luar Negeri Retno Wulandari, dalam jumpa pers di Bangkok, Rabu (5/3), mengatakan "
             "kedua negara sepakat memperpanjang kerja sama.")
    assert q.speaker == "Retno Wulandari" and q.text.startswith("kedua negara sepakat")


# 9. trailing passive attribution with "demikian"
def test_demikian_passive_attribution():
    q = only("Harga beras akan turun pekan depan, demikian diklaim Menteri Pertanian Bayu Krisna.")
    assert q.speaker == "Bayu Krisna" and q.text == "Harga beras akan turun pekan depan"


def test_demikian_needs_a_speaker():
    assert quotes_of("Pelaku sudah pulang ke rumahnya sejak pagi, demikian diketahui.") == []


def test_aside_with_place_date_and_source_between_subject_and_verb():
    q = only("Kepolisian Resor Sleman dalam keterangan tertulisnya, di Sleman, Senin (12/3/2018) seperti "
             "dikutip dari Antara, menilai kasus itu sudah selesai.")
    assert q.speaker == "Kepolisian Resor Sleman" and q.text == "kasus itu sudah selesai"


def test_place_list_before_dated_aside():
    q = only("Menteri Sosial Rina Hapsari seusai rapat koordinasi di Kecamatan Cibeber, Kabupaten "
             "Cianjur, Jawa Barat, Kamis (9/1/2020), mengatakan bantuan untuk korban longsor sudah cukup.")
    assert q.speaker == "Rina Hapsari" and q.text == "bantuan untuk korban longsor sudah cukup"


def test_name_then_role_apposition_before_verb():
    q = only("Dedi Kurniawan, Direktur Utama Perumda Air Minum Tirta Sari, menjelaskan, pasokan air "
             "bersih akan kembali normal besok.")
    assert q.speaker == "Dedi Kurniawan" and q.text == "pasokan air bersih akan kembali normal besok"


def test_label_in_marks_closing_the_sentence():
    q = only('Kepolisian Resor Garut memastikan kabar penculikan anak di sekolah itu adalah kabar palsu '
             'atau "hoaks".')
    assert q.kind == "indirect" and q.speaker == "Kepolisian Resor Garut"
    assert q.text.startswith("kabar penculikan anak")


def test_short_marked_quote_after_a_speech_verb_is_not_indirect():
    qs = quotes_of('Pelatih Joko Susilo menegaskan "kami sangat siap".')
    assert not [q for q in qs if q.kind == "indirect"]


def test_press_release_subject_names_its_issuer():
    q = only("Siaran pers Dinas Kesehatan Kota Bandung yang diterima di Bandung, Senin malam, "
             "menyebutkan kabar yang beredar itu sama sekali tidak benar.")
    assert q.speaker == "Dinas Kesehatan Kota Bandung" and q.text.startswith("kabar yang beredar")


def test_office_name_listing_items_without_comma_before_dan():
    q = only("Badan Pengawas Obat, Makanan dan Kosmetik memastikan isu yang beredar di media sosial itu "
             "adalah kabar bohong.")
    assert q.speaker == "Badan Pengawas Obat, Makanan dan Kosmetik"


def test_verb_inside_a_time_phrase_after_the_speaker():
    q = only("Bupati Garut Rudy Gunawan seusai meninjau lokasi banjir mengatakan bantuan untuk korban "
             "sudah disalurkan.")
    assert q.speaker == "Rudy Gunawan" and q.text == "bantuan untuk korban sudah disalurkan"
