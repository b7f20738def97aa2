"""``Rumah produksi Universal Pictures mengumumkan …``: when the entity layer reads an organisation
where the speaker phrase would otherwise yield a "person" made of the organisation's last words
(``Pictures``, ``Eastern Airlines``), the speaker is the whole organisation; a person named after an
office or known as a person elsewhere in the article stays the speaker."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rumah produksi Universal Pictures mengumumkan bahwa sekuel film itu akan dirilis pada Desember 2020.",
     "Universal Pictures"),
    ("Beauty and the Beast lolos tanpa sensor. “Film itu mulus melewati regulator tanpa penyuntingan,” "
     "dilaporkan The Straits Times.", "The Straits Times"),
])
def test_whole_organisation_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in warta.analyze(text).quotes] == [speaker]


def test_office_holder_inside_an_organisation_name_stays_a_person() -> None:
    text = ("Direktur Utama PT Angkasa Pura I Sujiastono mengatakan kebutuhan lahan untuk stasiun itu "
            "terus bertambah setiap tahun.")
    assert [q.speaker for q in warta.analyze(text).quotes][0].endswith("Sujiastono")
