"""Speakers without the end of an office that the quote finder read into the name
(warta.annotate.speaker_final._without_office_lead), and antecedents that are no sentence subjects:
a unit after a decimal comma, the first item of a list of names, a capitalised word the NER does not
call a person (warta.annotate.speaker_discourse)."""

import warta
from quote_helpers import final_speaker, person_at
from warta.model import Entity

_DOC = ("Festival itu digelar di tepi danau dengan wisata alam yang indah. Asisten Deputi Pengembangan "
        "Destinasi Wisata Alam Hendry Noviardi hadir. Hendry datang pagi. R Agus Budi Santosa juga hadir. "
        "Agus datang siang. Sri Mulyani Indrawati datang. Sri Mulyani tersenyum. Bek Juventus Dani Alves "
        "mengaku kesal. Bayi putra Sarwed Ahmed Nadar itu lahir di India. Direktur Perlindungan WNI Lalu "
        "Muhammad Iqbal datang, lalu Muhammad Iqbal pulang.")


def _person(text: str, nth: int = 0) -> Entity:
    return person_at(_DOC, text, nth)


def _speaker(name: str, mentions: list[Entity]) -> str | None:
    return final_speaker(_DOC, name, mentions)


def test_office_word_before_a_name_is_dropped() -> None:
    # "alam" is written in lower case in the article: no name word; "Hendry" is a person mention
    mentions = [_person("Alam Hendry Noviardi"), _person("Hendry", 1)]
    assert _speaker("Alam Hendry Noviardi", mentions) == "Hendry Noviardi"


def test_initials_and_names_used_alone_stay() -> None:
    agus = [_person("R Agus Budi Santosa"), _person("Agus", 1)]
    assert _speaker("R Agus Budi Santosa", agus) == "R Agus Budi Santosa"
    sri = [_person("Sri Mulyani Indrawati"), _person("Sri Mulyani", 1)]
    assert _speaker("Sri Mulyani Indrawati", sri) == "Sri Mulyani Indrawati"


def test_word_the_ner_left_out_of_a_mention_is_dropped() -> None:
    # "Bek Juventus Dani Alves": the NER's mention is "Dani Alves"; "Juventus" is no given name
    assert _speaker("Juventus Dani Alves", [_person("Hendry", 1), Entity("Dani Alves", "PERSON", 0, 10, "Dani Alves")]) \
        == "Dani Alves"
    # a given name the NER missed stays ("Robert" of "Robert De Niro", mention "De Niro"), and so does
    # a first word written after a lower-case word, where no office can end ("putra Sarwed Ahmed Nadar")
    assert _speaker("Robert De Niro", [Entity("De Niro", "PERSON", 0, 7, "De Niro")]) == "Robert De Niro"
    assert _speaker("Sarwed Ahmed Nadar", [Entity("Ahmed Nadar", "PERSON", 0, 11, "Ahmed Nadar")]) \
        == "Sarwed Ahmed Nadar"


def test_regional_name_element_that_is_a_common_word_stays() -> None:
    # "lalu" is written in lower case in the article, but "Lalu" opens Sasak names (speaker_name_firsts)
    mentions = [_person("Muhammad Iqbal")]
    assert _speaker("Lalu Muhammad Iqbal", mentions) == "Lalu Muhammad Iqbal"


def test_no_cut_without_a_person_mention_in_the_rest() -> None:
    assert _speaker("Alam Hendry Noviardi", [_person("Alam Hendry Noviardi")]) == "Alam Hendry Noviardi"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in warta.analyze(text).quotes]


def test_unit_after_a_decimal_comma_is_no_antecedent() -> None:
    text = ("Susu berguna menurunkan risiko diabetes. Hal tersebut disampaikan Marudut, ahli gizi dari "
            "Persatuan Ahli Gizi Indonesia (Persagi). Penelitian dilakukan pada orang dewasa. Asam lemak itu "
            "terkandung dalam susu sapi. Selain penurunan risiko diabetes, studi kohort itu "
            "juga menemukan penurunan tekanan darah sistolik sebesar 2,4 mm Hg.\n\n\"Studi ini juga diperkuat metanalisis yang dipublikasikan pada "
            "2015,\" ujar pria yang juga dosen di Jurusan Gizi Politeknik Kesehatan ini, dalam diskusi di "
            "Jakarta Pusat, Selasa (5/12).")
    assert _speakers(text) == ["Marudut"]


def test_first_item_of_a_list_of_places_is_no_antecedent() -> None:
    text = ("Rudi Rohmansyah menjelaskan jalurnya. Kemudian peserta turun menuju ke jalur Ayak-Ayak, Ngadas. "
            "Jalak Ijo, Kandangan, Pananjakan, Jetak, B29, Jemplang, Bromo. Batok, dan finis di Cemoro "
            "Lawang.\n\n\"Lomba ultra-trail tentu lebih berat dibanding lari di jalanan datar,\" katanya.")
    assert _speakers(text) == ["Rudi Rohmansyah"]


def test_description_with_a_relative_clause_then_the_name() -> None:
    text = ("Pabrikan ban itu menyiapkan ban baru untuk balapan pekan ini.\n\n\"Ini akhir pekan yang sangat "
            "penting bagi kami,\" tukas petinggi Michelin yang bertanggung jawab atas penyediaan ban bagi "
            "balap motor, Pierro Taramasso.")
    quotes = warta.analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Pierro Taramasso"]
    assert quotes[0].speaker_role and quotes[0].speaker_role.startswith("petinggi Michelin yang")


def test_mencontohkan_with_a_comma_reports_a_clause() -> None:
    text = ("Ketua komisi itu, Lutfi Hamid, menilai program pembinaan sudah berjalan. Lutfi mencontohkan, "
            "juara turnamen junior mendapat beasiswa dari federasi.")
    quotes = [q for q in warta.analyze(text).quotes if q.cue == "mencontohkan"]
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Lutfi Hamid", "juara turnamen junior mendapat beasiswa dari federasi")]


def test_english_department_words_leave_the_name() -> None:
    mentions = [Entity("John Webb", "PERSON", 0, 9, "John Webb")]
    assert _speaker("Client Graphics Marketing John Webb", mentions) == "John Webb"


def test_reduplicated_plural_is_no_antecedent() -> None:
    text = ("Jakarta, CNN Indonesia - - Kota-kota terputus dari aliran listrik di bagian utara Australia setelah "
            "dihantam topan kencang yang mendamparkan yacht dan mencabut rumah-rumah dari fondasinya.\n\n"
            "\"Ini seperti zona perang,\" katanya.")
    assert "Kota-kota" not in _speakers(text)
