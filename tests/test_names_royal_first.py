"""``Ratu`` and ``Raja`` open Indonesian names after an office (warta.annotate.entity_roles.
royal_first_name, used by the entity spans and the speakers), but stay a queen's or king's title
before a foreign ruler's name; a capitalised ``ke-…-nya`` noun opens no name
(warta.annotate.speaker_names.word_ok_in_name)."""

import warta
from warta.annotate.entity_roles import royal_first_name
from warta.annotate.speaker_names import word_ok_in_name


def test_royal_word_after_an_office_opens_the_name() -> None:
    text = "Sekretaris Jenderal PSSI Ratu Sinta Dewanti hadir. Gubernur Banten Raja Haryo Prakoso datang."
    assert royal_first_name(text, text.index("Ratu"))
    assert royal_first_name(text, text.index("Raja"))


def test_royal_title_of_a_ruler_is_no_name() -> None:
    text = "Ratu Elizabeth II tiba. Kemudian Raja Salman datang, disambut Yang Mulia Raja Abdullah."
    assert not royal_first_name(text, text.index("Ratu"))
    assert not royal_first_name(text, text.index("Raja Salman"))  # after a lower-case word
    assert not royal_first_name(text, text.index("Kemudian"))  # no royal word at all


def test_speaker_keeps_the_royal_first_name() -> None:
    a = warta.analyze("Federasi itu melalui Sekretaris Jenderal Ratu Sinta Dewanti menyampaikan duka cita. "
                      "\"Kami berduka,\" kata Sinta.")
    assert any(e.label == "PERSON" and e.canonical == "Ratu Sinta Dewanti" for e in a.entities)
    assert [q.speaker for q in a.quotes] == ["Ratu Sinta Dewanti"]


def test_derived_noun_with_nya_is_no_name_word() -> None:
    assert not word_ok_in_name("Kembalinya") and not word_ok_in_name("Penampilannya")
    assert not word_ok_in_name("Dilantiknya") and not word_ok_in_name("Terpilihnya")  # di-/ter- nouns
    assert word_ok_in_name("Sonya") and word_ok_in_name("Kenya")


def test_person_after_dari_is_no_place() -> None:
    # "evaluasi dari Purnomo" names a person, not a place: "Purnomo" stays the first word of his name
    a = warta.analyze("Sebelumnya, Ketua DPRD DKI Purnomo Edi Santoso menyebut kinerja petugas kebersihan "
                      "menurun. Namun, Gubernur berharap evaluasi dari Purnomo menjadi pemicu. Purnomo juga "
                      "menyebut, saat melintas di Tebet, ia tidak melihat petugas bekerja. \"Saya melihat "
                      "petugas malas,\" jelas Ketua DPRD DKI Jakarta Purnomo Edi Santoso.")
    assert {q.speaker for q in a.quotes} == {"Purnomo Edi Santoso"}


def test_a_name_element_that_is_also_an_office_word_opens_the_name_after_a_company() -> None:
    from warta.annotate.speaker_name_split import split_name

    assert split_name(["Trainer", "GMM", "Audi", "Agung", "Arianto"]) == (["Trainer", "GMM", "Audi"],
                                                                         ["Agung", "Arianto"])
    assert split_name(["Jaksa", "Agung", "Prasetyo"])[1] == ["Prasetyo"]  # the office's own word
    assert split_name(["Ratu", "Maxima"])[1] == ["Maxima"]  # a queen: no office before the title
