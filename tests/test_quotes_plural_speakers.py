"""Plural speakers found on blind batches EC-EF: ``mereka`` points to a group or an organisation,
never to one person; ``Pihak X`` is an institution; ``kicau`` attributes a tweet; ``Hanya saja``
opens a sentence like other connectives."""

from __future__ import annotations

from quote_helpers import quote_fields


def _speakers(text: str, part: str) -> list[tuple]:
    return quote_fields(text, "speaker", "speaker_label", part=part)


def test_mereka_is_never_the_last_single_person() -> None:
    text = ("Menteri Susi Pudjiastuti meninjau pelabuhan itu pada Senin. "
            "Mereka menilai langkah pemerintah sudah tepat.")
    assert [s for s, _ in _speakers(text, "langkah pemerintah")] != ["Susi Pudjiastuti"]


def test_mereka_takes_a_group_written_before() -> None:
    text = ("Menteri Susi Pudjiastuti mengunjungi para nelayan di Tegal. "
            "Mereka mengatakan hasil tangkapan terus turun.")
    assert _speakers(text, "hasil tangkapan") == [("para nelayan", "PERSON")]


def test_mereka_takes_the_agent_group_of_a_passive() -> None:
    text = ("Rencana itu sempat dikritik oleh sejumlah pekerja kemanusiaan pada 2015 lalu. "
            "Menurut mereka, pulau ini tidak layak huni.")
    assert _speakers(text, "layak huni") == [("sejumlah pekerja kemanusiaan", "PERSON")]


def test_mereka_after_an_institution_that_spoke() -> None:
    text = ("Pihak Twitter mengatakan bahwa hanya sebagian kecil pengguna yang memakai 280 karakter. "
            "Mereka menyebut fitur itu akan diperluas.")
    assert _speakers(text, "sebagian kecil") == [("Twitter", "ORG")]
    assert _speakers(text, "diperluas") == [("Twitter", "ORG")]


def test_singular_pronoun_still_takes_the_person() -> None:
    text = "Menteri Susi Pudjiastuti mengatakan kapal itu ditenggelamkan. Ia menyebut kapal itu milik asing."
    assert _speakers(text, "milik asing") == [("Susi Pudjiastuti", "PERSON")]


def test_kicau_attributes_a_tweet() -> None:
    text = '"Aku sudah melihat berbagai diskusi tentang desain itu," kicau Sepetov di Twitter pada 11 April.'
    assert _speakers(text, "berbagai diskusi") == [("Sepetov", "PERSON")]


def test_hanya_saja_opens_the_sentence() -> None:
    text = ("Masvinu mengaku senang dengan penghargaan yang diberikan. "
            "Hanya saja dia juga mengaku lebih senang karena bisa merebut kembali gelar tersebut.")
    assert _speakers(text, "merebut kembali") == [("Masvinu", "PERSON")]
