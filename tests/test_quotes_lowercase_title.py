"""``kata Kepala RSUD Koja dr. Theryoto``: a lower-case title with its full stop between an office and
a name neither ends the speaker (who is the named person) nor cuts the office off the person."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("“Kondisinya stabil,” kata Kepala RSUD Koja dr. Theryoto.", "Theryoto", "Kepala RSUD Koja"),
    ("“Secara keseluruhan kondisinya stabil,” kata Kabid Dokkes Polda Papua Kombes drg. Raymond, seperti "
     "dilansir Antara.", "Raymond", "Kabid Dokkes Polda Papua"),
])
def test_title_with_full_stop_before_the_name(text: str, speaker: str, role: str) -> None:
    article = warta.analyze(text)
    assert [(q.speaker, q.speaker_role) for q in article.quotes] == [(speaker, role)]
    person = next(e for e in article.entities if e.label == "PERSON")
    assert (person.canonical, person.role) == (speaker, role)
