"""Roles: a rank written in full ends no role (``Kabid Humas Polda Jabar Komisaris Besar X``); a role after
a name is an apposition, not a clause (``Jackson, juru bicara Holly Baird mengatakan …``)."""

from __future__ import annotations

import pytest

from warta.annotate.entity_roles import clean_role, role_after


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


@pytest.mark.parametrize(("text", "role"), [
    ("Jens Stoltenberg, Sekretaris Jenderal NATO, mengatakan hal itu.", "Sekretaris Jenderal NATO"),
    ("Dmytro Kuleba, Menteri Luar Negeri Ukraina yang baru, mengatakan hal itu.", "Menteri Luar Negeri Ukraina"),
    ("Menanggapi wawancara Jackson, juru bicara Holly Baird mengatakan bahwa Harvey tidak ikut campur.", None),
])
def test_role_after_a_name_is_an_apposition_not_a_clause(text: str, role: str | None) -> None:
    assert role_after(text, text.index(",")) == role
