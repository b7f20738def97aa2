"""Reported speech patterns from blind batches AG-AJ (session 7), on new sentences."""

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(q.kind, q.speaker, q.cue, q.text) for q in warta.analyze(text).quotes]


def test_second_speech_verb_after_dan_reports_the_clause() -> None:
    found = _quotes("Menteri Perdagangan Rina Kusuma menerima para pengusaha. Dalam pertemuan itu, Rina "
                    "menyampaikan apresiasinya dan memastikan akan menurunkan bea masuk bahan baku.")
    assert ("indirect", "Rina Kusuma", "memastikan", "akan menurunkan bea masuk bahan baku") in found


def test_cleft_subject_before_coordinated_speech_verb() -> None:
    found = _quotes("Pelatih Persib Robert Alberts hadir. Pasalnya, Robert sendiri yang menepis kabar itu dan "
                    "menyatakan kalau timnya tidak akan membeli penyerang baru.")
    assert any(k == "indirect" and sp == "Robert Alberts" and cue == "menyatakan"
               and t.startswith("timnya tidak akan membeli") for k, sp, cue, t in found)


def test_later_denial_after_a_closed_noun_phrase() -> None:
    found = _quotes("Namun Hendra Wijaya sering membantah tuduhan itu, bahkan dalam persidangan pekan lalu, "
                    "Hendra membantah pernah bertemu dengan pengusaha tersebut.")
    assert any(k == "indirect" and sp == "Hendra Wijaya" and t == "pernah bertemu dengan pengusaha tersebut"
               for k, sp, _, t in found)


def test_name_with_a_long_relative_clause_is_the_speaker() -> None:
    found = _quotes("Peneliti Maria Fernandez-Lopez hadir. Fernandez-Lopez yang memimpin Program Kesehatan "
                    "Masyarakat Amerika Latin, sebuah proyek untuk menguji obat baru di sepuluh negara, "
                    "mengatakan obat itu tidak menyembuhkan penyakit, namun bisa mengurangi gejalanya.")
    assert any(k == "indirect" and sp and "Fernandez-Lopez" in sp and cue == "mengatakan"
               and t.startswith("obat itu tidak menyembuhkan") for k, sp, cue, t in found)


def test_plain_saying_verb_with_a_long_subject_noun_phrase() -> None:
    found = _quotes("Menteri Pekerjaan Umum Basuki Hadimuljono mengatakan progres pembangunan jalan tol "
                    "lintas selatan atau Trans Selatan (JTS) Cilacap-Yogyakarta baru mencapai 30 persen.")
    assert any(k == "indirect" and sp == "Basuki Hadimuljono" and t.startswith("progres pembangunan")
               and t.endswith("30 persen") for k, sp, _, t in found)


def test_person_after_a_description_without_comma_is_the_speaker() -> None:
    found = _quotes("Perunding senior dari pihak oposisi Carlos Mendoza mengatakan meskipun pemerintah "
                    "menolak usulan itu, perundingan akan tetap dilanjutkan.")
    assert any(k == "indirect" and sp == "Carlos Mendoza" and t.startswith("meskipun pemerintah")
               for k, sp, _, t in found)


def test_object_list_with_commas_before_bahwa() -> None:
    found = _quotes("Menteri Luar Negeri Retno Marsudi telah mengatakan kepada Malaysia, Singapura, Thailand "
                    "serta Filipina bahwa Indonesia siap menjadi tuan rumah pertemuan.")
    assert ("indirect", "Retno Marsudi", "mengatakan", "Indonesia siap menjadi tuan rumah pertemuan") in found


def test_noun_phrase_object_then_no_later_verb_is_not_quoted() -> None:
    assert _quotes("Direktur Utama PT Maju Jaya, Anton Susilo, menyampaikan keprihatinannya, kemarin.") == []


def test_abbreviated_republik_does_not_end_the_sentence() -> None:
    r = warta.analyze("Pebalap itu yakin bahwa GP Rep. Ceko akan menentukan gelar juara musim ini.")
    assert len(r.sentences) == 1


def test_sentence_initial_described_person_with_relative_clause_points_back() -> None:
    found = _quotes("Pebalap Marc Marquez finis kedua di Jerez. Pria yang dua tahun lalu menjadi juara dunia itu "
                    "pun puas. Pria yang tahun lalu menang di Austin mengatakan, \"Ban depan saya aus sejak awal.\"")
    assert ("direct", "Marc Marquez", "mengatakan", "Ban depan saya aus sejak awal.") in found


def test_stacked_titles_and_degrees_around_a_name_after_menurut() -> None:
    found = _quotes("Menurut Dr. dr. Lestari Wulandari, SpPD(K)., sejauh ini belum ada bukti bahwa suplemen "
                    "itu berbahaya.")
    assert any(k == "indirect" and sp == "Lestari Wulandari" and t.startswith("sejauh ini belum ada bukti")
               for k, sp, _, t in found)


def test_pronoun_after_fronted_adverbials_is_the_subject() -> None:
    found = _quotes("Penyanyi Rina Nose tampil di Bandung. Pasalnya baru-baru ini ia mengaku tak sanggup "
                    "menahan haru melihat antusiasme penggemarnya.")
    assert any(k == "indirect" and sp == "Rina Nose" and t.startswith("tak sanggup menahan haru")
               for k, sp, _, t in found)


def test_copula_far_after_the_verb_makes_a_clause() -> None:
    found = _quotes("Sebab Dedi Mulyadi pernah menyebut unggahan video tentang kerusuhan di kantor wali kota "
                    "pada malam tahun baru adalah rekayasa.")
    assert any(k == "indirect" and sp == "Dedi Mulyadi" and t.endswith("adalah rekayasa") for k, sp, _, t in found)


def test_relative_copula_inside_an_object_is_not_a_clause() -> None:
    found = _quotes("Dalam pidatonya Presiden Joko Widodo mengingatkan tentang Indonesia yang merupakan "
                    "negara kepulauan.")
    assert not any(cue == "mengingatkan" for _, _, cue, _ in found)


def test_unnamed_news_source_is_no_speaker() -> None:
    assert _quotes("Kabar terbaru menyebut klub itu tengah memburu bek tengah asal Belanda.") == []


def test_media_passive_with_outlet_and_source_aside() -> None:
    found = _quotes("Aktris Rini Wulandari jarang tampil. Dilaporkan Harian Metro, seperti dikutip Kantor Berita "
                    "Antara, aktris itu sedang menjalani perawatan di Singapura.")
    assert ("indirect", "Harian Metro", "Dilaporkan",
            "aktris itu sedang menjalani perawatan di Singapura") in found


def test_source_noun_agenda_is_no_speaker_and_no_antecedent() -> None:
    found = _quotes("Ketua DPR Bambang Soesatyo hadir di istana. Menurut agenda, Bambang akan dipanggil sebagai "
                    "saksi pekan depan. Kepada wartawan, dia mengatakan masih menunggu surat panggilan.")
    assert not any(sp == "agenda" for _, sp, _, _ in found)
    assert any(cue == "mengatakan" and sp == "Bambang Soesatyo" for _, sp, cue, _ in found)


def test_ticket_glued_by_hyphen_is_two_people() -> None:
    found = _quotes("Pasangan Gus Yusuf-Mas Adi didukung tiga partai. \"Kami siap bekerja,\" ujar Gus Yusuf.")
    assert ("direct", "Yusuf", "ujar", "Kami siap bekerja,") in found


def test_branch_word_inside_an_office_before_a_name() -> None:
    found = _quotes("\"Jalur darurat dibuka sejak pagi,\" kata Humas PT Angkasa Pura cabang Bandara Juanda, "
                    "Rudi Hartanto, di Surabaya, Selasa.")
    assert ("direct", "Rudi Hartanto", "kata", "Jalur darurat dibuka sejak pagi,") in found


def test_subject_before_an_earlier_verb_when_dengan_mengatakan_opens_the_quote() -> None:
    found = _quotes("Pelatih Persija, Stefano Cugurra, menyampaikan kekecewaannya dengan mengatakan "
                    "\"Kami hanya kuat di atas kertas\", setelah kalah 0-3.")
    assert any(k == "direct" and sp == "Stefano Cugurra" for k, sp, _, _ in found)


def test_office_yang_juga_office_then_name_after_the_cue() -> None:
    found = _quotes("\"Semua venue sudah siap,\" kata Ketua Panitia Festival Danau Toba yang juga Bupati Samosir "
                    "Rapidin Simbolon.")
    assert ("direct", "Rapidin Simbolon", "kata", "Semua venue sudah siap,") in found


def test_admission_with_a_two_word_bare_predicate() -> None:
    found = _quotes("Tersangka Helmi Yahya mengaku mengalami halusinasi.")
    assert ("indirect", "Helmi Yahya", "mengaku", "mengalami halusinasi") in found


def test_prefix_short_form_of_a_name_is_the_same_person() -> None:
    found = _quotes("Pejabat Kemendagri, Syamsuddin, hadir. Syams menuturkan besaran dana itu terlalu besar "
                    "bagi daerah.")
    assert ("indirect", "Syamsuddin", "menuturkan", "besaran dana itu terlalu besar bagi daerah") in found


def test_office_and_place_glued_to_the_name_after_it() -> None:
    found = _quotes("Calon Wakil Gubernur DKI Sandiaga Uno mengisi masa tenang kampanye Pilgub DKI. "
                    "\"Pengusaha muda harus berani gagal,\" ujar Sandi.")
    assert ("direct", "Sandiaga Uno", "ujar", "Pengusaha muda harus berani gagal,") in found


def test_office_with_demonstrative_points_back_to_the_person() -> None:
    found = _quotes("Mantan menteri Ignasius Jonan datang ke Semarang. Mantan Menteri Energi dan Sumber Daya "
                    "Mineral itu mengaku belum memikirkan calon pendampingnya.")
    assert ("indirect", "Ignasius Jonan", "mengaku", "belum memikirkan calon pendampingnya") in found


def test_name_after_a_long_office_with_dan_before_the_verb() -> None:
    found = _quotes("Kepala Pusdatin dan Humas Badan Penanggulangan Bencana (BPB) Sutrisno Wibowo mengatakan "
                    "banjir di Bekasi tidak menelan korban jiwa.")
    assert any(k == "indirect" and sp == "Sutrisno Wibowo" for k, sp, _, _ in found)


def test_demonstrative_subject_with_a_purpose_predicate() -> None:
    found = _quotes("Kepala Satpol PP, Rudi Hartono, mengatakan razia ini untuk menegakkan peraturan daerah.")
    assert ("indirect", "Rudi Hartono", "mengatakan", "razia ini untuk menegakkan peraturan daerah") in found


def test_second_speech_verb_inside_the_clause_opens_a_second_quote() -> None:
    found = _quotes("Pelatih Persib Mario Gomez menekankan bahwa timnya tidak bergantung pada satu pemain dan "
                    "menegaskan masih punya banyak pilihan di lini depan.")
    assert ("indirect", "Mario Gomez", "menekankan", "timnya tidak bergantung pada satu pemain") in found
    assert ("indirect", "Mario Gomez", "menegaskan", "masih punya banyak pilihan di lini depan") in found


def test_one_word_feeling_before_a_coordinated_speech_verb_is_dropped() -> None:
    found = _quotes("Penyerang Egy Maulana hadir. Ia mengaku senang dan mengatakan Polandia adalah pilihan "
                    "tepat untuknya.")
    assert found == [("indirect", "Egy Maulana", "mengatakan", "Polandia adalah pilihan tepat untuknya")]


def test_hope_coordinated_inside_the_clause_stays_in_it() -> None:
    found = _quotes("Pebulu tangkis Kevin Sanjaya menambahkan mereka akan berusaha tampil lebih baik lagi dan "
                    "berharap tahun depan juara lagi.")
    assert any(t.endswith("berharap tahun depan juara lagi") for _, _, _, t in found)


def test_long_bracketed_aside_inside_an_office_after_the_cue() -> None:
    found = _quotes("\"Kami siap,\" kata Juru Bicara Forum Relawan Nusantara (Rudi Hartono untuk Jawa Barat), "
                    "Aminudin Saleh saat deklarasi di Garut.")
    assert ("direct", "Aminudin Saleh", "kata", "Kami siap,") in found


def test_pronoun_subject_opens_a_reported_clause() -> None:
    found = _quotes("Penyanyi Ayu Lestari hadir di Bandung. Ayu mengatakan ia senang dapat menghibur masyarakat.")
    assert ("indirect", "Ayu Lestari", "mengatakan", "ia senang dapat menghibur masyarakat") in found


def test_invisible_direction_marks_do_not_hide_a_cue() -> None:
    found = _quotes("Kapolsek Budi Santoso hadir.\n\n\u200eDia mengatakan, sampai Jumat situasi aman dan terkendali.")
    assert ("indirect", "Budi Santoso", "mengatakan", "sampai Jumat situasi aman dan terkendali") in found


def test_position_and_nationality_after_the_cue_point_back() -> None:
    found = _quotes("Thiago Alcantara hadir di Munich. \"Ini laga penting,\" ujar sang gelandang Spanyol kepada "
                    "wartawan. \"Kami siap,\" ujar pria Spanyol yang sebelumnya membela Barcelona itu.")
    assert ("direct", "Thiago Alcantara", "ujar", "Ini laga penting,") in found
    assert not any(sp == "Spanyol" for _, sp, _, _ in found)


def test_description_with_a_birth_date_aside_closed_by_a_demonstrative() -> None:
    found = _quotes("Menteri Keuangan Sri Mulyani Indrawati hadir. Perempuan kelahiran Bandar Lampung, 26 Agustus "
                    "1962, itu mengatakan mereka yang tidak membayar pajak akan dikejar petugas.")
    assert ("indirect", "Sri Mulyani Indrawati", "mengatakan",
            "mereka yang tidak membayar pajak akan dikejar petugas") in found
