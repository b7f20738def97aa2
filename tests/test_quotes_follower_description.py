"""``tulis pengguna Twitter lainnya``, ``kata pendukung Jokowi``: a user, fan or supporter of something
is an unnamed speaker described whole; the platform, club or person they follow does not speak."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(("cue", "speaker"), [
    ("tulis pengguna Twitter lainnya", "pengguna Twitter lainnya"),
    ("tulis seorang pengguna Youtube", "seorang pengguna Youtube"),
    ("kata pendukung Jokowi di lokasi", "pendukung Jokowi"),
])
def test_follower_is_the_speaker(cue: str, speaker: str) -> None:
    text = f"Budi Santoso hadir di lokasi.\n\n“Hukum harus ditegakkan untuk semua orang,” {cue}."
    assert [q.speaker for q in warta.analyze(text).quotes] == [speaker]
