"""A person's name at the end of an organisation or office span (warta.annotate.entity_leads)."""

from __future__ import annotations

from warta.annotate.entity_leads import split_named_tail
from warta.annotate.entity_mentions import Mention


def _spans(text: str, part: str, label: str) -> list[tuple[str, str]]:
    at = text.index(part)
    mentions = [Mention(at, at + len(part), label, 0.9, part)]
    return [(text[m.start:m.end], m.label) for m in split_named_tail(text, mentions)]


def test_entities_named_tail_company_then_person():
    text = ("Perusahaan Nusantara Games merilis gim baru. Direktur keuangan Nusantara Games Blake "
            "Hartono mengatakan gim itu laris. Menurut Hartono, penjualan naik.")
    out = _spans(text, "Nusantara Games Blake Hartono", "ORG")
    assert ("Blake Hartono", "PERSON") in out and ("Nusantara Games", "ORG") in out


def test_entities_named_tail_needs_the_surname_alone():
    text = "Direktur keuangan Nusantara Games Blake Hartono mengatakan gim itu laris."
    assert _spans(text, "Nusantara Games Blake Hartono", "ORG") == [("Nusantara Games Blake Hartono", "ORG")]


def test_entities_named_tail_after_an_office():
    text = "Kata presiden Lintas Data Jordan Pratama, produk Lintas Data itu siap dijual."
    assert _spans(text, "Lintas Data Jordan Pratama", "PERSON") == [("Jordan Pratama", "PERSON")]


def test_entities_named_tail_keeps_institution_words_and_initials():
    text = ("Pengamat dari Institute for Regional Peace Building mengatakan hal itu. Building "
            "disebut lagi.")
    part = "Institute for Regional Peace Building"
    assert _spans(text, part, "ORG") == [(part, "ORG")]
    text = "Kata Direktur Jenderal I Gusti Putu Wirawan, aturan itu berlaku. Wirawan menambahkan."
    assert _spans(text, "I Gusti Putu Wirawan", "PERSON") == [("I Gusti Putu Wirawan", "PERSON")]


def test_entities_named_tail_three_word_name_after_an_office_stays():
    text = "Kata Menteri Keuangan Sri Mulyani Indrawati, defisit terjaga. Indrawati menambahkan."
    part = "Sri Mulyani Indrawati"
    assert _spans(text, part, "PERSON") == [(part, "PERSON")]


def test_entities_named_tail_given_name_lead_stays():
    text = "Siti Nurbaya Bakar hadir. Kata Siti, Nurbaya Bakar adalah nama lengkapnya. Bakar tertawa."
    assert _spans(text, "Siti Nurbaya Bakar", "PERSON") == [("Siti Nurbaya Bakar", "PERSON")]
