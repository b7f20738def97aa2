"""Speaker resolution patterns from blind batches Q-X (session 6), on new sentences."""

import warta


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in warta.analyze(text).quotes]


def test_pihaknya_stands_for_the_last_speaker() -> None:
    found = _speakers("Direktur IMF Kristalina Georgieva bertemu Presiden di Jakarta. \"Kami senang,\" "
                      "katanya. Pihaknya menyatakan siap membantu program pembangunan desa.")
    assert found == [("direct", "Kristalina Georgieva"), ("indirect", "Kristalina Georgieva")]


def test_a_feast_is_never_the_antecedent_of_a_pronoun() -> None:
    found = _speakers("Pedangdut Rina Nose hadir di Bandung. Nikmatnya bulan suci Ramadhan juga dimanfaatkan "
                      "Rina untuk mengurangi kegiatan di bulan Ramadhan. Ia mengaku tak ingin kelelahan saat "
                      "sedang berpuasa.")
    assert found == [("indirect", "Rina Nose")]


def test_name_followed_by_a_relative_clause_is_the_name_not_a_description() -> None:
    found = _speakers("Klub Ajax Amsterdam menang. \"Sudah saatnya kami juara musim ini,\" tulis Ziyech yang "
                      "melengkapi unggahannya itu dengan foto.")
    assert found == [("direct", "Ziyech")]


def test_adverbs_between_subject_and_verb_are_not_the_speaker() -> None:
    found = [(q.speaker, q.text) for q in warta.analyze(
        "Bek Valencia, Jose Gaya, konon sudah mengatakan pada rekannya bahwa ia akan pindah ke Real Madrid."
    ).quotes]
    assert found == [("Jose Gaya", "ia akan pindah ke Real Madrid")]


def test_relative_description_closed_by_ini_points_back() -> None:
    found = _speakers("Aktris Raline Shah hadir di Jakarta. Wanita yang kini sibuk sebagai produser film ini "
                      "mengatakan bahwa dirinya rutin berolahraga setiap pagi.")
    assert found == [("indirect", "Raline Shah")]


def test_subject_after_a_time_adverbial_following_a_fronted_phrase() -> None:
    found = _speakers("Anggota DPR Budi Santoso mangkir. Dalam suratnya, saat itu Budi mengaku sedang ada "
                      "kegiatan di daerah pemilihan.")
    assert found == [("indirect", "Budi Santoso")]


def test_a_name_the_tagger_calls_a_place_is_no_antecedent_of_nya() -> None:
    found = _speakers("Kepala Dinas Perhubungan Anwar Sanusi hadir di Bantul. Lima desa model itu adalah Desa "
                      "Waleng, Semagar, Bubakan, Selorejo, dan Girimarto. \"Dengan stimulan ini, kami yakin "
                      "peternak bisa mandiri,\" lanjutnya.")
    assert found == [("direct", "Anwar Sanusi")]


def test_a_name_after_adalah_is_no_subject_for_a_description_cue() -> None:
    found = _speakers("Kiper Gianluigi Buffon kecewa. Buffon pun kembali kalah. Ini adalah final ketiga Liga "
                      "Champions yang gagal dimenangkannya. \"Ada sedikit penyesalan,\" tutur mantan kiper Parma ini.")
    assert found == [("direct", "Gianluigi Buffon")]


def test_an_item_of_a_list_of_names_is_no_antecedent() -> None:
    found = _speakers("Ketua panitia Miranda Suwanto hadir. Peserta tahun ini antara lain Lazada, Zalora, Shopee, "
                      "Popbox, dan Houzcall. \"Kami sangat antusias melihat hasilnya,\" tambahnya.")
    assert found == [("direct", "Miranda Suwanto")]


def test_the_subject_after_a_verb_of_hoping_is_not_the_next_pronouns_antecedent() -> None:
    found = _speakers("Mantan direktur Winardi Sunoto hadir. Winardi berharap, Budi yang pernah menjadi direktur bank "
                      "dapat membuat perusahaan berkembang. Terlebih, ia menyatakan ada tugas besar yang menanti.")
    assert found == [("indirect", "Winardi Sunoto")]


def test_quotation_after_a_colon_in_a_sentence_naming_one_person() -> None:
    doc = warta.analyze(
        "Irving Scholar selaku mantan pimpinan Tottenham Hotspur mengungkapkan bahwa Alex Ferguson nyaris menjadi "
        "manajer klub itu.\n\nScholar pertama kali tahu nama Ferguson setelah ia membawa Aberdeen tampil "
        "gemilang.\n\nDetail lengkap itu Scholar jabarkan lewat bukunya berjudul ‘Masa Jaya Spurs’, yang "
        "berbunyi: “Faktanya adalah saya pernah bernegosiasi dengan Alex Ferguson mengenai pekerjaan itu.\n\n"
        "“Saya bilang padanya bahwa saya ini tipe pemimpin dengan gaya lama.”")
    assert [(q.kind, q.speaker) for q in doc.quotes] == [("indirect", "Irving Scholar"),
                                                         ("direct", "Irving Scholar"), ("direct", "Irving Scholar")]


def test_a_dictionary_word_inside_a_tagged_person_name_stays_in_the_name() -> None:
    found = [(q.speaker, q.text) for q in warta.analyze(
        "Gelandang Luka Modric mengatakan kontrak hingga 2021 bukanlah kontrak terakhirnya.").quotes]
    assert found == [("Luka Modric", "kontrak hingga 2021 bukanlah kontrak terakhirnya")]


def test_a_title_case_heading_tagged_as_a_person_is_no_speaker() -> None:
    found = _speakers("Gelandang Cesc Fabregas kecewa.\n\nLebih Banyak Menang\n\nFabregas tetap pemain yang sama. "
                      "Dia tetap mengaku tidak ada masalah dengan pelatihnya.")
    assert ("indirect", "Banyak Menang") not in found
