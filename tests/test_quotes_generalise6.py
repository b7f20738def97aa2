"""Quotation rules generalised from the errors of blind batches E and F, on sentences written for
these tests (names, places and wording are not the batches')."""

from __future__ import annotations

import warta
from quotes_helpers import entity, quotes_of


def _found(text: str, entities=()) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.cue) for q in quotes_of(text, entities)]


def test_connective_without_comma_before_the_subject() -> None:
    text = "Sementara itu Menteri Keuangan Sri Wahyuni dalam sambutannya mengingatkan, bahwa utang negara masih aman."
    assert _found(text) == [("utang negara masih aman", "Sri Wahyuni", "mengingatkan")]


def test_two_offices_joined_by_dan_before_the_name() -> None:
    text = "CEO dan pendiri Tokoweb Andi Saputra mengungkapkan platform itu membuat penjualan naik dua kali lipat."
    ents = [entity(text, "Tokoweb", "ORG", 0.8), entity(text, "Andi Saputra", "PERSON", 0.8)]
    assert _found(text, ents) == [("platform itu membuat penjualan naik dua kali lipat", "Andi Saputra",
                             "mengungkapkan")]


def test_definite_sang_description_points_back_to_the_last_speaker() -> None:
    text = ("Juru bicara maskapai, Hendra Wijaya, mengatakan pesawat membawa 40 penumpang.\n\n"
            "Sang juru bicara menyebut, pesawat itu hilang kontak di atas laut.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["pesawat itu hilang kontak di atas laut"] == "Hendra Wijaya", got


def test_description_ending_in_a_demonstrative_is_resolved_before_its_own_words() -> None:
    # "Akabri" inside the description is not who "Perwira ... ini" refers to
    text = ("Kapolsek Cibinong Kompol Agus Salim mengatakan pelaku sudah ditangkap.\n\n"
            "Perwira lulusan Akabri angkatan 1998 ini menambahkan pelaku akan segera diperiksa penyidik.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["pelaku akan segera diperiksa penyidik"] == "Agus Salim", got


def test_menurut_after_a_long_fronted_clause() -> None:
    text = ("Ditanya soal kemungkinan kerja sama dengan perusahaan lain dalam waktu dekat ini, "
            "menurut Budi peluang itu masih terbuka lebar.")
    assert _found(text) == [("peluang itu masih terbuka lebar", "Budi", "menurut")]


def test_name_after_termasuk_is_no_antecedent() -> None:
    text = ("Kasat Reskrim Yudi Pratama menjelaskan 12 saksi telah diperiksa. Termasuk terlapor Andika Putra.\n\n"
            "\u201cKami belum menemukan unsur pidana,\u201d ujarnya.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Kami belum menemukan unsur pidana,"] == "Yudi Pratama", got


def test_bercerita_introduces_reported_speech() -> None:
    text = "Dia bercerita, awalnya aturan itu dibuat untuk melindungi nelayan kecil."
    # no antecedent in a one-sentence text: the speaker stays open
    assert _found(text) == [("awalnya aturan itu dibuat untuk melindungi nelayan kecil", None, "bercerita")]


def test_bracketed_read_also_line_is_boilerplate() -> None:
    art = warta.analyze("Korban sudah ditemukan polisi.\n\n(Baca: Polisi Duga Korban Kabur dari Rumah)\n\n"
                        "Menurut saksi (baca: tetangga korban), ia sehat.")
    assert art.removed == ("(Baca: Polisi Duga Korban Kabur dari Rumah)",)
    assert "(baca: tetangga korban)" in art.text


def test_abbreviated_titles_with_full_stops_before_the_name() -> None:
    text = "Menurut Ir. H. Wahyu Prasetyo, harga gula anjlok sejak bulan lalu."
    assert _found(text) == [("harga gula anjlok sejak bulan lalu", "Wahyu Prasetyo", "Menurut")]


def test_subject_after_a_subordinating_conjunction_speaks() -> None:
    text = "Tersangka itu ditahan setelah Tim Dokter Rumah Sakit Polri menyatakan dia sudah sehat secara medis."
    got = _found(text)
    assert [(t, c) for t, _, c in got] == [("dia sudah sehat secara medis", "menyatakan")]
    assert got[0][1] is not None and got[0][1].startswith("Tim Dokter"), got


def test_menurut_after_karena() -> None:
    text = "Pemain itu batal pindah karena menurut Andi Wijaya, klub belum sepakat soal harga."
    assert _found(text) == [("klub belum sepakat soal harga", "Andi Wijaya", "menurut")]


def test_menanggapi_takes_an_object_not_a_reported_clause() -> None:
    assert _found("Jawaban ini menanggapi surat tersangka yang dibuat dalam penjara pekan lalu.") == []


def test_agent_of_a_passive_speech_verb_with_oleh_is_the_next_pronoun_speaker() -> None:
    text = ("Rudi Hartono meminta agar pemerintah menunda rencana itu.\n\n"
            "Rencana itu sebelumnya disampaikan oleh Menteri Agama Hasan Basri. "
            "Namun, ia menegaskan, pungutan itu tidak bersifat wajib bagi pegawai.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["pungutan itu tidak bersifat wajib bagi pegawai"] == "Hasan Basri", got


def test_description_by_origin_points_back_and_street_names_are_no_antecedents() -> None:
    text = ("Petugas itu bertugas di Jalan Diponegoro Raya setiap hari.\n\n"
            "Salah satu anggota polisi, Bripka Sutrisno, menyamar sebagai tukang parkir di Diponegoro Raya. "
            "\u201cSaya mendapat perintah dari atasan untuk mengungkap pungli itu,\u201d ujar pria asal Purworejo.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Saya mendapat perintah dari atasan untuk mengungkap pungli itu,"] == "Sutrisno", got


def test_age_and_kin_descriptions_are_no_verbs_of_the_subject() -> None:
    text = ("Pemain muda Persija, Andika Saputra, mencetak dua gol.\n\n"
            "Pebalap berusia 19 tahun itu mengatakan baru akan mempertimbangkan tawaran tersebut tahun depan.")
    got = _found(text)
    assert [c for _, _, c in got] == ["mengatakan"]


def test_reluctance_before_the_verb_is_no_speech_even_after_a_comma() -> None:
    assert _found("Lebih dari itu, ia enggan, memastikan keputusan yang akan diambil partai.") == []


def test_naming_rule_only_for_naming_verbs() -> None:
    assert _found("Bupati itu menyebut sorgum sebagai produk unggulan daerah yang harus dikembangkan.") == []
    got = _found("Juru bicara partai Anton Wibowo membenarkan Rudi mundur sebagai bakal calon wakil gubernur.")
    assert [(t, c) for t, _, c in got] == [("Rudi mundur sebagai bakal calon wakil gubernur", "membenarkan")]


def test_subordinating_conjunction_after_a_connective() -> None:
    text = "Apalagi setelah CEO Ferrari Sergio Rossi mengatakan bahwa kesepakatan itu membuka ruang bagi pebalap muda."
    ents = [entity(text, "Ferrari", "ORG", 0.8), entity(text, "Sergio Rossi", "PERSON", 0.8)]
    assert _found(text, ents) == [("kesepakatan itu membuka ruang bagi pebalap muda", "Sergio Rossi", "mengatakan")]


def test_aku_after_a_quotation_is_short_for_mengaku() -> None:
    text = "\u201cKami sudah memenuhi target empat besar,\u201d aku Hanafi Rahman."
    assert _found(text) == [("Kami sudah memenuhi target empat besar,", "Hanafi Rahman", "aku")]
    assert [sp for _, sp, _ in _found("\u201cAku sudah lelah,\u201d aku dia.")] != ["dia"]


def test_named_apposition_after_an_entity_in_the_role_is_the_speaker() -> None:
    text = "\u201cKami tetap bermain ngotot,\u201d kata Asisten Manajer Popsivo, Ernita Pongki."
    ents = [entity(text, "Popsivo", "PERSON", 0.8)]
    assert _found(text, ents) == [("Kami tetap bermain ngotot,", "Ernita Pongki", "kata")]


def test_short_form_that_ends_a_fuller_name() -> None:
    text = ("Asisten manajer tim, Ernita Pongki, hadir di Jakarta.\n\n"
            "Menurut Nita, demikian dia kerap disapa, timnya tidak mau meremehkan lawan.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["timnya tidak mau meremehkan lawan"] == "Ernita Pongki", got


def test_verb_after_selain_is_not_the_cue_and_the_later_one_is() -> None:
    text = "Selain menyebut seluruh tersangka, KPK juga menyebut satu orang berinisial FA tengah disidik."
    got = _found(text)
    assert [(sp, c) for _, sp, c in got] == [("KPK", "menyebut")]


def test_place_lists_and_regency_names_are_no_antecedents() -> None:
    text = ("Kepala Dinas Pariwisata Marius Jelamu mengatakan lomba itu diikuti 13 tim.\n\n"
            "Pembukaan digelar di Lewoleba, Kabupaten Lembata. Peserta lalu melintasi "
            "Maumere-Ende-Nagekeo-Ruteng.\n\n"
            "\u201cAda enam etape yang harus ditempuh,\u201d katanya.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Ada enam etape yang harus ditempuh,"] == "Marius Jelamu", got


def test_nominalised_clitic_subject_with_a_predicate_is_a_clause() -> None:
    text = "Pemain itu menyatakan kepindahannya ke Tiongkok bukan karena faktor uang."
    assert [c for _, _, c in _found(text)] == ["menyatakan"]
    assert _found("Dia menekankan pentingnya menjaga persatuan bangsa.") == []


def test_office_with_untuk_and_a_country_before_the_name() -> None:
    text = "Duta Besar Indonesia untuk Arab Saudi Agus Maftuh mengatakan dua jemaah dilaporkan hilang di Mekah."
    assert [(sp, c) for _, sp, c in _found(text)] == [("Agus Maftuh", "mengatakan")]


def test_nickname_in_brackets_resolves_to_the_full_name() -> None:
    text = ("Polisi menetapkan Gubernur Basuki Tjahaja Purnama (Ahok) sebagai tersangka.\n\n"
            "\u201cSaya lebih suka praperadilan,\u201d kata Ahok.")
    ents = [entity(text, "Basuki Tjahaja Purnama", "PERSON"), entity(text, "Ahok", "PERSON")]
    from warta.model import Entity
    ahok = text.rindex("Ahok")
    ents.append(Entity("Ahok", "PERSON", ahok, ahok + 4, "Basuki Tjahaja Purnama", None, 0.9))
    got = dict((t, sp) for t, sp, _ in _found(text, ents))
    assert got["Saya lebih suka praperadilan,"] == "Basuki Tjahaja Purnama", got


def test_melaporkan_a_person_is_a_complaint_and_prepositions_are_no_verbs() -> None:
    assert _found("Presidium PMKRI melaporkan Habib Rizieq dengan pasal penistaan agama ke polisi.") == []
    assert _found("Kapolsek Gatot membenarkan informasi dari saksi mata terkait penyebab kebakaran itu.") == []
    assert [c for _, _, c in _found("Polisi melaporkan bahwa dua orang tewas dalam kecelakaan itu.")] == ["melaporkan"]


def test_fronted_passive_with_a_clitic_agent() -> None:
    text = "Budi Santoso mengaku ikhlas. Dijelaskannya, status kasus ini sudah naik ke penyidikan sejak pekan lalu."
    got = [(t, sp, c) for t, sp, c in _found(text) if c == "Dijelaskannya"]
    assert got == [("status kasus ini sudah naik ke penyidikan sejak pekan lalu", "Budi Santoso", "Dijelaskannya")]


def test_nickname_written_before_sapaan_akrab() -> None:
    text = ("Kombes Pol Syafi'in mengembalikan formulir. Gus Syaf sapaan akrab Syafi'in mengambil formulir pekan lalu.\n\n"
            "\u201cSaya menawarkan sembilan program unggulan,\u201d kata Gus Syaf.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Saya menawarkan sembilan program unggulan,"] == "Syafi'in", got


def test_description_with_dan_between_two_clubs_points_back() -> None:
    text = ("Kaka memastikan akan pergi. Pemain itu menolak berkomentar soal pensiun.\n\n"
            "\u201cKontrak saya berakhir di ujung tahun ini,\u201d ungkap eks bintang AC Milan dan Real Madrid tersebut.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Kontrak saya berakhir di ujung tahun ini,"] != "Milan", got


def test_name_after_an_office_set_off_by_commas_after_menurut() -> None:
    text = "Menurut Menteri Riset dan Teknologi, Bambang Sutrisno, empat kampus dilibatkan dalam proyek itu."
    assert _found(text) == [("empat kampus dilibatkan dalam proyek itu", "Bambang Sutrisno", "Menurut")]


def test_rank_led_name_then_office_as_subject_and_role_lookup() -> None:
    text = ("AKP Rudi Hartono, Kapolsek Cibitung, mengatakan pelaku ditangkap oleh sejumlah pedagang pasar.\n\n"
            "Barang bukti disita. \u201cPelaku kami titipkan di rutan,\u201d kata Kapolsek.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["pelaku ditangkap oleh sejumlah pedagang pasar"] == "Rudi Hartono", got
    assert got["Pelaku kami titipkan di rutan,"] == "Rudi Hartono", got


def test_lebih_lanjut_before_the_pronoun_subject() -> None:
    text = ("Zulkifli Mochtar menilai kredit itu penting.\n\n"
            "Lebih lanjut dia mengatakan, kredit itu bisa dipakai untuk membeli alat tangkap yang baru.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["kredit itu bisa dipakai untuk membeli alat tangkap yang baru"] == "Zulkifli Mochtar", got


def test_short_cue_with_a_pronoun_after_a_conjunction() -> None:
    text = ("Menteri Pertanian Hasan Basri meninjau pasar itu.\n\n"
            "Namun, katanya beberapa negara belum dapat menerima daging ayam beku dari Indonesia.\n\n"
            "Dan kata dia, unit usaha itu telah memperoleh sertifikat halal dari pemerintah.")
    got = {(t, sp, c) for t, sp, c in _found(text)}
    assert ("beberapa negara belum dapat menerima daging ayam beku dari Indonesia", "Hasan Basri", "katanya") in got
    assert ("unit usaha itu telah memperoleh sertifikat halal dari pemerintah", "Hasan Basri", "kata dia") in got


def test_collective_with_sekelompok_and_a_recent_time_adverbial() -> None:
    text = "Sekelompok warga sipil Thailand baru-baru ini menyatakan mereka menemukan ribuan ranjau darat."
    assert _found(text) == [("mereka menemukan ribuan ranjau darat", "Sekelompok warga sipil Thailand",
                             "menyatakan")]


def test_abbreviated_office_resolves_to_the_holder_named_with_the_full_office() -> None:
    text = ("Menteri Dalam Negeri Hadi Santoso mengapresiasi kerja polisi.\n\n"
            "\u201cJangan berhenti, harus diusut motivasinya,\u201d kata Mendagri usai acara itu.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Jangan berhenti, harus diusut motivasinya,"] == "Hadi Santoso", got


def test_lower_case_office_after_a_quotation_resolves_to_its_holder() -> None:
    text = ("Walikota Jakarta Utara Husni Mubarak hadir dalam acara itu.\n\n"
            "\u201cKorporasi ikut bertanggung jawab membantu pendidikan warga,\u201d ujar walikota.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["Korporasi ikut bertanggung jawab membantu pendidikan warga,"] == "Husni Mubarak", got


def test_long_relative_clause_and_enumerated_office_before_the_verb() -> None:
    text = ("Walikota Jakarta Utara Husni Mubarak yang hadir dalam pemberian dana CSR bagi warga Kalibaru "
            "mengatakan masalah pendidikan tidak hanya dibebankan kepada pemerintah.")
    assert [(sp, c) for _, sp, c in _found(text)] == [("Husni Mubarak", "mengatakan")]
    text = ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wirawan mengatakan, keterlibatan TNI "
            "perlu dipertegas dalam undang-undang.")
    assert [(sp, c) for _, sp, c in _found(text)] == [("Wirawan", "mengatakan")]


def test_noun_subject_with_a_late_predicate_is_a_reported_clause() -> None:
    text = "Eko Santoso mengatakan permintaan dari pihak media center pasangan itu tidak ditanggapi stasiun TV."
    assert [c for _, _, c in _found(text)] == ["mengatakan"]


def test_long_description_with_a_relative_clause_points_back() -> None:
    text = ("Kombes Pol Syamsul Arifin mengembalikan formulir pencalonan.\n\n"
            "Lebih jauh, perwira polisi yang pernah bertugas di bagian intelijen Sekretaris Militer Presiden ini "
            "mengatakan, sembilan program unggulannya berbasis teknologi.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["sembilan program unggulannya berbasis teknologi"] == "Syamsul Arifin", got


def test_pronoun_with_pun_and_a_truncated_name() -> None:
    text = ("Ketua umum partai, Megawati Sukarno, menyesalkan maraknya berita bohong.\n\n"
            "Iapun mengakui keberadaan berita bohong di negeri ini semakin merajalela.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["keberadaan berita bohong di negeri ini semakin merajalela"] == "Megawati Sukarno", got
    text = ("Kepala dinas itu, Zulkarnain, memastikan dana sudah cair. \u201cKami cek dulu,\u201d kata Zulkarnain.\n\n"
            "Zulkarnai menjelaskan, pihaknya tidak akan sembarangan memperbaiki rumah warga.")
    got = dict((t, sp) for t, sp, _ in _found(text))
    assert got["pihaknya tidak akan sembarangan memperbaiki rumah warga"] == "Zulkarnain", got


def test_yakin_with_a_clause_is_a_belief_not_reported_speech() -> None:
    # session 10: over the 104 gold folders, 5 gold quotes have the cue "yakin" and 17 of Warta's
    # "yakin" quotations were not gold (most batches leave the adjective out): a silent cue
    # (quote_silent_cues.txt) that names the next speaker but reports no quotation
    text = "Presiden Joko Santoso yakin pilkada itu dapat menghasilkan pemimpin terbaik bagi daerahnya."
    assert _found(text) == []
    quotes = warta.analyze(text + ' "Kami siap," ujarnya.').quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Kami siap,", "Joko Santoso")]
    text = "Presiden Joko Santoso meyakini pilkada itu dapat menghasilkan pemimpin terbaik bagi daerahnya."
    assert [(sp, c) for _, sp, c in _found(text)] == [("Joko Santoso", "meyakini")]
