"""``“… Lee Min-ho,” kata pria yang akrab disapa Emil``: a nickname defined in the attribution after a
quotation names the speaker, not a person quoted inside it; the speaker is the subject of the
sentence before the quotation."""

from __future__ import annotations

import warta


def test_nickname_after_a_quotation_is_the_speakers() -> None:
    text = ("Wali Kota Bandung Ridwan Kamil ingin mengundang aktor Korea Selatan Lee Min-ho ke peresmian "
            "jembatan layang itu.\n\n"
            "“Saya minta kepada pemilik flyover undanglah artis dari Korea Selatan. Opsi pertama masih Lee "
            "Min-ho,” kata pria yang akrab disapa Emil itu di Pendopo Kota Bandung.\n\n"
            "Emil menuturkan dalam peresmiannya Pemkot Bandung akan menyuguhkan hiburan dari Korea.")
    article = warta.analyze(text)
    emil = [e for e in article.entities if e.text == "Emil"]
    assert emil and all(e.canonical == "Ridwan Kamil" for e in emil)
    assert {q.speaker for q in article.quotes} == {"Ridwan Kamil"}


def test_nickname_right_after_the_name_still_links() -> None:
    text = ("Penyanyi Natasha Rizky, yang akrab disapa Chacha, merilis lagu baru.\n\n"
            "Chacha mengatakan lagu itu ditulis untuk para penggemarnya di Jakarta.")
    chacha = [e for e in warta.analyze(text).entities if e.text == "Chacha"]
    assert chacha and all(e.canonical == "Natasha Rizky" for e in chacha)
