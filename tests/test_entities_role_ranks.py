"""A police or military rank written in full ends no role: ``Kabid Humas Polda Jabar Komisaris Besar X``."""

from __future__ import annotations

import pytest

from warta.annotate.entity_roles import clean_role


@pytest.mark.parametrize(("raw", "role"), [
    ("Kabid Humas Polda Metro Jaya Komisaris Besar", "Kabid Humas Polda Metro Jaya"),
    ("Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar",
     "Kepala Bagian Penerangan Umum Divisi Humas Polri"),
    ("Kapolda Metro Jaya Inspektur Jenderal", "Kapolda Metro Jaya"),
    ("Panglima Komando Armada I Laksamana Muda", "Panglima Komando Armada I"),
])
def test_trailing_rank_is_cut(raw: str, role: str) -> None:
    assert clean_role(raw) == role


@pytest.mark.parametrize("raw", ["Komisaris Utama", "Sekretaris Jenderal NATO", "Inspektur Jenderal Kementerian Keuangan"])
def test_offices_are_kept(raw: str) -> None:
    assert clean_role(raw) == raw
