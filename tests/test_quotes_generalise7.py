"""Reported speech patterns from blind batches Q-T (session 6), on new sentences."""

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(q.kind, q.speaker, q.cue, q.text) for q in warta.analyze(text).quotes]


def test_sentence_initial_kata_with_pronoun_reads_like_menurut() -> None:
    found = _quotes("Ketua panitia Rudi Hartono meninjau lokasi. Kata dia, panggung utama sudah "
                    "selesai dibangun sejak pekan lalu.")
    assert ("indirect", "Rudi Hartono", "Kata dia",
            "panggung utama sudah selesai dibangun sejak pekan lalu") in found


def test_denial_with_a_bare_predicate_is_reported_speech() -> None:
    found = _quotes("Bendahara Partai Demokrat Slamet Riyadi membantah menerima dana kampanye dari pengusaha tambang.")
    assert ("indirect", "Slamet Riyadi", "membantah",
            "menerima dana kampanye dari pengusaha tambang") in found


def test_clause_opened_by_akan_keeps_its_purpose_agar() -> None:
    found = _quotes("Pelatih Bima Sakti menyatakan akan merombak susunan pemain agar timnya bisa menang.")
    assert any(k == "indirect" and sp == "Bima Sakti" and t.startswith("akan merombak") for k, sp, _, t in found)


def test_appeal_with_agar_after_an_object_is_still_not_quoted() -> None:
    assert _quotes("Wali kota Rahmat Effendi mengingatkan warga agar tidak membuang sampah ke sungai.") == []


def test_merinci_introduces_reported_speech() -> None:
    found = _quotes("Kepala dinas Siti Aminah merinci, anggaran itu akan dipakai untuk membangun tiga jembatan.")
    assert ("indirect", "Siti Aminah", "merinci",
            "anggaran itu akan dipakai untuk membangun tiga jembatan") in found


def test_quotation_inside_reported_clause_is_a_direct_quote_of_the_reporter() -> None:
    found = _quotes("Gubernur Bank Indonesia Perry Warjiyo mengatakan bahwa inflasi "
                    "\"masih terkendali dalam kisaran sasaran tahun ini.\"")
    assert ("direct", "Perry Warjiyo", "mengatakan", "masih terkendali dalam kisaran sasaran tahun ini.") in found
    assert not any(k == "indirect" for k, *_ in found)


def test_quotation_mid_clause_is_direct_but_a_label_or_title_is_not() -> None:
    found = _quotes("Menteri Luar Negeri Retno Marsudi mengatakan saatnya untuk \"menahan diri dan "
                    "kembali berunding\" terkait konflik itu.")
    assert [(k, sp) for k, sp, _, _ in found] == [("direct", "Retno Marsudi")]
    assert _quotes("Ketua partai Budi Santoso menyinggung tema acara itu, yakni \"Partai Maju Jaya Bersama\".") \
        == []
    assert not any(k == "direct" for k, *_ in _quotes("Budi Santoso menyebutnya \"lumut\" dalam pidato itu."))


def test_passive_cue_with_agent_between_commas_fronted_or_mid_clause() -> None:
    found = _quotes("Gubernur Ridwan Kamil hadir. Kemacetan itu, disebut Ridwan, tidak terjadi di semua ruas jalan.")
    assert ("indirect", "Ridwan Kamil", "disebut", "tidak terjadi di semua ruas jalan") in found
    found = _quotes("Kapten tim Evan Dimas hadir. Padahal diakui kapten Evan Dimas, timnya masih ingin menang di "
                    "laga terakhir.")
    assert ("indirect", "Evan Dimas", "diakui", "timnya masih ingin menang di laga terakhir") in found
    found = _quotes("Kepala UPT Sari Wulandari hadir. Tiket daring ini diakui Sari bisa memangkas antrean pengunjung.")
    assert ("indirect", "Sari Wulandari", "diakui", "bisa memangkas antrean pengunjung") in found


def test_passive_without_agent_or_in_a_relative_clause_is_no_report() -> None:
    assert _quotes("Budi Santoso disebut sebagai tersangka utama kasus itu.") == []
    assert _quotes("Pernyataan yang disampaikan Komite Olimpiade Indonesia ditujukan karena muncul pihak tidak "
                   "resmi.") == []


def test_verb_that_reports_only_before_a_comma() -> None:
    found = _quotes("Pengamat politik Arya Fernandes hadir. Ia melanjutkan, koalisi itu akan pecah sebelum "
                    "pemilu digelar.")
    assert ("indirect", "Arya Fernandes", "melanjutkan", "koalisi itu akan pecah sebelum pemilu digelar") in found
    assert _quotes("Pemerintah melanjutkan pembangunan jalan tol yang menghubungkan dua kota.") == []


def test_interrupting_cue_after_a_fronted_phrase_takes_the_name_before_the_comma() -> None:
    found = _quotes("Pengamat hukum Bivitri Susanti hadir. Sebagai warga negara, kata Bivitri, Budi Santoso "
                    "memang berhak melapor ke polisi.")
    assert ("indirect", "Bivitri Susanti", "kata", "Budi Santoso memang berhak melapor ke polisi") in found


def test_office_after_an_interrupting_cue_is_not_part_of_the_quote() -> None:
    found = _quotes("Warga resah. Banjir itu, kata Slamet, Ketua RT setempat, sudah terjadi sejak pekan lalu.")
    assert [(k, sp, t) for k, sp, _, t in found] == [("indirect", "Slamet", "sudah terjadi sejak pekan lalu")]


def test_eks_opens_a_description_that_points_back() -> None:
    found = _quotes("Gelandang Cesc Fabregas kecewa. Eks gelandang Arsenal tersebut mengungkapkan bahwa situasi "
                    "ini adalah pilihan pelatih.")
    assert ("indirect", "Cesc Fabregas", "mengungkapkan", "situasi ini adalah pilihan pelatih") in found


def test_the_speakers_own_wish_or_thanks_is_a_noun_phrase_not_reported_speech() -> None:
    assert _quotes("Warga Katedral Rina Susanti mengatakan harapannya ke depan tidak ada lagi isu SARA.") == []
    assert _quotes("Menteri Keuangan Sri Mulyani menyampaikan apresiasinya kepada seluruh pegawai pajak.") == []


def test_noun_phrase_with_demonstrative_then_adverbial_is_no_clause() -> None:
    assert _quotes("Presiden Joko Widodo menyinggung peristiwa itu ketika menceritakan situasi politik.") == []


def test_a_later_speech_verb_after_dengan_reports_when_the_first_takes_a_noun_phrase() -> None:
    found = _quotes("Gelandang Toni Kroos menegaskan tekadnya dengan mengatakan kontrak hingga 2021 "
                    "bukanlah kontrak terakhirnya.")
    assert ("indirect", "Toni Kroos", "mengatakan", "kontrak hingga 2021 bukanlah kontrak terakhirnya") in found


def test_three_word_clause_ending_in_its_verb() -> None:
    found = _quotes("Ketua DPRD Jawa Tengah Bambang Kusriyanto menyebut kinerja dinas menurun.")
    assert ("indirect", "Bambang Kusriyanto", "menyebut", "kinerja dinas menurun") in found


def test_long_nominal_subject_before_a_modal_predicate() -> None:
    found = _quotes("Wakil Presiden Jusuf Kalla mengatakan penanganan kasus korupsi dalam proyek pengadaan kartu "
                    "tanda penduduk elektronik yang melibatkan sejumlah pejabat mesti diserahkan ke proses hukum.")
    assert any(k == "indirect" and sp == "Jusuf Kalla" and t.startswith("penanganan kasus") for k, sp, _, t in found)


def test_findings_of_studies_and_secured_places_are_not_reported_speech() -> None:
    assert _quotes("Studi dari Universitas California menunjukkan bahwa makan larut malam membahayakan otak.") == []
    assert _quotes("Para peneliti menemukan bahwa manusia menyebabkan sebagian besar kebakaran hutan.") == []
    assert _quotes("Tunggal putra Jonatan Christie memastikan tempat ke babak kedua setelah menang mudah.") == []


def test_a_title_case_title_in_quotation_marks_is_no_quotation() -> None:
    found = _quotes("\"Laskar Pelangi Movie 2\" akan diproduksi bersama Miles Films dan didistribusi oleh Sony, "
                    "kata Mira Lesmana.")
    assert not any(k == "direct" for k, *_ in found)
