"""A lower-case word glued to a name by a dash is no part of it (warta.annotate.entity_lexicons.
dash_glued, used by the entity spans and the speakers' name index); a known given name stays the
first word of a name the article also writes in two halves (warta.annotate.speaker_names.NameIndex
.trim); abbreviated secretaries (``Sesmenpora``) are offices (``lang/id/roles.txt``)."""

import warta
from warta.annotate.entity_filters import trim
from warta.annotate.entity_lexicons import dash_glued, without_glued_tail
from warta.annotate.speaker_entities import EntityIndex
from warta.annotate.speaker_names import NameIndex


def test_dash_glued_words() -> None:
    assert dash_glued("Perry", "album")  # a common word
    assert dash_glued("Niro", "yang")  # a function word
    assert dash_glued("Syafi'in", "mengambil")  # any long lower-case word
    assert not dash_glued("Butar", "butar")  # a repeated word is the name's
    assert not dash_glued("Tae", "yong")  # a short name part
    assert not dash_glued("Al", "Fatih")  # capitalised


def test_entity_span_ends_at_the_glued_dash() -> None:
    text = "Para penggemar Katy Perry-album ini datang. Hakim Jhon Halasan Butar-butar hadir."
    s = text.index("Katy")
    assert text.__getitem__(slice(*trim(text, s, text.index(" ini")))) == "Katy Perry"
    s = text.index("Jhon")
    assert text.__getitem__(slice(*trim(text, s, text.index(" hadir")))) == "Jhon Halasan Butar-butar"


def test_name_index_drops_the_glued_word() -> None:
    text = "Sapaan akrab Syafi'in-mengambil formulir itu kemarin. Syafi'in siap."
    names = NameIndex(text, None)
    assert ("Syafi'in",) in names.counts
    assert not any("mengambil" in " ".join(m) for m in names.counts)


def test_speaker_is_the_name_without_the_glued_word() -> None:
    a = warta.analyze("Gus Syaf sapaan akrab Syafi'in-mengambil formulir penjaringan pada 9 Agustus lalu.\n\n"
                      "Didampingi istri, Gus Syaf memaparkan niatnya. \"Saya niat maju bukan bermodal "
                      "pepesan kosong,\" tegas Gus Syaf.")
    assert [q.speaker for q in a.quotes] == ["Syafi'in"]
    assert without_glued_tail("Syafi'in-mengambil") == "Syafi'in"
    assert without_glued_tail("Butar-butar") == "Butar-butar"


def test_given_name_kept_when_both_halves_stand_alone() -> None:
    text = ("Banyak penggemar menunggu album baru Katy Perry. Lagu Bad Blood diisukan tentang "
            "pecah kongsi antara Swift dan Perry. Katy Perry menjawabnya.\n\n\"Album ini tentang saya,\" kata Katy.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Katy Perry"]
    names = NameIndex(text, EntityIndex(warta.analyze(text).entities))
    assert names.trim(["Katy", "Perry"]) == ["Katy", "Perry"]  # both halves also stand alone
    # written together once only, after a title's last word: the word is no given name here
    text = ("Ilustrator Breath of the Wild Rianti Hidayat lulus dari Institut Teknologi Bandung. Wild dirilis "
            "tahun lalu.\n\n\"Awali semuanya dengan riset,\" kata Rianti.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Rianti Hidayat"]


def test_abbreviated_secretary_is_an_office() -> None:
    a = warta.analyze("Kepada para wartawan, Sesmenpora Gatot Santoso menceritakan pembicaraannya. "
                      "\"Kami siap,\" kata Gatot.")
    assert [q.speaker for q in a.quotes] == ["Gatot Santoso"]
    assert any(e.label == "PERSON" and e.canonical == "Gatot Santoso" for e in a.entities)


def test_degree_after_a_name_is_no_part_of_it() -> None:
    a = warta.analyze("Kuasa hukum pemohon dari Undang-Undang Pers Hery Chariansyah SH menyesalkan putusan itu.\n\n"
                      "\"Kami kecewa,\" kata Hery dihubungi di Jakarta, Jumat.")
    assert [q.speaker for q in a.quotes] == ["Hery Chariansyah"]


def test_name_written_without_its_middle_name_is_the_full_name() -> None:
    a = warta.analyze("Calon Gubernur DKI Jakarta Anies Rasyid Baswedan menjanjikan kompetisi olahraga.\n\n"
                      "\"Kompetisi olahraga rutin akan menjadi wadahnya,\" kata Anies Baswedan saat sosialisasi.")
    assert [q.speaker for q in a.quotes] == ["Anies Rasyid Baswedan"]
    names = NameIndex("Anies Rasyid Baswedan datang. Anies Baswedan pulang. Anies Sandiaga Salahuddin Uno Baswedan hadir.",
                      None)
    assert names.fullest(("Anies", "Baswedan")) == ("Anies", "Rasyid", "Baswedan")
