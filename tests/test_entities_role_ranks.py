"""Roles: a rank written in full ends no role (``Kabid Humas Polda Jabar Komisaris Besar X``); a role after
a name is an apposition, not a clause (``Jackson, juru bicara Holly Baird mengatakan …``)."""

from __future__ import annotations

import pytest

import warta
from warta.annotate.entity_roles import clean_role, role_after, role_without_name


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


@pytest.mark.parametrize(("name", "raw", "role"), [
    ("Vincenzo Montella", "Pelatih AC Milan Vincenzo", "Pelatih AC Milan"),
    ("Wimboh Santoso", "Ketua Dewan Komisioner OJK Wimboh", "Ketua Dewan Komisioner OJK"),
    ("Valentino Rossi", "Valentino", None),
    ("Fakhri Husaini", "16", None),
    ("Jens Stoltenberg", "Sekretaris Jenderal NATO", "Sekretaris Jenderal NATO"),
])
def test_role_without_the_persons_own_name(name: str, raw: str, role: str | None) -> None:
    assert role_without_name(name, raw) == role


def test_entity_role_loses_the_given_name_written_into_it() -> None:
    text = "Vincenzo Montella tiba di Milan. Pelatih AC Milan Vincenzo Montella mengatakan timnya siap."
    roles = {e.role for e in warta.analyze(text).entities if e.canonical == "Vincenzo Montella"}
    assert roles == {"Pelatih AC Milan"}


def test_role_after_a_name_is_no_list_item() -> None:
    text = ("Hadir di antaranya Menteri Koordinator bidang Politik, Hukum, dan Keamanan Wiranto, "
            "Kepala Staf Kepresidenan Moeldoko, dan Kepala Staf Angkatan Darat Mulyono.")
    assert role_after(text, text.index("Wiranto") + len("Wiranto"), [text.index("Moeldoko")]) is None
    appos = "Erie, Manajer Sheila Marcia, Minggu (14/5), mengatakan hal itu."
    assert role_after(appos, len("Erie"), [appos.index("Sheila")]) == "Manajer Sheila Marcia"
