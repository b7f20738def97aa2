"""``Juru bicara Duterte Harry Roque``: after an office, a word that ends another person's name in the
article (``Rodrigo Duterte``) is whose office it is; the person is the name after it. A first name
used alone (``Basuki``) stays part of its own full name."""

from __future__ import annotations

import warta


def test_office_of_another_person_before_the_name() -> None:
    text = ("Presiden Filipina Rodrigo Duterte menolak bantuan itu.\n\n"
            "Juru bicara Duterte Harry Roque mengatakan Manila memutuskan tidak merundingkan kesepakatan baru.\n\n"
            "“Kami memilih keluar dari program itu,” kata Roque kepada wartawan.")
    article = warta.analyze(text)
    roque = [e for e in article.entities if e.text.endswith("Roque")]
    assert roque and {(e.canonical, e.role) for e in roque} == {("Harry Roque", "Juru bicara Duterte")}


def test_first_name_used_alone_stays_in_the_full_name() -> None:
    text = ("Gubernur DKI Jakarta Basuki Tjahaja Purnama meninjau banjir di Kampung Pulo.\n\n"
            "Basuki mengatakan pompa air akan ditambah tahun depan.")
    persons = {e.canonical for e in warta.analyze(text).entities if e.label == "PERSON"}
    assert "Basuki Tjahaja Purnama" in persons
