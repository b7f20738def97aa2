"""A person's name at the end of an organisation or office span (warta.annotate.entity_leads)."""

from __future__ import annotations

from warta.annotate.entity_leads import split_named_tail
from warta.annotate.entity_mentions import Mention


def _spans(text: str, part: str, label: str, bodies: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``split_named_tail`` on one span, with each occurrence of ``bodies`` outside it tagged ORG."""
    at = text.index(part)
    mentions = [Mention(at, at + len(part), label, 0.9, part)]
    for body in bodies:
        b = text.find(body)
        while b >= 0:
            if not at <= b < at + len(part):
                mentions.append(Mention(b, b + len(body), "ORG", 0.9, body))
            b = text.find(body, b + 1)
    return [(text[m.start:m.end], m.label) for m in split_named_tail(text, mentions)
            if m.start == at or m.end == at + len(part) or at <= m.start < at + len(part)]


def test_entities_named_tail_company_then_person():
    text = ("Perusahaan Nusantara Games merilis gim baru. Direktur keuangan Nusantara Games Blake "
            "Hartono mengatakan gim itu laris. Menurut Hartono, penjualan naik.")
    out = _spans(text, "Nusantara Games Blake Hartono", "ORG", bodies=("Nusantara Games",))
    assert ("Blake Hartono", "PERSON") in out and ("Nusantara Games", "ORG") in out


def test_entities_named_tail_first_name_alone_is_no_body():
    """``kata Hilmy`` later: the lead is the person's own first name, written alone, not a body."""
    text = "Ketua PP Persada Hilmy Bambang Zaini hadir. Menurut Hilmy, Zaini adalah nama keluarganya."
    part = "Hilmy Bambang Zaini"
    assert _spans(text, part, "PERSON") == [(part, "PERSON")]


def test_entities_named_tail_needs_the_surname_alone():
    text = "Direktur keuangan Nusantara Games Blake Hartono mengatakan gim itu laris."
    assert _spans(text, "Nusantara Games Blake Hartono", "ORG") == [("Nusantara Games Blake Hartono", "ORG")]


def test_entities_named_tail_after_an_office():
    text = "Kata presiden Lintas Data Jordan Pratama, produk Lintas Data itu siap dijual."
    out = _spans(text, "Lintas Data Jordan Pratama", "PERSON", bodies=("Lintas Data",))
    assert out == [("Jordan Pratama", "PERSON")]


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


def test_entities_named_tail_club_written_alone_after_a_position_is_a_body():
    """``Bek Persigo Deandro Yelvin`` where ``Persigo`` stands alone elsewhere: the club, then the
    player, although neither of his names is known (session 25)."""
    text = "Kekalahan Persigo membuat pelatih marah. Bek Persigo Deandro Yelvin mengatakan tim harus bersatu."
    assert _spans(text, "Persigo Deandro Yelvin", "PERSON") == [("Deandro Yelvin", "PERSON")]
    assert ("Deandro Yelvin", "PERSON") in _spans(text, "Persigo Deandro Yelvin", "ORG")


def test_entities_named_tail_body_tagged_alone_is_enough():
    text = "Startup Kulinera mendapat dana. Pendiri Kulinera Tomi Yunaris mengatakan dana itu cukup."
    out = _spans(text, "Kulinera Tomi Yunaris", "PERSON", bodies=("Kulinera",))
    assert out == [("Tomi Yunaris", "PERSON")], out


def test_entities_named_tail_lead_without_office_or_in_lower_case_stays():
    """``aktivis HAM Munir Said Thalib`` beside ``TPF Munir``: no office before the span, so the
    word written elsewhere may be the person's own name; a word also written in lower case is no
    body's name."""
    bare = "Kasus Munir belum selesai. Aktivis HAM Munir Saidin Thalib dibunuh. TPF Munir bekerja."
    assert _spans(bare, "Munir Saidin Thalib", "PERSON") == [("Munir Saidin Thalib", "PERSON")]
    lower = "Sawah penuh padi. Harga Padi turun. Pemain Padi Sumarno Wiryo mengatakan harga turun."
    assert _spans(lower, "Padi Sumarno Wiryo", "PERSON") == [("Padi Sumarno Wiryo", "PERSON")]


def test_entities_named_tail_given_name_or_org_written_twice_stays():
    text = "Muhammad datang. Pelatih Muhammad Ridwan Kamilo mengatakan rapat ditunda. Muhammad pulang."
    assert _spans(text, "Muhammad Ridwan Kamilo", "PERSON") == [("Muhammad Ridwan Kamilo", "PERSON")]
    org = ("Sekretaris Pertamina Patra Niaga mengatakan stok cukup. Pertamina menambah pasokan. "
           "Pertamina Patra Niaga menyebut SPBU buka.")
    assert _spans(org, "Pertamina Patra Niaga", "ORG") == [("Pertamina Patra Niaga", "ORG")]
