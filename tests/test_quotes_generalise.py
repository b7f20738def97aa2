"""Patterns found by the held-out articles (tests/data/quotes_heldout): each with sentences written
for this test, not taken from any article."""

from quotes_helpers import only, quotes_of


def test_kepada_outlet_then_bahwa():
    q = only("Seorang petani, Darto Wiyono, mengatakan kepada Harian Sinar bahwa panen tahun ini gagal.")
    assert q.kind == "indirect" and q.text == "panen tahun ini gagal" and q.speaker == "Darto Wiyono"


def test_name_after_description_with_place():
    q = only("Dosen ekonomi dari Universitas Andalas, Hendra van der Vaart, menilai bahwa harga "
             "cabai akan naik lagi.")
    assert q.speaker == "Hendra van der Vaart" and q.text.startswith("harga cabai")


def test_phrase_between_institution_and_verb():
    q = only("Polres Bogor dalam keterangan tertulisnya menyebutkan dua pelaku sudah ditahan.")
    assert q.speaker == "Polres Bogor" and q.text == "dua pelaku sudah ditahan"


def test_relative_clause_after_description():
    q = only("Seorang sopir yang tidak mau disebut namanya mengatakan jalan itu sering macet.")
    assert "sopir" in q.speaker and q.text == "jalan itu sering macet"


def test_listed_words_inside_an_office():
    q = only('"Stok aman," kata Kepala Dinas Perikanan, Peternakan, dan Perkebunan Jambi Rudi Hartono.')
    assert q.speaker == "Rudi Hartono"


def test_initial_with_full_stop():
    q = only("Salah satu penumpang, R. Siswanto, mengaku tiket itu dibeli dari calo.")
    assert q.speaker == "R. Siswanto"


def test_english_organisation_before_name():
    q = only("Peneliti Institute on Global Affairs (IGA) Rina Mardiana menilai ekspor akan melambat.")
    assert q.speaker == "Rina Mardiana"


def test_description_with_relative_clause_resolves_back():
    text = ("Penyerang Arema, Dedik Setiawan, mengakui timnya bermain buruk.\n"
            '"Kami kalah di lini tengah sepanjang laga," ujar pemain yang lahir di Malang itu.')
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 1 and qs[0].speaker == "Dedik Setiawan"


def test_one_word_term_followed_by_verb_is_not_a_quote():
    assert quotes_of('Kata "healing" kini sering dipakai anak muda untuk menyebut liburan.') == []


def test_request_with_agar_is_not_reported_speech():
    assert quotes_of("Ia mengingatkan pengendara agar tidak melintas saat banjir.") == []


def test_noun_with_demonstrative_then_predicate_is_a_clause():
    q = only("Ekonom Bank Permata Josua Pardede menilai kebijakan itu di luar dugaan pasar.")
    assert q.text == "kebijakan itu di luar dugaan pasar" and q.speaker == "Josua Pardede"


def test_short_clause_with_aspect_word():
    q = only("Pemilik warung, Sutini, mengaku pembelinya mulai kembali.")
    assert q.text == "pembelinya mulai kembali" and q.speaker == "Sutini"


def test_noun_phrase_object_is_still_not_a_clause():
    assert [q for q in quotes_of("Menteri Budi Santoso menyampaikan pesan itu kepada para kepala desa.")
            if q.kind == "indirect"] == []


def test_institution_word_between_office_and_name():
    text = ("Juru bicara Kemenkeu Astuti Rahayu Lestari menyebut anggaran itu sudah cair.\n"
            '"Semua daerah sudah menerima dana tahap pertama," kata Astuti.')
    assert {q.speaker for q in quotes_of(text)} == {"Astuti Rahayu Lestari"}
