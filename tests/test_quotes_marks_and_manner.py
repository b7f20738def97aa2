"""Quotation marks spaced on the wrong side (scraped text: ``…, ”kata X``, ``…, "ujarnya``): a mark after
a comma and a space, glued to a lower-case cue word, closes the quotation (warta.annotate.quote_marks). A
manner or medium phrase closed by a comma may stand between a speech verb and its quotation."""

import warta
from warta.annotate.quote_marks import find_spans


def test_closing_mark_spaced_like_an_opening_mark_before_a_cue() -> None:
    text = ("Polisi memeriksa saksi. “Besok saksi itu akan hadir memenuhi panggilan penyidik, ”kata Kabid "
            "Humas Polda Metro Jaya Kombes Argo Yuwono, Selasa.")
    quotes = [(q.speaker, q.text) for q in warta.analyze(text).quotes]
    assert quotes == [("Argo Yuwono", "Besok saksi itu akan hadir memenuhi panggilan penyidik,")]


def test_straight_marks_spaced_wrongly_pair_around_the_quotation() -> None:
    text = '"Kami menurunkan 50 personel, "ujar Kapolsek. Warga lalu pulang.'
    spans = find_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["Kami menurunkan 50 personel, "]


def test_a_mark_before_a_word_that_is_no_cue_still_opens() -> None:
    text = 'Ia menyebut, "kata kunci" itu penting, lalu pergi.'
    spans = find_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["kata kunci"]


def test_manner_or_medium_between_the_verb_and_the_quotation() -> None:
    text = ("Penyanyi Raisa Andriana mengunggah foto. Raisa melanjutkan dalam keterangan fotonya di Instagram, "
            "“Saya sangat bersyukur atas semua doa kalian.”")
    assert [(q.speaker, q.text) for q in warta.analyze(text).quotes] == [
        ("Raisa Andriana", "Saya sangat bersyukur atas semua doa kalian.")]


def test_an_object_between_the_verb_and_the_mark_is_no_speech() -> None:
    text = "Pemerintah melanjutkan pembangunan jalan “tol langit” di Papua."
    assert warta.analyze(text).quotes == ()
