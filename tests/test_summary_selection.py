"""summarize(): picks whole given sentences, at most three, in article order."""

from __future__ import annotations

from warta.annotate.summary import FEATURES, sentence_features, summarize

PARAGRAPHS = [
    [
        "Pemerintah Kota Sumberjaya meresmikan jembatan gantung baru di atas Sungai Lestari pada Senin pagi.",
        "Jembatan sepanjang 120 meter itu menghubungkan Desa Karangsari dengan pusat kota.",
    ],
    [
        "Wali Kota Sumberjaya, Ratna Wulandari, mengatakan jembatan itu dibangun dengan dana daerah.",
        "\"Warga tidak perlu lagi memutar sejauh 15 kilometer untuk ke pasar,\" kata Ratna.",
    ],
    [
        "Pembangunan jembatan dimulai pada awal tahun dan sempat tertunda karena banjir.",
        "Warga Desa Karangsari menyambut peresmian itu dengan pawai dan doa bersama.",
        "Dinas Pekerjaan Umum akan memeriksa kekuatan jembatan setiap enam bulan.",
    ],
]
BOILERPLATE = "Baca juga: Lima jembatan terpanjang di Indonesia"


def article(paragraphs=PARAGRAPHS, boilerplate: str | None = None):
    """Text with sentences joined by spaces, paragraphs by blank lines; optional boilerplate line
    left in the text after the first paragraph but not among the sentences (as if not removed)."""
    text, spans = "", []
    for p, para in enumerate(paragraphs):
        if p:
            text += "\n\n"
            if boilerplate and p == 1:
                text += boilerplate + "\n\n"
        for i, sent in enumerate(para):
            if i:
                text += " "
            spans.append((len(text), len(text) + len(sent)))
            text += sent
    return text, spans


def test_summary_is_subset_of_given_sentences_in_order():
    text, spans = article()
    summary = summarize(text, spans, title="Jembatan gantung Sungai Lestari diresmikan")
    assert 2 <= len(summary) <= 3
    assert all(s in spans for s in summary)
    assert summary == sorted(set(summary))


def test_summary_never_contains_text_outside_the_sentences():
    text, spans = article(boilerplate=BOILERPLATE)
    assert BOILERPLATE in text
    summary = summarize(text, spans)
    joined = " ".join(text[s:e] for s, e in summary)
    assert "Baca juga" not in joined
    assert all(s in spans for s in summary)


def test_summary_never_cuts_a_sentence():
    text, spans = article()
    sentences = {text[s:e] for s, e in spans}
    for s, e in summarize(text, spans):
        assert text[s:e] in sentences
        assert text[s:e].endswith((".", "\""))


def test_at_most_three_sentences_on_a_long_article():
    topics = ["anggaran", "pasar", "sekolah", "banjir", "jalan", "rumah sakit", "pajak", "listrik",
              "air", "sampah"]
    places = ["Sumberjaya", "Karangsari", "Lestari", "Mekarwangi"]
    paragraphs = [
        [f"Dewan membahas {t} di {p} bersama warga dalam rapat." for t in topics[j::2] for p in places]
        for j in range(2)
    ]
    text, spans = article(paragraphs)
    assert len(spans) == 40
    assert len(summarize(text, spans)) == 3


def test_lead_sentence_of_a_news_article_is_kept():
    text, spans = article()
    assert spans[0] in summarize(text, spans, title="Jembatan gantung Sungai Lestari diresmikan")


def test_empty_and_short_articles():
    assert summarize("", []) == []
    text, spans = article([["Hanya satu kalimat di artikel ini.", "Dan satu lagi kalimat penutup."]])
    assert summarize(text, spans) == spans
    text, spans = article([["Hanya satu kalimat di artikel ini."]])
    assert summarize(text, spans) == spans


def test_short_fragments_and_duplicates_are_not_picked():
    paragraphs = [
        [PARAGRAPHS[0][0], "IKLAN", PARAGRAPHS[0][0], PARAGRAPHS[0][1]],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
    ]
    text, spans = article(paragraphs)
    picked = [text[s:e] for s, e in summarize(text, spans)]
    assert "IKLAN" not in picked
    assert len(picked) == len(set(picked))


def test_features_have_one_row_per_sentence():
    text, spans = article()
    rows = sentence_features(text, spans)
    assert len(rows) == len(spans)
    assert all(len(r) == len(FEATURES) for r in rows)
    assert rows[0][FEATURES.index("pos0")] == 1.0 and rows[1][FEATURES.index("pos0")] == 0.0
    quoted = FEATURES.index("quote_frac")
    assert rows[3][quoted] > 0.5 and rows[0][quoted] == 0.0
