"""``Menurut pengakuannya, …``: a noun of what someone says with the clitic -nya after ``Menurut``
points back to that person, like ``Menurutnya``."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize("noun", ["pengakuannya", "keterangannya", "penuturannya"])
def test_clitic_noun_points_back(noun: str) -> None:
    text = ("Melissa Schuman menulis pengalamannya di blog pribadinya.\n\n"
            f"Menurut {noun}, Carter memaksakan kehendaknya dan meminta dia diam.")
    assert [q.speaker for q in warta.analyze(text).quotes] == ["Melissa Schuman"]
