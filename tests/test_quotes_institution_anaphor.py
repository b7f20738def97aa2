"""``Studio itu turut mengumumkan …``: an institution noun with a demonstrative points back to the
organisation that spoke before, never to a person named in between."""

from __future__ import annotations

import warta


def test_studio_points_back_to_the_organisation() -> None:
    text = ("Rumah produksi Universal Pictures mengumumkan bahwa sekuel Avatar akan dirilis pada Desember 2020.\n\n"
            "Pemeran utama sekaligus produser Ryan Reynolds dikabarkan mengajak David Leitch untuk terlibat.\n\n"
            "Studio itu turut mengumumkan bahwa film Alien Covenant akan dirilis lebih cepat pada bulan Mei.")
    speakers = [q.speaker for q in warta.analyze(text).quotes]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "Universal" in speakers[0]
