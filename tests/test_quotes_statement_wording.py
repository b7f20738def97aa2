"""``"…," (demikian) bunyi pernyataan X``: the quotation is the wording of X's statement, so X speaks
(warta.annotate.speaker_statements.statement_wording); a banner or chant (``demikian bunyi spanduk
itu``) still reports nothing."""

from quote_helpers import quotes_of_kind


def test_statement_wording_names_its_issuer() -> None:
    text = ("Klub itu mengumumkan pelatih baru. “Kami resmi mengontrak pelatih asal Italia hari ini,” "
            "demikian bunyi pernyataan resmi Persija Jakarta.")
    assert [sp for sp, _ in quotes_of_kind(text, "direct")] == ["Persija Jakarta"]


def test_statement_wording_after_a_relative_clause() -> None:
    text = ("“Kami mendedikasikan album ini untuk sahabat kami,” bunyi pernyataan tertulis yang dikeluarkan "
            "Dewa 19 melalui laman resmi mereka.")
    assert [sp for sp, _ in quotes_of_kind(text, "direct")] == ["Dewa 19"]


def test_banner_text_is_no_quotation() -> None:
    text = "Ribuan buruh berunjuk rasa di depan gedung DPR. “Turunkan harga!” demikian bunyi spanduk itu."
    assert quotes_of_kind(text, "direct") == []


def test_lower_case_institution_noun_opens_the_issuer() -> None:
    text = ("Jakarta menyambut baik keputusan itu. “Kami akan menjalankan prosedur sesuai undang-undang,” "
            "bunyi pernyataan pemerintah Malaysia, Kamis (19/10).")
    assert [sp for sp, _ in quotes_of_kind(text, "direct")] == ["pemerintah Malaysia"]


def test_first_person_words_of_a_statement_pointed_back_to_are_not_guessed() -> None:
    text = ("Dalam pesan yang dirilis Garda Revolusi, Budi Santoso mengucapkan selamat kepada Ahmad Yani. "
            "“Saya mengumumkan akhir dari kelompok ini,” bunyi pernyataan itu.")
    assert all(sp != "Garda Revolusi" for sp, _ in quotes_of_kind(text, "direct"))

