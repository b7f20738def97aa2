"""Sentence splitting: abbreviations, numbers, quotations, paragraphs."""

import pytest

from warta.segment import split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ia datang. Lalu pergi.", ["Ia datang.", "Lalu pergi."]),
        ("Apa itu? Entahlah! Baik.", ["Apa itu?", "Entahlah!", "Baik."]),
        ("Prof. Dr. Budi datang ke Jl. Sudirman No. 5. Ia pulang.", ["Prof. Dr. Budi datang ke Jl. Sudirman No. 5.", "Ia pulang."]),
        ("Harganya Rp1.451 per kg. Naik 2,5 persen.", ["Harganya Rp1.451 per kg.", "Naik 2,5 persen."]),
        ("Suhu 36.5 derajat. Normal.", ["Suhu 36.5 derajat.", "Normal."]),
        ("Presiden B. J. Habibie datang. Ia tersenyum.", ["Presiden B. J. Habibie datang.", "Ia tersenyum."]),
        ("Pada Selasa (4/7). Ia datang.", ["Pada Selasa (4/7).", "Ia datang."]),
        ("Buka https://www.detik.com/berita/a.html. Lalu baca.", ["Buka https://www.detik.com/berita/a.html.", "Lalu baca."]),
        ("Kirim ke redaksi@warta.co.id. Terima kasih.", ["Kirim ke redaksi@warta.co.id.", "Terima kasih."]),
        ("Dibangun abad ke-6 M. Di sana ramai.", ["Dibangun abad ke-6 M.", "Di sana ramai."]),
        ("Kontrak dengan Hyundai Co. Ltd. dari Korea. Selesai.", ["Kontrak dengan Hyundai Co. Ltd. dari Korea.", "Selesai."]),
    ],
)
def test_segment_sentences_boundaries(text, expected):
    assert sents(text) == expected


def test_segment_never_splits_inside_a_quotation():
    text = '"Semua setuju. Presiden punya harapan," kata Stoltenberg. Ia pergi.'
    assert sents(text) == ['"Semua setuju. Presiden punya harapan," kata Stoltenberg.', "Ia pergi."]


def test_segment_curly_and_kompas_quotes():
    assert len(split_sentences("“Kami siap. Semua baik,” ujarnya. Lalu pulang.")) == 2
    assert len(split_sentences("”Kami siap. Semua baik,” ujarnya. Lalu pulang.")) == 2


def test_segment_unbalanced_quote_does_not_swallow_paragraph():
    text = 'Ia berkata "tidak. Kami pergi. Mereka pulang.'
    assert len(split_sentences(text)) == 3


def test_segment_paragraph_break_starts_sentence():
    text = "Judul tanpa titik\nIsi berita dimulai di sini. Kalimat kedua."
    assert sents(text) == ["Judul tanpa titik", "Isi berita dimulai di sini.", "Kalimat kedua."]


def test_segment_missing_full_stop_before_function_word():
    assert sents("Harga naik tajam Sementara itu pedagang mengeluh.") == [
        "Harga naik tajam",
        "Sementara itu pedagang mengeluh.",
    ]


def test_segment_spans_are_trimmed_and_ordered():
    text = "  Satu.   Dua.  \n\n  Tiga.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Satu.", "Dua.", "Tiga."]
    assert spans == sorted(spans)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", '"' * 5000, ". " * 3000, "“" * 100 + "a."])
def test_segment_degenerate_input(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
