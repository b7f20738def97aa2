"""``ujar sang ibu`` where no mother is named: the speaker is the description, not the last person
the article mentions (here a cartoon character)."""

from __future__ import annotations

import warta


def test_unnamed_mother_is_not_the_last_person() -> None:
    text = ("Scout menirukan banyak tokoh wanita ikonik hingga tokoh kartun Disney, Moana.\n\n"
            "Sang ibu menjelaskan, ini awalnya sebuah proyek yang didedikasikan untuk neneknya yang sakit.")
    speakers = [q.speaker for q in warta.analyze(text).quotes]
    assert speakers == ["Sang ibu"]
