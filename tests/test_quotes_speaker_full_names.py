"""A speaker written with one name word takes the full name its entity mention gives
(warta.annotate.quotes._entity_full_name), and a lexicon nickname takes the article's own
spelling of the full name (warta.annotate.canonical.written_spelling)."""

import warta
from warta.annotate.canonical import written_spelling


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in warta.analyze(text).quotes]


def test_written_spelling_prefers_the_articles_form() -> None:
    assert written_spelling("Saifullah Yusuf", {"Syaifullah Yusuf", "Anas"}) == "Syaifullah Yusuf"
    assert written_spelling("Saifullah Yusuf", {"Anas", "Yusuf Mansur"}) == "Saifullah Yusuf"
    # every word differs: no spelling of the same name
    assert written_spelling("Saifullah Yusuf", {"Syaifullah Yosef"}) == "Saifullah Yusuf"


def test_lexicon_nickname_speaker_is_the_articles_spelling() -> None:
    text = ("Wakil Gubernur Syaifullah Yusuf hadir di Surabaya. \"Kami belum menerima surat apa pun,\" "
            "tutur Gus Ipul di Surabaya, Kamis.")
    doc = warta.analyze(text)
    assert {e.canonical for e in doc.entities if e.text == "Gus Ipul"} == {"Syaifullah Yusuf"}
    assert _speakers(text) == ["Syaifullah Yusuf"]


def test_one_word_speaker_inside_a_full_name_mention() -> None:
    text = ("Aktivis perempuan Fatima al-Issa menanggapi kritik itu. \"Mereka tidak adil kepada kami,\" "
            "kata Fatima al-Issa kepada wartawan.")
    assert _speakers(text) == ["Fatima al-Issa"]


def test_an_office_before_the_name_is_not_made_part_of_it() -> None:
    text = ("\"Alkohol tidak menyelesaikan masalah,\" kata psikolog Andri di Jakarta. "
            "\"Orang perlu bantuan ahli,\" kata Psikolog Andri.")
    assert set(_speakers(text)) == {"Andri"}


def test_country_short_form_speaker_takes_the_countrys_name() -> None:
    text = ("Korea Selatan kembali menggelar latihan militer. Korsel menegaskan latihan itu bersifat "
            "defensif dan sudah dijadwalkan sejak lama.")
    assert _speakers(text) == ["Korea Selatan"]
