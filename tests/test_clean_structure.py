"""Structural rules: list blocks, bullet widgets, labels and names, repetition, reactions, inline."""

from __future__ import annotations

from warta.clean import clean_text, explain

LEAD = "JAKARTA - Pemerintah menambah kuota pupuk bersubsidi untuk musim tanam tahun ini di seluruh Indonesia."
BODY = "Penyaluran tambahan kuota dimulai pekan depan, kata pejabat kementerian kepada wartawan."


def test_related_list_after_header_is_removed():
    items = ["- Harga Pupuk Naik Lagi", "- Petani Mengeluh Stok Kosong!", "- Kementan: Distribusi Aman"]
    raw = "\n".join([LEAD, BODY, "BERITA TERKAIT", *items])
    res = clean_text(raw)
    assert res.removed == ("BERITA TERKAIT", *items)
    assert res.text == f"{LEAD}\n{BODY}"


def test_popular_list_header_variants():
    for header in ("Terpopuler", "Berita Populer", "Terkini Lainnya", "Rekomendasi untuk anda", "Artikel Terkait:"):
        res = clean_text("\n".join([LEAD, BODY, header, "Gubernur Tinjau Lokasi Banjir"]))
        assert res.removed == (header, "Gubernur Tinjau Lokasi Banjir"), header


def test_bare_bullet_widget_list_is_removed():
    q1 = "Apa kata Presiden soal pupuk? 'Kita tambah kuotanya,' kata Presiden."
    q2 = "Siapa yang menyalurkan? Pupuk Indonesia menyalurkan ke kios resmi."
    raw = "\n".join([LEAD, BODY, "-", q1, "-", q2])
    res = clean_text(raw)
    assert res.removed == ("-", q1, "-", q2)


def test_single_bullet_item_is_kept():
    item = "Apa kata Presiden soal pupuk? Kuota akan ditambah bulan depan bagi petani."
    res = clean_text("\n".join([LEAD, "-", item, BODY]))
    assert item in res.text
    assert res.removed == ("-",)


def test_bare_label_takes_the_following_name():
    raw = "\n".join(["Judul Berita Hari Ini", "Reporter:", "Editor:", "", "Suci Sekarwati", "", LEAD, BODY])
    res = clean_text(raw)
    assert res.removed == ("Reporter:", "Editor:", "Suci Sekarwati")


def test_bare_label_takes_the_preceding_name_when_none_follows():
    raw = "\n".join(["Judul Berita Hari Ini", "Kompas.com - 04/06/2017, 07:27 WIB", "Anju Christian", "", "Penulis", "", LEAD])
    res = clean_text(raw)
    assert res.removed == ("Kompas.com - 04/06/2017, 07:27 WIB", "Anju Christian", "Penulis")
    assert res.text.startswith("Judul Berita Hari Ini\n")


def test_label_with_value():
    for line in ("Penulis: Anju Christian", "Editor : Edy Sujatmiko", "Pewarta: Siti Nurhaliza",
                 "Redaktur & Reporter : Tim Redaksi", "Rep: Fuji Eka Permana Red: Ani Nursalikah",
                 "Oleh: Budi Santoso", "Oleh Budi Santoso", "Kontributor : Mohammad Fadil", "Red: Ani Nursalikah"):
        assert clean_text("\n".join([LEAD, BODY, line])).removed == (line,), line


def test_byline_name_in_header_zone_next_to_furniture():
    raw = "\n".join(["Judul Berita Hari Ini", "", "Febriana Firdaus", "", "Summarize this article with AI", LEAD])
    assert clean_text(raw).removed == ("Febriana Firdaus", "Summarize this article with AI")


def test_repeated_lead_is_removed():
    stub = "JAKARTA - Pemerintah menambah kuota pupuk bersubsidi untuk musim tanam"
    res = clean_text("\n".join(["Judul Berita", LEAD, BODY, stub, "BERITA TERKAIT"]))
    assert stub in res.removed
    assert LEAD in res.text


def test_repeated_caption_is_removed_once():
    cap = "Petani menebar pupuk di sawah, Senin (3/4/2023)."
    res = clean_text("\n".join(["Judul Berita", cap, LEAD, cap, BODY]))
    assert res.removed == (cap,)


def test_reaction_widget():
    raw = "\n".join(["Bagaimana reaksi Anda tentang artikel ini?", "", "Senang", "", "Sedih", "", "Marah 12%", LEAD])
    res = clean_text(raw)
    assert res.removed == ("Bagaimana reaksi Anda tentang artikel ini?", "Senang", "Sedih", "Marah 12%")


def test_reaction_word_alone_is_kept():
    assert clean_text("\n".join([LEAD, "Senang", BODY])).removed == ()


def test_comment_widget():
    lines = ["Tulis komentarmu dengan tagar #JernihBerkomentar.", "Syarat & Ketentuan", "Komentar (0)",
             "Berkomentarlah secara bijaksana dan bertanggung jawab.", "Laporkan Komentar", "Belum ada komentar."]
    assert clean_text("\n".join([LEAD, BODY, *lines])).removed == tuple(lines)


def test_inline_advertisement_in_joined_paragraphs():
    raw = (
        "Liputan6.com, Jakarta - Stok beras aman. Advertisement “Kami siap,” kata dia. "
        "Harga stabil. Advertisement"
    )
    res = clean_text(raw)
    assert res.text == "Liputan6.com, Jakarta - Stok beras aman. “Kami siap,” kata dia. Harga stabil."
    assert res.removed == ("Advertisement", "Advertisement")


def test_inline_run_of_markers():
    raw = "Detik - Harga naik. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Budi menjelaskan alasannya."
    res = clean_text(raw)
    assert res.text == "Detik - Harga naik. Budi menjelaskan alasannya."
    assert res.removed == ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT")


def test_inline_marker_inside_a_sentence_is_kept():
    raw = "Perusahaan itu bergerak di bidang Advertisement dan media. Advertisement agency itu besar."
    assert clean_text(raw).removed == ()


def test_explain_names_the_rule_family():
    fams = dict(explain("\n".join([LEAD, "ADVERTISEMENT", "Baca juga: Judul Lain", "(red)", "Copyright © ANTARA 2024"])))
    assert fams == {"ADVERTISEMENT": "ad", "Baca juga: Judul Lain": "related", "(red)": "code",
                    "Copyright © ANTARA 2024": "copyright"}


def test_dated_caption_above_the_dateline_lead():
    cap = "Petugas memadamkan api di Jalan Raya Bogor, Jakarta Timur, Kamis (4/1/2024)."
    raw = "\n".join(["Kebakaran Hanguskan Lima Kios", "Kompas.com - 04/01/2024, 21:10 WIB", cap,
                     "JAKARTA, KOMPAS.com - Lima kios di Jalan Raya Bogor terbakar pada Kamis malam.", BODY])
    res = clean_text(raw)
    assert res.removed == ("Kompas.com - 04/01/2024, 21:10 WIB", cap)


def test_dated_line_without_furniture_before_it_is_kept():
    sub = "Lima kios terbakar di Jalan Raya Bogor, Jakarta Timur, Kamis (4/1/2024)."
    raw = "\n".join(["Kebakaran Hanguskan Lima Kios", sub,
                     "JAKARTA, KOMPAS.com - Lima kios di Jalan Raya Bogor terbakar pada Kamis malam.", BODY])
    assert clean_text(raw).removed == ()


def test_small_widgets():
    for line in ("Halaman: 1 2 3 Selanjutnya", "1 2 3 4 »", "#Pemilu2024 #Jokowi", "Dibaca: 1.234 kali",
                 "Bagikan artikel ini", "Sponsored Content", "3 menit baca", "2 jam lalu",
                 "Home > News > Nasional", "Beranda / Berita / Politik"):
        assert clean_text("\n".join([LEAD, BODY, line])).removed == (line,), line


def test_year_alone_is_not_pagination():
    assert clean_text("\n".join([LEAD, "2024", BODY])).removed == ()


def test_label_line_with_several_fields():
    for line in ("Penulis Anju Christian | Editor Aloysius Gonsaga", "Reporter: Ahmad Febrian | Editor: Yudho Winarto"):
        assert clean_text("\n".join([LEAD, BODY, line])).removed == (line,), line


def test_end_credit_in_parentheses():
    cap = "Ilustrasi warga berbelanja di pasar tradisional. (Shutterstock)"
    assert clean_text("\n".join([LEAD, cap, BODY])).removed == (cap,)
    signoff = "Harga beras di pasar tradisional stabil pekan ini. (Antara)"
    assert clean_text("\n".join([LEAD, signoff, BODY])).removed == ()


def test_wire_agency_editor_codes_on_their_own_line():
    for code in ("(Uu. H-RF/I015)", "(T.A032/B012)", "(Uu.H-AK/A013)"):
        assert clean_text("\n".join([LEAD, BODY, code])).removed == (code,), code
    for kept in ("(UU No. 5/2014)", "(Pasal 27 ayat 3/UU ITE)"):
        assert clean_text("\n".join([LEAD, BODY, kept])).removed == (), kept


def test_related_link_in_square_brackets():
    link = "[Baca juga: Pemerintah Tunda Kenaikan Tarif Listrik]"
    assert clean_text("\n".join([LEAD, link, BODY])).removed == (link,)


def test_outlet_self_description_footer():
    footer = (
        "Kabarkota.id adalah portal berita daerah dan gaya hidup. Kamu bisa berlangganan buletin kami "
        "dan mengikuti berita terbaru setiap hari."
    )
    assert clean_text("\n".join([LEAD, BODY, footer])).removed == (footer,)
    content = "Menurut pengamat, Kabarkota.id adalah salah satu portal berita daerah yang tumbuh pesat."
    assert clean_text("\n".join([LEAD, content, BODY])).removed == ()


def test_related_link_without_colon():
    for line in ("Baca juga Harga Cabai Rawit Naik Lagi", "BACA JUGA - Jokowi Resmikan Tol", "Lihat Juga » Harga Emas Hari Ini"):
        assert clean_text("\n".join([LEAD, line, BODY])).removed == (line,), line
    kept = "Baca juga buku panduan yang dibagikan panitia sebelum mendaftar."
    assert clean_text("\n".join([LEAD, kept, BODY])).removed == ()


def test_pictograph_bullets_before_furniture():
    for line in ("👉 Baca juga: Harga Cabai Naik", "➡️ Baca Juga: Harga Emas Turun", "📚 Baca juga: Panduan Mudik"):
        assert clean_text("\n".join([LEAD, line, BODY])).removed == (line,), line


def test_time_stamp_variants():
    for line in ("Dipublikasikan pada 5 Juli 2023", "2023-07-05T08:24:00+07:00", "Diperbarui Rabu, 05 Jul 2023 08:24 WIB",
                 "05 Juli 2023 | 08.24 WIB", "5/7/2023 8:24", "Sabtu, 1 Juli 2023 - 12:00 WIB", "Updated: 05/07/2023"):
        assert clean_text("\n".join([LEAD, BODY, line])).removed == (line,), line


def test_baca_juga_header_takes_bulleted_items():
    items = ["- Harga Cabai Naik Lagi", "- Stok Beras Aman Hingga Lebaran"]
    res = clean_text("\n".join([LEAD, "Baca juga:", *items, BODY]))
    assert res.removed == ("Baca juga:", *items)
    assert BODY in res.text
