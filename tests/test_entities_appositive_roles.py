"""The role before ``X, Y`` in an apposition is Y's: ``Kuasa hukum Setya Novanto, Fredrich Yunadi``."""

from __future__ import annotations

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    return {e.canonical: e.role for e in warta.analyze(text).entities if e.label == "PERSON"}


@pytest.mark.parametrize(("text", "holder", "role", "other"), [
    ("Kuasa hukum Setya Novanto, Fredrich Yunadi, mengatakan kliennya sakit.",
     "Fredrich Yunadi", "Kuasa hukum Setya Novanto", "Setya Novanto"),
    ("Mantan manajer Valentino Rossi, Carlo Pernat, menilai MotoGP tak akan kehilangan Rossi.",
     "Carlo Pernat", "manajer Valentino Rossi", "Valentino Rossi"),
])
def test_role_goes_to_the_person_described(text: str, holder: str, role: str, other: str) -> None:
    roles = _roles(text)
    assert roles[holder] == role
    assert roles[other] is None


@pytest.mark.parametrize(("text", "holder", "role"), [
    ("Menteri Luar Negeri Ukraina, Dmytro Kuleba, mengatakan hal itu.", "Dmytro Kuleba",
     "Menteri Luar Negeri Ukraina"),
    ("Ketua KPK Agus Rahardjo, Basaria Panjaitan, dan Laode Syarif hadir di sidang.", "Agus Rahardjo",
     "Ketua KPK"),
    ("Juru bicara Presiden Joko Widodo, Johan Budi, mengatakan hal itu.", "Joko Widodo", "Presiden"),
    ("Luhut mengungkap keengganan putra pertama Presiden Joko Widodo, Gibran Rakabuming Raka, "
     "untuk terjun ke politik.", "Joko Widodo", "Presiden"),
])
def test_lists_and_complements_keep_the_role(text: str, holder: str, role: str) -> None:
    assert _roles(text)[holder] == role
