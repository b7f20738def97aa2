"""Speakers in shapes met on blind batches CO-CV (session 10): a name after a description's
institution, titles before the name, an interrupted pronoun cue, an introducing sentence with a
fronted clause, statutes and elided subjects that do not speak, and the fullest-name look-up."""

from __future__ import annotations

import pytest

import warta


def _speakers(text: str, part: str) -> list[str | None]:
    return [q.speaker for q in warta.analyze(text).quotes if part in q.text]


@pytest.mark.parametrize(("text", "part", "speaker"), [
    ('"Partai itu harus berbenah," kata pengamat politik dari Universitas Indonesia Budi Santoso.',
     "berbenah", "Budi Santoso"),
    ('"Jangan langsung tidur setelah makan sahur," kata konsultan penyakit lambung dan pencernaan '
     "dari FKUI/RSCM Dr. dr. Ari Fahrial Syam dalam siaran pers.", "sahur", "Ari Fahrial Syam"),
    ("Nyamuk memilih korban dengan kriteria tertentu, ungkap ahli entomologi medis dari University "
     "of Florida, Dr. Jonathan Day.", "Nyamuk memilih", "Jonathan Day"),
    ('"Juklak ini sangat diperlukan," kata Presiden KPI Capt. Hasudungan Tambunan di Jakarta.',
     "Juklak", "Hasudungan Tambunan"),
])
def test_name_after_description_and_titles(text: str, part: str, speaker: str) -> None:
    assert _speakers(text, part) == [speaker]


def test_hospital_named_after_a_person_is_not_the_speaker() -> None:
    got = _speakers('"Pasien sudah stabil," kata dokter dari RSUP Dr. Sardjito Yogyakarta.', "stabil")
    assert len(got) == 1 and got[0] != "Sardjito"


def test_short_name_keeps_its_first_word_when_the_article_writes_it_after_dari() -> None:
    text = ("Elza bersaksi di sidang terdakwa Miryam S Haryani. Cerita dari Miryam itu disampaikan Elza "
            "di pengadilan.\n\nMiryam kemudian mengaku mendapat ancaman dari penyidik.")
    assert _speakers(text, "ancaman") == ["Miryam S Haryani"]


def test_interrupting_pronoun_cue_skips_the_fronted_subject() -> None:
    text = ('"Saya mengidolakan Aaron sejak dulu," ujar Rinaldy Ayunardi. Aaron, kata dia, juga menyimpan '
            "beberapa aksesori rancangannya.")
    assert _speakers(text, "menyimpan") == ["Rinaldy Ayunardi"]


def test_introducing_sentence_with_a_fronted_clause() -> None:
    text = ("Chelsea ada di posisi ketujuh klasemen sementara.\n\nMeski performa Chelsea masih labil, Hazard "
            "menilai Conte merupakan manajer pekerja keras.\n\n"
            '"Conte adalah manajer yang bagus. Kami memulai liga dengan bagus."')
    assert _speakers(text, "manajer yang bagus") == ["Hazard"]


def test_verb_inside_a_quotation_does_not_introduce_the_next_one() -> None:
    text = ('"Saya rasa lucunya, Harry Styles akan mengatakan hal yang sama tentang saya," kata Liam Payne.\n\n'
            '"Saya lebih suka lagu hip-hop, dan selera Harry lebih ke era yang berbeda."')
    assert _speakers(text, "hip-hop") == ["Liam Payne"]


@pytest.mark.parametrize(("text", "part"), [
    ("Sebagaimana diketahui, Peraturan Pemerintah Nomor 15 tahun 2005 pasal 38 Ayat (1), menjelaskan bahwa "
     "jalan tol hanya diperuntukkan bagi kendaraan roda empat atau lebih.", "jalan tol"),
    ("Dalam Resolusi PBB Nomor 2334 Tahun 2016 juga menggarisbawahi tidak akan mengakui perubahan apapun "
     "dari garis-garis perbatasan 4 Juni 1967.", "perubahan apapun"),
    ("Hasil tersebut tak cuma memberi kemenangan terbesar sepanjang karier, tetapi juga memastikan Shapovalov "
     "menjadi petenis termuda yang menembus babak perempat final.", "petenis termuda"),
])
def test_statutes_and_elided_subjects_do_not_speak(text: str, part: str) -> None:
    assert _speakers(text, part) == []


def test_fronted_adverbial_clause_before_coordinated_cue() -> None:
    text = ("Miryam S Haryani menjadi saksi. Seiring berjalannya waktu, Miryam malah mencabut BAP, dan mengaku "
            "mendapat ancaman dari penyidik KPK.")
    assert _speakers(text, "ancaman") == ["Miryam S Haryani"]


def test_regulation_number_is_not_an_antecedent() -> None:
    text = ('"Aturan ini sudah baku," kata Hasudungan Tambunan. Aturan PM No. 84/2013 tersebut seharusnya '
            'ditingkatkan statusnya.\n\n"Kementerian jangan egois dan arogan," tegasnya.')
    assert _speakers(text, "egois") == ["Hasudungan Tambunan"]


def test_long_relative_description_with_a_list_points_back() -> None:
    text = ('"Rencana akan kirim ke sana," kata Rinaldy Ayunardi.\n\n"Selalu dadakan," ujar desainer yang '
            "karyanya pernah dikenakan oleh sejumlah selebriti, seperti Andien, Rossa, Titi DJ dan AgnezMo ini.")
    assert _speakers(text, "dadakan") == ["Rinaldy Ayunardi"]


def test_public_nickname_kd() -> None:
    text = ('Penyanyi Krisdayanti menggelar open house.\n\n"Sungkeman sudah tradisi leluhur kami," kata KD '
            "di rumahnya.")
    assert _speakers(text, "Sungkeman") == ["Krisdayanti"]


@pytest.mark.parametrize(("text", "part"), [
    ('"Kami buka sejak pagi," kata Agus Supriyono. Umumnya kata dia, keramaian ini nantinya berlangsung '
     "sampai H+7 Lebaran.", "keramaian ini"),
    ('"Susu rendah laktosa aman," kata Agus Supriyono. Lebih lanjut kata dia, diare cukup berbahaya karena '
     "bisa menyebabkan dehidrasi.", "diare cukup"),
    ('"Kami terus bekerja," kata Agus Supriyono. Saat ini, kata Agus pihaknya masih mengumpulkan bukti '
     "lain dari para saksi.", "pihaknya masih"),
])
def test_cue_after_a_short_opening_adverbial(text: str, part: str) -> None:
    quotes = [q for q in warta.analyze(text).quotes if q.text.startswith(part)]
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Agus Supriyono")]


def test_opening_adverbial_then_a_speech_verb_is_left_to_the_verb() -> None:
    text = "Lebih lanjut Agus Supriyono menjelaskan, para petugas tersebut memintai uang untuk tes kesehatan."
    quotes = warta.analyze(text).quotes
    assert [(q.cue, q.text[:10]) for q in quotes] == [("menjelaskan", "para petug")]


def test_quotation_closed_on_a_comma_runs_on_into_the_next() -> None:
    text = ('"Kami siap," kata Zak Brown. McLaren akan mendapat mesin Renault.\n\n'
            '"Saya yakin tahun ini kami akan punya peluang bagus,"\n\n'
            '"Bersama mesin Renault kami dapat kembali bersaing," ujar Fernando Alonso.')
    assert _speakers(text, "peluang bagus") == ["Fernando Alonso"]


def test_second_office_after_yang_juga_mantan() -> None:
    text = ('"Generasi kita bisa menghapus kemiskinan," ujar Pendiri FPCI yang juga mantan Menteri Luar Negeri '
            "Dino Patti Djalal dalam acara itu.")
    assert _speakers(text, "kemiskinan") == ["Dino Patti Djalal"]


def test_name_after_berdasarkan_is_not_a_subject() -> None:
    text = ('"Uji coba sudah selesai," kata Danis Sumadilaga. Berdasarkan data Jambeck di 2015, 3,32 juta ton '
            'limbah plastik belum terkelola.\n\n"Itu kalau dimakan ikan berbahaya," paparnya.')
    assert _speakers(text, "dimakan ikan") == ["Danis Sumadilaga"]


def test_social_media_account_speaks_under_its_handle() -> None:
    text = ('Foto itu mendapat beragam komentar dari netizen:\n\n"Burgernya besar sekali," ujar akun @afckyou\n\n'
            '"Gedong chef, bikin ngences," kata akun @asrofi.juanda.')
    quotes = warta.analyze(text).quotes
    assert [(q.speaker, q.speaker_label) for q in quotes] == [("@afckyou", None), ("@asrofi.juanda", None)]


def test_office_alone_stands_for_the_person_introduced_with_its_long_form() -> None:
    text = ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan laut harus dijaga.\n\n"
            '"Untuk itu dibutuhkan satu struktur keamanan maritim," jelas Menko Polhukam.')
    assert _speakers(text, "struktur keamanan") == ["Wiranto"]


def test_alias_introduced_by_yang_lebih_dikenal_dengan_nama() -> None:
    text = ("Maria Irene Susanto atau yang lebih dikenal dengan nama Chef Marinka merupakan juru masak selebriti."
            '\n\n"Terima kasih untuk semua peserta," tulis Marinka.')
    assert _speakers(text, "Terima kasih") == ["Maria Irene Susanto"]


def test_concessive_opener_before_a_cue_is_no_speaker() -> None:
    text = ("Kendati menilai rokok elektronik jauh lebih aman, Linda Bauld menekankan dia dan timnya mendukung "
            "promosi rokok elektronik bagi perokok.")
    quotes = warta.analyze(text).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("menekankan", "Linda Bauld")]


def test_office_and_name_in_a_list_of_objects_is_no_antecedent() -> None:
    text = ('"Kami akan membuka biro baru," kata Li Shukun.\n\nReporter CRI pernah mewawancarai Wakil Presiden '
            "M Hatta, Presiden Megawati Sukarnoputri, dan Wakil Presiden Jusuf Kalla.\n\n"
            '"Kami punya program siaran untuk 65 bahasa," ujar pria yang sudah belasan kali meliput peristiwa '
            "penting di Indonesia itu.")
    assert _speakers(text, "program siaran") == ["Li Shukun"]


def test_topic_object_with_a_relative_clause_is_no_quote() -> None:
    text = ("Dalam pidatonya, Jusuf Kalla juga sempat menjelaskan kasus penistaan agama yang menjerat Gubernur "
            "DKI nonaktif, Basuki Tjahaja Purnama.")
    assert len(warta.analyze(text).quotes) == 0


def test_relative_clause_then_a_predicate_is_still_a_quote() -> None:
    text = ("Juru bicara KPK Febri Diansyah menjelaskan surat yang ditandatangani Plt Sekjen DPR itu menyebutkan "
            "Setya Novanto tidak dapat hadir.")
    quotes = warta.analyze(text).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("menjelaskan", "Febri Diansyah")]


def test_long_office_with_lower_case_bidang_then_the_name() -> None:
    text = ('"Ongkos logistik Singapura tinggi," ungkap Deputi bidang Koordinasi Perniagaan dan Industri '
            "Kementerian Koordinator bidang Perekonomian, Edy Putera Irawady kepada wartawan, Kamis (27/4).")
    assert _speakers(text, "Ongkos logistik") == ["Edy Putera Irawady"]


def test_negated_hesitation_before_a_cue_is_an_emphatic_statement() -> None:
    text = ("Lothar Matthaeus pun tak ragu-ragu mengatakan bahwa Messi memang seperti Maradona dalam hal "
            "mengolah si kulit bundar.")
    quotes = warta.analyze(text).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("mengatakan", "Lothar Matthaeus")]


def test_negated_hesitation_before_a_named_feeling_is_no_quote() -> None:
    text = "Eks pemain Brasil tersebut pun tidak segan mengungkapkan kekaguman untuk Messi."
    assert len(warta.analyze(text).quotes) == 0


def test_pronoun_after_a_fronted_prepositional_phrase() -> None:
    text = ("Kapolres Buru AKBP Leo Simatupang memimpin operasi. Kepada kumparan (kumparan.com) ia mengatakan "
            "penyisiran kali ini akan melibatkan 460 personel gabungan.")
    assert _speakers(text, "penyisiran kali ini") == ["Leo Simatupang"]


@pytest.mark.parametrize(("text", "part"), [
    ("Ditanya soal riwayat penyakit Thomas, Viktor Sibarani mengaku tidak mengetahuinya.", "tidak mengetahuinya"),
    ("Ditanya soal tas berisi uang itu, Antonius Tonny Budiono mengaku bingung.", "bingung"),
])
def test_short_predicate_after_mengaku(text: str, part: str) -> None:
    quotes = warta.analyze(text).quotes
    assert [(q.kind, q.text) for q in quotes] == [("indirect", part)]


def test_noun_after_mengaku_is_no_short_predicate() -> None:
    assert len(warta.analyze("Budi Santoso mengaku kesalahannya.").quotes) == 0


@pytest.mark.parametrize(("text", "speaker", "part"), [
    ("Menurut Andreas Hugo Parreira pelaporan itu sarat muatan politis.", "Andreas Hugo Parreira", "pelaporan itu"),
    ("Menurut Zainudin Paru itu merupakan bukti konkret bahwa PKS tidak mendukung khilafah.", "Zainudin Paru",
     "itu merupakan"),
    ("Menurut GM After Sales & PR YIMM M. Abidin perlu adanya pembinaan anak muda yang melibatkan pemerintah.",
     "M. Abidin", "perlu adanya"),
    ("Chelsea harus coba mencari alternatif selain Romelu Lukaku sebagai pengganti Diego Costa, menurut Tony "
     "Cascarino.", "Tony Cascarino", "Chelsea harus"),
])
def test_menurut_without_a_comma_and_at_the_end(text: str, speaker: str, part: str) -> None:
    quotes = warta.analyze(text).quotes
    assert [(q.kind, q.speaker, q.text[:len(part)]) for q in quotes] == [("indirect", speaker, part)]


def test_trailing_menurut_a_data_source_is_no_speaker() -> None:
    assert len(warta.analyze("Harga cabai naik tajam bulan ini, menurut data BPS.").quotes) == 0


@pytest.mark.parametrize(("text", "part"), [
    ("Argo Yuwono mengaku belum dapat menyimpulkan. Hal tersebut kata Argo masih menunggu hasil dari olah "
     "tempat kejadian perkara.", "masih menunggu"),
    ("Argo Yuwono memimpin razia. Di wilayah Sulteng, kata Argo banyak berkeliaran orang asing sehingga perlu "
     "pengawasan yang lebih ketat.", "banyak berkeliaran"),
])
def test_cue_splits_a_short_subject_or_a_fronted_place_from_the_clause(text: str, part: str) -> None:
    quotes = [q for q in warta.analyze(text).quotes if q.cue == "kata"]
    assert [(q.speaker, q.text[:len(part)]) for q in quotes] == [("Argo Yuwono", part)]


def test_adverb_jelas_after_a_demonstrative_subject_is_no_cue() -> None:
    text = "Angka ini jelas bakal semakin melambungkan nilai kapten Brasil itu sebagai pesepakbola termahal."
    assert len(warta.analyze(text).quotes) == 0


def test_menurutnya_between_a_short_subject_and_its_predicate() -> None:
    text = ('"Mobil ini sudah melompat baik," tutur Joko Widodo. Produsen mobil listrik menurutnya harus siap '
            "menghadapi permasalahan terkait baterai.")
    quotes = [q for q in warta.analyze(text).quotes if q.cue == "menurutnya"]
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Joko Widodo", "harus siap menghadapi permasalahan terkait baterai")]


@pytest.mark.parametrize("text", [
    "Awaluddin menjelaskan mekanisme pelaporan jika menemukan kejadian pembagian sembako.",
    "Unai Emery menjelaskan alasannya tak memainkan Neymar di laga pembuka.",
])
def test_explained_topic_noun_is_no_reported_clause(text: str) -> None:
    assert len(warta.analyze(text).quotes) == 0


def test_degrees_after_the_name_before_the_cue() -> None:
    text = ("Spesialis onkologi radiasi dari RSCM, Prof. DR. Dr. Soehartati Gondhowiardjo, Sp. Rad (K) OnkRad "
            "menyebut ada makanan tertentu yang bisa menjadi pencetus.\n\nSpesialis kulit, dr Fitria Amalia, "
            "SpKK, M.Kes mengatakan perlakuan yang benar pada kulit menjadi salah satu cara mencegah penuaan dini.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Soehartati Gondhowiardjo", "Fitria Amalia"]


def test_closing_menurut_with_a_description_then_the_name() -> None:
    text = ("Mereka yang pernah menderita limfoma berisiko kembali menderita penyakit serupa, menurut spesialis "
            "penyakit dalam sekaligus Ketua Perhimpunan Hematologi-Onkologi Medik, Prof. Dr. dr. Arry H. "
            "Reksodiputro, SpPD-KHOM.")
    quotes = warta.analyze(text).quotes
    assert [(q.speaker, q.text[:6]) for q in quotes] == [("Arry H. Reksodiputro", "Mereka")]


def test_an_organisation_subject_does_not_end_the_speakers_turn() -> None:
    text = ('"Musim nanti penuh tuntutan," kata Zinedine Zidane.\n\nZidane menyebut timnya harus bekerja keras. '
            "Real Madrid saat ini ada di Los Angeles untuk menjalani tur pramusim.\n\n"
            '"Kami ada di sini untuk bekerja keras."')
    assert _speakers(text, "Kami ada di sini") == ["Zinedine Zidane"]
