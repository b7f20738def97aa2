"""A speech verb inside a time clause has the time clause's subject: ``Sebut saja ketika polisi
yang kini menyandang dua bintang itu menyebut …`` points back to the officer (not ``saja``)."""

from __future__ import annotations

import warta


def test_time_clause_subject_speaks() -> None:
    text = ("Inspektur Jenderal Mochamad Iriawan bersaksi di pengadilan. Kontroversi menyeruak selama "
            "persidangan.\n\nSebut saja ketika polisi yang kini menyandang dua bintang itu menyebut Antasari "
            "membohongi Kepala Polri kala itu.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Mochamad Iriawan"]
