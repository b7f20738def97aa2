"""Session 14 (batches ES-EZ and the pooled audit): ``keduanya`` (both of them) speaks for the two
people named before it, and hearsay (``Rumor mengatakan …``) is nobody's statement."""

from __future__ import annotations

from quote_helpers import quote_fields


def test_keduanya_takes_the_two_people_named_before() -> None:
    text = ("Aktor Song Joong Ki dan aktris Song Hye Kyo tiba di Seoul pada Rabu. "
            "Dalam pernyataan tertulis, keduanya menyebut akan menikah pada Oktober.")
    (speaker,) = quote_fields(text, "speaker", part="menikah")
    assert speaker[0] is not None and "Joong Ki" in speaker[0] and "Hye Kyo" in speaker[0]


def test_keduanya_takes_a_pair_that_spoke_together() -> None:
    text = ("Rob Kardashian dan Blac Chyna mengatakan mereka sedang menyiapkan acara baru. "
            "Keduanya juga menyatakan telah bertunangan lewat Instagram.")
    assert quote_fields(text, "speaker", part="bertunangan") == [("Rob Kardashian dan Blac Chyna",)]


def test_hearsay_is_no_speaker_and_no_quotation() -> None:
    text = ("Pangeran Harry menghadiri acara itu di London. "
            "Rumor mengatakan keduanya telah berkencan selama dua bulan terakhir.")
    assert quote_fields(text, "speaker", part="berkencan") == []
    named = ("Pangeran Harry menghadiri acara itu di London. "
             "Juru bicara istana mengatakan keduanya telah berkencan selama dua bulan terakhir.")
    assert quote_fields(named, "speaker", part="berkencan") != []
