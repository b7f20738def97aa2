"""Chant and banner words after a quotation count only before the circumstance of the speaking."""

from warta import analyze

INTRO = "Bupati Merauke Yohanes Kambu meninjau jalan baru di distrik itu, Senin. "


def test_quotes_chant_scope_banner_word_in_the_occasion_keeps_the_quote():
    text = INTRO + ('"Kami akan terus membangun jalan di daerah perbatasan," katanya saat meresmikan '
                    "prasasti tulisan tangan warga setempat.")
    quotes = analyze(text).quotes
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].text.startswith("Kami akan terus membangun")
    assert quotes[0].speaker == "Yohanes Kambu"


def test_quotes_chant_scope_chants_and_banners_stay_out():
    chant = '"Turunkan harga beras!" teriak ratusan mahasiswa meneriakkan yel-yel di depan gedung dewan.'
    banner = '"Hidup petani sejahtera!" bunyi tulisan di spanduk yang mereka bawa.'
    assert analyze(chant).quotes == ()
    assert analyze(banner).quotes == ()
