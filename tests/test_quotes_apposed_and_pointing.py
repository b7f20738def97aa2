"""Speakers read past a discourse marker (``Yang jelas ia …``), a name after the speaker that sits in
the speaker's office (``James Carnes, Direktur Adidas``), and names inside a description that points
back (``Perempuan etnis Melayu ini …``), which are no antecedents."""

import warta


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in warta.analyze(text).quotes]


def test_yang_jelas_opens_no_subject() -> None:
    text = ("Peran Goldblum belum dijelaskan. Yang jelas ia pernah menyebutkan, “Saya akan menjadi pria yang "
            "tampan dan lancang.”")
    assert _speakers(text) == ["Goldblum"]


def test_organisation_in_the_office_after_the_name_is_no_speaker() -> None:
    text = ("“Kami memproduksi 7000 pasang sepatu tahun ini,” kata James Carnes, Direktur Adidas, dalam rilis "
            "yang diterima wartawan.")
    assert _speakers(text) == ["James Carnes"]


def test_name_inside_a_description_pointing_back_is_no_antecedent() -> None:
    text = ("Halimah Yacob akan dilantik pekan depan. Perempuan etnis Melayu ini selangkah lagi menjadi "
            "presiden. Dia mengaku tak pernah membayangkan akan mencapai titik ini.")
    assert _speakers(text) == ["Halimah Yacob"]


def test_person_first_then_an_office_the_ner_does_not_know() -> None:
    text = ("\"Ini menunjukkan tren positif. Lomba lari ini masuk kategori ultra,\" ujar Hendra Wijaya, "
            "Gerneral Advisor lomba lintas alam BTS Ultra 100, Kamis (2/11).")
    assert _speakers(text) == ["Hendra Wijaya"]
