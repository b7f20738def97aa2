"""Page furniture found on blind batches EC-EN (session 13): image-tag remnants, Antara's translator
codes, an outlet's dateline alone on a line, photo captions signed ``outlet.com/photographer``, a
``Baca_Juga`` label glued to a paragraph, and related headlines that open with a quoted title."""

from __future__ import annotations

from warta.clean import clean_text

BODY = "Pelatih itu mengatakan timnya siap menghadapi laga berikutnya di kandang lawan."
END = "Pertandingan itu akan digelar pada Sabtu malam di stadion utama kota tersebut."


def test_image_tag_remnant_is_removed() -> None:
    line = 'Romelu Lukaku "src="https://cdns.klimg.com/bola.net/library/upload/20/2016/09/lukaku.jpg" style="width:100%"'
    r = clean_text(f"{BODY}\n\n{line}\n\n{END}")
    assert line in r.removed and "src=" not in r.text


def test_antara_translator_codes_are_removed() -> None:
    for code in ("(Uu. T008)", "(Uu. SYS/G003/M016)", "(Uu. Aulia/KR-AMQ)", "(T.M052/B/I007/I007) 01-11-2016 18:35:47"):
        r = clean_text(f"{BODY}\n\n{code}")
        assert r.removed == (code,), code


def test_outlet_dateline_alone_on_a_line_is_removed() -> None:
    r = clean_text(f"Merdeka.com -\n\n{BODY}")
    assert r.removed == ("Merdeka.com -",)


def test_caption_signed_by_outlet_and_photographer_is_removed() -> None:
    cap = "Jenazah Wiwit 2017 merdeka.com/purnomo edi"
    r = clean_text(f"{BODY}\n\n{cap}\n\n{END}")
    assert r.removed == (cap,)


def test_glued_link_label_is_removed_from_the_paragraph() -> None:
    r = clean_text(f"{BODY}\n\nBaca_Juga Sejauh ini, baru ada dua kubu yang bakal meramaikan bursa Pilgub.")
    assert r.removed == ("Baca_Juga",)
    assert "\n\nSejauh ini, baru ada dua kubu" in r.text


def test_related_headlines_may_open_with_a_quoted_title() -> None:
    raw = (f"{BODY}\n\nBaca Juga:\n\nAdik Julia Perez: Jupe Alami Pembekuan Darah\n\n"
           "'Rafathar The Movie' Akan Jadi Kenangan untuk Anak Raffi Ahmad\n\n"
           f"Inikah Sosok Pria yang Bikin Aming Cemburu?\n\n{END}")
    r = clean_text(raw)
    assert "'Rafathar The Movie' Akan Jadi Kenangan untuk Anak Raffi Ahmad" in r.removed
    assert "Inikah Sosok Pria yang Bikin Aming Cemburu?" in r.removed


def test_quoted_speech_after_a_related_label_stays() -> None:
    raw = f'{BODY}\n\nBaca Juga:\n\n"Kami siap bertanding," kata pelatih itu kepada wartawan.\n\n{END}'
    r = clean_text(raw)
    assert '"Kami siap bertanding," kata pelatih itu kepada wartawan.' in r.text


def test_promotion_prompts_to_tag_an_account_or_open_a_link_are_removed() -> None:
    """Session 14 (batch ES): a contest promotion's tag prompt and link prompt; the prose stays."""
    tag = "2. Follow dan tag @kumparancom dengan hashtag #kumparanGetaway & #Ijengreenrun"
    link = "Info selengkapnya silakan diakses di sini."
    r = clean_text(f"{BODY}\n\n{tag}\n\n{END}\n\n{link}")
    assert r.removed == (tag, link)
    kept = "Ikuti dan tag teman Anda yang juga suka berlari, kata panitia lomba itu kepada wartawan."
    assert clean_text(f"{BODY}\n\n{kept}").removed == ()
