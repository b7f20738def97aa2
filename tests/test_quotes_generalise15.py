"""Speakers in shapes found by the pooled error audit of session 12: a sentence opening with a
capitalised common noun and a lower-case modifier (an unnamed group, not a name), and unnamed
sources ("sumber yang ...") that neither block the quote nor point back to a named person."""

from __future__ import annotations

import warta


def _quotes(text: str, part: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.cue) for q in warta.analyze(text).quotes if part in q.text]


def test_common_noun_with_a_modifier_opening_the_sentence_is_a_description() -> None:
    text = "Petugas keamanan AS mengatakan, Abedi memiliki saudara perempuan bernama Jomana Abedi."
    assert _quotes(text, "saudara perempuan") == [("Petugas keamanan AS", "mengatakan")]


def test_group_noun_with_a_modifier_and_an_institution() -> None:
    text = "Tim dokter RSCM mengatakan bahwa pasien itu tidak perlu dirawat inap."
    assert _quotes(text, "dirawat inap") == [("Tim dokter RSCM", "mengatakan")]


def test_office_then_a_full_name_still_names_the_person() -> None:
    text = "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa pertemuan itu tidak dijadwalkan."
    assert _quotes(text, "pertemuan itu") == [("Dmitry Peskov", "mengatakan")]


def test_definite_office_still_points_back_to_its_holder() -> None:
    text = ("Juru bicara Organisasi Penerbangan Sipil Iran, Reza Jafarzadeh, tiba di lokasi.\n\n"
            "Sang juru bicara mengatakan pesawat itu jatuh di Gunung Dena.")
    assert _quotes(text, "pesawat itu jatuh") == [("Reza Jafarzadeh", "mengatakan")]


def test_unnamed_source_as_subject_is_a_speaker() -> None:
    text = "Sumber keamanan mengatakan bahwa tiga orang bersenjata mengambil alih prasarana itu."
    assert _quotes(text, "bersenjata") == [("Sumber keamanan", "mengatakan")]


def test_unnamed_source_after_menurut_does_not_point_back() -> None:
    text = ("Cerita sekuel terbaru James Bond bocor. Menurut sumber yang terlibat dalam produksi film ini, "
            "agen rahasia 007 berhenti menjadi mata-mata demi menikah.")
    speakers = [sp for sp, _cue in _quotes(text, "agen rahasia")]
    assert speakers and speakers[0] is not None and "Bond" not in speakers[0]
    assert speakers[0].lower().startswith("sumber")


def test_figures_after_menurut_data_still_have_no_speaker() -> None:
    assert warta.analyze("Menurut data BPS, inflasi naik dua persen pada bulan ini.").quotes == ()


def test_mengaku_with_a_feeling_and_its_object() -> None:
    assert _quotes("Ruhut mengaku heran dengan permintaan mundur tersebut.", "heran") == [("Ruhut", "mengaku")]


def test_mengaku_with_a_degree_word_after_a_time_adverb() -> None:
    assert _quotes("Montella pun kini mengaku sangat antusias.", "antusias") == [("Montella", "mengaku")]


def test_mengaku_with_a_noun_phrase_object_is_not_a_quote() -> None:
    assert _quotes("Ia mengaku kesalahannya di depan hakim.", "kesalahannya") == []


def test_menurut_and_a_name_inside_the_sentence_split_topic_and_predicate() -> None:
    text = "Smart city menurut Sandi jadi program yang ditawarkan para dubes negara Uni Eropa itu."
    assert _quotes(text, "jadi program") == [("Sandi", "menurut")]


def test_menurut_a_name_then_an_adverb_opens_the_predicate() -> None:
    text = "Pembubaran massa oleh kepolisian, menurut Setyo juga telah dilakukan sesuai dengan prosedur."
    assert _quotes(text, "telah dilakukan") == [("Setyo", "menurut")]


def test_menurut_a_rule_inside_the_sentence_is_no_quote() -> None:
    assert warta.analyze("Ia bekerja menurut jadwal yang ditentukan oleh panitia pusat.").quotes == ()


def test_menyatakan_with_a_bare_predicate() -> None:
    text = "Kelompok ISIS kemudian menyatakan bertanggung jawab atas serangan tersebut."
    assert _quotes(text, "bertanggung jawab") == [("ISIS", "menyatakan")]


def test_new_indefinite_subject_after_dan() -> None:
    text = "Malaysia berada di posisi yang sama dan seorang pejabat di sana menyatakan berharap Amerika kembali."
    quotes = _quotes(text, "berharap")
    assert len(quotes) == 1 and quotes[0][0] is not None and "pejabat" in quotes[0][0]


def test_pronoun_skips_a_subject_the_ner_reads_as_an_organisation() -> None:
    text = ("Konsul Jenderal RI di Istanbul, Herry Sudradjat, bertemu para pengusaha.\n\n"
            "Musiad Istanbul merupakan asosiasi pengusaha terbesar di kota itu. "
            '"Kami siap memfasilitasi kerja sama," ungkapnya.')
    assert _quotes(text, "memfasilitasi") == [("Herry Sudradjat", "ungkapnya")]


def test_pronoun_still_takes_a_person_subject_in_between() -> None:
    text = ("Konsul Jenderal RI di Istanbul, Herry Sudradjat, bertemu para pengusaha.\n\n"
            "Ahmad Syaikhu kemudian memimpin rapat itu. "
            '"Kami siap memfasilitasi kerja sama," ungkapnya.')
    assert _quotes(text, "memfasilitasi") == [("Ahmad Syaikhu", "ungkapnya")]


def test_floating_quotation_far_from_a_speaker_takes_the_latest_subject() -> None:
    text = ("Setelah musim yang sulit, Keisuke Honda akhirnya memutuskan untuk angkat kaki dari San Siro. "
            "Ucapan perpisahan tersebut dilansir oleh Kyodo News.\n\n"
            '"Saya akan meninggalkan Milan setelah musim ini, tapi saya berharap bisa bertemu lagi."')
    quotes = warta.analyze(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Keisuke Honda", "")]
    assert quotes[0].confidence < 0.5  # a guess from the discourse, not a cue


def test_floating_quotation_with_no_person_in_the_article_has_no_speaker() -> None:
    quotes = warta.analyze('"Saya akan meninggalkan Milan setelah musim ini, tapi saya berharap bisa bertemu."').quotes
    assert [q.speaker for q in quotes] == [None]


def test_verb_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = ("Juventus mencari kiper baru. Mendatangkan Szczesny sebenarnya tak salah, mengingat penampilannya "
            'yang tak buruk.\n\n"Saya ingin terus berkembang dan masih memiliki banyak hal."')
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Szczesny"]


def test_abbreviated_office_finds_the_holder_written_with_a_shortened_part() -> None:
    text = ('Menteri Hukum dan HAM Yasonna Laoly menyatakan bahwa eksekusi tetap berjalan.\n\n'
            '"Ya menunggu hasilnya dulu," kata Menkumham saat ditemui di Jakarta.')
    assert _quotes(text, "menunggu hasilnya") == [("Yasonna Laoly", "kata")]


def test_store_role_key_expands_ham() -> None:
    from warta.store.text import role_key

    assert role_key("Menkumham") == role_key("Menteri Hukum dan HAM")


def test_origin_description_closed_by_a_demonstrative_points_back() -> None:
    text = ("Dani Hamdani melatih tim futsal itu sejak tahun lalu. Pria asal Bandung ini mengatakan, motivasi "
            "pemain Persib Bandung harus sama seperti tim futsal asuhannya.")
    assert _quotes(text, "motivasi pemain") == [("Dani Hamdani", "mengatakan")]


def test_long_lower_case_description_with_a_relative_clause_points_back() -> None:
    text = ("Archangela Chelsea hadir di acara itu. Soal warna, penata rias yang sudah berkarir selama delapan "
            "tahun itu mengatakan semua tergantung pada setiap individu.")
    assert _quotes(text, "tergantung") == [("Archangela Chelsea", "mengatakan")]


def test_description_whose_names_are_what_the_person_likes_points_back() -> None:
    text = ("Lee Jung-Jin datang ke Jakarta pekan lalu. Laki-laki penggemar K-pop 2pm dan Twice ini mengatakan "
            "dirinya suka dengan Indonesia terutama makanannya.")
    assert _quotes(text, "suka dengan Indonesia") == [("Lee Jung-Jin", "mengatakan")]


def test_report_closed_by_a_demonstrative_is_not_a_person() -> None:
    text = ("Budi Santoso memimpin lembaga itu. Laporan tahunan yang dirilis pekan lalu itu menyebutkan "
            "jumlah kasus naik dua kali lipat.")
    assert all(sp != "Budi Santoso" for sp, _cue in _quotes(text, "jumlah kasus"))


def test_ticket_opening_with_a_known_nickname_is_two_people() -> None:
    text = ('Partai pendukung pemerintahan Jokowi-Jusuf Kalla bertemu pekan lalu.\n\n'
            '"Kita sudah ketemu dan akan solid," ujarnya.')
    speakers = [sp for sp, _cue in _quotes(text, "sudah ketemu")]
    assert speakers in (["Joko Widodo"], ["Jusuf Kalla"])  # one person of the ticket, not the ticket


def test_existential_terdapat_opens_a_reported_clause() -> None:
    text = "Penyidik Polda Metro Jaya menyebut terdapat kemiripan suara dalam rekaman itu."
    assert [cue for _sp, cue in _quotes(text, "kemiripan suara")] == ["menyebut"]


def test_title_with_function_words_inside_reported_speech_is_no_quotation() -> None:
    text = ("Rovio mengatakan film baru itu akan disutradarai Thurop Van Orman, kreator serial animasi TV "
            '"The Marvelous Misadventures of Flapjack".')
    quotes = warta.analyze(text).quotes
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Rovio", "mengatakan")]


def test_quoted_sentence_in_title_case_after_a_cue_is_still_a_quotation() -> None:
    quotes = warta.analyze('Presiden Joko Widodo mengatakan, "Kita Akan Menang Bersama."').quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Joko Widodo")]


def test_mengaku_with_a_two_word_predicate() -> None:
    assert _quotes("Antasari mengaku ikhlas dipenjara.", "ikhlas") == [("Antasari", "mengaku")]


def test_mengaku_punya_is_a_predicate() -> None:
    text = "Klopp mengaku punya hubungan dekat dengan klub tersebut."
    assert _quotes(text, "hubungan dekat") == [("Klopp", "mengaku")]


def test_beralasan_and_berkeras_take_a_bare_predicate() -> None:
    assert _quotes("Ronaldo beralasan menghormati kontrak dan tawaran Real Madrid.", "kontrak") == [
        ("Ronaldo", "beralasan")]
    assert _quotes("Antasari berkeras tidak terlibat dalam kasus pembunuhan tersebut.", "terlibat") == [
        ("Antasari", "berkeras")]


def test_office_with_a_field_joined_by_dan_runs_on_to_the_name() -> None:
    text = ('"Industrinya akan tumbuh," kata Dirjen Industri Mesin Alat Transportasi dan Elektronika (Ilmate) '
            "Kementerian Perindustrian I Gusti Putu Suryawirawan saat dihubungi.")
    speakers = [sp for sp, _cue in _quotes(text, "Industrinya")]
    assert len(speakers) == 1 and speakers[0] is not None and "Suryawirawan" in speakers[0]


def test_office_with_an_enumerated_field_before_the_name() -> None:
    text = ("Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE) Kementerian "
            "Perindustrian I Gusti Putu Suryawirawan mengatakan bahwa produksi akan dimulai Juli.")
    speakers = [sp for sp, _cue in _quotes(text, "produksi")]
    assert len(speakers) == 1 and speakers[0] is not None and "Suryawirawan" in speakers[0]


def test_two_offices_joined_by_dan_stay_two_people() -> None:
    text = "Presiden Joko Widodo dan Ibu Negara Iriana mengatakan bahwa mereka senang."
    assert [sp for sp, _cue in _quotes(text, "senang")] != ["Presiden Joko Widodo dan Ibu Negara Iriana"]



def test_pronoun_does_not_skip_to_an_unknown_name_past_a_mislabelled_speaker() -> None:
    # the NER may label a singer's surname an organisation ("Perry"); skipping those mentions must
    # not land on a capitalised word no entity knows as a person (the lyric's "Today")
    from warta.annotate.speaker_discourse import Discourse
    from warta.annotate.speakers import EntityIndex, NameIndex

    text = ("Pada bait yang seharusnya berbunyi Don't you come for me, No, not Today, Perry mengubahnya "
            "dengan ungkapan doa. Perry lalu tersenyum.")
    ents = EntityIndex(())
    names = NameIndex(text, ents)
    disc = Discourse(text, [(0, len(text))], names, [])
    disc.not_person = {p for p, _s, sp in disc.events if sp.name == "Perry"}
    assert disc.not_person
    found = disc.antecedent(len(text))
    assert found is not None and found[0].name == "Perry"


def test_begitu_before_a_cue_is_a_discourse_marker_like_demikian() -> None:
    text = '"Kami mengucapkan belasungkawa yang tulus," begitu tulis pernyataan Juventus.'
    assert _quotes(text, "belasungkawa") == [("Juventus", "tulis")]
