"""A relative described by the person named after the kinship noun (``Istri Budi Santoso``, ``ayah
Raisa``) speaks, not that person (warta.annotate.speaker_context.opens_kin_description,
warta.annotate.quotes._relative_named); ``Putra``, ``Putri`` and ``Anak`` still open names."""

from quote_helpers import quote_fields


def test_wife_named_by_her_husband_speaks() -> None:
    got = quote_fields("Istri Hendra Wijaya mengatakan suaminya tidak bisa hadir karena sakit.", "speaker")
    assert got == [("Istri Hendra Wijaya",)]


def test_relative_of_a_person_named_before_is_not_that_person() -> None:
    got = quote_fields("Hendra Wijaya dirawat di rumah sakit sejak Senin. \"Dia masih lemah,\" kata istri "
                       "Hendra Wijaya.", "speaker")
    assert got == [("istri Hendra Wijaya",)]
    got = quote_fields("Penyanyi Sekar Andini tidak hadir. Ayah Sekar mengatakan putrinya tidak bisa hadir "
                       "karena sakit.", "speaker")
    assert got == [("Ayah Sekar",)]


def test_relative_named_in_apposition_speaks_by_name() -> None:
    got = quote_fields("Istri Hendra Wijaya, Ani Lestari, mengatakan suaminya tidak bisa hadir karena sakit.",
                       "speaker")
    assert got == [("Ani Lestari",)]


def test_name_words_that_are_kinship_nouns_still_open_names() -> None:
    assert quote_fields("\"Saya bangga,\" kata Putra Nababan.", "speaker") == [("Putra Nababan",)]
    assert quote_fields("Anak Agung Gede Ngurah mengatakan pura itu akan dipugar tahun depan.", "speaker") \
        == [("Anak Agung Gede Ngurah",)]


def test_kinship_noun_after_sang_is_an_apposition() -> None:
    got = quote_fields("Hendra meninggal bulan lalu. Menurut sang istri Vicky, Hendra memang sesekali "
                       "mengonsumsi obat itu.", "speaker")
    assert got == [("Vicky",)]


def test_kinship_description_closed_by_a_demonstrative_points_back() -> None:
    # session 25: "ini" closes the description (it was cut before it, and the quote was lost)
    got = quote_fields("Penyanyi Sekar Andini tampil di Jakarta. Istri Hendra Wijaya ini mengatakan ia senang "
                       "dapat menghibur masyarakat.", "speaker")
    assert got == [("Sekar Andini",)]
