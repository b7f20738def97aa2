"""General indirect-speech patterns, third round: each test uses sentences written for it, not taken
from any article."""

from quotes_helpers import only, quotes_of


# 1. cue verbs: "memberitahu" with an object before "bahwa", and the opinion verb "beranggapan"
def test_memberitahu_with_object_before_bahwa():
    q = only("Duta Besar Hendra Kusuma memberitahu Gubernur Bali bahwa kapal bantuan akan tiba besok pagi.")
    assert q.kind == "indirect" and q.speaker == "Hendra Kusuma"
    assert q.text == "kapal bantuan akan tiba besok pagi"


def test_memberitahu_without_clause_is_not_speech():
    assert not [q for q in quotes_of("Petugas Rudi Santoso memberitahu warga sekitar.")
                if q.kind == "indirect"]


def test_beranggapan_opinion_clause():
    q = only("Pengamat ekonomi Sari Lestari beranggapan kenaikan tarif itu akan menekan daya beli warga.")
    assert q.kind == "indirect" and q.speaker == "Sari Lestari"
    assert q.text == "kenaikan tarif itu akan menekan daya beli warga"


# 2. sentence-initial "Kata X, CLAUSE"
def test_kata_name_comma_clause():
    q = only("Kata Joko Purnomo, sebagian besar warga desa sudah menerima bantuan beras.")
    assert q.kind == "indirect" and q.speaker == "Joko Purnomo"
    assert q.text == "sebagian besar warga desa sudah menerima bantuan beras"


def test_kata_as_noun_is_not_a_cue():
    assert not quotes_of("Kata pengantar buku itu ditulis oleh seorang guru di Medan.")


# 5. span edges: dateline before a trailing "kata X"; "jika" as a complementiser
def test_trailing_kata_quote_drops_dateline():
    text = "Jakarta, Warta Kita - Harga beras di pasar tradisional mulai turun pekan ini, kata Dedi Irawan."
    q = only(text)
    assert q.speaker == "Dedi Irawan"
    assert q.text == "Harga beras di pasar tradisional mulai turun pekan ini"


def test_trailing_kata_quote_drops_outlet_dateline():
    q = only("Kabarku - Pembangunan jembatan desa itu selesai lebih cepat dari jadwal, kata Lina Marlina.")
    assert q.text == "Pembangunan jembatan desa itu selesai lebih cepat dari jadwal"


def test_jika_complementiser_after_cue_verb():
    q = only("Kepala dinas Agus Salim mengatakan jika jalan itu akan diperbaiki bulan depan.")
    assert q.speaker == "Agus Salim" and q.text == "jalan itu akan diperbaiki bulan depan"


def test_jika_after_adverb_after_cue_verb():
    q = only("Agus Salim mengatakan terlebih dulu jika warga harus mendaftar ke kantor desa.")
    assert q.speaker == "Agus Salim" and q.text == "warga harus mendaftar ke kantor desa"


def test_inner_dash_is_not_a_dateline():
    q = only("Harga beras - yang sempat melonjak bulan lalu - kini mulai turun, kata Dedi Irawan.")
    assert q.text.startswith("Harga beras - yang sempat")


def test_kata_without_comma_is_not_fronted_cue():
    assert not [q for q in quotes_of("Kata Pengantar Menteri Pendidikan dimuat di halaman pertama buku itu.")
                if q.kind == "indirect"]


def test_conditional_jika_with_comma_stays_in_quote():
    q = only("Rina Kusuma menegaskan jika dirinya terpilih, pajak pasar akan dihapus.")
    assert q.text == "jika dirinya terpilih, pajak pasar akan dihapus"


def test_conditional_jika_maka_stays_in_quote():
    q = only("Rina Kusuma mengatakan jika hujan terus turun maka panen padi akan tertunda.")
    assert q.text.startswith("jika hujan terus turun maka")


# 4. "Menurut <document> … dari <issuer>, CLAUSE": the issuer speaks
def test_menurut_document_from_issuer():
    q = only("Menurut risalah rapat dari Dinas Perhubungan, jalur bus baru akan dibuka bulan depan.")
    assert q.kind == "indirect" and q.speaker == "Dinas Perhubungan"
    assert q.text == "jalur bus baru akan dibuka bulan depan"


def test_menurut_person_unchanged():
    q = only("Menurut Hadi Saputra dari Dinas Perhubungan, jalur bus baru akan dibuka bulan depan.")
    assert q.speaker == "Hadi Saputra"


# 3. an opinion verb whose object is only a noun phrase is not reported speech
def test_menilai_abstract_noun_phrase_is_not_speech():
    assert not [q for q in quotes_of("Pelatih Andi Firmansyah menilai peluang timnya menjuarai liga musim ini.")
                if q.kind == "indirect"]


def test_menilai_abstract_noun_with_predicate_is_speech():
    q = only("Pelatih Andi Firmansyah menilai peluang timnya menjuarai liga masih sangat terbuka.")
    assert q.speaker == "Andi Firmansyah" and q.text.endswith("masih sangat terbuka")


def test_mengatakan_abstract_noun_clause_unchanged():
    q = only("Pelatih Andi Firmansyah mengatakan peluang timnya menjuarai liga musim ini terbuka.")
    assert q.speaker == "Andi Firmansyah"


def test_menilai_clause_still_found():
    q = only("Anggota dewan Fitri Handayani menilai kebijakan itu terlalu cepat.")
    assert q.text == "kebijakan itu terlalu cepat"
