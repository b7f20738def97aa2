"""What follows a speaker's name after a comma: a degree or the end of a long office is no
second name (warta.annotate.speakers._no_name); ``yang`` + adverb + speech verb is a relative
clause (warta.annotate.quotes_indirect)."""

import warta


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in warta.analyze(text).quotes]


def test_degree_after_the_name_is_no_speaker() -> None:
    text = ("\"Kehamilan dini berbahaya bagi anak perempuan,\" ungkap Dr. dr. Bambang Wiyono, Sp. OG (K), "
            "seperti tertulis dalam siaran pers.")
    assert _quotes(text) == [("direct", "Bambang Wiyono")]


def test_office_enumeration_after_the_name_is_no_speaker() -> None:
    text = ("\"Lima provinsi mencatat angka tertinggi\" papar Sri Handayani, Asisten Deputi Perlindungan "
            "Hak Anak, Keluarga, dan Lingkungan di kementerian itu.")
    assert _quotes(text) == [("direct", "Sri Handayani")]


def test_name_after_an_office_with_a_comma_still_speaks() -> None:
    text = "\"Kami siap bertanding,\" kata Asisten Manajer Popsivo, Ernita Pongki."
    assert _quotes(text) == [("direct", "Ernita Pongki")]


def test_relative_clause_with_an_adverb_reports_nothing() -> None:
    for adverb in ("ikut", "turut"):
        text = (f"Meski bukan termasuk negara yang {adverb} mengklaim wilayah di Laut China Selatan, AS selama ini "
                "berupaya menekankan kebebasan bernavigasi.")
        assert _quotes(text) == []


def test_ikut_before_a_speech_verb_is_no_speaker() -> None:
    text = ("Penyanyi Rina Nose hadir di acara itu. Dia ikut menambahkan, "
            "\"Saya senang sekali dengan hasil ini.\"")
    assert _quotes(text) == [("direct", "Rina Nose")]


def test_an_organisations_bracketed_acronym_is_not_part_of_the_speaker() -> None:
    text = ("Jalan tol itu padat. Kementerian Perhubungan (Kemenhub) telah memprediksi, puncak arus balik "
            "akan terjadi pada akhir pekan ini.")
    speakers = [sp for _, sp in _quotes(text)]
    assert speakers and all(sp == "Kementerian Perhubungan" for sp in speakers)


def test_termasuk_opens_no_speaker() -> None:
    text = ("Gubernur Eddie Calvo menyebut ada beberapa level pertahanan di pulau itu, termasuk juga dukungan "
            "dari Washington yang menyebut “serangan terhadap pulau itu adalah serangan kepada Amerika Serikat”.")
    assert all(sp != "termasuk" for _, sp in _quotes(text))


def test_name_then_occupation_without_a_comma_speaks() -> None:
    text = ("Budi Santoso dosen dari Universitas Indonesia mengatakan bahwa harga beras akan naik "
            "tahun ini karena kemarau panjang.")
    quotes = warta.analyze(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Budi Santoso")]
    assert quotes[0].speaker_role is not None and "dosen" in quotes[0].speaker_role


def test_name_then_a_list_is_no_apposition() -> None:
    text = ("Budi Santoso dan dosen lain dari Universitas Indonesia mengatakan bahwa harga beras akan "
            "naik tahun ini karena kemarau panjang.")
    assert ("indirect", "Budi Santoso") not in _quotes(text)
