"""A quote's speaker role holds no rank, name, dangling word or dateline."""

from __future__ import annotations

import pytest

import warta
from warta.annotate.speaker_words import clean_role, role_of_speaker


@pytest.mark.parametrize(("raw", "role"), [
    ("Kepala Bidang Humas Polda Jawa Barat, Komisaris Besar Polisi", "Kepala Bidang Humas Polda Jawa Barat"),
    ("Kasubag Humas Polres Bogor Ajun Komisaris", "Kasubag Humas Polres Bogor"),
    ("Kapolda Metro Jaya Inspektur", "Kapolda Metro Jaya"),
    ("Direktur Intel untuk", "Direktur Intel"),
    ("PT Marga Abhinaya Abadi Tbk (", "PT Marga Abhinaya Abadi Tbk"),
    ("Menteri Desa (DPDTT)", "Menteri Desa"),
    ("Zona C Kapten", "Zona C"),
    ("Sekretaris Jenderal", "Sekretaris Jenderal"),
    ("Rimanews -", None),
    ("Komisaris Besar Polisi", None),
])
def test_clean_role(raw: str, role: str | None) -> None:
    assert clean_role(raw) == role


@pytest.mark.parametrize(("name", "raw", "role"), [
    ("Ongki Kurniawan", "Managing Director GrabPay Indonesia Ongki", "Managing Director GrabPay Indonesia"),
    ("Raden Prabowo Argo Yuwono", "Kabid Humas Polda Metro Jaya Komisaris Besar Raden", "Kabid Humas Polda Metro Jaya"),
    ("Valentino Rossi", "Valentino", None),
    ("Liliyana Natsir", "Liliyana atau yang akrab disapa", None),
    ("Fakhri Husaini", "16", None),
    ("Ponaryo Astaman", "kapten PBFC sekaligus pemain senior", "kapten PBFC sekaligus pemain senior"),
    ("Jens Stoltenberg", "Sekretaris Jenderal NATO", "Sekretaris Jenderal NATO"),
])
def test_role_of_speaker(name: str, raw: str, role: str | None) -> None:
    assert role_of_speaker(name, raw) == role


def test_article_speaker_roles() -> None:
    text = ("Rimanews - Miley Cyrus merilis lagu baru.\n\n"
            "\"Saya menulis lagu ini di Malibu,\" ujar Cyrus.\n\n"
            "Kabid Humas Polda Metro Jaya Komisaris Besar Argo Yuwono mengatakan, pelaku sudah ditahan.")
    roles = {q.speaker: q.speaker_role for q in warta.analyze(text).quotes}
    assert roles.get("Miley Cyrus", "missing") is None
    assert roles["Argo Yuwono"] == "Kabid Humas Polda Metro Jaya"


@pytest.mark.parametrize(("raw", "tidy"), [
    ("Rimanews - Selebriti", "Selebriti"),
    ("WNI lain bernama", "WNI lain"),
    ("salah satu penumpang bernama", "salah satu penumpang"),
    ("Ketua RT - RW", "Ketua RT - RW"),
])
def test_dateline_lead_and_naming_verb_leave_the_role(raw: str, tidy: str) -> None:
    assert clean_role(raw) == tidy
