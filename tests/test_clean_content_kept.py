"""Lines that carry content are kept, even where they resemble page furniture."""

from __future__ import annotations

import pytest

from warta.clean import clean_text

TITLE = "Pemerintah Tambah Kuota Pupuk Bersubsidi"
LEAD = "JAKARTA, KOMPAS.com - Pemerintah menambah kuota pupuk bersubsidi untuk musim tanam tahun ini."
LAST = "Penyaluran tambahan kuota dimulai pekan depan di seluruh provinsi."

KEEP = [
    # datelines and short lead paragraphs
    "JAKARTA, KOMPAS.com - Harga cabai naik.",
    "Jakarta (ANTARA) - Hujan deras mengguyur ibu kota sejak pagi.",
    "TRIBUNNEWS.COM, SURABAYA - Polisi menutup jalan.",
    "Liputan6.com, Jakarta - Stok beras aman.",
    "Merdeka.com - Presiden bertemu para gubernur.",
    "REPUBLIKA.CO.ID, JAKARTA -- Jamaah memadati masjid.",
    "Jakarta: Harga bawang merah naik.",
    # quotes
    "“Baca juga aturan yang berlaku sebelum mengajukan izin,” kata Kepala Dinas.",
    "\"Simak baik-baik instruksi petugas,\" ujarnya.",
    "‘’Kami sudah bekerja keras,’’ ujar pihak Kemlu.",
    "\"Editor: itu tugas saya,\" kata dia sambil tertawa.",
    # sentences that open with words used by furniture
    "Editor senior majalah itu, Budi Santoso, ikut hadir dalam pertemuan.",
    "Sumber itu mengatakan rapat berlangsung hingga larut malam.",
    "Foto itu kemudian viral di media sosial dan dibagikan ribuan kali.",
    "Video tersebut memperlihatkan kerumunan di depan gedung.",
    "Oleh karena itu, pemerintah menunda kebijakan tersebut.",
    "Penulis buku itu, Andrea Hirata, hadir dalam peluncuran.",
    "Reporter televisi lokal melaporkan situasi sudah kondusif.",
    "Dilarang merokok di area SPBU, kata petugas kepada warga.",
    "Lihat saja hasilnya nanti, katanya.",
    "Senin, 12 Juni 2023 menjadi hari bersejarah bagi warga desa itu.",
    "Ikuti aturan lalu lintas, kata polisi kepada pengendara.",
    "Pelatih: Joko Susilo",
    "Babak kedua",
    "1. Toyota Avanza 23.000 unit",
    "- 0,5 gram: Rp 625.000",
    "Berikut daftar lengkapnya:",
    "Survei Reuters/Ipsos menunjukkan dukungan publik turun.",
    "Data BPS/Kementan menunjukkan produksi naik.",
    "Apa gunanya? “Kalau paspor hilang, kami bisa bantu,” kata juru bicara.",
    "Komisi Pemberantasan Korupsi (KPK) menetapkan tiga tersangka.",
    "Red Bull Racing",
    "Hak cipta lagu itu kini dipegang oleh label rekaman.",
    "Gambar itu dibuat dengan AI, kata polisi.",
    "Perusahaan itu melakukan web scraping terhadap data pengguna.",
    "Bagaimana reaksi pemerintah terhadap kritik itu?",
    "Bagaimana tanggapan Anda soal kenaikan harga BBM? “Berat,” jawab Siti.",
    "Ikuti jejak ayahnya, ia kini aktif di media sosial.",
    "Sebagian besar negara menganggap permukiman itu ilegal. (Antara / Reuters)",
    "Dukungan publik turun, menurut survei Reuters/Ipsos.",
    "Dalam konferensi pers, pejabat itu menyebut surat bernomor 059/TUA/IV/2017 sudah dikirim.",
    "Sumber Daya Alam",
    "Video Viral",
    "Persija vs Persib - Sabtu, 12 Juni 2024, 19:00 WIB",
]


@pytest.mark.parametrize("line", KEEP)
def test_content_line_is_kept(line: str):
    raw = "\n".join([TITLE, "", LEAD, line, LAST])
    res = clean_text(raw)
    assert res.removed == ()
    assert res.text == raw


def test_headline_after_a_kicker_is_kept():
    raw = "\n".join(["Nasional", "Jokowi Lantik Kapolri Baru", "Selasa, 12 Juni 2012 – 21:21 WIB", LEAD, LAST])
    res = clean_text(raw)
    assert "Jokowi Lantik Kapolri Baru" in res.text.split("\n")
    assert res.removed == ("Selasa, 12 Juni 2012 – 21:21 WIB",)


def test_content_list_with_bare_bullets_is_kept():
    intro = "Berikut syarat pendaftarannya:"
    items = ["•", "Fotokopi KTP yang masih berlaku", "•", "Pas foto berwarna ukuran 3x4"]
    res = clean_text("\n".join([LEAD, intro, *items]))
    assert res.removed == ("•", "•")
    assert all(x in res.text for x in items if x != "•")


def test_content_list_after_a_removed_prompt_with_colon_is_kept():
    items = ["-", "Fotokopi KTP yang masih berlaku", "-", "Pas foto berwarna ukuran 3x4"]
    res = clean_text("\n".join([LEAD, "Simak syarat lengkapnya:", *items]))
    assert "Fotokopi KTP yang masih berlaku" in res.text


def test_bare_bullet_list_followed_by_prose_is_kept():
    items = ["-", "Fotokopi KTP yang masih berlaku", "-", "Pas foto berwarna ukuran 3x4"]
    res = clean_text("\n".join([LEAD, *items, LAST + " Pendaftaran ditutup akhir bulan ini."]))
    assert "Fotokopi KTP yang masih berlaku" in res.text


def test_headline_is_kept_next_to_furniture():
    raw = "\n".join(["Jokowi Lantik Kapolri Baru", "Selasa, 12 Juni 2012 – 21:21 WIB", LEAD, LAST])
    res = clean_text(raw)
    assert res.text.split("\n")[0] == "Jokowi Lantik Kapolri Baru"
    assert res.removed == ("Selasa, 12 Juni 2012 – 21:21 WIB",)


def test_repeated_title_is_kept():
    raw = "\n".join([TITLE, "Ayu Lestari", "Ringkasan ini dibuat oleh AI.", TITLE, LEAD, LAST])
    res = clean_text(raw)
    assert res.text.count(TITLE) == 2
    assert TITLE not in res.removed


def test_paragraph_after_bare_baca_juga_is_kept():
    # The scraper dropped the linked headline: the next line is a paragraph (ends with a stop).
    para = "Setelah itu, giliran dua pemain tunggal putra melaju ke perempat final."
    raw = "\n".join([LEAD, "Baca juga:", "", para, LAST])
    res = clean_text(raw)
    assert res.removed == ("Baca juga:",)
    assert para in res.text


def test_list_block_stops_at_prose():
    raw = "\n".join(
        ["Berita Terkait", "Harga Cabai Turun Lagi", LEAD, "Stok beras di gudang Bulog cukup.", LAST]
    )
    res = clean_text(raw)
    assert res.removed == ("Berita Terkait", "Harga Cabai Turun Lagi")
    assert LEAD in res.text


def test_inline_editor_code_at_paragraph_end_is_kept():
    line = "Bantuan berupa makanan siap saji dan selimut.(zul/jpnn)"
    assert clean_text("\n".join([LEAD, line])).removed == ()


def test_duplicated_paragraph_keeps_its_first_copy():
    para = "Warga diminta tetap waspada terhadap banjir susulan."
    res = clean_text("\n".join([TITLE, LEAD, para, LAST, para]))
    assert res.removed == (para,)
    assert res.text.count(para) == 1


def test_clean_related_link_glued_to_a_paragraph_is_kept():
    from warta.clean import clean_text

    glued = (
        "Baca Juga : Cinderella : Dongeng Klasik yang Masih Sama Strategi Disney untuk menyedot "
        "penonton cukup unik dan berhasil ."
    )
    headline = "Baca juga: Harga Cabai Rawit Merah Naik, Pedagang Kurangi Stok Jualan"
    res = clean_text(f"Isi berita pertama.\n{glued}\n{headline}\nIsi berita kedua.")
    assert glued in res.text.splitlines()
    assert res.removed == (headline,)
