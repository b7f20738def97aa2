"""Indirect quotations behind a fronted clause (``Meski enggan menyebut angka, X mengatakan …``), after
a subject particle and a prepositional phrase (``X sendiri dalam wawancara dengan … mengakui …``), and
with a possessed noun as the reported clause's subject (``mengakui timnya melakukan …``)."""

from quote_helpers import quotes_of_kind


def test_speech_verb_inside_a_fronted_clause_defers_to_the_main_clause() -> None:
    text = ("Rudi Hartono memimpin rapat itu. Meski enggan menyebut nilai kontrak, Rudi Hartono mengatakan "
            "perusahaan siap membangun pabrik baru di Karawang.")
    assert quotes_of_kind(text, "indirect") == [("Rudi Hartono", "perusahaan siap membangun pabrik baru di Karawang")]


def test_tanpa_opens_a_fronted_clause() -> None:
    text = ("Sinta Dewi hadir di Bandung. Tanpa merinci jumlahnya, Sinta Dewi mengakui jika investor asing "
            "sudah menyatakan minat.")
    assert quotes_of_kind(text, "indirect") == [("Sinta Dewi", "investor asing sudah menyatakan minat")]


def test_fronted_clause_with_its_own_subject_still_reports() -> None:
    text = "Ketika dokter mengatakan pasien itu sudah sembuh, keluarganya langsung berkumpul di rumah."
    assert [sp for sp, _ in quotes_of_kind(text, "indirect")] == ["dokter"]


def test_subject_particle_before_an_interview_phrase() -> None:
    text = ("Penyanyi Lorde merilis album baru. Lorde sendiri dalam wawancara dengan majalah Rolling Stone "
            "pada 2017 mengakui bahwa lagu itu tentang patah hati.")
    assert quotes_of_kind(text, "indirect") == [("Lorde", "lagu itu tentang patah hati")]


def test_predicate_after_an_adverb_is_no_subject_tail() -> None:
    text = "Petugas masih dalam proses penyelidikan mengungkap penyebab kebakaran itu."
    assert quotes_of_kind(text, "indirect") == []


def test_possessed_noun_then_verb_is_a_reported_clause() -> None:
    text = "Direktur keuangan klub itu, Joko Susilo, mengakui perusahaannya menunggak gaji pemain selama dua bulan."
    assert quotes_of_kind(text, "indirect") == [("Joko Susilo", "perusahaannya menunggak gaji pemain selama dua bulan")]


def test_possessed_feeling_then_verb_is_no_reported_clause() -> None:
    text = "Sutradara Hanung Bramantyo mengungkapkan ketertarikannya menggarap film sejarah."
    assert quotes_of_kind(text, "indirect") == []


def test_bilang_and_berpandangan_report() -> None:
    text = ("Perusahaan aplikasi Gojek bilang bahwa layanan baru itu tersedia di lima kota. "
            "Ekonom Faisal Basri berpandangan, kenaikan harga bahan bakar akan menekan daya beli.")
    assert [sp for sp, _ in quotes_of_kind(text, "indirect")] == ["Gojek", "Faisal Basri"]


def test_meyakinkan_reports_with_its_object_and_bahwa() -> None:
    text = "Kepala dinas Budi Santoso meyakinkan para peternak bahwa vaksin itu aman digunakan."
    assert quotes_of_kind(text, "indirect") == [("Budi Santoso", "vaksin itu aman digunakan")]


def test_persuading_and_rhetorical_questions_report_nothing() -> None:
    text = ("Pelatih Budi Santoso sukses meyakinkan manajemen klub bahwa ia layak dipertahankan. "
            "Siapa bilang atlet selalu disiplin menjaga pola makan?")
    assert quotes_of_kind(text, "indirect") == []


def test_clause_after_a_named_addressee_without_bahwa() -> None:
    text = ("Polisi menutup jalan itu. Sementara itu, seorang saksi mata mengatakan kepada kantor berita AFP "
            "pelaku tersebut melepaskan tembakan secara acak.")
    assert quotes_of_kind(text, "indirect") == [("seorang saksi mata", "pelaku tersebut melepaskan tembakan secara acak")]
